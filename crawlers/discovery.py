"""Discovery like a careful person: every page of a listing, and the sections a site's own
navigation shows (menus, breadcrumbs, "voir tout" links). Pure functions of a page's HTML and
URL; the spider decides which of them belong to its source (`SourceSpider.is_section_url`).

A further page of a listing is a link to the same path with another page number: any usual
pagination parameter (`?page=`, `?paged=`, SPIP's `?debut_<loop>=`, `?start=`...) or a
`/page/N/` suffix, whatever the pager's markup and whether or not it marks the next page.
Numbers only: calendars (`?mois=2024-05`) and searches never look like pages.
"""

import re
from urllib.parse import parse_qsl, urldefrag, urlsplit

from parsel import Selector

from extract import html as page

PAGE_PARAMS = re.compile(r"^(?:page|paged|pg|pagenum|pagina|start|offset|debut_\w+|\w+_page)$", re.I)
PAGE_SUFFIX = re.compile(r"^(.*?)/page/\d+/?$")
# Where a site shows its sections: menus, headers, breadcrumbs (markup and ARIA, English and French).
NAV_CSS = ("nav, header, [role=navigation], [role=banner], .menu, #menu, .nav, .navbar, .navigation, "
           ".breadcrumb, .breadcrumbs, .ariane, .arbo, #hierarchie, .fil-ariane, .sous-menu, .submenu")
SIDEBARS = ("aside, .aside, #sidebar, .sidebar, [role=complementary], .region-sidebar-first, "
            ".region-sidebar-second, #extra, .extra, footer")
# Links that lead to a whole section from a teaser block or a page's foot.
SECTION_LABEL = re.compile(
    r"\b(?:voir|afficher|consulter) (?:tou(?:t|s|tes)|l'ensemble|plus)\b|\btout voir\b|\btoutes les\b|"
    r"\btous les\b|\bplus d['’e] ?(?:publications|ressources|fiches|actualit|articles|documents)|"
    r"\barchives?\b|\bsee all\b|\bview all\b", re.I)
# Paths that name a section in most CMSs, whatever the source's item patterns.
SECTION_PATH = re.compile(r"/(?:category|categorie|categories|rubriques?|taxonomy/term|themes?|thematiques?|"
                          r"type-de-document|types?|collections?|dossiers?)(?:/|$)", re.I)


def listing_stem(url: str) -> tuple[str, str, tuple]:
    """(host, path without page suffix or trailing slash, other query parameters): what all
    pages of one listing share."""
    parts = urlsplit(url)
    path = parts.path
    suffix = PAGE_SUFFIX.match(path)
    if suffix:
        path = suffix.group(1)
    query = tuple(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                         if not PAGE_PARAMS.match(k)))
    return (parts.hostname or "").lower(), path.rstrip("/") or "/", query


def page_number(url: str) -> int | None:
    """The page number or offset in `url` (`?page=2`, `?debut_articles=10`, `/page/3/`)."""
    parts = urlsplit(url)
    suffix = re.search(r"/page/(\d+)/?$", parts.path)
    if suffix:
        return int(suffix.group(1))
    numbers = [int(v) for k, v in parse_qsl(parts.query) if PAGE_PARAMS.match(k) and v.isdigit()]
    return numbers[0] if numbers else None


def is_page_of(url: str, listing_url: str) -> bool:
    """`url` is another page of the listing at `listing_url`: same stem and a page number
    (0, and `/page/1/`, are the first page again)."""
    number = page_number(url)
    first_again = number == 0 or (number == 1 and "/page/" in urlsplit(url).path)
    return (number is not None and not first_again and url != listing_url
            and listing_stem(url) == listing_stem(listing_url))


def pages_of(html: str, listing_url: str) -> list[str]:
    """Every other page of this listing the page links to, in order of appearance; a
    sidebar's own pager (latest news paged beside the listing) is not the listing's."""
    selector = Selector(text=html)
    for sidebar in selector.css(SIDEBARS):
        sidebar.drop()
    found = []
    for url, _label in page.links(selector.get(), listing_url):
        url = urldefrag(url)[0]
        if is_page_of(url, listing_url) and url not in found:
            found.append(url)
    return found


def section_links(html: str, base_url: str) -> list[tuple[str, str]]:
    """(URL, label) of the links a visitor would take to reach a section: everything in the
    page's menus and breadcrumbs, and "voir tout" / "toutes les publications" links anywhere."""
    selector = Selector(text=html)
    found: dict[str, str] = {}
    for fragment in selector.css(NAV_CSS).getall():
        for url, label in page.links(fragment, base_url):
            found.setdefault(url, label)
    for url, label in page.links(html, base_url):
        if label and SECTION_LABEL.search(label):
            found.setdefault(url, label)
    return list(found.items())
