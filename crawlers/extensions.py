"""RunReport: what one spider's run did, written beside its items for the build stage.

A spider that yields nothing fails its run loudly: an empty result is never a success.
"""

import json
import logging
import os
from datetime import datetime, timezone
from pathlib import Path

from scrapy import signals

import paths

logger = logging.getLogger(__name__)
MAX_ERRORS_KEPT = 500


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


# One id for every spider of this process: set by `crpv crawl`, or made at import.
RUN_ID = os.environ.get("CRPV_RUN_ID") or datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def items_path(source: str) -> Path:
    return paths.crawl_dir() / source / f"items-{RUN_ID}.jsonl"


class Report:
    def __init__(self, source: str, run: str):
        self.source, self.run = source, run
        self.started = now_iso()
        self.errors: list[dict] = []
        self.error_count = 0
        self.channels: dict[str, int] = {}
        self.skipped: dict[str, int] = {}
        self.moved: dict[str, str] = {}

    def error(self, url: str | None, status: int | None, message: str) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_ERRORS_KEPT:
            self.errors.append({"url": url, "status": status, "error": message})
        logger.warning("[%s] %s %s: %s", self.source, status or "", url, message)

    def channel(self, name: str) -> None:
        """Count a discovery channel that answered (rest-api, sitemap, feed, listing...)."""
        self.channels[name] = self.channels.get(name, 0) + 1

    def skip(self, reason: str) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1

    def move(self, old_url: str, new_url: str) -> None:
        """An old URL that now leads to a document found under its new URL (a redirect whose
        item was already read): the build keeps it as the document's alias."""
        self.moved[old_url] = new_url


class RunReport:
    def __init__(self, crawler):
        self.crawler = crawler
        self.run = RUN_ID
        crawler.signals.connect(self.opened, signal=signals.spider_opened)
        crawler.signals.connect(self.closed, signal=signals.spider_closed)
        crawler.signals.connect(self.spider_error, signal=signals.spider_error)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def opened(self, spider):
        spider.report = Report(spider.name, self.run)

    def spider_error(self, failure, response, spider):
        spider.report.error(response.url, response.status, f"parse error: {failure.getErrorMessage()}")

    def closed(self, spider, reason):
        report, stats = spider.report, self.crawler.stats.get_stats()
        items = stats.get("item_scraped_count", 0)
        status, message = "ok", ""
        if items == 0:
            status = "failed"
            message = "found no document: every channel failed or the site changed; see errors"
            logger.error("[%s] %s", spider.name, message)
        elif reason != "finished":
            status, message = "failed", f"crawl ended early: {reason}"
        elif report.error_count:
            status = "partial"
        data = {
            "run_id": self.run, "source": spider.name, "status": status, "message": message,
            "started": report.started, "finished": now_iso(), "close_reason": reason,
            "items": items,
            "dropped": stats.get("item_dropped_count", 0),
            "files_downloaded": stats.get("file_status_count/downloaded", 0),
            "files_uptodate": stats.get("file_status_count/uptodate", 0),
            "requests": stats.get("crpv/network_responses", 0),
            "bytes": stats.get("crpv/network_bytes", 0),
            "not_modified": stats.get("crpv/not_modified", 0),
            "robots_forbidden": stats.get("robotstxt/forbidden", 0),
            "channels": report.channels, "skipped": report.skipped,
            "error_count": report.error_count, "errors": report.errors,
            "moved": [{"url": old, "to": new} for old, new in sorted(report.moved.items())],
            "items_file": items_path(spider.name).name,
        }
        out = paths.crawl_dir() / spider.name / f"run-{self.run}.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1))
        tmp.replace(out)
