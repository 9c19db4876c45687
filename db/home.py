"""What the home page shows (templates/index.html, through plugins/crpv_home.py): the newest
documents, the centres with their counts and last good crawl, the themes. Plain rows of a
sqlite3 connection, read-only."""

NEWEST = """
select d.id, d.title, d.date, d.doc_type, coalesce(s.name, d.source) as centre
from documents d left join sources s on s.slug = d.source
where d.gone_since is null
order by d.date is null, d.date desc, d.id desc
limit :limit
"""

# Harvested centres first (those with documents or a good crawl), by name; then the others.
CENTRES = """
select slug, name, region, coalesce(documents, 0) as documents, last_success,
  (coalesce(documents, 0) > 0 or last_success is not null) as harvested
from sources
order by harvested desc, name
"""

THEMES = """
select t.theme, count(distinct t.document_id) as documents
from document_themes t join documents d on d.id = t.document_id
where d.gone_since is null
group by t.theme
order by documents desc, t.theme
"""


def _rows(conn, sql: str, **params) -> list[dict]:
    cursor = conn.execute(sql, params)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def home_page(conn, newest: int = 8) -> dict:
    """{"newest": [...], "centres": [...], "unharvested": [...], "themes": [...], "total": n}"""
    centres = _rows(conn, CENTRES)
    return {
        "newest": _rows(conn, NEWEST, limit=newest),
        "centres": [c for c in centres if c["harvested"]],
        "unharvested": [c for c in centres if not c["harvested"]],
        "themes": _rows(conn, THEMES),
        "total": conn.execute("select count(*) from documents where gone_since is null").fetchone()[0],
    }
