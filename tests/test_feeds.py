"""JSON Feed 1.1 export (db/feeds.py), checked against tests/jsonfeed-1.1.schema.json.

The schema encodes these rules of https://www.jsonfeed.org/version/1.1/:
- feed: `version` is the 1.1 URL; `title` and `items` required; URL fields (home_page_url,
  feed_url, next_url, icon, favicon, hubs[].url) are URIs; `expired` boolean; `language` a tag;
- authors (feed and item): objects with at least one of name, url, avatar; url/avatar URIs;
- item: `id` required, a non-empty string; at least one of content_html / content_text;
  url, external_url, image, banner_image URIs; date_published / date_modified RFC 3339
  (`format: date-time`); tags an array of strings;
- attachment: `url` (URI) and `mime_type` required; size_in_bytes, duration_in_seconds numbers;
- extensions: keys `_` + letter hold objects.
Not expressible in JSON Schema and checked here: item ids unique within a feed.

jsonschema checks `date-time` and `uri` only with optional packages, and passes silently
without them: the checker below defines both strictly, and a test proves it rejects bad values.
"""

import datetime
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

import jsonschema
import pytest
import sqlite_utils

from db.feeds import rfc3339, write_feeds  # noqa: E402
from db.schema import migrate  # noqa: E402

SCHEMA = json.loads((Path(__file__).parent / "jsonfeed-1.1.schema.json").read_text())
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*$")

CHECKER = jsonschema.FormatChecker()


@CHECKER.checks("date-time", raises=ValueError)
def _date_time(value):
    if not isinstance(value, str):
        return True
    if not RFC3339.match(value):
        return False
    datetime.datetime.fromisoformat(value.upper().replace("Z", "+00:00"))  # month 13 -> ValueError
    return True


@CHECKER.checks("uri")
def _uri(value):
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    if not SCHEME.match(parts.scheme) or re.search(r"\s", value):
        return False
    return bool(parts.netloc) or parts.scheme not in ("http", "https")


def validate(feed):
    jsonschema.Draft202012Validator(SCHEMA, format_checker=CHECKER).validate(feed)
    ids = [item["id"] for item in feed["items"]]
    assert len(ids) == len(set(ids)), "item ids must be unique within a feed"


SOURCES = [
    {"slug": "irev", "name": "IREV Hauts-de-France", "homepage": "https://irev.fr/"},
    {"slug": "resovilles", "name": "Résovilles", "homepage": "https://www.resovilles.com/"},
]
DOCS = [
    # id, source, url, title, doc_type, date, tags, authors, body, gone_since
    (1, "irev", "https://irev.fr/ressources/etude-emploi", "Étude emploi", "étude", "2018-06-15",
     ["emploi", "insertion"], ["Marie Curie"], "L'économie des quartiers.", None),
    (2, "irev", "https://irev.fr/ressources/fiche-2020", "Fiche 2020", "fiche expérience", "2020-03",
     [], [], "Texte de la fiche.", None),
    (3, "resovilles", "https://www.resovilles.com/publi/sans-date", "Sans date", "publication", None,
     ["jeunesse"], [], None, None),
    (4, "resovilles", "https://www.resovilles.com/publi/an", "Une année", "publication", "2019",
     [], [], "Corps.", None),
    (5, "irev", "https://irev.fr/ressources/disparu", "Disparu", "étude", "2024-01-01",
     [], [], "Retiré du site.", "2024-06-01T00:00:00+00:00"),
    (6, "irev", "https://irev.fr/ressources/meme-jour", "Même jour", "actualité", "2018-06-15",
     [], [], "Même date que l'étude.", None),
]


@pytest.fixture
def db():
    db = sqlite_utils.Database(memory=True)
    migrate(db)
    db["sources"].insert_all(SOURCES)
    db["documents"].insert_all(
        {"id": i, "source": s, "url": u, "title": t, "doc_type": dt, "date": d,
         "year": int(d[:4]) if d else None, "summary": f"Résumé de {t}.", "body": b,
         "tags": json.dumps(tags, ensure_ascii=False), "authors": json.dumps(au), "lang": "fr",
         "gone_since": gone}
        for i, s, u, t, dt, d, tags, au, b, gone in DOCS
    )
    db["files"].insert_all([
        {"sha256": "a" * 64, "size": 12345, "media_type": "application/pdf", "title": "Rapport"},
        {"sha256": "b" * 64, "size": None, "media_type": None},
    ])
    db["document_files"].insert_all([
        {"document_id": 1, "url": "https://irev.fr/wp-content/uploads/rapport.pdf",
         "sha256": "a" * 64, "label": "Le rapport complet", "status": "ok"},
        {"document_id": 1, "url": "https://irev.fr/wp-content/uploads/annexe.PDF?v=2",
         "sha256": "b" * 64, "label": None, "status": "ok"},
        {"document_id": 2, "url": "https://irev.fr/telecharger/42",
         "sha256": None, "label": "Fichier", "status": "failed"},
    ])
    return db


@pytest.fixture
def feeds(db, tmp_path):
    summary = write_feeds(db, tmp_path, base_url="https://example.org/feeds/")
    return summary, {p.name: json.loads(p.read_text()) for p in tmp_path.glob("*.json")}


def test_every_feed_is_valid_json_feed_1_1(feeds):
    summary, files = feeds
    assert set(files) == {"all.json", "irev.json", "resovilles.json"}
    for feed in files.values():
        validate(feed)
        assert feed["language"] == "fr"


def test_summary_counts_items_and_gone_documents_are_left_out(feeds):
    summary, files = feeds
    assert summary == {"all.json": 5, "irev.json": 3, "resovilles.json": 2}
    assert all(item["title"] != "Disparu" for f in files.values() for item in f["items"])


def test_items_newest_first_then_by_id_and_unknown_dates_last(feeds):
    items = feeds[1]["all.json"]["items"]
    assert [i["title"] for i in items] == [
        "Fiche 2020", "Une année", "Même jour", "Étude emploi", "Sans date"]


def test_per_source_feeds(feeds):
    _, files = feeds
    irev = files["irev.json"]
    assert irev["title"] == "crpv-corpus : publications de IREV Hauts-de-France"
    assert irev["home_page_url"] == "https://irev.fr/"
    assert irev["feed_url"] == "https://example.org/feeds/irev.json"
    assert {i["_crpv"]["source"] for i in irev["items"]} == {"irev"}
    assert {i["_crpv"]["source"] for i in files["resovilles.json"]["items"]} == {"resovilles"}
    assert "home_page_url" not in files["all.json"]


def test_item_fields(feeds):
    item = next(i for i in feeds[1]["all.json"]["items"] if i["title"] == "Étude emploi")
    assert item["id"] == item["url"] == "https://irev.fr/ressources/etude-emploi"
    assert item["date_published"] == "2018-06-15T00:00:00+00:00"
    assert item["content_text"] == "L'économie des quartiers."
    assert item["summary"] == "Résumé de Étude emploi."
    assert item["tags"] == ["emploi", "insertion", "étude"]
    assert item["authors"] == [{"name": "Marie Curie"}]
    assert item["_crpv"] == {"source": "irev", "source_name": "IREV Hauts-de-France",
                             "doc_type": "étude", "date": "2018-06-15"}


def test_items_lead_to_the_record_when_the_site_url_is_known(db, tmp_path):
    write_feeds(db, tmp_path, site_url="https://corpus.example.org/")
    feed = json.loads((tmp_path / "all.json").read_text())
    validate(feed)
    item = next(i for i in feed["items"] if i["title"] == "Étude emploi")
    doc_id = db.execute("select id from documents where title = 'Étude emploi'").fetchone()[0]
    assert item["url"] == f"https://corpus.example.org/document/{doc_id}"
    assert item["external_url"] == item["id"] == "https://irev.fr/ressources/etude-emploi"


def test_attachments(feeds):
    items = {i["title"]: i for i in feeds[1]["all.json"]["items"]}
    assert items["Étude emploi"]["attachments"] == [
        # Ordered by URL; no media type known: guessed from the .pdf path (query ignored).
        {"url": "https://irev.fr/wp-content/uploads/annexe.PDF?v=2", "mime_type": "application/pdf"},
        {"url": "https://irev.fr/wp-content/uploads/rapport.pdf", "mime_type": "application/pdf",
         "title": "Le rapport complet", "size_in_bytes": 12345},
    ]
    assert items["Fiche 2020"]["attachments"] == [
        {"url": "https://irev.fr/telecharger/42", "mime_type": "application/octet-stream",
         "title": "Fichier"}]
    assert "attachments" not in items["Une année"]


def test_unknown_date_omits_date_published(feeds):
    item = next(i for i in feeds[1]["all.json"]["items"] if i["title"] == "Sans date")
    assert "date_published" not in item
    assert item["_crpv"]["date"] is None
    # No body: the summary stands in, as the spec requires some content.
    assert item["content_text"] == "Résumé de Sans date."


@pytest.mark.parametrize("date,expected", [
    ("2018-06-15", "2018-06-15T00:00:00+00:00"),
    ("2020-03", "2020-03-01T00:00:00+00:00"),
    ("2019", "2019-01-01T00:00:00+00:00"),
    (None, None), ("", None), ("2018-13-01", None), ("2018-02-30", None), ("juin 2018", None),
])
def test_rfc3339(date, expected):
    assert rfc3339(date) == expected


def test_limit_and_no_base_url(db, tmp_path):
    summary = write_feeds(db, tmp_path, limit=2)
    assert summary == {"all.json": 2, "irev.json": 2, "resovilles.json": 2}
    feed = json.loads((tmp_path / "all.json").read_text())
    assert "feed_url" not in feed
    validate(feed)


def test_written_atomically_and_readable(db, tmp_path):
    write_feeds(db, tmp_path)
    write_feeds(db, tmp_path)  # overwrite in place
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all.json", "irev.json", "resovilles.json"]
    assert (tmp_path / "all.json").stat().st_mode & 0o044 == 0o044


def test_bad_slug_is_refused(db, tmp_path):
    db["documents"].insert({"id": 99, "source": "../etc", "url": "https://x.fr/a", "title": "X"})
    with pytest.raises(ValueError, match="cannot name a feed file"):
        write_feeds(db, tmp_path)


@pytest.mark.parametrize("field,value", [
    ("date_published", "2018-06-15"),              # a date alone is not RFC 3339 date-time
    ("date_published", "2018-06-15T00:00:00"),     # offset missing
    ("date_published", "2018-13-15T00:00:00Z"),    # no such month
    ("url", "/relative/path"),
    ("url", "https://"),
    ("id", 42),
    ("content_text", None),
])
def test_schema_rejects(feeds, field, value):
    feed = json.loads(json.dumps(feeds[1]["all.json"]))
    if value is None:
        del feed["items"][0][field]
    else:
        feed["items"][0][field] = value
    with pytest.raises(jsonschema.ValidationError):
        validate(feed)


@pytest.mark.parametrize("patch", [
    {"version": "https://jsonfeed.org/version/1"},
    {"title": None},
    {"items": None},
    {"feed_url": "feeds/all.json"},
    {"authors": [{}]},
])
def test_schema_rejects_feed(feeds, patch):
    feed = json.loads(json.dumps(feeds[1]["all.json"]))
    for key, value in patch.items():
        if value is None:
            del feed[key]
        else:
            feed[key] = value
    with pytest.raises(jsonschema.ValidationError):
        validate(feed)


def test_schema_rejects_attachment_without_mime_type(feeds):
    feed = json.loads(json.dumps(feeds[1]["all.json"]))
    item = next(i for i in feed["items"] if "attachments" in i)
    del item["attachments"][0]["mime_type"]
    with pytest.raises(jsonschema.ValidationError):
        validate(feed)
