"""Readable plain text of an HTML fragment: paragraphs, line breaks, list items and table rows
kept as a reader sees them, for the text that is indexed and shown.

Written by one walk of the tree with an explicit stack (no recursion limit on tag soup);
breaks are deferred so that nested blocks never pile up blank lines.
"""

import re

from bs4 import NavigableString, Tag

from extract.clean import clean_text

from .decode import parse
from .tree import NOT_TEXT

_BLOCKS = {"address", "article", "aside", "blockquote", "caption", "center", "details", "dialog",
           "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
           "h4", "h5", "h6", "header", "hgroup", "hr", "main", "nav", "ol", "p", "pre", "section",
           "summary", "table", "ul"}
_LINES = {"tr", "dt", "dd"}
_SKIP = {"head", "script", "style", "noscript", "template", "svg", "iframe", "object", "embed"}


class _Writer:
    """Accumulates text; line and paragraph breaks are deferred so they never pile up."""

    def __init__(self):
        self.parts: list[str] = []
        self.pending = 0          # newlines owed before the next text
        self.item_start = False   # just wrote "- ": breaks before the item's text are dropped

    def brk(self, newlines: int) -> None:
        if not self.item_start:
            self.pending = max(self.pending, newlines)

    def write(self, text: str) -> None:
        if not text.strip() and (self.pending or self.item_start or not self.parts):
            return
        if self.pending and self.parts:
            self.parts.append("\n" * self.pending)
        self.pending, self.item_start = 0, False
        self.parts.append(text)

    def line_break(self) -> None:
        if self.pending and self.parts:
            self.parts.append("\n" * self.pending)
        self.pending = 0
        self.parts.append("\n")


def _hidden_update(tag: Tag) -> bool:
    """WordPress themes print <time class="updated"> beside the published one and hide it in CSS."""
    classes = tag.get("class") or []
    return (tag.name == "time" and "updated" in classes and "published" not in classes
            and tag.find_previous_sibling("time", class_="published") is not None)


def _actions(tag: Tag, out: _Writer):
    """(on entering, on leaving) a tag: the breaks and markers it puts around its text."""
    name = tag.name
    if name == "li":
        def enter():
            out.brk(1)
            out.write("- ")
            out.item_start = True

        def leave():
            out.pending = 1  # items stay on consecutive lines, even when they hold paragraphs
        return enter, leave
    if name in _LINES:
        return (lambda: out.brk(1)), (lambda: out.brk(1))
    if name in ("td", "th"):
        return None, (lambda: out.write(" "))
    if name in _BLOCKS:
        gap = 1 if name in ("ul", "ol") and tag.find_parent("li") else 2
        return (lambda: out.brk(gap)), (lambda: out.brk(gap))
    return None, None


def _walk(root: Tag, out: _Writer) -> None:
    """Depth-first over the tree with an explicit stack (no recursion limit on tag soup)."""
    stack: list = [(child, False) for child in reversed(root.contents)]
    while stack:
        item, pre = stack.pop()
        if pre is None:  # a "leave" action (not callable() as a test: bs4 tags are callable)
            item()
        elif isinstance(item, NavigableString):
            if not isinstance(item, NOT_TEXT):
                out.write(str(item) if pre else re.sub(r"\s+", " ", str(item)))
        elif item.name == "br":
            out.line_break()
        elif item.name not in _SKIP and not _hidden_update(item):
            enter, leave = _actions(item, out)
            if enter:
                enter()
            if leave:
                stack.append((leave, None))
            inner_pre = pre or item.name == "pre"
            stack.extend((child, inner_pre) for child in reversed(item.contents))


def html_to_text(fragment: str | bytes | Tag | None) -> str:
    """Readable plain text: blocks become paragraphs separated by blank lines, <br> a newline,
    list items "- item" on their own lines, table rows one per line; cleaned with clean_text."""
    if fragment is None:
        return ""
    root = fragment if isinstance(fragment, Tag) else parse(fragment)
    out = _Writer()
    _walk(root, out)
    return clean_text("".join(out.parts))
