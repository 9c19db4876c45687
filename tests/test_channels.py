"""Channels read by their content and each in its own error boundary; listings paged whatever
their pagination parameter; sections taken from the site's navigation; odd links never raise."""

import pytest
from scrapy.http import HtmlResponse, TextResponse, XmlResponse

from crawlers.channels import feed_entries, kind_of
from crawlers.discovery import is_page_of, pages_of, section_links
from crawlers.extensions import Report
from crawlers.platforms.drupal import DrupalSpider
from crawlers.platforms.spip import SpipSpider
from crawlers.urls import host_of, path_of

BASE = "https://www.exemple-spip.fr"
RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<?xml-stylesheet href="/rss.xsl" type="text/xsl"?>
<rss version="2.0"><channel><title>Site</title>
<item><title>Sans lien</title><link></link></item>
<item><title>Une fiche</title><link>{BASE}/Une-fiche</link><pubDate>Tue, 05 Mar 2024 10:00:00 +0000</pubDate>
<description>&lt;p&gt;Le chapô&lt;/p&gt;</description></item>
<item><title>Une autre</title><link>{BASE}/Une-autre</link></item>
</channel></rss>"""
ATOM = """<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title>
<link rel="self" href="https://x.fr/self"/><link href="https://x.fr/a"/><updated>2024-01-02T00:00:00Z</updated></entry></feed>"""
RDF = """<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
xmlns="http://purl.org/rss/1.0/"><item rdf:about="https://x.fr/b"><title>B</title></item></rdf:RDF>"""
URLSET = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://x.fr/a</loc></url></urlset>'


class Spider(SpipSpider):
    name = "exemple-spip"
    hosts = ("www.exemple-spip.fr", "exemple-spip.fr")


def spider(cls=Spider):
    s = cls()
    s.report = Report(s.name, "test")
    return s


def requested(outputs) -> list[str]:
    return [o.url for o in outputs if hasattr(o, "url")]


@pytest.mark.parametrize("body, kind", [
    (RSS, "feed"), (ATOM, "feed"), (RDF, "feed"), (URLSET, "sitemap"),
    ('<?xml version="1.0"?><sitemapindex><sitemap><loc>x</loc></sitemap></sitemapindex>', "sitemap"),
    ("<!DOCTYPE html><html><body>x</body></html>", "html"), ("\ufeff  <html>", "html"),
    ('{"a": 1}', "json"), ("", "empty"), ("PK\x03\x04 garbage", "unknown"),
    ("<!-- generated --><?xml-stylesheet x?><rss>", "feed"),
])
def test_kind_comes_from_the_root_element(body, kind):
    assert kind_of(body.encode()) == kind


def test_feed_entries_read_rss_atom_and_rdf_links():
    assert [e["link"] for e in feed_entries(RSS.encode())] == ["", f"{BASE}/Une-fiche", f"{BASE}/Une-autre"]
    assert [e["link"] for e in feed_entries(ATOM.encode())] == ["https://x.fr/a"]
    assert feed_entries(ATOM.encode())[0]["modified"] == "2024-01-02T00:00:00Z"
    assert [e["link"] for e in feed_entries(RDF.encode())] == ["https://x.fr/b"]


@pytest.mark.parametrize("url", ["", "   ", None, "http://[oops/x", "#", "mailto:a@b.fr", "/relative"])
def test_odd_links_are_no_item_and_never_raise(url):
    assert spider().is_item_url(url) is False
    assert DrupalSpider(name="d").is_item_url(url) is False
    assert isinstance(path_of(url), str) and isinstance(host_of(url), str)


def test_a_feed_served_as_html_is_read_as_a_feed_and_its_empty_link_skipped():
    s = spider()
    response = HtmlResponse(f"{BASE}/spip.php?page=backend", body=RSS.encode(), encoding="utf-8")
    urls = requested(s.parse_feed(response, channel="feed"))
    assert urls == [f"{BASE}/Une-fiche", f"{BASE}/Une-autre"]
    assert s.report.error_count == 0


def test_a_sitemap_served_as_text_plain_asked_as_a_feed_is_read_as_a_sitemap():
    s = spider()
    body = URLSET.replace("https://x.fr/a", f"{BASE}/Une-fiche").encode()
    response = TextResponse(f"{BASE}/spip.php?page=backend", body=body, encoding="utf-8")
    assert requested(s.parse_feed(response, channel="feed")) == [f"{BASE}/Une-fiche"]


def test_a_page_answered_for_a_feed_is_read_for_its_links():
    s = spider()
    body = f'<html><body><div id="content"><a href="/Une-fiche">Une fiche</a></div></body></html>'
    response = HtmlResponse(f"{BASE}/spip.php?page=backend", body=body.encode(), encoding="utf-8")
    assert requested(s.parse_feed(response, channel="feed")) == [f"{BASE}/Une-fiche"]


def test_garbage_is_recorded_not_raised():
    s = spider()
    response = XmlResponse(f"{BASE}/sitemap.xml", body=b"\x00\x01 binary", encoding="utf-8")
    assert list(s.parse_sitemap(response, channel="sitemap")) == []
    assert "not a sitemap, a feed or a page" in s.report.errors[0]["error"]


class Fragile(Spider):
    def is_item_url(self, url):
        if url.endswith("/Une-fiche"):
            raise ValueError("empty separator")
        return super().is_item_url(url)


def test_one_bad_entry_skips_that_entry_only_and_says_so():
    s = spider(Fragile)
    response = XmlResponse(f"{BASE}/spip.php?page=backend", body=RSS.encode(), encoding="utf-8")
    assert requested(s.parse_feed(response, channel="feed")) == [f"{BASE}/Une-autre"]
    [error] = s.report.errors
    assert "feed: 1 of 3 entries lost" in error["error"] and "empty separator" in error["error"]


def test_robots_sitemaps_come_first_then_the_platform_defaults():
    s = spider()
    robots = b"User-agent: *\nDisallow: /ecrire/\nSitemap: https://www.exemple-spip.fr/sitemap.xml\n"
    out = list(s.parse_robots(TextResponse(f"{BASE}/robots.txt", body=robots, encoding="utf-8"), base=BASE))
    urls = requested(out)
    assert urls[:2] == [f"{BASE}/sitemap.xml", f"{BASE}/spip.php?page=sitemap.xml"]
    assert f"{BASE}/spip.php?page=backend" in urls and f"{BASE}/" in urls


@pytest.mark.parametrize("link, listing, is_page", [
    ("https://x.fr/Actus?debut_articles=10", "https://x.fr/Actus", True),
    ("https://x.fr/Actus?debut_liste=5", "https://x.fr/Actus?debut_liste=0", True),
    ("https://x.fr/Actus?debut_articles=0", "https://x.fr/Actus?debut_articles=10", False),  # page 1 again
    ("https://x.fr/publications?page=2&type=etude", "https://x.fr/publications?type=etude", True),
    ("https://x.fr/publications?page=2&type=guide", "https://x.fr/publications?type=etude", False),
    ("https://x.fr/category/actus/page/3/", "https://x.fr/category/actus/", True),
    ("https://x.fr/category/actus/page/1/", "https://x.fr/category/actus/page/2/", False),
    ("https://x.fr/?p=123", "https://x.fr/", False),                 # a WordPress shortlink
    ("https://x.fr/agenda?mois=2024-05", "https://x.fr/agenda", False),  # a calendar
    ("https://x.fr/autre?page=2", "https://x.fr/publications", False),
])
def test_any_pagination_parameter_is_a_page_of_the_same_listing(link, listing, is_page):
    assert is_page_of(link, listing) is is_page


def test_every_page_the_pager_shows_but_not_a_sidebar_pager():
    html = """<html><body><div id="content"><ul><li><a href="/a">A</a></li></ul>
    <div class="pager"><a href="?page=1">2</a> <a href="?page=2">3</a> <a href="?page=7">8</a></div></div>
    <aside><a href="?page=1&amp;breves=1">2</a></aside><div class="aside"><a href="?debut_breves=4">3</a></div>
    </body></html>"""
    assert pages_of(html, "https://x.fr/liste") == [
        "https://x.fr/liste?page=1", "https://x.fr/liste?page=2", "https://x.fr/liste?page=7"]


MENU = """<html><body><nav><ul><li><a href="/thematiques/habitat">Habitat</a></li>
<li><a href="/agenda/2024-05">Agenda</a></li><li><a href="/node/12">Nœud</a></li>
<li><a href="/user/login">Connexion</a></li><li><a href="/contact">Contact</a></li>
<li><a href="/recherche?q=x">Recherche</a></li></ul></nav>
<div class="breadcrumb"><a href="/ressources/etudes">Études</a></div>
<main><p>Texte</p><a href="/nos-publications">Voir toutes les publications</a>
<a href="/thematiques/habitat/une-fiche">Une fiche</a></main></body></html>"""


class Drupal(DrupalSpider):
    name = "exemple-drupal"
    hosts = ("www.exemple.fr", "exemple.fr")
    item_url_patterns = (r"^/thematiques/[^/]+/[^/?#]+$", r"^/ressources/[^/]+/[^/?#]+$")


def test_sections_come_from_menus_breadcrumbs_and_voir_tout_links_never_traps():
    s = spider(Drupal)
    found = [u for u, label in section_links(MENU, "https://www.exemple.fr/") if s.is_section_url(u, label)]
    assert found == ["https://www.exemple.fr/thematiques/habitat", "https://www.exemple.fr/ressources/etudes",
                     "https://www.exemple.fr/nos-publications"]


def test_section_requests_are_bounded():
    s = spider(Drupal)
    s.max_sections = 2
    response = HtmlResponse("https://www.exemple.fr/", body=MENU.encode(), encoding="utf-8")
    assert len(list(s.section_requests(response, "listing", 1))) == 2


def test_a_down_host_is_replaced_by_the_sources_other_host_for_every_later_request():
    from types import SimpleNamespace

    from scrapy import Request
    from twisted.internet.error import DNSLookupError

    from crawlers.hosts import AlternateHosts
    spider = SimpleNamespace(hosts=("www.exemple.fr", "exemple.fr", "autre-install.fr"),
                             other_sites=("autre-install.fr",), report=Report("x", "test"))
    hosts = AlternateHosts(SimpleNamespace(spider=spider))
    retry = hosts.process_exception(Request("https://www.exemple.fr/a?x=1"), DNSLookupError())
    assert retry.url == "https://exemple.fr/a?x=1"
    assert hosts.process_request(Request("https://www.exemple.fr/b")).url == "https://exemple.fr/b"
    assert hosts.process_request(Request("https://exemple.fr/c")) is None
    assert hosts.process_exception(Request("https://exemple.fr/d"), DNSLookupError()) is None  # both down
    assert hosts.process_exception(Request("https://autre-install.fr/"), DNSLookupError()) is None
    assert hosts.process_exception(Request("https://www.exemple.fr/e"), ValueError()) is None


def test_a_pager_of_a_thousand_pages_is_read_up_to_the_bound():
    s = spider(Drupal)
    s.max_listing_pages = 5
    pager = "".join(f'<a href="?page={n}">{n + 1}</a>' for n in range(1, 1000))
    body = f'<html><body><div class="view-content"><a href="/thematiques/a/b">B</a></div><div class="pager">{pager}</div></body></html>'
    response = HtmlResponse("https://www.exemple.fr/thematiques/a", body=body.encode(), encoding="utf-8")
    pages = [r.url for r in s.parse_listing(response, "listing", pages=1) if "page=" in r.url]
    again = [r.url for r in s.parse_listing(response.replace(url=pages[-1]), "listing", pages=2) if "page=" in r.url]
    assert len(pages) == 5 and set(again) <= set(pages)
