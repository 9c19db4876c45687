"""A WordPress site emulated from a `wp.json` data file (docs/replicas.md, "WordPress emulator").

Answers the REST API (`/wp-json/...` and `/?rest_route=...`), the rendered posts and pages
at their `link`, `/?p=ID` shortlinks, the core sitemaps and the RSS feed, with the JSON
shapes, headers and error codes WordPress itself produces.

Beyond the core, `wp.json` may declare what real sites add:
- custom post types in `types` (their items under the type's `rest_base` key) and custom
  taxonomies in `taxonomies` (their terms under the taxonomy's `rest_base` key);
- `site.siteurl`: WordPress in a sub-folder (`/site2015/wordpress`): the REST API answers only
  there while posts and archives live at `site.url`;
- `site.firewall`: `{"/wp-json/": 403}` path prefixes refused by a host firewall;
- `site.posts_per_page`: archive page size (default 10);
- `site.version`: the WordPress version (default 6.5); parameters added after it are ignored, as
  WordPress ignores unknown ones: `modified_after` / `modified_before` (5.7), `_fields` (4.9.8);
- `_theme_extra` on a post: HTML the theme prints after the excerpt and the content (a custom
  field) that the REST API never shows; `content.protected`: a password-protected post.
"""

from __future__ import annotations

import html
import json
import math
import re
from datetime import datetime, timezone
from urllib.parse import parse_qs, urlencode, urlsplit

from . import wptheme

JSON = "application/json; charset=UTF-8"
POST_TYPES = {"posts": "post", "pages": "page", "media": "attachment"}
TERM_BASES = {"category": "category", "post_tag": "tag"}  # permalink base of the core taxonomies
ORDERBY = ("author", "date", "id", "include", "modified", "parent", "relevance", "slug",
           "include_slugs", "title", "menu_order")
Answer = tuple[int, dict, bytes]
# Field order of WordPress's own post, page and attachment objects.
FIELD_ORDER = ("id", "date", "date_gmt", "guid", "modified", "modified_gmt", "slug", "status", "type", "link",
               "title", "content", "excerpt", "author", "featured_media", "parent", "menu_order",
               "comment_status", "ping_status", "sticky", "template", "format", "meta", "categories", "tags",
               "description", "caption", "alt_text", "media_type", "mime_type", "media_details", "post",
               "source_url")


def wp_json(data) -> bytes:
    """Encode like wp_json_encode: ASCII only, slashes escaped."""
    return json.dumps(data, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/").encode()


def _rendered(value) -> dict:
    return value if isinstance(value, dict) else {"rendered": value or ""}


def _parse_date(value: str) -> datetime:
    """Naive UTC datetime; an ISO date without offset is taken as given."""
    date = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return date.astimezone(timezone.utc).replace(tzinfo=None) if date.tzinfo else date


def _shift(local: str, date: str, date_gmt: str) -> str:
    """`local` moved to GMT by the site's offset, taken from the publication date pair."""
    offset = datetime.fromisoformat(date) - datetime.fromisoformat(date_gmt)
    return (datetime.fromisoformat(local) - offset).isoformat()


class RestError(Exception):
    def __init__(self, status: int, code: str, message: str, **data):
        super().__init__(message)
        self.status, self.code, self.message, self.data = status, code, message, data

    def answer(self) -> Answer:
        body = {"code": self.code, "message": self.message, "data": {"status": self.status, **self.data}}
        return self.status, {"Content-Type": JSON}, wp_json(body)


def _invalid_param(name: str, message: str) -> RestError:
    return RestError(400, "rest_invalid_param", f"Invalid parameter(s): {name}",
                     params={name: message},
                     details={name: {"code": "rest_invalid_param", "message": message, "data": None}})


class Params:
    """Query parameters, with `x[]=1&x[]=2` and `x=1,2` both read as lists."""

    def __init__(self, query: str):
        self.raw = parse_qs(query, keep_blank_values=True)

    def get(self, name: str, default=None):
        values = self.raw.get(name)
        return values[-1] if values else default

    def items(self) -> list[tuple[str, str]]:
        return [(k, v) for k, values in self.raw.items() for v in values]

    def list(self, name: str) -> list[str]:
        values = self.raw.get(name, []) + self.raw.get(name + "[]", [])
        return [v.strip() for value in values for v in value.split(",") if v.strip()]

    def ints(self, name: str) -> list[int] | None:
        values = self.list(name)
        if not values and name not in self.raw and name + "[]" not in self.raw:
            return None
        try:
            return [int(v) for v in values]
        except ValueError:
            raise _invalid_param(name, f"{name}[0] is not of type integer.") from None

    def int(self, name: str, default: int, low: int, high: int | None = None) -> int:
        raw = self.get(name)
        if raw is None or raw == "":
            return default
        try:
            value = int(raw)
        except ValueError:
            raise _invalid_param(name, f"{name} is not of type integer.") from None
        if value < low or (high is not None and value > high):
            bounds = (f"{name} must be between {low} (inclusive) and {high} (inclusive)" if high
                      else f"{name} must be greater than or equal to {low}")
            raise _invalid_param(name, bounds)
        return value


class WordPress:
    """One emulated WordPress site. `handle()` answers a request or returns None."""

    def __init__(self, data: dict):
        site = data.get("site") or {}
        self.home = (site.get("url") or "").rstrip("/")
        self.siteurl = (site.get("siteurl") or self.home).rstrip("/")
        self.wp_dir = urlsplit(self.siteurl).path.rstrip("/")  # "" unless installed in a sub-folder
        self.firewall = site.get("firewall") or {}
        self.posts_per_page = int(site.get("posts_per_page") or 10)
        self.version = tuple(int(n) for n in str(site.get("version") or "6.5").split("."))
        self.name = site.get("name", "")
        self.description = site.get("description", "")
        self.api = self.siteurl + "/wp-json"
        self.types = data.get("types") or self._default_types()
        self.tax_defs = {**self._default_taxonomies(), **(data.get("taxonomies") or {})}
        # rest_base -> slug, for every collection the data holds
        self.collections = {**POST_TYPES, **{t["rest_base"]: slug for slug, t in self.types.items()
                                             if t.get("rest_base") in data and t["rest_base"] not in POST_TYPES}}
        self.taxonomies = {t["rest_base"]: slug for slug, t in self.tax_defs.items()}
        self.theme_extra: dict[str, str] = {}
        self.terms = {c: [self._term(t, tax) for t in data.get(c, [])] for c, tax in self.taxonomies.items()}
        self.items = {c: [self._post(p, kind) for p in data.get(c, [])] for c, kind in self.collections.items()}
        self._count_terms()
        self.by_path = {self._key(o["link"]): (c, o) for c in self.collections if c != "media"
                        for o in self.items[c]}
        self.theme = wptheme.Theme(self)

    # --- objects ------------------------------------------------------------

    @staticmethod
    def _key(url: str) -> str:
        parts = urlsplit(url)
        return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")

    def _post(self, raw: dict, kind: str) -> dict:
        pid = raw["id"]
        date = raw.get("date", "2000-01-01T00:00:00")
        slug = raw.get("slug") or f"{kind}-{pid}"
        link = (f"{self.home}/?attachment_id={pid}" if kind == "attachment" else
                f"{self.home}/{slug}/" if kind in ("post", "page") else f"{self.home}/{kind}/{slug}/")
        obj = {"id": pid, "date": date, "date_gmt": raw.get("date_gmt", date),
               "guid": {"rendered": f"{self.home}/?{'page_id' if kind == 'page' else 'p'}={pid}"},
               "modified": raw.get("modified", date), "status": "publish", "slug": slug,
               "type": kind, "link": link, "title": {"rendered": ""}, "author": 1,
               "featured_media": 0, "comment_status": "closed", "ping_status": "closed",
               "template": "", "meta": {"footnotes": ""}}
        obj["modified_gmt"] = raw.get("modified_gmt") or _shift(obj["modified"], obj["date"], obj["date_gmt"])
        obj.update(self._kind_defaults(kind))
        obj.update({k: v for k, v in raw.items() if not k.startswith("_")})
        for name in ("title", "content", "excerpt", "caption", "description", "guid"):
            if name in obj:
                value = _rendered(obj[name])
                obj[name] = {**value, **({"protected": bool(value.get("protected"))}
                                         if name in ("content", "excerpt") else {})}
        if raw.get("_theme_extra"):
            self.theme_extra[obj["link"]] = raw["_theme_extra"]
        if kind == "attachment":
            obj.setdefault("media_type", "image" if obj["mime_type"].startswith("image/") else "file")
            if "guid" not in raw:  # an attachment's guid is its file URL
                obj["guid"] = {"rendered": obj["source_url"]}
        obj = {**{k: obj[k] for k in FIELD_ORDER if k in obj}, **obj}
        obj["_links"] = self._post_links(obj, kind)
        return obj

    def _kind_defaults(self, kind: str) -> dict:
        # Term id lists of the custom taxonomies registered for this type.
        terms = {t["rest_base"]: [] for slug, t in self.tax_defs.items()
                 if kind in t.get("types", []) and slug not in ("category", "post_tag")}
        if kind == "post":
            return {"content": "", "excerpt": "", "sticky": False, "format": "standard",
                    "categories": [], "tags": [], **terms}
        if kind == "page":
            return {"content": "", "excerpt": "", "parent": 0, "menu_order": 0}
        if kind != "attachment":
            return {"content": "", "excerpt": "", **terms}
        return {"description": "", "caption": "", "alt_text": "", "mime_type": "application/pdf",
                "media_details": {}, "post": None, "source_url": "", "comment_status": "open"}

    def rest_base(self, kind: str) -> str:
        return next((c for c, k in self.collections.items() if k == kind), kind)

    def _post_links(self, obj: dict, kind: str) -> dict:
        base = self.rest_base(kind)
        links = {
            "self": [{"href": f"{self.api}/wp/v2/{base}/{obj['id']}", "targetHints": {"allow": ["GET"]}}],
            "collection": [{"href": f"{self.api}/wp/v2/{base}"}],
            "about": [{"href": f"{self.api}/wp/v2/types/{kind}"}],
            "author": [{"embeddable": True, "href": f"{self.api}/wp/v2/users/{obj['author']}"}],
            "replies": [{"embeddable": True, "href": f"{self.api}/wp/v2/comments?post={obj['id']}"}],
        }
        if kind != "attachment":
            links["wp:attachment"] = [{"href": f"{self.api}/wp/v2/media?parent={obj['id']}"}]
        if obj.get("featured_media"):
            links["wp:featuredmedia"] = [{"embeddable": True,
                                          "href": f"{self.api}/wp/v2/media/{obj['featured_media']}"}]
        if kind == "post":
            links["wp:term"] = [
                {"taxonomy": "category", "embeddable": True, "href": f"{self.api}/wp/v2/categories?post={obj['id']}"},
                {"taxonomy": "post_tag", "embeddable": True, "href": f"{self.api}/wp/v2/tags?post={obj['id']}"}]
        links["curies"] = [{"name": "wp", "href": "https://api.w.org/{rel}", "templated": True}]
        return links

    def _term(self, raw: dict, taxonomy: str) -> dict:
        base = TERM_BASES.get(taxonomy, taxonomy)
        rest = self.tax_defs[taxonomy]["rest_base"]
        obj = {"id": raw["id"], "count": 0, "description": "", "link": f"{self.home}/{base}/{raw['slug']}/",
               "name": raw.get("name", raw["slug"]), "slug": raw["slug"], "taxonomy": taxonomy,
               "meta": [], **({"parent": 0} if taxonomy == "category" else {})}
        obj.update({k: v for k, v in raw.items() if not k.startswith("_")})
        obj["_links"] = {
            "self": [{"href": f"{self.api}/wp/v2/{rest}/{obj['id']}", "targetHints": {"allow": ["GET"]}}],
            "collection": [{"href": f"{self.api}/wp/v2/{rest}"}],
            "about": [{"href": f"{self.api}/wp/v2/taxonomies/{taxonomy}"}],
            "wp:post_type": [{"href": f"{self.api}/wp/v2/posts?{rest}={obj['id']}"}],
            "curies": [{"name": "wp", "href": "https://api.w.org/{rel}", "templated": True}],
        }
        return obj

    def _count_terms(self) -> None:
        for coll in self.taxonomies:
            for term in self.terms[coll]:
                if "count" not in term or term["count"] == 0:
                    term["count"] = sum(term["id"] in p.get(coll, []) for c in self.collections
                                        for p in self.items[c])

    def _default_types(self) -> dict:
        def one(slug, name, rest, hierarchical):
            return {"description": "", "hierarchical": hierarchical, "has_archive": False, "name": name,
                    "slug": slug, "icon": None, "taxonomies": ["category", "post_tag"] if slug == "post" else [],
                    "rest_base": rest, "rest_namespace": "wp/v2",
                    "_links": {"collection": [{"href": f"{self.api}/wp/v2/types"}],
                               "wp:items": [{"href": f"{self.api}/wp/v2/{rest}"}],
                               "curies": [{"name": "wp", "href": "https://api.w.org/{rel}", "templated": True}]}}
        return {"post": one("post", "Articles", "posts", False), "page": one("page", "Pages", "pages", True),
                "attachment": one("attachment", "Médias", "media", False)}

    @staticmethod
    def _default_taxonomies() -> dict:
        return {"category": {"name": "Catégories", "slug": "category", "description": "", "types": ["post"],
                             "hierarchical": True, "rest_base": "categories", "rest_namespace": "wp/v2"},
                "post_tag": {"name": "Étiquettes", "slug": "post_tag", "description": "", "types": ["post"],
                             "hierarchical": False, "rest_base": "tags", "rest_namespace": "wp/v2"}}

    def items_of(self, kind: str) -> list[dict]:
        return self.items.get(self.rest_base(kind), [])

    def newest_posts(self) -> list[dict]:
        return sorted(self.items["posts"], key=lambda p: (p["date"], p["id"]), reverse=True)

    def term(self, coll: str, term_id: int) -> dict | None:
        return next((t for t in self.terms[coll] if t["id"] == term_id), None)

    # --- dispatch -----------------------------------------------------------

    def handle(self, method: str, path: str, query: str) -> Answer | None:
        params = Params(query)
        refused = next((s for prefix, s in self.firewall.items() if (path + "/").startswith(prefix)), None)
        if refused:
            return refused, {"Content-Type": "text/html; charset=iso-8859-1"}, FORBIDDEN
        rest_route = params.get("rest_route")
        if rest_route is not None and path in (self.wp_dir + "/", self.wp_dir + "/index.php"):
            return self._rest(method, rest_route, params, via_query=True)
        api = self.wp_dir + "/wp-json"
        if path == api or path.startswith(api + "/"):
            return self._rest(method, path[len(api):], params, via_query=False)
        if method not in ("GET", "HEAD"):
            return None
        return self.theme.handle(path, query, params)

    def _rest(self, method: str, route: str, params: Params, via_query: bool) -> Answer:
        route = "/" + route.strip("/")
        try:
            if method not in ("GET", "HEAD"):
                raise _no_route()
            status, headers, data = self._rest_route(route, params, via_query)
        except RestError as err:
            return err.answer()
        discovery = f'<{self.api}/>; rel="https://api.w.org/"'
        headers = {"Content-Type": JSON, "X-Robots-Tag": "noindex", "Allow": "GET",
                   "Access-Control-Expose-Headers": "X-WP-Total, X-WP-TotalPages, Link", **headers,
                   "Link": ", ".join(filter(None, [discovery, headers.get("Link")]))}
        fields = params.list("_fields")
        if fields and self.version >= (4, 9, 8):
            data = _only_fields(data, fields)
        return status, headers, wp_json(data)

    def _rest_route(self, route: str, params: Params, via_query: bool) -> tuple[int, dict, object]:
        if route == "/":
            return 200, {}, self._index()
        if route == "/wp/v2":
            return 200, {}, {"namespace": "wp/v2", "routes": self._routes(),
                             "_links": {"up": [{"href": f"{self.api}/"}]}}
        names = "|".join(re.escape(c) for c in [*self.collections, *self.taxonomies])
        m = re.fullmatch(rf"/wp/v2/({names})(?:/(\d+))?", route)
        if m and m.group(2):
            return 200, {}, self._single(m.group(1), int(m.group(2)))
        if m:
            return self._collection(m.group(1), route, params, via_query)
        m = re.fullmatch(r"/wp/v2/(types|taxonomies)(?:/([\w-]+))?", route)
        if m:
            return 200, {}, self._definitions(m.group(1), m.group(2))
        raise _no_route()

    def _definitions(self, kind: str, slug: str | None) -> dict:
        """`/wp/v2/types` or `/wp/v2/taxonomies`, or one of them by slug."""
        defs = self.types if kind == "types" else self.tax_defs
        if slug is None:
            return defs
        if slug not in defs:
            raise RestError(404, "rest_type_invalid" if kind == "types" else "rest_taxonomy_invalid",
                            "Invalid post type." if kind == "types" else "Invalid taxonomy.")
        return defs[slug]

    def _single(self, coll: str, obj_id: int) -> dict:
        pool = self.items[coll] if coll in self.items else self.terms[coll]
        found = next((o for o in pool if o["id"] == obj_id), None)
        if found is None:
            if coll in self.taxonomies:
                raise RestError(404, "rest_term_invalid", "Term does not exist.")
            raise RestError(404, "rest_post_invalid_id", "Invalid post ID.")
        return found

    # --- collections --------------------------------------------------------

    def _collection(self, coll: str, route: str, params: Params, via_query: bool):
        per_page = params.int("per_page", 10, 1, 100)
        page = params.int("page", 1, 1)
        offset = params.int("offset", 0, 0)
        if coll in self.taxonomies:
            objs = self._sorted(self._filter_terms(coll, params), params, "name", "asc")
        else:
            objs = self._sorted(self._filter_posts(coll, params), params, "date", "desc")
        total = len(objs)
        pages = math.ceil(total / per_page) if total else 0
        if coll in self.collections and page > pages and total > 0:
            raise RestError(400, "rest_post_invalid_page_number",
                            "The page number requested is larger than the number of pages available.")
        start = offset + (page - 1) * per_page
        headers = {"X-WP-Total": str(total), "X-WP-TotalPages": str(pages)}
        links = self._page_links(route, params, via_query, page, pages)
        if links:
            headers["Link"] = links
        return 200, headers, objs[start:start + per_page]

    def _page_links(self, route: str, params: Params, via_query: bool, page: int, pages: int) -> str:
        """`<...page=N>; rel="prev"` / `rel="next"`, keeping the other query parameters."""
        kept = [(k, v) for k, v in params.items() if k not in ("page", "rest_route")]

        def url(n: int) -> str:
            query = urlencode(kept + [("page", n)])
            if via_query:
                return f"{self.home}/?rest_route={route}&{query}"
            return f"{self.api}{route}?{query}"

        links = []
        if page > 1:
            links.append(f'<{url(min(page - 1, pages) if pages else 1)}>; rel="prev"')
        if page < pages:
            links.append(f'<{url(page + 1)}>; rel="next"')
        return ", ".join(links)

    def _filter_posts(self, coll: str, params: Params) -> list[dict]:
        objs = list(self.items[coll])
        include, exclude = params.ints("include"), params.ints("exclude") or []
        if include is not None:
            objs = [o for o in objs if o["id"] in include]
        objs = [o for o in objs if o["id"] not in exclude]
        if slugs := params.list("slug"):
            objs = [o for o in objs if o["slug"] in slugs]
        parents = params.ints("parent")
        if parents is not None and coll != "posts":
            key = "post" if coll == "media" else "parent"
            objs = [o for o in objs if (o.get(key) or 0) in parents]
        for tax in self.taxonomies:
            ids = params.ints(tax)
            if ids is not None and coll not in ("pages", "media"):
                objs = [o for o in objs if set(ids) & set(o.get(tax, []))]
        if mime := params.get("mime_type"):
            objs = [o for o in objs if o.get("mime_type") == mime or o.get("mime_type", "").split("/")[0] == mime]
        if media_type := params.get("media_type"):
            objs = [o for o in objs if o.get("media_type") == media_type]
        objs = self._filter_dates(objs, params, self.version >= (5, 7))
        if search := (params.get("search") or "").lower():
            objs = [o for o in objs if search in _searchable(o)]
        return objs

    @staticmethod
    def _filter_dates(objs: list[dict], params: Params, modified: bool) -> list[dict]:
        for name, field, after in (("after", "date", True), ("before", "date", False),
                                   ("modified_after", "modified", True), ("modified_before", "modified", False)):
            raw = params.get(name)
            if not raw or (field == "modified" and not modified):
                continue
            try:
                limit = _parse_date(raw)
            except ValueError:
                raise _invalid_param(name, "Invalid date.") from None
            # A limit with an offset is compared in GMT, a bare one in site time.
            use = field + ("_gmt" if re.search(r"(Z|[+-]\d\d:?\d\d)$", raw) else "")
            objs = [o for o in objs if (_parse_date(o[use]) > limit) == after and _parse_date(o[use]) != limit]
        return objs

    def _filter_terms(self, coll: str, params: Params) -> list[dict]:
        objs = list(self.terms[coll])
        include, exclude = params.ints("include"), params.ints("exclude") or []
        if include is not None:
            objs = [o for o in objs if o["id"] in include]
        objs = [o for o in objs if o["id"] not in exclude]
        if slugs := params.list("slug"):
            objs = [o for o in objs if o["slug"] in slugs]
        parents = params.ints("parent")
        if parents is not None:
            objs = [o for o in objs if o.get("parent", 0) in parents]
        if (post := params.get("post")) is not None:
            ids = next((p.get(coll, []) for c in self.collections for p in self.items[c]
                        if str(p["id"]) == post), [])
            objs = [o for o in objs if o["id"] in ids]
        if params.get("hide_empty") in ("1", "true"):
            objs = [o for o in objs if o["count"]]
        if search := (params.get("search") or "").lower():
            objs = [o for o in objs if search in o["name"].lower() or search in o["slug"]]
        return objs

    @staticmethod
    def _sorted(objs: list[dict], params: Params, default_by: str, default_order: str) -> list[dict]:
        orderby = params.get("orderby") or default_by
        order = params.get("order") or default_order
        if orderby not in ORDERBY + ("name", "count"):
            raise _invalid_param("orderby", f"orderby is not one of {', '.join(ORDERBY)}.")
        if order not in ("asc", "desc"):
            raise _invalid_param("order", "order is not one of asc and desc.")
        if orderby == "include" and params.list("include"):
            rank = {int(v): i for i, v in enumerate(params.list("include"))}
            return sorted(objs, key=lambda o: rank.get(o["id"], 0))

        def key(o: dict):
            value = o.get(orderby, o.get("date", ""))
            if isinstance(value, dict):
                value = value.get("rendered", "")
            return (value if isinstance(value, (int, str)) else str(value), o["id"])
        return sorted(objs, key=key, reverse=(order == "desc"))

    # --- index --------------------------------------------------------------

    def _index(self) -> dict:
        return {"name": self.name, "description": self.description, "url": self.home, "home": self.home,
                "gmt_offset": "1", "timezone_string": "Europe/Paris", "page_for_posts": 0,
                "page_on_front": 0, "show_on_front": "posts",
                "namespaces": ["oembed/1.0", "wp/v2", "wp-site-health/v1", "wp-block-editor/v1"],
                "authentication": [], "routes": {"/": {"namespace": "", "methods": ["GET"],
                                                       "endpoints": [{"methods": ["GET"], "args": {}}],
                                                       "_links": {"self": [{"href": f"{self.api}/"}]}},
                                                 **self._routes()},
                "site_logo": 0, "site_icon": 0, "site_icon_url": "",
                "_links": {"help": [{"href": "https://developer.wordpress.org/rest-api/"}],
                           "curies": [{"name": "wp", "href": "https://api.w.org/{rel}", "templated": True}]}}

    def _routes(self) -> dict:
        args = {
            "context": {"description": "Scope under which the request is made.", "type": "string",
                        "enum": ["view", "embed", "edit"], "default": "view", "required": False},
            "page": {"description": "Current page of the collection.", "type": "integer",
                     "default": 1, "minimum": 1, "required": False},
            "per_page": {"description": "Maximum number of items to be returned in result set.",
                         "type": "integer", "default": 10, "minimum": 1, "maximum": 100, "required": False},
            "modified_after": {"description": "Limit response to posts modified after a given ISO8601 compliant date.",
                               "type": "string", "format": "date-time", "required": False},
        }
        if self.version < (5, 7):
            del args["modified_after"]
        routes = {"/wp/v2": {"namespace": "wp/v2", "methods": ["GET"],
                             "endpoints": [{"methods": ["GET"], "args": {}}],
                             "_links": {"self": [{"href": f"{self.api}/wp/v2"}]}}}
        for coll in (*self.collections, *self.taxonomies, "types", "taxonomies"):
            routes[f"/wp/v2/{coll}"] = {"namespace": "wp/v2", "methods": ["GET"],
                                        "endpoints": [{"methods": ["GET"], "args": args}],
                                        "_links": {"self": [{"href": f"{self.api}/wp/v2/{coll}"}]}}
            pattern = (r"(?P<type>[\w-]+)" if coll == "types" else r"(?P<taxonomy>[\w-]+)"
                       if coll == "taxonomies" else r"(?P<id>[\d]+)")
            routes[f"/wp/v2/{coll}/{pattern}"] = {"namespace": "wp/v2", "methods": ["GET"],
                                                  "endpoints": [{"methods": ["GET"], "args": {}}]}
        return routes


FORBIDDEN = (b"<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>403 Forbidden</title>\n"
             b"</head><body>\n<h1>Forbidden</h1>\n<p>You don't have permission to access this resource.</p>\n"
             b"</body></html>\n")


def _no_route() -> RestError:
    return RestError(404, "rest_no_route", "No route was found matching the URL and request method.")


def _searchable(obj: dict) -> str:
    parts = [obj.get(k, {}).get("rendered", "") for k in ("title", "content", "excerpt")]
    return html.unescape(" ".join(parts)).lower()


def _only_fields(data, fields: list[str]):
    """`_fields=id,title.rendered`: the named top-level fields, or parts of them (WordPress 5.3+)."""
    if isinstance(data, list):
        return [_only_fields(d, fields) for d in data]
    if not isinstance(data, dict):
        return data
    kept = {}
    for key, value in data.items():
        inner = [f.split(".", 1)[1] for f in fields if f.startswith(key + ".")]
        if key in fields:
            kept[key] = value
        elif inner and isinstance(value, dict):
            kept[key] = _only_fields(value, inner)
    return kept
