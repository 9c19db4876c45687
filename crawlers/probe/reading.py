"""What the spider's own code makes of one saved answer: items listed, steps to follow, notes."""

import re

from protego import Protego
from scrapy import Request
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.project import get_project_settings
from twisted.python.failure import Failure

from crawlers.extensions import Report
from crawlers.items import DocumentItem
from crawlers.probe.plan import Reading, new_spider, sitemap_step, step_of
from crawlers.probe.saved import ok
from crawlers.probe.wordpress_api import read_wp

ITEM_CALLBACKS = ("parse_page", "parse_record")
# Discovery callbacks whose requests the probe follows one step (kind shown for each).
FOLLOWED = {"parse_sitemap": "sitemap", "parse_identify": "oai", "parse_list_records": "oai-records",
            "parse_opac_listing": "listing", "parse_geojson": "umap-geojson", "parse_datalayer": "umap-layer"}
MAX_FOLLOWED = 3      # per answer: child sitemaps, datalayers


def read(cls, meta: dict, response) -> Reading:
    """What the spider's own code makes of one saved answer."""
    if meta["kind"] == "robots.txt" and meta["error"]:
        return Reading(note="host unreachable: nothing more asked from it")
    if meta["kind"] == "robots.txt":
        return _read_robots(response)
    if meta["kind"] in ("wp-json", "wp-types", "wp-items"):
        return read_wp(cls, meta, response)
    if not meta["callback"] or meta["kind"] == "item":  # items are read as samples
        return Reading()
    return _read_with_spider(new_spider(cls), meta, response)


def _read_with_spider(spider, meta: dict, response) -> Reading:
    try:
        if ok(response):
            outputs = callback_outputs(spider, meta, response)
        elif meta["errback"]:
            outputs = list(getattr(spider, meta["errback"])(_failure(meta, response)) or ())
        else:
            return Reading()
    except Exception as exc:  # the spider's code on an unexpected answer: a finding, not a crash
        return Reading(note=spider_error(exc))
    return _sort(outputs, response, spider.report)


def callback_outputs(spider, meta: dict, response) -> list:
    """Items and requests the step's callback yields for the saved answer."""
    return list(getattr(spider, meta["callback"])(response, **meta["cb_kwargs"]) or ())


def spider_error(exc: Exception) -> str:
    return f"spider error: {type(exc).__name__}: {exc}"


def _sort(outputs: list, response, report: Report) -> Reading:
    """Items and sample pages counted, discovery requests followed, the rest noted."""
    reading = Reading()
    items = [o for o in outputs if isinstance(o, DocumentItem)]
    requests = [o for o in outputs if isinstance(o, Request)]
    reading.samples = [step_of(r, "item") for r in requests if r.callback.__name__ in ITEM_CALLBACKS]
    followed = [r for r in requests if r.callback.__name__ in FOLLOWED and not _next_page(r)]
    for name in dict.fromkeys(r.callback.__name__ for r in followed):
        same = [r for r in followed if r.callback.__name__ == name]
        reading.follow += [step_of(r, FOLLOWED[name]) for r in same[:MAX_FOLLOWED]]
    reading.items = len(items) + len(reading.samples)
    reading.direct = bool(items)
    pages = [r.url for r in requests if _next_page(r)]
    others = len(requests) - len(reading.samples) - len(followed) - len(pages)
    notes = _listing_notes(reading.items, response) + _follow_notes(followed, pages, others)
    notes += [f"spider: {e['error']}" for e in report.errors[:2]]
    notes += [f"skipped: {reason} ({n})" for reason, n in report.skipped.items()]
    reading.note = "; ".join(notes)
    return reading


def _listing_notes(items: int, response) -> list[str]:
    listed, what = _listed(response)
    if what == "sitemaps":
        return [f"index of {listed} sitemaps"]
    if listed is not None and listed != items:
        return [f"{items} of {listed} listed {what} are items"]
    return []


def _follow_notes(followed: list[Request], pages: list[str], others: int) -> list[str]:
    notes = []
    if followed:
        kinds = dict.fromkeys(FOLLOWED[r.callback.__name__] for r in followed)
        notes.append(f"leads to {len(followed)} × {', '.join(kinds)}")
    notes += [f"next page (not followed): {url}" for url in pages[:1]]
    if others:
        notes.append(f"{others} other request(s) not followed")
    return notes


def _next_page(request: Request) -> bool:
    """A further page of a listing or OAI list: one page tells enough."""
    kwargs = request.cb_kwargs
    return kwargs.get("first") is False or kwargs.get("page_no", 1) > 1 or kwargs.get("pages", 1) > 1


def _listed(response) -> tuple[int | None, str]:
    """How many entries a sitemap or feed lists, whether or not the spider takes them."""
    body = getattr(response, "body", b"")
    head = body[:2000]
    if b"<sitemapindex" in head:
        return body.count(b"<loc>"), "sitemaps"
    if b"<urlset" in head:
        return body.count(b"<loc>"), "URLs"
    if b"<rss" in head or b"<feed" in head:
        return len(re.findall(rb"<(?:item|entry)[\s>]", body)), "entries"
    return None, ""


def _read_robots(response) -> Reading:
    if not ok(response):
        return Reading(note="no robots.txt: everything allowed")
    rules = Protego.parse(response.text)
    sitemaps = list(rules.sitemaps)
    notes = [f"Sitemap: {', '.join(sitemaps)}"] if sitemaps else []
    delay = rules.crawl_delay(get_project_settings()["USER_AGENT"])
    if delay:
        notes.append(f"Crawl-delay: {delay:g}")
    return Reading(note="; ".join(notes), follow=[sitemap_step(url) for url in sitemaps])


def _failure(meta: dict, response) -> Failure:
    """The failure Scrapy would hand the errback: an HTTP error, or no answer at all."""
    error = HttpError(response, "HTTP error") if response is not None else ConnectionError(meta.get("error"))
    failure = Failure(error)
    failure.request = Request(meta["url"], cb_kwargs=meta["cb_kwargs"])
    return failure
