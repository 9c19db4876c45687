"""Fetch only what changed: every page is revalidated with its validators each run.

Scrapy's HTTP cache keeps the last response of each page; this policy never trusts a cached
copy without asking the server (If-None-Match / If-Modified-Since), so a nightly run sees
every change and an unchanged page costs a 304 with no body.
"""

from scrapy.downloadermiddlewares.httpcache import HttpCacheMiddleware
from scrapy.extensions.httpcache import RFC2616Policy


class RevalidatePolicy(RFC2616Policy):
    def should_cache_response(self, response, request):
        # Error pages are not worth keeping; everything with a validator is.
        return response.status == 200 and super().should_cache_response(response, request)

    def is_cached_response_fresh(self, cachedresponse, request):
        self._set_conditional_validators(request, cachedresponse)
        return False

    def is_cached_response_valid(self, cachedresponse, response, request):
        # A 304 confirms the cached copy; a server error must show as an error, not as
        # yesterday's page (RFC 2616 would serve the cached copy and hide it).
        return response.status == 304


class NoStaleOnError(HttpCacheMiddleware):
    """Scrapy's cache middleware, without its error recovery: on a timeout or a refused
    connection Scrapy serves the cached copy as if the server had answered, so a hanging or
    dead host would look healthy. The error goes on to the retries and the report instead
    (the spider then keeps the document's last good version, `SourceSpider.on_item_error`)."""

    DOWNLOAD_EXCEPTIONS = ()


class NetworkStats:
    """What really crossed the network (the cache hands 304s on as full cached responses)."""

    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_response(self, request, response):
        if not request.url.startswith("http"):  # the spider's own data: request (on_idle)
            return response
        self.stats.inc_value("crpv/network_responses")
        self.stats.inc_value("crpv/network_bytes", len(response.body))
        if response.status == 304:
            self.stats.inc_value("crpv/not_modified")
        return response
