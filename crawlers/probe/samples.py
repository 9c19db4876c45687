"""The items a crawl would yield from the saved sample answers, as the crawl stores them."""

from pathlib import Path
from types import SimpleNamespace

from scrapy.exceptions import DropItem

from crawlers.items import DocumentItem
from crawlers.pipelines import NormalisePipeline
from crawlers.probe.plan import new_spider
from crawlers.probe.reading import callback_outputs, spider_error
from crawlers.probe.saved import load, ok


def extract_samples(cls, out_dir: Path, summary: dict) -> list[dict]:
    """Run the spider's callbacks on the saved sample answers: the items a crawl would yield."""
    found = []
    for meta in (m for m in summary["answers"] if m.get("take")):
        channel = meta["cb_kwargs"].get("channel", meta["kind"])
        entry = {"url": meta["url"], "file": meta["file"], "channel": channel}
        items, error = _sample_items(cls, meta, load(out_dir, meta))
        found += [{**entry, "item": item} for item in items[:meta["take"]]] or [{**entry, "error": error}]
    return found


def _sample_items(cls, meta: dict, response) -> tuple[list[dict], str]:
    if not ok(response):
        return [], meta.get("error") or f"HTTP {meta['status']}"
    spider = new_spider(cls)
    try:
        outputs = callback_outputs(spider, meta, response)
        return [_normalised(spider, o) for o in outputs if isinstance(o, DocumentItem)], "no item yielded"
    except DropItem as exc:
        return [], f"dropped by the crawl's pipeline: {exc}"
    except Exception as exc:  # the spider's code on an unexpected page: shown, not raised
        return [], spider_error(exc)


def _normalised(spider, item) -> dict:
    """The item as the crawl stores it (NormalisePipeline: cleaned text, tags once, checks)."""
    return dict(NormalisePipeline(SimpleNamespace(spider=spider)).process_item(item))
