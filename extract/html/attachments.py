"""The files of a document's page, whatever the theme's markup: every document link between
the page's title and the end of its main content, in page order.

Themes put download buttons anywhere around the text: under the title, in a box beside the
body, in a wrapper the content selectors never see. A left sidebar comes before the title and a
right one after the text, so the stretch from the <h1> to the end of the main content holds the
page's own files and not its neighbours'; chrome and blocks about other pages are removed first.
"""

from bs4 import Tag

from .content import find_main
from .decode import parse
from .hyperlinks import is_document_url, linking, links
from .noise import strip_noise
from .related import strip_other_pages


def item_documents(html: str | bytes, base_url: str) -> list[tuple[str, str]]:
    """(absolute URL, label) of the document links from the page's first <h1> (when it comes
    before the main content) to the end of the main content."""
    soup = parse(html)
    strip_noise(soup)
    strip_other_pages(soup)
    found, _ = find_main(soup, (), item=True)
    mains = [m for m in (found if isinstance(found, list) else [found]) if isinstance(m, Tag)]
    if not mains:
        return []
    tags = soup.find_all(True)
    order = {id(tag): n for n, tag in enumerate(tags)}
    start = min(order[id(m)] for m in mains)
    end = max(order[id(t)] for m in mains for t in [m, *m.find_all(True)])
    title = soup.find("h1")
    if title is not None and order[id(title)] < start:
        start = order[id(title)]
    stretch = "".join(str(tag) for tag in tags[start:end + 1] if linking(tag))
    return [(url, label) for url, label in links(stretch, base_url) if is_document_url(url)]
