"""The `build` stage: crawl and extract outputs into the corpus, without touching the network.

The published database is never written in place: it is copied beside itself, updated there,
checked, then swapped in with one rename, so Datasette never serves a half-built corpus and a
failed build leaves the last good one. Everything is an upsert keyed by canonical URL or
sha256: building twice from the same outputs gives the same rows.
"""

import hashlib
import json
import os
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from db import enrich, record, search
from db.history import current_files
from db.schema import migrate

SUSPICIOUS_RATIO = 0.5  # a run finding less than half the last good count is not trusted


class BuildCheckFailed(RuntimeError):
    pass


@dataclass
class SourceSummary:
    found: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    gone: int = 0
    files: int = 0
    errors: int = 0
    status: str = ""
    message: str = ""


@dataclass
class BuildSummary:
    runs: int = 0
    documents: int = 0
    files: int = 0
    pages: int = 0
    sources: dict[str, SourceSummary] = field(default_factory=dict)
    enrichment: enrich.EnrichSummary | None = None


def document_id(url: str) -> int:
    """Stable integer id from the canonical URL: the same document keeps its row and links."""
    return int(hashlib.sha256(url.encode()).hexdigest()[:15], 16)


def build(db_path: Path, crawl_dir: Path, text_dir: Path, files_dir: Path,
          sources: list[dict]) -> BuildSummary:
    """A failed build (full disk, read-only folder, failed check, stopped) leaves no leftover
    beside the published corpus, which stays as it was."""
    try:
        return _build(db_path, crawl_dir, text_dir, files_dir, sources)
    except BaseException:
        for suffix in (".building", ".building-journal", ".building-wal", ".building-shm"):
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
        raise


def _build(db_path: Path, crawl_dir: Path, text_dir: Path, files_dir: Path,
           sources: list[dict]) -> BuildSummary:
    tmp = db_path.with_name(db_path.name + ".building")
    tmp.unlink(missing_ok=True)
    if db_path.exists():
        _copy_database(db_path, tmp)
    db = sqlite_utils.Database(tmp)
    migrate(db)
    summary = BuildSummary()
    before = db["documents"].count
    with db.atomic():
        save_sources(db, sources)
        for run_file in _pending_runs(db, crawl_dir):
            save_run(db, run_file, summary)
        save_files(db, text_dir, files_dir, summary)
        resolve_links(db)
        refresh_sources(db)
    summary.enrichment = enrich.enrich(db)
    search.rebuild(db)
    record.save_term_counts(db.conn)
    _check(db, before)
    summary.documents = db["documents"].count
    summary.files = db["files"].count
    summary.pages = db["pages"].count
    db.close()
    os.replace(tmp, db_path)
    return summary


def _copy_database(src: Path, dst: Path) -> None:
    with sqlite3.connect(src) as source, sqlite3.connect(dst) as target:
        source.backup(target)


def _check(db, documents_before: int) -> None:
    problems = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
    if db["documents"].count < documents_before:
        problems.append(f"documents went from {documents_before} to {db['documents'].count}")
    indexed = db.execute("select count(*) from documents_fts").fetchone()[0]
    if indexed != db["documents"].count:
        problems.append(f"search index has {indexed} rows for {db['documents'].count} documents")
    if problems:
        raise BuildCheckFailed("; ".join(problems))


def save_sources(db, rows: list[dict]) -> None:
    for row in rows:
        row = {**row, "hosts": json.dumps(row.get("hosts") or [])}
        db["sources"].upsert(row, pk="slug")


# ---------- crawl runs ----------
def _pending_runs(db, crawl_dir: Path) -> list[Path]:
    done = {(r["run_id"], r["source"]) for r in db["source_runs"].rows}
    runs = []
    for run_file in sorted(crawl_dir.glob("*/run-*.json")):
        run_id = run_file.stem.removeprefix("run-")
        if (run_id, run_file.parent.name) not in done:
            runs.append(run_file)
    return sorted(runs, key=lambda p: p.stem)


def save_run(db, run_file: Path, summary: BuildSummary) -> None:
    run = json.loads(run_file.read_text())
    source = run["source"]
    items = _read_items(run_file.parent / run["items_file"])
    s = summary.sources.setdefault(source, SourceSummary())
    s.status, s.message, s.errors = run["status"], run.get("message", ""), run.get("error_count", 0)
    s.files = run.get("files_downloaded", 0)
    seen_at = run["finished"]
    seen_ids = set()
    for item in items:
        outcome = save_document(db, item, seen_at)
        seen_ids.add(document_id(item["url"]))
        setattr(s, outcome, getattr(s, outcome) + 1)
    s.found = len(seen_ids)
    for moved in run.get("moved") or []:  # redirects to a document read under its new URL
        save_aliases(db, document_id(moved["to"]), {"url": moved["to"], "former_urls": [
            {"url": moved["url"], "reason": "redirect"}]}, seen_at)
    suspicious = _is_suspicious(db, source, run, s.found)
    if not suspicious:
        s.gone = _mark_gone(db, source, seen_ids, seen_at)
        # A good run's discovery channels are the source's (`sources.channels`, shown in Datasette).
        db.execute("update sources set channels = ? where slug = ?",
                   [json.dumps(sorted(run.get("channels") or {})), source])
    elif run["status"] != "failed":
        s.status, s.message = "suspicious", f"found {s.found} documents, far fewer than the last good run"
    _save_run_rows(db, run, s, suspicious)
    summary.runs += 1


def _read_items(path: Path) -> list[dict]:
    if not path.exists():
        return []
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            items.append(json.loads(line))
        except ValueError:
            continue  # a killed crawl may leave a truncated last line
    return items


def _is_suspicious(db, source: str, run: dict, found: int) -> bool:
    if run["status"] == "failed" or found == 0:
        return True
    last = db.execute(
        "select found from source_runs where source = ? and suspicious = 0 and status != 'failed' "
        "order by finished desc limit 1", [source]).fetchone()
    return bool(last and found < last[0] * SUSPICIOUS_RATIO)


def _mark_gone(db, source: str, seen_ids: set[int], seen_at: str) -> int:
    gone = 0
    for row in db.query("select id from documents where source = ? and gone_since is null", [source]):
        if row["id"] not in seen_ids:
            db["documents"].update(row["id"], {"gone_since": seen_at})
            gone += 1
    return gone


def _save_run_rows(db, run: dict, s: SourceSummary, suspicious: bool) -> None:
    db["crawl_runs"].upsert({"id": run["run_id"], "started": run["started"], "finished": run["finished"],
                             "status": run["status"], "sources": "[]", "documents": 0,
                             "files_downloaded": 0, "errors": 0}, pk="id")
    db["source_runs"].upsert({
        "run_id": run["run_id"], "source": run["source"], "started": run["started"],
        "finished": run["finished"], "status": s.status, "message": s.message, "found": s.found,
        "new": s.new, "changed": s.changed, "unchanged": s.unchanged, "gone": s.gone,
        "files_downloaded": s.files, "bytes": run.get("bytes", 0), "requests": run.get("requests", 0),
        "errors": s.errors, "suspicious": int(suspicious),
    }, pk=("run_id", "source"))
    db.execute("delete from crawl_errors where run_id = ? and source = ?", [run["run_id"], run["source"]])
    db["crawl_errors"].insert_all(
        ({"run_id": run["run_id"], "source": run["source"], **e} for e in run.get("errors", [])),
        pk="id")
    _refresh_run_totals(db, run["run_id"])


def _refresh_run_totals(db, run_id: str) -> None:
    rows = list(db.query("select * from source_runs where run_id = ?", [run_id]))
    statuses = {r["status"] for r in rows}
    db["crawl_runs"].update(run_id, {
        "sources": json.dumps(sorted(r["source"] for r in rows)),
        "documents": sum(r["found"] for r in rows),
        "files_downloaded": sum(r["files_downloaded"] for r in rows),
        "errors": sum(r["errors"] for r in rows),
        "started": min(r["started"] for r in rows), "finished": max(r["finished"] for r in rows),
        "status": "ok" if statuses <= {"ok"} else "failed" if statuses == {"failed"} else "partial",
    })


# ---------- documents ----------
CONTENT_FIELDS = ("title", "doc_type", "date", "summary", "body", "tags", "authors", "attachments",
                  "extra", "links")


def save_document(db, item: dict, seen_at: str) -> str:
    """Upsert one crawled document; return "new", "changed" or "unchanged"."""
    doc_id = document_id(item["url"])
    # A new version of an attached file (new sha256) is a change of the document too.
    files = sorted(f["sha256"] for f in item.get("files") or [])
    content_hash = hashlib.sha256(json.dumps([item.get(f) for f in CONTENT_FIELDS] + [files],
                                             ensure_ascii=False).encode()).hexdigest()
    old = next(db.query("select * from documents where id = ?", [doc_id]), None)
    row = {
        "id": doc_id, "source": item["source"], "url": item["url"], "title": item["title"],
        "doc_type": item.get("doc_type"), "date": item.get("date"),
        "date_source": (item.get("field_sources") or {}).get("date"),
        "year": int(item["date"][:4]) if item.get("date") else None,
        "summary": item.get("summary"), "body": item.get("body"),
        "tags": json.dumps(item.get("tags") or [], ensure_ascii=False),
        "authors": json.dumps(item.get("authors") or [], ensure_ascii=False),
        "lang": item.get("lang"), "channel": item.get("channel"),
        "field_sources": json.dumps(item.get("field_sources") or {}, ensure_ascii=False),
        "latitude": item.get("latitude"), "longitude": item.get("longitude"),
        "extra": json.dumps(item["extra"], ensure_ascii=False) if item.get("extra") else None,
        "content_hash": content_hash, "last_seen": seen_at, "gone_since": None,
    }
    if old is None:
        outcome = "new"
        row.update(first_seen=seen_at, last_changed=seen_at)
    elif old["content_hash"] != content_hash:
        outcome = "changed"
        row["last_changed"] = seen_at
        _keep_version(db, old, seen_at)
    else:
        outcome = "unchanged"
    db["documents"].upsert(row, pk="id")
    save_aliases(db, doc_id, item, seen_at)
    save_document_files(db, doc_id, item)
    save_links(db, doc_id, item.get("links") or [])
    return outcome


def save_aliases(db, doc_id: int, item: dict, seen_at: str) -> None:
    """The URLs this document was known under (a redirect followed to it, a former URL the
    item declares): their ids lead to its record. The newest claim on an old URL wins."""
    for former in item.get("former_urls") or []:
        url, reason = (former["url"], former.get("reason")) if isinstance(former, dict) else (former, None)
        if url and url != item["url"]:
            old = next(db.query("select document_id from document_aliases where old_id = ?",
                                [document_id(url)]), None)
            if old is None or old["document_id"] != doc_id:
                db["document_aliases"].upsert({
                    "old_id": document_id(url), "old_url": url, "document_id": doc_id,
                    "reason": reason or "redirect", "first_seen": seen_at}, pk="old_id")


def save_links(db, doc_id: int, links: list[dict]) -> None:
    db.execute("delete from document_links where document_id = ?", [doc_id])
    db["document_links"].insert_all(
        ({"document_id": doc_id, "url": link["url"], "label": link.get("label")} for link in links),
        pk=("document_id", "url"), replace=True)


def resolve_links(db) -> None:
    """Join each link to the document it points to, whichever source published it."""
    db.execute("update document_links set target_id = "
               "(select id from documents where documents.url = document_links.url)")


def refresh_sources(db) -> None:
    db.execute("""update sources set
        documents = (select count(*) from documents d where d.source = sources.slug and d.gone_since is null),
        last_success = (select max(finished) from source_runs r
                        where r.source = sources.slug and r.status in ('ok', 'partial'))""")


def _keep_version(db, old: dict, until: str) -> None:
    metadata = {k: old[k] for k in ("doc_type", "date", "tags", "authors") if k in old}
    # Its files, so the history can say which were added, removed or replaced (db/history.py).
    metadata["files"] = current_files(db.conn, old["id"])
    db["document_versions"].upsert({
        "document_id": old["id"], "content_hash": old["content_hash"], "seen_from": old["last_changed"],
        "seen_until": until, "title": old["title"], "summary": old["summary"], "body": old["body"],
        "metadata": json.dumps(metadata, ensure_ascii=False),
    }, pk=("document_id", "content_hash"))


def save_document_files(db, doc_id: int, item: dict) -> None:
    downloaded = {f["url"]: f for f in item.get("files") or []}
    db.execute("delete from document_files where document_id = ?", [doc_id])
    for att in item.get("attachments") or []:
        got = downloaded.get(att["url"])
        if got:
            db["files"].insert({"sha256": got["sha256"], "path": got["path"], "first_url": att["url"]},
                               pk="sha256", ignore=True)
        db["document_files"].insert({
            "document_id": doc_id, "url": att["url"], "label": att.get("label"),
            "sha256": got["sha256"] if got else None,
            "status": "downloaded" if got else "failed",
        }, pk=("document_id", "url"), replace=True)


# ---------- files and their text ----------
def save_files(db, text_dir: Path, files_dir: Path, summary: BuildSummary) -> None:
    for row in list(db.query("select sha256, path, extracted_at from files")):
        stored = files_dir / row["path"] if row["path"] else None
        text_file = text_dir / f"{row['sha256']}.json"
        if not text_file.exists() or _extracted_at(text_file) == row["extracted_at"]:
            continue  # not extracted yet, or already in the corpus: never rewrite the same text
        result = json.loads(text_file.read_text(encoding="utf-8"))
        save_file_text(db, row["sha256"], result, stored)


_EXTRACTED_AT = re.compile(rb'"extracted_at":\s*"([^"]+)"')


def _extracted_at(text_file: Path) -> str | None:
    """When the text was made, read from the record's head (extract/stage.py writes it first):
    a build of an unchanged corpus does not read every text again."""
    with text_file.open("rb") as f:
        match = _EXTRACTED_AT.search(f.read(4096))
    return match[1].decode() if match else None


def save_file_text(db, sha256: str, result: dict, stored: Path | None) -> None:
    meta = result.get("metadata") or {}
    pages = result.get("pages") or []
    db["files"].update(sha256, {
        "size": stored.stat().st_size if stored and stored.exists() else result.get("size"),
        "media_type": result.get("media_type"), "page_count": result.get("page_count"),
        "title": meta.get("title"), "author": meta.get("author"), "created": meta.get("created"),
        "modified": meta.get("modified"), "producer": meta.get("producer"),
        "extractor": result.get("extractor"), "extractor_version": result.get("extractor_version"),
        "extracted_at": result.get("extracted_at"), "extract_error": result.get("error"),
        "text_chars": sum(len(p.get("text") or "") for p in pages),
    })
    db.execute("delete from pages where sha256 = ?", [sha256])
    db["pages"].insert_all(({
        "sha256": sha256, "page": p["page"], "text": p.get("text") or "",
        "chars": len(p.get("text") or ""), "method": p.get("method", "text"),
        "ocr_confidence": p.get("ocr_confidence"),
        "tables": json.dumps(p["tables"], ensure_ascii=False) if p.get("tables") else None,
        "lang": p.get("lang"),
    } for p in pages), pk=("sha256", "page"))
