"""Crawl-delay from robots.txt, honoured on top of AutoThrottle.

Scrapy obeys robots.txt rules but not its Crawl-delay; Drupal's default robots.txt asks for
10 seconds, and small associations' servers deserve it. The delay is capped by
CRPV_MAX_CRAWL_DELAY (seconds, default 30) so one odd robots.txt cannot stall a nightly run.
"""

import os

from protego import Protego
from scrapy.extensions.throttle import AutoThrottle

MAX_CRAWL_DELAY = float(os.environ.get("CRPV_MAX_CRAWL_DELAY", "30"))


def capped_crawl_delay(rules: Protego, user_agent: str) -> float:
    """The Crawl-delay a parsed robots.txt asks of us, capped (crawl and probe alike)."""
    return min(rules.crawl_delay(user_agent) or 0, MAX_CRAWL_DELAY)


class RobotsCrawlDelay:
    """Downloader middleware: reads Crawl-delay when robots.txt comes back."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.user_agent = crawler.settings.get("USER_AGENT")
        crawler.crawl_delays = {}

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_response(self, request, response):
        if request.url.endswith("/robots.txt") and response.status == 200:
            parser = Protego.parse(response.text if hasattr(response, "text") else "")
            delay = capped_crawl_delay(parser, self.user_agent)
            if delay:
                self.crawler.crawl_delays[slow_down(self.crawler, request, delay)] = delay
        return response


def slow_down(crawler, request, delay: float) -> str:
    """Space the requests to this request's host by at least `delay` seconds from now on.
    AutoThrottle brings it back down on the host's next 200s, never below its Crawl-delay
    (PoliteThrottle). Returns the downloader slot key (the host)."""
    downloader = crawler.engine.downloader
    key = downloader.get_slot_key(request)
    if key in downloader.slots:
        downloader.slots[key].delay = max(downloader.slots[key].delay, delay)
    return key


class PoliteThrottle(AutoThrottle):
    """AutoThrottle that never goes below a host's Crawl-delay."""

    def _adjust_delay(self, slot, latency, response):
        super()._adjust_delay(slot, latency, response)
        floor = max((d for key, d in getattr(self.crawler, "crawl_delays", {}).items()
                     if self.crawler.engine.downloader.slots.get(key) is slot), default=0)
        slot.delay = max(slot.delay, floor)
