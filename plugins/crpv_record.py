"""The record (notice) of a document, /document/<id>, and the kept copies of files,
/fichier/<sha256>.

The record page renders db/record.py's plain view of a document in templates/document.html;
an id the corpus knows under an old URL (document_aliases) redirects (301) to the current
record. A kept copy is the stored file itself (data/files, beside the database), served as PDF
viewers need it: its content type, its original file name, ETag and Last-Modified, and byte
ranges (206, 416), so that `#page=N` opens at the page. Which copies are served is the
deployment's choice: `crpv serve --copies all|gone|none`, or $CRPV_COPIES (default `gone`:
only when the original is gone or failing).
"""

import email.utils
import re
from pathlib import Path
from urllib.parse import quote, urlencode

import aiofiles
from datasette import hookimpl
from datasette.utils.asgi import NotFound, Response

from db import record

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
INLINE_TYPES = ("application/pdf", "text/plain", "image/png", "image/jpeg", "image/gif")
CHUNK = 64 * 1024


@hookimpl
def startup(datasette):
    record.copies_policy()  # a wrong $CRPV_COPIES stops the server at once, saying so


@hookimpl
def register_routes():
    return [(r"^/document/(?P<id>[^/]+)$", document_page),
            (r"^/fichier/(?P<sha256>[^/]+)$", kept_copy)]


def _database(datasette):
    return datasette.get_database("corpus") if "corpus" in datasette.databases else datasette.get_database()


def files_dir(db) -> Path:
    """data/files beside data/corpus.db (the layout of paths.py), whatever the server's
    environment says: the server may be started on any corpus."""
    return Path(db.path).resolve().parent / "files"


# ---------- the record page ----------
async def document_page(datasette, request):
    raw = request.url_vars["id"]
    if not raw.isdigit() or len(raw) > 19:
        raise NotFound(f"Aucun document du corpus ne porte le numéro « {raw[:40]} ».")
    doc_id, db = int(raw), _database(datasette)
    query = (request.args.get("q") or "").strip()[:2000]

    def read(conn):
        current = record.current_id(conn, doc_id)
        if current is None or current != doc_id:
            return current, None
        return current, record.document_record(conn, doc_id, files_dir(db), query)

    current, found = await db.execute_fn(read)
    if current is None:
        raise NotFound(f"Aucun document du corpus ne porte le numéro {doc_id}. Vérifiez "
                       "l'adresse, ou cherchez le document par son titre.")
    if found is None:
        suffix = "?" + urlencode({"q": query}) if query else ""
        return Response.redirect(f"/document/{current}{suffix}", status=301)
    html = await datasette.render_template("document.html", _context(datasette, found),
                                           request=request)
    return Response.html(html)


def _context(datasette, doc: dict) -> dict:
    return {
        "metadata": datasette.metadata(),
        "doc": doc, "q": doc["query"],
        "recherche": lambda **params: "/recherche?" + urlencode(params),
        "place_link": _place_link,
        "osm": "https://www.openstreetmap.org/?mlat={0}&mlon={1}#map=13/{0}/{1}",
        "taille": size_fr,
        "leaflet_js": datasette.urls.static_plugins("datasette-leaflet", "leaflet-v1.7.1.js"),
        "leaflet_css": datasette.urls.static_plugins("datasette-leaflet", "leaflet-v1.7.1.css"),
    }


def _place_link(place: dict) -> str:
    """The search filtered on a region; the search of a place's name otherwise (no filter
    by commune yet)."""
    if place["kind"] == "region":
        return "/recherche?" + urlencode({"region": place["name"]})
    return "/recherche?" + urlencode({"q": f'"{place["name"]}"'})


def size_fr(size: int | None) -> str:
    """1234567 -> '1,2 Mo'."""
    if size is None:
        return ""
    for unit, factor in (("Go", 1e9), ("Mo", 1e6), ("ko", 1e3)):
        if size >= factor:
            return f"{size / factor:.1f} {unit}".replace(".", ",")
    return f"{size} octets"


# ---------- kept copies ----------
async def kept_copy(datasette, request):
    sha256 = request.url_vars["sha256"]
    policy = record.copies_policy()
    if not _SHA256.match(sha256) or policy == "none":
        raise NotFound("Ce fichier n'est pas proposé par ce site.")
    db = _database(datasette)
    found = await db.execute_fn(lambda conn: record.kept_copy(conn, sha256, policy))
    path = record.kept_path(files_dir(db), found and found["path"])
    if not found or not path or not path.is_file():
        raise NotFound("Ce fichier n'est pas proposé par ce site : son original est peut-être "
                       "encore en ligne, à l'adresse indiquée dans la fiche du document.")
    return FileResponse(path, sha256, found["media_type"], found["name"], request.headers)


def content_disposition(media_type: str, name: str) -> str:
    """RFC 6266: an ASCII fallback name and the exact one in filename* (RFC 8187)."""
    kind = "inline" if media_type in INLINE_TYPES or media_type.startswith("image/") else "attachment"
    fallback = re.sub(r'[^\x20-\x7e]|["\\]', "_", name)
    return f"{kind}; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"


class FileResponse(Response):
    """A stored file, whole or one byte range, streamed in chunks."""

    def __init__(self, path: Path, sha256: str, media_type: str | None, name: str, headers: dict):
        stat = path.stat()
        self.path, self.size = path, stat.st_size
        media_type = media_type or "application/octet-stream"
        etag = f'"{sha256}"'
        common = {
            "ETag": etag, "Last-Modified": email.utils.formatdate(stat.st_mtime, usegmt=True),
            "Accept-Ranges": "bytes", "Cache-Control": "public, max-age=86400",
            "Content-Disposition": content_disposition(media_type, name),
            "X-Content-Type-Options": "nosniff",
        }
        super().__init__("", 200, common, media_type)
        self.span = (0, self.size - 1) if self.size else None
        if headers.get("if-none-match") in (etag, "*"):
            self.status, self.span = 304, None
            return
        wanted = headers.get("range")
        if wanted and headers.get("if-range", etag) == etag:
            self._range(wanted)

    def _range(self, header: str) -> None:
        """One range (`bytes=a-b`, `bytes=a-`, `bytes=-n`); several ranges get the whole file,
        as RFC 9110 allows."""
        m = _RANGE.match(header.strip())
        if not m or (not m[1] and not m[2]):
            return
        if m[1]:
            start, end = int(m[1]), min(int(m[2]) if m[2] else self.size - 1, self.size - 1)
        else:
            start, end = max(self.size - int(m[2]), 0), self.size - 1
        if start >= self.size or start > end:
            self.status, self.span = 416, None
            self.headers["Content-Range"] = f"bytes */{self.size}"
            return
        self.status, self.span = 206, (start, end)
        self.headers["Content-Range"] = f"bytes {start}-{end}/{self.size}"

    async def asgi_send(self, send):
        length = self.span[1] - self.span[0] + 1 if self.span else 0
        headers = [[k.lower().encode(), str(v).encode()] for k, v in self.headers.items()]
        headers += [[b"content-type", self.content_type.encode()],
                    [b"content-length", str(length).encode()]]
        await send({"type": "http.response.start", "status": self.status, "headers": headers})
        if not length:
            await send({"type": "http.response.body", "body": b""})
            return
        async with aiofiles.open(self.path, "rb") as f:
            await f.seek(self.span[0])
            left = length
            while left > 0:
                chunk = await f.read(min(CHUNK, left))
                if not chunk:
                    break
                left -= len(chunk)
                await send({"type": "http.response.body", "body": chunk, "more_body": left > 0})
            if left > 0:  # the file shrank meanwhile: end the response anyway
                await send({"type": "http.response.body", "body": b""})
