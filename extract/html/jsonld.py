"""JSON-LD (schema.org) in a page: the nodes that describe the document, and what they say.

The most structured metadata a page carries when it carries any, and often broken: scripts
with comments, CDATA or trailing commas are repaired, @graph containers and @id references
followed, and only the nodes about the document itself (an article, then its web page) are
read for its fields.
"""

import json
import re

from bs4 import BeautifulSoup

JSONLD_KEYS = {
    "title": ["headline", "name"],
    "description": ["description"],
    "published": ["datePublished", "dateCreated"],
    "modified": ["dateModified"],
    "tags": ["keywords", "articleSection"],
    "lang": ["inLanguage"],
    "authors": ["author", "creator"],
    "canonical": ["url"],
}
# JSON-LD nodes describing the document itself, best first.
ARTICLE_TYPES = {"Article", "NewsArticle", "BlogPosting", "Report", "ScholarlyArticle",
                 "TechArticle", "CreativeWork", "DigitalDocument", "Book", "Event", "Dataset"}
PAGE_TYPES = {"WebPage", "ItemPage", "AboutPage", "CollectionPage", "ProfilePage", "FAQPage"}


def _loads_lenient(text: str):
    """JSON, or JSON with the usual breakage repaired (comments, CDATA, trailing commas), or None."""
    text = text.strip()
    for attempt in (text, re.sub(r",\s*([}\]])", r"\1",
                                 re.sub(r"<!--|-->|<!\[CDATA\[|\]\]>|^\s*//.*$", "", text, flags=re.M))):
        try:
            return json.loads(attempt, strict=False)
        except ValueError:
            continue
    return None


def _flatten(data) -> list[dict]:
    """Every JSON-LD node: top-level lists and @graph containers unpacked."""
    if isinstance(data, list):
        return [node for item in data for node in _flatten(item)]
    if not isinstance(data, dict):
        return []
    graph = data.get("@graph")
    return ([data] if "@type" in data else []) + (_flatten(graph) if graph else [])


def jsonld_nodes(soup: BeautifulSoup) -> list[dict]:
    nodes = []
    for script in soup.find_all("script", type=re.compile(r"ld\+json", re.I)):
        nodes += _flatten(_loads_lenient(script.string or script.get_text()))
    return nodes


def node_types(node: dict) -> set[str]:
    value = node.get("@type") or []
    values = value if isinstance(value, list) else [value]
    return {str(v).rsplit("/", 1)[-1].removeprefix("schema:") for v in values}


def _by_type(nodes: list[dict], wanted: set[str]) -> list[dict]:
    return [node for node in nodes if node_types(node) & wanted]


def _names(value, index: dict[str, dict]) -> list[str]:
    """Plain strings out of a JSON-LD value: strings, lists, {"name"} objects, {"@id"} references."""
    if isinstance(value, list):
        return [name for item in value for name in _names(item, index)]
    if isinstance(value, dict):
        node = index.get(value.get("@id"), value) if "name" not in value else value
        name = node.get("name") or node.get("@value")
        return _names(name, index) if name else []
    if isinstance(value, (str, int, float)) and str(value).strip():
        return [str(value)]
    return []


def jsonld_candidates(nodes: list[dict]) -> dict[str, list[str]]:
    """Field values from the document's own nodes (article-like first, then the web page)."""
    index = {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str)}
    found: dict[str, list[str]] = {}
    for node in _by_type(nodes, ARTICLE_TYPES) + _by_type(nodes, PAGE_TYPES):
        for field, keys in JSONLD_KEYS.items():
            for key in keys:
                found.setdefault(field, []).extend(_names(node.get(key), index))
        found.setdefault("type", []).extend(sorted(node_types(node)))
    for node in _by_type(nodes, {"WebSite"}) + _by_type(nodes, {"Organization"}):
        found.setdefault("site_name", []).extend(_names(node.get("name"), index))
    return found
