"""Measures of a page's elements that the other modules share: visible text, prose (text that
is not link text), the words of class and id names, wrappers, and whether an element holds the
page's own content.

Every rule that weighs blocks (noise, blocks about other pages, density, listings, dates)
reads elements through these, so that they all agree on what text and a heading are.
"""

import re

from bs4 import NavigableString, Tag
from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

from extract.clean import collapse_ws

NOT_TEXT = (Comment, Declaration, Doctype, ProcessingInstruction)  # strings that are not text
NAME_WORD = re.compile(r"[a-z0-9]+")  # a word of a lower-cased class or id name
_CAMEL = re.compile(r"([a-z])([A-Z])")


def text_len(node: Tag) -> int:
    return len(collapse_ws(node.get_text(" ")))


def prose_len(node: Tag) -> int:
    """Visible text that is not link text."""
    links = sum(text_len(a) for a in node.find_all("a"))
    return max(text_len(node) - links, 0)


def outermost(nodes: list[Tag]) -> list[Tag]:
    kept = set(map(id, nodes))
    return [n for n in nodes if not any(id(p) in kept for p in n.parents)]


def wrapper(tag: Tag) -> Tag:
    """The outermost element around `tag` that holds nothing else."""
    while tag.parent is not None and tag.parent.name not in ("body", "html", "[document]") and all(
            child is tag or (isinstance(child, NavigableString) and (isinstance(child, NOT_TEXT) or not child.strip()))
            for child in tag.parent.children):
        tag = tag.parent
    return tag


def name_words(tag: Tag) -> set[str]:
    """The words of an element's class and id names: "site-footer", "SITE_FOOTER" and
    "templateFooter" all hold "footer"."""
    classes = tag.get("class") or []
    names = " ".join([*(classes if isinstance(classes, list) else [classes]), tag.get("id") or ""])
    return set(NAME_WORD.findall(_CAMEL.sub(r"\1 \2", names).lower()))


def is_logo(heading: Tag) -> bool:
    """A heading with no text, or whose whole text is one link: the site's logo, not a title."""
    anchors = heading.find_all("a")
    return not text_len(heading) or (len(anchors) == 1 and text_len(anchors[0]) == text_len(heading))


def holds_page(tag: Tag) -> bool:
    """The element wraps the page's own content: a <main>, or an h1 that is not a logo."""
    if tag.find("main") or tag.find(attrs={"role": "main"}):
        return True
    return any(not is_logo(h) for h in tag.find_all("h1"))
