"""Running headers, footers and page numbers: found by repetition across pages, taken out of
the page text and kept as data ("page_label", "furniture").

Candidates are the first and last lines of a page, and numbered lines standing alone as a
block (the layout may read a footer between columns; unnumbered, they are more likely
headings that recur, such as "Contacts"). Two lines are the same furniture when
they are equal once every number is masked, so "Lettre n°4 – page 3 / 8" repeats on every page.
"""

from __future__ import annotations

import re

EDGE_LINES = 2  # lines at the top and at the bottom of a page that may be furniture
MIN_SHARE = 0.5  # of the pages (and at least two) a line must repeat on
_NUMBER = re.compile(r"\d+")
# The page's own number: "page 3 / 8", "p. 3", "3 / 8", "- 3 -", "3".
_LABEL = re.compile(r"(?:\bpages?\s*|\bp\.\s*)(\d+)|^\W*(\d+)\W*(?:(?:/|sur|of)\s*\d+\W*)?$", re.IGNORECASE)


def mask(line: str) -> str:
    return _NUMBER.sub("#", " ".join(line.split()).casefold())


def _edges(lines: list[str]) -> list[int]:
    """Indexes of the non-blank lines at the page's top and bottom, and of numbered one-line
    blocks."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    full = set(filled)  # a line outside the page counts as blank
    alone = [i for i in filled if i - 1 not in full and i + 1 not in full and _NUMBER.search(lines[i])]
    return sorted(set(filled[:EDGE_LINES] + filled[-EDGE_LINES:] + alone))


def strip_pages(texts: list[str]) -> list[tuple[str, str | None, list[str]]]:
    """For each page text: (text without its furniture, page label, furniture lines)."""
    split = [text.split("\n") for text in texts]
    edges = [_edges(lines) for lines in split]
    seen: dict[str, int] = {}
    for lines, candidates in zip(split, edges):
        for key in {mask(lines[i]) for i in candidates}:
            seen[key] = seen.get(key, 0) + 1
    need = max(2, MIN_SHARE * len(texts))
    repeated = {key for key, count in seen.items() if count >= need}
    return [_strip(lines, candidates, repeated) for lines, candidates in zip(split, edges)]


def _strip(lines: list[str], candidates: list[int], repeated: set[str]) -> tuple[str, str | None, list[str]]:
    drop = [i for i in candidates if mask(lines[i]) in repeated]
    furniture = [lines[i].strip() for i in drop]
    label = next((_label(line) for line in furniture if _label(line)), None)
    # A footer read between two columns split a paragraph: the blank lines around it go too.
    gone = set(drop)
    for i in drop:
        gone.update(j for j in (i - 1, i + 1) if 0 < j < len(lines) - 1 and not lines[j].strip())
    kept = [line for i, line in enumerate(lines) if i not in gone]
    return "\n".join(kept).strip(), label, furniture


def _label(line: str) -> str | None:
    match = _LABEL.search(line.strip())
    return (match[1] or match[2]) if match else None
