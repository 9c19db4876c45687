"""Servers that misbehave the way small associations' servers do, crawled for real through the
replica proxy: 429 and 503 with Retry-After, a login redirect, a soft 404, a page slower than
the download timeout (one night), then the whole site in maintenance (the next night).
Each is an error with its reason; no document takes an error page's text, none is marked gone.
The platforms' own item requests do the same: a WordPress fetch by id, a PMB record page."""

import json
import re
import sqlite3
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import pytest
from scrapy.http import HtmlResponse, Response

from crawlers.badpages import login_redirect, soft_404
from crawlers.retry import retry_after_seconds
from tests.conftest import SITES, crpv
from tests.replica import ReplicaServer
from tests.test_incremental import (COSOTER, NEW_MEDIA, OAI_DATA, POSTS, RECORD, VAC, WP_DATA, night,
                                    touch_record, write_oai, write_wp)
from tests.test_nightly import last_runs

IREV = "https://www.irev.fr"
ASKS_LATER = "/thematiques/developpement-economique/fiche-experience-la-cofabrik"
BUSY_ONCE = "/thematiques/developpement-economique/ma-boutique-lessai-denain-redynamise-le-commerce-de-son-centre-ville"
TO_LOGIN = "/thematiques/developpement-economique/limmobilier-dactivite-dans-les-quartiers-prioritaires-des-hauts-de-france"
SOFT_404 = "/thematiques/developpement-economique/leco-des-quartiers-ndeg1-le-developpement-economique-dans-les-quartiers"
SLOW = "/thematiques/renouvellement-urbain/retour-sur-le-pop-renouvellement-urbain"
NOT_FOUND_PAGE = ("<html><head><title>Page introuvable | IREV</title></head><body><div id='content'>"
                  "<h1>Page introuvable</h1><p>La page demandée n'a pas pu être trouvée.</p></div></body></html>")
MAINTENANCE = ("<html><head><title>Site en maintenance | IREV</title></head><body><h1>Site en maintenance</h1>"
               "<p>IREV est en cours de maintenance. Nous serons de retour très bientôt.</p></body></html>")
# The second night: what the server does, and how long the crawl lets it take.
FAST = {"CRPV_DOWNLOAD_TIMEOUT": "1", "CRPV_MAX_RETRY_AFTER": "1"}


def overlay_site(root, routes: dict, touched: tuple[str, ...] = ()):
    """irev with these routes; the sitemap says the touched pages moved, so they are fetched."""
    host = root / "www.irev.fr"
    host.mkdir(parents=True)
    (host / "_site.json").write_text(json.dumps({"routes": routes}))
    now = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    sitemap = (SITES / "www.irev.fr" / "sitemap.xml").read_text()
    for path in touched:
        sitemap = re.sub(rf"(<loc>{re.escape(IREV + path)}</loc><lastmod>)[^<]+", rf"\g<1>{now}", sitemap)
    (host / "sitemap.xml").write_text(sitemap)


def documents(data) -> dict[str, dict]:
    db = sqlite3.connect(data / "corpus.db")
    db.row_factory = sqlite3.Row
    return {r["url"]: dict(r) for r in db.execute("select url, title, body, gone_since from documents "
                                                  "where source = 'irev'")}


def last_run(data) -> dict:
    db = sqlite3.connect(data / "corpus.db")
    db.row_factory = sqlite3.Row
    return dict(db.execute("select * from source_runs where source = 'irev' order by finished desc").fetchone())


def errors(data, source: str = "irev") -> dict[str, tuple]:
    db = sqlite3.connect(data / "corpus.db")
    run = last_runs(data)[source]["run_id"]
    return {url: (status, error) for url, status, error in db.execute(
        "select url, status, error from crawl_errors where source = ? and run_id = ?", [source, run])}


@pytest.fixture(scope="module")
def nights(tmp_path_factory):
    base = tmp_path_factory.mktemp("misbehaving")
    data = base / "data"
    steps = {}
    with ReplicaServer([SITES], base / "cache") as server:
        crpv(["crawl", "irev"], data, server)
    crpv(["build"], data)
    steps["good"] = documents(data)

    in_an_hour = format_datetime(datetime.now(timezone.utc) + timedelta(hours=1), usegmt=True)
    overlay_site(base / "bad-night", {
        ASKS_LATER: {"status": 429, "headers": {"Retry-After": "3600"}},
        BUSY_ONCE: {"status": 503, "headers": {"Retry-After": in_an_hour}, "times": 1},
        TO_LOGIN: {"redirect": f"/user/login?destination={TO_LOGIN[1:]}", "status": 302},
        SOFT_404: {"body": NOT_FOUND_PAGE},
        SLOW: {"file": SLOW[1:] + ".html", "delay": 3},
    }, touched=(ASKS_LATER, BUSY_ONCE, TO_LOGIN, SOFT_404, SLOW))
    with ReplicaServer([base / "bad-night", SITES], base / "cache") as server:
        steps["bad_crawl"] = crpv(["crawl", "irev"], data, server, env=FAST)
        steps["bad_requests"] = server.requests
    crpv(["build"], data)
    steps["bad"] = (documents(data), last_run(data), errors(data))

    # Drupal's maintenance mode: every path answers 503 with the same page.
    overlay_site(base / "maintenance", {"*": {"status": 503, "body": MAINTENANCE}})
    with ReplicaServer([base / "maintenance", SITES], base / "cache") as server:
        steps["maintenance_crawl"] = crpv(["crawl", "irev"], data, server, check=False, env=FAST)
    crpv(["build"], data)
    steps["maintenance"] = (documents(data), last_run(data))
    return steps


def requests_to(nights, path):
    return [r for r in nights["bad_requests"] if r["url"] == IREV + path]


def test_429_with_retry_after_waits_then_is_an_error_with_its_reason(nights):
    tries = requests_to(nights, ASKS_LATER)
    assert [r["status"] for r in tries] == [429, 429, 429]  # RETRY_TIMES = 2
    gaps = [b["time"] - a["time"] for a, b in zip(tries, tries[1:])]
    assert all(gap >= 0.8 for gap in gaps), gaps  # Retry-After 3600, capped to 1 s
    docs, run, errs = nights["bad"]
    status, error = errs[IREV + ASKS_LATER]
    assert status == 429 and "Too Many Requests" in error and "2 retries" in error
    assert docs[IREV + ASKS_LATER] == nights["good"][IREV + ASKS_LATER]  # kept, not gone
    assert run["status"] == "partial" and run["gone"] == 0 and run["suspicious"] == 0


def test_503_with_an_http_date_is_retried_after_it_and_the_host_slowed(nights):
    tries = requests_to(nights, BUSY_ONCE)
    assert [r["status"] for r in tries] == [503, 304]  # then unchanged since the good night
    assert tries[1]["time"] - tries[0]["time"] >= 0.8
    docs, _, errs = nights["bad"]
    assert IREV + BUSY_ONCE not in errs
    assert docs[IREV + BUSY_ONCE]["title"] == nights["good"][IREV + BUSY_ONCE]["title"]
    # Politeness: after a Retry-After the whole host is slowed, not only the retried URL.
    # (The first one after it was already on its way; the slow page answers late.)
    after = [r["time"] for r in nights["bad_requests"]
             if r["time"] > tries[0]["time"] and "www.irev.fr" in r["url"] and SLOW not in r["url"]]
    gaps = [b - a for a, b in zip(after[1:5], after[2:5])]
    assert len(gaps) == 3 and min(gaps) >= 0.8, gaps


def test_a_redirect_to_a_login_page_is_an_error_not_a_document(nights):
    docs, _, errs = nights["bad"]
    assert "redirected to a login page" in errs[IREV + TO_LOGIN][1]
    assert not [r for r in nights["bad_requests"] if "/user/login" in r["url"]]
    assert docs[IREV + TO_LOGIN] == nights["good"][IREV + TO_LOGIN]
    assert not [u for u in docs if "login" in u]


def test_a_soft_404_is_an_error_and_the_document_keeps_its_last_version(nights):
    docs, _, errs = nights["bad"]
    assert "soft 404" in errs[IREV + SOFT_404][1] and "Page introuvable" in errs[IREV + SOFT_404][1]
    assert docs[IREV + SOFT_404] == nights["good"][IREV + SOFT_404]
    assert not [d for d in docs.values() if "introuvable" in (d["title"] or "").lower()]


def test_a_page_slower_than_the_timeout_fails_clearly_and_the_crawl_goes_on(nights):
    docs, run, errs = nights["bad"]
    assert "took longer than 1.0 seconds" in errs[IREV + SLOW][1]
    # Not yesterday's cached copy either (Scrapy's cache would serve it on a timeout).
    assert docs[IREV + SLOW]["gone_since"] is None
    assert set(docs) == set(nights["good"]) and not [d for d in docs.values() if d["gone_since"]]
    assert run["found"] == len(nights["good"])


def test_a_site_in_maintenance_fails_loudly_and_loses_nothing(nights):
    crawl = nights["maintenance_crawl"]
    assert crawl.returncode != 0 and "irev" in crawl.stdout + crawl.stderr
    docs, run = nights["maintenance"]
    assert run["status"] == "failed" and run["suspicious"] == 1 and run["gone"] == 0
    assert docs == nights["bad"][0]


# ---------- the platforms' own item requests: a WordPress fetch by id, a PMB record page ----------
def as_kept(doc: dict) -> dict:
    """A document row but for when it was last seen (every run that finds it)."""
    return {k: v for k, v in doc.items() if k != "last_seen"}


# A second night where one document moved (so it is read again) and its request answers 500.
@pytest.fixture(scope="module")
def wordpress_item_fails(tmp_path_factory):
    base = tmp_path_factory.mktemp("wp-item-fails")
    good = night(base, [SITES], "villes-au-carre")
    # A PDF attached to a post (its own date unchanged): the id listing has it fetched by id.
    data = json.loads(json.dumps(WP_DATA))
    data["media"] = data["media"] + [{
        "id": 9001, "post": NEW_MEDIA, "mime_type": "application/pdf", "title": "Statuts",
        "source_url": f"https://{VAC}/wp-content/uploads/2017/05/Statuts-Villes-au-Carre-2017.pdf"}]
    write_wp(base / "bad", data, {"routes": {
        f"/wp-json/wp/v2/posts?per_page=100&page=1&include={NEW_MEDIA}": {"status": 500}}})
    bad = night(base, [base / "bad", SITES], "villes-au-carre")
    return good, bad, errors(base / "data", "villes-au-carre")


def test_a_failed_wordpress_fetch_by_id_keeps_the_post_s_last_version(wordpress_item_fails):
    (_, good, _), (urls, docs, run), errs = wordpress_item_fails
    asked = [u for u in urls if f"include={NEW_MEDIA}" in u]
    assert len(asked) == 3  # RETRY_TIMES = 2
    url = POSTS[NEW_MEDIA]
    assert as_kept(docs[url]) == as_kept(good[url])  # unchanged, not gone
    assert [(status, error) for u, (status, error) in errs.items() if f"include={NEW_MEDIA}" in u] == \
        [(500, "HTTP 500 Internal Server Error, still after 2 retries")]
    assert run["status"] == "partial" and (run["found"], run["gone"], run["changed"]) == (len(good), 0, 0)
    assert {u for u, d in docs.items() if not d["gone_since"]} == set(good)


@pytest.fixture(scope="module")
def pmb_record_fails(tmp_path_factory):
    base = tmp_path_factory.mktemp("pmb-record-fails")
    good = night(base, [SITES], "cosoter")
    data = json.loads(json.dumps(OAI_DATA))
    touch_record(data, "118")  # OAI says it moved: its page is read again, and fails
    write_oai(base / "bad", data)
    (base / "bad" / COSOTER / "_site.json").write_text(json.dumps({"routes": {
        "/index.php?lvl=notice_display&id=118": {"status": 500}}}))
    bad = night(base, [base / "bad", SITES], "cosoter")
    return good, bad, errors(base / "data", "cosoter")


def test_a_failed_pmb_record_page_keeps_the_record_s_last_version(pmb_record_fails):
    (_, good, _), (urls, docs, run), errs = pmb_record_fails
    url = RECORD + "118"
    assert urls.count(url) == 3  # RETRY_TIMES = 2
    # Its last good version, not the record rebuilt from Dublin Core alone.
    assert as_kept(docs[url]) == as_kept(good[url])
    assert errs == {url: (500, "HTTP 500 Internal Server Error, still after 2 retries")}
    assert run["status"] == "partial" and (run["found"], run["gone"], run["changed"]) == (len(good), 0, 0)
    assert {u for u, d in docs.items() if not d["gone_since"]} == set(good)


@pytest.mark.parametrize("location, login", [
    ("/wp-login.php?redirect_to=https%3A%2F%2Fx.fr%2Fpost%2F", True),
    ("https://x.fr/user/login?destination=node/12", True),
    ("/spip.php?page=login&url=article12", True),
    ("/ecrire/", True), ("/connexion", True),
    ("/fr/ressources/analyses/login-insertion", False), ("/actualites/", False),
])
def test_login_redirects_are_told_from_moves(location, login):
    response = Response("https://x.fr/fiche", status=302, headers={"Location": location})
    assert bool(login_redirect(response)) is login


@pytest.mark.parametrize("title, h1, soft", [
    ("Page introuvable | IREV", "", True), ("Erreur 404", "", True),
    ("RésO Villes", "Cette page n’existe pas", True), ("Page non trouvée - Labo Cités", "", True),
    ("404 quartiers prioritaires : le rapport", "404 quartiers prioritaires", False),
    ("Fiche expérience : la Cofabrik", "Fiche expérience", False),
])
def test_soft_404s_are_told_from_pages(title, h1, soft):
    body = f"<html><head><title>{title}</title></head><body><h1>{h1}</h1><p>texte</p></body></html>"
    response = HtmlResponse("https://x.fr/a", body=body.encode(), encoding="utf-8")
    assert bool(soft_404(response)) is soft


@pytest.mark.parametrize("value, seconds", [
    ("120", 120.0), (b"0", 0.0), ("", None), ("bientôt", None),
    ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0), ("Wed, 21 Oct 2015 07:30:00 GMT", 120.0),
    ("Wed, 21 Oct 2015 07:00:00 GMT", 0.0),  # a date past is "now"
])
def test_retry_after_reads_seconds_and_http_dates(value, seconds):
    now = datetime(2015, 10, 21, 7, 28, tzinfo=timezone.utc).timestamp()
    assert retry_after_seconds(value, now=now) == seconds
