"""SPIP sites: rubrique listings paged by `debut_<loop>=N`, the `spip.php?page=backend` RSS
feeds, the `spip.php?page=sitemap.xml` page, and article pages (chapo, texte, documents).

With "URLs propres" an article is a slug at the root; rubriques, keywords and authors carry
markers (`-x-`, `+-x-+`, `_x_`) unless the site uses unmarked URLs, so the page itself
decides: SPIP's templates name their kind in the body class (`page_article`, `page_rubrique`).
`spip.php?articleN` shortlinks are never requested: they redirect to the clean URL.
"""

import re
from urllib.parse import parse_qsl, urldefrag, urlsplit

import scrapy

from crawlers.discovery import section_links
from crawlers.platforms.base import SourceSpider
from crawlers.readers import SpipReader
from crawlers.urls import path_of

# Body classes of SPIP pages that are not articles (squelettes-dist: `page_<template>`).
NOT_ARTICLES = re.compile(r"\bpage_(?:sommaire|rubrique|mot|auteur|site|plan|recherche|backend|forum)\b")


class SpipSpider(SourceSpider):
    platform = "spip"
    sitemap_paths = ("/spip.php?page=sitemap.xml",)
    feed_paths = ("/spip.php?page=backend",)
    feed_rubriques: tuple[int, ...] = ()  # also read `backend&id_rubrique=N` for these
    # The listing loop to page through (`debut_articles`, `debut_autres_articles`...): a
    # sidebar's own pager (`debut_breves`) would only multiply pages.
    pager_param = r"debut_\w+"
    item_url_patterns = (r"^/(?!spip\.php)\w[^/?#.]*(?<![-+_@])(?:\.html)?$",)
    listing_selectors = (".liste.articles", ".liste-items", ".menu_articles", "#content", ".content")
    title_selectors = ("h1.entry-title", ".cartouche h1", "h1.surlignable", "h1")
    body_selectors = (".chapo, .texte, .ps", "div.surlignable", ".main")
    date_selectors = (".info-publi abbr.published", ".info-publi time", "abbr.published",
                      "time[datetime]", ".info-publi")
    tag_selectors = (".mots a", ".tags a", "a[rel~=tag]")
    attachment_selectors = (".spip_documents", ".documents_joints", ".portfolio", "a.spip_doc_lien")
    breadcrumb_selectors = (".arbo a", ".ariane a", ".breadcrumb a", "#hierarchie a")
    excluded_rubriques: tuple[str, ...] = ()  # rubriques whose articles are not publications
    rubrique_doc_types: dict[str, str] = {}   # rubrique name -> doc type
    reader_class = SpipReader

    # ---------- discovery ----------
    def entry_requests(self):
        yield from super().entry_requests()
        for rubrique in self.feed_rubriques:
            yield self.request(f"{self.feed_paths[0]}&id_rubrique={rubrique}", self.parse_feed, channel="feed")

    def is_item_url(self, url: str) -> bool:
        path = path_of(url)
        return super().is_item_url(url) and path not in self.listing_paths

    def section_requests(self, response, channel, depth):
        """SPIP's URLs do not tell a rubrique from an article: the slugs a menu or breadcrumb
        shows are asked as items, and a rubrique among them is read as a listing (parse_page)."""
        yield from super().section_requests(response, channel, depth)
        for url, _label in section_links(response.text, response.url):
            if self.is_item_url(url):
                yield from self.item_requests(url, channel)

    def next_page(self, response) -> str | None:
        """The nearest further offset of our loop among the pager's links: SPIP pagers list
        page numbers (`debut_x=10`, `=20`) and do not always mark the next one."""
        current = _offset(response.url, self.pager_param) or 0
        further = []
        for href in response.css(".pagination a::attr(href), a.lien_pagination::attr(href), "
                                 "a[rel=next]::attr(href)").getall():
            url = urldefrag(response.urljoin(href))[0]
            offset = _offset(url, self.pager_param)
            if offset is not None and offset > current:
                further.append((offset, url))
        return min(further)[1] if further else None

    # ---------- article pages ----------
    def parse_page(self, response, channel, hints):
        if not isinstance(response, scrapy.http.TextResponse):
            yield from super().parse_page(response, channel, hints)
            return
        if NOT_ARTICLES.search(response.css("body::attr(class)").get("")):
            # A rubrique reached from a menu or a sitemap lists articles: read it as a listing.
            self.report.skip("SPIP page that is not an article")
            yield from self.parse_listing(response, "listing", pages=1, depth=self.max_section_depth)
            return
        if set(self.reader.rubriques(response)) & set(self.excluded_rubriques):
            self.report.skip("article of an excluded rubrique")
            return
        yield from super().parse_page(response, channel, hints)


def _offset(url: str, param: str) -> int | None:
    """The value of the pager parameter in `url`, or None when absent."""
    for key, value in parse_qsl(urlsplit(url).query):
        if re.fullmatch(param, key) and value.isdigit():
            return int(value)
    return None
