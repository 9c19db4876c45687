"""JSON Feed 1.1 export: one feed for the whole corpus, one per source.

Feed readers and other aggregators follow the corpus without querying Datasette. Items carry
the document's own text and links to its attachments on the source site; the source and the
document type travel in a `_crpv` extension object, as JSON Feed allows.
"""

import datetime
import json
import os
import re
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

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


def write_feeds(db, out_dir: Path, limit: int = 500, base_url: str | None = None) -> dict:
    """Write all.json and <source>.json into out_dir; return {file name: item count}.

    base_url, when given, is the public URL of out_dir: it sets each feed's feed_url.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    sources = {row["slug"]: row for row in db["sources"].rows} if db["sources"].exists() else {}
    written = {}
    for slug in [None] + _sources_with_documents(db):
        name = f"{slug or ALL_FEED}.json"
        items = _items(db, slug, limit, sources)
        feed = _feed(slug, sources.get(slug), items, _join(base_url, name))
        _write_atomic(out_dir / name, feed)
        written[name] = len(items)
    return written


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


def _items(db, slug, limit, sources) -> list[dict]:
    where, params = ("and source = :source", {"source": slug}) if slug else ("", {})
    docs = list(db.query(_DOCUMENTS_SQL.format(where=where), {**params, "limit": limit}))
    attachments = _attachments(db, [d["id"] for d in docs])
    return [_item(d, attachments.get(d["id"], []), sources.get(d["source"])) for d in docs]


def _attachments(db, ids) -> dict[int, list[dict]]:
    by_doc: dict[int, list[dict]] = {}
    for row in db.query(_ATTACHMENTS_SQL, {"ids": json.dumps(ids)}):
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
