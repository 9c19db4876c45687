"""WordPress sites: the REST API first (posts, pages, media joined to their posts), then the
core sitemap and feeds when the API is closed."""

import html
import json
import re

import scrapy

from crawlers.items import DocumentItem
from crawlers.platforms.base import SourceSpider
from extract import html as page
from extract.dates import date_from_upload_path, parse_date


class WordPressSpider(SourceSpider):
    platform = "wordpress"
    api_roots: tuple[str, ...] = ("/wp-json/", "/?rest_route=/")  # tried in order
    # Pages are the site's institutional pages (about, contact): not publications.
    post_types: tuple[str, ...] = ("posts",)
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
    category_doc_types: dict[str, str] = {}  # category name (lowercase) -> doc type

    def __init__(self, *args, per_page=None, **kwargs):
        super().__init__(*args, **kwargs)
        if per_page:
            self.per_page = int(per_page)
        self.terms = {"categories": {}, "tags": {}}
        self.media_by_post: dict[int, list[dict]] = {}

    # ---------- REST API chain: terms, media, then items ----------
    def entry_requests(self):
        yield self.api_request(0, "categories", self.parse_terms, kind="categories")

    def api_url(self, root_index: int, endpoint: str, page_no: int = 1, **params) -> str:
        root = self.api_roots[root_index]
        query = "&".join(f"{k}={v}" for k, v in {"per_page": self.per_page, "page": page_no, **params}.items())
        if "rest_route" in root:
            return f"{self.base_url}{root}wp/v2/{endpoint}&{query}"
        return f"{self.base_url}{root}wp/v2/{endpoint}?{query}"

    def api_request(self, root_index, endpoint, callback, page_no=1, params=None, **kwargs):
        url = self.api_url(root_index, endpoint, page_no, **(params or {}))
        return scrapy.Request(url, callback=callback, errback=self.on_api_error,
                              cb_kwargs={"root": root_index, "page_no": page_no, **kwargs},
                              meta={"endpoint": endpoint, "params": params or {}})

    def next_api_page(self, response, callback, root, page_no, **kwargs):
        total = int(response.headers.get("X-WP-TotalPages", b"1") or 1)
        if page_no < total:
            return self.api_request(root, response.meta["endpoint"], callback, page_no + 1,
                                    response.meta["params"], **kwargs)
        return None

    def parse_terms(self, response, root, page_no, kind):
        for term in self.json(response):
            self.terms[kind][term["id"]] = html.unescape(term.get("name", ""))
        nxt = self.next_api_page(response, self.parse_terms, root, page_no, kind=kind)
        if nxt:
            yield nxt
        elif kind == "categories":
            yield self.api_request(root, "tags", self.parse_terms, kind="tags")
        else:
            yield self.api_request(root, "media", self.parse_media, params={"mime_type": "application/pdf"})

    def parse_media(self, response, root, page_no):
        for media in self.json(response):
            if media.get("post"):
                self.media_by_post.setdefault(media["post"], []).append({
                    "url": media["source_url"],
                    "label": html.unescape((media.get("title") or {}).get("rendered", "")),
                })
        nxt = self.next_api_page(response, self.parse_media, root, page_no)
        if nxt:
            yield nxt
        else:
            for post_type in self.post_types:
                yield self.api_request(root, post_type, self.parse_posts)

    def parse_posts(self, response, root, page_no):
        self.report.channel("rest-api")
        for post in self.json(response):
            yield self.post_item(post)
        nxt = self.next_api_page(response, self.parse_posts, root, page_no)
        if nxt:
            yield nxt

    def json(self, response):
        try:
            data = json.loads(response.text)
        except ValueError:
            data = None
        if not isinstance(data, list):
            self.report.error(response.url, response.status, "REST API answered something that is not a JSON list")
            return []
        return data

    def on_api_error(self, failure):
        """API closed or missing: try the next API root, then fall back to sitemap and feed."""
        request = failure.request
        root = request.cb_kwargs["root"]
        self.on_error(failure)
        if request.cb_kwargs["page_no"] > 1 or request.meta["endpoint"] not in ("categories",):
            return  # the API worked before: a later failure is an error, not a closed API
        if root + 1 < len(self.api_roots):
            yield self.api_request(root + 1, "categories", self.parse_terms, kind="categories")
        else:
            self.logger.warning("REST API unavailable: falling back to sitemap and feeds")
            yield from SourceSpider.entry_requests(self)

    # ---------- one post from the API ----------
    def post_item(self, post: dict) -> DocumentItem:
        content = (post.get("content") or {}).get("rendered", "")
        item = DocumentItem(url=self.canonical(post["link"]), channel="rest-api",
                            field_sources={"title": "rest-api", "body": "rest-api"})
        item["title"] = page.html_to_text(html.unescape((post.get("title") or {}).get("rendered", "")))
        item["body"] = page.html_to_text(content)
        item["summary"] = page.html_to_text((post.get("excerpt") or {}).get("rendered", "")) or None
        item["field_sources"]["summary"] = "rest-api"
        categories = [self.terms["categories"].get(i) for i in post.get("categories", [])]
        tags = [self.terms["tags"].get(i) for i in post.get("tags", [])]
        item["tags"] = [t for t in categories + tags if t and t.lower() not in ("non classé", "uncategorized")]
        item["authors"] = []
        item["lang"] = "fr"
        links = [{"url": u, "label": label} for u, label in page.links(content, post["link"])
                 if page.is_document_url(u)]
        item["attachments"] = links + self.media_by_post.get(post["id"], [])
        item["date"], item["field_sources"]["date"] = self.post_date(post, item)
        item["doc_type"], item["field_sources"]["doc_type"] = self.post_doc_type(post, categories)
        return item

    def post_date(self, post, item) -> tuple[str | None, str]:
        api_date = parse_date(post.get("date") or "")
        if api_date and api_date not in self.bulk_import_days:
            return api_date, "rest-api"
        # Re-imported content: the real date is in the title, the text, or the upload folder.
        for source, value in (("title", parse_date(item["title"])),
                              ("text", parse_date(item["body"][:1500] if item["body"] else "")),
                              *[("upload-folder", date_from_upload_path(a["url"])) for a in item["attachments"]]):
            if value and value not in self.bulk_import_days:
                return value, source
        return api_date, "rest-api (import date)" if api_date else "unknown"

    def post_doc_type(self, post, categories) -> tuple[str, str]:
        for name in categories:
            if name and name.lower() in self.category_doc_types:
                return self.category_doc_types[name.lower()], "rule:category"
        for pattern, doc_type in self.doc_type_rules:
            if re.search(pattern, post["link"], re.I):
                return doc_type, "rule:url"
        return ("page" if post.get("type") == "page" else self.default_doc_type), "default"
