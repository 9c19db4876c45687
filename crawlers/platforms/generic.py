"""Sites on no known platform: a sitemap and listing pages, each page read with the generic
layered evidence of the base spider, plus per-source selectors for authors and extra fields.

Old URLs that redirect (a site that changed platform) are followed once: the document is the
URL it lands on, and a landing page that is not a document is skipped. With URL patterns
guessed for a site never seen, a listing (a category archive, a page of cards) may match
them too: a page that is mostly a list of teasers of other pages is skipped.
"""

from scrapy.http import TextResponse

from crawlers.platforms.base import SourceSpider
from crawlers.readers import GenericSiteReader
from extract import html as page


class GenericSpider(SourceSpider):
    platform = "generic"
    sitemap_paths = ("/sitemap.xml",)
    author_selectors: tuple[str, ...] = ()        # a visible author line, when metadata has none
    extra_selectors: dict[str, str] = {}          # extra field -> CSS selector of its value
    reader_class = GenericSiteReader

    def parse_page(self, response, channel, hints):
        landed = self.canonical(response.url)
        asked = self.canonical((response.meta.get("redirect_urls") or [response.request.url])[0])
        if not self.is_item_url(landed):
            self.report.skip("redirected to a page that is not a document")
            return
        if landed != asked and landed in self.requested:
            self.report.skip("old URL of a document found under its new URL")
            self.report.move(asked, landed)
            return
        self.requested.add(landed)  # its new URL, found later, is the same document
        if isinstance(response, TextResponse) and page.is_listing(response.text):
            self.report.skip("a listing of other pages, not a document")
            return
        yield from super().parse_page(response, channel, hints)
