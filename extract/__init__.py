"""Bytes to text, pure: no network, no database.

Modules: `dates` (French dates), `clean` (text normalisation), `html` (page metadata, main
content, links), `french` (words, stems and queries for search), `files` (a stored file's
extractor by its media type, `media_types`), `results` (the shape every extractor returns and
its version), `pdf` (PDF text per page, with `chars`, `layout`, `tables`, `furniture`, `hyphens`,
`ocr`), `stage` (the `extract` stage over stored files). Import the module you need: this package
imports nothing heavy on its own, so a spider that only parses dates does not load pdfplumber.
"""
