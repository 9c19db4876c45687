"""A source answers under whichever of its hosts is up: `pqn-a.fr` or `www.pqn-a.fr`.

Redirects between a bare host and its `www` (either way) are followed by Scrapy. A host that
does not answer at all (DNS, refused connection, refused tunnel, timeout to connect), once
Scrapy's retries are spent, is marked down for the crawl: the request is sent again to the
source's next host, and every later request for the down host goes there directly, before
robots.txt is consulted (so the live host's robots.txt rules). Hosts come from the spider's
`hosts` (the canonical first, then its aliases); a WordPress source's `other_sites` are other
installs, never stand-ins. The document keeps its canonical URL whichever host served it.
"""

import logging
from urllib.parse import urlsplit, urlunsplit

from scrapy.core.downloader.handlers.http11 import TunnelError
from twisted.internet.error import (ConnectError, ConnectionRefusedError, DNSLookupError, NoRouteError,
                                    TCPTimedOutError)

logger = logging.getLogger(__name__)
UNREACHABLE = (DNSLookupError, ConnectionRefusedError, ConnectError, NoRouteError, TCPTimedOutError, TunnelError)


class AlternateHosts:
    """Downloader middleware: requests for a source's down host go to its other host."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.down: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def stand_ins(self, host: str) -> list[str]:
        spider = self.crawler.spider
        others = set(getattr(spider, "other_sites", ()))
        group = [h for h in getattr(spider, "hosts", ()) if h not in others]
        return [h for h in group if h != host and h not in self.down] if host in group else []

    def elsewhere(self, request):
        """The request on a live host of the same source, or None."""
        parts = urlsplit(request.url)
        live = self.stand_ins((parts.hostname or "").lower())
        if not live:
            return None
        netloc = live[0] + (f":{parts.port}" if parts.port else "")
        return request.replace(url=urlunsplit(parts._replace(netloc=netloc)), dont_filter=True)

    def process_request(self, request):
        if (urlsplit(request.url).hostname or "").lower() in self.down:
            return self.elsewhere(request)
        return None

    def process_exception(self, request, exception):
        if not isinstance(exception, UNREACHABLE):
            return None
        host = (urlsplit(request.url).hostname or "").lower()
        other = self.elsewhere(request)
        if other is None:
            return None
        self.down.add(host)
        logger.warning("%s does not answer (%s): asking %s instead", host, type(exception).__name__,
                       urlsplit(other.url).hostname)
        report = getattr(self.crawler.spider, "report", None)
        if report is not None:
            report.skip(f"host {host} unreachable: its other host asked instead")
        return other
