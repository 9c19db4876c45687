"""db/record.py, the plain view of one document, on a small corpus made by the real build
(db/build.py) from two crawl runs written here: versions, a document gone with a 404, one
moved to a new URL, duplicates at another centre, links, files with their text."""

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from db import record
from db.build import build, document_id

IREV, LABO = "https://www.irev.fr/", "https://www.labo-cites.org/"
A, B, C = IREV + "fiche-cofabrik", LABO + "publication/cofabrik", LABO + "agenda-cooperatives"
GONE, OLD, NEW = IREV + "fiche-retiree", IREV + "ancienne-adresse", IREV + "nouvelle-adresse"
PDF_URL, ADDED_URL = IREV + "files/fiche_la_cofabrik.pdf", IREV + "files/parcours.pdf"
BODY = ("À Roubaix, la Cofabrik accueille les porteurs de projet des quartiers prioritaires. "
        "La coopérative d'activité et d'emploi héberge leur activité sous un statut protecteur : "
        "entrepreneur-salarié, contrat d'appui, ateliers collectifs chaque vendredi matin. ") * 3
SOURCES = [{"slug": "irev", "name": "IREV", "region": "Hauts-de-France", "homepage": IREV},
           {"slug": "labo-cites", "name": "Labo Cités", "region": "Auvergne-Rhône-Alpes",
            "homepage": LABO}]


def item(url, source, title, body=BODY, **fields) -> dict:
    return {"url": url, "source": source, "title": title, "body": body, "summary": None,
            "doc_type": "fiche expérience", "date": "2021-03", "tags": [], "authors": [],
            "lang": "fr", "channel": "sitemap", "field_sources": {"date": "text"},
            "attachments": [], "files": [], "links": [], **fields}


def attach(data: Path, url: str, pages: list[str]) -> dict:
    """A downloaded file (stored by sha256, as the crawl does) and its extracted text."""
    content = ("%PDF-1.4 " + url + " ".join(pages)).encode()
    sha = hashlib.sha256(content).hexdigest()
    stored = data / "files" / sha[:2] / f"{sha}.pdf"
    stored.parent.mkdir(parents=True, exist_ok=True)
    stored.write_bytes(content)
    (data / "text").mkdir(exist_ok=True)
    (data / "text" / f"{sha}.json").write_text(json.dumps({
        "sha256": sha, "extracted_at": "2026-11-02T03:00:00+00:00", "media_type": "application/pdf",
        "page_count": len(pages), "size": len(content), "metadata": {"title": "Fiche Cofabrik"},
        "pages": [{"page": i, "text": t, "method": "ocr" if i == 2 else "text",
                   "ocr_confidence": 0.9 if i == 2 else None} for i, t in enumerate(pages, 1)]}))
    return {"url": url, "sha256": sha, "path": f"{sha[:2]}/{sha}.pdf"}


def crawl(data: Path, run_id: str, finished: str, items: list[dict], errors=(), moved=()) -> None:
    for source in ("irev", "labo-cites"):
        folder = data / "crawl" / source
        folder.mkdir(parents=True, exist_ok=True)
        mine = [i for i in items if i["source"] == source]
        (folder / f"items-{run_id}.jsonl").write_text("".join(json.dumps(i) + "\n" for i in mine))
        (folder / f"run-{run_id}.json").write_text(json.dumps({
            "run_id": run_id, "source": source, "status": "ok", "started": finished,
            "finished": finished, "items_file": f"items-{run_id}.jsonl", "channels": {"sitemap": 1},
            "errors": [e for e in errors if e["url"].startswith(IREV if source == "irev" else LABO)],
            "error_count": 0, "files_downloaded": 0,
            "moved": [m for m in moved if m["to"].startswith(IREV if source == "irev" else LABO)]}))


def make(data: Path) -> None:
    build(data / "corpus.db", data / "crawl", data / "text", data / "files", SOURCES)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    data = tmp_path_factory.mktemp("record")
    pdf = attach(data, PDF_URL, ["Sommaire.", "La coopérative accompagne les entrepreneurs.",
                                 "Contacts."])
    gone_pdf = attach(data, GONE + ".pdf", ["Une fiche retirée depuis."])
    first = [
        item(A, "irev", "La Cofabrik, coopérative d'activité et d'emploi à Roubaix",
             attachments=[{"url": PDF_URL, "label": "Téléchargement"}], files=[pdf]),
        item(B, "labo-cites", "La Cofabrik, coopérative d'activité et d'emploi à Roubaix"),
        item(C, "labo-cites", "Agenda des coopératives", body="Rencontre sur les coopératives "
             "d'activité et d'emploi, avec la Cofabrik de Roubaix et ses entrepreneurs-salariés.",
             links=[{"url": A, "label": "la fiche de l'IREV"}]),
        item(GONE, "irev", "Une fiche retirée", body="Jardins partagés à Tourcoing.",
             attachments=[{"url": GONE + ".pdf", "label": None}], files=[gone_pdf]),
        item(OLD, "irev", "Un document déplacé", body="Ateliers d'écriture à Lille."),
    ]
    crawl(data, "20261101T030000Z", "2026-11-01T03:10:00+00:00", first)
    make(data)
    added = attach(data, ADDED_URL, ["Le parcours d'un entrepreneur."])
    second = [
        {**first[0], "title": "La Cofabrik à Roubaix", "body": BODY + " Nouveaux ateliers en 2022.",
         "attachments": first[0]["attachments"] + [{"url": ADDED_URL, "label": "Le parcours"}],
         "files": [pdf, added]},
        first[1], first[2],
        item(NEW, "irev", "Un document déplacé", body="Ateliers d'écriture à Lille.",
             former_urls=[{"url": OLD, "reason": "redirect"}]),
    ]
    crawl(data, "20261108T030000Z", "2026-11-08T03:10:00+00:00", second,
          errors=[{"url": GONE, "status": 404, "error": "HTTP 404 Not Found"}],
          moved=[{"url": IREV + "node/42", "to": A}])  # a redirect to a page already read
    make(data)
    conn = sqlite3.connect(data / "corpus.db")
    yield {"conn": conn, "files": data / "files", "pdf": pdf, "gone_pdf": gone_pdf}
    conn.close()


def get(corpus, url: str, **kwargs) -> dict:
    return record.document_record(corpus["conn"], document_id(url), corpus["files"], **kwargs)


def test_the_record_of_a_document(corpus):
    doc = get(corpus, A)
    assert doc["title"] == "La Cofabrik à Roubaix" and doc["url"] == A
    assert doc["source"] == {"slug": "irev", "name": "IREV", "region": "Hauts-de-France",
                             "homepage": IREV}
    assert doc["date"] == {"value": "2021-03", "precision": "month", "label": "mars 2021",
                           "source": "text", "source_label": "le texte de la page"}
    assert doc["lang"] == {"code": "fr", "label": "français"}
    assert doc["first_seen"] == "2026-11-01T03:10:00+00:00"
    assert doc["last_changed"] == "2026-11-08T03:10:00+00:00" and doc["gone_since"] is None
    assert json.dumps(doc)  # plain data, for exports as well as the page


def test_files_with_their_text_and_kept_copy(corpus):
    first, added = get(corpus, A)["files"]
    assert (first["url"], first["name"], first["sha256"]) == (PDF_URL, "fiche_la_cofabrik.pdf",
                                                             corpus["pdf"]["sha256"])
    # A generic link label gives way to the title in the file's properties.
    assert first["title"] == "Fiche Cofabrik" and added["title"] == "Le parcours"
    assert (first["media_type"], first["page_count"]) == ("application/pdf", 3)
    assert first["size"] == (corpus["files"] / corpus["pdf"]["path"]).stat().st_size
    assert first["ocr"] == {"pages": 1, "confidence": 0.9}
    assert first["kept"] and not first["offered"]  # the original is online: `gone` offers nothing
    assert get(corpus, A, copies="all")["files"][0]["offered"]
    assert not get(corpus, A, copies="none")["files"][0]["offered"]


def test_history_in_words(corpus):
    events = get(corpus, A)["history"]
    assert [(e["date"], e["what"]) for e in events] == [
        ("2026-11-01T03:10:00+00:00", "première collecte"), ("2026-11-08T03:10:00+00:00", "modifié")]
    delta = len(" Nouveaux ateliers en 2022.")
    assert events[1]["changes"] == ["titre modifié", f"texte modifié (+{delta} caractères)",
                                    "fichier ajouté : Le parcours"]


def test_a_gone_document_says_since_when_and_why(corpus):
    doc = get(corpus, GONE)
    assert doc["gone_since"] == "2026-11-08T03:10:00+00:00" and "404" in doc["gone_reason"]
    assert doc["history"][-1] == {"date": doc["gone_since"], "what": "retiré", "changes": []}
    assert doc["files"][0]["offered"]  # `gone`: the original is gone, the copy is offered
    sha = corpus["gone_pdf"]["sha256"]
    assert record.kept_copy(corpus["conn"], sha, "gone")["name"] == "fiche-retiree.pdf"
    assert record.kept_copy(corpus["conn"], corpus["pdf"]["sha256"], "gone") is None
    assert record.kept_copy(corpus["conn"], corpus["pdf"]["sha256"], "all")["path"] == corpus["pdf"]["path"]
    assert record.kept_copy(corpus["conn"], sha, "none") is None
    assert record.kept_copy(corpus["conn"], "0" * 64, "all") is None


def test_duplicates_links_and_similar_documents(corpus):
    doc = get(corpus, A)
    assert [(d["id"], d["source_name"]) for d in doc["duplicates"]] == [(document_id(B), "Labo Cités")]
    assert [d["id"] for d in doc["links_in"]] == [document_id(C)]
    assert get(corpus, C)["links_out"][0]["document"]["id"] == document_id(A)
    similar = [d["id"] for d in doc["similar"]]
    assert document_id(C) in similar  # shares its rare words (Cofabrik, Roubaix, coopératives)
    assert document_id(A) not in similar and document_id(B) not in similar


def test_a_moved_document_keeps_its_record(corpus):
    conn = corpus["conn"]
    assert record.current_id(conn, document_id(OLD)) == document_id(NEW)
    assert record.current_id(conn, document_id(NEW)) == document_id(NEW)
    assert record.current_id(conn, document_id(GONE)) == document_id(GONE)  # gone, no successor
    assert record.current_id(conn, 12345) is None
    assert record.current_id(conn, document_id(IREV + "node/42")) == document_id(A)
    alias = conn.execute("select old_url, reason, first_seen from document_aliases where old_id = ?",
                         [document_id(OLD)]).fetchone()
    assert alias == (OLD, "redirect", "2026-11-08T03:10:00+00:00")


def test_arriving_from_a_search(corpus):
    doc = get(corpus, A, query="coopératives")
    first = doc["files"][0]
    assert [p["page"] for p in first["pages"]] == [2]
    assert ("coopérative", True) in first["pages"][0]["snippet"]
    marked = [text for text, hit in doc["highlighted"]["body"] if hit]
    assert marked and {m.lower() for m in marked} == {"coopérative"}
    assert "".join(text for text, _ in doc["highlighted"]["body"]) == doc["body"]
    assert "highlighted" not in get(corpus, A)


@pytest.mark.parametrize("date, label, precision", [
    ("2021", "2021", "year"), ("2021-03", "mars 2021", "month"), ("2021-03-01", "1er mars 2021", "day"),
    ("2021-12-15", "15 décembre 2021", "day")])
def test_dates_at_their_precision(date, label, precision):
    assert record.date_info(date)["label"] == label and record.date_info(date)["precision"] == precision


def test_where_a_date_comes_from():
    assert record.date_info("2021", "text:publié")["source_label"] == "le texte de la page"
    assert record.date_info("2021", "meta:article:published_time")["source_label"] == \
        "les métadonnées de la page"
    assert record.date_info("2019-03", "upload-folder")["source_label"] == "le dossier du fichier joint"
    assert record.date_info("2021", "unknown")["source_label"] is None
    assert record.date_info(None) is None


def test_copies_policy(monkeypatch):
    monkeypatch.delenv("CRPV_COPIES", raising=False)
    assert record.copies_policy() == "gone"
    monkeypatch.setenv("CRPV_COPIES", "ALL")
    assert record.copies_policy() == "all"
    monkeypatch.setenv("CRPV_COPIES", "some")
    with pytest.raises(ValueError, match="CRPV_COPIES"):
        record.copies_policy()


def test_kept_path_never_leaves_the_files_folder(tmp_path):
    (tmp_path / "files" / "ab").mkdir(parents=True)
    assert record.kept_path(tmp_path / "files", "ab/x.pdf") == (tmp_path / "files" / "ab" / "x.pdf").resolve()
    for bad in ("../corpus.db", "/etc/passwd", "ab/../../corpus.db", "", None):
        assert record.kept_path(tmp_path / "files", bad) is None
