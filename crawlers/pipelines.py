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

from crawlers.urls import canonical_url
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
        a["links"] = _canonical_links(a.get("links"))
        a["field_sources"] = a.get("field_sources") or {}
        a.setdefault("date", None)
        if a.get("date") and not year_of(a["date"]):
            a["date"] = None
        return item


def _canonical_links(links) -> list[dict]:
    """Links in the spelling documents are stored under, so they join across sources."""
    from crawlers.registry import host_aliases
    found = {}
    for link in links or []:
        url = canonical_url(link["url"], host_aliases())
        found.setdefault(url, link.get("label"))
    return [{"url": url, "label": label} for url, label in found.items()]


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

    One file published by two sources is stored (and later extracted) once. An index of
    URL -> {path, etag, last_modified} turns every later fetch into a conditional request:
    an unchanged file costs a 304, and a changed one gets a new sha256.
    """

    INDEX = "url-index.json"

    def open_spider(self):
        super().open_spider()
        self.index_path = Path(self.store.basedir) / self.INDEX
        self.url_index = _read_json(self.index_path)

    def close_spider(self):
        # Merge with what other spiders wrote meanwhile: several sources share the store.
        current = _read_json(self.index_path)
        current.update(self.url_index)
        self.index_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.index_path.with_suffix(f".{self.crawler.spider.name}.tmp")
        tmp.write_text(json.dumps(current, indent=0, sort_keys=True))
        tmp.replace(self.index_path)

    def get_media_requests(self, item, info):
        return [Request(url, errback=self.crawler.spider.on_file_error, dont_filter=True,
                        headers=self._validators(url), meta={"dont_cache": True})
                for url in ItemAdapter(item).get("file_urls", [])]

    def _validators(self, url: str) -> dict:
        known = self.url_index.get(url)
        if not known or not (Path(self.store.basedir) / known["path"]).exists():
            return {}
        headers = {"If-None-Match": known.get("etag"), "If-Modified-Since": known.get("last_modified")}
        return {k: v for k, v in headers.items() if v}

    def media_to_download(self, request, info, *, item=None):
        return None  # always ask the server: the conditional request makes it cheap

    def media_downloaded(self, response, request, info, *, item=None):
        known = self.url_index.get(request.url)
        if response.status == 304 and known:
            return {"url": request.url, "path": known["path"], "checksum": None, "status": "uptodate"}
        return super().media_downloaded(response, request, info, item=item)

    def file_path(self, request, response=None, info=None, *, item=None):
        if response is None:
            known = self.url_index.get(request.url)
            return known["path"] if known else f"pending/{hashlib.sha1(request.url.encode()).hexdigest()}"
        sha = hashlib.sha256(response.body).hexdigest()
        path = f"{sha[:2]}/{sha}{_extension(request.url, response)}"
        self.url_index[request.url] = {
            "path": path,
            "etag": _header(response, "ETag"), "last_modified": _header(response, "Last-Modified"),
        }
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


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return {}


def _header(response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def _extension(url: str, response) -> str:
    suffix = Path(url.split("?")[0]).suffix.lower()
    if suffix in mimetypes.types_map and len(suffix) <= 5:
        return suffix
    ctype = response.headers.get("Content-Type", b"").decode("latin-1").split(";")[0].strip()
    return (mimetypes.guess_extension(ctype) if ctype else None) or ".bin"
