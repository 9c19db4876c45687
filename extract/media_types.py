"""What a stored file is: the media type its extension claims, and the one its bytes reveal."""

from pathlib import Path

EXTENSIONS = {
    "pdf": "application/pdf", "html": "text/html", "htm": "text/html", "xhtml": "application/xhtml+xml",
    "doc": "application/msword", "rtf": "application/rtf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ppt": "application/vnd.ms-powerpoint",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
    "txt": "text/plain", "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png",
    "zip": "application/zip",
}
# Leading bytes -> what the content really is. Office formats are ZIP (OOXML, ODF) or OLE.
MAGIC = [
    (b"%PDF-", "application/pdf"), (b"PK\x03\x04", "application/zip"),
    (b"\xd0\xcf\x11\xe0", "application/x-ole-storage"), (b"{\\rtf", "application/rtf"),
    (b"\x89PNG", "image/png"), (b"\xff\xd8\xff", "image/jpeg"), (b"GIF8", "image/gif"),
]
_CONTAINERS = {
    "application/zip": ("openxmlformats", "opendocument", "zip"),
    "application/x-ole-storage": ("msword", "ms-excel", "ms-powerpoint"),
}


def sniff(head: bytes) -> str | None:
    """The media type the leading bytes reveal, or None."""
    for magic, media_type in MAGIC:
        if head.startswith(magic) or (magic == b"%PDF-" and magic in head[:1024]):
            return media_type
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html", b"<head", b"<body")) or b"<html" in start[:512]:
        return "text/html"
    return None


def compatible(declared: str, sniffed: str) -> bool:
    """True if bytes of the sniffed type may be a file of the declared type (an OOXML file is
    a ZIP, HTML and XHTML are one)."""
    if declared == sniffed or {declared, sniffed} <= {"text/html", "application/xhtml+xml"}:
        return True
    return any(word in declared for word in _CONTAINERS.get(sniffed, ()))


def media_type_of(path: str | Path) -> str | None:
    """The media type a file's extension claims."""
    ext = Path(path).suffix.lower().lstrip(".")
    return EXTENSIONS.get(ext)
