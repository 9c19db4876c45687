"""metadata.yml and templates/: documented schema, and a real Datasette serving them.

The docs tests fail when a table or column of db/schema.py has no French description, or when
metadata.yml describes a column that no longer exists. The server test starts
`datasette serve` on a small corpus and checks, over HTTP, what a visitor relies on.
"""

import json
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from html import unescape
from pathlib import Path

import pytest
import sqlite_utils
import yaml
from datasette.utils import escape_fts

ROOT = Path(__file__).resolve().parent.parent
from db.schema import migrate  # noqa: E402

PYTHON = sys.executable  # the venv running pytest, which has datasette (CI clones elsewhere)
METADATA = yaml.safe_load((ROOT / "metadata.yml").read_text(encoding="utf-8"))
CORPUS = METADATA["databases"]["corpus"]
FTS_TABLES = {"documents_fts", "pages_fts"}  # made by the build, not by the migrations
PDF_PHRASE = "quinconce zygomorphe"  # occurs only on page 2 of the PDF


def schema_db() -> sqlite_utils.Database:
    db = sqlite_utils.Database(memory=True)
    migrate(db)
    return db


def build_fts(db: sqlite_utils.Database) -> None:
    """The search tables as the build makes them (db/search.py), kept here so that this test
    checks metadata.yml against the agreed layout, not against whatever the build does today.

    documents_fts: rowid = documents.id, attachments = all PDF text of the document.
    pages_fts: sqlite-utils' FTS on pages(text), with pages as content table.
    """
    db.execute("drop table if exists documents_fts")
    db.execute(
        "create virtual table documents_fts using fts5("
        "title, summary, body, attachments, tokenize='unicode61 remove_diacritics 2')")
    db.execute("""
        insert into documents_fts (rowid, title, summary, body, attachments)
        select d.id, d.title, d.summary, d.body,
          (select group_concat(p.text, char(10)) from document_files df
           join pages p on p.sha256 = df.sha256 where df.document_id = d.id)
        from documents d""")
    db["pages"].enable_fts(["text"], tokenize="unicode61 remove_diacritics 2", replace=True)
    db.conn.commit()


# --- docs tests ---------------------------------------------------------------------------

def test_every_table_and_column_is_described():
    db = schema_db()
    tables = CORPUS["tables"]
    for table in [*db.tables, *db.views]:  # views too: the enrichment's map and duplicates
        meta = tables.get(table.name)
        assert meta and meta.get("description"), f"table {table.name}: no description"
        described = meta.get("columns") or {}
        for column in table.columns_dict:
            assert (described.get(column) or "").strip(), f"{table.name}.{column}: no description"


def test_no_description_of_missing_tables_or_columns():
    db = schema_db()
    tables = {t.name: set(t.columns_dict) for t in [*db.tables, *db.views]}
    for name, meta in CORPUS["tables"].items():
        if name in FTS_TABLES:
            assert meta.get("hidden") is True and not meta.get("columns"), name
            continue
        assert name in tables, f"metadata.yml describes table {name}, not in db/schema.py"
        extra = set(meta.get("columns") or {}) - tables[name]
        assert not extra, f"metadata.yml describes {name}.{sorted(extra)}, not in db/schema.py"


def test_technical_tables_hidden_and_documents_searchable():
    tables = CORPUS["tables"]
    for name in ["_sqlite_migrations", *FTS_TABLES]:
        assert tables[name]["hidden"] is True
    docs = tables["documents"]
    assert (docs["fts_table"], docs["fts_pk"]) == ("documents_fts", "id")
    assert docs["facets"] == ["source", "doc_type", "year"]
    assert docs["sort_desc"] == "date" and docs["label_column"] == "title"
    # Raw FTS5 syntax fails on everyday French ("l'économie", "Saint-Denis"): keep escaped.
    assert docs.get("searchmode") != "raw"
    assert tables["pages"]["fts_table"] == "pages_fts"
    assert tables["sources"]["label_column"] == "name"


LABELS = METADATA["plugins"]["crpv-colonnes"]["libelles"]


def test_every_column_has_a_french_label():
    """Headers, facets, filters and sorts show labels (plugins/crpv_cells.py), never raw names."""
    db = schema_db()
    for table in [*db.tables, *db.views]:
        if CORPUS["tables"][table.name].get("hidden"):
            continue
        for column in table.columns_dict:
            label = LABELS.get(f"{table.name}.{column}") or LABELS.get(column)
            assert label and label[0].isupper(), f"{table.name}.{column}: no French label"


def test_labels_name_existing_columns():
    db = schema_db()
    columns = {c for t in [*db.tables, *db.views] for c in t.columns_dict}
    queries = CORPUS["queries"]
    for key in set(LABELS) - {"Link"}:  # Link: Datasette's row link column
        table, _, column = key.rpartition(".")
        if table in queries:
            assert f":{column}" in queries[table]["sql"] or f" as {column}" in queries[table]["sql"], key
        elif table:
            assert column in db[table].columns_dict, f"label {key}: no such column"
        else:
            assert column in columns or any(f" as {column}" in q["sql"] for q in queries.values()), (
                f"label {key}: no such column or canned query column")


def test_suggested_facets_are_columns():
    columns = {c for t in [*schema_db().tables, *schema_db().views] for c in t.columns_dict}
    facets = METADATA["plugins"]["crpv-colonnes"]["facettes"]
    assert set(facets) <= columns and not {"date_source", "channel", "authors"} & set(facets)


def test_canned_queries_compile_against_the_schema():
    db = schema_db()
    build_fts(db)
    db.conn.create_function("escape_fts", 1, escape_fts)
    for name, query in CORPUS["queries"].items():
        assert query["title"] and query["description"], name
        params = {"q": "x"} if ":q" in query["sql"] else {}
        db.execute("explain " + query["sql"], params)


# --- a real Datasette --------------------------------------------------------------------

SOURCES = [
    {"slug": "irev", "name": "IREV Hauts-de-France", "homepage": "https://irev.fr/"},
    {"slug": "resovilles", "name": "Résovilles", "homepage": "https://www.resovilles.com/"},
]
DOCUMENTS = [
    {"id": 101, "source": "irev", "url": "https://irev.fr/etude-economie", "title": "Étude",
     "doc_type": "étude", "date": "2018-06-15", "year": 2018,
     "body": "L'économie sociale et solidaire dans les quartiers prioritaires."},
    {"id": 102, "source": "irev", "url": "https://irev.fr/fiche-jardins", "title": "Jardins partagés",
     "doc_type": "fiche expérience", "date": "2021-02", "year": 2021,
     "summary": "Une fiche sur des jardins.", "body": "Des habitants cultivent ensemble."},
    {"id": 103, "source": "resovilles", "url": "https://www.resovilles.com/guide-pdf",
     "title": "Guide de l'évaluation", "doc_type": "publication", "date": "2023-09-01",
     "year": 2023, "body": "Présentation du guide ; le guide complet est en PDF."},
    {"id": 104, "source": "resovilles", "url": "https://www.resovilles.com/sans-date",
     "title": "Note sans date", "doc_type": "publication", "body": "Un texte ancien."},
]
SHA = "c" * 64
PDF_URL = "https://www.resovilles.com/wp-content/uploads/guide.pdf"


def fill(db: sqlite_utils.Database) -> None:
    db["sources"].insert_all(SOURCES)
    db["documents"].insert_all(DOCUMENTS)
    db["files"].insert({"sha256": SHA, "size": 2048, "media_type": "application/pdf",
                        "first_url": PDF_URL, "page_count": 2})
    db["document_files"].insert({"document_id": 103, "url": PDF_URL, "sha256": SHA,
                                 "label": "Le guide", "status": "ok"})
    db["pages"].insert_all([
        {"sha256": SHA, "page": 1, "text": "Sommaire du guide de l'évaluation."},
        {"sha256": SHA, "page": 2, "text": f"Une méthode en {PDF_PHRASE} pour évaluer."},
    ])
    db["crawl_runs"].insert_all([
        {"id": "2024-01-01", "started": "2024-01-01T02:00:00+00:00", "status": "ok",
         "sources": '["irev", "resovilles"]'},
        {"id": "2024-01-02", "started": "2024-01-02T02:00:00+00:00", "status": "partial"},
    ])
    db["sources"].insert_all([{"slug": "oriv", "name": "ORIV"},  # never crawled
                              {"slug": "labo-cites", "name": "Labo Cités"}])
    db["source_runs"].insert_all([
        {"run_id": "2024-01-01", "source": "irev", "finished": "2024-01-01T02:30:00+00:00",
         "status": "ok", "found": 2, "suspicious": 0},
        {"run_id": "2024-01-02", "source": "irev", "finished": "2024-01-02T02:30:00+00:00",
         "status": "partial", "found": 2, "suspicious": 0},
        {"run_id": "2024-07-01", "source": "resovilles", "finished": "2024-07-01T02:30:00+00:00",
         "status": "ok", "found": 2, "suspicious": 0},
        # The build marks a failed run suspicious too: it reads as failed.
        {"run_id": "2024-01-02", "source": "labo-cites", "finished": "2024-01-02T02:30:00+00:00",
         "status": "failed", "found": 0, "suspicious": 1},
    ])
    db["crawl_errors"].insert_all([
        {"id": 1, "run_id": "2024-01-01", "source": "irev", "url": "https://irev.fr/old", "status": 500,
         "error": "ancienne erreur"},
        {"id": 2, "run_id": "2024-01-02", "source": "irev", "url": "https://irev.fr/x", "status": 404,
         "error": "page introuvable"},
    ])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# No proxy: the tests may run with http_proxy set for the replica sites.
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("datasette") / "corpus.db"
    db = sqlite_utils.Database(path)
    migrate(db)
    fill(db)
    build_fts(db)
    db.close()
    port = free_port()
    proc = subprocess.Popen(
        [str(PYTHON), "-m", "datasette", "serve", str(path), "-m", str(ROOT / "metadata.yml"),
         "--template-dir", str(ROOT / "templates"), "--plugins-dir", str(ROOT / "plugins"),
         "-h", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base, proc)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _wait_until_up(base, proc, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("datasette exited:\n" + proc.stdout.read().decode())
        try:
            OPENER.open(base + "/-/versions.json", timeout=2).read()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("datasette did not answer within %ss" % timeout)


def get(url: str) -> str:
    with OPENER.open(url, timeout=10) as response:
        return response.read().decode("utf-8")


def get_json(base: str, path: str, **params) -> dict:
    query = urllib.parse.urlencode({**params, "_shape": "objects"}, doseq=True)
    return json.loads(get(f"{base}{path}.json?{query}"))


def titles(data) -> list[str]:
    return [row["title"] for row in data["rows"]]


def test_home_page_has_french_search_form(server):
    html = get(server + "/")
    assert "Rechercher dans le corpus" in html
    assert 'action="/corpus/documents"' in html and 'method="get"' in html
    assert 'name="_search"' in html
    assert "centres de ressources politique de la ville" in html
    assert 'href="/corpus/sources"' in html
    assert "Data license" not in html and "Droits :" in html


def test_home_page_form_as_submitted(server):
    # What a browser sends: the form's hidden fields plus the words typed.
    hidden = re.findall(r'<input type="hidden" name="(\w+)" value="(\w+)">', get(server + "/"))
    assert ("_col", "title") in hidden
    html = get(server + "/corpus/documents?" + urllib.parse.urlencode([("_search", "économie"), *hidden]))
    assert "Étude" in html and "Jardins partagés" not in html
    assert "L&#39;économie sociale" not in html  # body left out of the results table


@pytest.mark.parametrize("words", ["economie", "économie", "ECONOMIE", "l'économie", "quartiers prioritaires"])
def test_plain_words_find_accented_text(server, words):
    assert titles(get_json(server, "/corpus/documents", _search=words)) == ["Étude"]


def test_pdf_only_phrase_finds_its_document(server):
    assert titles(get_json(server, "/corpus/documents", _search=PDF_PHRASE)) == ["Guide de l'évaluation"]


def test_facets_and_newest_first(server):
    data = get_json(server, "/corpus/documents")
    assert set(data["facet_results"]) >= {"source", "doc_type", "year"}
    sources = {r["label"] for r in data["facet_results"]["source"]["results"]}
    assert sources == {"IREV Hauts-de-France", "Résovilles"}
    assert titles(data) == ["Guide de l'évaluation", "Jardins partagés", "Étude", "Note sans date"]
    assert data["human_description_en"] == "sorted by date descending"


def test_column_descriptions_shown(server):
    html = get(server + "/corpus/documents")
    assert "Description des colonnes" in html  # folded in a <details>, see templates/table.html
    assert "Centre de ressources qui publie le document" in html


def test_canned_pdf_search(server):
    rows = get_json(server, "/corpus/recherche_pdf", q=PDF_PHRASE)["rows"]
    assert len(rows) == 1
    row = rows[0]
    assert row["document"] == "Guide de l'évaluation"
    assert row["source"] == "Résovilles"
    assert row["page"] == 2
    assert row["lien_vers_la_page"] == PDF_URL + "#page=2"
    assert row["fiche"] == "/document/103"
    assert "[quinconce]" in row["extrait"] and "[zygomorphe]" in row["extrait"]


def test_canned_pdf_search_without_words_is_empty_not_an_error(server):
    assert get_json(server, "/corpus/recherche_pdf", q="")["rows"] == []


def test_other_canned_queries(server):
    newest = get_json(server, "/corpus/derniers_documents")["rows"]
    assert [r["titre"] for r in newest][0] == "Guide de l'évaluation"
    assert newest[0]["adresse"] == "https://www.resovilles.com/guide-pdf"
    counts = get_json(server, "/corpus/documents_par_source_et_annee")["rows"]
    assert {(r["source"], r["annee"], r["documents"]) for r in counts} == {
        ("IREV Hauts-de-France", 2021, 1), ("IREV Hauts-de-France", 2018, 1),
        ("Résovilles", 2023, 1), ("Résovilles", "date inconnue", 1)}
    errors = get_json(server, "/corpus/erreurs_derniere_collecte")["rows"]
    assert [(e["adresse"], e["code_http"]) for e in errors] == [("https://irev.fr/x", 404)]


def test_state_of_sources_reads_in_french(server):
    rows = get_json(server, "/corpus/etat_des_sources")["rows"]
    # Harvested centres first (those needing attention on top), never-crawled ones last.
    assert [(r["source"], r["dernier_etat"]) for r in rows] == [
        ("irev", "partielle"), ("labo-cites", "en échec"), ("resovilles", "à jour"),
        ("oriv", "jamais moissonnée")]
    text = visible_text(get(server + "/corpus/etat_des_sources"))
    # Paris time: UTC+1 in winter, UTC+2 in summer; never the stored UTC timestamp.
    assert "2 janvier 2024 à 03:30" in text and "1er juillet 2024 à 04:30" in text
    assert "+00:00" not in text and "partial" not in text
    assert text.index("Résovilles") < text.index("Voir la requête")  # results before the SQL


def test_json_lists_read_as_lists(server):
    text = visible_text(get(server + "/corpus/crawl_runs"))
    assert "irev, resovilles" in text and '["irev"' not in text


def test_pages_are_searchable(server):
    rows = get_json(server, "/corpus/pages", _search=PDF_PHRASE)["rows"]
    assert [r["page"] for r in rows] == [2]


# --- the interface speaks French (templates/, copied from Datasette and translated) -----------

# Datasette's own labels: any of them back on a page means a template lost its translation
# (a Datasette upgrade, a template deleted) or Datasette renders a new label from Python.
ENGLISH = re.compile(r"\b(" + "|".join(map(re.escape, [
    "rows", "row", "records", "results", "Apply", "Suggested facets", "Advanced export",
    "Powered by", "Queries took", "Next page", "This data as", "Custom SQL query",
    "Edit SQL", "View and edit SQL", "Run SQL", "Format SQL", "Query parameters",
    "Sort by", "sort by", "sorted by", "descending", "where", "Search:", "download file",
    "Download file", "expand labels", "JSON shape", "CSV options", "remove filter", "column",
    "contains", "starts with", "is not null", "is blank", "array", "Links from other tables",
    "Queries", "hidden", "view", "Error", "not found", "home", "Data license",
    "no such table", "syntax error", "show", "hide", "Invalid SQL", "Statement must be",
    # Stored values and Datasette's link column a reader used to see ("État des sources",
    # tables with a compound key): now French words.
    "partial", "failed", "sorted", "UTC", "Link",
])) + r")\b")
# Raw column names that used to label facets, sorts and suggested facets ("year", "doc_type",
# "Facettes suggérées : date_source, authors, channel, first_seen…"): labels show French names.
# Checked on labels only: a cell may rightly hold them (the JSON of field_sources).
RAW_NAMES = re.compile(r"\b(year|doc_type|date_source|first_seen|field_sources|content_hash|channel|"
                       r"authors|last_seen|last_changed)\b")


def visible_text(page: str) -> str:
    """What a reader sees: the text and the button labels; no script, style, comment or SQL."""
    page = re.sub(r"(?is)<(script|style|pre|textarea|code)\b.*?</\1>", " ", page)
    page = re.sub(r"(?s)<!--.*?-->", " ", page)
    buttons = re.findall(r'<input type="submit" value="([^"]*)"', page)
    page = re.sub(r"</?(a|span|strong|em|b|i|mark)\b[^>]*>", "", " ".join([page, *buttons]))
    text = re.sub(r"(?s)<[^>]+>", " ", page)
    return " ".join(unescape(text).split())


def fetch(url: str) -> tuple[int, str]:
    try:
        with OPENER.open(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


ECONOMIE = urllib.parse.quote("économie")
FRENCH_PAGES = {
    # path: (status, labels a reader must find)
    "/": (200, ["Rechercher dans le corpus", "Dernières publications", "Les centres de ressources",
                "Données brutes / tables", "Propulsé par", "accueil"]),
    "/corpus": (200, ["Requête SQL personnalisée", "Exécuter la requête", "Requêtes prêtes à l'emploi",
                      "Recherche dans les PDF", "2 lignes", "1 ligne", "tables techniques masquées"]),
    "/corpus/documents": (200, [
        "4 lignes triées par date (ordre décroissant)", "Rechercher :", "- colonne -",
        "contient", "commence par", "n'est pas vide", "la liste contient", "Trier par Titre",
        "ordre décroissant", "Appliquer", "Voir et modifier la requête SQL", "Ces données en",
        "(options)", "Facettes suggérées : Date (date)", "Export avancé", "Forme du JSON :", "un objet par ligne",
        "Options du CSV :", "télécharger le fichier", "Exporter en CSV", "Description des colonnes",
        "Requêtes :", "accueil / corpus"]),
    f"/corpus/documents?_search={ECONOMIE}&source=irev&_facet_array=tags": (200, [
        "1 ligne où recherche « économie » et source = « irev », triées par date (ordre décroissant)",
        "- retirer le filtre -", "Mots-clés (liste)", "Type de document", "Année"]),
    "/corpus/documents?_size=2": (200, ["Page suivante", "toutes les lignes, pas seulement cette page"]),
    "/corpus/documents?_where=id>101&doc_type__notblank=1&_sort=title": (200, [
        "3 lignes où type de document n'est pas vide, triées par titre", "1 condition SQL supplémentaire",
        "retirer"]),
    "/corpus/documents/103": (200, ["documents : 103", "Ces données en", "Liens depuis d'autres tables",
                                    "1 ligne de document_files par la colonne document_id",
                                    "accueil / corpus / documents"]),
    "/corpus/document_files": (200, ["Fichiers des documents", "Ligne", "Intitulé", "Le guide"]),
    "/corpus/sources": (200, ["4 lignes triées par nom", "Nom ▼", "Site", "Droits de réutilisation"]),
    "/corpus/carte": (200, ["Carte des documents (vue)", "0 ligne", "Aucune ligne"]),
    f"/corpus/recherche_pdf?q={urllib.parse.quote(PDF_PHRASE)}": (200, [
        "Recherche dans les PDF : corpus", "Mots à chercher", "1 ligne", "PDF, page 2",
        "page d'origine", "Exécuter la requête", "Voir la requête", "Modifier le SQL",
        "Ces données en"]),
    "/corpus/recherche_pdf?q=": (200, ["Voir la requête", "Aucun résultat"]),
    "/corpus/etat_des_sources": (200, ["État des sources", "Dernière collecte réussie",
                                       "partielle", "à jour", "jamais moissonnée"]),
    "/corpus?" + urllib.parse.urlencode({"sql": "select id, title from documents"}): (200, [
        "Requête SQL personnalisée : 4 lignes", "(masquer)", "Mettre en forme le SQL",
        "Exécuter la requête", "Ces données en"]),
    "/corpus?" + urllib.parse.urlencode({"sql": "select * from nulle_part"}): (400, [
        "Erreur dans la requête : table inconnue : nulle_part"]),
    "/corpus?" + urllib.parse.urlencode({"sql": "delete from documents"}): (400, [
        "Requête SQL invalide", "Seules les requêtes SELECT sont permises.", "Retour à l'accueil"]),
    "/corpus/nulle_part": (404, ["Page introuvable", "Cette table ou cette requête n'existe pas."]),
    "/corpus/documents/999": (404, ["Page introuvable", "Cette ligne n'existe pas"]),
    "/nulle_part": (404, ["Page introuvable", "Retour à l'accueil"]),
}


@pytest.mark.parametrize("path", FRENCH_PAGES)
def test_pages_speak_french(server, path):
    status, page = fetch(server + path)
    expected_status, labels = FRENCH_PAGES[path]
    assert status == expected_status
    assert '<html lang="fr">' in page
    text = visible_text(page)
    missing = [label for label in labels if label not in text]
    assert not missing, f"{path}: no {missing} in\n{text}"
    english = sorted(set(ENGLISH.findall(text)) | set(RAW_NAMES.findall(text)))
    assert not english, f"{path}: English labels {english} in\n{text}"


def test_every_filter_operator_is_translated(server):
    # A filter added by a Datasette upgrade would show its English name in the dropdown.
    from datasette.filters import Filters
    page = get(server + "/corpus/documents")
    select = re.search(r'<select name="_filter_op">(.*?)</select>', page, re.S).group(1)
    shown = dict(re.findall(r'<option value="(\w+?)(?:__1)?"[^>]*>([^<]*)</option>', select))
    for key, display, _ in Filters([]).lookups():
        if re.search("[a-z]", display):
            assert unescape(shown[key]) != display, f"filter {key!r} shows {display!r}"


def test_overridden_templates_name_the_datasette_version_they_come_from():
    """A template copied from Datasette, or overriding blocks of its stock template
    ({% extends "default:…" %}), says which version; after an upgrade this fails until each one
    is compared with the new stock template and its first comment updated."""
    import datasette
    stock = Path(datasette.__file__).parent / "templates"
    v = datasette.__version__
    for template in sorted((ROOT / "templates").glob("*.html")):
        if (stock / template.name).exists():
            head = template.read_text(encoding="utf-8").split("-#}", 1)[0]
            overrides = f'{{% extends "default:{template.name}" %}}' in head
            assert (f"Overrides blocks of Datasette {v} " in head if overrides
                    else f"Copied from Datasette {v} " in head), (
                f"templates/{template.name}: compare with datasette/templates/{template.name} "
                f"of Datasette {datasette.__version__}, then update its first comment")
