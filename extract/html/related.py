"""Blocks of a document's page that are about other pages: related posts, "À lire aussi"
sections, lists of teasers (latest news, same category).

Removed before the main content of a document is looked for, since their titles, dates and
summaries would otherwise pass for the document's own; found by their names, by the heading
above them, or by their shape (several short entries, each a headline link). A block that
holds the page's own content or one of its files is kept. A listing page is made of teasers:
is_listing measures them with teaser_lists.
"""

import re
import unicodedata
from collections import Counter

from bs4 import BeautifulSoup, Tag

from extract.clean import collapse_ws
from extract.dates import find_dates

from .hyperlinks import has_document
from .tree import NOT_TEXT, holds_page, outermost, text_len, wrapper

# Class or id names of blocks about other pages: related posts, "à lire aussi" and the like.
RELATED_NAMES = re.compile(r"related|similar|yarpp|more-?posts|recent-?posts|latest-?(?:posts|news)"
                           r"|latestnews|a-lire|lire-aussi|voir-aussi|meme-(?:rubrique|theme|sujet)")
# Headings over such blocks (accents and case folded).
RELATED_HEADINGS = re.compile(
    r"(?:a |)lire (?:aussi|egalement)|voir (?:aussi|egalement)|sur le meme (?:theme|sujet)"
    r"|dans la meme (?:rubrique|categorie|thematique)"
    r"|(?:(?:ces|les|nos|d'autres|autres) )?(?:articles?|actualites?|actus?|publications?|ressources?"
    r"|fiches?|contenus?|pages?|billets?)(?: \w+)? (?:similaires|lies|liees|connexes|associes|associees"
    r"|recents|recentes|populaires)"
    r"|(?:(?:les|nos) )?(?:derniers|dernieres) (?:articles|actualites|actus|publications|fiches"
    r"|ressources|parutions|billets)"
    r"|toutes (?:nos|les) actualites(?: \w+)?|plus d'(?:articles|actualites|publications)"
    r"|d'autres (?:articles|actualites|publications|fiches|ressources)"
    r"|(?:ces articles|ces contenus|cela|ceci) (?:peuvent|pourraient|pourrait|peut) (?:aussi |egalement )?vous interesser"
    r"|vous (?:aimerez|pourriez aimer|aimerez peut-etre) (?:aussi|egalement)"
    r"|related (?:posts|articles|content|stories)|read (?:more|next)|more (?:posts|articles|stories)"
    r"|you (?:may|might) also like")
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_HEADING_LIKE = ("h2", "h3", "h4", "h5", "h6", "p", "div", "span", "b", "strong", "dt", "header")
MAX_TEASER_CHARS = 600   # a teaser (title, date, a few lines) is short
MIN_TEASERS = 3          # a list of teasers has at least this many entries


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", collapse_ws(text).replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _remove_related_names(root: Tag) -> None:
    """Blocks named as related posts and the like, unless they hold the page's files (then
    the related blocks inside them go)."""
    named = [tag for tag in root.find_all(True)
             if RELATED_NAMES.search(" ".join([*(tag.get("class") or []), tag.get("id") or ""]).lower())]
    removed: set[int] = set()
    for tag in named:
        if not any(id(p) in removed for p in tag.parents) and not holds_page(tag) and not has_document(tag):
            removed.add(id(tag))
            tag.extract()


def _remove_related_sections(root: Tag) -> None:
    """A heading such as "À lire aussi" and what follows it, when that is links to other pages
    (one or more, with at most a few lines each) and no document of this page."""
    for heading in _related_headings(root):
        if heading.decomposed:
            continue
        start = wrapper(heading)
        rank = int(heading.name[1]) if heading.name in HEADINGS else 2
        higher = HEADINGS[:rank]  # a heading of the same rank or above starts the next section
        section = []
        for sibling in start.next_siblings:
            if isinstance(sibling, Tag) and (sibling.name in higher or sibling.find(higher)):
                break
            section.append(sibling)
        tags = [s for s in section if isinstance(s, Tag)]
        anchors = [a for tag in tags for a in ([tag] if tag.name == "a" else tag.find_all("a", href=True))]
        prose = sum(text_len(t) for t in tags) - sum(text_len(a) for a in anchors)
        if not anchors or prose > 250 * len(anchors) or any(has_document(t) for t in tags):
            continue
        for sibling in section:
            sibling.extract()
        start.decompose()


def _related_headings(root: Tag) -> list[Tag]:
    """Short headings (or heading-like elements) whose text announces other pages. Found from
    their text nodes, so that deep tag soup is not measured element by element."""
    found, seen = [], set()
    for string in root.find_all(string=True):
        if isinstance(string, NOT_TEXT) or not string.strip() or len(string) > 200:
            continue
        heading = string.find_parent(_HEADING_LIKE)
        if heading is None or id(heading) in seen or text_len(heading) > 80:
            continue
        seen.add(id(heading))
        if RELATED_HEADINGS.fullmatch(_fold(heading.get_text(" ")).strip(" :.!?»«")):
            found.append(heading)
    return found


def _teaser(item: Tag) -> bool:
    """An entry about another page: a headline link (or a link around a headline, or a link
    beside a date), a few lines at most, no file."""
    if text_len(item) > MAX_TEASER_CHARS or not item.find("a", href=True) or has_document(item):
        return False
    if any(h.find("a", href=True) or h.find_parent("a") for h in item.find_all(HEADINGS)):
        return True
    return any(text_len(a) >= 15 for a in item.find_all("a", href=True)) and bool(
        item.find("time") or find_dates(item.get_text(" ")))


def teaser_lists(root: Tag) -> list[Tag]:
    """Elements holding MIN_TEASERS or more teasers among children of one tag (the <article>s,
    <li>s or card <div>s of a list) that make most of their text: lists of related or latest
    posts, listings."""
    found = []
    for tag in [root, *root.find_all(True)]:
        children = [c for c in tag.children if isinstance(c, Tag)]
        if len(children) < MIN_TEASERS:
            continue
        common = Counter(c.name for c in children).most_common(1)[0][0]
        teasers = [c for c in children if c.name == common and _teaser(c)]
        if len(teasers) >= MIN_TEASERS and sum(map(text_len, teasers)) >= 0.7 * text_len(tag):
            found.append(tag)
    return outermost(found)


def _remove_teaser_lists(root: Tag) -> None:
    """Lists of teasers, with the heading above them (climbing through wrappers whose other
    children are short headings), unless they hold the page's own content."""
    for teasers in teaser_lists(root):
        block = teasers
        while block.parent is not None and block.parent.name not in ("body", "html", "[document]") \
                and not holds_page(block.parent) \
                and all(text_len(s) <= 80 and not s.find("a", href=True)
                        for s in block.parent.children if isinstance(s, Tag) and s is not block):
            block = block.parent
        if not holds_page(block):
            block.decompose()


def strip_other_pages(soup: BeautifulSoup) -> None:
    """What a page says about other pages: related posts, "à lire aussi", lists of teasers."""
    _remove_related_names(soup)
    _remove_related_sections(soup)
    _remove_teaser_lists(soup)
