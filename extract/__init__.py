"""Bytes to text, pure: no network, no database.

Modules: `dates` (French dates), `clean` (text normalisation), `html` (page metadata, main
content, links), `pdf` (PDF text per page and the media-type dispatch table), `stage` (the
`extract` stage over stored files). Import the module you need: this package imports nothing
heavy on its own, so a spider that only parses dates does not load pdfplumber.
"""
