"""Text per page of a PDF, in reading order, with pypdfium2 and pdfplumber.

Never raises on bad input: a corrupt, truncated or encrypted file, or an HTML page saved as a
PDF, gives a result (extract.results) with "error" set and no pages.
"""

from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.psparser import PSEOF
from pdfplumber.utils.exceptions import PdfminerException

from extract import chars, furniture, hyphens, layout, ocr, tables, vectors
from extract.clean import clean_text, collapse_ws
from extract.dates import parse_pdf_date
from extract.media_types import sniff
from extract.results import result

METADATA_KEYS = {"title": "Title", "author": "Author", "subject": "Subject",
                 "producer": "Producer", "creator": "Creator"}
DATE_KEYS = {"created": "CreationDate", "modified": "ModDate"}


# pypdfium2 reads every page it can: its characters are many times faster to get than
# pdfminer's, and pdfplumber's table finder runs on them (extract.chars, extract.tables).
# pdfplumber reads what pdfium cannot open or a page pdfium fails on, and names what is wrong
# with a file pdfium refuses (encrypted, truncated, corrupt). See benchmarks/README.md.

def _decode(value) -> str | None:
    """pdfminer leaves undecodable strings as bytes: UTF-16 with a BOM, else PDFDocEncoding-ish."""
    if isinstance(value, bytes):
        bom = value[:2] in (b"\xfe\xff", b"\xff\xfe")
        value = value.decode("utf-16", "replace") if bom else value.decode("latin-1")
    if not isinstance(value, str):
        return None
    return collapse_ws(value) or None


def _metadata(info: dict) -> dict:
    """The document information dictionary, as pdfplumber's `metadata` or pypdfium2's
    `get_metadata_dict()` gives it (the same keys)."""
    meta = {key: _decode(info.get(name)) for key, name in METADATA_KEYS.items()}
    meta.update({key: parse_pdf_date(_decode(info.get(name))) for key, name in DATE_KEYS.items()})
    return meta


OUTLINES = 2000  # path segments a page without text draws to be taken for text in outlines


def _ocr(page, entry: dict) -> dict:
    """A page without a usable text layer: OCR'd if it holds an image (a scan), glyphs without
    a Unicode map (they render fine) or text turned into outlines (thousands of path segments)
    and Tesseract is there, else "needs-ocr" with its broken text, if any, out of search. A
    page with none of them is blank, or a drawing: nothing to read."""
    has_image = next(iter(page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_IMAGE], max_depth=2)), None)
    legible = (has_image is not None or bool(entry["text"].strip())
               or vectors.segment_count(page, OUTLINES) >= OUTLINES)
    if not legible or not ocr.available():
        if legible:
            entry["warning"] = ("page without a text layer (scanned, or its text in outlines): Tesseract"
                                " with French data (tesseract-ocr-fra) is not installed")
        return entry | {"text": "", "method": "needs-ocr"}
    try:
        text, confidence = ocr.ocr_page(page)
    except Exception as exc:
        return entry | {"text": "", "method": "needs-ocr", "warning": f"OCR failed: {type(exc).__name__}: {exc}"}
    return entry | {"text": text, "method": "ocr", "ocr_confidence": confidence}


def _pdfium_page(page, number: int) -> dict:
    """One page: pdfium's characters in reading order, else OCR; its ruled tables."""
    textpage = page.get_textpage()
    try:
        raw = layout.reading_order(*chars.page_words(textpage, page.get_height()))
        entry = {"page": number, "text": raw, "method": "text"}
        if not raw.strip() or chars.broken(raw):
            entry = _ocr(page, entry)
        found = _tables(page, textpage)
        if found:
            entry["tables"] = found
    finally:
        textpage.close()
    return entry


def _tables(page, textpage) -> list[list[list[str | None]]]:
    """Rows of each ruled table; never raises (tables are a bonus)."""
    try:
        return tables.page_tables(page, textpage)
    except Exception:
        return []


def _reading_order_text(page) -> tuple[str, str | None]:
    """Text of a pdfplumber page in reading order, and why it is not, if it is not.

    Should the layout analysis fail, pdfplumber's own text, read row by row across the
    page, still serves search better than nothing.
    """
    try:
        return layout.page_text(page), None
    except Exception as exc:
        why = f"layout analysis failed, rows read across columns ({type(exc).__name__}: {exc})"
        return page.extract_text(), why


def _plumber_page(page, number: int) -> dict:
    """One page with pdfplumber, when pdfium cannot read the document or the page."""
    try:
        raw, warning = _reading_order_text(page)
    except MemoryError:
        raise
    except Exception as exc:  # one broken content stream must not lose the other pages
        return {"page": number, "text": "", "method": "error", "error": _describe(exc)}
    entry = {"page": number, "text": raw, "method": "text" if raw.strip() else "needs-ocr"}
    if warning:
        entry["warning"] = warning
    return entry


class _Fallback:
    """pdfplumber's reading of single pages pdfium failed on, the file opened on first need."""

    def __init__(self, path: Path):
        self.path, self.pdf, self.failure = path, None, None

    def page(self, number: int, why: Exception) -> dict:
        if self.pdf is None and self.failure is None:
            try:
                self.pdf = pdfplumber.open(self.path)
            except Exception as exc:
                self.failure = _describe(exc)
        if self.failure:
            return {"page": number, "text": "", "method": "error", "error": self.failure}
        plumber_page = self.pdf.pages[number - 1]
        entry = _plumber_page(plumber_page, number)
        plumber_page.close()
        if entry["method"] != "error":
            entry["warning"] = "; ".join(filter(None, [
                f"read by pdfplumber, as pdfium failed on the page ({type(why).__name__}: {why})",
                entry.get("warning")]))
        return entry

    def close(self) -> None:
        if self.pdf is not None:
            self.pdf.close()


def _pdfium_pages(path: Path, doc) -> list[dict]:
    """Every page, each with pdfium where it can, pdfplumber where it cannot."""
    fallback = _Fallback(path)
    pages = []
    try:
        for number in range(1, len(doc) + 1):
            try:
                entry = _pdfium_page(doc[number - 1], number)
            except MemoryError:
                raise
            except Exception as exc:
                entry = fallback.page(number, exc)
            pages.append(entry)
    finally:
        fallback.close()
    return _finish(pages)


def _finish(pages: list[dict]) -> list[dict]:
    """Running headers and footers out of the text (kept as data), words broken at line ends
    joined, text normalised."""
    texts = [p["text"] if p["method"] == "text" else "" for p in pages]
    for entry, (text, label, removed) in zip(pages, furniture.strip_pages(texts), strict=True):
        if entry["method"] == "text":
            entry["text"] = text
            if label:
                entry["page_label"] = label
            if removed:
                entry["furniture"] = removed
        text = clean_text(entry["text"])
        joined = hyphens.join_lines(text)
        entry["text"] = text if joined == text else clean_text(joined)
        if entry["method"] == "text" and not entry["text"] and not removed:
            entry["method"] = "needs-ocr"
    return pages


def _truncated(path: Path) -> bool:
    """A complete PDF ends with %%EOF (give or take trailing whitespace or junk)."""
    try:
        with path.open("rb") as f:
            f.seek(max(path.stat().st_size - 2048, 0))
            return b"%%EOF" not in f.read()
    except OSError:
        return False


def _describe(exc: Exception, truncated: bool = False) -> str:
    """A message that says what went wrong with the file, not where in pdfminer."""
    cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
    detail = f"{type(cause).__name__}: {cause}" if str(cause) else type(cause).__name__
    if isinstance(cause, PDFPasswordIncorrect):
        return "encrypted PDF: it needs a password to open, and none is known"
    if isinstance(cause, PDFEncryptionError):
        return f"encrypted PDF with an unsupported encryption scheme ({detail})"
    if truncated or isinstance(cause, PSEOF):
        return f"truncated PDF: the file ends before its %%EOF marker (partial download?) ({detail})"
    return f"corrupt PDF: pdfminer cannot parse it ({detail})"


def _not_pdf(head: bytes) -> str | None:
    """Why these leading bytes are not a PDF, or None if they are."""
    if b"%PDF-" in head[:1024]:
        return None
    if not head.strip():
        return "not a PDF: the file is empty"
    kind = sniff(head)
    what = f"looks like {kind}" if kind else f"starts with {head[:16]!r}"
    return f"not a PDF: no %PDF header, the file {what} (an error or login page served in place of the file?)"


def _open_pdfium(path: Path):
    """The document opened by pdfium, or None: it refuses the file, or the file is cut short
    (pdfium would read what it can of a partial download; pdfplumber then says what is wrong)."""
    if _truncated(path):
        return None
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        return None


def _with_pdfium(path: Path, doc) -> dict:
    try:
        meta = _metadata(doc.get_metadata_dict())
        pages = _pdfium_pages(path, doc)
    except MemoryError:
        raise
    except Exception:  # never seen: pdfium opened the file but cannot list its pages
        return _with_pdfplumber(path)
    finally:
        doc.close()
    return _document("pypdfium2", pages, meta)


def _with_pdfplumber(path: Path) -> dict:
    try:
        with pdfplumber.open(path) as pdf:
            meta = _metadata(pdf.metadata or {})
            pages = []
            for number, page in enumerate(pdf.pages, 1):
                pages.append(_plumber_page(page, number))
                page.close()
    except MemoryError:  # the worker's limit (extract.stage): not a fault of the file's syntax
        raise
    except Exception as exc:
        return result("pdfplumber", "application/pdf", error=_describe(exc, _truncated(path)))
    return _document("pdfplumber", _finish(pages), meta)


def _document(extractor: str, pages: list[dict], meta: dict) -> dict:
    """The result; a file without pages, or whose every page failed, is a failed file."""
    if not pages:
        return result(extractor, "application/pdf", metadata=meta, page_count=0,
                      error="empty PDF: the file has no pages (a broken page tree?)")
    if all(p["method"] == "error" for p in pages):
        return result(extractor, "application/pdf", metadata=meta, page_count=len(pages),
                      error=pages[0]["error"])
    return result(extractor, "application/pdf", pages=pages, metadata=meta)


def extract_pdf(path: str | Path) -> dict:
    """Text per page, in reading order, and document metadata of a PDF.

    pypdfium2 reads the document (see the note above); pdfplumber what pdfium cannot.

    Returns {"extractor": "pypdfium2" | "pdfplumber", "extractor_version",
    "media_type": "application/pdf", "page_count", "metadata": {title, author, subject,
    producer, creator, created, modified},
    "pages": [{"page": 1, "text": ..., "method": "text" | "ocr" | "needs-ocr" | "error"}], "error"}.
    A page may also have "page_label" (its printed number), "furniture" (running header and
    footer lines taken out of its text), "tables" (rows of cells), "ocr_confidence" (0..1).
    Dates are ISO 8601. A scanned page is OCR'd in French (method "ocr"); without Tesseract, or
    with no image on it, a page without a text layer is "needs-ocr"; a page whose content
    stream is broken is "error" with its own "error" message; a page read without the
    layout analysis (see extract.layout) has a "warning" saying why.
    """
    path = Path(path)
    try:
        with path.open("rb") as f:
            head = f.read(1024)
    except OSError as exc:
        return result("pdfplumber", "application/pdf", error=f"cannot read file: {exc}")
    reason = _not_pdf(head)
    if reason:
        return result("pdfplumber", "application/pdf", error=reason)
    doc = _open_pdfium(path)
    return _with_pdfplumber(path) if doc is None else _with_pdfium(path, doc)
