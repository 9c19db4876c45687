"""Canonical URLs: a document is its canonical URL, so every source agrees on one spelling."""

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import safe_url_string

TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|xtor|at_\w+|_ga)$", re.I)


def canonical_url(url: str, host_aliases: dict[str, str] | None = None) -> str:
    """Return the one spelling of `url` used as a document's identity.

    https always (the sources serve both schemes), host lowercased and mapped through
    `host_aliases` (e.g. irev.fr -> www.irev.fr), default port, fragment and tracking
    parameters dropped, remaining query kept in its order. The path is kept as published:
    a trailing slash is significant on WordPress.
    """
    parts = urlsplit(safe_url_string(url.strip()))
    host = (parts.hostname or "").lower().rstrip(".")
    host = (host_aliases or {}).get(host, host)
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not TRACKING_PARAMS.match(k)]
    path = parts.path or "/"
    return urlunsplit(("https", host, path, urlencode(query, safe="/:,"), ""))


def host_of(url: str | None) -> str:
    try:
        return (urlsplit((url or "").strip()).hostname or "").lower()
    except ValueError:  # an odd link is no host, never an error
        return ""


def path_of(url: str | None) -> str:
    """The path and query of `url` ("/a/b?x=1"); "" for an empty or odd link, never an error
    (an entry whose link came out empty must skip that entry, not end its channel)."""
    try:
        parts = urlsplit((url or "").strip())
    except ValueError:  # e.g. an invalid IPv6 host
        return ""
    return parts.path + (f"?{parts.query}" if parts.query else "")
