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

import scrapy

from crawlers.items import DocumentItem
from crawlers.platforms.base import SourceSpider
from crawlers.readers.umap import UmapFeatureReader, point_of, slug

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

    # ---------- one feature: the reader's job ----------
    def feature_item(self, feature: dict, layer_name: str | None, channel: str) -> DocumentItem:
        fields = UmapFeatureReader(type(self)).read(feature, layer_name)
        return DocumentItem(url=self.feature_url(feature), channel=channel, **fields)


def _json(response):
    try:
        return json.loads(response.body)
    except ValueError:
        return None
