"""Layered evidence from HTML pages: metadata, main content, plain text, links.

Nothing here knows a particular site: spiders pass platform selectors, and every function
falls back to generic rules so that a page never seen before still gives something useful.

Modules: `decode` (bytes to a tree), `metadata` (fields with their sources; `jsonld` and
`page_dates` feed it), `content` (the main content: `noise` removed, `related` blocks about
other pages removed, `density` when no selector finds it), `listing` (a page of teasers, not a
document), `text` (plain text), `hyperlinks` (links and documents), `attachments` (a
document's own files, whatever their markup); `tree` holds the measures they share. The names spiders and extractors use are imported here.
"""

from .attachments import item_documents
from .content import main_content
from .decode import decode_html
from .hyperlinks import is_document_url, links
from .listing import is_listing
from .metadata import FIELDS, LIST_FIELDS, page_metadata
from .text import html_to_text

__all__ = ["FIELDS", "LIST_FIELDS", "decode_html", "html_to_text", "is_document_url", "is_listing",
           "item_documents", "links", "main_content", "page_metadata"]
