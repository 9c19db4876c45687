"""The main content of a page: the spider's selectors, else common containers, else density.

Chrome is removed first (noise); a document's page also loses its blocks about other pages
(related), and a block found by density takes along the blocks beside it that link to its
files. A listing page keeps its teasers: they are its content.
"""

from bs4 import BeautifulSoup, Tag

from .decode import parse
from .density import MIN_CHARS, density_best, is_chrome
from .hyperlinks import has_document
from .noise import strip_noise
from .related import strip_other_pages
from .tree import outermost, prose_len, text_len, wrapper

# Tried in order when the caller's selectors find nothing.
DEFAULT_SELECTORS = ("main", "article", "[role=main]", "#content", ".entry-content",
                     ".node__content", ".field-name-body", ".content")
MIN_SHARE = 0.1         # a default candidate holds at least this share of the page's prose


def _with_files_beside(best: Tag) -> Tag | list[Tag]:
    """The block and the blocks beside it that link to documents ("Télécharger" buttons next
    to the text), looked for around the outermost wrapper that holds only the block."""
    block = wrapper(best)
    if block.parent is None:
        return best
    nodes = [child for child in block.parent.children if isinstance(child, Tag)
             and (child is block or (not is_chrome(child) and has_document(child)))]
    return [best if node is block else node for node in nodes] if len(nodes) > 1 else best


def find_main(soup: BeautifulSoup, selectors, item: bool = False) -> tuple[Tag | list[Tag] | None, str]:
    """(the main content's element, or its elements in page order, or None; how it was found)
    in a tree already stripped of noise: see main_content."""
    for css in selectors:
        found = [n for n in outermost(soup.select(css)) if text_len(n)]
        if found:
            return (found[0] if len(found) == 1 else found), f"selector:{css}"
    page_prose = prose_len(soup.body or soup)
    for css in DEFAULT_SELECTORS:
        found = [n for n in soup.select(css) if text_len(n) >= MIN_CHARS]
        best = max(found, key=prose_len, default=None)
        if best is not None and prose_len(best) >= MIN_SHARE * page_prose:
            return best, f"default:{css}"
    best = density_best(soup)
    if best is not None:
        return (_with_files_beside(best) if item else best), "density"
    body = soup.body
    return (body, "body") if body is not None and text_len(body) else (None, "none")


def main_content(html: str | bytes, selectors: list[str] | tuple[str, ...] = (),
                 item: bool = False) -> tuple[str | None, str]:
    """(HTML fragment of the main content, how it was found), after removing page chrome.

    How: "selector:<css>" (the first caller selector that matched visible text; all its
    outermost matches are kept, in page order), "default:<css>" (one of DEFAULT_SELECTORS,
    the match with the most non-link text), "density" (the block with the most paragraph text
    and least link text), "body", or "none" (no visible text: fragment None).

    With `item`, the page is read as one document: blocks about other pages (related posts,
    "À lire aussi" sections, lists of teasers) are removed first, and a density block takes
    along the siblings that link to its files. Without it (a listing), teasers are the content.
    """
    soup = parse(html)
    strip_noise(soup)
    if item:
        strip_other_pages(soup)
    found, how = find_main(soup, selectors, item)
    if found is None:
        return None, how
    nodes = found if isinstance(found, list) else [found]
    return "\n".join(str(node) for node in nodes), how
