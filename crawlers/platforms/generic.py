"""Sites on no known platform: a sitemap and listing pages, each page read with the generic
layered evidence of the base spider, plus per-source selectors for authors and extra fields.

Old URLs that redirect (a site that changed platform) are followed once: the document is the
URL it lands on, and a landing page that is not a document is skipped. With URL patterns
guessed for a site never seen, a listing (a category archive, a page of cards) may match
them too: a page that is mostly a list of teasers of other pages is skipped.
"""

import re

from scrapy.http import TextResponse

from crawlers.platforms.base import SourceSpider
from extract import html as page

AUTHOR_SEPARATORS = re.compile(r"\s*(?:,|;|\bet\b|&)\s*")
FIELD_LABEL = re.compile(r"^[^:]{2,40}?\s*:\s*")  # "Temps de lecture : 2 min" -> "2 min"


class GenericSpider(SourceSpider):
    platform = "generic"
    sitemap_paths = ("/sitemap.xml",)
    author_selectors: tuple[str, ...] = ()        # a visible author line, when metadata has none
    extra_selectors: dict[str, str] = {}          # extra field -> CSS selector of its value

    def parse_page(self, response, channel, hints):
        landed = self.canonical(response.url)
        asked = self.canonical((response.meta.get("redirect_urls") or [response.request.url])[0])
        if not self.is_item_url(landed):
            self.report.skip("redirected to a page that is not a document")
            return
        if landed != asked and landed in self.requested:
            self.report.skip("old URL of a document found under its new URL")
            return
        self.requested.add(landed)  # its new URL, found later, is the same document
        if isinstance(response, TextResponse) and page.is_listing(response.text):
            self.report.skip("a listing of other pages, not a document")
            return
        yield from super().parse_page(response, channel, hints)

    def read_fields(self, item, response, meta, hints):
        super().read_fields(item, response, meta, hints)
        if not item["authors"]:
            item["authors"] = self.visible_authors(response)
            item["field_sources"]["authors"] = "selector" if item["authors"] else "unknown"
        extra = {name: value for name, css in self.extra_selectors.items()
                 if (value := _value(response, css))}
        if extra:
            item["extra"] = extra

    def visible_authors(self, response) -> list[str]:
        for css in self.author_selectors:
            text = _value(response, css)
            if text:
                return [a for a in AUTHOR_SEPARATORS.split(text) if a]
        return []


def _value(response, css: str) -> str | None:
    """The text of the first match, without a leading "Label :"."""
    text = " ".join(t.strip() for t in response.css(css)[:1].css("::text").getall() if t.strip())
    return FIELD_LABEL.sub("", text).strip() or None
