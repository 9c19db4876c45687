"""What to ask a source's sites: the first steps, each a URL and the spider method that reads its
answer, and the Reading of an answer, which may add further steps."""

from dataclasses import dataclass, field

from scrapy import Request

from crawlers.extensions import Report
from crawlers.platforms.pmb import PmbSpider
from crawlers.platforms.umap import UmapSpider
from crawlers.platforms.wordpress import WordPressSpider, WpSite
from crawlers.previous import PreviousRun

SITEMAPS = ("/sitemap.xml", "/wp-sitemap.xml", "/sitemap_index.xml", "/spip.php?page=sitemap.xml")
FEEDS = ("/rss.xml", "/feed/", "/spip.php?page=backend")


@dataclass
class Step:
    kind: str
    url: str
    callback: str = ""       # the spider method that reads the answer
    errback: str = ""
    cb_kwargs: dict = field(default_factory=dict)


# Here beside Step, not in reading.py: reading.py and wordpress_api.py both build Readings.
@dataclass
class Reading:
    items: int | None = None   # items the channel lists
    note: str = ""
    follow: list = field(default_factory=list)   # further discovery steps
    samples: list = field(default_factory=list)  # item steps, in listed order
    direct: bool = False       # the answer holds the items themselves (uMap JSON)


def plan(cls) -> list[Step]:
    """Robots, sitemaps, feeds and REST API per host; then the platform's entry and a listing."""
    spider = new_spider(cls)
    steps = []
    for host in [cls.hosts[0], *getattr(cls, "other_sites", ())]:
        steps.append(Step("robots.txt", f"https://{host}/robots.txt"))
        if issubclass(cls, UmapSpider):
            continue  # a shared map service, not the source's own site: only its map is asked
        steps += _site_steps(cls, spider, host)
    if issubclass(cls, (PmbSpider, UmapSpider)):
        steps += [step_of(r, "oai" if issubclass(cls, PmbSpider) else "umap") for r in spider.entry_requests()]
    if issubclass(cls, PmbSpider):
        steps.append(Step("listing", spider.listing_url(1), "parse_opac_listing", cb_kwargs={"page_no": 1}))
    elif cls.listing_paths:
        steps.append(Step("listing", spider.base_url + cls.listing_paths[0], "parse_listing",
                          cb_kwargs={"channel": "listing", "pages": 1}))
    return steps


def _site_steps(cls, spider, host: str) -> list[Step]:
    """The usual sitemaps and feeds (and the spider's own), then the REST API, of one host."""
    base = f"https://{host}"
    return [*[sitemap_step(base + p) for p in dict.fromkeys(SITEMAPS + cls.sitemap_paths)],
            *[Step("feed", base + p, "parse_feed", cb_kwargs={"channel": "feed"})
              for p in dict.fromkeys(FEEDS + cls.feed_paths)],
            Step("wp-json", base + "/wp-json/"), types_step(spider, host, 0)]


def sitemap_step(url: str) -> Step:
    return Step("sitemap", url, "parse_sitemap", cb_kwargs={"channel": "sitemap"})


def types_step(spider, host: str, root: int) -> Step:
    """`wp/v2/types` at one of the spider's API roots (WordPress), else at /wp-json/."""
    if isinstance(spider, WordPressSpider):
        url = wp_api_url(spider, host, root, "wp/v2/types")
    else:
        url = f"https://{host}/wp-json/wp/v2/types"
    return Step("wp-types", url, cb_kwargs={"host": host, "root": root})


def wp_api_url(spider: WordPressSpider, host: str, root: int, route: str, params: dict | None = None) -> str:
    """A route at the spider's `root`-th API root, as the spider itself would ask it."""
    site = WpSite(host)
    site.root = root
    return spider.api_url(site, route, params)


def step_of(request: Request, kind: str) -> Step:
    return Step(kind, request.url, request.callback.__name__,
                request.errback.__name__ if request.errback else "", dict(request.cb_kwargs))


def new_spider(cls):
    """A spider as a crawl has it: its callbacks report errors and skips to `spider.report`."""
    spider = cls()
    spider.report = Report(cls.name, "probe")
    spider.previous = PreviousRun(None)  # what the site serves: nothing taken from the last run
    return spider
