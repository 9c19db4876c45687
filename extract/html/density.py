"""Main content by text density, when no selector finds it: the block with the most text that
is not link text, narrowed to the smallest block inside it that keeps nearly all of it.

Menus, headers and footers named as such (in English or French) weigh by their links only, so
that a page of table layout or <font> soup, with no <main> nor <article>, still gives its text
and not its chrome. Measured without recursion: deeply nested tag soup exists.
"""

from bs4 import BeautifulSoup, NavigableString, Tag

from .tree import NOT_TEXT, holds_page, name_words

MIN_CHARS = 20          # a candidate with less visible text is not content
DESCEND_SHARE = 0.95    # density: a block inside the best one keeping this share of its score wins
MOST_SHARE = 0.75       # ... or keeping this share when every other block beside it is
BOX_SHARE = 0.1         # ... smaller than this share of it
# Elements that can hold a page's main content (table layouts and <font> soup included).
_CONTAINERS = {"article", "blockquote", "body", "center", "dd", "div", "font", "form", "main",
               "section", "span", "table", "tbody", "td", "tr"}
# Words of class and id names that say "page chrome" (menus, headers, footers, banners, in
# English and French): their text does not count when the density rule looks for content...
CHROME_WORDS = {"menu", "megamenu", "nav", "navbar", "navigation", "header", "footer", "pied",
                "entete", "bandeau", "banner", "sidebar", "breadcrumb", "breadcrumbs", "ariane",
                "masthead", "colophon", "topbar", "toolbar", "social", "share", "partage",
                "newsletter", "cookie", "cookies", "consent", "copyright", "preheader"}
# ... unless the name also says content ("sidebar-content", "header-text").
CONTENT_WORDS = {"content", "contenu", "article", "main", "body", "post", "entry", "text", "texte",
                 "story", "corps"}


def is_chrome(tag: Tag) -> bool:
    words = name_words(tag)
    return (bool(words & CHROME_WORDS) and not words & CONTENT_WORDS
            and tag.name not in ("html", "body", "main", "article") and not holds_page(tag))


def _measure(root: Tag) -> dict[int, tuple[Tag, int, int, int, bool]]:
    """{id: (element, depth, text chars, link text chars, in chrome)} for every element; in
    their ancestors' totals, chrome elements count their link text only.

    Iterative (deeply nested tag soup exists): list elements parents-first, then total them
    in reverse order so that children are always done before their parent.
    """
    order, stack = [], [(root, 0, False, False)]
    while stack:
        node, depth, in_link, in_chrome = stack.pop()
        in_link = in_link or node.name == "a"
        chrome = is_chrome(node) if node.get("class") or node.get("id") else False
        order.append((node, depth, in_link, in_chrome or chrome, chrome))
        stack.extend((child, depth + 1, in_link, in_chrome or chrome)
                     for child in node.children if isinstance(child, Tag))
    sizes: dict[int, tuple[Tag, int, int, int, bool]] = {}
    own_chrome: set[int] = set()
    for node, depth, in_link, in_chrome, chrome in reversed(order):
        text = links = 0
        for child in node.children:
            if isinstance(child, Tag):
                t, l = sizes[id(child)][2:4]
                if id(child) in own_chrome:
                    t = l  # chrome: its links still weigh against the block, its text is nothing
            elif isinstance(child, NavigableString) and not isinstance(child, NOT_TEXT):
                t = len(" ".join(child.split()))
                l = t if in_link else 0
            else:
                continue
            text, links = text + t, links + l
        if chrome:
            own_chrome.add(id(node))
        sizes[id(node)] = (node, depth, text, links, in_chrome)
    return sizes


def density_best(soup: BeautifulSoup) -> Tag | None:
    """The block with the most text that is not link text; then the smallest block inside it
    that keeps nearly all of that score, so wrappers that add only chrome are dropped."""
    root = soup.body or soup
    scored = [(node, depth, text - 2 * links) for node, depth, text, links, chrome in _measure(root).values()
              if node.name in _CONTAINERS and text - links >= MIN_CHARS and not chrome]
    if not scored:
        return None
    best, _, score = max(scored, key=lambda s: (s[2], s[1]))
    while True:
        below = {id(node) for node in best.descendants}
        inside = [s for s in scored if id(s[0]) in below]
        nearly_all = [s for s in inside if s[2] >= DESCEND_SHARE * score]
        if nearly_all:
            best, _, score = max(nearly_all, key=lambda s: (s[2], s[1]))
            continue
        # Or a block with most of the score, beside which no other block is more than a box
        # (opening hours, an address): a short text in a page of many small boxes.
        most = [s for s in inside if s[2] >= MOST_SHARE * score]
        if not most:
            return best
        block, _, block_score = max(most, key=lambda s: (s[2], s[1]))
        around = {id(block), *map(id, block.parents), *map(id, block.descendants)}
        rest = max((s[2] for s in inside if id(s[0]) not in around), default=0)
        if rest >= BOX_SHARE * block_score:
            return best
        best, score = block, block_score
