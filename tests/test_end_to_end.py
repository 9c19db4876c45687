"""The whole job, for real: Scrapy crawls the replicas over HTTP through the proxy variables,
files are extracted, the database is built, feeds exported, and a real Datasette answers.
The `corpus` and `datasette` fixtures live in tests/conftest.py, shared with tests/test_search.py
and tests/test_browser.py: one crawl per test session."""

import json
import sqlite3
import urllib.parse
import urllib.request

import jsonschema
import pytest

from tests.conftest import ROOT, SITES, crpv, expected_documents
from tests.replica import ReplicaServer, take_down

HOSTS = sorted(p.parent.name for p in SITES.glob("*/_expected.json"))


def get_json(url: str, **params):
    with urllib.request.urlopen(f"{url}?{urllib.parse.urlencode(params)}", timeout=10) as r:
        return json.load(r)


def test_crawl_summary_names_every_source(corpus):
    out = corpus["crawl"].stdout
    for slug in ("irev", "labo-cites", "villes-au-carre"):
        assert slug in out
    assert "failed" not in out


@pytest.mark.parametrize("host", HOSTS)
def test_corpus_holds_every_expected_document_exactly(corpus, host):
    db = corpus["db"]
    for want in expected_documents(host):
        row = db.execute("select title, date, doc_type, tags from documents where url = ?",
                         [want["url"]]).fetchone()
        assert row is not None, want["url"]
        assert row[:3] == (want["title"], want["date"], want["doc_type"])
        assert json.loads(row[3]) == want["tags"]


def test_no_trap_or_disallowed_url_was_fetched(corpus):
    urls = [r["url"] for r in corpus["requests"]]
    assert any(u.endswith("/robots.txt") for u in urls)
    assert not [u for u in urls if "/print/" in u or "/agenda/" in u or "/search/" in u]


def test_http_errors_are_recorded_and_the_crawl_goes_on(corpus):
    errors = corpus["db"].execute("select source, url, status from crawl_errors").fetchall()
    assert any(status == 500 and source == "irev" for source, _, status in errors)


def test_one_file_published_by_two_sources_is_stored_once(corpus):
    shared = corpus["db"].execute(
        "select df.sha256, count(distinct d.source) from document_files df "
        "join documents d on d.id = df.document_id where df.sha256 is not null "
        "group by df.sha256 having count(distinct d.source) > 1").fetchall()
    assert shared, "the replicas publish one PDF on two sites"
    stored = list((corpus["data"] / "files").glob(f"*/{shared[0][0]}*"))
    assert len(stored) == 1


def test_corrupt_pdf_gets_a_recorded_error(corpus):
    errors = corpus["db"].execute("select extract_error from files where extract_error is not null").fetchall()
    assert errors and all(len(e[0]) > 10 for e in errors)


def test_build_twice_gives_the_same_rows(corpus):
    db_file = corpus["data"] / "corpus.db"
    query = "select id, url, title, date, content_hash from documents order by id"
    before = sqlite3.connect(db_file).execute(query).fetchall()
    crpv(["build"], corpus["data"])
    after = sqlite3.connect(db_file).execute(query).fetchall()
    assert before == after and len(before) == sum(len(expected_documents(h)) for h in HOSTS)


@pytest.mark.parametrize("host", HOSTS)
def test_datasette_search_finds_words_only_in_pdfs(datasette, host):
    for want in expected_documents(host):
        for phrase in want.get("pdf_phrases", []):
            rows = get_json(f"{datasette}/corpus/documents.json", _search=f'"{phrase}"',
                            _shape="array", _col="url")
            assert want["url"] in [r["url"] for r in rows], phrase


def test_datasette_search_folds_accents(datasette):
    accented = get_json(f"{datasette}/corpus/documents.json", _search="économie", _shape="array")
    plain = get_json(f"{datasette}/corpus/documents.json", _search="economie", _shape="array")
    assert plain and len(plain) == len(accented)


def test_documents_are_served_newest_first_with_facets(datasette):
    data = get_json(f"{datasette}/corpus/documents.json", _col="date")
    dates = [r[1] for r in data["rows"] if r[1]]
    assert dates == sorted(dates, reverse=True)
    assert {"source", "doc_type", "year"} <= set(data["facet_results"])


def test_feeds_are_valid_json_feed_1_1(corpus):
    schema = json.loads((ROOT / "tests" / "jsonfeed-1.1.schema.json").read_text())
    feeds = sorted((corpus["data"] / "feeds").glob("*.json"))
    assert {f.stem for f in feeds} >= {"all", "irev", "labo-cites", "villes-au-carre", "nouveautes",
                                       "theme-commerce-de-proximite", "theme-entrepreneuriat"}
    for feed_file in feeds:
        feed = json.loads(feed_file.read_text())
        jsonschema.validate(feed, schema, format_checker=jsonschema.FormatChecker())
        key = "date_modified" if feed_file.stem.startswith("nouveautes") else "date_published"
        dates = [i[key] for i in feed["items"] if key in i]
        assert dates == sorted(dates, reverse=True)
    everything = json.loads((corpus["data"] / "feeds" / "all.json").read_text())
    assert len(everything["items"]) == sum(len(expected_documents(h)) for h in HOSTS)


def test_a_source_that_is_down_fails_loudly_and_loses_nothing(corpus, tmp_path):
    overlay = tmp_path / "sites"
    take_down(overlay, "www.villesaucarre.org")
    data = corpus["data"]
    before = corpus["db"].execute(
        "select count(*) from documents where source = 'villes-au-carre'").fetchone()[0]
    with ReplicaServer([overlay, SITES], tmp_path / "cache") as down:
        result = crpv(["crawl", "villes-au-carre", "irev"], data, down, check=False)
    assert result.returncode != 0
    assert "villes-au-carre" in result.stderr + result.stdout
    crpv(["build"], data)
    db = sqlite3.connect(data / "corpus.db")
    kept = db.execute("select count(*) from documents where source = 'villes-au-carre' "
                      "and gone_since is null").fetchone()[0]
    assert kept == before > 0
    status = db.execute("select status from source_runs where source = 'irev' "
                        "order by finished desc limit 1").fetchone()[0]
    assert status in ("ok", "partial")


def test_bad_pages_and_files_are_recorded_and_the_rest_goes_on(tmp_path):
    """A redirect loop, a malformed page, an HTML error page served as a PDF, a host that is
    down: each one is an error with its reason; every other document still arrives."""
    overlay = tmp_path / "sites"
    loop = "/actualites-0/lancement-du-club-dev-eco-en-hauts-de-france"
    routes = {
        "www.irev.fr": {loop: {"redirect": loop + "-bis", "status": 302},
                        loop + "-bis": {"redirect": loop, "status": 302}},
        "www.labo-cites.org": {
            "/publication/venissieux-une-conciergerie-solidaire-aux-minguettes":
                {"body": "<html><head><title>Vénissieux</ti<<<div \x00\x01 ><p>coupé"}},
        "www.villesaucarre.org": {
            "/wp-content/uploads/2017/05/Statuts-Villes-au-Carre-2017.pdf":
                {"body": "<html><body>Erreur 404 : page introuvable</body></html>",
                 "headers": {"Content-Type": "application/pdf"}}},
    }
    for host, host_routes in routes.items():
        (overlay / host).mkdir(parents=True)
        (overlay / host / "_site.json").write_text(json.dumps({"routes": host_routes}))
    data = tmp_path / "data"
    with ReplicaServer([overlay, SITES], tmp_path / "cache") as server:
        crawl = crpv(["crawl"], data, server)
    crpv(["extract"], data)
    crpv(["build"], data)
    db = sqlite3.connect(data / "corpus.db")
    errors = db.execute("select source, url, error from crawl_errors").fetchall()
    assert any(s == "irev" and "redirect" in e.lower() for s, _, e in errors), errors
    assert "partial" in crawl.stdout
    broken = db.execute("select extract_error from files where first_url like '%Statuts-Villes%'").fetchone()
    assert broken and "text/html" in broken[0]
    found = {r[0] for r in db.execute("select url from documents")}
    expected = {d["url"] for h in HOSTS for d in expected_documents(h)}
    missing = expected - found
    assert len(missing) <= 1 and all(loop in m for m in missing), missing
