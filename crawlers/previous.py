"""What the last good run of a source found: lets the dated channels skip what did not move.

A nightly run asks each channel what moved since the start of the last good run (`since`): a
page whose sitemap `lastmod` or feed date is older, a WordPress post that `modified_after` does
not return and the id listing shows unmodified, an OAI record that `from=` does not return, is
not fetched again. Its document from that run is handed on as it was (`SourceSpider.hand_on`),
so the build sees it still present; its attachments are still asked for, conditionally. What
a channel no longer lists at all is not handed on: the build marks it gone. `crpv crawl --full`
(CRPV_FULL_CRAWL=1), and `crpv nightly` on Sundays, read everything again, e.g. after a change
of the spider's own parsing.
"""

import json
import os
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

import paths
from extract.dates import parse_date


class PreviousRun:
    def __init__(self, source: str | None):
        self.started, self.items = None, {}
        if source is None or os.environ.get("CRPV_FULL_CRAWL"):
            return
        report = _last_good_report(source)
        if report:
            self.started = report["started"]
            items_file = paths.crawl_dir() / source / report["items_file"]
            for line in items_file.read_text(encoding="utf-8").splitlines():
                try:
                    item = json.loads(line)
                except ValueError:
                    continue
                self.items[item["url"]] = item

    @property
    def since(self) -> datetime | None:
        """When the last good run started (UTC): what moved after it is read again. None on a
        full crawl, or when there is no previous document to hand on."""
        return instant(self.started).astimezone(timezone.utc) if self.started and self.items else None

    def unchanged(self, url: str, modified: str | None) -> dict | None:
        """The previous document at url if a channel's date says it has not moved since."""
        previous = self.items.get(url)
        if not previous or not modified or not self.since:
            return None
        moment = instant(modified, day_end=True)
        return previous if moment and moment < self.since else None


def _last_good_report(source: str) -> dict | None:
    reports = sorted((paths.crawl_dir() / source).glob("run-*.json"), reverse=True)
    for path in reports:
        report = json.loads(path.read_text())
        if report["status"] in ("ok", "partial") and report.get("items"):
            return report
    return None


def instant(value: str, day_end: bool = False) -> datetime | None:
    """A W3C datetime, a bare date or an RSS date as an aware datetime (UTC when it names no
    zone). With `day_end`, a bare date stands for the end of its day: a page dated the day of
    the last run may have moved after it started."""
    value = value.strip()
    try:
        moment, bare = datetime.fromisoformat(value.replace("Z", "+00:00")), len(value) == 10
    except ValueError:
        try:  # RSS: "Tue, 05 Mar 2024 10:00:00 +0000"
            moment, bare = parsedate_to_datetime(value), False
        except (TypeError, ValueError):
            day = parse_date(value)
            if not day or len(day) != 10:
                return None
            moment, bare = datetime.fromisoformat(day), True
    if bare and day_end:
        moment += timedelta(days=1)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
