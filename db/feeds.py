"""Feeds: JSON Feed 1.1 files (the whole corpus, one per source) and feeds of any search.

Feed readers and other aggregators follow the corpus without querying Datasette. Items carry
the document's own text and links to its attachments on the source site; the source and the
document type travel in a `_crpv` extension object, as JSON Feed allows. The same items make
the JSON Feed and Atom answers of a search (plugins/crpv_search.py, `feed_items`, `atom`).
"""

import datetime
import json
import os
import re
import tempfile
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree as ET

FEED_VERSION = "https://jsonfeed.org/version/1.1"
ALL_FEED = "all"
_SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")

_DOCUMENTS_SQL = """
select id, source, url, title, doc_type, date, summary, body, tags, authors, lang
from documents
where gone_since is null {where}
order by date is null, date desc, id desc
limit :limit
"""

_ATTACHMENTS_SQL = """
select df.document_id, df.url, df.label, f.media_type, f.size, f.title as file_title
from document_files df left join files f on f.sha256 = df.sha256
where df.document_id in (select value from json_each(:ids))
order by df.document_id, df.url
"""


def write_feeds(db, out_dir: Path, limit: int = 500, base_url: str | None = None,
                site_url: str | None = None) -> dict:
    """Write all.json and <source>.json into out_dir; return {file name: item count}.

    base_url, when given, is the public URL of out_dir: it sets each feed's feed_url.
    site_url, when given, is the public URL of the corpus site: each item's url is then its
    record there (/document/<id>) and external_url the original page.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    sources = {row["slug"]: row for row in db["sources"].rows} if db["sources"].exists() else {}
    written = {}
    for slug in [None] + _sources_with_documents(db):
        name = f"{slug or ALL_FEED}.json"
        items = _items(db, slug, limit, sources, site_url)
        feed = _feed(slug, sources.get(slug), items, _join(base_url, name))
        _write_atomic(out_dir / name, feed)
        written[name] = len(items)
    written.update(_write_theme_feeds(db, out_dir, limit, base_url, sources, site_url))
    return written


def _write_theme_feeds(db, out_dir: Path, limit, base_url, sources, site_url=None) -> dict:
    """theme-<slug>.json for each theme the enrichment found (db/enrich_themes.py)."""
    if not db["document_themes"].exists():
        return {}
    written = {}
    for (theme,) in db.execute("select distinct theme from document_themes order by theme").fetchall():
        name = f"theme-{_slugify(theme)}.json"
        docs = _rows(db, _DOCUMENTS_SQL.format(
            where="and id in (select document_id from document_themes where theme = :theme)"),
            {"theme": theme, "limit": limit})
        feed = {"version": FEED_VERSION,
                "title": f"crpv-corpus : {theme}",
                "description": (f"Les dernières publications des centres de ressources politique de la "
                                f"ville sur le thème « {theme} » (thème attribué automatiquement)."),
                **({"feed_url": _join(base_url, name)} if base_url else {}),
                "language": "fr", "items": feed_items(db, docs, sources, site_url)}
        _write_atomic(out_dir / name, feed)
        written[name] = len(docs)
    return written


def _slugify(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def _sources_with_documents(db) -> list[str]:
    slugs = [r[0] for r in db.execute(
        "select distinct source from documents where gone_since is null and source is not null"
        " order by source")]
    for slug in slugs:
        # The slug becomes a file name: refuse anything that could escape out_dir or clash.
        if not _SLUG.match(slug) or slug == ALL_FEED:
            raise ValueError(f"source slug {slug!r} cannot name a feed file")
    return slugs


def _feed(slug, source, items, feed_url) -> dict:
    feed = {"version": FEED_VERSION}
    if slug is None:
        feed["title"] = "crpv-corpus : toutes les publications des centres de ressources politique de la ville"
        feed["description"] = ("Les dernières publications réunies par crpv-corpus, toutes sources confondues. "
                               "Les textes et fichiers appartiennent à leurs auteurs et éditeurs.")
    else:
        name = (source or {}).get("name") or slug
        feed["title"] = f"crpv-corpus : publications de {name}"
        feed["description"] = (f"Les dernières publications de {name}, collectées par crpv-corpus. "
                               "Les textes et fichiers appartiennent à leur source.")
        if (source or {}).get("homepage"):
            feed["home_page_url"] = source["homepage"]
            feed["authors"] = [{"name": name, "url": source["homepage"]}]
        else:
            feed["authors"] = [{"name": name}]
    if feed_url:
        feed["feed_url"] = feed_url
    feed["language"] = "fr"
    feed["items"] = items
    return feed


def _items(db, slug, limit, sources, site_url=None) -> list[dict]:
    where, params = ("and source = :source", {"source": slug}) if slug else ("", {})
    docs = _rows(db, _DOCUMENTS_SQL.format(where=where), {**params, "limit": limit})
    return feed_items(db, docs, sources, site_url)


def feed_items(conn, docs: list[dict], sources: dict | None = None,
               site_url: str | None = None) -> list[dict]:
    """JSON Feed items of documents rows (id, source, url, title, doc_type, date, summary, body,
    tags, authors, lang), in their order. conn: a sqlite3 or sqlite-utils connection.
    With site_url (the corpus site's public URL), an item's url is the document's record
    there and external_url its original page; without, url is the original page."""
    if sources is None:
        sources = {r["slug"]: r for r in _rows(conn, "select slug, name, homepage from sources")}
    attachments = _attachments(conn, [d["id"] for d in docs])
    items = [_item(d, attachments.get(d["id"], []), sources.get(d["source"])) for d in docs]
    if site_url:
        for item, doc in zip(items, docs):
            item["url"] = _join(site_url, f"document/{doc['id']}")
            item["external_url"] = doc["url"]
    return items


def _rows(conn, sql: str, params=None) -> list[dict]:
    cursor = conn.execute(sql, params or {})
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def _attachments(db, ids) -> dict[int, list[dict]]:
    by_doc: dict[int, list[dict]] = {}
    for row in _rows(db, _ATTACHMENTS_SQL, {"ids": json.dumps(ids)}):
        att = {"url": row["url"], "mime_type": row["media_type"] or _guess_mime(row["url"])}
        title = row["label"] or row["file_title"]
        if title:
            att["title"] = title
        if row["size"] is not None:
            att["size_in_bytes"] = row["size"]
        by_doc.setdefault(row["document_id"], []).append(att)
    return by_doc


def _item(doc, attachments, source) -> dict:
    item = {"id": doc["url"], "url": doc["url"], "title": doc["title"] or doc["url"]}
    published = rfc3339(doc["date"])
    if published:
        item["date_published"] = published
    if doc["summary"]:
        item["summary"] = doc["summary"]
    # The spec wants content_text or content_html: fall back on the summary when no body.
    item["content_text"] = doc["body"] or doc["summary"] or ""
    tags = _strings(doc["tags"]) + ([doc["doc_type"]] if doc["doc_type"] else [])
    if tags:
        item["tags"] = list(dict.fromkeys(tags))
    authors = _authors(doc["authors"])
    if authors:
        item["authors"] = authors
    if doc["lang"]:
        item["language"] = doc["lang"]
    if attachments:
        item["attachments"] = attachments
    item["_crpv"] = {
        "source": doc["source"],
        "source_name": (source or {}).get("name") or doc["source"],
        "doc_type": doc["doc_type"],
        "date": doc["date"],  # as published: its precision (year, month, day) is kept here
    }
    return item


def rfc3339(date: str | None) -> str | None:
    """'2018-06-15' -> '2018-06-15T00:00:00+00:00'; a month or a year gives its first day.

    Anything unparseable gives None, so that the item omits date_published.
    """
    m = _DATE.match(date or "")
    if not m:
        return None
    year, month, day = int(m[1]), int(m[2] or 1), int(m[3] or 1)
    try:
        return datetime.datetime(year, month, day, tzinfo=datetime.timezone.utc).isoformat()
    except ValueError:
        return None


def _strings(raw) -> list[str]:
    values = _json_list(raw)
    return [str(v).strip() for v in values if isinstance(v, (str, int, float)) and str(v).strip()]


def _authors(raw) -> list[dict]:
    out = []
    for a in _json_list(raw):
        if isinstance(a, str) and a.strip():
            out.append({"name": a.strip()})
        elif isinstance(a, dict) and (a.get("name") or a.get("url")):
            out.append({k: a[k] for k in ("name", "url") if a.get(k)})
    return out


def _json_list(raw) -> list:
    if isinstance(raw, list):
        return raw
    try:
        value = json.loads(raw) if raw else []
    except ValueError:
        return []
    return value if isinstance(value, list) else []


def _guess_mime(url: str) -> str:
    return "application/pdf" if urlsplit(url).path.lower().endswith(".pdf") else "application/octet-stream"


def _join(base_url, name):
    return f"{base_url.rstrip('/')}/{name}" if base_url else None


def _write_atomic(path: Path, feed: dict) -> None:
    # A reader (or a web server) never sees a half-written feed.
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(feed, f, ensure_ascii=False, indent=1)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; feeds are published
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


# ---------- feeds of a search ----------
def json_feed(title: str, description: str, items: list[dict], feed_url: str,
              home_page_url: str) -> dict:
    return {"version": FEED_VERSION, "title": title, "description": description,
            "home_page_url": home_page_url, "feed_url": feed_url, "language": "fr",
            "authors": [{"name": "crpv-corpus"}], "items": items}


ATOM = "http://www.w3.org/2005/Atom"


def atom(feed: dict, now: datetime.datetime | None = None) -> str:
    """The Atom 1.0 (RFC 4287) form of a JSON Feed made by json_feed()."""
    ET.register_namespace("", ATOM)
    root = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": "fr"})
    dates = [i.get("date_modified") or i["date_published"] for i in feed["items"]
             if i.get("date_modified") or i.get("date_published")]
    updated = max(dates, default=None) or (now or datetime.datetime.now(datetime.timezone.utc)
                                           ).replace(microsecond=0).isoformat()
    _sub(root, "id", feed["feed_url"])
    _sub(root, "title", feed["title"])
    _sub(root, "subtitle", feed["description"])
    _sub(root, "updated", updated)
    _sub(_sub(root, "author"), "name", feed["authors"][0]["name"])
    _sub(root, "link", rel="self", href=feed["feed_url"], type="application/atom+xml")
    _sub(root, "link", rel="alternate", href=feed["home_page_url"], type="text/html")
    for item in feed["items"]:
        _entry(root, item, updated)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode")


def _entry(root, item: dict, fallback_updated: str) -> None:
    entry = _sub(root, "entry")
    _sub(entry, "id", item["id"])
    _sub(entry, "title", item["title"])
    _sub(entry, "updated", item.get("date_modified") or item.get("date_published") or fallback_updated)
    if item.get("date_published"):
        _sub(entry, "published", item["date_published"])
    _sub(entry, "link", rel="alternate", href=item["url"], type="text/html")
    for att in item.get("attachments", []):
        extra = {"length": str(att["size_in_bytes"])} if "size_in_bytes" in att else {}
        _sub(entry, "link", rel="enclosure", href=att["url"], type=att["mime_type"],
             title=att.get("title", ""), **extra)
    for author in item.get("authors", []):
        _sub(_sub(entry, "author"), "name", author.get("name") or author.get("url"))
    for tag in item.get("tags", []):
        _sub(entry, "category", term=tag)
    if item.get("summary"):
        _sub(entry, "summary", item["summary"])
    _sub(entry, "content", item.get("content_text") or "", type="text")


_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _sub(parent, tag: str, text: str | None = None, **attrs):
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", {k: v for k, v in attrs.items() if v})
    if text is not None:
        element.text = _XML_BAD.sub("", text)  # characters XML 1.0 cannot carry
    return element
