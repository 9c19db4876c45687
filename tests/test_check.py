"""`crpv check` against the replicas: a sound source passes; a site that lost its dates, most of
its items, or everything fails with a message saying what went wrong and what to do.

The sites change by laying an overlay folder over tests/sites/ (docs/replicas.md, "Several roots").
"""

import json
import re

from crawlers.check import check_run
from crawlers.spiders.irev import IrevSpider
from crawlers.spiders.umap_club_dev_eco import UmapClubDevEcoSpider
from tests.conftest import SITES, crpv, expected_documents
from tests.replica import ReplicaServer, take_down

COSOTER = SITES / "cosoter-ressources.info"
YEAR_ROW = re.compile(rb"<tr[^>]*>(?:(?!</tr>).)*?Ann(?:\xc3\xa9|\xe9|&eacute;)e de publication(?:(?!</tr>).)*</tr>", re.S)
DC_DATE = re.compile(rb"<dc:date>.*?</dc:date>")


def test_a_sound_source_passes_then_fails_when_its_items_vanish(tmp_path):
    data, overlay = tmp_path / "data", tmp_path / "sites"
    with ReplicaServer([SITES], tmp_path / "cache") as server:
        ok = crpv(["check", "irev"], data, server)
    assert "check irev: ok" in ok.stdout and "empty fields: title 0%" in ok.stdout
    # Most item pages are gone (a restructured site): the sitemap and listings still name them.
    gone = [d["url"].split("www.irev.fr")[1] for d in expected_documents("www.irev.fr")][2:]
    (overlay / "www.irev.fr").mkdir(parents=True)
    (overlay / "www.irev.fr" / "_site.json").write_text(json.dumps({"routes": {p: {"status": 404} for p in gone}}))
    with ReplicaServer([overlay, SITES], tmp_path / "cache") as server:
        bad = crpv(["check", "irev"], data, server, check=False)
    assert bad.returncode != 0
    assert "far fewer than the" in bad.stderr and "crpv probe irev" in bad.stderr


def test_a_source_that_lost_its_dates_fails_naming_the_field(tmp_path):
    overlay = tmp_path / "sites" / "cosoter-ressources.info"
    for path in COSOTER.rglob("*"):
        if path.is_file() and ("notice_" in path.name or "notice_display" in path.name or path.name == "oai.json"):
            target = overlay / path.relative_to(COSOTER)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(DC_DATE.sub(b"", YEAR_ROW.sub(b"", path.read_bytes())))
    with ReplicaServer([tmp_path / "sites", SITES], tmp_path / "cache") as server:
        result = crpv(["check", "cosoter"], tmp_path / "data", server, check=False)
    assert result.returncode != 0
    assert re.search(r"date is empty on \d+ of \d+ documents \(\d+%\)", result.stderr), result.stderr
    assert "date_selectors" in result.stderr and "title is empty" not in result.stderr


def test_a_source_that_yields_nothing_fails(tmp_path):
    take_down(tmp_path / "sites", "www.labo-cites.org")
    with ReplicaServer([tmp_path / "sites", SITES], tmp_path / "cache") as server:
        result = crpv(["check", "labo-cites"], tmp_path / "data", server, check=False)
    assert result.returncode != 0
    assert "labo-cites: the spider yielded no document" in result.stderr
    assert "crpv probe labo-cites" in result.stderr


# ---------- the verdict alone, on written run reports ----------
def write_run(folder, run_id, items, status="ok"):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"items-{run_id}.jsonl").write_text("".join(json.dumps(i) + "\n" for i in items))
    run = {"run_id": run_id, "source": folder.name, "status": status, "message": "", "items": len(items),
           "items_file": f"items-{run_id}.jsonl", "errors": [], "channels": {"sitemap": len(items)}}
    (folder / f"run-{run_id}.json").write_text(json.dumps(run))
    return folder / f"run-{run_id}.json"


def doc(n, **fields):
    return {"url": f"https://www.irev.fr/actualites-0/{n}", "title": f"Titre {n}", "date": "2020-01-01",
            "body": "Texte.", "doc_type": "actualité", **fields}


def test_half_empty_is_tolerated_most_empty_is_not(tmp_path):
    folder = tmp_path / "irev"
    half = write_run(folder, "20240101T000000Z", [doc(i, date=None if i % 2 else "2020") for i in range(10)])
    assert check_run(IrevSpider, half).problems == []
    most = write_run(folder, "20240102T000000Z", [doc(i, body="" if i < 6 else "Texte.") for i in range(10)])
    assert check_run(IrevSpider, most).problems == [
        "irev: body is empty on 6 of 10 documents (60%): the site's markup changed or a guess is wrong. "
        "Run `crpv probe irev`, look at the body of the sample pages, and fix body_selectors in "
        "crawlers/spiders/ or its platform base."]


def test_the_count_is_compared_with_the_last_good_run(tmp_path):
    folder = tmp_path / "irev"
    write_run(folder, "20240101T000000Z", [doc(i) for i in range(10)])
    write_run(folder, "20240102T000000Z", [], status="failed")
    fewer = write_run(folder, "20240103T000000Z", [doc(i) for i in range(4)])
    problems = check_run(IrevSpider, fewer).problems
    assert len(problems) == 1 and "4 documents, far fewer than the 10 of the last good run (20240101T000000Z)" in problems[0]
    # A run far below is no new baseline: the build keeps comparing with the last good one too.
    assert check_run(IrevSpider, write_run(folder, "20240104T000000Z", [doc(i) for i in range(4)])).problems
    assert check_run(IrevSpider, write_run(folder, "20240105T000000Z", [doc(i) for i in range(5)])).problems == []


def test_map_points_are_not_expected_to_carry_dates(tmp_path):
    run = write_run(tmp_path / "umap-club-dev-eco", "20240101T000000Z", [doc(i, date=None) for i in range(3)])
    verdict = check_run(UmapClubDevEcoSpider, run)
    assert verdict.problems == [] and "date" not in verdict.facts[1]


# ---------- `crpv sources`: the same run reports, and the corpus ----------
def test_sources_show_channels_documents_last_success_and_unconfirmed_centres(corpus):
    result = crpv(["sources"], corpus["data"])
    db = corpus["db"]
    rows = {r[0]: r[1:] for r in db.execute("select slug, documents, last_success, channels, address_confirmed, "
                                            "enabled from sources")}
    lines = {line.split()[0]: line for line in result.stdout.splitlines() if line.strip()}
    documents, last_success, channels, _, _ = rows["irev"]
    assert documents > 0 and last_success
    assert f" {documents} " in lines["irev"] and last_success[:16] in lines["irev"]
    assert set(json.loads(channels)) >= {"sitemap", "feed"}
    assert "feed, listing, sitemap" in lines["irev"]
    assert "rest-api" in lines["villes-au-carre"]
    assert "oriv" in lines and " non " in lines["oriv"]
    for slug in ("pole-ressources", "cite-ressources"):
        assert rows[slug][3:] == (0, 0) and f"{slug}:" in result.stdout
    assert "Pôle Ressources Ville et Développement Social" in result.stdout
