"""The one shape every extractor returns, and each extractor's version.

A result never comes from an exception: a corrupt, truncated, encrypted or mislabelled file
gives the same shape with "error" set and no pages.
"""

# Each extractor's version, by the media type it reads: bump one when its output changes, and
# the extract stage redoes the files of that type, and no other. A type without an extractor
# is at "0", so that its files are tried again once one is added.
EXTRACTOR_VERSIONS = {
    "application/pdf": "4",  # 3: pdfium characters, furniture, hyphens, OCR, tables; 4: pdfium alone
    "text/html": "3", "application/xhtml+xml": "3",
}
# The document metadata every result has (None where unknown); dates are ISO 8601.
METADATA_FIELDS = ("title", "author", "subject", "producer", "creator", "created", "modified")


def version_of(media_type: str | None) -> str:
    """The current version of the extractor for this media type."""
    return EXTRACTOR_VERSIONS.get(media_type or "", "0")


def result(extractor: str | None, media_type: str | None, *, pages=(), metadata=None,
           page_count: int | None = None, error: str | None = None) -> dict:
    """The one shape every extractor returns; with an error, no pages."""
    pages = [] if error else list(pages)
    return {
        "extractor": extractor,
        "extractor_version": version_of(media_type),
        "media_type": media_type,
        "page_count": len(pages) if page_count is None else page_count,
        "metadata": metadata or {},
        "pages": pages,
        "error": error,
    }
