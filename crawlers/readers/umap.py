"""uMap features: one feature of a map layer in, its document's fields out. A feature's title
is its `name`, its body its `description` rendered from uMap markup to plain text, its links
every link of the description (files among them are attachments), its coordinates a Point's or
the centroid of its shape. Pure: the spider and the tests read a feature with the same code.
"""

import re
import unicodedata

from crawlers.urls import canonical_url
from extract import html as page
from extract.clean import clean_text, collapse_ws


class UmapFeatureReader:
    """Reads a GeoJSON feature with a source's settings (`config`: `map_lang`,
    `default_doc_type`, `internal_properties`, usually the spider class)."""

    def __init__(self, config):
        self.config = config

    def read(self, feature: dict, layer_name: str | None) -> dict:
        props = feature.get("properties") or {}
        title = collapse_ws(str(props["name"]))
        text, links = render_markup(props.get("description"))
        links = _canonical_links(links)
        custom = {k: v for k, v in props.items()
                  if k not in self.config.internal_properties and v not in (None, "")}
        point = point_of(feature.get("geometry")) or (None, None)
        return {
            "title": title, "lang": self.config.map_lang, "doc_type": self.config.default_doc_type,
            "date": None, "authors": [], "tags": [collapse_ws(layer_name)] if layer_name else [],
            "body": text or "\n".join(f"{k} : {v}" for k, v in custom.items()) or title,
            "summary": text.split("\n\n")[0] if text else None,
            "links": links, "attachments": [link for link in links if page.is_document_url(link["url"])],
            "latitude": point[0], "longitude": point[1],
            "extra": {"calque": layer_name, "geometrie": (feature.get("geometry") or {}).get("type"),
                      **({"proprietes": custom} if custom else {})},
            "field_sources": {"title": "umap:name", "body": "umap:description" if text else "umap:properties",
                              "tags": "umap:layer", "date": "unknown", "doc_type": "default",
                              "coordinates": "umap:geometry"},
        }


# uMap markup, inline forms (uMap's Utils.toHTML), tried in this order.
_INLINE = re.compile(
    r"\{\{\{(?P<iframe>https?://[^|{}]+?)(?:\|[^}]*)?\}\}\}"       # {{{url}}} embedded frame
    r"|\{\{(?P<image>[^|{}]+?)(?:\|\d*)?\}\}"                     # {{url}} or {{url|width}} image
    r"|\[\[(?P<href>[^\]|]+?)(?:\|(?P<label>[^\]]*?))?\]\]"         # [[url]] or [[url|label]]
    r"|(?P<bare>https?://[^\s<>()\[\]{}|\"]+)"                     # a bare URL, linked by uMap
)
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITALIC = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")
_HEADING = re.compile(r"^#{1,3}\s+(.*)$")
_LIST_ITEM = re.compile(r"^(\*{1,2})\s+(.*)$")
_TRAILING = ".,;:!?»"  # punctuation after a bare URL belongs to the sentence


def render_markup(text: str | None) -> tuple[str, list[dict]]:
    """uMap markup -> (plain text, links in order as {"url", "label"}).

    Headings and list items become their own lines, bold and italic marks are dropped, a link
    shows its label (or its URL), images and embedded frames leave no text; frames are links.
    """
    links: dict[str, str | None] = {}

    def inline(match: re.Match) -> str:
        if match["image"]:
            return ""
        url = (match["iframe"] or match["href"] or match["bare"]).strip()
        tail = ""
        if match["bare"]:
            stripped = url.rstrip(_TRAILING)
            url, tail = stripped, url[len(stripped):]
        label = collapse_ws(_emphasis(match["label"] or "")) or None
        if url.startswith(("http://", "https://")) and not links.get(url):
            links[url] = label
        if match["iframe"]:
            return ""
        return (label or url) + tail

    lines = [_line(line) for line in (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    body = _emphasis(_INLINE.sub(inline, "\n".join(lines)).replace("h_t_t_p", "http"))
    return clean_text(body), [{"url": u, "label": label} for u, label in links.items()]


def _line(line: str) -> str:
    if heading := _HEADING.match(line):
        return f"\n{heading[1]}\n"
    if item := _LIST_ITEM.match(line):
        return ("  " * (len(item[1]) - 1)) + "- " + item[2]
    return line


def _emphasis(text: str) -> str:
    return _ITALIC.sub(r"\1", _BOLD.sub(r"\1", text))


def point_of(geometry: dict | None) -> tuple[float, float] | None:
    """(latitude, longitude) of a GeoJSON geometry: a Point's, else the centroid."""
    if not geometry or not geometry.get("coordinates"):
        return None
    kind, coords = geometry.get("type"), geometry["coordinates"]
    if kind == "Point":
        lon, lat = coords[:2]
    elif kind == "LineString":
        lon, lat = _line_centroid(coords)
    elif kind == "Polygon":
        lon, lat = _ring_centroid(coords[0])
    else:  # Multi* and collections: the mean of every vertex
        vertices = list(_vertices(coords))
        if not vertices:
            return None
        lon, lat = (sum(v[i] for v in vertices) / len(vertices) for i in (0, 1))
    return round(float(lat), 6), round(float(lon), 6)


def _vertices(coords):
    if coords and isinstance(coords[0], (int, float)):
        yield coords[:2]
    else:
        for part in coords or []:
            yield from _vertices(part)


def _line_centroid(coords) -> tuple[float, float]:
    """Length-weighted centroid of a line (its vertices' mean when it has no length)."""
    total, sx, sy = 0.0, 0.0, 0.0
    for (x1, y1, *_), (x2, y2, *_) in zip(coords, coords[1:]):
        length = ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5
        total, sx, sy = total + length, sx + length * (x1 + x2) / 2, sy + length * (y1 + y2) / 2
    if not total:
        return sum(c[0] for c in coords) / len(coords), sum(c[1] for c in coords) / len(coords)
    return sx / total, sy / total


def _ring_centroid(ring) -> tuple[float, float]:
    """Area centroid of a polygon's outer ring (shoelace); vertices' mean when it is flat."""
    area, cx, cy = 0.0, 0.0, 0.0
    for (x1, y1, *_), (x2, y2, *_) in zip(ring, ring[1:] + ring[:1]):
        cross = x1 * y2 - x2 * y1
        area, cx, cy = area + cross, cx + (x1 + x2) * cross, cy + (y1 + y2) * cross
    if abs(area) < 1e-12:
        return _line_centroid(ring)
    return cx / (3 * area), cy / (3 * area)


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _canonical_links(links: list[dict]) -> list[dict]:
    """Links as documents are known (https, alias hosts mapped, tracking tails dropped), once each."""
    found: dict[str, str | None] = {}
    for link in links:
        url = canonical_url(link["url"], _known_aliases())
        if not found.get(url):
            found[url] = link["label"]
    return [{"url": url, "label": label} for url, label in found.items()]


def _known_aliases() -> dict[str, str]:
    from crawlers.registry import host_aliases  # at run time: the registry imports the spiders
    return host_aliases()


