"""The copies of one publication in search results: one hit, the best copy first, the others
named ("aussi publié par").

The copies are the enrichment's duplicate groups (db/enrich.py: document_enrichment.
duplicate_group). db/search.py reads the groups once per version of the database (`groups`, in
its cached facts), folds the matching copies of a group into one row (`collapse`), counts a
group once per facet value of its copies (`count_copies`) and names a hit's other copies
(`name_copies`).
"""

import json
from collections import Counter
from operator import itemgetter

_ID = itemgetter(1)  # of a (score, id) row


def _run(conn, sql: str, params=()):
    cursor = conn.cursor()
    cursor.row_factory = None  # plain tuples, also on Datasette's connections (sqlite3.Row)
    return cursor.execute(sql, params)


# Which copy of a publication a search shows, the others being named beside it ("aussi publié
# par"), in this order:
# - one still online before one gone from its site (its link works);
# - one with a file whose text was extracted (the publication itself, readable and searchable
#   to the page) before a notice about it (a catalogue record, a map point);
# - the earliest publication date, the most precise first within a year or month (the original
#   publisher rather than the sites that relayed it, and the fullest metadata);
# - the longest known (first_seen, to the day: documents of one crawl are seen seconds apart);
# - the fullest text; then the smallest id, so that the choice never changes by chance.
_COPIES = """
SELECT e.duplicate_group, d.id, d.gone_since IS NOT NULL,
       NOT EXISTS (SELECT 1 FROM document_files df JOIN files f ON f.sha256 = df.sha256
                    WHERE df.document_id = d.id AND f.text_chars > 0),
       coalesce(d.date, ''), substr(coalesce(d.first_seen, ''), 1, 10), length(d.body)
  FROM document_enrichment e JOIN documents d ON d.id = e.document_id
 WHERE e.duplicate_group IS NOT NULL
"""


def groups(conn) -> list[tuple[int, ...]]:
    """The members of every duplicate group, the copy to show first."""
    groups: dict[int, list] = {}
    for group, doc_id, gone, no_text, date, seen, length in _run(conn, _COPIES):
        key = (gone, no_text, _earliest(date), seen, -(length or 0), doc_id)
        groups.setdefault(group, []).append(key)
    return [tuple(k[-1] for k in sorted(keys)) for keys in groups.values() if len(keys) > 1]


def _earliest(date: str) -> tuple[int, ...]:
    """'2019-10-15' -> (2019, 10, 15); '2019' -> (2019, 99, 99): earlier first, a precise date
    before a vaguer one of the same year; undated last."""
    parts = [int(p) for p in date.split("-") if p.isdigit()][:3]
    return tuple(parts + [99] * (3 - len(parts))) if parts else (9999, 99, 99)


def collapse(facts, rows: list) -> tuple[list, dict[int, list[int]]]:
    """One (score, id) row per publication: of the copies of a duplicate group that match, the
    best one (facts.rank) keeps its row, the others leave. Also returns, for each group kept,
    its other matching copies (the facets count a group under each of their values).
    Set operations in C, a loop over the groups matched, one pass over the rows: 15 ms for
    100,000 rows with 12% in groups of three, where the first version (which gave the shown
    copy the best score of any) took 53 ms (minimum of 9 runs each, interleaved)."""
    copies = facts.copies
    matched = copies.keys() & set(map(_ID, rows))
    if not matched:
        return rows, {}
    others: dict[int, list[int]] = {}
    dropped: set[int] = set()
    for group in {copies[i] for i in matched}:
        present = [i for i in group if i in matched]  # the best copy first
        if len(present) > 1:
            others[present[0]] = present[1:]
            dropped.update(present[1:])
    return ([r for r in rows if r[1] not in dropped] if dropped else rows), others


def count_copies(facts, counts: dict[str, Counter], members: list[int], names: tuple[str, ...]) -> None:
    """Add the values of a group's other copies that its shown copy (counted) lacks."""
    for k, name in enumerate(names):
        for value in {facts.values[i][k] for i in members[1:]} - {facts.values[members[0]][k]}:
            counts[name][value] += 1
    shown_themes = set(facts.themes.get(members[0], ()))
    for theme in {t for i in members[1:] for t in facts.themes.get(i, ())} - shown_themes:
        counts["theme"][theme] += 1


def name_copies(conn, facts, hits: list) -> None:
    """Each hit's other copies (all of its group's, matching or not), best first, by centre."""
    others = {h.id: [i for i in facts.copies.get(h.id, ()) if i != h.id] for h in hits}
    names = dict(_run(conn, "SELECT d.id, coalesce(s.name, d.source) FROM documents d "
                            "LEFT JOIN sources s ON s.slug = d.source "
                            "WHERE d.id IN (SELECT value FROM json_each(?))",
                      [json.dumps([i for ids in others.values() for i in ids])]).fetchall())
    for hit in hits:
        hit.also = [{"id": i, "source_name": names[i]} for i in others[hit.id] if i in names]
