"""Each spider on its replica site, offline: every expected document found, field by field.

Expected output is data (`tests/sites/<host>/_expected.json`); these tests never hard-code it.
"""

import json
import re
from types import SimpleNamespace

import pytest
from scrapy.exceptions import DropItem

from crawlers.pipelines import DuplicatePipeline, NormalisePipeline
from crawlers.registry import spider_classes
from tests.conftest import SITES
from tests.offline import run_spider

HOSTS = sorted(p.parent.name for p in SITES.glob("*/_expected.json"))
FIELDS = ("title", "date", "doc_type", "tags", "authors", "extra")


def spider_for(host):
    for cls in spider_classes().values():
        if host in cls.hosts:
            return cls
    raise LookupError(f"no spider for {host}")


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    cache = tmp_path_factory.mktemp("offline-cache")
    results = {}
    for host in HOSTS:
        items, requested, spider = run_spider(spider_for(host), [SITES], cache)
        results[host] = (normalise(items, spider), requested, spider)
    return results


def normalise(items, spider):
    crawler = SimpleNamespace(spider=spider)
    normaliser, dedupe = NormalisePipeline(crawler), DuplicatePipeline(crawler)
    dedupe.open_spider()
    out = {}
    for item in items:
        try:
            item = dedupe.process_item(normaliser.process_item(item))
        except DropItem:
            continue
        out[item["url"]] = item
    return out


def expected(host):
    return json.loads((SITES / host / "_expected.json").read_text())["documents"]


def cases():
    return [(host, doc["url"]) for host in HOSTS for doc in expected(host)]


@pytest.mark.parametrize("host", HOSTS)
def test_spider_finds_exactly_the_expected_documents(crawled, host):
    items, _, _ = crawled[host]
    assert sorted(items) == sorted(d["url"] for d in expected(host))


@pytest.mark.parametrize("host, url", cases())
def test_document_fields(crawled, host, url):
    items, _, _ = crawled[host]
    want = next(d for d in expected(host) if d["url"] == url)
    got = items.get(url)
    assert got is not None, f"{url} not found"
    for field in FIELDS:
        if field in want:
            assert got[field] == want[field], (field, got["field_sources"].get(field))
    assert len(got["attachments"]) == want["attachments"]


@pytest.mark.parametrize("host", HOSTS)
def test_every_item_keeps_the_invariants(crawled, host):
    items, _, spider = crawled[host]
    for url, item in items.items():
        assert url.startswith("https://") and item["source"] == spider.name
        assert item["date"] is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", item["date"])
        assert item["field_sources"].get("date"), "every date says where it came from"
        assert item["body"], f"{url} has no body text"
        assert all(a["url"].startswith("http") for a in item["attachments"])


@pytest.mark.parametrize("host", HOSTS)
def test_spider_never_requests_traps(crawled, host):
    _, requested, _ = crawled[host]
    traps = [u for u in requested if re.search(r"/print/|/agenda/|/search|/node/\d+$", u)]
    assert traps == []
