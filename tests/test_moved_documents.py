"""A document its site moved keeps its record: the crawl says which URLs led to an item (the
redirects followed to it, its own address when the page names another canonical one), and a
redirect to a page already read is reported as a move (db/build.py keeps both as aliases)."""

from scrapy import Request
from scrapy.http import HtmlResponse

from crawlers.extensions import Report
from crawlers.platforms.generic import GenericSpider

OLD, NEW = "https://example.org/ancienne-fiche/", "https://example.org/fr/fiches/la-fiche"
PAGE = ("<html><head><title>La fiche</title>{head}</head><body><main><h1>La fiche</h1>"
        "<p>Publié le 15/03/2021. Un texte assez long pour faire un document de la fiche, "
        "avec ses paragraphes et ses phrases sur le commerce de proximité.</p></main></body></html>")


def spider():
    cls = type("MovedSpider", (GenericSpider,), {"name": "moved", "hosts": ("example.org",),
                                                  "item_url_patterns": (r"^/",)})
    made = cls()
    made.report = Report(made.name, "test")
    return made


def response(url: str, asked: str | None = None, head: str = "") -> HtmlResponse:
    meta = {"redirect_urls": [asked]} if asked else {}
    return HtmlResponse(url=url, body=PAGE.format(head=head).encode(), encoding="utf-8",
                        request=Request(url, meta=meta))


def test_a_redirect_followed_to_an_item_is_its_former_url():
    (item,) = spider().parse_page(response(NEW, asked=OLD), channel="listing", hints={})
    assert item["url"] == NEW and item["former_urls"] == [{"url": OLD, "reason": "redirect"}]


def test_a_page_naming_another_canonical_url():
    head = f'<link rel="canonical" href="{NEW}">'
    (item,) = spider().parse_page(response(OLD, head=head), channel="sitemap", hints={})
    assert item["url"] == NEW and item["former_urls"] == [{"url": OLD, "reason": "canonical"}]


def test_no_former_url_when_none_led_there():
    (item,) = spider().parse_page(response(NEW), channel="sitemap", hints={})
    assert "former_urls" not in item


def test_a_redirect_to_a_page_already_read_is_a_move():
    moved = spider()
    assert len(list(moved.parse_page(response(NEW), channel="sitemap", hints={}))) == 1
    assert list(moved.parse_page(response(NEW, asked=OLD), channel="listing", hints={})) == []
    assert moved.report.moved == {OLD: NEW}
