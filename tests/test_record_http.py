"""The record page /document/<id> and the kept copies /fichier/<sha256>, over HTTP, from the
real Datasette started as `crpv serve` starts it, on the replica corpus built by the real
pipeline (tests/conftest.py): policies `gone` (default), `all` and `none`, ranges, validators,
an old URL's id redirected, errors in French."""

import hashlib
import os
import shutil
import sqlite3
import subprocess
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

from db.build import document_id
from db.record import french_date
from jobs.serve import datasette_command
from tests.conftest import free_port

OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))
COFABRIK = "https://www.irev.fr/thematiques/developpement-economique/fiche-experience-la-cofabrik"
COFABRIK_PDF = "https://www.irev.fr/sites/default/files/atoms/files/fiche_experience_la_cofabrik.pdf"
PQNA_OLD = "https://pqn-a.fr/decouvrez-le-1er-numero-de-leco-des-quartiers/"
PQNA_NEW = "https://pqn-a.fr/fr/actualites/articles/decouvrez-le-1er-numero-de-leco-des-quartiers"


@contextmanager
def serving(db_path: Path, copies: str | None = None):
    """A Datasette on db_path with the command line of `crpv serve` and a copies policy."""
    port = free_port()
    command = datasette_command(port)
    command[command.index(next(c for c in command if c.endswith("corpus.db")))] = str(db_path)
    env = {k: v for k, v in os.environ.items() if k != "CRPV_COPIES"}
    env.update({"CRPV_COPIES": copies} if copies else {})
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                OPENER.open(base + "/-/versions.json", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        proc.wait(10)


def fetch(url: str, headers: dict | None = None):
    """(status, headers, body) of a GET, errors included, redirects not followed."""
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}), NoRedirect)
    try:
        with opener.open(urllib.request.Request(url, headers=headers or {}), timeout=20) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def file_of(corpus, url: str) -> tuple[str, Path]:
    sha, path = corpus["db"].execute("select f.sha256, f.path from document_files df join files f "
                                     "on f.sha256 = df.sha256 where df.url = ?", [url]).fetchone()
    return sha, corpus["data"] / "files" / path


@pytest.fixture(scope="module")
def all_copies(corpus):
    with serving(corpus["data"] / "corpus.db", "all") as base:
        yield base


@pytest.fixture(scope="module")
def gone_corpus(corpus, tmp_path_factory):
    """A copy of the corpus where the Cofabrik fiche left its site (its files stay kept)."""
    data = tmp_path_factory.mktemp("gone-corpus")
    shutil.copy(corpus["data"] / "corpus.db", data / "corpus.db")
    (data / "files").symlink_to(corpus["data"] / "files")
    with sqlite3.connect(data / "corpus.db") as conn:
        conn.execute("update documents set gone_since = strftime('%Y-%m-%dT%H:%M:%S+00:00', "
                     "last_seen, '+3 days') where url = ?", [COFABRIK])
    return data


@pytest.fixture(scope="module")
def gone_site(gone_corpus):
    with serving(gone_corpus / "corpus.db") as base:  # the default policy: gone
        yield base


def test_the_record_page(datasette):
    status, headers, body = fetch(f"{datasette}/document/{document_id(COFABRIK)}")
    html = body.decode()
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "<h1>Fiche expérience : la Cofabrik" in html and "IREV" in html
    assert "15 mars 2021" in html and f'href="{COFABRIK}"' in html
    assert "fiche_experience_la_cofabrik.pdf" in html and "3 pages" in html
    assert 'href="/recherche?theme=' in html and "<details" in html
    for raw in ("doc_type", "date_source", "field_sources", '["', "null"):
        assert raw not in html.split("<article")[1].split("</article>")[0], raw
    assert "/fichier/" not in html  # the original is online: `gone` offers no copy


def test_arriving_from_a_search_lists_the_matching_pages(datasette):
    _, _, body = fetch(f"{datasette}/document/{document_id(COFABRIK)}?q=pluriannuelles")
    html = body.decode()
    assert f'href="{COFABRIK_PDF}#page=3"' in html
    assert "<mark>pluriannuelles</mark>" in html and "<details class=\"texte-integral\" open" in html


def test_unknown_and_malformed_ids_are_french_404s(datasette):
    for path in ("/document/123", "/document/abc", "/document/" + "9" * 30):
        status, _, body = fetch(datasette + path)
        assert status == 404 and "Aucun document du corpus" in body.decode(), path


def test_an_old_url_redirects_to_the_current_record(datasette):
    status, headers, _ = fetch(f"{datasette}/document/{document_id(PQNA_OLD)}?q=eco")
    assert status == 301
    assert headers["Location"] == f"/document/{document_id(PQNA_NEW)}?q=eco"


def test_kept_copy_is_the_downloaded_file(corpus, all_copies):
    sha, stored = file_of(corpus, COFABRIK_PDF)
    status, headers, body = fetch(f"{all_copies}/fichier/{sha}")
    assert status == 200 and hashlib.sha256(body).hexdigest() == sha
    assert headers["Content-Type"] == "application/pdf"
    assert headers["Content-Disposition"] == ('inline; filename="fiche_experience_la_cofabrik.pdf"; '
                                              "filename*=UTF-8''fiche_experience_la_cofabrik.pdf")
    assert headers["Accept-Ranges"] == "bytes" and headers["ETag"] == f'"{sha}"'
    assert headers["Last-Modified"] and int(headers["Content-Length"]) == stored.stat().st_size
    _, _, page = fetch(f"{all_copies}/document/{document_id(COFABRIK)}")
    assert f'href="/fichier/{sha}"' in page.decode()


def test_ranges_and_validators(corpus, all_copies):
    sha, stored = file_of(corpus, COFABRIK_PDF)
    data, url = stored.read_bytes(), f"{all_copies}/fichier/{sha}"
    status, headers, body = fetch(url, {"Range": "bytes=10-99"})
    assert (status, body) == (206, data[10:100])
    assert headers["Content-Range"] == f"bytes 10-99/{len(data)}"
    assert fetch(url, {"Range": "bytes=-20"})[2] == data[-20:]
    assert fetch(url, {"Range": f"bytes={len(data) - 5}-"})[2] == data[-5:]
    status, headers, _ = fetch(url, {"Range": f"bytes={len(data)}-"})
    assert status == 416 and headers["Content-Range"] == f"bytes */{len(data)}"
    assert fetch(url, {"If-None-Match": f'"{sha}"'})[0] == 304
    # A range of a changed representation (If-Range no longer matches) gets the whole file.
    assert fetch(url, {"Range": "bytes=0-9", "If-Range": '"other"'})[:1] == (200,)


def test_bad_names_never_reach_the_disk(all_copies):
    for path in ("/fichier/" + "0" * 64, "/fichier/..%2F..%2Fcorpus.db", "/fichier/ABC",
                 "/fichier/" + "a" * 63 + "/", "/fichier/%2e%2e"):
        status, headers, _ = fetch(all_copies + path)
        if status == 302:  # Datasette respells an encoded slash (`~2F`) first
            status = fetch(all_copies + headers["Location"])[0]
        assert status == 404, path


def test_policy_none_serves_nothing(corpus):
    sha, _ = file_of(corpus, COFABRIK_PDF)
    with serving(corpus["data"] / "corpus.db", "none") as base:
        status, _, body = fetch(f"{base}/fichier/{sha}")
        assert status == 404 and "pas proposé" in body.decode()


def test_gone_document_offers_its_kept_copy(corpus, gone_site):
    sha, _ = file_of(corpus, COFABRIK_PDF)
    _, _, body = fetch(f"{gone_site}/document/{document_id(COFABRIK)}?q=pluriannuelles")
    html = body.decode()
    seen, gone = corpus["db"].execute("select last_seen, date(last_seen, '+3 days') from documents "
                                      "where url = ?", [COFABRIK]).fetchone()
    assert "n'est plus en ligne sur le site d'origine" in html and french_date(gone) in html
    assert f'href="/fichier/{sha}#page=3"' in html
    assert (f"Copie conservée le {french_date(seen)} ; l'original n'est plus en ligne depuis "
            f"le {french_date(gone)}") in html
    status, _, pdf = fetch(f"{gone_site}/fichier/{sha}")
    assert status == 200 and hashlib.sha256(pdf).hexdigest() == sha
    # Files of documents still online stay with their site.
    other = corpus["db"].execute(
        "select sha256 from document_files where sha256 is not null and sha256 not in "
        "(select sha256 from document_files where document_id = ?)", [document_id(COFABRIK)]).fetchone()[0]
    assert fetch(f"{gone_site}/fichier/{other}")[0] == 404
