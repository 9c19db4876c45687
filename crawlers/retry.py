"""Retry-After: a host that says when to come back (429, 503) is believed, within a cap.

Scrapy 2.19's RetryMiddleware retries 429 and 503 but ignores Retry-After: it would knock
again at once, twice, on a small association's server that has just asked us to wait. Here
the host's downloader slot is slowed to the delay it asks for, so the retry (and every other
request to that host) waits; AutoThrottle eases it back as the host answers well again. The
delay is capped by CRPV_MAX_RETRY_AFTER (seconds, default 60): a "come back tomorrow" must not
stall a nightly run; once the retries are spent the URL is an error in the run report.
"""

import os
import time
from email.utils import parsedate_to_datetime

from scrapy.downloadermiddlewares.retry import RetryMiddleware

from crawlers.politeness import slow_down

MAX_RETRY_AFTER = float(os.environ.get("CRPV_MAX_RETRY_AFTER", "60"))
ASKS_TO_WAIT = (429, 503)


def retry_after_seconds(value: str | bytes | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After value: delta-seconds or an HTTP date (RFC 9110)."""
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    value = (value or "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None  # unreadable: an ordinary retry
    return max(0.0, when - (time.time() if now is None else now))


class RetryAfterMiddleware(RetryMiddleware):
    """Scrapy's RetryMiddleware, once the host has been slowed to its Retry-After."""

    def process_response(self, request, response):
        if response.status in ASKS_TO_WAIT and not request.meta.get("dont_retry"):
            delay = retry_after_seconds(response.headers.get("Retry-After"))
            if delay:
                slow_down(self.crawler, request, min(delay, MAX_RETRY_AFTER))
        return super().process_response(request, response)
