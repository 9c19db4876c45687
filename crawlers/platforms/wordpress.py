"""WordPress sites: the REST API first, then the core sitemap and feeds when the API is closed.

Through the API, per install, one step after another: the categories (the probe: the first
root of `api_roots` that lists them is the API; a sub-folder install lists its own), the post
types (`/wp/v2/types`, so custom types are found by their REST base), the taxonomies and their
terms (so every term id becomes a name), the PDF media (joined to their parent posts),
optionally theme archives (documents a custom field shows but the API does not), then every
harvested type. A source may hold several installs (`other_sites`, not aliases). A failed step
is recorded and the chain goes on.

A nightly run (a last good run to start from, `PreviousRun.since`) reads each type twice, cheaply:
in full only the posts `modified_after` that run started (`orderby=modified`, so a server that
ignores the filter, WordPress before 5.7, is read only down to the first unmodified post), then
the id listing of every live post (`_fields=id,link,modified_gmt`). A live post not read in full
whose `modified_gmt` predates the last run is handed on from it; one that moved, is new to us or
has PDF media its previous document lacks is fetched by id (`include=`); a post missing from the
id listing is gone. When the id listing fails, the install's previous posts are handed on: a
failed listing is no evidence of deletion.
"""

import html
import json
import re
from collections import deque

import scrapy

from crawlers.items import DocumentItem
from crawlers.platforms.base import SourceSpider
from crawlers.previous import instant
from crawlers.readers import WordPressReader, post_date
from crawlers.urls import canonical_url, host_of, path_of
from extract import html as page
from extract.dates import parse_date

CORE_TYPES = {"post": ("wp/v2", "posts"), "page": ("wp/v2", "pages")}
CORE_TAXONOMIES = [("category", "categories"), ("post_tag", "tags")]
# Paths of a WordPress site that are never documents (archives, files, the API itself).
NOT_ITEMS = (r"^/category/", r"/page/\d+/?$", r"^/wp-(?:content|json|admin|includes)/", r"rest_route=")


class WpSite:
    """One WordPress install and what its API told us; every request of its chain carries it."""

    def __init__(self, host: str):
        self.host = host
        self.root = 0                                   # index in api_roots being tried
        self.confirmed = False                          # that root answered like WordPress
        self.types: dict[str, tuple[str, str]] = {}     # slug -> (namespace, rest_base)
        self.taxonomies: list[tuple[str, str]] = []     # (slug, rest_base), in API order
        self.terms: dict[str, dict[int, str]] = {}      # rest_base -> {term id: name}
        self.media: dict[int, list[dict]] = {}          # post id -> PDFs whose parent it is
        self.archive_files: dict[int, list[dict]] = {}  # post id -> documents its archive entry links
        self.steps: deque = deque()                     # what is left to fetch, in order
        # Nightly runs: posts read in full, the id listing of each type, posts to fetch by id.
        self.fetched: set[int] = set()
        self.live: dict[str, list[dict]] = {}           # type slug -> [{id, link, modified_gmt}]
        self.pending: dict[int, dict | None] = {}       # post id -> its previous document, if any
        self.listing_failed = False

    def url(self, path: str) -> str:
        return f"https://{self.host}{path}"


class WordPressSpider(SourceSpider):
    platform = "wordpress"
    api_roots: tuple[str, ...] = ("/wp-json/", "/?rest_route=/")  # tried in order, per install
    # Type slugs harvested; pages are the site's institutional pages (about, contact).
    post_types: tuple[str, ...] = ("post",)
    other_sites: tuple[str, ...] = ()      # further installs of the same source, not aliases
    archive_paths: tuple[str, ...] = ()    # theme archives read for documents the API hides
    per_page = 100
    sitemap_paths = ("/wp-sitemap.xml",)
    feed_paths = ("/feed/",)
    item_url_patterns = (r"^/[^?#]+",)
    title_selectors = ("h1.entry-title", "h1.page-title", "h1")
    body_selectors = (".entry-content", ".post-content", "article .content")
    date_selectors = ("time.entry-date.published", "time.published", "time[datetime]")
    tag_selectors = (".cat-links a", ".tags-links a", "a[rel~=tag]")
    label_selectors = (".cat-links", ".entry-categories")
    # Days on which the site was bulk re-imported: the platform date is then not the real one.
    bulk_import_days: tuple[str, ...] = ()
    category_doc_types: dict[str, str] = {}  # term name (lowercase, any taxonomy) -> doc type
    taxonomy_doc_types: dict[str, str] = {}  # taxonomy slug -> doc type of a post with its terms
    type_doc_types: dict[str, str] = {}      # post type slug -> doc type
    reader_class = WordPressReader

    def __init__(self, *args, per_page=None, **kwargs):
        super().__init__(*args, **kwargs)
        if per_page:
            self.per_page = int(per_page)

    def canonical(self, url: str) -> str:
        aliases = {a: self.hosts[0] for a in self.hosts[1:] if a not in self.other_sites}
        return canonical_url(url, aliases)

    def is_item_url(self, url: str) -> bool:
        path = path_of(url)
        return super().is_item_url(url) and not any(re.search(p, path) for p in NOT_ITEMS)

    # ---------- the chain: probe a root, then one step after another ----------
    def entry_requests(self):
        for host in (self.hosts[0], *self.other_sites):
            yield from self.probe(WpSite(host))

    def probe(self, site: WpSite):
        """Categories first: every WordPress API lists them, so the first root that does is the
        API. Then the post types and taxonomies, which decide the rest of the chain."""
        site.steps = deque([("terms", "categories"), ("types", None), ("taxonomies", None)])
        yield from self.next_step(site)

    def api_url(self, site: WpSite, route: str, params: dict | None = None) -> str:
        root = self.api_roots[site.root]
        query = "&".join(f"{k}={v}" for k, v in (params or {}).items())
        url = site.url(f"{root}{route}")
        return url + ("&" if "?" in url else "?") + query if query else url

    def api_request(self, site, route, callback, step, page_no=1, params=None):
        return scrapy.Request(self.api_url(site, route, params), callback=callback, errback=self.on_api_error,
                              cb_kwargs={"site": site, "step": step, "page_no": page_no},
                              meta={"route": route, "params": params})

    def parse_types(self, response, site, step, page_no):
        data = _json(response)
        if isinstance(data, dict):
            site.types = {slug: (t.get("rest_namespace") or "wp/v2", t["rest_base"])
                          for slug, t in data.items() if isinstance(t, dict) and t.get("rest_base")}
        else:
            self.report.error(response.url, response.status, "types: not a JSON object")
        yield from self.next_step(site)

    def parse_taxonomies(self, response, site, step, page_no):
        data = _json(response)
        if isinstance(data, dict):
            site.taxonomies = [(slug, t["rest_base"]) for slug, t in data.items()
                               if isinstance(t, dict) and t.get("rest_base")
                               and set(t.get("types") or []) & set(self.post_types)]
        else:
            self.report.error(response.url, response.status, "taxonomies: not a JSON object")
        yield from self.plan(site)

    def plan(self, site: WpSite):
        """Queue the steps of this install, then start them."""
        site.taxonomies = site.taxonomies or list(CORE_TAXONOMIES)
        site.steps.extend(("terms", base) for _, base in site.taxonomies if base not in site.terms)
        site.steps.append(("media", None))
        site.steps.extend(("archive", path) for path in self.archive_paths)
        for slug in self.post_types:
            if slug in site.types or slug in CORE_TYPES:
                site.steps.append(("items", slug))
                if self.previous.since:
                    site.steps.append(("ids", slug))
            else:  # not exposed in the API: WordPress's own sitemap still lists it
                self.report.error(self.api_url(site, "wp/v2/types"), None,
                                  f"post type {slug!r} is not in the REST API: read from its sitemap")
                yield self.request(site.url(f"/wp-sitemap-posts-{slug}-1.xml"), self.parse_sitemap, "sitemap")
        if self.previous.since:
            site.steps.append(("end", None))
        yield from self.next_step(site)

    def next_step(self, site: WpSite):
        if not site.steps:
            return
        kind, arg = step = site.steps.popleft()
        if kind == "end":
            yield from self.hand_on_unlisted(site)
            return
        if kind in ("types", "taxonomies"):
            callback = self.parse_types if kind == "types" else self.parse_taxonomies
            yield self.api_request(site, f"wp/v2/{kind}", callback, step)
            return
        if kind == "archive":
            yield scrapy.Request(site.url(arg), callback=self.parse_archive, errback=self.on_api_error,
                                 cb_kwargs={"site": site, "step": step, "page_no": 1})
            return
        if kind == "terms":
            route = f"wp/v2/{arg}"
        elif kind == "media":
            route = "wp/v2/media"
        else:
            slug = arg[0] if kind == "include" else arg
            namespace, base = site.types.get(slug) or CORE_TYPES[slug]
            route = f"{namespace}/{base}"
        params = {"per_page": self.per_page, "page": 1, **self.step_params(kind, arg)}
        yield self.api_request(site, route, self.parse_collection, step, params=params)

    def step_params(self, kind: str, arg) -> dict:
        if kind == "media":
            return {"mime_type": "application/pdf"}
        if kind == "items" and self.previous.since:
            return {"modified_after": self.previous.since.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "orderby": "modified", "order": "desc"}
        if kind == "ids":
            return {"_fields": "id,link,modified_gmt"}
        if kind == "include":
            return {"include": ",".join(str(i) for i in arg[1])}
        return {}

    def parse_collection(self, response, site, step, page_no):
        data = _json(response)
        if not site.confirmed and not isinstance(data, list):
            yield from self.next_root(site, response.url, "not a WordPress API answer")
            return
        site.confirmed = True
        if not isinstance(data, list):
            self.report.error(response.url, response.status, "REST API answered something that is not a JSON list")
            data = []
        kind, arg = step
        if kind == "terms":
            site.terms.setdefault(arg, {}).update({t["id"]: html.unescape(t.get("name", "")) for t in data})
        elif kind == "media":
            self.join_media(site, data)
        elif kind == "ids":
            site.live.setdefault(arg, []).extend(p for p in data if isinstance(p, dict) and "id" in p)
        else:
            for post in data:
                site.fetched.add(post.get("id"))
                yield from self.post_item(site, post)
        more = self.has_next_page(response, page_no, len(data))
        if kind == "items" and self.previous.since and self.reached_unmodified(data):
            more = False  # ordered by modified date: the rest did not move (the id listing tells)
        if more:
            params = {**response.meta["params"], "page": page_no + 1}
            yield self.api_request(site, response.meta["route"], self.parse_collection, step, page_no + 1, params)
            return
        if kind == "ids":
            yield from self.sort_live(site, arg)
        yield from self.next_step(site)

    def reached_unmodified(self, posts: list) -> bool:
        since = self.previous.since
        return any((m := instant(p.get("modified_gmt") or "")) and m <= since
                   for p in posts if isinstance(p, dict))

    # ---------- nightly runs: what the id listing says ----------
    def sort_live(self, site: WpSite, slug: str):
        """Every live post of a type not read in full: handed on if it has not moved, else
        queued to be fetched by id."""
        fetch = []
        for post in site.live.pop(slug, []):
            if post["id"] in site.fetched:
                continue
            url = self.canonical(post.get("link") or "")
            previous = self.previous.unchanged(url, post.get("modified_gmt"))
            if previous and not self.new_files(site, post["id"], previous):
                yield self.hand_on(previous, "rest-api", "WordPress modified date")
            else:
                site.pending[post["id"]] = self.previous.items.get(url)
                fetch.append(post["id"])
        batches = [tuple(fetch[i:i + self.per_page]) for i in range(0, len(fetch), self.per_page)]
        site.steps.extendleft(("include", (slug, batch)) for batch in reversed(batches))

    def new_files(self, site: WpSite, post_id: int, previous: dict) -> bool:
        """PDF media or archive documents joined to the post since its previous document: a
        new attachment does not change the post's own modified date."""
        known = {a["url"] for a in previous.get("attachments") or []}
        return any(self.attachment_url(a["url"]) not in known
                   for a in site.media.get(post_id, []) + site.archive_files.get(post_id, []))

    def keep_pending(self, site: WpSite, ids: tuple, failure):
        """Posts whose fetch by id failed: the id listing says they are live, so their last good
        versions stand (`SourceSpider.last_good`), whatever the batch request answered."""
        for post_id in ids:
            previous = site.pending.pop(post_id, None)
            if previous and previous["url"] not in self.requested:
                kept = self.last_good(failure, previous["url"], "rest-api", gone_statuses=())
                if kept:
                    yield kept

    def hand_on_unlisted(self, site: WpSite):
        """At the end of an install's chain: if an id listing failed, the install's previous
        posts not seen this run are handed on (nothing is known to be gone)."""
        if not site.listing_failed:
            return
        for url, previous in self.previous.items.items():
            if previous.get("channel") == "rest-api" and host_of(url) == site.host and url not in self.requested:
                yield self.hand_on(previous, "rest-api", "id listing failed, previous kept")

    def has_next_page(self, response, page_no: int, count: int) -> bool:
        total = response.headers.get("X-WP-TotalPages")
        if total is not None:
            return page_no < int(total or 0)
        return count >= self.per_page  # header stripped by a cache: a full page means maybe more

    def join_media(self, site: WpSite, data: list[dict]) -> None:
        for media in data:
            if media.get("post") and media.get("source_url"):
                site.media.setdefault(media["post"], []).append({
                    "url": media["source_url"],
                    "label": html.unescape((media.get("title") or {}).get("rendered", "")),
                })

    def parse_archive(self, response, site, step, page_no):
        """A theme archive: documents each entry links (custom fields the API does not show)."""
        for entry in response.css("article[id^='post-'], div[id^='post-']"):
            post_id = re.sub(r"\D", "", entry.attrib["id"])
            for url, label in page.links(entry.get(), response.url):
                if post_id and page.is_document_url(url):
                    site.archive_files.setdefault(int(post_id), []).append({"url": url, "label": label})
        next_url = self.next_page(response)
        if next_url and page_no < self.max_listing_pages:
            yield scrapy.Request(next_url, callback=self.parse_archive, errback=self.on_api_error,
                                 cb_kwargs={"site": site, "step": step, "page_no": page_no + 1})
        else:
            yield from self.next_step(site)

    # ---------- failures ----------
    def on_api_error(self, failure):
        """A root that does not answer the probe is not the API: try the next one. Other
        failures are recorded and the chain goes on with its next step."""
        request = failure.request
        site, (kind, _), page_no = (request.cb_kwargs[k] for k in ("site", "step", "page_no"))
        status = getattr(getattr(failure.value, "response", None), "status", None)
        if not site.confirmed:
            yield from self.next_root(site, request.url, f"HTTP {status}" if status else failure.getErrorMessage())
            return
        complete = status == 400 and page_no > 1  # 400 past the last page: the collection is complete
        if not complete:
            self.on_error(failure)
        if kind == "ids" and complete:
            yield from self.sort_live(site, request.cb_kwargs["step"][1])
        elif kind == "ids":
            site.listing_failed = True
        elif kind == "include":
            yield from self.keep_pending(site, request.cb_kwargs["step"][1][1], failure)
        yield from (self.plan(site) if kind == "taxonomies" else self.next_step(site))

    def next_root(self, site: WpSite, url: str, why: str):
        self.report.skip(f"REST API root {self.api_roots[site.root]} on {site.host}: {why}")
        site.root += 1
        if site.root < len(self.api_roots):
            yield from self.probe(site)
            return
        self.logger.warning("%s: REST API unavailable (last tried %s): sitemap and feeds instead", site.host, url)
        yield from self.site_channels(site.url(""))

    def parse_sitemap(self, response, channel):
        """WordPress sitemap indexes also list taxonomy, user and unharvested type sitemaps."""
        for out in super().parse_sitemap(response, channel):
            if not (isinstance(out, scrapy.Request) and out.callback == self.parse_sitemap
                    and not self.wanted_sitemap(out.url)):
                yield out

    def wanted_sitemap(self, url: str) -> bool:
        typed = re.search(r"wp-sitemap-posts-([\w-]+?)-\d+\.xml|/([\w-]+?)-sitemap\d*\.xml", url)
        if typed:
            return (typed.group(1) or typed.group(2)) in self.post_types
        return not re.search(r"wp-sitemap-(?:taxonomies|users)-", url)

    # ---------- a post page (when the API is closed) ----------
    def parse_page(self, response, channel, hints):
        if isinstance(response, scrapy.http.TextResponse) and response.css("form.post-password-form"):
            self.report.skip("password-protected post")
            return
        for item in super().parse_page(response, channel, hints):
            extra = self.extra_fields(item)
            if extra:
                item["extra"] = extra
            yield item

    # ---------- one post from the API ----------
    def post_item(self, site: WpSite, post: dict):
        if (post.get("content") or {}).get("protected"):
            self.report.skip("password-protected post")
            return
        self.report.channel("rest-api")
        content = (post.get("content") or {}).get("rendered", "")
        url = self.canonical(post["link"])
        self.requested.add(url)  # a later sitemap or listing hit is the same document
        item = DocumentItem(url=url, channel="rest-api",
                            field_sources={"title": "rest-api", "body": "rest-api", "summary": "rest-api"})
        item["title"] = page.html_to_text(html.unescape((post.get("title") or {}).get("rendered", "")))
        item["body"] = page.html_to_text(content)
        item["summary"] = page.html_to_text((post.get("excerpt") or {}).get("rendered", "")) or None
        names = self.term_names(site, post)
        item["tags"] = [n for terms in names.values() for n in terms
                        if n.lower() not in ("non classé", "uncategorized")]
        item["authors"] = []
        item["lang"] = "fr"
        links = [{"url": u, "label": label} for u, label in page.links(content, post["link"])
                 if page.is_document_url(u)]
        found = links + site.media.get(post["id"], []) + site.archive_files.get(post["id"], [])
        item["attachments"] = [{**a, "url": self.attachment_url(a["url"])} for a in found]
        item["date"], item["field_sources"]["date"] = self.post_date(post, item)
        item["doc_type"], item["field_sources"]["doc_type"] = self.post_doc_type(post, names)
        extra = self.extra_fields(item)
        if extra:
            item["extra"] = extra
        yield item

    def attachment_url(self, url: str) -> str:
        """One file under one spelling: http:// or an alias host in the text, https in the media."""
        return self.canonical(url) if host_of(url) in self.hosts else url

    def term_names(self, site: WpSite, post: dict) -> dict[str, list[str]]:
        """Taxonomy slug -> names of the post's terms, categories first, in the post's order."""
        return {slug: [n for n in (site.terms.get(base, {}).get(i) for i in post.get(base) or []) if n]
                for slug, base in site.taxonomies}

    def extra_fields(self, item) -> dict:
        """What the source says beyond the common fields; sources override."""
        return {}

    def post_date(self, post, item) -> tuple[str | None, str]:
        return post_date(parse_date(post.get("date") or ""), item, self.bulk_import_days)

    def post_doc_type(self, post, names: dict[str, list[str]]) -> tuple[str, str]:
        for taxonomy, terms in names.items():
            if terms and taxonomy in self.taxonomy_doc_types:
                return self.taxonomy_doc_types[taxonomy], "rule:taxonomy"
        for name in (n for terms in names.values() for n in terms):
            if name.lower() in self.category_doc_types:
                return self.category_doc_types[name.lower()], "rule:category"
        for pattern, doc_type in self.doc_type_rules:
            if re.search(pattern, post["link"], re.I):
                return doc_type, "rule:url"
        if post.get("type") in self.type_doc_types:
            return self.type_doc_types[post["type"]], "rule:type"
        return ("page" if post.get("type") == "page" else self.default_doc_type), "default"


def _json(response):
    try:
        return json.loads(response.text)
    except (ValueError, AttributeError):  # AttributeError: a binary (non-text) response
        return None
