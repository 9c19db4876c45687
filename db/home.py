"""What the home page shows (templates/index.html, through plugins/crpv_home.py): the newest
documents and the themes as the search page has them (the empty search of db/search.py: same
order, same counts as /recherche?theme=…, from its cached facts), and the centres with their
counts and last good crawl."""

import os

from db import search

# Harvested centres first (those with documents or a good crawl), by name; then the others.
CENTRES = """
select slug, name, region, coalesce(documents, 0) as documents, last_success,
  (coalesce(documents, 0) > 0 or last_success is not null) as harvested
from sources
order by harvested desc, name
"""


def _rows(conn, sql: str) -> list[dict]:
    cursor = conn.execute(sql)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


_CACHE: dict[tuple, dict] = {}


def home_page(conn, newest: int = 8) -> dict:
    """The page's data, computed once per version of the database file (the corpus changes
    once a night; the empty search counts every document: 180 ms on 100,000)."""
    path = next((row[2] for row in conn.execute("PRAGMA database_list") if row[1] == "main"), "")
    if not path:  # an in-memory database: small, never cached
        return _home_page(conn, newest)
    stat = os.stat(path)
    key = (path, stat.st_ino, stat.st_mtime_ns, stat.st_size, newest)
    if key not in _CACHE:
        _CACHE.clear()
        _CACHE[key] = _home_page(conn, newest)
    return _CACHE[key]


def _home_page(conn, newest: int) -> dict:
    """{"newest": [Hit...], "themes": [(theme, documents)...], "total": n,
    "centres": [...], "unharvested": [...]}"""
    everything = search.find(conn, "", page=1, per_page=newest * 2, with_snippets=False,
                             with_suggestions=False)
    centres = _rows(conn, CENTRES)
    return {
        "newest": [hit for hit in everything.hits if not hit.gone][:newest],
        "themes": everything.facets.get("theme", []),
        "total": everything.total,
        "centres": [c for c in centres if c["harvested"]],
        "unharvested": [c for c in centres if not c["harvested"]],
    }
