"""Full-text search: the indexes the build writes, and the ranked French search that reads them.

Four FTS5 tables, all rebuilt whole at every build:
- `documents_fts(title, summary, body, attachments)`, rowid = documents.id: Datasette's own
  table search (`fts_table` in metadata.yml), plain words, `unicode61 remove_diacritics 2`.
- `pages_fts` on pages(text): sqlite-utils' FTS, Datasette's search of PDF pages.
- `documents_search`, rowid = documents.id, and `pages_search`, rowid = pages.rowid: the French
  search of plugins/crpv_search.py. Each holds the plain words (phrases, prefixes) and, in
  `*_stem` columns, the marked Snowball stems of extract/french.py (words of one family), so
  one MATCH without column filters answers a whole query (french.to_match). They are
  contentless (`content=''`): only the index is stored, the text stays in documents and pages;
  snippets are cut in Python (french.snippet), which also highlights `commerçant` for
  `commerces`, something FTS5's snippet() cannot do over a stem column.
"""

import heapq
import json
import os
from collections import Counter
from dataclasses import dataclass, field

from extract import french

TOKENIZE = "unicode61 remove_diacritics 2"

DOCUMENTS_FTS = f"""
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, summary, body, attachments, tokenize='{TOKENIZE}'
)
"""

_ATTACHMENTS = """(SELECT group_concat(p.text, char(10))
          FROM document_files df JOIN pages p ON p.sha256 = df.sha256
         WHERE df.document_id = d.id)"""

FILL_DOCUMENTS_FTS = f"""
INSERT INTO documents_fts (rowid, title, summary, body, attachments)
SELECT d.id, d.title, d.summary, d.body, {_ATTACHMENTS}
  FROM documents d
"""

PLAIN = ("title", "summary", "text")
STEMMED = ("title_stem", "summary_stem", "text_stem")
# bm25 weights, in the column order above: the title counts most, then the summary and the
# source's keywords, then the text. Words reach the stem columns; phrases, the plain ones.
WEIGHTS = (10.0, 4.0, 1.0, 10.0, 4.0, 1.0)

DOCUMENTS_SEARCH = f"""
CREATE VIRTUAL TABLE documents_search USING fts5(
    {", ".join(PLAIN + STEMMED)}, content='', tokenize='{TOKENIZE}'
)
"""

FILL_DOCUMENTS_SEARCH = f"""
INSERT INTO documents_search (rowid, {", ".join(PLAIN + STEMMED)})
SELECT id, title, summary, text, crpv_stem(title), crpv_stem(summary), crpv_stem(text)
  FROM (SELECT d.id, d.title,
               -- the source's own keywords count like the summary
               coalesce(d.summary, '') || char(10) || coalesce(d.tags, '') AS summary,
               coalesce(d.body, '') || char(10) || coalesce({_ATTACHMENTS}, '') AS text
          FROM documents d)
"""

PAGES_SEARCH = f"""
CREATE VIRTUAL TABLE pages_search USING fts5(text, text_stem, content='', tokenize='{TOKENIZE}')
"""
FILL_PAGES_SEARCH = """
INSERT INTO pages_search (rowid, text, text_stem) SELECT rowid, text, crpv_stem(text) FROM pages
"""


def register_functions(conn) -> None:
    """SQL functions of the French search, on a build or a Datasette connection.

    crpv_stem(text): the stemmed view of a text. crpv_match(query): the MATCH expression of a
    user's query, for documents_search or pages_search; '' when it has no word.
    """
    conn.create_function("crpv_stem", 1, french.stem_text, deterministic=True)
    conn.create_function("crpv_match", 1, match_expression, deterministic=True)


def match_expression(text: str | None) -> str:
    return french.to_match(french.parse(text or ""))


def rebuild(db) -> None:
    register_functions(db.conn)
    for name, create, fill in [("documents_fts", DOCUMENTS_FTS, FILL_DOCUMENTS_FTS),
                               ("documents_search", DOCUMENTS_SEARCH, FILL_DOCUMENTS_SEARCH),
                               ("pages_search", PAGES_SEARCH, FILL_PAGES_SEARCH)]:
        db.execute(f"DROP TABLE IF EXISTS {name}")
        db.execute(create)
        db.execute(fill)
    db.execute(FACTS_INDEX)
    db["pages"].enable_fts(["text"], tokenize=TOKENIZE, replace=True)
    db["pages"].rebuild_fts()
    db.conn.commit()


# The facts of every document (see _facts) are read through this covering index: document rows
# hold whole texts, about one per page, the index a hundred per page.
FACTS_INDEX = ("CREATE INDEX IF NOT EXISTS documents_search_facts "
               "ON documents(id, source, doc_type, year, date)")


# ---------- the French search ----------
def _run(conn, sql: str, params=()):
    cursor = conn.cursor()
    cursor.row_factory = None  # plain tuples, also on Datasette's connections (sqlite3.Row)
    return cursor.execute(sql, params)


@dataclass
class Hit:
    id: int
    url: str
    title: str
    source: str
    source_name: str
    doc_type: str | None
    date: str | None
    gone: bool
    snippet: list[tuple[str, bool]]
    pdf: dict | None = None  # {"url", "label", "page"} when a PDF page matches


@dataclass
class Results:
    total: int
    hits: list[Hit]
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)


FACT_NAMES = ("source", "type", "annee", "region")


@dataclass
class Facts:
    """What filters, facets and ordering read of every document."""
    values: dict[int, tuple]  # id -> (source, type, annee, region), in FACT_NAMES order
    themes: dict[int, tuple[str, ...]]
    newest: dict[int, tuple]  # sorts the newest first, undated last


FACETS = ("source", "region", "theme", "type", "annee")


def find(conn, text: str, filters: dict | None = None, page: int = 1, per_page: int = 20,
         with_facets: bool = True, newest_first: bool = False, with_snippets: bool = True) -> Results:
    """Documents for a user's query and filters: the most relevant first (bm25, then the most
    recent), or the newest first when asked or when the query has no words.

    SQLite matches and scores (one MATCH); filters, facet counts and the page's order are done
    in Python over the cached facts of every document: on 100,000 matches, 203 ms for the
    whole search against 295 ms when SQL materialised, joined and grouped them (measured, see
    benchmarks/README.md).
    """
    query = french.parse(text or "")
    expression = french.to_match(query)
    facts = _facts(conn)
    by_date = newest_first or not expression
    if expression:
        score = "0" if by_date else f"bm25(documents_search, {', '.join(map(str, WEIGHTS))})"
        rows = _run(conn, f"SELECT {score}, rowid FROM documents_search "
                          "WHERE documents_search MATCH ?", [expression]).fetchall()
    else:
        rows = [(0, i) for i in facts.newest]
    rows = _filtered(facts, rows, {k: str(v) for k, v in (filters or {}).items()
                                   if v not in (None, "") and k in FACETS})
    offset = (max(page, 1) - 1) * per_page
    ids = _page(facts, rows, offset, per_page, by_date)
    hits = _hits(conn, ids, query if with_snippets else None)
    return Results(len(rows), hits, _count(facts, rows) if with_facets else {})


def _filtered(facts: Facts, rows: list, wanted: dict[str, str]) -> list:
    for name, value in wanted.items():
        if name == "theme":
            rows = [r for r in rows if value in facts.themes.get(r[1], ())]
        else:
            k, values = FACT_NAMES.index(name), facts.values
            rows = [r for r in rows if values[r[1]][k] == value]
    return rows


def _page(facts: Facts, rows: list, offset: int, size: int, by_date: bool) -> list[int]:
    """Ids of one page of (score, id) rows, by score then newest first, or newest first. By
    score, the heap compares plain tuples (fast), then the rows tied with the last one kept
    are added back before ordering by date."""
    if by_date:
        best = heapq.nsmallest(offset + size, rows, key=lambda r: facts.newest[r[1]])
        return [i for _, i in best[offset:]]
    best = heapq.nsmallest(offset + size, rows)
    if best:
        last = best[-1][0]
        best = [r for r in best if r[0] < last] + [r for r in rows if r[0] == last]
    best.sort(key=lambda r: (r[0], facts.newest[r[1]]))
    return [i for _, i in best[offset:offset + size]]


def _count(facts: Facts, rows: list) -> dict[str, list[tuple[str, int]]]:
    """Counts per facet value. One pass counts the (source, type, year, region) combinations,
    a few hundred, which are then added up per facet: half the time of a pass per facet."""
    ids = [i for _, i in rows]
    combos = Counter(map(facts.values.__getitem__, ids))
    counts = {name: Counter() for name in FACETS}
    for combo, n in combos.items():
        for name, value in zip(FACT_NAMES, combo):
            counts[name][value] += n
    counts["theme"] = Counter(t for themes in map(facts.themes.get, ids) if themes for t in themes)
    out = {}
    for name in FACETS:
        values = [(v, n) for v, n in counts[name].items() if v is not None]
        # Years newest first; everything else by count, the largest first.
        values.sort(key=(lambda v: -int(v[0])) if name == "annee" else (lambda v: (-v[1], v[0])))
        out[name] = values
    return out


_FACTS_CACHE: dict[tuple, Facts] = {}


def _facts(conn) -> Facts:
    """Facts of every document, read once per version of the database file."""
    path = _run(conn, "SELECT file FROM pragma_database_list WHERE name = 'main'").fetchone()[0]
    if not path:  # an in-memory database: small, never cached
        return _read_facts(conn)
    stat = os.stat(path)
    key = (path, stat.st_ino, stat.st_mtime_ns, stat.st_size)
    if key not in _FACTS_CACHE:
        for old in [k for k in _FACTS_CACHE if k[0] == path]:
            _FACTS_CACHE.pop(old, None)  # an older version of this file
        _FACTS_CACHE[key] = _read_facts(conn)
    return _FACTS_CACHE[key]


def _read_facts(conn) -> Facts:
    """The region is the one of the territory the document is about when the enrichment
    (db/enrich_schema.py) found one, else its source's; themes too come from the enrichment.
    Without those tables, facets do without."""
    columns = {r[0] for r in _run(conn,
        "SELECT m.name || '.' || p.name FROM sqlite_master m, pragma_table_info(m.name) p "
        "WHERE m.name IN ('document_themes', 'document_enrichment')")}
    source_regions = dict(_run(conn, "SELECT slug, region FROM sources").fetchall())
    regions = (dict(_run(conn, "SELECT document_id, region FROM document_enrichment "
                               "WHERE region IS NOT NULL").fetchall())
               if "document_enrichment.region" in columns else {})
    themes: dict[int, list[str]] = {}
    if "document_themes.theme" in columns:
        for doc_id, theme in _run(conn, "SELECT document_id, theme FROM document_themes"):
            themes.setdefault(doc_id, []).append(theme)
    index = _run(conn, "SELECT 1 FROM sqlite_master WHERE name = 'documents_search_facts'").fetchone()
    rows = _run(conn, "SELECT id, source, doc_type, year, date FROM documents "
                + ("INDEXED BY documents_search_facts" if index else "")).fetchall()
    return Facts(
        values={i: (source, doc_type, None if year is None else str(year),
                    regions.get(i) or source_regions.get(source))
                for i, source, doc_type, year, _ in rows},
        themes={i: tuple(t) for i, t in themes.items()},
        newest={r[0]: (r[4] is None, _negated(r[4] or ""), r[0]) for r in rows})


def _negated(date: str) -> tuple[int, ...]:
    """'2021-03-15' -> (-2021, -3, -15), '2021' -> (-2021, 0, 0): ascending order puts the
    newest first, and a date known to the year after the dated days of that year."""
    parts = [-int(p) for p in date.split("-") if p.isdigit()][:3]
    return tuple(parts + [0] * (3 - len(parts)))


def _hits(conn, ids: list[int], query: french.Query | None) -> list[Hit]:
    rows = {r[0]: r for r in _run(conn,
        "SELECT d.id, d.url, d.title, d.source, coalesce(s.name, d.source), d.doc_type, d.date, "
        "d.gone_since IS NOT NULL, d.summary, d.body FROM documents d "
        "LEFT JOIN sources s ON s.slug = d.source WHERE d.id IN (SELECT value FROM json_each(?))",
        [json.dumps(ids)])}
    return [_hit(conn, rows[i], query) for i in ids if i in rows]


def _hit(conn, row, query: french.Query | None) -> Hit:
    """A result with its snippet and best PDF page; without a query (feeds), neither."""
    doc_id, url, title, source, source_name, doc_type, date, gone, summary, body = row
    hit = Hit(doc_id, url, title or url, source, source_name, doc_type, date, bool(gone), [])
    if query is None:
        return hit
    text = "\n".join(t for t in (summary, body) if t)
    hit.snippet = french.snippet(text, query) if query else french.snippet(text[:400], query)
    pdf = _best_page(conn, doc_id, query) if query else None
    if pdf and not any(matched for _, matched in hit.snippet):
        hit.snippet = french.snippet(pdf["text"], query)
    if pdf:
        hit.pdf = {k: pdf[k] for k in ("url", "label", "page")}
    return hit


_FILES = """
SELECT df.url, df.label, p.sha256, min(p.rowid), max(p.rowid) FROM document_files df
  JOIN pages p ON p.sha256 = df.sha256 WHERE df.document_id = ? GROUP BY df.url
"""
# A file's pages are inserted together, so their rowids form a range: FTS5 seeks a rowid range
# in its doclists instead of reading every page that matches anywhere in the corpus.
_PAGES_IN_RANGE = """
SELECT rowid, bm25(pages_search, 1.0, 0.6) FROM pages_search
 WHERE pages_search MATCH ? AND rowid BETWEEN ? AND ?
"""


def _best_page(conn, doc_id: int, query: french.Query) -> dict | None:
    """The attached page that matches the most of the query's terms, if any."""
    match = french.any_term(query)
    candidates = []
    for url, label, sha256, low, high in _run(conn, _FILES, [doc_id]).fetchall():
        candidates += [(score, rowid, url, label, sha256)
                       for rowid, score in _run(conn, _PAGES_IN_RANGE, [match, low, high])]
    for _, rowid, url, label, sha256 in sorted(candidates):
        page = _run(conn, "SELECT page, text FROM pages WHERE rowid = ? AND sha256 = ?",
                    [rowid, sha256]).fetchone()
        if page:  # else a page of another file within the range
            return {"url": url, "label": label, "page": page[0], "text": page[1]}
    return None


def facet_labels(conn) -> dict[str, str]:
    """Source slug -> display name, for facet links."""
    return dict(_run(conn, "SELECT slug, coalesce(name, slug) FROM sources").fetchall())


def hits_as_documents(conn, hits: list[Hit]) -> list[dict]:
    """The documents rows of some hits, in their order: what db/feeds.py turns into items."""
    ids = [h.id for h in hits]
    rows = {r[0]: r for r in _run(conn,
        "SELECT id, source, url, title, doc_type, date, summary, body, tags, authors, lang "
        "FROM documents WHERE id IN (SELECT value FROM json_each(?))", [json.dumps(ids)])}
    keys = ("id", "source", "url", "title", "doc_type", "date", "summary", "body", "tags", "authors", "lang")
    return [dict(zip(keys, rows[i])) for i in ids if i in rows]
