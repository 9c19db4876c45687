"""Where a page prints its own dates: marked-up dates in the main content, and the text
around its heading.

A page holds many dates (events it announces, deadlines, a sidebar's latest posts): only those
of the main content count, those marked as the publication date come first, and dates named
as an event's or a deadline's are left out. Dates are returned as written; extract.dates
parses them.
"""

from bs4 import NavigableString, Tag

from extract.clean import collapse_ws
from extract.dates import find_dates

from .tree import NAME_WORD, NOT_TEXT, name_words, text_len

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
        if (tag.get("itemprop") or "").lower() in EVENT_PROPS or name_words(tag) & EVENT_WORDS:
            return True
    return False


def _says_published(element: Tag) -> bool:
    classes = [c.lower() for c in element.get("class") or []]
    words = [NAME_WORD.findall(c) for c in classes]
    return any(set(w) & PUBLISHED_WORDS or any(tuple(w[i:i + 2]) in PUBLISHED_PAIRS for i in range(len(w)))
               for w in words)


def time_values(mains: list[Tag]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
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
        elif (_says_published(element) and text_len(element) <= 80 and not element.find(["time", "abbr"])
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


def near_heading(heading: Tag | None, before: int = 120, after: int = 200) -> str:
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
        elif isinstance(node, NavigableString) and not isinstance(node, NOT_TEXT):
            parts.append(collapse_ws(str(node)))
        if sum(map(len, parts)) > 400:
            break
    return " ".join(p for p in parts if p)
