"""What a channel's answer is, by its content: servers mislabel feeds and sitemaps.

A feed served as text/html, a sitemap as text/plain, an RSS 1.0 (RDF) feed, the home page
answered for a feed URL that no longer exists: the spider reads each answer as what its first
element says it is (`kind_of`), whatever the Content-Type and whatever channel asked for it.
Pure functions of the bytes: the spider, `crpv probe` and the tests share them.
"""

import html
import re

from lxml import etree

# Before the root element: a BOM, spaces, the XML declaration, processing instructions
# (xml-stylesheet), comments, a doctype.
_ROOT = re.compile(rb"^(?:\xef\xbb\xbf|\s|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<([A-Za-z_][\w:.-]*)", re.S | re.I)
KINDS = {"urlset": "sitemap", "sitemapindex": "sitemap", "rss": "feed", "feed": "feed", "rdf": "feed",
         "html": "html", "head": "html", "body": "html", "div": "html", "p": "html", "a": "html",
         "table": "html", "ul": "html", "section": "html", "main": "html", "article": "html"}
_PARSER = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=True)


def kind_of(body: bytes) -> str:
    """"sitemap", "feed", "html", "json", "empty" or "unknown", from the root element."""
    head = (body or b"")[:8192]
    if not head.strip():
        return "empty"
    found = _ROOT.match(head)
    if not found:
        return "json" if head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[") else "unknown"
    name = found.group(1).decode("ascii", "replace").rsplit(":", 1)[-1].lower()
    return KINDS.get(name, "unknown")


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _child_text(entry, *names: str) -> str:
    for child in entry:
        if _local(child.tag) in names and (child.text or "").strip():
            return child.text.strip()
    return ""


def _link(entry) -> str:
    """Atom `<link href>` (the alternate one first), else RSS `<link>text</link>`, else
    RSS 1.0's rdf:about, else a permalink `<guid>`."""
    links = [c for c in entry if _local(c.tag) == "link"]
    for link in sorted(links, key=lambda c: c.get("rel", "alternate") != "alternate"):
        href = link.get("href") or (link.text or "").strip()
        if href:
            return href.strip()
    about = next((v for k, v in entry.attrib.items() if _local(k) == "about"), "")
    guid = _child_text(entry, "guid")
    return about or (guid if guid.startswith(("http://", "https://")) else "")


def feed_entries(body: bytes) -> list[dict]:
    """Every RSS 2.0, RSS 1.0 or Atom entry: link, title, date (publication), modified (Atom
    `updated`, else the publication date) and summary (HTML). Read as XML whatever the
    Content-Type; an entry without a link keeps an empty one (the caller skips it)."""
    root = etree.fromstring(body, parser=_PARSER) if body and body.strip() else None
    if root is None:
        return []
    entries = []
    for entry in root.iter():
        if _local(entry.tag) not in ("item", "entry"):
            continue
        date = _child_text(entry, "pubdate", "published", "date", "issued")
        entries.append({
            "link": _link(entry),
            "title": html.unescape(_child_text(entry, "title")),
            "date": date,
            "modified": _child_text(entry, "updated", "modified") or date,
            "summary": _child_text(entry, "description", "summary", "content", "encoded"),
        })
    return entries
