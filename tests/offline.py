"""Drive a spider's callbacks on saved pages, without the Scrapy engine or sockets.

The replica app answers each request by its real URL; responses are handed to the request's
callback (or errback for HTTP errors), so a spider's parsing and discovery logic is tested
in milliseconds. The real crawl over HTTP is exercised by the end-to-end tests.
"""

from collections import deque
from urllib.parse import urljoin, urlsplit

from scrapy import Request
from scrapy.http import Headers
from scrapy.responsetypes import responsetypes
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawlers.extensions import Report
from crawlers.items import DocumentItem
from tests.replica.sites import ReplicaApp, SiteStore

MAX_REQUESTS = 500


def fetch(app: ReplicaApp, url: str, max_redirects: int = 5):
    """The final Scrapy response for `url`, following redirects as Scrapy would."""
    for _ in range(max_redirects + 1):
        parts = urlsplit(url)
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        answer = app.respond("GET", parts.scheme, parts.hostname, target or "/")
        headers = Headers(answer.headers)
        if answer.status in (301, 302, 303, 307, 308) and "Location" in answer.headers:
            url = urljoin(url, answer.headers["Location"])
            continue
        cls = responsetypes.from_args(headers=headers, url=url, body=answer.body)
        return cls(url=url, status=answer.status, headers=headers, body=answer.body)
    raise RuntimeError(f"redirect loop at {url}")


def run_spider(spider_cls, store_roots, cache_dir, **spider_kwargs):
    """Run every request of a spider against the replicas; return (items, requested URLs)."""
    app = ReplicaApp(SiteStore(store_roots, cache_dir))
    spider = spider_cls(**spider_kwargs)
    spider.report = Report(spider.name, "offline")
    queue, seen, items, requested = deque(spider.entry_requests()), set(), [], []
    while queue and len(requested) < MAX_REQUESTS:
        request = queue.popleft()
        if request.url in seen and not request.dont_filter:
            continue
        seen.add(request.url)
        requested.append(request.url)
        response = fetch(app, request.url)
        response.request = request
        if response.status >= 400:
            outputs = _errback(request, response)
        else:
            outputs = request.callback(response, **request.cb_kwargs)
        for out in outputs or ():
            (queue.append if isinstance(out, Request) else items.append)(out)
    return [dict(i) for i in items if isinstance(i, DocumentItem)], requested, spider


def _errback(request, response):
    failure = Failure(HttpError(response, "HTTP error"))
    failure.request = request
    return request.errback(failure) if request.errback else ()
