"""SourceSpider: what every source shares.

Discovery goes through structured channels (robots.txt's sitemaps, then the platform's
sitemaps and feeds, each read by its content whatever its Content-Type; listings, every page
of them, and the sections the site's own navigation shows; REST APIs in the platform
subclasses), never by following every link. Each channel, and each of its entries, fails alone:
the error is recorded with what was lost and the others go on. Item pages are read by the
platform's reader (crawlers/readers/): page metadata, the source's selectors as hints, the
generic main content beside them; every field records its evidence.
"""

import re
from http import HTTPStatus

import scrapy
from protego import Protego
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.sitemap import Sitemap

from crawlers.channels import feed_entries, kind_of
from crawlers.discovery import SECTION_LABEL, SECTION_PATH, listing_stem, pages_of, section_links
from crawlers.extensions import items_path
from crawlers.items import DocumentItem
from crawlers.previous import PreviousRun
from crawlers.readers import PageReader
from crawlers.urls import canonical_url, host_of, path_of
from extract import html as page
from extract.dates import parse_date

# URLs that are never documents: traps that multiply pages or duplicate them.
TRAP_PATTERNS = (
    r"/print/", r"/printpdf/", r"/search(/|\?|$)", r"/recherche(/|\?|$)", r"[?&](q|s|search)=",
    r"/agenda(/|\?|$)", r"/calendar", r"/calendrier", r"/evenements?/\d{4}", r"/user(/|$)",
    r"/login", r"/wp-admin", r"/feed/?$", r"/rss\.xml$", r"/tag/", r"/author/",
    r"/comment/", r"[?&](page|debut_\w+)=", r"/node/\d+/(edit|delete|revisions)",
    r"[?&]replytocom=", r"/share", r"mailto:", r"\.(jpe?g|png|gif|svg|css|js|ico|zip)$",
)

PAGER_SELECTORS = (
    "li.pager-next a", "li.pager__item--next a", "a[rel=next]", "link[rel=next]",
    ".pagination .next a", ".pagination a.next", "a.next.page-numbers", ".nav-previous a",
)


class SourceSpider(scrapy.Spider):
    # -- the source, as shown in the `sources` table (one place: the class) --
    name = ""
    display_name = ""
    region = ""
    homepage = ""
    platform = ""
    hosts: tuple[str, ...] = ()          # first one is canonical; others are aliases
    licence_note = ("Contenus © la source ; textes indexés pour la recherche, "
                    "consultez l'original sur le site de la source.")
    address_confirmed = True
    enabled = True

    # -- discovery (paths on the canonical host) --
    sitemap_paths: tuple[str, ...] = ()
    feed_paths: tuple[str, ...] = ()
    listing_paths: tuple[str, ...] = ()
    item_url_patterns: tuple[str, ...] = ()  # regexes on the path: what is a document
    max_listing_pages = 200
    max_section_depth = 2    # sections found from the navigation, links away from a start page
    max_sections = 40        # sections read at most per run
    listing_selectors: tuple[str, ...] = ()  # where a listing's entries are (default: body selectors)

    # -- page reading: platform defaults, extended per source --
    title_selectors: tuple[str, ...] = ("h1",)
    body_selectors: tuple[str, ...] = ()
    date_selectors: tuple[str, ...] = ("time[datetime]",)
    tag_selectors: tuple[str, ...] = ()
    attachment_selectors: tuple[str, ...] = ()
    label_selectors: tuple[str, ...] = (".type-contenu", ".content-type", ".type", ".badge", ".label-type")
    # The part of the page that belongs to the item (title, meta, body, files), sidebars out.
    scope_selectors: tuple[str, ...] = ("main", "[role=main]", "#content", "article", ".node")
    doc_type_rules: tuple[tuple[str, str], ...] = ()  # (regex on URL path or page labels, type)
    default_doc_type = "publication"
    reader_class = PageReader  # reads an item page with the settings above (crawlers/readers/)

    @classmethod
    def update_settings(cls, settings):
        super().update_settings(settings)
        settings.set("FEEDS", {str(items_path(cls.name)): {"format": "jsonlines"}},
                     priority="spider")

    # ---------- URLs ----------
    @property
    def base_url(self) -> str:
        return f"https://{self.hosts[0]}"

    def canonical(self, url: str) -> str:
        aliases = {alias: self.hosts[0] for alias in self.hosts[1:]}
        return canonical_url(url, aliases)

    def is_item_url(self, url: str) -> bool:
        if host_of(url) not in self.hosts:
            return False
        path = path_of(url)
        if any(re.search(p, path, re.I) for p in TRAP_PATTERNS):
            return False
        return any(re.search(p, path) for p in self.item_url_patterns)

    # ---------- discovery ----------
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.requested: set[str] = set()
        self.previous = PreviousRun(self.name)
        self.held: dict[str, dict] = {}        # URL -> previous document a feed calls unchanged
        self.after_dated: list = []            # listing requests waiting for the dated channels
        self.sections: set[str] = set()        # listing and section URLs already asked for
        self.listing_sizes: dict[tuple, set] = {}  # pages asked per listing (max_listing_pages each)

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        return spider

    async def start(self):
        for request in self.entry_requests():
            yield request

    def entry_requests(self):
        """The channels to start from: robots.txt first, for the sitemaps it declares."""
        yield from self.site_channels(self.base_url)

    def site_channels(self, base: str):
        """robots.txt, whose `Sitemap:` lines come first; then the platform's channels."""
        yield scrapy.Request(base + "/robots.txt", callback=self.parse_robots, errback=self.on_robots_error,
                             cb_kwargs={"base": base})

    def parse_robots(self, response, base):
        declared = []
        if isinstance(response, scrapy.http.TextResponse):
            declared = [url for url in Protego.parse(response.text).sitemaps
                        if host_of(url) in self.hosts or not host_of(url)]
        base = f"https://{host_of(response.url) or host_of(base)}"  # the host that answered
        yield from self.platform_channels(base, [response.urljoin(url) for url in declared])

    def on_robots_error(self, failure):
        """No robots.txt (404) is common: the platform's channels still run."""
        if not failure.check(HttpError) or failure.value.response.status >= 500:
            self.on_error(failure)
        yield from self.platform_channels(failure.request.cb_kwargs["base"], [])

    def platform_channels(self, base: str, declared: list[str]):
        """Sitemaps (robots.txt's, then the platform's), feeds, the home page and listings."""
        for url in dict.fromkeys([*declared, *(base + p for p in self.sitemap_paths)]):
            yield self.request(url, self.parse_sitemap, channel="sitemap")
        for path in self.feed_paths:
            yield self.request(base + path, self.parse_feed, channel="feed")
        yield from self.listing_requests([base + "/"] + [base + path for path in self.listing_paths])

    def listing_requests(self, urls):
        """Listings give no date: in a nightly run they wait until the dated channels (sitemaps,
        feeds) have spoken, so that a page those call unchanged is not fetched from a listing."""
        requests = [self.request(url, self.parse_listing, channel="listing", pages=1) for url in urls]
        self.sections.update(map(self.canonical, urls))
        if self.previous.since:
            self.after_dated.extend(requests)
        else:
            yield from requests

    def on_idle(self):
        """The crawl ran dry: hand on what only a feed called unchanged, then read the listings."""
        if not (self.held or self.after_dated):
            return
        held, later = self.held, self.after_dated
        self.held, self.after_dated = {}, []
        self.crawler.engine.crawl(scrapy.Request("data:,", callback=self.release, dont_filter=True,
                                                 meta={"dont_cache": True},
                                                 cb_kwargs={"held": held, "later": later}))
        raise DontCloseSpider

    def release(self, response, held, later):
        for url, previous in held.items():
            if url not in self.requested:
                yield self.hand_on(previous, "feed", "feed date")
        yield from later

    def request(self, url_or_path, callback, channel, **kwargs):
        url = url_or_path if "://" in url_or_path else self.base_url + url_or_path
        return scrapy.Request(url, callback=callback, errback=self.on_error,
                              cb_kwargs={"channel": channel, **kwargs})

    def item_requests(self, url: str, channel: str, hints: dict | None = None):
        """At most one request per canonical URL. Our own set replaces Scrapy's dupefilter
        (dont_filter) so that a redirect loop ends in an error instead of a silent drop."""
        self.report.channel(channel)
        url = self.canonical(url)
        if url in self.requested or url in self.held:
            return
        self.requested.add(url)
        yield scrapy.Request(url, callback=self.parse_page, errback=self.on_item_error,
                             dont_filter=True, cb_kwargs={"channel": channel, "hints": hints or {}})

    # ---------- the channels, each read by its content, each entry alone ----------
    def parse_sitemap(self, response, channel):
        yield from self.read_channel(response, channel)

    def parse_feed(self, response, channel):
        yield from self.read_channel(response, channel)

    def read_channel(self, response, channel):
        """A sitemap or a feed, whichever the answer is (servers mislabel both); a page of HTML
        served for one is read for its links. A channel that fails is recorded with what it
        lost, and never stops the others."""
        kind = kind_of(response.body)
        readers = {"sitemap": self.sitemap_entries, "feed": self.feed_entries, "html": self.html_entries}
        if kind not in readers:
            self.report.error(response.url, response.status,
                              f"{channel}: the answer is not a sitemap, a feed or a page ({kind}): nothing read")
            return
        if kind != channel:
            self.report.skip(f"{channel} answered with a {kind}: read as a {kind}")
        try:
            yield from readers[kind](response, channel)
        except Exception as exc:  # the next channel runs whatever this one did
            self.report.error(response.url, response.status, f"{channel} failed, its unread entries lost: "
                                                             f"{type(exc).__name__}: {exc}")

    def each_entry(self, response, channel, entries: list, read):
        """`read(entry)` for every entry; one that raises is recorded and skipped alone."""
        lost = []
        for entry in entries:
            try:
                yield from read(entry)
            except Exception as exc:
                lost.append(f"{type(exc).__name__}: {exc}")
        if lost:
            self.report.error(response.url, response.status,
                              f"{channel}: {len(lost)} of {len(entries)} entries lost ({lost[0]})")

    def sitemap_entries(self, response, channel):
        sitemap = Sitemap(response.body)
        is_index = sitemap.type == "sitemapindex"

        def read(entry):
            loc = (entry.get("loc") or "").strip()
            if is_index and loc:
                yield self.request(response.urljoin(loc), self.parse_sitemap, channel="sitemap")
            elif self.is_item_url(loc):
                yield from self.unchanged_or_request(loc, "sitemap", entry.get("lastmod"))
        yield from self.each_entry(response, channel, list(sitemap), read)

    def feed_entries(self, response, channel):
        """RSS 2.0, RSS 1.0 and Atom: links to items, with title, date and summary as hints; the
        entry's date (Atom `updated`, else the publication date) spares an unchanged page."""
        def read(entry):
            link = response.urljoin(entry["link"]) if entry["link"] else ""
            if self.is_item_url(link):
                yield from self.unchanged_or_request(link, "feed", entry["modified"], {
                    "title": entry["title"], "date": parse_date(entry["date"]),
                    "summary": page.html_to_text(entry["summary"]),
                })
        yield from self.each_entry(response, channel, feed_entries(response.body), read)

    def html_entries(self, response, channel):
        """A page served for a feed or a sitemap (a moved feed answered with the home page):
        its item links, as a listing's."""
        if not isinstance(response, scrapy.http.TextResponse):
            response = scrapy.http.HtmlResponse(response.url, body=response.body, encoding="utf-8")
        yield from self.each_entry(response, channel, self.listing_links(response),
                                   lambda url: self.item_requests(url, channel))

    def unchanged_or_request(self, loc: str, channel: str, modified: str | None, hints: dict | None = None):
        """A page a dated channel says has not moved since the last good run is not fetched:
        its document from that run is handed on (attachments are still revalidated). A
        sitemap's word is final. A feed's waits until the crawl runs dry (`on_idle`): feeds
        mostly give publication dates, and a sitemap that says the page moved must win."""
        url = self.canonical(loc)
        previous = self.previous.unchanged(url, modified)
        if previous is None or url in self.requested:
            self.held.pop(url, None)
            yield from self.item_requests(loc, channel, hints or {"lastmod": modified})
        elif channel == "feed":
            self.held[url] = previous
        else:
            yield self.hand_on(previous, channel, f"{channel} lastmod")

    def hand_on(self, previous: dict, channel: str, evidence: str,
                why: str = "unchanged since the last run") -> DocumentItem:
        """The document of the last good run, as it was: the build sees it still present."""
        self.requested.add(previous["url"])
        self.report.channel(channel)
        self.report.skip(f"{why} ({evidence})")
        return DocumentItem({k: v for k, v in previous.items() if k in DocumentItem.fields})

    # ---------- listings: every page, and the sections the navigation shows ----------
    def parse_listing(self, response, channel, pages, depth=0):
        """Entries from the listing's own block and from its generic main content (selectors
        are hints), every other page of it, then the sections its navigation leads to."""
        if not isinstance(response, scrapy.http.TextResponse):
            self.report.error(response.url, response.status, "listing: not an HTML page")
            return
        yield from self.each_entry(response, channel, self.listing_links(response),
                                   lambda url: self.item_requests(url, channel))
        for url in self.listing_pages(response):
            asked = self.listing_sizes.setdefault(listing_stem(url), set())
            if pages < self.max_listing_pages and (url in asked or len(asked) < self.max_listing_pages):
                asked.add(url)
                yield self.request(url, self.parse_listing, channel=channel, pages=pages + 1, depth=depth)
        if depth < self.max_section_depth:
            yield from self.section_requests(response, channel, depth + 1)

    def listing_links(self, response) -> list[str]:
        """Item URLs among the links of the listing's block and of the whole page but its
        chrome (menus, headers, footers, pagers): a theme's other markup loses no entry."""
        fragments = [page.main_content(response.text, list(self.listing_selectors or self.body_selectors))[0],
                     page.main_content(response.text, ["body"])[0]]
        urls = [url for fragment in fragments for url, _label in page.links(fragment or "", response.url)]
        return [url for url in dict.fromkeys(urls) if self.is_item_url(url)]

    def listing_pages(self, response) -> list[str]:
        """Every page of the listing it links to (any pagination parameter, `/page/N/`), and
        the pager's next page."""
        nxt = self.next_page(response)
        return list(dict.fromkeys([*([nxt] if nxt else []), *pages_of(response.text, response.url)]))

    def next_page(self, response) -> str | None:
        for css in PAGER_SELECTORS:
            href = response.css(css).attrib.get("href")
            if href:
                return response.urljoin(href)
        return None

    def section_requests(self, response, channel, depth):
        """Listings of the sections the page's menus, breadcrumbs and "voir tout" links lead to,
        at most `max_sections` of them, `max_section_depth` links away from a start page."""
        for url, label in section_links(response.text, response.url):
            key = self.canonical(url)
            if len(self.sections) >= self.max_sections or key in self.sections:
                continue
            if self.is_section_url(url, label):
                self.sections.add(key)
                self.report.channel("section")
                yield self.request(url, self.parse_listing, channel=channel, pages=1, depth=depth)

    def is_section_url(self, url: str, label: str = "") -> bool:
        """A page of the source that lists items: not an item, a file or a trap, and either
        the parent of what the item patterns accept, named like a section (category,
        rubrique...), or reached by a "voir tout" link."""
        path = path_of(url)
        if (host_of(url) not in self.hosts or path in ("", "/") or self.is_item_url(url)
                or page.is_document_url(url) or any(re.search(p, path, re.I) for p in TRAP_PATTERNS)):
            return False
        child = path.split("?", 1)[0].rstrip("/") + "/x"
        return (any(re.search(p, child) for p in self.item_url_patterns)
                or bool(SECTION_PATH.search(path)) or bool(label and SECTION_LABEL.search(label)))

    # ---------- reading an item page: the reader's job ----------
    def parse_page(self, response, channel, hints):
        if not isinstance(response, scrapy.http.TextResponse):
            self.report.error(response.url, response.status, "not an HTML page")
            return
        fields = self.reader.read(response, hints, url_of=lambda link: self.page_url(response, link))
        item = DocumentItem(channel=channel, **fields)
        former = self.former_urls(response, item["url"])
        if former:
            item["former_urls"] = former
        yield item

    def former_urls(self, response, url: str) -> list[dict]:
        """The other URLs that led to this document: redirects followed to it, and the page's
        own address when it names another canonical one. The build keeps them as aliases, so
        a record's address outlives a site's reorganisation."""
        hops = [(u, "redirect") for u in response.meta.get("redirect_urls") or []]
        found: dict[str, str] = {}
        for hop, reason in hops + [(response.url, "canonical")]:
            hop = self.canonical(hop)
            if hop != url:
                found.setdefault(hop, reason)
        return [{"url": u, "reason": r} for u, r in found.items()]

    @property
    def reader(self) -> PageReader:
        """The platform's reader, with this source's settings (the class attributes above)."""
        return self.reader_class(type(self))

    def page_url(self, response, canonical_link: str | None) -> str:
        """The document's URL: the page's canonical link when it is an item of ours."""
        url = self.canonical(canonical_link or response.url)
        return url if self.is_item_url(url) else self.canonical(response.url)

    # ---------- errors ----------
    def on_error(self, failure):
        request = failure.request
        if failure.check(HttpError):
            status = failure.value.response.status
            retries = request.meta.get("retry_times")
            self.report.error(request.url, status, f"HTTP {_status_text(status)}"
                              + (f", still after {retries} retries" if retries else ""))
        elif "Forbidden by robots.txt" in str(failure.value):
            self.report.skip("robots.txt")
        else:
            self.report.error(request.url, None, f"{failure.type.__name__}: {failure.getErrorMessage()}")

    def on_item_error(self, failure):
        """An item page that fails this run (5xx, 429, a timeout, a login redirect, a soft 404)
        is no evidence that the document is gone: after the error is recorded, its last good
        version is handed on as it was. Only a 404 or 410 says the page is gone; a page that
        robots.txt now forbids is let go as before."""
        self.on_error(failure)
        kept = self.last_good(failure)
        if kept:
            yield kept

    def last_good(self, failure, url: str | None = None, channel: str | None = None,
                  gone_statuses: tuple[int, ...] = (404, 410)) -> DocumentItem | None:
        """The last good version of the document a failed request was to read (its error
        already recorded), or None when there is none or the failure says the page is gone.
        Platforms whose item requests are not the document's URL (a REST fetch by id, a
        catalogue record) name the document's `url`; a request that reads several documents
        at once is no evidence that one is gone (`gone_statuses=()`)."""
        previous = self.previous.items.get(self.canonical(url or failure.request.url))
        gone = failure.check(HttpError) and failure.value.response.status in gone_statuses
        if not previous or gone or "Forbidden by robots.txt" in str(failure.value):
            return None
        return self.hand_on(previous, channel or failure.request.cb_kwargs.get("channel", "previous"),
                            "this run's error", why="kept from the last good run")

    def on_file_error(self, failure):
        self.on_error(failure)


def _status_text(status: int) -> str:
    """'429 Too Many Requests' (Scrapy's status messages lack 429)."""
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)
