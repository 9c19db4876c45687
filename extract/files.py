"""Text per page of any stored file: the extractor for its media type, checked against its bytes.

`EXTRACTORS` maps a media type to a function path -> result (extract.results); PDF is
extract.pdf's, an HTML page stored as an attachment is read here.
"""

from pathlib import Path

from extract import html as html_extract
from extract.dates import parse_date
from extract.media_types import compatible, media_type_of, sniff
from extract.pdf import extract_pdf
from extract.results import METADATA_FIELDS, result


# HTML served as an attachment ------------------------------------------------------------------

def extract_html_file(path: str | Path) -> dict:
    """An HTML file as one page of text: its main content, else the whole body."""
    path = Path(path).resolve()
    data = path.read_bytes()
    content, _ = html_extract.main_content(data)
    text = html_extract.html_to_text(content if content is not None else data)
    meta = html_extract.page_metadata(data, path.as_uri())
    metadata = dict.fromkeys(METADATA_FIELDS)
    metadata.update(title=meta["title"], author=", ".join(meta["authors"]) or None,
                    subject=meta["description"], created=parse_date(meta["published"]),
                    modified=parse_date(meta["modified"]))
    page = {"page": 1, "text": text, "method": "text" if text else "needs-ocr"}
    return result("html", "text/html", pages=[page], metadata=metadata)


# Dispatch --------------------------------------------------------------------------------------

# Media type -> extractor. Tests and later issues swap or add entries here.
EXTRACTORS = {
    "application/pdf": extract_pdf,
    "text/html": extract_html_file,
    "application/xhtml+xml": extract_html_file,
}


def extract_file(path: str | Path, media_type: str | None = None) -> dict:
    """Extract any stored file through EXTRACTORS, by its declared type checked against its bytes.

    The declared type is `media_type` or the one the extension claims. When the bytes say
    otherwise (an HTML error page saved as .pdf), the result is an error naming both types;
    with no declared type, the bytes decide.
    """
    declared = (media_type or "").split(";")[0].strip().lower() or media_type_of(path)
    try:
        with Path(path).open("rb") as f:
            sniffed = sniff(f.read(2048))
    except OSError as exc:
        return result(None, declared, error=f"cannot read file: {exc}")
    if declared and sniffed and not compatible(declared, sniffed):
        return result(None, sniffed, error=(
            f"content mismatch: declared {declared} but the bytes are {sniffed}"
            " (an error or login page served in place of the file?)"))
    kind = declared or sniffed
    extractor = EXTRACTORS.get(kind)
    if extractor is None:
        return result(None, kind, error=f"unsupported type {kind or 'unknown'}: no extractor for it yet")
    try:
        return extractor(path)
    except MemoryError:
        raise
    except Exception as exc:  # an extractor bug must cost one file, not the run
        return result(None, kind, error=f"extractor failed on {kind}: {type(exc).__name__}: {exc}")
