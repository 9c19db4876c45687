"""Reading the WordPress REST API answers: its index, its post types, one item of each type."""

import json

from crawlers.platforms.wordpress import WordPressSpider
from crawlers.probe.plan import Reading, Step, new_spider, types_step, wp_api_url
from crawlers.probe.saved import ok


def read_wp(cls, meta: dict, response) -> Reading:
    data = _json(response) if ok(response) else None
    if meta["kind"] == "wp-json":
        return _read_index(data)
    if meta["kind"] == "wp-items":
        return _read_items(data, response)
    return _read_types(new_spider(cls), meta["cb_kwargs"], data)


def _read_index(data) -> Reading:
    if data is None:
        return Reading()
    if not isinstance(data, dict) or "namespaces" not in data:
        return Reading(note="not a WordPress REST API")
    namespaces = ", ".join(data["namespaces"][:6])
    return Reading(note=f"WordPress REST API “{data.get('name', '')}”: {namespaces}")


def _read_items(data, response) -> Reading:
    """How many items of one type: the API's X-WP-Total, else the length of the list."""
    total = response.headers.get("X-WP-Total", b"").decode() if response is not None else ""
    count = int(total) if total.isdigit() else (len(data) if isinstance(data, list) else None)
    return Reading(items=count, note=f"X-WP-Total: {total}" if total else "")


def _read_types(spider, cb_kwargs: dict, data) -> Reading:
    """The post types with a REST route; none at this API root: the spider's next root is tried."""
    types = {slug: t for slug, t in (data.items() if isinstance(data, dict) else ())
             if isinstance(t, dict) and t.get("rest_base")}
    host, root = cb_kwargs["host"], cb_kwargs["root"]
    if not types:
        retry = isinstance(spider, WordPressSpider) and root + 1 < len(spider.api_roots)
        note = "" if data is None else "not a list of post types"
        return Reading(note=note, follow=[types_step(spider, host, root + 1)] if retry else [])
    follow = _items_steps(spider, types, cb_kwargs) if isinstance(spider, WordPressSpider) else []
    missing = [t for t in getattr(spider, "post_types", ()) if t not in types]
    note = "types: " + ", ".join(types) + (f"; missing: {', '.join(missing)}" if missing else "")
    return Reading(note=note, follow=follow)


def _items_steps(spider: WordPressSpider, types: dict, cb_kwargs: dict) -> list[Step]:
    """One item of each harvested type: the answer's X-WP-Total counts them."""
    routes = [f"{types[t].get('rest_namespace') or 'wp/v2'}/{types[t]['rest_base']}"
              for t in spider.post_types if t in types]
    return [Step("wp-items", wp_api_url(spider, cb_kwargs["host"], cb_kwargs["root"], route, {"per_page": 1}),
                 cb_kwargs=cb_kwargs) for route in routes]


def _json(response):
    try:
        return json.loads(response.body)
    except (ValueError, AttributeError):
        return None
