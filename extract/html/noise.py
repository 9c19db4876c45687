"""Page chrome removed before anything looks for content: menus, headers and footers, scripts,
sharing widgets, consent banners, pagers, stray forms.

Removed by generic selectors, never when the element wraps the page's own content (a theme
that puts the article inside `.sidebar` or a `<form>`), and documents that only a button or
a viewer points to are turned into links first, so that removing chrome loses no file.
"""

from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup

from extract.clean import collapse_ws

from .hyperlinks import document_ref
from .tree import holds_page

# Removed before looking for content: chrome, scripts, sharing widgets, consent banners, pagers.
NOISE = ", ".join([
    "nav", "aside", "footer", "script", "style", "noscript", "template", "iframe", "svg",
    "canvas", "object", "embed", "button", "select", "textarea", "input",
    "[role=navigation]", "[role=banner]", "[role=contentinfo]", "[role=search]",
    "[role=complementary]", "[role=dialog]", "[role=alertdialog]", "[aria-modal=true]",
    "#header", "#footer", ".site-header", ".site-footer",
    ".breadcrumb", ".breadcrumbs", "#breadcrumb", "#breadcrumbs", ".ariane", "#ariane",
    ".share", ".shares", ".sharing", ".social-share", ".share-buttons", ".sharedaddy",
    ".addtoany_share_save_accessible", ".a2a_kit", ".addthis_toolbox", ".social-links",
    "#comments", ".comments", "#respond", ".comment-respond",
    ".arbo", ".links.inline", ".flag-wrapper", ".print-link", ".skip-link", "#skip-link",
    ".element-invisible", ".visually-hidden", ".screen-reader-text", ".sr-only", "#sidebar",
    ".sidebar", ".region-sidebar-first", ".region-sidebar-second",
    "#menu", ".menu", "#navigation", ".nav", ".aside", ".pager", ".pagination", ".post-navigation",
    "[class*=pagination i]", "[class*=post-nav i]",
    "[id*=cookie i]", "[class*=cookie i]", "#tarteaucitronRoot", "#sliding-popup", ".cc-window",
    "[id*=consent i]", "[class*=consent i]", "[id*=rgpd i]", "[class*=rgpd i]", "[id*=gdpr i]",
    "[class*=gdpr i]",
])


def _anchor_document_refs(soup: BeautifulSoup) -> None:
    """Buttons, embeds and viewers that point to a document become plain links: they are
    removed as chrome, and the file would be lost with them."""
    for tag in soup.find_all(["button", "iframe", "frame", "object", "embed"]):
        url = document_ref(tag)
        if url:
            label = (collapse_ws(tag.get_text(" ")) or collapse_ws(tag.get("title"))
                     or collapse_ws(tag.get("aria-label")) or unquote(urlsplit(url).path).rsplit("/", 1)[-1])
            anchor = soup.new_tag("a", href=url)
            anchor.string = label
            tag.replace_with(anchor)


def strip_noise(soup: BeautifulSoup) -> None:
    _anchor_document_refs(soup)
    for element in soup.select(NOISE):
        if not element.decomposed and element.name not in ("html", "body") and not holds_page(element):
            element.decompose()
    # A page-level header is chrome; an article's own header holds its title and date.
    for header in soup.find_all("header"):
        if not header.find_parent(["article", "main"]):
            header.decompose()
    # Some CMS wrap the whole page in one <form>: keep a form that holds most of the text.
    total = len(soup.get_text(" ", strip=True)) or 1
    for form in soup.find_all("form"):
        if not form.decomposed and len(form.get_text(" ", strip=True)) < total / 2:
            form.decompose()
