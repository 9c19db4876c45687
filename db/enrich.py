"""Enrichment: what the machine adds to each document, kept apart from what the sources said.

Themes (reference/themes.yml), territories (reference/gazetteer/), language, near-duplicates,
and a point on the map. Everything lives in tables of its own, each row naming the rule or
model and version that made it, so a documentalist can tell it from the source's metadata and
correct the rules. `enrich(db)` runs at every build, after ingestion: a document is enriched
again only when its content, its files' text, its source's region or a rule changed (its
fingerprint), and running it twice gives the same rows.
"""

import hashlib
import json
import time
from dataclasses import dataclass
from pathlib import Path

from db import enrich_dupes, enrich_gazetteer, enrich_lang, enrich_places, enrich_themes

FILES_CHARS = 200_000  # characters of attached files read per document: enough for a long report
SAME_FILE, SAME_TEXT, SAME_TITLE = "même fichier", "texte presque identique", "même titre"


@dataclass
class EnrichSummary:
    documents: int = 0
    enriched: int = 0
    pages: int = 0
    duplicate_pairs: int = 0
    seconds: float = 0.0


def enrich(db) -> EnrichSummary:
    started = time.perf_counter()
    vocab, gaz = enrich_themes.load(), enrich_gazetteer.load()
    version = rule_version(vocab, gaz)
    regions = {r["slug"]: sorted(enrich_gazetteer.regions_of(r["region"], gaz))
               for r in db.query("select slug, region from sources")}
    summary = EnrichSummary()
    with db.atomic():
        for doc_id, fingerprint in _stale(db, version, regions, summary):
            doc = next(db.query("select * from documents where id = ?", [doc_id]))
            save_document(db, doc, _files_text(db, doc_id), fingerprint, version,
                          set(regions.get(doc["source"], ())), vocab, gaz)
            summary.enriched += 1
        _drop_orphans(db)
        summary.pages = label_pages(db)
        summary.duplicate_pairs = save_duplicates(db)
    summary.seconds = round(time.perf_counter() - started, 2)
    return summary


def rule_version(vocab, gaz) -> str:
    return (f"thèmes {vocab.version} ; lieux {places_rule(gaz)} ; langue {enrich_lang.RULE} ; "
            f"doublons {enrich_dupes.RULE}")


def places_rule(gaz) -> str:
    return f"{enrich_places.RULE}, {gaz.version}"


def _code_hash() -> str:
    """The enrichment's own code: a change to a rule re-enriches everything even when nobody
    bumped its version."""
    folder = Path(__file__).parent
    code = b"".join(p.read_bytes() for p in sorted(folder.glob("enrich*.py")))
    return hashlib.sha256(code).hexdigest()[:12]


def _stale(db, version: str, regions: dict, summary: EnrichSummary):
    """(id, fingerprint) of the documents whose inputs changed since their enrichment."""
    files: dict[int, list] = {}
    for row in db.execute("select df.document_id, df.sha256, f.extracted_at from document_files df "
                          "join files f on f.sha256 = df.sha256 order by df.document_id, df.sha256"):
        files.setdefault(row[0], []).append(row[1:])
    stored = dict(db.execute("select document_id, fingerprint from document_enrichment").fetchall())
    code = _code_hash()
    docs = db.execute("select id, source, content_hash, latitude, longitude from documents "
                      "order by id").fetchall()
    summary.documents = len(docs)
    for doc_id, source, content_hash, lat, lon in docs:
        state = [version, code, content_hash, lat, lon, regions.get(source), files.get(doc_id, [])]
        fingerprint = hashlib.sha256(json.dumps(state, default=str).encode()).hexdigest()[:16]
        if stored.get(doc_id) != fingerprint:
            yield doc_id, fingerprint


def _files_text(db, doc_id: int) -> str:
    parts, size = [], 0
    for (text,) in db.execute("select p.text from document_files df join pages p on p.sha256 = df.sha256 "
                              "where df.document_id = ? order by df.url, p.page", [doc_id]):
        parts.append(text or "")
        size += len(text or "")
        if size >= FILES_CHARS:
            break
    return "\n".join(parts)[:FILES_CHARS]


# ---------- one document ----------
def save_document(db, doc: dict, files_text: str, fingerprint: str, version: str,
                  source_regions: set[str], vocab, gaz) -> None:
    doc_id = doc["id"]
    tags = ". ".join(json.loads(doc["tags"] or "[]"))
    page_text = "\n".join(t for t in (doc["title"], doc["summary"], doc["body"]) if t)
    themes = enrich_themes.assign({"title": doc["title"], "tags": tags, "summary": doc["summary"],
                                   "body": doc["body"], "files": files_text}, vocab)
    places = enrich_places.collect({"titre": doc["title"] or "", "mots-clés": tags,
                                    "résumé": doc["summary"] or "", "texte": doc["body"] or "",
                                    "fichiers": files_text}, gaz, source_regions)
    lang, lang_score = enrich_lang.detect(page_text if enrich_lang.enough_text(page_text) else files_text)
    _replace(db, "document_themes", doc_id, [
        {"document_id": doc_id, "theme": t.theme, "score": t.score, "rule": vocab.version,
         "evidence": json.dumps(t.evidence, ensure_ascii=False)} for t in themes])
    _replace(db, "document_places", doc_id, [_place_row(doc_id, f, gaz) for f in places])
    db["document_enrichment"].upsert({
        "document_id": doc_id, "themes": json.dumps([t.theme for t in themes], ensure_ascii=False),
        "main_theme": themes[0].theme if themes else None, **_territories(places, gaz),
        **_location(doc, places), "lang": lang, "lang_score": lang_score,
        "fingerprint": fingerprint, "rule_version": version,
    }, pk="document_id")
    _save_signature(db, doc_id, enrich_dupes.signature(page_text))


def _replace(db, table: str, doc_id: int, rows: list[dict]) -> None:
    db.execute(f"delete from {table} where document_id = ?", [doc_id])
    if rows:  # plain executemany: sqlite-utils' insert_all costs more than the enrichment here
        columns = list(rows[0])
        db.conn.executemany(f"insert or ignore into {table} ({', '.join(columns)}) values "
                            f"({', '.join('?' * len(columns))})", [list(r.values()) for r in rows])


def _place_row(doc_id: int, found, gaz) -> dict:
    p = found.place
    dept = gaz.departements.get(p.departement)
    region = gaz.regions.get(p.region)
    return {"document_id": doc_id, "kind": p.kind, "code": p.code, "name": p.name,
            "departement": dept.label if dept else None, "region": region.name if region else None,
            "latitude": p.latitude, "longitude": p.longitude, "score": found.score,
            "mentions": found.mentions, "evidence": found.evidence, "rule": places_rule(gaz)}


def _territories(places: list, gaz) -> dict:
    """Facet-friendly lists: the communes, and every département and région named or implied."""
    located = [f.place for f in places if f.place.kind != "qpv"]
    depts = {p.departement for p in located if p.kind != "region"}
    regions = {p.region for p in located}
    main = _main(places)
    return {
        "communes": _json_list(p.label for p in located if p.kind == "commune"),
        "departements": _json_list(gaz.departements[d].label for d in sorted(depts) if d in gaz.departements),
        "regions": _json_list(gaz.regions[r].name for r in sorted(regions) if r in gaz.regions),
        "region": gaz.regions[main.region].name if main and main.region in gaz.regions else None,
        "place": main.label if main else None,
    }


def _json_list(values) -> str | None:
    values = list(dict.fromkeys(values))
    return json.dumps(values, ensure_ascii=False) if values else None


_KIND_RANK = {"commune": 0, "departement": 1, "region": 2}


def _main(places: list):
    """The place a document is about: named in its title, then the best score, then a commune
    before a wider territory."""
    located = [f for f in places if f.place.kind in _KIND_RANK]
    if not located:
        return None
    return min(located, key=lambda f: (not f.in_title, -f.score, _KIND_RANK[f.place.kind],
                                       -f.mentions)).place


def _location(doc: dict, places: list) -> dict:
    if doc["latitude"] is not None and doc["longitude"] is not None:
        return {"latitude": doc["latitude"], "longitude": doc["longitude"], "located_by": "source"}
    main = _main(places)
    if main and main.latitude is not None:
        return {"latitude": main.latitude, "longitude": main.longitude, "located_by": main.kind}
    return {"latitude": None, "longitude": None, "located_by": None}


def _save_signature(db, doc_id: int, blob: bytes | None) -> None:
    if blob is None:
        db.execute("delete from enrichment_signatures where document_id = ?", [doc_id])
    else:
        db["enrichment_signatures"].upsert({"document_id": doc_id, "minhash": blob}, pk="document_id")


def _drop_orphans(db) -> None:
    for table in ("document_enrichment", "document_themes", "document_places", "enrichment_signatures"):
        db.execute(f"delete from {table} where document_id not in (select id from documents)")


# ---------- pages ----------
def label_pages(db) -> int:
    """Language of every page that has none yet (pages.lang is left to the extractor when it
    knows); returns how many pages got one."""
    updates = []
    for sha256, page, text in db.execute("select sha256, page, text from pages "
                                         "where lang is null and chars >= ?", [enrich_lang.MIN_LETTERS]):
        lang, _ = enrich_lang.detect(text)
        if lang:
            updates.append((lang, sha256, page))
    db.conn.executemany("update pages set lang = ? where sha256 = ? and page = ?", updates)
    return len(updates)


# ---------- duplicates ----------
def save_duplicates(db) -> int:
    """Rewrite document_duplicates (both directions) and the documents' duplicate_group: one
    group per publication found twice by its text or its title. A shared PDF is listed, and
    groups only the documents whose titles name it (enrich_dupes.same_publication_pairs): a news
    item linking a guide is not the guide. Returns the pairs grouped."""
    docs = {row[0]: (row[1], row[2]) for row in db.execute(
        "select s.document_id, d.source, s.minhash from enrichment_signatures s "
        "join documents d on d.id = s.document_id")}
    near = enrich_dupes.similar_pairs(docs)
    titled = [(a, b, 1.0) for a, b in enrich_dupes.same_title_pairs(
        {row[0]: (row[1], row[2]) for row in db.execute("select id, source, title from documents")})]
    rows = _both_ways(near, SAME_TEXT, enrich_dupes.RULE)
    rows += _both_ways(titled, SAME_TITLE, f"titre identique d'au moins {enrich_dupes.TITLE_WORDS} mots, "
                                           "sources différentes")
    rows += [{"document_id": a, "other_id": b, "reason": SAME_FILE, "similarity": 1.0, "sha256": sha,
              "rule": "sha256 du fichier"} for a, b, sha in db.execute(
        "select distinct a.document_id, b.document_id, a.sha256 from document_files a "
        "join document_files b on b.sha256 = a.sha256 and b.document_id != a.document_id "
        "order by 1, 2, 3")]
    published = [(a, b, 1.0) for a, b in enrich_dupes.same_publication_pairs(db.execute(
        "select a.document_id, b.document_id, da.title, db.title, f.title from document_files a "
        "join document_files b on b.sha256 = a.sha256 and b.document_id > a.document_id "
        "join documents da on da.id = a.document_id join documents db on db.id = b.document_id "
        "join files f on f.sha256 = a.sha256").fetchall())]
    db.execute("delete from document_duplicates")
    db["document_duplicates"].insert_all(rows, pk=("document_id", "other_id", "reason"), ignore=True)
    _save_groups(db, enrich_dupes.groups(near + titled + published))
    return len(near) + len(titled) + len(published)


def _both_ways(pairs, reason: str, rule: str) -> list[dict]:
    return [{"document_id": x, "other_id": y, "reason": reason, "similarity": sim, "sha256": None,
             "rule": rule} for a, b, sim in pairs for x, y in ((a, b), (b, a))]


def _save_groups(db, group_of: dict[int, int]) -> None:
    db.execute("update document_enrichment set duplicate_group = null where duplicate_group is not null")
    db.conn.executemany("update document_enrichment set duplicate_group = ? where document_id = ?",
                   [(group, doc_id) for doc_id, group in sorted(group_of.items())])
