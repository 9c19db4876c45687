"""Item pipelines: normalise and validate, drop duplicates, download attachments by sha256."""

import hashlib
import json
import logging
import mimetypes
from pathlib import Path

from itemadapter import ItemAdapter
from scrapy import Request
from scrapy.exceptions import DropItem
from scrapy.pipelines.files import FilesPipeline

from extract.clean import collapse_ws, clean_text
from extract.dates import year_of

logger = logging.getLogger(__name__)


class CrawlerPipeline:
    """Keeps the crawler: Scrapy 2.13+ no longer passes the spider to pipeline methods."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)


class NormalisePipeline(CrawlerPipeline):
    """Every item leaves with the same shape: required fields checked, text cleaned."""

    def process_item(self, item):
        spider = self.crawler.spider
        a = ItemAdapter(item)
        if not a.get("url") or not a.get("title"):
            spider.report.error(a.get("url"), None, "item without url or title: dropped")
            raise DropItem(f"missing url or title: {a.get('url')}")
        a["source"] = spider.name
        a["title"] = collapse_ws(a["title"])
        for field in ("summary", "body"):
            a[field] = clean_text(a.get(field) or "") or None
        for field in ("tags", "authors", "attachments"):
            a[field] = list(dict.fromkeys(a.get(field) or [])) if field != "attachments" else _unique_attachments(a.get(field))
        a["file_urls"] = [att["url"] for att in a["attachments"]]
        a["field_sources"] = a.get("field_sources") or {}
        a.setdefault("date", None)
        if a.get("date") and not year_of(a["date"]):
            a["date"] = None
        return item


def _unique_attachments(attachments) -> list[dict]:
    seen, out = set(), []
    for att in attachments or []:
        if att["url"] not in seen:
            seen.add(att["url"])
            out.append(att)
    return out


class DuplicatePipeline(CrawlerPipeline):
    """One document per canonical URL per crawl: /node/N and print copies collapse to one."""

    def open_spider(self):
        self.seen = set()

    def process_item(self, item):
        url = ItemAdapter(item)["url"]
        if url in self.seen:
            raise DropItem(f"duplicate of {url}")
        self.seen.add(url)
        return item


class Sha256FilesPipeline(FilesPipeline):
    """Scrapy's files machinery, storing each file as <sha256[:2]>/<sha256><ext>.

    One file published by two sources is stored (and later extracted) once. A URL -> path
    index lets an unexpired file be skipped without downloading it again.
    """

    INDEX = "url-index.json"

    def open_spider(self):
        super().open_spider()
        self.index_path = Path(self.store.basedir) / self.INDEX
        try:
            self.url_index = json.loads(self.index_path.read_text())
        except (OSError, ValueError):
            self.url_index = {}

    def close_spider(self):
        spider = self.crawler.spider
        # Merge with what other spiders wrote meanwhile: several sources share the store.
        try:
            current = json.loads(self.index_path.read_text())
        except (OSError, ValueError):
            current = {}
        current.update(self.url_index)
        tmp = self.index_path.with_suffix(f".{spider.name}.tmp")
        tmp.write_text(json.dumps(current, indent=0, sort_keys=True))
        tmp.replace(self.index_path)

    def get_media_requests(self, item, info):
        return [Request(u, errback=info.spider.on_file_error, dont_filter=True)
                for u in ItemAdapter(item).get("file_urls", [])]

    def file_path(self, request, response=None, info=None, *, item=None):
        if response is None:
            # Asked before downloading: known URL -> its stored file, else a path that
            # does not exist so that the file is fetched.
            known = self.url_index.get(request.url)
            return known or f"pending/{hashlib.sha1(request.url.encode()).hexdigest()}"
        sha = hashlib.sha256(response.body).hexdigest()
        path = f"{sha[:2]}/{sha}{_extension(request.url, response)}"
        self.url_index[request.url] = path
        return path

    def item_completed(self, results, item, info):
        a = ItemAdapter(item)
        files = []
        for ok, result in results:
            if ok:
                result["sha256"] = Path(result["path"]).stem
                files.append(result)
            else:
                logger.warning("attachment failed for %s: %s", a["url"], result)
        a["files"] = files
        return item


def _extension(url: str, response) -> str:
    suffix = Path(url.split("?")[0]).suffix.lower()
    if suffix in mimetypes.types_map and len(suffix) <= 5:
        return suffix
    ctype = response.headers.get("Content-Type", b"").decode("latin-1").split(";")[0].strip()
    return (mimetypes.guess_extension(ctype) if ctype else None) or ".bin"
