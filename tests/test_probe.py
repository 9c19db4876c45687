"""`crpv probe` against the replicas (Drupal, WordPress, PMB): which channels answer, every
answer saved raw, and what the spider's own callbacks extract from the saved item pages."""

import json

import pytest
from protego import Protego

from crawlers.probe import Fetched, PoliteFetcher
from crawlers.politeness import MAX_CRAWL_DELAY
from crawlers.settings import USER_AGENT
from tests.conftest import SITES, crpv, expected_documents
from tests.replica import ReplicaServer, take_down

HOSTS = {"irev": "www.irev.fr", "villes-au-carre": "www.villesaucarre.org", "cosoter": "cosoter-ressources.info"}


@pytest.fixture(scope="module")
def probed(replica, tmp_path_factory):
    data = tmp_path_factory.mktemp("probe")
    runs = {}
    for slug in HOSTS:
        replica.clear_log()
        result = crpv(["probe", slug], data, replica)
        folder = data / "probe" / slug
        runs[slug] = {"result": result, "requests": replica.requests, "folder": folder, "data": data,
                      "answers": json.loads((folder / "probe.json").read_text())["answers"]}
    return runs


def answer(run, url_end):
    return next(a for a in run["answers"] if a["url"].endswith(url_end))


@pytest.mark.parametrize("slug", HOSTS)
def test_every_answer_is_saved_raw_with_status_and_headers(probed, slug):
    run = probed[slug]
    assert run["answers"][0]["kind"] == "robots.txt"
    for meta in run["answers"]:
        saved = json.loads((run["folder"] / (meta["file"].rsplit(".", 1)[0] + ".meta.json")).read_text())
        assert saved["status"] == meta["status"] and saved["url"] == meta["url"]
        assert any(k.lower() == "content-type" for k in saved["headers"])
        assert (run["folder"] / meta["file"]).stat().st_size == meta["size"]
    robots = (run["folder"] / run["answers"][0]["file"]).read_text()
    assert robots == (SITES / HOSTS[slug] / "robots.txt").read_text()


@pytest.mark.parametrize("slug, url_end, kind, status, items", [
    ("irev", "/sitemap.xml", "sitemap", 200, 8),
    ("irev", "/rss.xml", "feed", 200, 5),
    ("irev", "/thematiques/developpement-economique", "listing", 200, 3),
    ("irev", "/wp-json/", "wp-json", 404, None),
    ("villes-au-carre", "/wp-sitemap-posts-post-1.xml", "sitemap", 200, 10),
    ("villes-au-carre", "/feed/", "feed", 200, 10),
    ("villes-au-carre", "/wp-json/wp/v2/posts?per_page=1", "wp-items", 200, 10),
    ("cosoter", "source_id=1&verb=Identify", "oai", 200, 0),
    ("cosoter", "source_id=2&verb=ListRecords&metadataPrefix=oai_dc", "oai-records", 200, 5),
    ("cosoter", "&page=1", "listing", 200, 10),
])
def test_channels_are_reported_with_the_items_they_list(probed, slug, url_end, kind, status, items):
    found = answer(probed[slug], url_end)
    assert (found["kind"], found["status"], found["items"]) == (kind, status, items)
    assert found["url"] in probed[slug]["result"].stdout


def test_wordpress_api_types_and_totals_are_shown(probed):
    out = probed["villes-au-carre"]["result"].stdout
    assert "types: post, page" in out and "X-WP-Total: 10" in out
    assert "WordPress REST API “Villes au Carré”" in out


def test_pmb_connectors_are_tried_in_the_spiders_order(probed):
    oai = [a["url"].split("?")[1] for a in probed["cosoter"]["answers"] if a["kind"] == "oai"]
    assert oai == ["source_id=1&verb=Identify", "source_id=2&verb=Identify"]  # 3..5 never needed


@pytest.mark.parametrize("slug", HOSTS)
def test_samples_are_read_by_the_spider_as_the_crawl_would(probed, slug):
    run = probed[slug]
    expected = {d["url"]: d for d in expected_documents(HOSTS[slug])}
    samples = [a for a in run["answers"] if a.get("take")]
    assert len(samples) == 2 and all(a["kind"] == "item" and a["status"] == 200 for a in samples)
    out = run["result"].stdout
    for sample in samples:
        want = expected[sample["url"]]
        assert f"title        {want['title']}" in out
        if slug != "villes-au-carre":  # its pages show the import date; the REST API gives the real one
            assert f"date         {want['date']}" in out
    assert "attachments" in out and "doc_type" in out


def test_the_probe_is_polite(probed):
    for run in probed.values():
        urls = [r["url"] for r in run["requests"]]
        assert all(r["headers"].get("User-Agent") == USER_AGENT for r in run["requests"])
        assert len([u for u in urls if u.endswith("/robots.txt")]) == 1
        assert len(urls) <= 30


def test_robots_txt_is_obeyed_for_channels_and_items(tmp_path):
    overlay = tmp_path / "sites" / "www.irev.fr"
    overlay.mkdir(parents=True)
    (overlay / "robots.txt").write_text("User-agent: *\nDisallow: /rss.xml\nDisallow: /thematiques/\n"
                                        "Sitemap: https://www.irev.fr/sitemap.xml\n")
    with ReplicaServer([tmp_path / "sites", SITES], tmp_path / "cache") as server:
        result = crpv(["probe", "irev"], tmp_path / "data", server)
        asked = server.urls()
    assert not [u for u in asked if "/rss.xml" in u or "/thematiques/" in u]
    assert "forbidden by robots.txt" in result.stdout
    answers = json.loads((tmp_path / "data" / "probe" / "irev" / "probe.json").read_text())["answers"]
    assert answer({"answers": answers}, "/rss.xml")["status"] is None


def test_saved_answers_are_read_again_without_network(probed):
    run = probed["irev"]
    again = crpv(["probe", "irev", "--saved"], run["data"])  # no proxy: nothing can be fetched
    first, second = (r.split("what the spider extracts")[1] for r in (run["result"].stdout, again.stdout))
    assert first == second
    assert "/sitemap.xml" in again.stdout


def test_nothing_answering_exits_non_zero(tmp_path):
    take_down(tmp_path / "sites", "www.irev.fr")
    with ReplicaServer([tmp_path / "sites", SITES], tmp_path / "cache") as server:
        result = crpv(["probe", "irev"], tmp_path / "data", server, check=False)
    assert result.returncode != 0
    assert "nothing answered for irev" in result.stderr


def test_crawl_delay_of_robots_txt_is_honoured_up_to_the_crawls_cap():
    fetcher = PoliteFetcher()
    fetcher.robots["https://www.irev.fr"] = (Fetched("", ""), Protego.parse("User-agent: *\nCrawl-delay: 10"))
    assert fetcher.host_delay("https://www.irev.fr/rss.xml") == max(fetcher.delay, min(10, MAX_CRAWL_DELAY))
    assert fetcher.host_delay("https://elsewhere.test/") == fetcher.delay
