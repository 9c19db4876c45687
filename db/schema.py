"""The corpus schema, as sqlite-utils migrations.

Designed once for everything the corpus will hold: documents and their versions (nightly runs),
files keyed by sha256 with text per page (OCR and tables included), crawl reports, and room for
machine-made enrichment in tables of its own. Never edit an applied migration: add a new one.
"""

import sqlite_utils
from sqlite_utils import Migrations

migrations = Migrations("crpv")


@migrations()
def m001_sources(db):
    db["sources"].create(
        {
            "slug": str, "name": str, "region": str, "homepage": str, "platform": str,
            "hosts": str, "channels": str, "licence_note": str, "address_confirmed": int,
            "enabled": int, "notes": str,
        },
        pk="slug",
    )


@migrations()
def m002_documents(db):
    db["documents"].create(
        {
            "id": int, "source": str, "url": str, "title": str, "doc_type": str,
            "date": str, "date_source": str, "year": int, "summary": str, "body": str,
            "tags": str, "authors": str, "lang": str, "channel": str, "field_sources": str,
            "latitude": float, "longitude": float, "content_hash": str,
            "first_seen": str, "last_seen": str, "last_changed": str, "gone_since": str,
        },
        pk="id",
        foreign_keys=[("source", "sources", "slug")],
    )
    db["documents"].create_index(["url"], unique=True)
    db["documents"].create_index(["source", "date"])
    db["document_versions"].create(
        {
            "document_id": int, "content_hash": str, "seen_from": str, "seen_until": str,
            "title": str, "summary": str, "body": str, "metadata": str,
        },
        pk=("document_id", "content_hash"),
        foreign_keys=[("document_id", "documents", "id")],
    )


@migrations()
def m003_files(db):
    db["files"].create(
        {
            "sha256": str, "size": int, "media_type": str, "path": str, "first_url": str,
            "page_count": int, "title": str, "author": str, "created": str, "modified": str,
            "producer": str, "extractor": str, "extractor_version": str, "extracted_at": str,
            "extract_error": str, "text_chars": int,
        },
        pk="sha256",
    )
    db["document_files"].create(
        {"document_id": int, "url": str, "sha256": str, "label": str, "status": str},
        pk=("document_id", "url"),
        foreign_keys=[("document_id", "documents", "id"), ("sha256", "files", "sha256")],
    )
    db["document_files"].create_index(["sha256"])
    db["pages"].create(
        {
            "sha256": str, "page": int, "text": str, "chars": int, "method": str,
            "ocr_confidence": float, "tables": str, "lang": str,
        },
        pk=("sha256", "page"),
        foreign_keys=[("sha256", "files", "sha256")],
    )


@migrations()
def m004_runs(db):
    db["crawl_runs"].create(
        {
            "id": str, "started": str, "finished": str, "status": str, "sources": str,
            "documents": int, "files_downloaded": int, "errors": int,
        },
        pk="id",
    )
    db["source_runs"].create(
        {
            "run_id": str, "source": str, "started": str, "finished": str, "status": str,
            "message": str, "found": int, "new": int, "changed": int, "unchanged": int,
            "gone": int, "files_downloaded": int, "bytes": int, "requests": int,
            "errors": int, "suspicious": int,
        },
        pk=("run_id", "source"),
        foreign_keys=[("run_id", "crawl_runs", "id"), ("source", "sources", "slug")],
    )
    db["crawl_errors"].create(
        {"id": int, "run_id": str, "source": str, "url": str, "status": int, "error": str},
        pk="id",
        foreign_keys=[("run_id", "crawl_runs", "id")],
    )


@migrations()
def m005_catalogue_links_source_status(db):
    # Catalogue fields (PMB: publisher, collection, ISBN...), uMap layer, etc.: what a source
    # says beyond the common fields, as JSON.
    db["documents"].add_column("extra", str)
    # Links a document makes to other pages (uMap points to fiches): joined to documents by URL.
    db["document_links"].create(
        {"document_id": int, "url": str, "label": str, "target_id": int},
        pk=("document_id", "url"),
        foreign_keys=[("document_id", "documents", "id")],
    )
    db["document_links"].create_index(["target_id"])
    db["sources"].add_column("documents", int)
    db["sources"].add_column("last_success", str)


@migrations()
def m006_document_aliases(db):
    # A document whose canonical URL changed (a redirect, a declared former URL) keeps its
    # record: /document/<id of the old URL> leads to the document it became.
    db["document_aliases"].create(
        {"old_id": int, "old_url": str, "document_id": int, "reason": str, "first_seen": str},
        pk="old_id",
    )
    db["document_aliases"].create_index(["document_id"])


@migrations()
def m007_search_terms(db):
    # How many documents hold each plain word of the search index (fts5vocab's count, which
    # reads a word's whole posting list: about 3 ms a word on 10,000 documents), written once
    # per build so that "documents proches" (db/record.py) finds a document's rare words at once.
    db["search_terms"].create({"term": str, "documents": int}, pk="term")


@migrations()
def m008_search_index(db):
    # What the French search index (db/search.py) was built with: the version of the acronym
    # list (reference/acronymes.yml) whose written-out forms it indexed under their acronym.
    db["search_index"].create({"name": str, "value": str}, pk="name")


def migrate(db: sqlite_utils.Database) -> None:
    """Apply every migration set: the core schema here, then the ones of other modules."""
    migrations.apply(db)
    for extra in EXTRA_MIGRATIONS:
        extra.apply(db)


# Other modules (enrichment, ...) register their own sqlite-utils migration sets here.
from db import enrich_schema  # noqa: E402  (its own migration set, applied after the core schema)
EXTRA_MIGRATIONS: list[Migrations] = [enrich_schema.migrations]
