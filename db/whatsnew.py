""""Quoi de neuf": JSON Feed and Atom files of the documents new or changed since a date.

For the person who follows the network: what appeared or changed on any source (or on one),
newest change first, each item saying whether it is new or changed and when.
"""

from pathlib import Path

from db.feeds import _join, _rows, _write_atomic, atom, feed_items, json_feed

_CHANGED_SQL = """
select id, source, url, title, doc_type, date, summary, body, tags, authors, lang,
       first_seen, last_changed
from documents
where last_changed >= :since and gone_since is null {where}
order by last_changed desc, id desc
limit :limit
"""
DEFAULT_HOME = "https://github.com/crpv-corpus/crpv-corpus"


def write_whatsnew(db, out_dir: Path, since: str, base_url: str | None = None,
                   limit: int = 1000) -> dict:
    """Write nouveautes.json/.atom and nouveautes-<source>.json/.atom; return {file: items}."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    sources = {r["slug"]: r for r in _rows(db, "select slug, name, homepage from sources")}
    harvested = [r["source"] for r in _rows(db, "select distinct source from documents order by source")]
    written = {}
    for slug in [None, *harvested]:
        name = f"nouveautes-{slug}" if slug else "nouveautes"
        where, params = ("and source = :source", {"source": slug}) if slug else ("", {})
        docs = _rows(db, _CHANGED_SQL.format(where=where), {**params, "since": since, "limit": limit})
        feed = json_feed(_title(sources.get(slug), since), _description(since), _items(db, docs, sources),
                         _join(base_url, f"{name}.json") or f"tag:crpv-corpus,2026:{name}",
                         (sources.get(slug) or {}).get("homepage") or base_url or DEFAULT_HOME)
        _write_atomic(out_dir / f"{name}.json", feed)
        atom_feed = {**feed, "feed_url": _join(base_url, f"{name}.atom") or feed["feed_url"]}
        (out_dir / f"{name}.atom").write_text(atom(atom_feed), encoding="utf-8")
        written[f"{name}.json"] = len(docs)
    return written


def _items(db, docs, sources) -> list[dict]:
    items = feed_items(db, docs, sources)
    for item, doc in zip(items, docs):
        item["date_modified"] = doc["last_changed"]
        item.setdefault("_crpv", {})["changement"] = (
            "nouveau" if doc["first_seen"] == doc["last_changed"] else "modifié")
    return items


def _title(source, since) -> str:
    where = f"chez {source['name']}" if source else "dans les centres de ressources politique de la ville"
    return f"crpv-corpus : quoi de neuf {where} depuis le {since[:10]}"


def _description(since) -> str:
    return (f"Documents apparus ou modifiés depuis le {since[:10]}, du plus récent au plus ancien. "
            "Les textes et fichiers appartiennent à leur source.")
