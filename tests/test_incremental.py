"""Nightly runs that ask only what moved: WordPress `modified_after` beside the id listing, OAI-PMH
`from=` with deleted headers, feed dates. Each scenario is a chain of real `crpv run`s against the
replicas, the sites changing by overlay between runs (docs/replicas.md, "Several roots"):
nothing changed, a document changed, one deleted, a server that ignores the parameter, a full run.
"""

import json
import sqlite3
import time
from datetime import datetime, timedelta, timezone

import pytest

from crawlers.previous import PreviousRun, instant
from tests.conftest import SITES, crpv
from tests.replica import ReplicaServer
from tests.test_nightly import documents, last_runs

VAC = "www.villesaucarre.org"
COSOTER = "cosoter-ressources.info"
WP_DATA = json.loads((SITES / VAC / "wp.json").read_text())
OAI_DATA = json.loads((SITES / COSOTER / "oai.json").read_text())
POSTS = {p["id"]: p["link"] for p in WP_DATA["posts"]}
EDITED, DELETED, NEW_MEDIA, EDITED_LATER = 3702, 2764, 3012, 3388
RECORD = f"https://{COSOTER}/index.php?lvl=notice_display&id="
CHANGED_RECORD, DELETED_RECORD, LATER_RECORD, DROPPED_RECORD = "118", "152", "163", "171"
EMPTY_SITEMAP = {"body": '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>',
                 "headers": {"Content-Type": "application/xml"}}
API_CLOSED = {"/wp-json/wp/v2/categories?per_page=100&page=1": {"status": 404},
              "/?rest_route=/wp/v2/categories&per_page=100&page=1": {"status": 404}}


def now_utc() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0, tzinfo=None)


def edit_post(post: dict, text: str) -> None:
    """A post saved now: new content, `modified` (site time, UTC+1 here) and `modified_gmt`."""
    post["content"] = {"rendered": post["content"]["rendered"] + f"<p>{text}</p>", "protected": False}
    post["modified_gmt"] = now_utc().isoformat()
    post["modified"] = (now_utc() + timedelta(hours=1)).isoformat()


def write_wp(root, data: dict, site: dict | None = None) -> None:
    (root / VAC).mkdir(parents=True, exist_ok=True)
    (root / VAC / "wp.json").write_text(json.dumps(data, ensure_ascii=False))
    if site is not None:
        (root / VAC / "_site.json").write_text(json.dumps(site))


def night(base, roots, source, *args) -> tuple[list[str], dict, dict]:
    """One `crpv run` of one source: the URLs it asked for, the documents, the source's run row.
    Run ids and dates have one-second resolution: the next change or run comes a second later."""
    with ReplicaServer(roots, base / "cache") as server:
        crpv(["run", source, *args], base / "data", server)
        urls = server.urls()
    time.sleep(1)
    return urls, documents(base / "data"), last_runs(base / "data")[source]


def quiet_nights(base, roots, source) -> dict:
    """A first run, then one with nothing changed."""
    return {"first": night(base, roots, source), "quiet": night(base, roots, source)}


def versions(base, url: str) -> list[str]:
    db = sqlite3.connect(base / "data" / "corpus.db")
    return [r[0] for r in db.execute("select v.body from document_versions v join documents d "
                                     "on d.id = v.document_id where d.url = ?", [url])]


# ---------- WordPress: modified_after, the id listing, include= ----------
@pytest.fixture(scope="module")
def wordpress(tmp_path_factory):
    base = tmp_path_factory.mktemp("wp-nightly")
    steps = quiet_nights(base, [SITES], "villes-au-carre")
    # One post edited, one deleted, a PDF attached to a third (its own modified date unchanged).
    data = json.loads(json.dumps(WP_DATA))
    edit_post(next(p for p in data["posts"] if p["id"] == EDITED), "Mise à jour : les stages sont pourvus.")
    data["posts"] = [p for p in data["posts"] if p["id"] != DELETED]
    data["media"] = [m for m in data["media"] if m.get("post") != DELETED] + [{
        "id": 9001, "post": NEW_MEDIA, "mime_type": "application/pdf", "title": "Statuts",
        "source_url": "https://www.villesaucarre.org/wp-content/uploads/2017/05/Statuts-Villes-au-Carre-2017.pdf"}]
    changed = base / "changed"
    write_wp(changed, data)
    steps["changed"] = night(base, [changed, SITES], "villes-au-carre")
    # WordPress 4.9 ignores modified_after and _fields: everything comes back, in full.
    edit_post(next(p for p in data["posts"] if p["id"] == EDITED_LATER), "Chartres rejoint le dispositif.")
    data["site"]["version"] = "4.9"
    old = base / "old"
    write_wp(old, data)
    steps["old"] = night(base, [old, SITES], "villes-au-carre")
    steps["full"] = night(base, [old, SITES], "villes-au-carre", "--full")
    steps["base"] = base
    return steps


def test_wp_quiet_night_asks_what_moved_and_reads_no_post(wordpress):
    urls, docs, runs = wordpress["quiet"]
    _, first_docs, first_runs = wordpress["first"]
    listed = [u for u in urls if "/wp/v2/posts" in u]
    assert any("modified_after=" in u and "orderby=modified" in u for u in listed)
    assert any("_fields=id,link,modified_gmt" in u for u in listed)
    assert all("modified_after=" in u or "_fields=" in u for u in listed)  # never the whole listing in full
    assert not any("include=" in u for u in listed)
    assert not set(POSTS.values()) & set(urls)
    assert (runs["found"], runs["unchanged"], runs["new"], runs["changed"], runs["gone"]) == \
           (first_runs["found"], first_runs["found"], 0, 0, 0)
    assert {u for u, d in docs.items() if not d["gone_since"]} == set(first_docs)


def test_wp_edited_post_is_read_again_and_versioned(wordpress):
    urls, docs, runs = wordpress["changed"]
    _, first_docs, _ = wordpress["first"]
    url = POSTS[EDITED]
    assert "les stages sont pourvus" in docs[url]["body"]
    assert docs[url]["last_changed"] > first_docs[url]["last_changed"]
    assert versions(wordpress["base"], url) == [first_docs[url]["body"]]
    assert not set(POSTS.values()) & set(urls)  # read from the modified_after listing, no page


def test_wp_post_with_new_pdf_media_is_fetched_by_id(wordpress):
    urls, docs, _ = wordpress["changed"]
    _, first_docs, _ = wordpress["first"]
    assert any(f"include={NEW_MEDIA}" in u for u in urls)
    assert docs[POSTS[NEW_MEDIA]]["last_changed"] > first_docs[POSTS[NEW_MEDIA]]["last_changed"]
    db = sqlite3.connect(wordpress["base"] / "data" / "corpus.db")
    files = db.execute("select count(*) from document_files df join documents d on d.id = df.document_id "
                       "where d.url = ?", [POSTS[NEW_MEDIA]]).fetchone()[0]
    assert files == 1


def test_wp_deleted_post_is_gone_and_nothing_else(wordpress):
    _, docs, runs = wordpress["changed"]
    assert docs[POSTS[DELETED]]["gone_since"]
    assert [u for u, d in docs.items() if d["gone_since"]] == [POSTS[DELETED]]
    assert (runs["changed"], runs["gone"], runs["new"]) == (2, 1, 0)
    assert runs["unchanged"] == runs["found"] - 2


def test_wp_server_ignoring_modified_after_still_gives_the_right_answer(wordpress):
    urls, docs, runs = wordpress["old"]
    assert any("modified_after=" in u for u in urls)
    assert "Chartres rejoint le dispositif" in docs[POSTS[EDITED_LATER]]["body"]
    assert (runs["changed"], runs["new"], runs["gone"]) == (1, 0, 0)
    assert [u for u, d in docs.items() if d["gone_since"]] == [POSTS[DELETED]]


def test_wp_full_run_lists_everything_and_finds_what_the_nights_handed_on(wordpress):
    urls, docs, runs = wordpress["full"]
    assert f"https://{VAC}/wp-json/wp/v2/posts?per_page=100&page=1" in urls
    assert not any("modified_after=" in u or "_fields=" in u for u in urls)
    # Read in full, every post is what the nightly runs had handed on.
    assert (runs["found"], runs["unchanged"], runs["changed"], runs["gone"]) == (len(POSTS) - 1, len(POSTS) - 1, 0, 0)


# ---------- OAI-PMH: from=, deleted headers, deletedRecord ----------
def write_oai(root, data: dict, pages: dict | None = None) -> None:
    (root / COSOTER).mkdir(parents=True, exist_ok=True)
    (root / COSOTER / "oai.json").write_text(json.dumps(data, ensure_ascii=False))
    for record_id, (old, new) in (pages or {}).items():
        name = f"index.php@lvl=notice_display&id={record_id}.html"
        page = (SITES / COSOTER / name).read_text()
        assert old in page
        (root / COSOTER / name).write_text(page.replace(old, new))


def touch_record(data: dict, record_id: str, **changes) -> None:
    record = next(r for r in data["records"] if r["identifier"].endswith(f":{record_id}"))
    record.update(datestamp=now_utc().isoformat() + "Z", **changes)


@pytest.fixture(scope="module")
def oai(tmp_path_factory):
    base = tmp_path_factory.mktemp("oai-nightly")
    steps = quiet_nights(base, [SITES], "cosoter")
    data = json.loads(json.dumps(OAI_DATA))
    touch_record(data, CHANGED_RECORD)
    touch_record(data, DELETED_RECORD, deleted=True, metadata={})
    pages = {CHANGED_RECORD: ("Roubaix", "Roubaix (Nord)")}
    write_oai(base / "changed", data, pages)
    steps["changed"] = night(base, [base / "changed", SITES], "cosoter")
    # A repository that ignores from=: the datestamps still spare the pages that did not move.
    data["ignores"] = ["from"]
    touch_record(data, LATER_RECORD)
    pages[LATER_RECORD] = ("qui teste son commerce.", "qui teste son commerce. Réédition 2026.")
    write_oai(base / "ignores", data, pages)
    steps["ignores"] = night(base, [base / "ignores", SITES], "cosoter")
    # One that keeps no deletions: listed whole, so that a record it drops is gone.
    data["identify"]["deletedRecord"] = "no"
    data["records"] = [r for r in data["records"] if not r["identifier"].endswith(f":{DROPPED_RECORD}")]
    write_oai(base / "no-deletions", data, pages)
    steps["no_deletions"] = night(base, [base / "no-deletions", SITES], "cosoter")
    steps["full"] = night(base, [base / "no-deletions", SITES], "cosoter", "--full")
    steps["base"] = base
    return steps


def record_pages(urls) -> set[str]:
    return {u.rsplit("=", 1)[1] for u in urls if "lvl=notice_display" in u}


def test_oai_quiet_night_asks_from_and_reads_no_record_page(oai):
    urls, docs, runs = oai["quiet"]
    _, first_docs, first_runs = oai["first"]
    harvest = [u for u in urls if "verb=ListRecords" in u]
    assert len(harvest) == 1 and "&from=" in harvest[0]
    assert record_pages(urls) == set()
    assert (runs["found"], runs["unchanged"], runs["changed"], runs["gone"]) == \
           (first_runs["found"], first_runs["found"], 0, 0)
    assert {u for u, d in docs.items() if not d["gone_since"]} == set(first_docs)


def test_oai_changed_record_is_read_again_and_deleted_header_is_gone(oai):
    urls, docs, runs = oai["changed"]
    _, first_docs, _ = oai["first"]
    assert record_pages(urls) == {CHANGED_RECORD}
    assert "Roubaix (Nord)" in docs[RECORD + CHANGED_RECORD]["body"]
    assert versions(oai["base"], RECORD + CHANGED_RECORD) == [first_docs[RECORD + CHANGED_RECORD]["body"]]
    assert docs[RECORD + DELETED_RECORD]["gone_since"]
    assert (runs["changed"], runs["gone"], runs["unchanged"]) == (1, 1, runs["found"] - 1)


def test_oai_repository_ignoring_from_still_gives_the_right_answer(oai):
    urls, docs, runs = oai["ignores"]
    assert any("&from=" in u for u in urls)
    assert record_pages(urls) == {LATER_RECORD}
    assert "Réédition 2026" in docs[RECORD + LATER_RECORD]["body"]
    assert (runs["changed"], runs["gone"]) == (1, 0)
    assert [u for u, d in docs.items() if d["gone_since"]] == [RECORD + DELETED_RECORD]


def test_oai_repository_without_deletions_is_listed_whole(oai):
    urls, docs, runs = oai["no_deletions"]
    harvest = [u for u in urls if "verb=ListRecords" in u]
    assert harvest and not any("from=" in u for u in harvest)
    assert record_pages(urls) == set()
    assert docs[RECORD + DROPPED_RECORD]["gone_since"]
    assert (runs["changed"], runs["gone"]) == (0, 1)


def test_oai_full_run_reads_every_record_page(oai):
    urls, docs, runs = oai["full"]
    _, first_docs, _ = oai["first"]
    assert not any("from=" in u for u in urls)
    live = {u.rsplit("=", 1)[1] for u in first_docs} - {DELETED_RECORD, DROPPED_RECORD}
    assert record_pages(urls) == live
    assert (runs["found"], runs["unchanged"], runs["changed"], runs["gone"]) == (len(live), len(live), 0, 0)


# ---------- feed dates ----------
@pytest.fixture(scope="module")
def feed(tmp_path_factory):
    """Villes au Carré with its REST API closed: the feed, then the sitemap, give the dates."""
    base = tmp_path_factory.mktemp("feed-nightly")
    feed_only = base / "feed-only"
    write_wp(feed_only, WP_DATA, {"routes": {**API_CLOSED, "/wp-sitemap.xml": EMPTY_SITEMAP}})
    steps = quiet_nights(base, [feed_only, SITES], "villes-au-carre")
    # The edited post keeps its publication date in the feed; the sitemap's lastmod moves.
    data = json.loads(json.dumps(WP_DATA))
    edit_post(next(p for p in data["posts"] if p["id"] == EDITED), "Mise à jour : les stages sont pourvus.")
    edited = base / "edited"
    write_wp(edited, data, {"routes": API_CLOSED})
    steps["edited"] = night(base, [edited, SITES], "villes-au-carre")
    return steps


def test_feed_dates_spare_the_pages_that_did_not_move(feed):
    first_urls, first_docs, first_runs = feed["first"]
    urls, docs, runs = feed["quiet"]
    assert set(POSTS.values()) <= set(first_urls) and f"https://{VAC}/feed/" in urls
    assert not set(POSTS.values()) & set(urls)
    assert (runs["found"], runs["unchanged"], runs["gone"]) == (first_runs["found"], first_runs["found"], 0)
    assert {u for u, d in docs.items() if not d["gone_since"]} == set(first_docs)


def test_a_sitemap_lastmod_that_moved_wins_over_an_old_feed_date(feed):
    urls, docs, runs = feed["edited"]
    assert set(POSTS.values()) & set(urls) == {POSTS[EDITED]}
    assert "les stages sont pourvus" in docs[POSTS[EDITED]]["body"]
    assert (runs["changed"], runs["gone"]) == (1, 0)


# ---------- dates ----------
def test_a_bare_date_of_the_last_run_day_is_not_taken_as_unchanged(tmp_path):
    previous = PreviousRun(None)
    previous.started, previous.items = "2026-11-27T03:00:00+00:00", {"u": {"url": "u"}}
    assert previous.unchanged("u", "2026-11-26") and previous.unchanged("u", "2026-11-27T02:59:59Z")
    assert not previous.unchanged("u", "2026-11-27") and not previous.unchanged("u", "2026-11-27T05:00:00+01:00")
    assert previous.unchanged("u", "Thu, 26 Nov 2026 23:00:00 +0000")
    assert instant("2026-11-27", day_end=True) == datetime(2026, 11, 28, tzinfo=timezone.utc)


# ---------- the WordPress chain, offline: paging cut short, a failed id listing ----------
def offline_night(tmp_path, monkeypatch, version: str, overlay_site: dict | None = None, **spider_kwargs):
    """A first crawl of Villes au Carré taken as the last good run, then a nightly one."""
    from crawlers.spiders.villes_au_carre import VillesAuCarreSpider
    from tests.offline import run_spider
    monkeypatch.setenv("CRPV_DATA_DIR", str(tmp_path / "data"))
    items, _, _ = run_spider(VillesAuCarreSpider, [SITES], tmp_path / "cache")
    crawl = tmp_path / "data" / "crawl" / "villes-au-carre"
    crawl.mkdir(parents=True)
    (crawl / "items-prev.jsonl").write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items))
    started = (datetime.now(timezone.utc) - timedelta(minutes=5)).isoformat()
    (crawl / "run-prev.json").write_text(json.dumps({"status": "ok", "items": len(items), "started": started,
                                                      "items_file": "items-prev.jsonl"}))
    overlay = tmp_path / "overlay"
    data = json.loads(json.dumps(WP_DATA))
    data["site"]["version"] = version
    write_wp(overlay, data, overlay_site or {})
    nightly, requested, spider = run_spider(VillesAuCarreSpider, [overlay, SITES], tmp_path / "cache", **spider_kwargs)
    return items, nightly, requested, spider


def test_wp_listing_by_modified_date_stops_at_the_first_unmodified_post(tmp_path, monkeypatch):
    # WordPress 5.6 ignores modified_after but sorts by modified date.
    first, nightly, requested, spider = offline_night(tmp_path, monkeypatch, "5.6", per_page=3)
    modified = [u for u in requested if "modified_after=" in u]
    assert len(modified) == 1 and "orderby=modified" in modified[0]  # page 2 never asked
    assert sum("_fields=" in u for u in requested) == 4                # 10 posts, 3 a page
    assert sorted(i["url"] for i in nightly) == sorted(i["url"] for i in first)
    assert spider.report.skipped["unchanged since the last run (WordPress modified date)"] == len(first) - 3
    assert spider.report.errors == []


def test_wp_failed_id_listing_hands_every_previous_post_on(tmp_path, monkeypatch):
    routes = {"/wp-json/wp/v2/posts?per_page=100&page=1&_fields=id,link,modified_gmt": {"status": 500}}
    first, nightly, requested, spider = offline_night(tmp_path, monkeypatch, "6.5", {"routes": routes})
    assert sorted(i["url"] for i in nightly) == sorted(i["url"] for i in first)
    assert spider.report.skipped["unchanged since the last run (id listing failed, previous kept)"] == len(first)
    assert any(e["status"] == 500 for e in spider.report.errors)
