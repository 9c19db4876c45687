"""Layered evidence from HTML pages: metadata, main content, plain text, links.

Nothing here knows a particular site: spiders pass platform selectors, and every function
falls back to generic rules so that a page never seen before still gives something useful.
"""

import codecs
import json
import re
import unicodedata
from collections import Counter
from urllib.parse import parse_qsl, unquote, urldefrag, urljoin, urlsplit

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

from extract.clean import clean_text, collapse_ws
from extract.dates import find_dates

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


# Names (class and id words, itemprop) of elements that date something else than the page:
# an event, a session, a deadline.
EVENT_WORDS = {"event", "events", "evenement", "evenements", "agenda", "rencontre", "seance",
               "session", "startdate", "enddate", "debut", "fin", "deadline", "limite", "cloture",
               "schedule", "horaire", "horaires"}
EVENT_PROPS = {"startdate", "enddate", "doortime", "validthrough", "validfrom", "expires"}
# Class words of an element printing the publication date (hAtom "published", Drupal's
# "created" field, themes' "entry-date", "post-date", "date-publication").
PUBLISHED_WORDS = {"published", "pubdate", "created", "publication", "publie"}
PUBLISHED_PAIRS = {("entry", "date"), ("post", "date"), ("posted", "on"), ("article", "date")}
EVENT_REACH = 3  # ancestors of a date looked at for an event name


def _dates_other_thing(element: Tag) -> bool:
    for tag in [element, *list(element.parents)[:EVENT_REACH]]:
        if (tag.get("itemprop") or "").lower() in EVENT_PROPS or _words(tag) & EVENT_WORDS:
            return True
    return False


def _says_published(element: Tag) -> bool:
    classes = [c.lower() for c in element.get("class") or []]
    words = [_WORD.findall(c) for c in classes]
    return any(set(w) & PUBLISHED_WORDS or any(tuple(w[i:i + 2]) in PUBLISHED_PAIRS for i in range(len(w)))
               for w in words)


def _time_values(mains: list[Tag]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(published, modified) (value, source) pairs from the main content: <time> elements
    ("updated" class or itemprop dateModified means modified), hAtom <abbr class="published"
    title="...">, other elements with itemprop datePublished ("itemprop") or a class naming
    the publication date ("class"). Dates marked as the publication date come first, then
    bare <time>s. Dates of events and deadlines (by their names) are left out."""
    published, modified, marked = [], [], []
    for element in (e for main in mains for e in main.find_all(True)):
        classes = element.get("class") or []
        prop = (element.get("itemprop") or "").lower()
        if element.name == "time":
            value, source = element.get("datetime") or element.get_text(" "), "time"
        elif element.name == "abbr" and {"published", "updated"} & set(classes) and element.get("title"):
            value, source = element["title"], "hatom"
        elif element.name != "meta" and prop in ("datepublished", "datemodified", "datecreated"):
            value, source = element.get("content") or element.get_text(" "), "itemprop"
        elif (_says_published(element) and _text_len(element) <= 80 and not element.find(["time", "abbr"])
              and len(find_dates(element.get_text(" "))) == 1):
            value, source = element.get_text(" "), "class"
        else:
            continue
        if _dates_other_thing(element):
            continue
        if prop == "datemodified" or ("updated" in classes and "published" not in classes):
            modified.append((value, source))
        else:
            (marked if prop == "datepublished" or source != "time" or _says_published(element)
             else published).append((value, source))
    return marked + published, modified


def _is_logo(heading: Tag) -> bool:
    anchors = heading.find_all("a")
    return not _text_len(heading) or (len(anchors) == 1 and _text_len(anchors[0]) == _text_len(heading))


def _near_heading(heading: Tag | None, before: int = 120, after: int = 200) -> str:
    """The text just after and just before a heading (climbing through wrappers that hold
    nothing else): where pages print the date of the item under its title."""
    node = heading
    while node is not None and node.parent is not None and node.name not in ("body", "html"):
        following = _text_of(node.next_siblings)[:after]
        preceding = _text_of(node.previous_siblings)[:before]
        if following or preceding:
            return f"{following}\n{preceding}".strip()
        node = node.parent
    return ""


def _text_of(nodes) -> str:
    parts = []
    for node in nodes:
        if isinstance(node, Tag):
            parts.append(collapse_ws(node.get_text(" ")))
        elif isinstance(node, NavigableString) and not isinstance(node, _NOT_TEXT):
            parts.append(collapse_ws(str(node)))
        if sum(map(len, parts)) > 400:
            break
    return " ".join(p for p in parts if p)


def _candidates(soup: BeautifulSoup, url: str) -> tuple[dict[str, list[tuple[str, str]]], str]:
    """Every (value, source) for every field, best first; values raw but whitespace-collapsed;
    and the text around the page's heading."""
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
    _strip_other_pages(soup)
    found, _ = _find_main(soup, (), item=True)
    mains = found if isinstance(found, list) else [found] if found is not None else []
    published, modified = _time_values(mains)
    raw["published"] += published
    raw["modified"] += modified
    h1 = next((h for main in mains for h in main.find_all("h1")), None)
    if h1:
        raw["title"].append((h1.get_text(" "), "h1"))
    # Headings that may be the title inside the title tag: the main content's h1, else its
    # first h2 (custom templates), and the page's first h1 that is not a logo.
    page_h1 = next((h for h in soup.find_all("h1") if not _is_logo(h)), None)
    h2 = next((h for main in mains for h in main.find_all("h2")), None)
    headings = [h.get_text(" ") for h in (h1 or h2, page_h1) if h is not None]
    return _tidy(raw, url, headings), _near_heading(h1 or page_h1)


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
    candidates, near_heading = _candidates(parse(html), url)
    result: dict = {"sources": {}, "candidates": candidates, "near_heading": near_heading}
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

# Removed before looking for content: chrome, scripts, sharing widgets, consent banners, pagers.
NOISE = ", ".join([
    "nav", "aside", "footer", "script", "style", "noscript", "template", "iframe", "svg",
    "canvas", "object", "embed", "button", "select", "textarea", "input",
    "[role=navigation]", "[role=banner]", "[role=contentinfo]", "[role=search]",
    "[role=complementary]", "[role=dialog]", "[role=alertdialog]", "[aria-modal=true]",
    "#header", "#footer", ".site-header", ".site-footer",
    ".breadcrumb", ".breadcrumbs", "#breadcrumb", "#breadcrumbs", ".ariane", "#ariane",
    ".share", ".shares", ".sharing", ".social-share", ".share-buttons", ".sharedaddy",
    ".addtoany_share_save_accessible", ".a2a_kit", ".addthis_toolbox", ".social-links",
    "#comments", ".comments", "#respond", ".comment-respond",
    ".arbo", ".links.inline", ".flag-wrapper", ".print-link", ".skip-link", "#skip-link",
    ".element-invisible", ".visually-hidden", ".screen-reader-text", ".sr-only", "#sidebar",
    ".sidebar", ".region-sidebar-first", ".region-sidebar-second",
    "#menu", ".menu", "#navigation", ".nav", ".aside", ".pager", ".pagination", ".post-navigation",
    "[class*=pagination i]", "[class*=post-nav i]",
    "[id*=cookie i]", "[class*=cookie i]", "#tarteaucitronRoot", "#sliding-popup", ".cc-window",
    "[id*=consent i]", "[class*=consent i]", "[id*=rgpd i]", "[class*=rgpd i]", "[id*=gdpr i]",
    "[class*=gdpr i]",
])
# Tried in order when the caller's selectors find nothing.
DEFAULT_SELECTORS = ("main", "article", "[role=main]", "#content", ".entry-content",
                     ".node__content", ".field-name-body", ".content")
MIN_CHARS = 20          # a candidate with less visible text is not content
MIN_SHARE = 0.1         # a default candidate holds at least this share of the page's prose
DESCEND_SHARE = 0.95    # density: a block inside the best one keeping this share of its score wins
MOST_SHARE = 0.75       # ... or keeping this share when every other block beside it is
BOX_SHARE = 0.1         # ... smaller than this share of it
# Elements that can hold a page's main content (table layouts and <font> soup included).
_CONTAINERS = {"article", "blockquote", "body", "center", "dd", "div", "font", "form", "main",
               "section", "span", "table", "tbody", "td", "tr"}
# Words of class and id names that say "page chrome" (menus, headers, footers, banners, in
# English and French): their text does not count when the density rule looks for content...
CHROME_WORDS = {"menu", "megamenu", "nav", "navbar", "navigation", "header", "footer", "pied",
                "entete", "bandeau", "banner", "sidebar", "breadcrumb", "breadcrumbs", "ariane",
                "masthead", "colophon", "topbar", "toolbar", "social", "share", "partage",
                "newsletter", "cookie", "cookies", "consent", "copyright", "preheader"}
# ... unless the name also says content ("sidebar-content", "header-text").
CONTENT_WORDS = {"content", "contenu", "article", "main", "body", "post", "entry", "text", "texte",
                 "story", "corps"}
_WORD = re.compile(r"[a-z0-9]+")
_CAMEL = re.compile(r"([a-z])([A-Z])")


def _words(tag: Tag) -> set[str]:
    """The words of an element's class and id names: "site-footer", "SITE_FOOTER" and
    "templateFooter" all hold "footer"."""
    classes = tag.get("class") or []
    names = " ".join([*(classes if isinstance(classes, list) else [classes]), tag.get("id") or ""])
    return set(_WORD.findall(_CAMEL.sub(r"\1 \2", names).lower()))


def _holds_page(tag: Tag) -> bool:
    """The element wraps the page's own content: a <main>, or an h1 that is not a logo (a
    heading whose whole text is one link)."""
    if tag.find("main") or tag.find(attrs={"role": "main"}):
        return True
    return any(not (len(h.find_all("a")) == 1 and _text_len(h.a) == _text_len(h))
               for h in tag.find_all("h1") if _text_len(h))


def _is_chrome(tag: Tag) -> bool:
    words = _words(tag)
    return (bool(words & CHROME_WORDS) and not words & CONTENT_WORDS
            and tag.name not in ("html", "body", "main", "article") and not _holds_page(tag))


def _anchor_document_refs(soup: BeautifulSoup) -> None:
    """Buttons, embeds and viewers that point to a document become plain links: they are
    removed as chrome, and the file would be lost with them."""
    for tag in soup.find_all(["button", "iframe", "frame", "object", "embed"]):
        url = _document_ref(tag)
        if url:
            label = (collapse_ws(tag.get_text(" ")) or collapse_ws(tag.get("title"))
                     or collapse_ws(tag.get("aria-label")) or unquote(urlsplit(url).path).rsplit("/", 1)[-1])
            anchor = soup.new_tag("a", href=url)
            anchor.string = label
            tag.replace_with(anchor)


def _strip_noise(soup: BeautifulSoup) -> None:
    _anchor_document_refs(soup)
    for element in soup.select(NOISE):
        if not element.decomposed and element.name not in ("html", "body") and not _holds_page(element):
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


# One document's page: blocks about other pages ----------------------------------------------------

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
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_HEADING_LIKE = ("h2", "h3", "h4", "h5", "h6", "p", "div", "span", "b", "strong", "dt", "header")
MAX_TEASER_CHARS = 600   # a teaser (title, date, a few lines) is short
MIN_TEASERS = 3          # a list of teasers has at least this many entries
MAX_LISTING_SHARE = 0.5  # is_listing: share of the main content's text in lists of teasers
MAX_LISTING_PROSE = 400  # ... and at most this much prose outside them


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", collapse_ws(text).replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _has_document(tag: Tag) -> bool:
    """The element is, or holds, a link to a document."""
    return (is_document_url(tag.get("href")) or _document_ref(tag) is not None
            or any(is_document_url(url) for url, _ in links(tag, "https://x.invalid/")))


def _wrapper(tag: Tag) -> Tag:
    """The outermost element around `tag` that holds nothing else."""
    while tag.parent is not None and tag.parent.name not in ("body", "html", "[document]") and all(
            child is tag or (isinstance(child, NavigableString) and (isinstance(child, _NOT_TEXT) or not child.strip()))
            for child in tag.parent.children):
        tag = tag.parent
    return tag


def _remove_related_names(root: Tag) -> None:
    """Blocks named as related posts and the like, unless they hold the page's files (then
    the related blocks inside them go)."""
    named = [tag for tag in root.find_all(True)
             if RELATED_NAMES.search(" ".join([*(tag.get("class") or []), tag.get("id") or ""]).lower())]
    removed: set[int] = set()
    for tag in named:
        if not any(id(p) in removed for p in tag.parents) and not _holds_page(tag) and not _has_document(tag):
            removed.add(id(tag))
            tag.extract()


def _remove_related_sections(root: Tag) -> None:
    """A heading such as "À lire aussi" and what follows it, when that is links to other pages
    (one or more, with at most a few lines each) and no document of this page."""
    for heading in _related_headings(root):
        if heading.decomposed:
            continue
        start = _wrapper(heading)
        rank = int(heading.name[1]) if heading.name in _HEADINGS else 2
        higher = _HEADINGS[:rank]  # a heading of the same rank or above starts the next section
        section = []
        for sibling in start.next_siblings:
            if isinstance(sibling, Tag) and (sibling.name in higher or sibling.find(higher)):
                break
            section.append(sibling)
        tags = [s for s in section if isinstance(s, Tag)]
        anchors = [a for tag in tags for a in ([tag] if tag.name == "a" else tag.find_all("a", href=True))]
        prose = sum(_text_len(t) for t in tags) - sum(_text_len(a) for a in anchors)
        if not anchors or prose > 250 * len(anchors) or any(_has_document(t) for t in tags):
            continue
        for sibling in section:
            sibling.extract()
        start.decompose()


def _related_headings(root: Tag) -> list[Tag]:
    """Short headings (or heading-like elements) whose text announces other pages. Found from
    their text nodes, so that deep tag soup is not measured element by element."""
    found, seen = [], set()
    for string in root.find_all(string=True):
        if isinstance(string, _NOT_TEXT) or not string.strip() or len(string) > 200:
            continue
        heading = string.find_parent(_HEADING_LIKE)
        if heading is None or id(heading) in seen or _text_len(heading) > 80:
            continue
        seen.add(id(heading))
        if RELATED_HEADINGS.fullmatch(_fold(heading.get_text(" ")).strip(" :.!?»«")):
            found.append(heading)
    return found


def _teaser(item: Tag) -> bool:
    """An entry about another page: a headline link (or a link around a headline, or a link
    beside a date), a few lines at most, no file."""
    if _text_len(item) > MAX_TEASER_CHARS or not item.find("a", href=True) or _has_document(item):
        return False
    if any(h.find("a", href=True) or h.find_parent("a") for h in item.find_all(_HEADINGS)):
        return True
    return any(_text_len(a) >= 15 for a in item.find_all("a", href=True)) and bool(
        item.find("time") or find_dates(item.get_text(" ")))


def _teaser_lists(root: Tag) -> list[Tag]:
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
        if len(teasers) >= MIN_TEASERS and sum(map(_text_len, teasers)) >= 0.7 * _text_len(tag):
            found.append(tag)
    return _outermost(found)


def _remove_teaser_lists(root: Tag) -> None:
    """Lists of teasers, with the heading above them (climbing through wrappers whose other
    children are short headings), unless they hold the page's own content."""
    for teasers in _teaser_lists(root):
        block = teasers
        while block.parent is not None and block.parent.name not in ("body", "html", "[document]") \
                and not _holds_page(block.parent) \
                and all(_text_len(s) <= 80 and not s.find("a", href=True)
                        for s in block.parent.children if isinstance(s, Tag) and s is not block):
            block = block.parent
        if not _holds_page(block):
            block.decompose()


def _strip_other_pages(soup: BeautifulSoup) -> None:
    """What a page says about other pages: related posts, "à lire aussi", lists of teasers."""
    _remove_related_names(soup)
    _remove_related_sections(soup)
    _remove_teaser_lists(soup)


# Finding the content ---------------------------------------------------------------------------

def _text_len(node: Tag) -> int:
    return len(collapse_ws(node.get_text(" ")))


def _prose_len(node: Tag) -> int:
    """Visible text that is not link text."""
    links = sum(_text_len(a) for a in node.find_all("a"))
    return max(_text_len(node) - links, 0)


def _outermost(nodes: list[Tag]) -> list[Tag]:
    kept = set(map(id, nodes))
    return [n for n in nodes if not any(id(p) in kept for p in n.parents)]


def _measure(root: Tag) -> dict[int, tuple[Tag, int, int, int, bool]]:
    """{id: (element, depth, text chars, link text chars, in chrome)} for every element; in
    their ancestors' totals, chrome elements count their link text only.

    Iterative (deeply nested tag soup exists): list elements parents-first, then total them
    in reverse order so that children are always done before their parent.
    """
    order, stack = [], [(root, 0, False, False)]
    while stack:
        node, depth, in_link, in_chrome = stack.pop()
        in_link = in_link or node.name == "a"
        chrome = _is_chrome(node) if node.get("class") or node.get("id") else False
        order.append((node, depth, in_link, in_chrome or chrome, chrome))
        stack.extend((child, depth + 1, in_link, in_chrome or chrome)
                     for child in node.children if isinstance(child, Tag))
    sizes: dict[int, tuple[Tag, int, int, int, bool]] = {}
    own_chrome: set[int] = set()
    for node, depth, in_link, in_chrome, chrome in reversed(order):
        text = links = 0
        for child in node.children:
            if isinstance(child, Tag):
                t, l = sizes[id(child)][2:4]
                if id(child) in own_chrome:
                    t = l  # chrome: its links still weigh against the block, its text is nothing
            elif isinstance(child, NavigableString) and not isinstance(child, _NOT_TEXT):
                t = len(" ".join(child.split()))
                l = t if in_link else 0
            else:
                continue
            text, links = text + t, links + l
        if chrome:
            own_chrome.add(id(node))
        sizes[id(node)] = (node, depth, text, links, in_chrome)
    return sizes


def _density_best(soup: BeautifulSoup) -> Tag | None:
    """The block with the most text that is not link text; then the smallest block inside it
    that keeps nearly all of that score, so wrappers that add only chrome are dropped."""
    root = soup.body or soup
    scored = [(node, depth, text - 2 * links) for node, depth, text, links, chrome in _measure(root).values()
              if node.name in _CONTAINERS and text - links >= MIN_CHARS and not chrome]
    if not scored:
        return None
    best, _, score = max(scored, key=lambda s: (s[2], s[1]))
    while True:
        below = {id(node) for node in best.descendants}
        inside = [s for s in scored if id(s[0]) in below]
        nearly_all = [s for s in inside if s[2] >= DESCEND_SHARE * score]
        if nearly_all:
            best, _, score = max(nearly_all, key=lambda s: (s[2], s[1]))
            continue
        # Or a block with most of the score, beside which no other block is more than a box
        # (opening hours, an address): a short text in a page of many small boxes.
        most = [s for s in inside if s[2] >= MOST_SHARE * score]
        if not most:
            return best
        block, _, block_score = max(most, key=lambda s: (s[2], s[1]))
        around = {id(block), *map(id, block.parents), *map(id, block.descendants)}
        rest = max((s[2] for s in inside if id(s[0]) not in around), default=0)
        if rest >= BOX_SHARE * block_score:
            return best
        best, score = block, block_score


def _with_files_beside(best: Tag) -> Tag | list[Tag]:
    """The block and the blocks beside it that link to documents ("Télécharger" buttons next
    to the text), looked for around the outermost wrapper that holds only the block."""
    block = _wrapper(best)
    if block.parent is None:
        return best
    nodes = [child for child in block.parent.children if isinstance(child, Tag)
             and (child is block or (not _is_chrome(child) and _has_document(child)))]
    return [best if node is block else node for node in nodes] if len(nodes) > 1 else best


def _find_main(soup: BeautifulSoup, selectors, item: bool = False) -> tuple[Tag | list[Tag] | None, str]:
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
        return (_with_files_beside(best) if item else best), "density"
    body = soup.body
    return (body, "body") if body is not None and _text_len(body) else (None, "none")


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
    _strip_noise(soup)
    if item:
        _strip_other_pages(soup)
    found, how = _find_main(soup, selectors, item)
    if found is None:
        return None, how
    nodes = found if isinstance(found, list) else [found]
    return "\n".join(str(node) for node in nodes), how


def is_listing(html: str | bytes) -> bool:
    """True for a page that lists other pages (a category archive, a Views page of cards)
    rather than being a document: lists of teasers make most of its main content and little
    prose stands outside them. A page whose JSON-LD describes an article is never a listing."""
    soup = parse(html)
    if any(_types(node) & (ARTICLE_TYPES - {"CreativeWork"}) for node in _jsonld_nodes(soup)):
        return False
    _strip_noise(soup)
    found, _ = _find_main(soup, ())
    mains = found if isinstance(found, list) else [found] if found is not None else []
    teasers = [t for main in mains for t in _teaser_lists(main)]
    total = sum(map(_text_len, mains))
    in_teasers = {id(node) for teaser in teasers for node in teaser.descendants}
    headings = sum(_text_len(h) for main in mains for h in main.find_all(_HEADINGS) if id(h) not in in_teasers)
    outside = sum(map(_prose_len, mains)) - sum(map(_prose_len, teasers)) - headings
    return bool(total) and sum(map(_text_len, teasers)) >= MAX_LISTING_SHARE * total \
        and outside < MAX_LISTING_PROSE


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
# Where elements other than <a href> keep a link: buttons and cards (data-href...), scripts
# (onclick="window.open('x.pdf')"), embeds and viewers (src, data).
_URL_ATTRIBUTES = ("data-href", "data-url", "data-link", "data-file", "data-download", "data-pdf",
                   "src", "data", "onclick")
_QUOTED = re.compile(r"""["']([^"'\s]+)["']""")
_VIEWER_PARAMS = {"file", "url", "src", "doc", "document", "pdf"}  # viewer.html?file=/x.pdf


def _document_ref(tag: Tag) -> str | None:
    """The document (PDF, office file) an element points to without a usable href, or None:
    a data-* attribute, a quoted URL in onclick, an embed's src or data, a viewer's ?file=."""
    for attr in _URL_ATTRIBUTES:
        value = tag.get(attr)
        if not isinstance(value, str) or not value.strip():
            continue
        for url in (_QUOTED.findall(value) if attr == "onclick" else [value.strip()]):
            targets = [v for k, v in parse_qsl(urlsplit(url).query) if k.lower() in _VIEWER_PARAMS]
            for target in (url, *targets):
                if is_document_url(target):
                    return target
    return None


def _linking(tag: Tag) -> bool:
    return tag.name in ("a", "area") or any(attr in tag.attrs for attr in _URL_ATTRIBUTES)


def links(fragment: str | bytes | Tag, base_url: str) -> list[tuple[str, str]]:
    """(absolute URL, label) of every link, in order, deduplicated by URL (fragment dropped).

    The label is the visible text, else the title attribute, else an image's alt text. A <base
    href> in the fragment is honoured (a fragment cut out of a page has lost its <head>).
    Documents linked otherwise (a button's data-href, onclick="window.open('x.pdf')", an
    <a href="#"> with either, an embed or a PDF viewer) count as links too.
    """
    soup = fragment if isinstance(fragment, Tag) else parse(fragment)
    base = soup.find("base", href=True)
    if base:
        base_url = urljoin(base_url, base["href"].strip())
    found: dict[str, str] = {}
    for a in soup.find_all(_linking):
        href = re.sub(r"[\t\r\n]", "", a.get("href") or "").strip() if a.name in ("a", "area") else ""
        if not href or href.lower().startswith(_SKIP_SCHEMES):
            href = _document_ref(a)
            if not href:
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
