"""Nightly runs for real: a second crawl after the sites changed, a source that fails, a source
that suddenly lists nothing, and a run killed half-way.

Every crawl is a real Scrapy crawl of the replica sites over HTTP; the sites change by laying
an overlay folder over tests/sites/ (docs/replicas.md, "Several roots").
"""

import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timezone

import pytest

from tests.conftest import ROOT, SITES, crpv
from tests.replica import ReplicaServer

SOURCES = ["irev", "labo-cites", "villes-au-carre"]
IREV = SITES / "www.irev.fr"
CHANGED = "https://www.irev.fr/thematiques/developpement-economique/ma-boutique-lessai-denain-redynamise-le-commerce-de-son-centre-ville"
AMIENS = "actualites-0/entreprendre-dans-les-quartiers-retour-sur-la-rencontre-damiens"
ADDED = "https://www.irev.fr/actualites-0/entreprendre-a-lens-le-forum-des-createurs"
REMOVED = "https://www.labo-cites.org/publication/venissieux-une-conciergerie-solidaire-aux-minguettes"
PDF_SPEC = "wp-content/uploads/2022/03/Bilan-CitesLab-CVL-2021.pdf.json"


def documents(data) -> dict:
    db = sqlite3.connect(data / "corpus.db")
    db.row_factory = sqlite3.Row
    return {r["url"]: dict(r) for r in db.execute("select * from documents")}


def last_runs(data) -> dict:
    db = sqlite3.connect(data / "corpus.db")
    db.row_factory = sqlite3.Row
    rows = db.execute("select * from source_runs order by finished")
    return {r["source"]: dict(r) for r in rows}


def write_changes(overlay):
    """Change one page, add one, remove one, change one PDF."""
    irev = overlay / "www.irev.fr"
    page = (IREV / (CHANGED.split("www.irev.fr/")[1] + ".html")).read_text()
    target = irev / (CHANGED.split("www.irev.fr/")[1] + ".html")
    target.parent.mkdir(parents=True)
    target.write_text(page.replace("centre-ville de Denain", "centre-ville de Denain (Nord)"))
    new_slug = ADDED.split("www.irev.fr/")[1]
    amiens = (IREV / f"{AMIENS}.html").read_text()
    (irev / "actualites-0").mkdir()
    (irev / f"{new_slug}.html").write_text(
        amiens.replace(AMIENS, new_slug).replace("rencontre d&#039;Amiens", "forum des créateurs de Lens"))
    # The sitemap says what moved (Drupal updates lastmod when a node is saved).
    now = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    sitemap = re.sub(rf"(<loc>{re.escape(CHANGED)}</loc><lastmod>)[^<]+", rf"\g<1>{now}",
                     (IREV / "sitemap.xml").read_text())
    assert now in sitemap
    (irev / "sitemap.xml").write_text(sitemap.replace(
        "</urlset>", f"<url><loc>{ADDED}</loc><lastmod>{now}</lastmod></url></urlset>"))
    labo = overlay / "www.labo-cites.org"
    (labo / "sitemap-pages").mkdir(parents=True)
    path = REMOVED.split("labo-cites.org")[1]
    base_routes = json.loads((SITES / "www.labo-cites.org" / "_site.json").read_text()).get("routes", {})
    (labo / "_site.json").write_text(json.dumps({"routes": {**base_routes, path: {"status": 404}}}))
    # Drupal drops a deleted node from its sitemap and its feed; the listing page still links it.
    sitemap = (SITES / "www.labo-cites.org" / "sitemap-pages" / "page-1.xml").read_text()
    (labo / "sitemap-pages" / "page-1.xml").write_text(
        re.sub(rf"<url><loc>{re.escape(REMOVED)}</loc>.*?</url>", "", sitemap))
    rss = (SITES / "www.labo-cites.org" / "rss.xml").read_text()
    (labo / "rss.xml").write_text(
        re.sub(rf"<item>\s*<title>[^<]*</title>\s*<link>{re.escape(REMOVED)}</link>.*?</item>", "", rss, flags=re.S))
    spec = json.loads((SITES / "www.villesaucarre.org" / PDF_SPEC).read_text())
    spec["blocks"].append({"text": "Addendum de novembre 2026 : les chiffres définitifs du bilan."})
    target = overlay / "www.villesaucarre.org" / PDF_SPEC
    target.parent.mkdir(parents=True)
    target.write_text(json.dumps(spec, ensure_ascii=False))


def write_breakage(overlay):
    """Villes au Carré answers 500 everywhere it is asked; Labo Cités lists nothing."""
    vac = overlay / "www.villesaucarre.org"
    vac.mkdir(parents=True)
    # Every path: the harvest also reads robots.txt, the home page and its menus when the API,
    # the sitemap and the feed fail, so a few failing routes no longer make a failed source.
    (vac / "_site.json").write_text(json.dumps({"routes": {"*": {"status": 500}}}))
    labo = overlay / "www.labo-cites.org"
    labo.mkdir()
    empty = {"/sitemap.xml": {"body": '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>',
                              "headers": {"Content-Type": "application/xml"}},
             "/rss.xml": {"body": '<?xml version="1.0"?><rss version="2.0"><channel><title>Labo Cités</title></channel></rss>',
                          "headers": {"Content-Type": "application/rss+xml"}},
             # every other page too: the home page's menus would lead to the sections
             "*": {"body": "<html><body><main><p>Aucune publication.</p></main></body></html>"}}
    (labo / "_site.json").write_text(json.dumps({"routes": empty}))


@pytest.fixture(scope="module")
def nightly(tmp_path_factory):
    base = tmp_path_factory.mktemp("nightly")
    data, changes, broken = base / "data", base / "changes", base / "broken"
    write_breakage(broken)
    steps = {}
    with ReplicaServer([SITES], base / "cache") as server:
        crpv(["run", *SOURCES], data, server)
        steps["first"] = (documents(data), last_runs(data))
    time.sleep(1)  # run times have one-second resolution
    steps["between"] = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    write_changes(changes)
    with ReplicaServer([changes, SITES], base / "cache") as server:
        crpv(["run", *SOURCES], data, server)
        steps["changed"] = (documents(data), last_runs(data))
        steps["changed_requests"] = server.urls()
    crpv(["export", "--since", steps["between"]], data)
    steps["feeds"] = shutil.copytree(data / "feeds", base / "feeds-after-changes")
    with ReplicaServer([broken, changes, SITES], base / "cache") as server:
        steps["broken_run"] = crpv(["run", *SOURCES, "--report", str(base / "report.md")], data, server,
                                   check=False)
        steps["broken"] = (documents(data), last_runs(data))
    steps["report"] = (base / "report.md").read_text()
    steps["data"] = data
    return steps


def test_second_run_counts_new_changed_unchanged_and_gone_exactly(nightly):
    first, _ = nightly["first"]
    docs, runs = nightly["changed"]
    assert (runs["irev"]["new"], runs["irev"]["changed"]) == (1, 1)
    assert runs["irev"]["unchanged"] == runs["irev"]["found"] - 2
    assert runs["labo-cites"]["gone"] == 1 and runs["labo-cites"]["new"] == 0
    assert (runs["villes-au-carre"]["changed"], runs["villes-au-carre"]["gone"]) == (1, 0)
    assert ADDED in docs and ADDED not in first
    assert docs[REMOVED]["gone_since"] and docs[REMOVED]["title"] == first[REMOVED]["title"]
    assert docs[CHANGED]["last_changed"] > first[CHANGED]["last_changed"]
    assert docs[CHANGED]["first_seen"] == first[CHANGED]["first_seen"]


def test_the_previous_version_of_a_changed_document_is_kept(nightly):
    first, _ = nightly["first"]
    docs, _ = nightly["changed"]
    db = sqlite3.connect(nightly["data"] / "corpus.db")
    versions = db.execute("select body, content_hash from document_versions where document_id = ?",
                          [docs[CHANGED]["id"]]).fetchall()
    assert versions == [(first[CHANGED]["body"], first[CHANGED]["content_hash"])]
    assert "Denain (Nord)" in docs[CHANGED]["body"]


def test_a_changed_pdf_gives_a_new_file_and_its_text(nightly):
    db = sqlite3.connect(nightly["data"] / "corpus.db")
    hits = db.execute("select count(*) from pages where text like '%Addendum de novembre 2026%'").fetchone()[0]
    assert hits == 1
    files = db.execute("select count(*) from files where first_url like '%Bilan-CitesLab-CVL-2021.pdf'").fetchone()
    assert files[0] == 2  # both versions kept, each under its own sha256


def test_failing_and_empty_sources_are_suspicious_and_lose_nothing(nightly):
    before, _ = nightly["changed"]
    after, runs = nightly["broken"]
    result = nightly["broken_run"]
    assert result.returncode != 0
    assert "villes-au-carre" in result.stderr and "labo-cites" in result.stderr
    assert runs["villes-au-carre"]["status"] == "failed" and runs["villes-au-carre"]["suspicious"] == 1
    assert runs["labo-cites"]["suspicious"] == 1 and runs["labo-cites"]["gone"] == 0
    assert runs["irev"]["status"] in ("ok", "partial") and runs["irev"]["suspicious"] == 0
    assert set(after) == set(before)
    gone_before = {u for u, d in before.items() if d["gone_since"]}
    assert {u for u, d in after.items() if d["gone_since"]} == gone_before


def test_report_names_the_sources_to_check(nightly):
    report = nightly["report"]
    assert report.startswith("# crpv-corpus")
    assert "villes-au-carre" in report and "labo-cites" in report and "| irev |" in report


def test_a_killed_run_leaves_the_published_corpus_intact(tmp_path):
    data = tmp_path / "data"
    with ReplicaServer([SITES], tmp_path / "cache") as server:
        crpv(["run", "irev"], data, server)
        published = documents(data)
        slow = tmp_path / "slow" / "www.labo-cites.org"
        slow.mkdir(parents=True)
        (slow / "_site.json").write_text(json.dumps({"routes": {"/rss.xml": {"delay": 30, "file": "rss.xml"}}}))
    with ReplicaServer([tmp_path / "slow", SITES], tmp_path / "cache") as server:
        env = {**os.environ, **server.proxy_env(), "CRPV_DATA_DIR": str(data), "CRPV_DOWNLOAD_DELAY": "0",
               "CRPV_MAX_CRAWL_DELAY": "0"}
        job = subprocess.Popen([sys.executable, "-m", "pipeline", "run", "irev", "labo-cites"], cwd=ROOT,
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
        time.sleep(6)
        assert job.poll() is None, "the job should still be crawling"
        os.killpg(job.pid, signal.SIGKILL)
        job.wait(10)
        assert documents(data) == published
        assert sqlite3.connect(data / "corpus.db").execute("pragma integrity_check").fetchone()[0] == "ok"
    with ReplicaServer([SITES], tmp_path / "cache") as server:
        crpv(["run", "irev", "labo-cites"], data, server)
    after = documents(data)
    assert set(published) <= set(after)
    assert len(after) == len({d["id"] for d in after.values()})
    assert any(u.startswith("https://www.labo-cites.org/") for u in after)


def test_sources_status_query_shows_last_success_failure_and_trend(nightly):
    import yaml
    metadata = yaml.safe_load((ROOT / "metadata.yml").read_text())
    sql = metadata["databases"]["corpus"]["queries"]["etat_des_sources"]["sql"]
    db = sqlite3.connect(nightly["data"] / "corpus.db")
    db.row_factory = sqlite3.Row
    rows = {r["source"]: dict(r) for r in db.execute(sql)}
    assert rows["villes-au-carre"]["dernier_echec"] and rows["villes-au-carre"]["dernier_etat"] == "en échec"
    assert rows["irev"]["dernier_succes"] and not rows["irev"]["dernier_echec"]
    assert rows["labo-cites"]["tendance"].count("←") == 2


def test_quoi_de_neuf_feeds_list_exactly_what_is_new_or_changed(nightly):
    import jsonschema
    from xml.etree import ElementTree

    feed = json.loads((nightly["feeds"] / "nouveautes.json").read_text())
    schema = json.loads((ROOT / "tests" / "jsonfeed-1.1.schema.json").read_text())
    jsonschema.validate(feed, schema, format_checker=jsonschema.FormatChecker())
    changes = {i["url"]: i["_crpv"]["changement"] for i in feed["items"]}
    vac_changed = [u for u in changes if "villesaucarre" in u]
    assert changes[ADDED] == "nouveau" and changes[CHANGED] == "modifié"
    assert len(vac_changed) == 1 and REMOVED not in changes and len(changes) == 3
    irev = json.loads((nightly["feeds"] / "nouveautes-irev.json").read_text())
    assert {i["url"] for i in irev["items"]} == {ADDED, CHANGED}
    atom = ElementTree.parse(nightly["feeds"] / "nouveautes.atom").getroot()
    assert len(atom.findall("{http://www.w3.org/2005/Atom}entry")) == 3


def test_two_runs_never_overlap(tmp_path):
    import fcntl
    data = tmp_path / "data"
    data.mkdir()
    with open(data / ".crpv.lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)  # a run in progress
        second = crpv(["run", "irev"], data, check=False)
    assert second.returncode != 0
    assert "another crpv run holds" in second.stderr and "wait for it to finish" in second.stderr
    assert not (data / "crawl").exists()


def test_sitemap_lastmod_spares_the_pages_that_did_not_move(nightly):
    fetched = nightly["changed_requests"]
    unchanged = "https://www.irev.fr/thematiques/developpement-economique/fiche-experience-la-cofabrik"
    assert CHANGED in fetched and ADDED in fetched
    assert unchanged not in fetched
    docs, _ = nightly["changed"]
    assert docs[unchanged]["last_seen"] > nightly["between"]  # still seen, not gone
