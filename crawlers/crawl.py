"""Run the given spiders in one Scrapy process: `python -m crawlers.crawl irev labo-cites`.

`crpv crawl` starts this in a child process so that the Twisted reactor, a crash or a memory
leak of one crawl never reaches the command line or the next stage.
"""

import os
import sys

from crawlers.registry import spider_classes
from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings


def main(slugs: list[str]) -> int:
    classes = spider_classes()
    unknown = [s for s in slugs if s not in classes]
    if unknown:
        print(f"unknown source(s): {', '.join(unknown)}; known: {', '.join(classes)}", file=sys.stderr)
        return 2
    if os.environ.get("CRPV_PARENT_PID"):  # started by crpv: never outlive it (lifetime.py)
        from lifetime import watch_parent
        watch_parent(int(os.environ["CRPV_PARENT_PID"]), float(os.environ.get("CRPV_STOP_GRACE", 30)))
    process = CrawlerProcess(get_project_settings())
    for slug in slugs:
        process.crawl(classes[slug])
    process.start()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
