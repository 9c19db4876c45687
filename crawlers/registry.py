"""The sources: every spider class, plus centres known without a confirmed address."""

import os
from functools import lru_cache

os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawlers.settings")

from scrapy.spiderloader import SpiderLoader  # noqa: E402
from scrapy.utils.project import get_project_settings  # noqa: E402

from crawlers.unconfirmed import rows as unconfirmed_rows  # noqa: E402


def spider_classes() -> dict:
    loader = SpiderLoader.from_settings(get_project_settings())
    return {name: loader.load(name) for name in sorted(loader.list())}


@lru_cache(maxsize=1)
def host_aliases() -> dict[str, str]:
    """Alias host -> canonical host of every source, so a link joins the document it names."""
    return {alias: cls.hosts[0] for cls in spider_classes().values() for alias in cls.hosts[1:]}


def source_rows() -> list[dict]:
    """One row per source for the `sources` table, read from the spider classes, then the
    centres known without a confirmed address (never harvested)."""
    return [
        {
            "slug": cls.name, "name": cls.display_name, "region": cls.region,
            "homepage": cls.homepage, "platform": cls.platform, "hosts": list(cls.hosts),
            "licence_note": cls.licence_note, "address_confirmed": int(cls.address_confirmed),
            "enabled": int(cls.enabled), "notes": (cls.__doc__ or "").strip() or None,
        }
        for cls in spider_classes().values()
    ] + unconfirmed_rows()
