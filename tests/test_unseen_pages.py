"""Pages in markup styles no spider was written for, read the way a crawl reads a site of no
known platform: a GenericSpider with no selectors of its own, so only page metadata and the
generic rules of extract/html/ and the base spider's fallbacks do the work.

Saved pages live in tests/fixtures/unseen/ with their expected fields in expected.json: whether
the page is a document at all (a listing is not), its title, date, snippets its body must and
must not contain (boilerplate), and its attachments. One test per (page, field).
"""

import json
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse

from crawlers.extensions import Report
from crawlers.platforms.generic import GenericSpider

FIXTURES = Path(__file__).parent / "fixtures" / "unseen"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
PAGES = sorted(EXPECTED)
DOCUMENTS = [page for page in PAGES if EXPECTED[page]["document"]]


@cache
def read(page: str) -> dict | None:
    """The item a GenericSpider makes of the page, or None when it takes no document from it.
    The response says "text/html" with no charset, as many small sites' servers do."""
    url = EXPECTED[page]["url"]
    spider_class = type("UnseenSpider", (GenericSpider,), {
        "name": "unseen", "hosts": (urlsplit(url).hostname,), "item_url_patterns": (r"^/",)})
    spider = spider_class()
    spider.report = Report(spider.name, "test")
    response = HtmlResponse(url=url, body=(FIXTURES / page).read_bytes(),
                            headers={"Content-Type": "text/html"}, request=Request(url))
    items = list(spider.parse_page(response, channel="sitemap", hints={}))
    assert len(items) <= 1
    return dict(items[0]) if items else None


def test_every_fixture_page_has_expectations():
    assert sorted(p.name for p in FIXTURES.glob("*.html")) == PAGES


@pytest.mark.parametrize("page", PAGES)
def test_is_document(page):
    assert (read(page) is not None) == EXPECTED[page]["document"]


@pytest.mark.parametrize("page", DOCUMENTS)
def test_title(page):
    item = read(page)
    assert item, "no document"
    assert item["title"] == EXPECTED[page]["title"], item["field_sources"].get("title")


@pytest.mark.parametrize("page", DOCUMENTS)
def test_date(page):
    item = read(page)
    assert item, "no document"
    assert item["date"] == EXPECTED[page]["date"], item["field_sources"].get("date")


@pytest.mark.parametrize("page", DOCUMENTS)
def test_body_contains(page):
    item = read(page)
    assert item, "no document"
    missing = [s for s in EXPECTED[page]["body_contains"] if s not in item["body"]]
    assert not missing, f"missing {missing} in:\n{item['body']}"


@pytest.mark.parametrize("page", DOCUMENTS)
def test_body_not_contains(page):
    item = read(page)
    assert item, "no document"
    present = [s for s in EXPECTED[page]["body_not_contains"] if s in item["body"]]
    assert not present, f"boilerplate {present} in:\n{item['body']}"


@pytest.mark.parametrize("page", DOCUMENTS)
def test_attachments(page):
    item = read(page)
    assert item, "no document"
    assert [a["url"] for a in item["attachments"]] == EXPECTED[page]["attachments"]
