"""The record (notice) of one document: everything the corpus knows about it, as plain data.

One view shared by the record page (plugins/crpv_record.py) and whatever later describes a
document to other tools (citations, exports, OAI-PMH): plain dicts, lists, strings and numbers,
no markup, no database objects. Dates stay as stored (ISO, at their precision) beside their
French label; the caller decides what to show.

Kept copies (`/fichier/<sha256>`) follow a serving policy, `copies_policy()`: `all` offers
every stored file, `gone` (the default) only the files whose original is gone or failing,
`none` nothing.
"""

import json
import os
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from db import search
from db.history import history
from extract import french
from extract.french.highlight import matches
from extract.french.stems import STEM_MARK

COPIES = ("all", "gone", "none")
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre")
LANGUAGES = {"fr": "français", "en": "anglais", "de": "allemand", "es": "espagnol", "it": "italien",
             "pt": "portugais", "ar": "arabe", "nl": "néerlandais", "br": "breton", "oc": "occitan"}
SIMILAR = 5  # "documents proches" shown
RARE_TERMS = 12  # rare words of a document that make its "more like this" query
MAX_ALIAS_HOPS = 5


def copies_policy(value: str | None = None) -> str:
    """The kept-copies policy: the given one, else $CRPV_COPIES, else `gone`."""
    policy = (value or os.environ.get("CRPV_COPIES") or "gone").strip().lower()
    if policy not in COPIES:
        raise ValueError(f"CRPV_COPIES={policy!r}: expected one of {', '.join(COPIES)}")
    return policy


def _rows(conn, sql: str, params=()) -> list[dict]:
    cursor = conn.cursor()
    cursor.row_factory = None  # plain tuples, also on Datasette's connections (sqlite3.Row)
    cursor.execute(sql, params)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def _table_exists(conn, name: str) -> bool:
    return bool(_rows(conn, "select 1 as x from sqlite_master where name = ?", [name]))


def current_id(conn, doc_id: int) -> int | None:
    """The id of the record to show for doc_id: itself when it is a live document, the
    document it became when its URL changed (document_aliases), itself when gone with no
    successor; None when the corpus never held it."""
    seen = [doc_id]
    while len(seen) <= MAX_ALIAS_HOPS:
        row = _rows(conn, "select gone_since from documents where id = ?", [seen[-1]])
        if row and row[0]["gone_since"] is None:
            return seen[-1]
        nxt = (_rows(conn, "select document_id from document_aliases where old_id = ?", [seen[-1]])
               if _table_exists(conn, "document_aliases") else [])
        if not nxt or nxt[0]["document_id"] in seen:
            break
        seen.append(nxt[0]["document_id"])
    held = [i for i in seen if _rows(conn, "select 1 as x from documents where id = ?", [i])]
    return held[-1] if held else None


def document_record(conn, doc_id: int, files_dir: Path | None = None, query: str = "",
                    copies: str | None = None) -> dict | None:
    """Everything about one document, or None when the corpus has no document of that id.

    files_dir: where kept copies are stored (data/files); query: a search the reader came
    from, whose matching PDF pages and highlighted words the record then carries."""
    found = _rows(conn, "select d.*, s.name as source_name, s.region as source_region, "
                        "s.homepage as source_homepage from documents d "
                        "left join sources s on s.slug = d.source where d.id = ?", [doc_id])
    if not found:
        return None
    doc = found[0]
    policy = copies_policy(copies)
    parsed = french.parse(query) if query and query.strip() else None
    files = document_files(conn, doc, files_dir, policy, parsed)
    record = {
        "id": doc["id"], "url": doc["url"], "title": doc["title"] or doc["url"],
        "source": {"slug": doc["source"], "name": doc["source_name"] or doc["source"],
                   "region": doc["source_region"], "homepage": doc["source_homepage"]},
        "doc_type": doc["doc_type"], "date": date_info(doc["date"], doc["date_source"]),
        "authors": _json_list(doc["authors"]), "tags": _json_list(doc["tags"]),
        "lang": _language(conn, doc), "extra": _json_dict(doc["extra"]),
        "first_seen": doc["first_seen"], "last_seen": doc["last_seen"],
        "last_changed": doc["last_changed"], "gone_since": doc["gone_since"],
        "gone_reason": gone_reason(conn, doc) if doc["gone_since"] else None,
        "summary": doc["summary"], "body": doc["body"],
        "themes": themes(conn, doc_id), "places": places(conn, doc_id),
        "location": location(conn, doc), "files": files,
        "duplicates": duplicates(conn, doc_id), "links_out": links_out(conn, doc_id),
        "links_in": links_in(conn, doc_id), "history": history(conn, doc),
        "copies": policy, "query": query if parsed else "",
    }
    record["similar"] = similar(conn, doc, {d["id"] for d in record["duplicates"]})
    if parsed:
        record["highlighted"] = {k: highlight(doc[k], parsed) for k in ("title", "summary", "body")}
    return record


# ---------- dates and language ----------
# Where a date came from (documents.date_source, the crawl's evidence), for a reader.
DATE_SOURCES = (("rest-api", "l'API du site"), ("feed", "le flux du site"),
                ("upload-folder", "le dossier du fichier joint"), ("title", "le titre"),
                ("text", "le texte de la page"), ("opac", "le catalogue"), ("oai", "le catalogue"),
                ("meta", "les métadonnées de la page"), ("jsonld", "les métadonnées de la page"),
                ("time", "les métadonnées de la page"), ("hatom", "les métadonnées de la page"),
                ("selector", "la mise en page du site"))


def date_info(date: str | None, source: str | None = None) -> dict | None:
    """'2021-03' -> {"value": "2021-03", "precision": "month", "label": "mars 2021",
    "source": "text", "source_label": "le texte de la page"}."""
    if not date:
        return None
    parts = date.split("-")
    precision = {1: "year", 2: "month", 3: "day"}.get(len(parts), "day")
    label = next((words for prefix, words in DATE_SOURCES if (source or "").startswith(prefix)), None)
    return {"value": date, "precision": precision, "label": french_date(date), "source": source,
            "source_label": label}


def french_date(date: str | None) -> str:
    """'2021-03-15' -> '15 mars 2021', '2021-03' -> 'mars 2021', '2021' -> '2021'; a timestamp
    ('2026-12-08T03:00:00+00:00') is read as its day."""
    parts = (date or "")[:10].split("-")
    try:
        if len(parts) == 3:
            day = int(parts[2])
            return f"{'1er' if day == 1 else day} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2:
            return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        pass
    return date or ""


def _language(conn, doc: dict) -> dict | None:
    """The source's language, else the one the enrichment recognised."""
    code = doc["lang"]
    if not code and _table_exists(conn, "document_enrichment"):
        found = _rows(conn, "select lang from document_enrichment where document_id = ?", [doc["id"]])
        code = found[0]["lang"] if found else None
    return {"code": code, "label": LANGUAGES.get(code, code)} if code else None


def _json_list(raw) -> list:
    try:
        value = json.loads(raw) if raw else []
    except ValueError:
        return []
    return [v for v in value if v not in (None, "")] if isinstance(value, list) else []


def _json_dict(raw) -> dict:
    try:
        value = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


# ---------- gone ----------
def gone_reason(conn, doc: dict) -> str:
    """Why the document counts as gone, in words: the answer its page gave in the run that
    found it gone, else its absence from the site's listings."""
    errors = _rows(conn, """
        select e.status from crawl_errors e join source_runs r
          on r.run_id = e.run_id and r.source = e.source
         where e.url = ? and r.finished = ?""", [doc["url"], doc["gone_since"]])
    status = next((e["status"] for e in errors if e["status"]), None)
    if status == 404:
        return "la page d'origine répond « introuvable » (erreur 404)"
    if status == 410:
        return "la page d'origine a été supprimée par le site (erreur 410)"
    return "le document n'apparaît plus dans les listes ni le plan du site de la source"


# ---------- enrichment ----------
def themes(conn, doc_id: int) -> list[dict]:
    if not _table_exists(conn, "document_themes"):
        return []
    return _rows(conn, "select theme, score, evidence from document_themes where document_id = ? "
                       "order by score desc, theme", [doc_id])


PLACE_KINDS = {"commune": "Commune", "qpv": "Quartier prioritaire", "departement": "Département",
               "region": "Région"}


def places(conn, doc_id: int) -> list[dict]:
    if not _table_exists(conn, "document_places"):
        return []
    rows = _rows(conn, "select kind, code, name, departement, region, latitude, longitude, score, "
                       "mentions, evidence from document_places where document_id = ? "
                       "order by score desc, name", [doc_id])
    for row in rows:
        row["kind_label"] = PLACE_KINDS.get(row["kind"], row["kind"])
    return rows


def location(conn, doc: dict) -> dict | None:
    """The document's point: the enrichment's (the source's coordinates first, else its main
    place), else the source's own coordinates."""
    if _table_exists(conn, "document_enrichment"):
        found = _rows(conn, "select latitude, longitude, place, located_by from document_enrichment "
                            "where document_id = ? and latitude is not null", [doc["id"]])
        if found:
            return found[0]
    if doc["latitude"] is not None and doc["longitude"] is not None:
        return {"latitude": doc["latitude"], "longitude": doc["longitude"], "place": None,
                "located_by": "source"}
    return None


# ---------- files ----------
_FILES_SQL = """
select df.url, df.label, df.status, coalesce(df.sha256, f2.sha256) as sha256,
       df.sha256 is null as failing,
       f.size, f.media_type, f.path, f.page_count, f.title as file_title, f.extract_error,
       f.extracted_at, f.text_chars
  from document_files df
  left join files f2 on df.sha256 is null and f2.first_url = df.url
  left join files f on f.sha256 = coalesce(df.sha256, f2.sha256)
 where df.document_id = ?
 order by df.rowid
"""


def document_files(conn, doc: dict, files_dir: Path | None, policy: str,
                   query: french.Query | None) -> list[dict]:
    """Each attached file: what it is, its text, its kept copy and whether it is offered.
    A file that failed this run is joined to the copy kept from its URL's earlier download."""
    out = []
    for row in _rows(conn, _FILES_SQL, [doc["id"]]):
        stored = kept_path(files_dir, row["path"]) if row["sha256"] else None
        failing = bool(row["failing"]) or row["status"] == "failed"
        row.update(
            name=file_name(row["url"]), title=file_title(row), failing=failing, kept=bool(stored and stored.is_file()),
            kept_since=_kept_since(row, doc), ocr=_ocr(conn, row["sha256"]),
            pages=matching_pages(conn, row["sha256"], query) if query and row["sha256"] else [])
        row["offered"] = row["kept"] and copy_offered(policy, doc["gone_since"], failing)
        row.pop("path")
        out.append(row)
    return out


def _kept_since(row: dict, doc: dict) -> str | None:
    """When the kept copy was taken, as near as the corpus knows: its extraction follows its
    download; a later extraction (a new extractor) is bounded by the last time the document
    was seen online."""
    dates = [d for d in (row["extracted_at"], doc["last_seen"]) if d]
    return min(dates) if dates else doc["first_seen"]


def copy_offered(policy: str, gone_since: str | None, failing: bool) -> bool:
    return policy == "all" or (policy == "gone" and bool(gone_since or failing))


def kept_copy(conn, sha256: str, policy: str) -> dict | None:
    """The stored file of a sha256 (path under files_dir, media type, original name) when the
    policy offers it: with `all`, any; with `gone`, when a document holding it is gone, or its
    link to the file failed in the last run; with `none`, never."""
    found = _rows(conn, "select path, media_type, first_url from files where sha256 = ?", [sha256])
    if policy not in ("all", "gone") or not found:
        return None
    row = found[0]
    if policy == "gone" and not _rows(conn, """
            select 1 as x from document_files df join documents d on d.id = df.document_id
             where (df.sha256 = ? and (d.gone_since is not null or df.status = 'failed'))
                or (df.sha256 is null and df.url = ?) limit 1""", [sha256, row["first_url"]]):
        return None
    return {"path": row["path"], "media_type": row["media_type"], "name": file_name(row["first_url"])}


def kept_path(files_dir: Path | None, stored: str | None) -> Path | None:
    """Where a stored file is, never outside files_dir (files.path comes from the crawl)."""
    if not files_dir or not stored:
        return None
    root = Path(files_dir).resolve()
    path = (root / stored).resolve()
    return path if path.is_relative_to(root) and path != root else None


# Link labels that say nothing about the file ("Téléchargement", "PDF", "ici").
_GENERIC_LABEL = re.compile(r"^\W*(t[ée]l[ée]charge\w*|download|pdf|ici|voir|lire|consulter|"
                            r"acc[ée]der au document|le document|document)\W*$", re.I)


def file_title(row: dict) -> str:
    """What to call a file: its link's label, unless generic; else the title its properties
    give; else its file name."""
    label = (row.get("label") or "").strip()
    if label and not _GENERIC_LABEL.match(label):
        return label
    return (row.get("file_title") or "").strip() or file_name(row["url"])


def file_name(url: str) -> str:
    """The original file name: the last segment of its URL's path, decoded."""
    name = unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1])
    return name or "fichier"


def _ocr(conn, sha256: str | None) -> dict | None:
    """OCR'd pages of a file and their mean confidence (0..1), when any page was OCR'd."""
    if not sha256:
        return None
    row = _rows(conn, "select count(*) as pages, avg(ocr_confidence) as confidence from pages "
                      "where sha256 = ? and method = 'ocr'", [sha256])[0]
    return row if row["pages"] else None


def matching_pages(conn, sha256: str, query: french.Query, limit: int = 50) -> list[dict]:
    """The pages of a file holding any of a search's words, in page order, with snippets."""
    expression = french.any_term(query)
    if not expression or not _table_exists(conn, "pages_search"):
        return []
    # A file's pages are inserted together: FTS5 reads only their rowid range (db/search.py).
    pages = _rows(conn, """
        select p.page, p.text from pages p where p.sha256 = ? and p.rowid in (
          select rowid from pages_search where pages_search match ? and rowid between
            (select min(rowid) from pages where sha256 = ?) and
            (select max(rowid) from pages where sha256 = ?))
         order by p.page limit ?""", [sha256, expression, sha256, sha256, limit])
    return [{"page": p["page"], "snippet": french.snippet(p["text"], query)} for p in pages]


# ---------- other documents ----------
def _brief(conn, ids: list[int]) -> dict[int, dict]:
    """Title, centre, date and state of some documents, by id."""
    rows = _rows(conn, "select d.id, d.title, d.url, d.date, d.doc_type, d.gone_since, d.source, "
                       "coalesce(s.name, d.source) as source_name from documents d "
                       "left join sources s on s.slug = d.source "
                       "where d.id in (select value from json_each(?))", [json.dumps(ids)])
    return {r["id"]: {**r, "date_label": french_date(r["date"])} for r in rows}


def duplicates(conn, doc_id: int) -> list[dict]:
    """"Également publié par": the same document at other centres (and the reasons)."""
    if not _table_exists(conn, "document_duplicates"):
        return []
    pairs = _rows(conn, "select other_id, group_concat(reason, ', ') as reasons, "
                        "max(similarity) as similarity from document_duplicates "
                        "where document_id = ? group by other_id", [doc_id])
    brief = _brief(conn, [p["other_id"] for p in pairs])
    out = [{**brief[p["other_id"]], "reasons": p["reasons"], "similarity": p["similarity"]}
           for p in pairs if p["other_id"] in brief]
    return sorted(out, key=lambda d: (d["source_name"], d["title"] or ""))


def links_out(conn, doc_id: int) -> list[dict]:
    """Pages this document links to; those the corpus holds carry their record."""
    rows = _rows(conn, "select url, label, target_id from document_links where document_id = ? "
                       "order by rowid", [doc_id])
    brief = _brief(conn, [r["target_id"] for r in rows if r["target_id"]])
    return [{**r, "document": brief.get(r["target_id"])} for r in rows]


def links_in(conn, doc_id: int) -> list[dict]:
    """Documents of the corpus that link to this one (a map point, a fiche citing it)."""
    rows = _rows(conn, "select document_id, label from document_links where target_id = ? "
                       "and document_id != ? order by document_id", [doc_id, doc_id])
    brief = _brief(conn, [r["document_id"] for r in rows])
    return [{**brief[r["document_id"]], "label": r["label"]} for r in rows if r["document_id"] in brief]


def similar(conn, doc: dict, exclude: set[int]) -> list[dict]:
    """"Documents proches": the documents sharing the most of this one's rare words, ranked by
    the corpus's own index (bm25 over documents_search), without itself and its duplicates."""
    terms = rare_terms(conn, doc, exclude)
    if not terms:
        return []
    expression = " OR ".join(f'"{t}"' for t in terms)
    ranked = _rows(conn, "select rowid from documents_search where documents_search match ? "
                         f"order by bm25(documents_search, {', '.join(map(str, search.WEIGHTS))}) "
                         "limit ?", [expression, SIMILAR + len(exclude) + 1])
    ids = [r["rowid"] for r in ranked if r["rowid"] != doc["id"] and r["rowid"] not in exclude]
    brief = _brief(conn, ids[:SIMILAR])
    return [brief[i] for i in ids[:SIMILAR] if i in brief]


def _word_counts(text: str) -> dict[str, int]:
    """Folded words of four letters or more, as the index's plain columns hold them."""
    counts: dict[str, int] = {}
    for word in french.words(text):
        folded = french.fold(word)
        if len(folded) > 3 and folded.isalpha():
            counts[folded] = counts.get(folded, 0) + 1
    return counts


def _text(doc: dict, chars: int = 20_000) -> str:
    return " ".join(doc.get(k) or "" for k in ("title", "summary")) + " " + (doc.get("body") or "")[:chars]


def rare_terms(conn, doc: dict, duplicates: set[int] = frozenset()) -> list[str]:
    """The document's words that few other documents hold (its duplicates apart), the most
    frequent in it first: rarity read from search_terms (the index's own counts, written by
    the build), so 'rare' means rare in this corpus."""
    if not _table_exists(conn, "search_terms"):
        return []
    counts = _word_counts(_text(doc))
    if not counts:
        return []
    freq = {r["term"]: r["documents"] - 1 for r in _rows(  # the documents other than this one
        conn, "select term, documents from search_terms where term in "
              "(select value from json_each(?))", [json.dumps(sorted(counts))])}
    for other in _rows(conn, "select title, summary, body from documents where id in "
                             "(select value from json_each(?))", [json.dumps(sorted(duplicates))]):
        for term in set(_word_counts(_text(other))) & set(freq):
            freq[term] -= 1
    total = _rows(conn, "select count(*) as n from documents")[0]["n"]
    usable = [t for t, n in freq.items() if 0 < n <= max(1, total // 2)]  # shared, not common
    usable.sort(key=lambda t: (freq[t], -counts[t], t))
    return usable[:RARE_TERMS]


def save_term_counts(conn) -> None:
    """Refill search_terms from the search index (plain words; the marked stems sort after
    them, from STEM_MARK on). Run by the build after db/search.py's rebuild."""
    conn.execute("create virtual table if not exists temp.crpv_vocabulary "
                 "using fts5vocab(main, documents_search, row)")
    conn.execute("delete from search_terms")
    conn.execute("insert into search_terms (term, documents) select term, doc "
                 "from temp.crpv_vocabulary where term < ?", [STEM_MARK])
    conn.execute("drop table temp.crpv_vocabulary")
    conn.commit()


# ---------- highlighting ----------
def highlight(text: str | None, query: french.Query, limit: int = 2000) -> list[tuple[str, bool]]:
    """The whole text as (text, matched) segments, the query's words marked."""
    if not text:
        return []
    out, pos = [], 0
    for start, end in matches(text, query, limit):
        if start >= pos:
            out += [(text[pos:start], False)] if start > pos else []
            out.append((text[start:end], True))
            pos = end
    return out + ([(text[pos:], False)] if pos < len(text) else [])
