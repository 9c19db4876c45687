"""uMap maps: every feature of every layer is one experience, read from the map's JSON.

Discovery: `/map/<id>/download/` gives the whole map in one JSON (settings and a `layers` list
of GeoJSON FeatureCollections, each named in `_umap_options.name`). If it fails, the map's
`/<lang>/map/<id>/geojson/` lists the datalayers and each is fetched at
`/<lang>/datalayer/<id>/<uuid>/`. There is no page to fetch per feature: the JSON is the
structured channel.

A feature's document: title from `name`, body from `description` rendered from uMap markup to
plain text, coordinates (a Point's, else the centroid), the layer name as tag, every link of the
description in `links` (so the corpus joins the point to the page it describes) and the links
that are files in `attachments`.

Identity: `https://<host>/<lang>/map/<slug>_<id>#<key>`, one per feature. The key is the
feature's own uMap id (top-level `id`, given by uMap 2+ and kept across edits), else
`properties.id` / `properties.uuid`, else a slug of the name with the coordinates rounded to 4
decimals (about 10 m): stable across runs as long as the point is not renamed or moved. The
fragment is part of the identity, so this URL must never go through `canonical_url`, which
drops fragments.
"""

import json
import re
import unicodedata

import scrapy

from crawlers.items import DocumentItem
from crawlers.platforms.base import SourceSpider
from crawlers.urls import canonical_url
from extract import html as page
from extract.clean import clean_text, collapse_ws

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


class UmapSpider(SourceSpider):
    platform = "umap"
    map_id = 0
    map_slug = ""
    map_lang = "fr"
    default_doc_type = "expérience"
    # Feature properties that are not the experience's own data.
    internal_properties = ("name", "description", "_umap_options", "_storage_options", "id", "uuid")

    # ---------- URLs ----------
    @property
    def map_url(self) -> str:
        return f"{self.base_url}/{self.map_lang}/map/{self.map_slug}_{self.map_id}"

    def feature_url(self, feature: dict) -> str:
        props = feature.get("properties") or {}
        key = feature.get("id") or props.get("id") or props.get("uuid")
        if key in (None, ""):
            point = point_of(feature.get("geometry")) or (0.0, 0.0)
            key = f"{slug(props.get('name', ''))}_{point[0]:.4f}_{point[1]:.4f}"
        return f"{self.map_url}#{key}"

    # ---------- discovery ----------
    def entry_requests(self):
        yield scrapy.Request(f"{self.base_url}/map/{self.map_id}/download/", callback=self.parse_download,
                             errback=self.on_download_error)

    def parse_download(self, response):
        data = _json(response)
        layers = data.get("layers") if isinstance(data, dict) else None
        if not isinstance(layers, list) or not layers:
            self.logger.warning("map download without layers: reading the datalayers one by one")
            yield self.geojson_request()
            return
        for layer in layers:
            name = ((layer or {}).get("_umap_options") or {}).get("name")
            yield from self.layer_items(layer, name, "umap-download")

    def on_download_error(self, failure):
        self.logger.warning("map download failed (%s): reading the datalayers one by one",
                            failure.getErrorMessage())
        yield self.geojson_request()

    def geojson_request(self):
        return scrapy.Request(f"{self.base_url}/{self.map_lang}/map/{self.map_id}/geojson/",
                              callback=self.parse_geojson, errback=self.on_error)

    def parse_geojson(self, response):
        data = _json(response) or {}
        layers = (data.get("properties") or {}).get("datalayers") or data.get("layers") or []
        if not layers:
            self.report.error(response.url, response.status, "map settings list no datalayer")
        for meta in layers:
            layer_id = meta.get("id") or (meta.get("_umap_options") or {}).get("id")
            if layer_id:
                yield scrapy.Request(f"{self.base_url}/{self.map_lang}/datalayer/{self.map_id}/{layer_id}/",
                                     callback=self.parse_datalayer, errback=self.on_error,
                                     cb_kwargs={"name": meta.get("name")})

    def parse_datalayer(self, response, name):
        layer = _json(response)
        if not isinstance(layer, dict):
            self.report.error(response.url, response.status, "datalayer is not JSON")
            return
        name = name or (layer.get("_umap_options") or {}).get("name")
        yield from self.layer_items(layer, name, "umap-datalayer")

    def layer_items(self, layer: dict, name: str | None, channel: str):
        for feature in (layer or {}).get("features") or []:
            if (feature.get("properties") or {}).get("name"):
                self.report.channel(channel)
                yield self.feature_item(feature, name, channel)
            else:
                self.report.skip("feature without a name")

    # ---------- one feature ----------
    def feature_item(self, feature: dict, layer_name: str | None, channel: str) -> DocumentItem:
        props = feature.get("properties") or {}
        title = collapse_ws(str(props["name"]))
        text, links = render_markup(props.get("description"))
        links = _canonical_links(links)
        custom = {k: v for k, v in props.items() if k not in self.internal_properties and v not in (None, "")}
        item = DocumentItem(url=self.feature_url(feature), channel=channel, title=title, lang=self.map_lang,
                            doc_type=self.default_doc_type, date=None, authors=[],
                            tags=[collapse_ws(layer_name)] if layer_name else [])
        item["body"] = text or "\n".join(f"{k} : {v}" for k, v in custom.items()) or title
        item["summary"] = text.split("\n\n")[0] if text else None
        item["links"] = links
        item["attachments"] = [link for link in links if page.is_document_url(link["url"])]
        point = point_of(feature.get("geometry"))
        item["latitude"], item["longitude"] = point or (None, None)
        item["extra"] = {"calque": layer_name, "geometrie": (feature.get("geometry") or {}).get("type"),
                         **({"proprietes": custom} if custom else {})}
        item["field_sources"] = {"title": "umap:name", "body": "umap:description" if text else "umap:properties",
                                 "tags": "umap:layer", "date": "unknown", "doc_type": "default",
                                 "coordinates": "umap:geometry"}
        return item


def _json(response):
    try:
        return json.loads(response.body)
    except ValueError:
        return None
