"""Full-text search: the indexes the build writes, and the ranked French search that reads them.

Four FTS5 tables, all rebuilt whole at every build:
- `documents_fts(title, summary, body, attachments)`, rowid = documents.id: Datasette's own
  table search (`fts_table` in metadata.yml), plain words, `unicode61 remove_diacritics 2`.
- `pages_fts` on pages(text): sqlite-utils' FTS, Datasette's search of PDF pages.
- `documents_search`, rowid = documents.id, and `pages_search`, rowid = pages.rowid: the French
  search of plugins/crpv_search.py. Each holds the plain words (phrases, prefixes) and, in
  `*_stem` columns, the marked Snowball stems of extract/french/stems.py (words of one family), so
  one MATCH without column filters answers a whole query (french.to_match); the stem columns
  end with one token per acronym the text writes, as an acronym or written out (`ǂǂqpv`,
  extract/french/acronyms.py, the list version in `search_index`). They are
  contentless (`content=''`): only the index is stored, the text stays in documents and pages;
  snippets are cut in Python (french.snippet), which also highlights `commerçant` for
  `commerces`, something FTS5's snippet() cannot do over a stem column.
"""

import heapq
import json
import os
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import paths
from db import search_copies
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


ACRONYMS = paths.ROOT / "reference" / "acronymes.yml"


@lru_cache(maxsize=1)
def acronyms() -> french.Acronyms:
    """The reviewed list of acronyms (reference/acronymes.yml), read once per process."""
    return french.load_acronyms(ACRONYMS)


def register_functions(conn) -> None:
    """SQL functions of the French search, on a build or a Datasette connection.

    crpv_stem(text): the stemmed view of a text. crpv_match(query [, table]): the MATCH
    expression of a user's query, for documents_search (or, with 'pages_search', for PDF pages,
    which have no title: `titre:` is dropped); '' when it has no word. crpv_exclude(query): for
    a query of exclusions only (`-vidéo`), the MATCH expression of the documents it leaves out.
    """
    indexed = indexed_acronyms(conn) == acronyms().version
    conn.create_function("crpv_stem", 1, french.stem_text_with(acronyms()), deterministic=True)
    conn.create_function("crpv_match", -1, lambda text, table="documents_search":
                         match_expression(text, table, indexed), deterministic=True)
    conn.create_function("crpv_exclude", 1, lambda text: exclude_expression(text, indexed),
                         deterministic=True)


def indexed_acronyms(conn) -> str | None:
    """The version of the acronym list the index was built with (None: none, or no index)."""
    try:
        row = _run(conn, "SELECT value FROM search_index WHERE name = 'acronymes'").fetchone()
    except sqlite3.OperationalError:  # a database without the table
        return None
    return row[0] if row else None


def _parsed(text: str | None, indexed: bool = False) -> french.Query:
    return french.expand(french.parse(text or ""), acronyms(), indexed)[0]


def match_expression(text: str | None, table: str = "documents_search", indexed: bool = False) -> str:
    return french.to_match(_parsed(text, indexed), columns=table != "pages_search")


def exclude_expression(text: str | None, indexed: bool = False) -> str:
    return french.exclusion(_parsed(text, indexed))


def rebuild(db) -> None:
    register_functions(db.conn)
    for name, create, fill in [("documents_fts", DOCUMENTS_FTS, FILL_DOCUMENTS_FTS),
                               ("documents_search", DOCUMENTS_SEARCH, FILL_DOCUMENTS_SEARCH),
                               ("pages_search", PAGES_SEARCH, FILL_PAGES_SEARCH)]:
        db.execute(f"DROP TABLE IF EXISTS {name}")
        db.execute(create)
        db.execute(fill)
    # The acronyms' tokens in the index are those of this version of the list (acronyms.py).
    db["search_index"].insert({"name": "acronymes", "value": acronyms().version}, pk="name", replace=True)
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
    also: list[dict] = field(default_factory=list)  # the same publication elsewhere: {"id", "source_name"}


@dataclass
class Suggestion:
    """Another query to try when one finds nothing, with what it finds."""
    q: str
    total: int
    why: str  # "orthographe", "sans guillemets", "un des mots", "sans filtres"
    filters: bool = True  # False: the same query without the filters


@dataclass
class Results:
    total: int  # publications: the documents of a duplicate group count once
    hits: list[Hit]
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    suggestions: list[Suggestion] = field(default_factory=list)
    expansions: list[tuple[str, list[str]]] = field(default_factory=list)  # acronyms: see french.expand


FACT_NAMES = ("source", "type", "annee", "region")


@dataclass
class Facts:
    """What filters, facets and ordering read of every document."""
    values: dict[int, tuple]  # id -> (source, type, annee, region), in FACT_NAMES order
    themes: dict[int, tuple[str, ...]]
    newest: dict[int, tuple]  # sorts the newest first, undated last
    # Duplicate groups (db/enrich.py): document -> its group's members, the best copy first
    # (db/search_copies.py); only documents that have copies.
    copies: dict[int, tuple[int, ...]] = field(default_factory=dict)
    rank: dict[int, int] = field(default_factory=dict)  # a document's place in its group
    acronyms: str | None = None  # the version of the acronym list the index holds


FACETS = ("source", "region", "theme", "type", "annee")


def find(conn, text: str, filters: dict | None = None, page: int = 1, per_page: int = 20,
         with_facets: bool = True, newest_first: bool = False, with_snippets: bool = True,
         with_suggestions: bool = True, collapse: bool = True) -> Results:
    """Documents for a user's query and filters: the most relevant first (bm25, then the most
    recent), or the newest first when asked or when the query has no words.

    SQLite matches and scores (one MATCH); filters, facet counts and the page's order are done
    in Python over the cached facts of every document: on 100,000 matches, 203 ms for the
    whole search against 295 ms when SQL materialised, joined and grouped them (measured, see
    benchmarks/README.md). A query of exclusions only (`-vidéo`) lists every other document;
    one that finds nothing comes with suggestions (see suggest). Acronyms and their written-out
    forms are searched together (reference/acronymes.yml). The copies of one publication are
    one hit (db/search_copies.py); `collapse=False` lists every document matched.
    """
    facts = _facts(conn)
    query, expansions = french.expand(french.parse(text or ""), acronyms(),
                                      indexed=facts.acronyms == acronyms().version)
    expression = french.to_match(query)
    by_date = newest_first or not expression
    if expression:
        score = "0" if by_date else f"bm25(documents_search, {', '.join(map(str, WEIGHTS))})"
        rows = _run(conn, f"SELECT {score}, rowid FROM documents_search "
                          "WHERE documents_search MATCH ?", [expression]).fetchall()
    else:
        excluded = _matching(conn, french.exclusion(query)) if query.exclusions else set()
        rows = [(0, i) for i in facts.newest if i not in excluded]
    wanted = {k: str(v) for k, v in (filters or {}).items() if v not in (None, "") and k in FACETS}
    unfiltered = len(rows)
    rows = _filtered(facts, rows, wanted)
    rows, others = search_copies.collapse(facts, rows) if collapse else (rows, {})
    offset = (max(page, 1) - 1) * per_page
    if by_date:
        ids = _newest(facts, rows, offset, per_page)
    else:
        ids = _most_relevant(conn, facts, rows, offset, per_page, french.proximity(query))
    hits = _hits(conn, ids, query if with_snippets else None, facts if collapse else None)
    results = Results(len(rows), hits, _count(facts, rows, others) if with_facets else {},
                      expansions=expansions)
    if not rows and query and with_suggestions:
        results.suggestions = suggest(conn, query, wanted, unfiltered)
    return results


def _matching(conn, expression: str) -> set[int]:
    return {r[0] for r in _run(conn, "SELECT rowid FROM documents_search WHERE documents_search "
                                     "MATCH ?", [expression])}


# Words of a query found near each other (french.proximity) multiply the document's score by
# PROXIMITY: among all matches when there are few, among the best RERANKED when there are many.
# FTS5 checks NEAR either by reading the positions of every match (about 5 ms for 10,000,
# measured) or document by document through rowid lookups (about 30 µs each): a broad query
# pays at most about 1.5 ms more.
PROXIMITY = 2.0
NEAR_SCAN = 3000
RERANKED = 50


def _most_relevant(conn, facts: Facts, rows: list, offset: int, size: int, near: str) -> list[int]:
    """Ids of one page of (score, id) rows, the best score first (ties: the newest first)."""
    if near and 1 < len(rows) <= NEAR_SCAN:
        together = _matching(conn, near)
        rows = [(s * PROXIMITY, i) if i in together else (s, i) for s, i in rows]
    reranked = RERANKED if near and len(rows) > NEAR_SCAN else 0
    best = _best(facts, rows, max(offset + size, reranked))
    if reranked:
        head = [i for _, i in best[:reranked]]
        together = {r[0] for r in _run(
            conn, "SELECT rowid FROM documents_search WHERE documents_search MATCH ? "
                  "AND rowid IN (SELECT value FROM json_each(?))", [near, json.dumps(head)])}
        best = sorted(((s * PROXIMITY, i) if i in together else (s, i) for s, i in best[:reranked]),
                      key=lambda r: (r[0], facts.newest[r[1]])) + best[reranked:]
    return [i for _, i in best[offset:offset + size]]


# ---------- suggestions ----------
def suggest(conn, query: french.Query, filters: dict, unfiltered: int) -> list[Suggestion]:
    """Queries to try when one finds nothing, each with what it finds: unknown words respelled
    after the corpus's own words (one or two letters off), the phrase without quotes, any of the
    words rather than all, the same query without the filters. Accents and case never matter,
    so no suggestion is about them."""
    out: list[Suggestion] = []
    tried = {french.unparse(query)}

    def add(text: str | None, why: str) -> None:
        if text and text not in tried:
            tried.add(text)
            total = find(conn, text, filters, per_page=0, with_facets=False, with_snippets=False,
                         with_suggestions=False).total
            if total:
                out.append(Suggestion(text, total, why))

    respelled = _respelled(conn, query)
    add(respelled and french.unparse(respelled), "orthographe")
    if any(t.kind == "phrase" for t in query.terms):
        add(french.unparse(query, quotes=False), "sans guillemets")
    if len(query.clauses) == 1 and len(query.terms) > 1:
        add(french.any_word(query), "un des mots")
    if filters and unfiltered:
        out.append(Suggestion(french.unparse(query), unfiltered, "sans filtres", filters=False))
    return out


MAX_RESPELLED = 3  # words respelled in one query


def _respelled(conn, query: french.Query) -> french.Query | None:
    """The query with each word the corpus does not hold replaced by its closest word there."""
    clauses, changed = [], 0
    for clause in query.clauses:
        terms = []
        for term in clause:
            closest = changed < MAX_RESPELLED and _unknown(conn, term) and _closest(conn, term.tokens[0])
            if closest:
                term = french.Term("word", [closest], False, _as_written(conn, closest), term.column)
                changed += 1
            terms.append(term)
        clauses.append(terms)
    return french.Query(clauses) if changed else None


def _unknown(conn, term: french.Term) -> bool:
    """A word of letters the index does not hold (in any of its forms)."""
    word = term.tokens[0]
    return (term.kind == "word" and not term.negated and word.isalpha()
            and len(word) in french.RESPELLED_LENGTHS
            and not _run(conn, "SELECT 1 FROM documents_search WHERE documents_search MATCH ? "
                               "LIMIT 1", [french.to_match(french.Query([[term]]))]).fetchone())


def _closest(conn, word: str) -> str | None:
    """The corpus's word one letter off (the most frequent), else two letters off with the same
    first four letters; read from the index's own vocabulary (fts5vocab, documents in `doc`)."""
    _run(conn, "CREATE VIRTUAL TABLE IF NOT EXISTS temp.crpv_vocabulary "
               "USING fts5vocab(main, documents_search, row)")
    found = dict(_run(conn, "SELECT term, doc FROM temp.crpv_vocabulary WHERE term IN "
                            "(SELECT value FROM json_each(?))", [json.dumps(sorted(french.edits(word)))]))
    if found:
        return max(sorted(found), key=found.get)
    if len(word) < 6:
        return None
    start = word[:4]
    close = [(french.distance(word, term), -docs, term) for term, docs in _run(
        conn, "SELECT term, doc FROM temp.crpv_vocabulary WHERE term >= ? AND term < ?",
        [start, start[:-1] + chr(ord(start[-1]) + 1)])]
    close = [c for c in close if c[0] <= 2]
    return min(close)[2] if close else None


def _as_written(conn, folded: str) -> str:
    """A folded word as a document writes it, accents included (`developpement` ->
    `développement`); the folded word when only a PDF has it."""
    rows = _run(conn, "SELECT d.title, d.summary, substr(d.body, 1, 20000) FROM documents d WHERE "
                      "d.id IN (SELECT rowid FROM documents_search WHERE documents_search MATCH ? "
                      "LIMIT 5)", [f'"{folded}"'])
    written = {word.lower() for row in rows for text in row for word in french.words(text or "")
               if french.fold(word) == folded}
    return min(written - {folded}, default=folded)  # accented if any (URLs write none)


def _filtered(facts: Facts, rows: list, wanted: dict[str, str]) -> list:
    for name, value in wanted.items():
        if name == "theme":
            rows = [r for r in rows if value in facts.themes.get(r[1], ())]
        else:
            k, values = FACT_NAMES.index(name), facts.values
            rows = [r for r in rows if values[r[1]][k] == value]
    return rows


def _newest(facts: Facts, rows: list, offset: int, size: int) -> list[int]:
    """Ids of one page of (score, id) rows, the newest first."""
    best = heapq.nsmallest(offset + size, rows, key=lambda r: facts.newest[r[1]])
    return [i for _, i in best[offset:]]


def _best(facts: Facts, rows: list, n: int) -> list:
    """The n best (score, id) rows, by score then newest first. The heap compares plain tuples
    (fast), then the rows tied with the last one kept are added back before ordering by date."""
    best = heapq.nsmallest(n, rows)
    if best:
        last = best[-1][0]
        best = [r for r in best if r[0] < last] + [r for r in rows if r[0] == last]
    best.sort(key=lambda r: (r[0], facts.newest[r[1]]))
    return best[:n]


def _count(facts: Facts, rows: list, others: dict[int, list[int]] | None = None
           ) -> dict[str, list[tuple[str, int]]]:
    """Counts per facet value. One pass counts the (source, type, year, region) combinations,
    a few hundred, which are then added up per facet: half the time of a pass per facet.
    A publication whose matching copies (`others`, search_copies.collapse) differ counts once under
    each of their values: a facet's count is what its link finds."""
    ids = [i for _, i in rows]
    combos = Counter(map(facts.values.__getitem__, ids))
    counts = {name: Counter() for name in FACETS}
    for combo, n in combos.items():
        for name, value in zip(FACT_NAMES, combo):
            counts[name][value] += n
    counts["theme"] = Counter(t for themes in map(facts.themes.get, ids) if themes for t in themes)
    for shown, more in (others or {}).items():
        search_copies.count_copies(facts, counts, [shown] + more, FACT_NAMES)
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
    copies = search_copies.groups(conn) if "document_enrichment.duplicate_group" in columns else []
    return Facts(
        values={i: (source, doc_type, None if year is None else str(year),
                    regions.get(i) or source_regions.get(source))
                for i, source, doc_type, year, _ in rows},
        themes={i: tuple(t) for i, t in themes.items()},
        newest={r[0]: (r[4] is None, _negated(r[4] or ""), r[0]) for r in rows},
        copies={i: group for group in copies for i in group},
        rank={i: k for group in copies for k, i in enumerate(group)},
        acronyms=indexed_acronyms(conn))


def _negated(date: str) -> tuple[int, ...]:
    """'2021-03-15' -> (-2021, -3, -15), '2021' -> (-2021, 0, 0): ascending order puts the
    newest first, and a date known to the year after the dated days of that year."""
    parts = [-int(p) for p in date.split("-") if p.isdigit()][:3]
    return tuple(parts + [0] * (3 - len(parts)))


def _hits(conn, ids: list[int], query: french.Query | None, facts: Facts | None = None) -> list[Hit]:
    rows = {r[0]: r for r in _run(conn,
        "SELECT d.id, d.url, d.title, d.source, coalesce(s.name, d.source), d.doc_type, d.date, "
        "d.gone_since IS NOT NULL, d.summary, d.body, d.tags FROM documents d "
        "LEFT JOIN sources s ON s.slug = d.source WHERE d.id IN (SELECT value FROM json_each(?))",
        [json.dumps(ids)])}
    hits = [_hit(conn, rows[i], query) for i in ids if i in rows]
    if facts and facts.copies:
        search_copies.name_copies(conn, facts, hits)
    return hits


def _hit(conn, row, query: french.Query | None) -> Hit:
    """A result with its snippet and best PDF page; without a query (feeds), neither."""
    doc_id, url, title, source, source_name, doc_type, date, gone, summary, body, tags = row
    hit = Hit(doc_id, url, title or url, source, source_name, doc_type, date, bool(gone), [])
    if query is None:
        return hit
    labels = [title, doc_type, source_name, *_tags(tags)]
    hit.snippet = french.readable_snippet("\n".join(t for t in (summary, body) if t), query, labels)
    pdf = _best_page(conn, doc_id, query) if query else None
    if pdf and not any(matched for _, matched in hit.snippet):
        hit.snippet = french.readable_snippet(pdf["text"], query, labels)
    if pdf:
        hit.pdf = {k: pdf[k] for k in ("url", "label", "page")}
    return hit


def _tags(tags: str | None) -> list[str]:
    """The source's own keywords (a JSON list): labels a snippet leaves out when alone on a line."""
    try:
        found = json.loads(tags or "[]")
    except ValueError:
        return []
    return [t for t in found if isinstance(t, str)] if isinstance(found, list) else []


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
