"""What the last good run of a source found: lets a sitemap `lastmod` skip unchanged pages.

A page whose sitemap `lastmod` is older than the start of the last good run is not fetched
again: its document from that run is handed on as it was (its attachments are still asked for,
conditionally). `crpv crawl --full` (CRPV_FULL_CRAWL=1) reads every page again, e.g. after a
change of the spider's own parsing.
"""

import json
import os
from datetime import datetime, timezone

import paths
from extract.dates import parse_date


class PreviousRun:
    def __init__(self, source: str):
        self.started, self.items = None, {}
        if os.environ.get("CRPV_FULL_CRAWL"):
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

    def unchanged(self, url: str, lastmod: str | None) -> dict | None:
        """The previous document at url if the sitemap says it has not moved since."""
        previous = self.items.get(url)
        if not previous or not lastmod or not self.started:
            return None
        modified = _instant(lastmod)
        return previous if modified and modified < _instant(self.started) else None


def _last_good_report(source: str) -> dict | None:
    reports = sorted((paths.crawl_dir() / source).glob("run-*.json"), reverse=True)
    for path in reports:
        report = json.loads(path.read_text())
        if report["status"] in ("ok", "partial") and report.get("items"):
            return report
    return None


def _instant(value: str) -> datetime | None:
    """A sitemap lastmod (W3C datetime, or a bare date) as an aware datetime."""
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        day = parse_date(value)
        if not day or len(day) != 10:
            return None
        moment = datetime.fromisoformat(day)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
