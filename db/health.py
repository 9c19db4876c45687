"""Is a corpus file fit to serve or to build upon? Checked before any work, so that a damaged
file gets one clear sentence instead of a traceback or a server answering errors."""

import sqlite3
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"


def corpus_problem(path: Path) -> str | None:
    """What is wrong with the corpus at `path` (which exists), or None if it reads."""
    if path.is_dir():
        return "is a folder, not a database"
    size = path.stat().st_size
    if size == 0:
        return "is an empty file (0 bytes)"
    with open(path, "rb") as f:
        header = f.read(100)
    if not header.startswith(SQLITE_HEADER):
        return "is not an SQLite database"
    expected = _size_in_header(header)
    if size < expected:
        return f"is truncated ({size} bytes of {expected})"
    try:
        with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as conn:
            conn.execute("select 1 from documents limit 1").fetchall()
    except sqlite3.DatabaseError as exc:
        return f"cannot be read ({exc})"
    return None


def _size_in_header(header: bytes) -> int:
    """The database size the header records: page size times page count, trusted only when
    written by a version that keeps it up to date (sqlite.org/fileformat2.html, "in-header
    database size")."""
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if header[24:28] != header[92:96]:  # change counter != version-valid-for: count not kept
        return 0
    return page_size * pages


def storage_problem(exc: BaseException) -> str | None:
    """'full' or 'read-only' when SQLite failed for want of disk space or write access."""
    if not isinstance(exc, sqlite3.OperationalError):
        return None
    message = str(exc)
    if "database or disk is full" in message:
        return "full"
    if "readonly database" in message or "unable to open database file" in message:
        return "read-only"
    return None
