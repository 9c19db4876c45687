"""The replica sites on disk and the rules of docs/replicas.md: a request -> a Response.

Knows nothing of sockets; server.py puts it behind the proxy.
"""

from __future__ import annotations

import json
import mimetypes
import os
import re
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .oai import Repository
from .pdfgen import make_pdf, spec_hash
from .wordpress import WordPress

HIDDEN_FILES = {"_site.json", "_expected.json"}
EMULATORS = {"wordpress": WordPress, "oai": Repository}  # `_site.json` key -> class fed its data file
HOST_RE = re.compile(r"^[a-z0-9][a-z0-9.-]*$")
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".xml": "application/xml",
    ".json": "application/json",
    ".pdf": "application/pdf",
    ".txt": "text/plain; charset=utf-8",
    ".rss": "application/rss+xml",
    ".csv": "text/csv; charset=utf-8",
    ".css": "text/css",
    ".js": "application/javascript",
    ".svg": "image/svg+xml",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".odt": "application/vnd.oasis.opendocument.text",
}


@dataclass
class Response:
    status: int
    body: bytes = b""
    headers: dict = field(default_factory=dict)
    mtime: float | None = None  # Last-Modified; None means "now"


def error_page(status: int, title: str) -> Response:
    body = (f"<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>{title}</title>"
            f"</head><body><h1>{status} {title}</h1></body></html>\n").encode()
    return Response(status, body, {"Content-Type": "text/html; charset=utf-8"})


def not_found() -> Response:
    return error_page(404, "Page introuvable")


def content_type(name: str, body: bytes) -> str:
    """By extension; files named after a query (`list@page=2`) often have none, so sniff."""
    suffix = Path(name).suffix.lower()
    if suffix in CONTENT_TYPES:
        return CONTENT_TYPES[suffix]
    guessed = mimetypes.guess_type("x" + suffix)[0] if suffix else None
    if guessed:
        return guessed
    head = body[:256].lstrip()
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"<?xml"):
        return "application/xml"
    if head.startswith(b"<"):
        return "text/html; charset=utf-8"
    if head[:1] in (b"{", b"["):
        return "application/json"
    return "application/octet-stream"


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"replica: cannot read {path}: {exc}", file=sys.stderr)
        return {}


class SiteStore:
    """Merged view of several site roots: earlier roots override later ones, file by file."""

    def __init__(self, roots: list[Path], cache_dir: Path):
        self.roots = [Path(r).resolve() for r in roots]
        self.cache_dir = Path(cache_dir)
        self._emulators: dict[tuple, WordPress | Repository] = {}
        self._lock = threading.Lock()

    def hosts(self) -> list[str]:
        return sorted({d.name for r in self.roots if r.is_dir() for d in r.iterdir() if d.is_dir()})

    def has_host(self, host: str) -> bool:
        return bool(HOST_RE.match(host)) and any((r / host).is_dir() for r in self.roots)

    def find(self, host: str, rel: str) -> Path | None:
        """The first root's file at `rel` under the host folder, refusing to leave it."""
        parts = rel.split("/")
        if not rel or ".." in parts or "\\" in rel or "\0" in rel:
            return None
        for root in self.roots:
            path = root / host / rel
            try:
                if path.is_file():
                    return path
            except OSError:  # e.g. a name too long for the file system
                return None
        return None

    def config(self, host: str) -> dict:
        """`_site.json` merged over roots: earlier keys win; `routes` merge route by route
        (an overlay maps a route to null to drop it)."""
        merged: dict = {}
        routes: dict = {}
        for root in reversed(self.roots):
            path = root / host / "_site.json"
            if path.is_file():
                conf = _read_json(path)
                routes.update(conf.get("routes") or {})
                merged.update(conf)
        merged["routes"] = {k: v for k, v in routes.items() if v is not None}
        return merged

    def alias_of(self, host: str) -> str | None:
        for name in self.hosts():
            if host in (self.config(name).get("aliases") or []):
                return name
        return None

    def reachable(self, host: str) -> bool:
        """Known host or alias, and not marked down."""
        target = host if self.has_host(host) else self.alias_of(host)
        return target is not None and not self.config(target).get("down")

    def emulator(self, host: str, conf: dict, kind: str) -> tuple[WordPress | Repository, float] | None:
        """The WordPress site or OAI-PMH repository emulated from the host's data file, kept
        while the file is unchanged (an OAI repository remembers its resumption tokens)."""
        name = conf.get(kind)
        path = self.find(host, name) if name else None
        if path is None:
            return None
        stat = path.stat()
        key = (kind, str(path), stat.st_mtime_ns, stat.st_size)
        with self._lock:
            if key not in self._emulators:
                self._emulators[key] = EMULATORS[kind](_read_json(path))
            return self._emulators[key], stat.st_mtime

    def pdf_from_spec(self, spec_path: Path) -> bytes:
        """Generate (once, cached on disk by the spec's hash) the PDF a spec describes."""
        spec = _read_json(spec_path)
        cached = self.cache_dir / "pdf" / f"{spec_hash(spec)}.pdf"
        if cached.is_file():
            return cached.read_bytes()
        data = make_pdf(spec)
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_suffix(f".{threading.get_ident()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, cached)  # atomic: concurrent requests never see half a file
        return data


def _candidates(path: str, query: str) -> list[str]:
    """File names a request may map to (docs/replicas.md, "One folder per host")."""
    rel = path.lstrip("/") + (f"@{query}" if query else "")
    if rel == "" or rel.endswith("/"):
        return [rel + "index.html"]
    return [rel, rel + ".html", rel + "/index.html"]


class ReplicaApp:
    """Maps (scheme, host, target) to a Response; knows nothing of sockets."""

    def __init__(self, store: SiteStore):
        self.store = store
        self._route_hits: dict[tuple, int] = {}
        self._lock = threading.Lock()

    def respond(self, method: str, scheme: str, host: str, target: str) -> Response:
        if not self.store.reachable(host):
            return error_page(502, "Bad Gateway")
        if not self.store.has_host(host):
            return Response(301, headers={"Location": f"{scheme}://{self.store.alias_of(host)}{target}"})
        conf = self.store.config(host)
        split = urlsplit(target)
        path, query = split.path or "/", split.query
        return (self._route(host, conf, path, query, scheme)
                or self._static(host, conf, path, query)
                or self._emulated(method, host, conf, path, query)
                or not_found())

    def _route(self, host: str, conf: dict, path: str, query: str, scheme: str) -> Response | None:
        routes = conf["routes"]
        keys = [path + (f"?{query}" if query else "")]
        keys.append(unquote(keys[0]))
        # "*" answers every path no other route names: a whole site in maintenance.
        key = next((k for k in keys if k in routes), "*" if "*" in routes else None)
        if key is None or not self._route_applies(host, key, routes[key]):
            return None
        route = routes[key]
        time.sleep(float(route.get("delay", 0)))
        resp = self._route_response(host, route, scheme)
        resp.headers.update(route.get("headers") or {})
        if resp.mtime is None:
            resp.mtime = self._config_mtime(host)
        return resp

    def _route_applies(self, host: str, key: str, route: dict) -> bool:
        """`times: N` limits a route to its first N requests (e.g. a transient 503)."""
        if "times" not in route:
            return True
        with self._lock:
            hits = self._route_hits.get((host, key), 0)
            self._route_hits[(host, key)] = hits + 1
        return hits < int(route["times"])

    def _route_response(self, host: str, route: dict, scheme: str) -> Response:
        if "redirect" in route:
            location = route["redirect"]
            if location.startswith("/"):
                location = f"{scheme}://{host}{location}"
            return Response(int(route.get("status", 301)), headers={"Location": location})
        if "file" in route:
            resp = self._serve_file(host, route["file"]) or not_found()
            if resp.status == 200 and "status" in route:
                resp.status = int(route["status"])
            return resp
        status = int(route.get("status", 200))
        if "body" in route:
            body = route["body"].encode()
            return Response(status, body, {"Content-Type": content_type("", body)})
        return error_page(status, "Erreur") if status >= 400 else Response(status)

    def _config_mtime(self, host: str) -> float | None:
        path = self.store.find(host, "_site.json")
        return path.stat().st_mtime if path else None

    def _static(self, host: str, conf: dict, path: str, query: str) -> Response | None:
        hidden = HIDDEN_FILES | {conf.get(kind) for kind in EMULATORS}
        for rel in dict.fromkeys(_candidates(unquote(path), query) + _candidates(path, query)):
            if rel in hidden or rel.endswith(".pdf.json"):
                continue
            resp = self._serve_file(host, rel)
            if resp:
                return resp
        return None

    def _serve_file(self, host: str, rel: str) -> Response | None:
        """A file, or a PDF generated from its `.pdf.json` spec."""
        path = self.store.find(host, rel)
        if path is not None:
            body = path.read_bytes()
        elif rel.lower().endswith(".pdf") and (spec := self.store.find(host, rel + ".json")):
            path, body = spec, self.store.pdf_from_spec(spec)
        else:
            return None
        return Response(200, body, {"Content-Type": content_type(rel, body)}, path.stat().st_mtime)

    def _emulated(self, method: str, host: str, conf: dict, path: str, query: str) -> Response | None:
        for kind in EMULATORS:
            found = self.store.emulator(host, conf, kind)
            answer = found[0].handle(method, path, query) if found else None
            if answer is not None:
                status, headers, body = answer
                return Response(status, body, headers, found[1])
        return None
