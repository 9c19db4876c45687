"""Layered evidence from HTML pages: metadata, main content, plain text, links.

Nothing here knows a particular site: spiders pass platform selectors, and every function
falls back to generic rules so that a page never seen before still gives something useful.
"""

import codecs
import json
import re
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

from extract.clean import clean_text, collapse_ws

_NOT_TEXT = (Comment, Declaration, Doctype, ProcessingInstruction)  # strings that are not text

# ---------------------------------------------------------------------------------------------
# Decoding and parsing

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.I)
# Labels that browsers read as windows-1252 (WHATWG Encoding standard).
_AS_CP1252 = {"latin-1", "iso8859-1", "ascii", "cp1252"}


def _codec(label: str | bytes | None) -> str | None:
    if isinstance(label, bytes):
        label = label.decode("ascii", "ignore")
    try:
        name = codecs.lookup(label.strip()).name if label else None
    except LookupError:
        return None
    return "cp1252" if name in _AS_CP1252 else name


def _is_utf8_text(data: bytes) -> bool:
    """Valid UTF-8 with some non-ASCII: real UTF-8 (mislabelled pages exist), not an accident."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return not data.isascii()


def decode_html(data: str | bytes, encoding: str | None = None) -> str:
    """Page bytes as text: BOM, then the given or declared charset, then UTF-8, cp1252, latin-1.

    `encoding` is the HTTP header's charset when known. A page declaring a single-byte charset
    whose bytes are valid UTF-8 is read as UTF-8; a page declaring UTF-8 that is not falls back
    to cp1252 (then latin-1, which never fails).
    """
    if isinstance(data, str):
        return data
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(name, "replace")
    head = data[:4096]
    found = _CHARSET.search(head) or _XML_ENCODING.search(head)
    declared = _codec(encoding) or _codec(found and found[1])
    if declared and declared != "utf-8" and _is_utf8_text(data):
        declared = "utf-8"
    for name in dict.fromkeys(filter(None, (declared, "utf-8", "cp1252"))):
        try:
            return data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("latin-1")


def parse(html: str | bytes) -> BeautifulSoup:
    """A BeautifulSoup tree (lxml parser) of the decoded page."""
    return BeautifulSoup(decode_html(html), "lxml")


# ---------------------------------------------------------------------------------------------
# Page metadata

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


# JSON-LD ----------------------------------------------------------------------------------------

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


def _jsonld_nodes(soup: BeautifulSoup) -> list[dict]:
    nodes = []
    for script in soup.find_all("script", type=re.compile(r"ld\+json", re.I)):
        nodes += _flatten(_loads_lenient(script.string or script.get_text()))
    return nodes


def _types(node: dict) -> set[str]:
    value = node.get("@type") or []
    values = value if isinstance(value, list) else [value]
    return {str(v).rsplit("/", 1)[-1].removeprefix("schema:") for v in values}


def _by_type(nodes: list[dict], wanted: set[str]) -> list[dict]:
    return [node for node in nodes if _types(node) & wanted]


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


def _jsonld_candidates(nodes: list[dict]) -> dict[str, list[str]]:
    """Field values from the document's own nodes (article-like first, then the web page)."""
    index = {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str)}
    found: dict[str, list[str]] = {}
    for node in _by_type(nodes, ARTICLE_TYPES) + _by_type(nodes, PAGE_TYPES):
        for field, keys in JSONLD_KEYS.items():
            for key in keys:
                found.setdefault(field, []).extend(_names(node.get(key), index))
        found.setdefault("type", []).extend(sorted(_types(node)))
    for node in _by_type(nodes, {"WebSite"}) + _by_type(nodes, {"Organization"}):
        found.setdefault("site_name", []).extend(_names(node.get("name"), index))
    return found


# Assembling candidates ---------------------------------------------------------------------------

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


def _time_values(main: Tag | None) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(published, modified) (value, source) pairs from <time> elements in the main content
    ("updated" class means modified) and from hAtom <abbr class="published" title="...">."""
    published, modified = [], []
    for element in main.find_all(["time", "abbr"]) if main else []:
        classes = element.get("class") or []
        if element.name == "time":
            value, source = element.get("datetime") or element.get_text(" "), "time"
        elif {"published", "updated"} & set(classes) and element.get("title"):
            value, source = element["title"], "hatom"
        else:
            continue
        is_update = "updated" in classes and "published" not in classes
        (modified if is_update else published).append((value, source))
    return published, modified


def _candidates(soup: BeautifulSoup, url: str) -> dict[str, list[tuple[str, str]]]:
    """Every (value, source) for every field, best first; values raw but whitespace-collapsed."""
    metas, nodes = _metas(soup), _jsonld_nodes(soup)
    jsonld = _jsonld_candidates(nodes)
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
    _strip_noise(soup)  # from here on, only the visible main content counts
    main, _ = _find_main(soup, ())
    published, modified = _time_values(main)
    raw["published"] += published
    raw["modified"] += modified
    heading = main.find("h1") if main else None
    if heading:
        raw["title"].append((heading.get_text(" "), "h1"))
    return _tidy(raw, url)


def _tidy(raw: dict[str, list[tuple[str, str]]], url: str) -> dict[str, list[tuple[str, str]]]:
    """Collapse whitespace, split keyword lists, absolutise URLs, drop empties and repeats."""
    sites = [collapse_ws(v) for v, _ in raw["site_name"] if v and collapse_ws(v)]
    # "<h1> - Anything" in the title tag: the anything is the site name.
    title_tag = [collapse_ws(v) for v, source in raw["title"] if source == "title-tag"]
    for heading in (collapse_ws(v) for v, source in raw["title"] if source == "h1" and v):
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
    content), "hatom" (<abbr class="published" title>), "title-tag", "h1" (first h1 in the main
    content), "html-lang".
    Values are raw text, whitespace-collapsed: dates as written (parse them with
    extract.dates.parse_date), titles with a " | Site name" suffix removed, canonical absolute.
    List fields take all the items of the best source that has any (keywords split on commas).
    """
    candidates = _candidates(parse(html), url)
    result: dict = {"sources": {}, "candidates": candidates}
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


# ---------------------------------------------------------------------------------------------
# Main content

# Removed before looking for content: chrome, scripts, sharing widgets, cookie banners.
NOISE = ", ".join([
    "nav", "aside", "footer", "script", "style", "noscript", "template", "iframe", "svg",
    "canvas", "object", "embed", "button", "select", "textarea", "input",
    "[role=navigation]", "[role=banner]", "[role=contentinfo]", "[role=search]",
    "[role=complementary]", "#header", "#footer", ".site-header", ".site-footer",
    ".breadcrumb", ".breadcrumbs", "#breadcrumb", "#breadcrumbs", ".ariane", "#ariane",
    ".share", ".shares", ".sharing", ".social-share", ".share-buttons", ".sharedaddy",
    ".addtoany_share_save_accessible", ".a2a_kit", ".addthis_toolbox", ".social-links",
    "#comments", ".comments", "#respond", ".comment-respond",
    ".arbo", ".links.inline", ".flag-wrapper", ".print-link", ".skip-link", "#skip-link",
    ".element-invisible", ".visually-hidden", ".screen-reader-text", ".sr-only", "#sidebar",
    ".sidebar", ".region-sidebar-first", ".region-sidebar-second",
    "#menu", ".menu", "#navigation", ".nav", ".aside", ".pager", ".pagination", ".post-navigation",
    "[id*=cookie i]", "[class*=cookie i]", "#tarteaucitronRoot", "#sliding-popup", ".cc-window",
])
# Tried in order when the caller's selectors find nothing.
DEFAULT_SELECTORS = ("main", "article", "[role=main]", "#content", ".entry-content",
                     ".node__content", ".field-name-body", ".content")
MIN_CHARS = 20          # a candidate with less visible text is not content
MIN_SHARE = 0.1         # a default candidate holds at least this share of the page's prose
DESCEND_SHARE = 0.95    # density: a block inside the best one keeping this share of its score wins
# Elements that can hold a page's main content (table layouts and <font> soup included).
_CONTAINERS = {"article", "blockquote", "body", "center", "dd", "div", "font", "form", "main",
               "section", "span", "table", "tbody", "td", "tr"}


def _strip_noise(soup: BeautifulSoup) -> None:
    for element in soup.select(NOISE):
        if not element.decomposed:
            element.decompose()
    # A page-level header is chrome; an article's own header holds its title and date.
    for header in soup.find_all("header"):
        if not header.find_parent(["article", "main"]):
            header.decompose()
    # Some CMS wrap the whole page in one <form>: keep a form that holds most of the text.
    total = len(soup.get_text(" ", strip=True)) or 1
    for form in soup.find_all("form"):
        if not form.decomposed and len(form.get_text(" ", strip=True)) < total / 2:
            form.decompose()


def _text_len(node: Tag) -> int:
    return len(collapse_ws(node.get_text(" ")))


def _prose_len(node: Tag) -> int:
    """Visible text that is not link text."""
    links = sum(_text_len(a) for a in node.find_all("a"))
    return max(_text_len(node) - links, 0)


def _outermost(nodes: list[Tag]) -> list[Tag]:
    kept = set(map(id, nodes))
    return [n for n in nodes if not any(id(p) in kept for p in n.parents)]


def _measure(root: Tag) -> dict[int, tuple[Tag, int, int, int]]:
    """{id: (element, depth, text chars, link text chars)} for every element.

    Iterative (deeply nested tag soup exists): list elements parents-first, then total them
    in reverse order so that children are always done before their parent.
    """
    order, stack = [], [(root, 0, False)]
    while stack:
        node, depth, in_link = stack.pop()
        in_link = in_link or node.name == "a"
        order.append((node, depth, in_link))
        stack.extend((child, depth + 1, in_link) for child in node.children if isinstance(child, Tag))
    sizes: dict[int, tuple[Tag, int, int, int]] = {}
    for node, depth, in_link in reversed(order):
        text = links = 0
        for child in node.children:
            if isinstance(child, Tag):
                t, l = sizes[id(child)][2:]
            elif isinstance(child, NavigableString) and not isinstance(child, _NOT_TEXT):
                t = len(" ".join(child.split()))
                l = t if in_link else 0
            else:
                continue
            text, links = text + t, links + l
        sizes[id(node)] = (node, depth, text, links)
    return sizes


def _density_best(soup: BeautifulSoup) -> Tag | None:
    """The block with the most text that is not link text; then the smallest block inside it
    that keeps nearly all of that score, so wrappers that add only chrome are dropped."""
    root = soup.body or soup
    scored = [(node, depth, text - 2 * links) for node, depth, text, links in _measure(root).values()
              if node.name in _CONTAINERS and text - links >= MIN_CHARS]
    if not scored:
        return None
    best, _, score = max(scored, key=lambda s: (s[2], s[1]))
    while True:
        below = {id(node) for node in best.descendants}
        inside = [s for s in scored if id(s[0]) in below and s[2] >= DESCEND_SHARE * score]
        if not inside:
            return best
        best, _, score = max(inside, key=lambda s: (s[2], s[1]))


def _find_main(soup: BeautifulSoup, selectors) -> tuple[Tag | list[Tag] | None, str]:
    for css in selectors:
        found = [n for n in _outermost(soup.select(css)) if _text_len(n)]
        if found:
            return (found[0] if len(found) == 1 else found), f"selector:{css}"
    page_prose = _prose_len(soup.body or soup)
    for css in DEFAULT_SELECTORS:
        found = [n for n in soup.select(css) if _text_len(n) >= MIN_CHARS]
        best = max(found, key=_prose_len, default=None)
        if best is not None and _prose_len(best) >= MIN_SHARE * page_prose:
            return best, f"default:{css}"
    best = _density_best(soup)
    if best is not None:
        return best, "density"
    body = soup.body
    return (body, "body") if body is not None and _text_len(body) else (None, "none")


def main_content(html: str | bytes, selectors: list[str] | tuple[str, ...] = ()) -> tuple[str | None, str]:
    """(HTML fragment of the main content, how it was found), after removing page chrome.

    How: "selector:<css>" (the first caller selector that matched visible text; all its
    outermost matches are kept, in page order), "default:<css>" (one of DEFAULT_SELECTORS,
    the match with the most non-link text), "density" (the block with the most paragraph text
    and least link text), "body", or "none" (no visible text: fragment None).
    """
    soup = parse(html)
    _strip_noise(soup)
    found, how = _find_main(soup, selectors)
    if found is None:
        return None, how
    nodes = found if isinstance(found, list) else [found]
    return "\n".join(str(node) for node in nodes), how


# ---------------------------------------------------------------------------------------------
# Plain text

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
            if not isinstance(item, _NOT_TEXT):
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


# ---------------------------------------------------------------------------------------------
# Links and documents

_SKIP_SCHEMES = ("javascript:", "mailto:", "tel:", "data:", "#")


def links(fragment: str | bytes | Tag, base_url: str) -> list[tuple[str, str]]:
    """(absolute URL, label) of every link, in order, deduplicated by URL (fragment dropped).

    The label is the visible text, else the title attribute, else an image's alt text. A <base
    href> in the fragment is honoured (a fragment cut out of a page has lost its <head>).
    """
    soup = fragment if isinstance(fragment, Tag) else parse(fragment)
    base = soup.find("base", href=True)
    if base:
        base_url = urljoin(base_url, base["href"].strip())
    found: dict[str, str] = {}
    for a in soup.find_all(["a", "area"], href=True):
        href = re.sub(r"[\t\r\n]", "", a["href"]).strip()
        if not href or href.lower().startswith(_SKIP_SCHEMES):
            continue
        url = urldefrag(urljoin(base_url, href.replace(" ", "%20")))[0]
        if not url.startswith(("http://", "https://")):
            continue
        img = a.find("img", alt=True)
        label = collapse_ws(a.get_text(" ")) or collapse_ws(a.get("title")) or collapse_ws(img and img["alt"])
        if not found.get(url):
            found[url] = label
    return list(found.items())


DOCUMENT_EXTENSIONS = {"pdf", "doc", "docx", "odt", "ppt", "pptx", "pps", "ppsx", "odp",
                       "xls", "xlsx", "ods", "rtf"}
# Media under a "files" folder that are not documents (Drupal image styles, assets).
_NOT_DOCUMENT = {"jpg", "jpeg", "png", "gif", "svg", "webp", "bmp", "ico", "css", "js", "mp3",
                 "mp4", "webm", "ogg", "woff", "woff2", "ttf", "html", "htm", "php"}
_DOCUMENT_SCRIPTS = ("/doc_num_data.php", "/doc_num.php")  # PMB digital documents
# SPIP /IMG/<ext>/, Drupal private (/system/files/) and public (/sites/<site>/files/) files.
_DOCUMENT_FOLDERS = re.compile(
    r"/img/(?:pdf|docx?|odt|pptx?|xlsx?|ods|rtf)/|/system/files/|/sites/[^/]+/files/")


def is_document_url(url: str | None) -> bool:
    """True for a PDF or office attachment, by path only (query string and case ignored)."""
    if not url:
        return False
    path = unquote(urlsplit(url.strip()).path).lower()
    ext = path.rsplit(".", 1)[-1] if "." in path.rsplit("/", 1)[-1] else ""
    if ext in DOCUMENT_EXTENSIONS or path.endswith(_DOCUMENT_SCRIPTS):
        return True
    return bool(_DOCUMENT_FOLDERS.search(path)) and ext not in _NOT_DOCUMENT
