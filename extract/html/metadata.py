"""Page metadata, each value with the evidence it came from.

Every channel a page may use is read (link rel, meta tags and Dublin Core, JSON-LD, marked-up
dates and headings of the main content, the title tag) and every value kept with its source,
best first: the caller picks, and may prefer another channel than the page's own best.
"""

import re
from urllib.parse import urljoin

from bs4 import BeautifulSoup

from extract.clean import collapse_ws

from .content import find_main
from .decode import parse
from .jsonld import jsonld_candidates, jsonld_nodes
from .noise import strip_noise
from .page_dates import near_heading, time_values
from .related import strip_other_pages
from .tree import is_logo

FIELDS = ("canonical", "shortlink", "title", "description", "published", "modified", "tags",
          "type", "lang", "authors", "site_name")
LIST_FIELDS = ("tags", "authors")

# Meta tags per field, best first; name, property and itemprop share one namespace.
META_KEYS = {
    "canonical": ["og:url"],
    "title": ["og:title", "twitter:title", "dc.title", "dcterms.title"],
    "description": ["og:description", "description", "twitter:description", "dc.description",
                    "dcterms.description", "dcterms.abstract"],
    "published": ["article:published_time", "og:article:published_time", "datepublished",
                  "dc.date", "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.issued",
                  "dcterms.created", "date", "pubdate", "publish-date", "publication_date"],
    "modified": ["article:modified_time", "og:updated_time", "datemodified", "dc.date.modified",
                 "dcterms.modified", "last-modified"],
    "tags": ["article:tag", "article:section", "keywords", "news_keywords", "dc.subject",
             "dcterms.subject"],
    "type": ["og:type", "dc.type", "dcterms.type"],
    "lang": ["content-language", "og:locale", "dc.language", "dcterms.language"],
    "authors": ["author", "article:author", "dc.creator", "dcterms.creator"],
    "site_name": ["og:site_name", "application-name"],
}
TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " » ", " · ")


def _source(key: str) -> str:
    return "dc" if key.startswith(("dc.", "dcterms.")) else f"meta:{key}"


def _metas(soup: BeautifulSoup) -> dict[str, list[str]]:
    """Meta contents by lower-cased name / property / itemprop / http-equiv, in page order."""
    found: dict[str, list[str]] = {}
    for meta in soup.find_all("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or meta.get("http-equiv")
        content = meta.get("content")
        if key and content:
            found.setdefault(key.strip().lower(), []).append(content)
    return found


def _link_href(soup: BeautifulSoup, rel: str, url: str) -> str | None:
    for link in soup.find_all("link", href=True):
        rels = link.get("rel") or []
        if rel in [r.lower() for r in (rels if isinstance(rels, list) else rels.split())]:
            return urljoin(url, link["href"].strip())
    return None


def _split_tags(value: str, source: str) -> list[str]:
    """Keyword lists come comma-separated in one string; article:tag is one tag per meta."""
    if source in ("meta:article:tag", "meta:article:section"):
        return [value]
    return [part for part in re.split(r"\s*[,;]\s*", value) if part]


def _strip_site(title: str, site_names: list[str], generic: bool) -> str:
    """Remove a " | Site name" suffix (or prefix); with `generic`, any text after the last " | "."""
    low = title.lower()
    for name in site_names:
        for sep in TITLE_SEPARATORS:
            if low.endswith((sep + name).lower()) and len(title) > len(sep + name):
                return title[: -len(sep + name)].strip()
            if low.startswith((name + sep).lower()) and len(title) > len(name + sep):
                return title[len(name + sep):].strip()
    if generic and " | " in title:
        return title.rsplit(" | ", 1)[0].strip()
    return title


def _candidates(soup: BeautifulSoup, url: str) -> tuple[dict[str, list[tuple[str, str]]], str]:
    """Every (value, source) for every field, best first; values raw but whitespace-collapsed;
    and the text around the page's heading."""
    metas, nodes = _metas(soup), jsonld_nodes(soup)
    jsonld = jsonld_candidates(nodes)
    raw: dict[str, list[tuple[str, str]]] = {field: [] for field in FIELDS}
    raw["canonical"].append((_link_href(soup, "canonical", url), "link:canonical"))
    raw["shortlink"].append((_link_href(soup, "shortlink", url), "link:shortlink"))
    html_tag = soup.find("html")
    if html_tag:
        raw["lang"].append((html_tag.get("lang") or html_tag.get("xml:lang"), "html-lang"))
    for field, keys in META_KEYS.items():
        raw[field] += [(value, _source(key)) for key in keys for value in metas.get(key, [])]
        raw[field] += [(value, "jsonld") for value in jsonld.get(field, [])]
    raw["site_name"] += [(value, "jsonld") for value in jsonld.get("site_name", [])]
    if soup.title:
        raw["title"].append((soup.title.get_text(" "), "title-tag"))
    strip_noise(soup)  # from here on, only the visible main content counts
    strip_other_pages(soup)
    found, _ = find_main(soup, (), item=True)
    mains = found if isinstance(found, list) else [found] if found is not None else []
    published, modified = time_values(mains)
    raw["published"] += published
    raw["modified"] += modified
    h1 = next((h for main in mains for h in main.find_all("h1")), None)
    if h1:
        raw["title"].append((h1.get_text(" "), "h1"))
    # Headings that may be the title inside the title tag: the main content's h1, else its
    # first h2 (custom templates), and the page's first h1 that is not a logo.
    page_h1 = next((h for h in soup.find_all("h1") if not is_logo(h)), None)
    h2 = next((h for main in mains for h in main.find_all("h2")), None)
    headings = [h.get_text(" ") for h in (h1 or h2, page_h1) if h is not None]
    return _tidy(raw, url, headings), near_heading(h1 or page_h1)


def _tidy(raw: dict[str, list[tuple[str, str]]], url: str,
          headings: list[str]) -> dict[str, list[tuple[str, str]]]:
    """Collapse whitespace, split keyword lists, absolutise URLs, drop empties and repeats."""
    sites = [collapse_ws(v) for v, _ in raw["site_name"] if v and collapse_ws(v)]
    # "<heading> - Anything" in the title tag: the anything is the site name.
    title_tag = [collapse_ws(v) for v, source in raw["title"] if source == "title-tag"]
    for heading in filter(None, map(collapse_ws, headings)):
        for t in title_tag:
            for sep in TITLE_SEPARATORS:
                if t.startswith(heading + sep):
                    sites.append(t[len(heading + sep):])
                elif t.endswith(sep + heading):
                    sites.append(t[: -len(sep + heading)])
    sites = list(dict.fromkeys(sites))
    tidy = {}
    for field, pairs in raw.items():
        out = []
        for value, source in pairs:
            values = _split_tags(value, source) if field == "tags" and value else [value]
            for item in values:
                item = collapse_ws(item) if isinstance(item, str) else None
                if not item or (field == "authors" and re.match(r"https?://", item)):
                    continue  # article:author is often a profile URL, not a name
                if field == "canonical":
                    item = urljoin(url, item)
                if field == "title":
                    item = _strip_site(item, sites, generic=source == "title-tag")
                if item and (item, source) not in out:
                    out.append((item, source))
        tidy[field] = out
    return tidy


def page_metadata(html: str | bytes, url: str) -> dict:
    """Metadata of a page, each value with the evidence it came from.

    Returns a dict with one key per field in FIELDS: the best value (None when absent; a list
    for "tags" and "authors", [] when absent), plus:
      - "sources": {field: source of the chosen value}, only for fields that have one;
      - "candidates": {field: [(value, source), ...]}, every value found, best first, so a
        caller can prefer another channel (e.g. a date in the text over the CMS date).
    Sources: "link:canonical", "link:shortlink", "meta:<name or property>" (e.g. "meta:og:title",
    "meta:article:published_time"), "dc" (Dublin Core meta), "jsonld", "time" (<time> in the main
    content), "hatom" (<abbr class="published" title>), "itemprop" (an element marked
    datePublished), "class" (an element whose class names the publication date), "title-tag",
    "h1" (first h1 in the main content), "html-lang". Dates of events and deadlines are left out.
      - "near_heading": the text printed just after and before the page's heading, where a
        date with no markup usually stands ("" when there is no heading).
    Values are raw text, whitespace-collapsed: dates as written (parse them with
    extract.dates.parse_date), titles with a " | Site name" suffix removed, canonical absolute.
    List fields take all the items of the best source that has any (keywords split on commas).
    """
    candidates, near = _candidates(parse(html), url)
    result: dict = {"sources": {}, "candidates": candidates, "near_heading": near}
    for field in FIELDS:
        pairs = candidates[field]
        best = pairs[0][1] if pairs else None
        if field in LIST_FIELDS:
            items = [value for value, source in pairs if source == best]
            result[field] = list(dict.fromkeys(items))
        else:
            result[field] = pairs[0][0] if pairs else None
        if best:
            result["sources"][field] = best
    return result
