"""The replica server: an HTTP(S) proxy on 127.0.0.1 answering real URLs from `tests/sites/`.

The format it serves is specified in docs/replicas.md. Clients reach it through the
standard `http_proxy` / `https_proxy` variables: plain proxy requests, `CONNECT` tunnels
(TLS with a self-signed certificate), or direct requests naming the site in `Host`.
"""

from __future__ import annotations

import hashlib
import os
import re
import socket
import socketserver
import ssl
import sys
import threading
import time
import traceback
from datetime import datetime, timedelta, timezone
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from .sites import ReplicaApp, Response, SiteStore, error_page

IDLE_TIMEOUT = 60  # seconds a keep-alive connection may stay silent


def _self_signed_cert(cache_dir: Path) -> Path:
    """A key and certificate in one PEM file, made once and kept in the cache."""
    pem = cache_dir / "replica-tls.pem"
    if pem.is_file():
        return pem
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    import ipaddress

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "crpv replica")])
    now = datetime(2020, 1, 1, tzinfo=timezone.utc)
    san = x509.SubjectAlternativeName([
        x509.DNSName("localhost"), x509.DNSName("*.test"),
        x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
    ])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + timedelta(days=365 * 80))
            .add_extension(san, critical=False).sign(key, hashes.SHA256()))
    data = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())
    data += cert.public_bytes(serialization.Encoding.PEM)
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = pem.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, pem)
    return pem


def _not_modified(resp: Response, headers) -> bool:
    """RFC 9110: If-None-Match wins over If-Modified-Since."""
    inm = headers.get("If-None-Match")
    if inm is not None:
        tags = {t.strip().removeprefix("W/") for t in inm.split(",")}
        return "*" in tags or resp.headers["ETag"] in tags
    ims = headers.get("If-Modified-Since")
    if ims is None or resp.mtime is None:
        return False
    try:
        return int(resp.mtime) <= parsedate_to_datetime(ims).timestamp()
    except (TypeError, ValueError):
        return False


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive
    timeout = IDLE_TIMEOUT
    server: _ProxyServer
    tunnel_host: str | None = None

    def version_string(self):
        return "nginx"

    def log_request(self, code="-", size="-"):
        pass  # _ProxyServer.record logs the full URL instead

    def log_message(self, format, *args):  # noqa: A002 (stdlib signature)
        if self.server.verbose:
            super().log_message(format, *args)

    def setup(self):
        super().setup()
        self.server.track(self.connection, True)

    def handle(self):
        try:
            super().handle()
        except (OSError, ssl.SSLError):
            pass  # the client went away mid-exchange: nothing to answer

    def finish(self):
        try:
            super().finish()
        except OSError:
            pass
        self.server.track(self.connection, False)
        if self.connection is not self.request:  # the TLS wrapper of a tunnel
            self.connection.close()

    # --- tunnels ----------------------------------------------------------

    def do_CONNECT(self):
        host, _, port = self.path.rpartition(":")
        host = host.strip("[]").lower()
        ok = self.tunnel_host is None and self.server.app.store.reachable(host)
        self.server.record_tunnel(host, port, 200 if ok else 502)
        if not ok:
            self.close_connection = True
            self.send_response(502, "Bad Gateway")
            self.send_header("Content-Length", "0")
            self.send_header("Connection", "close")
            self.end_headers()
            return
        self.send_response(200, "Connection established")
        self.end_headers()
        self.wfile.flush()
        self._start_tls(host)

    def _start_tls(self, host: str):
        try:
            conn = self.server.tls.wrap_socket(self.connection, server_side=True)
        except (OSError, ssl.SSLError):
            self.close_connection = True
            return
        self.server.track(self.connection, False)
        self.connection = conn
        self.server.track(conn, True)
        self.rfile = conn.makefile("rb", self.rbufsize)
        self.wfile = socketserver._SocketWriter(conn)
        self.tunnel_host = host
        self.close_connection = False

    # --- requests ---------------------------------------------------------

    def do_GET(self):
        self._serve()

    do_HEAD = do_POST = do_GET

    def _target(self) -> tuple[str, str, str]:
        """(scheme, host, origin-form target) whatever the request form."""
        if self.path.startswith(("http://", "https://")):
            url = urlsplit(self.path)
            target = (url.path or "/") + (f"?{url.query}" if url.query else "")
            return url.scheme, (url.hostname or "").lower(), target
        host = (self.headers.get("Host") or "").lower()
        host = re.sub(r":\d+$", "", host).strip("[]")
        if self.tunnel_host:
            return "https", self.tunnel_host, self.path
        return "http", host, self.path

    def _serve(self):
        self._discard_body()
        scheme, host, target = self._target()
        if host in ("127.0.0.1", "localhost") and not self.tunnel_host:
            resp = self._index_page()
        else:
            resp = self._answer(scheme, host, target)
        self._send(resp, f"{scheme}://{host}{target}")

    def _answer(self, scheme: str, host: str, target: str) -> Response:
        try:
            return self.server.app.respond(self.command, scheme, host, target)
        except Exception:  # a fixture bug must not kill the connection
            traceback.print_exc()
            return error_page(500, "Erreur interne")

    def _discard_body(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        if self.headers.get("Transfer-Encoding"):
            self.close_connection = True  # chunked bodies are not worth supporting

    def _index_page(self) -> Response:
        items = "".join(f'<li><a href="http://{h}/">{h}</a></li>' for h in self.server.app.store.hosts())
        body = f"<!DOCTYPE html><title>Replica</title><h1>Replica hosts</h1><ul>{items}</ul>".encode()
        return Response(200, body, {"Content-Type": "text/html; charset=utf-8"})

    def _send(self, resp: Response, url: str):
        headers = {
            "Content-Type": "text/html; charset=utf-8",
            "ETag": '"%s"' % hashlib.sha1(resp.body).hexdigest()[:20],
            "Last-Modified": formatdate(resp.mtime or time.time(), usegmt=True),
            **resp.headers,
        }
        resp.headers = headers
        status, body = resp.status, resp.body
        if status == 200 and _not_modified(resp, self.headers):
            status, body = 304, b""
            headers = {k: v for k, v in headers.items() if k in ("ETag", "Last-Modified")}
        if status == 502:
            self.close_connection = True
            headers["Connection"] = "close"
        if status != 304:
            headers["Content-Length"] = str(len(body))
        sent = b"" if self.command == "HEAD" else body
        self.server.record(self.command, url, status, len(sent), dict(self.headers), headers)
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, str(value))
        self.end_headers()
        self.wfile.write(sent)
        self.wfile.flush()


class _ProxyServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # keep-alive threads must not block shutdown

    def __init__(self, address, app: ReplicaApp, tls: ssl.SSLContext, verbose: bool):
        self.app, self.tls, self.verbose = app, tls, verbose
        self.log: list[dict] = []
        self.tunnels: list[dict] = []
        self.log_lock = threading.Lock()
        self.connections: set = set()
        super().__init__(address, _Handler)

    def track(self, conn, alive: bool):
        with self.log_lock:
            (self.connections.add if alive else self.connections.discard)(conn)

    def record(self, method, url, status, nbytes, headers, response_headers):
        entry = {"method": method, "url": url, "status": status, "bytes": nbytes,
                 "headers": headers, "response_headers": response_headers, "time": time.time()}
        with self.log_lock:
            self.log.append(entry)
            if self.verbose:
                print(f"{status} {method} {url} ({nbytes} bytes)", file=sys.stderr, flush=True)

    def record_tunnel(self, host, port, status):
        with self.log_lock:
            self.tunnels.append({"host": host, "port": port, "status": status, "time": time.time()})
            if self.verbose:
                print(f"{status} CONNECT {host}:{port}", file=sys.stderr, flush=True)

    def close_all(self):
        with self.log_lock:
            conns = list(self.connections)
        for conn in conns:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def handle_error(self, request, client_address):
        exc = sys.exc_info()[1]
        if not isinstance(exc, (OSError, ssl.SSLError)):
            super().handle_error(request, client_address)


class ReplicaServer:
    """The replica proxy, run in a background thread.

    >>> with ReplicaServer([Path("tests/sites")], Path("data/replica-cache")) as srv:
    ...     os.environ.update(srv.proxy_env())
    """

    def __init__(self, sites_dirs: list[Path], cache_dir: Path, port: int = 0,
                 host: str = "127.0.0.1", verbose: bool = False):
        self.store = SiteStore(sites_dirs, cache_dir)
        tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        tls.load_cert_chain(_self_signed_cert(Path(cache_dir)))
        tls.set_alpn_protocols(["http/1.1"])
        self._httpd = _ProxyServer((host, port), ReplicaApp(self.store), tls, verbose)
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    @property
    def proxy_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def proxy_env(self) -> dict[str, str]:
        """Environment variables that route a client (Scrapy, urllib, curl) through the replica."""
        url = self.proxy_url
        return {"http_proxy": url, "https_proxy": url, "HTTP_PROXY": url, "HTTPS_PROXY": url,
                "no_proxy": "localhost,127.0.0.1", "NO_PROXY": "localhost,127.0.0.1"}

    def start(self) -> "ReplicaServer":
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.1},
                                        name="replica-server", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join()
            self._thread = None
        self._httpd.server_close()
        self._httpd.close_all()

    def serve_forever(self) -> None:
        """Foreground mode for `python -m tests.replica serve`."""
        try:
            self._httpd.serve_forever(poll_interval=0.2)
        finally:
            self._httpd.server_close()
            self._httpd.close_all()

    def __enter__(self) -> "ReplicaServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def requests(self) -> list[dict]:
        """Every request answered, oldest first: {method, url, status, bytes, headers, ...}."""
        with self._httpd.log_lock:
            return list(self._httpd.log)

    @property
    def tunnels(self) -> list[dict]:
        """Every CONNECT received: {host, port, status}."""
        with self._httpd.log_lock:
            return list(self._httpd.tunnels)

    def urls(self) -> list[str]:
        return [r["url"] for r in self.requests]

    def clear_log(self) -> None:
        with self._httpd.log_lock:
            self._httpd.log.clear()
            self._httpd.tunnels.clear()
