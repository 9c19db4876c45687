"""Whether a page lists other pages (a category archive, a Views page of cards) rather than
being a document.

Spiders follow a listing's links instead of storing it as a document: a page never seen
before is told apart by its shape, lists of teasers (see related) making most of its main
content with little prose outside them.
"""

from .content import find_main
from .decode import parse
from .jsonld import ARTICLE_TYPES, jsonld_nodes, node_types
from .noise import strip_noise
from .related import HEADINGS, teaser_lists
from .tree import prose_len, text_len

MAX_LISTING_SHARE = 0.5  # is_listing: share of the main content's text in lists of teasers
MAX_LISTING_PROSE = 400  # ... and at most this much prose outside them


def is_listing(html: str | bytes) -> bool:
    """True for a page that lists other pages (a category archive, a Views page of cards)
    rather than being a document: lists of teasers make most of its main content and little
    prose stands outside them. A page whose JSON-LD describes an article is never a listing."""
    soup = parse(html)
    if any(node_types(node) & (ARTICLE_TYPES - {"CreativeWork"}) for node in jsonld_nodes(soup)):
        return False
    strip_noise(soup)
    found, _ = find_main(soup, ())
    mains = found if isinstance(found, list) else [found] if found is not None else []
    teasers = [t for main in mains for t in teaser_lists(main)]
    total = sum(map(text_len, mains))
    in_teasers = {id(node) for teaser in teasers for node in teaser.descendants}
    headings = sum(text_len(h) for main in mains for h in main.find_all(HEADINGS) if id(h) not in in_teasers)
    outside = sum(map(prose_len, mains)) - sum(map(prose_len, teasers)) - headings
    return bool(total) and sum(map(text_len, teasers)) >= MAX_LISTING_SHARE * total \
        and outside < MAX_LISTING_PROSE
