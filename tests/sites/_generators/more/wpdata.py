"""Build wp.json files (the replica WordPress emulator's data) the way WordPress answers."""
import unicodedata
from datetime import datetime
from zoneinfo import ZoneInfo


def fold(name):
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c)).lower()


def gmt(local):
    d = datetime.fromisoformat(local).replace(tzinfo=ZoneInfo("Europe/Paris"))
    return d.astimezone(ZoneInfo("UTC")).replace(tzinfo=None).isoformat()


def texturize(s):
    """wptexturize on titles: ' -> &#8217;, & -> &#038;."""
    return s.replace("&", "&#038;").replace("'", "&#8217;").replace("’", "&#8217;")


class Site:
    def __init__(self, base, name, description, **site):
        self.base = base
        self.site = {"name": name, "description": description, "url": base, "home": base,
                     "gmt_offset": 1, "timezone_string": "Europe/Paris", **site}
        self.taxonomies = {}   # slug -> definition (custom only)
        self.terms = {"categories": [], "tags": []}
        self.collections = {"posts": [], "pages": [], "media": []}
        self.types = None

    def term(self, rest_base, id, name, slug, **kw):
        self.terms.setdefault(rest_base, []).append({"id": id, "name": name, "slug": slug, **kw})

    def name_of(self, rest_base, id):
        return next(t["name"] for t in self.terms[rest_base] if t["id"] == id)

    def item(self, coll, id, date, slug, title, content, excerpt="", link=None, **fields):
        kind = {"posts": "post", "pages": "page"}.get(coll, coll)
        for base, ids in list(fields.items()):
            if base in self.terms:  # WordPress orders a post's terms by name
                fields[base] = sorted(ids, key=lambda i: fold(self.name_of(base, i)))
        obj = {"id": id, "date": date, "date_gmt": gmt(date), "modified": fields.pop("modified", date),
               "slug": slug, "status": "publish", "type": fields.pop("type", kind),
               "link": link or f"{self.base}/{slug}/", "title": {"rendered": texturize(title)},
               "content": {"rendered": content.strip() + "\n", "protected": fields.pop("protected", False)},
               "excerpt": {"rendered": f"<p>{texturize(excerpt)}&nbsp;[&hellip;]</p>\n" if excerpt else ""},
               "author": fields.pop("author", 2), "featured_media": fields.pop("featured_media", 0), **fields}
        obj["modified_gmt"] = gmt(obj["modified"])
        self.collections.setdefault(coll, []).append(obj)
        return obj

    def media(self, id, date, slug, title, source_url, parent, mime="application/pdf"):
        self.collections["media"].append({
            "id": id, "date": date, "date_gmt": gmt(date), "slug": slug, "title": {"rendered": title},
            "mime_type": mime, "media_type": "image" if mime.startswith("image/") else "file",
            "source_url": source_url, "post": parent or None, "link": f"{self.base}/?attachment_id={id}"})

    def data(self):
        out = {"site": self.site, **{k: sorted(v, key=lambda o: o.get("date", ""), reverse=True) if k not in self.terms else v
                                     for k, v in self.collections.items()}, **self.terms}
        if self.types:
            out["types"] = self.types
        if self.taxonomies:
            out["taxonomies"] = self.taxonomies
        return out


def core_types(api, extra=None):
    def one(slug, name, rest, hierarchical, taxonomies=(), archive=False):
        return {"description": "", "hierarchical": hierarchical, "has_archive": archive, "name": name, "slug": slug,
                "icon": None, "taxonomies": list(taxonomies), "rest_base": rest, "rest_namespace": "wp/v2",
                "_links": {"collection": [{"href": f"{api}/wp/v2/types"}], "wp:items": [{"href": f"{api}/wp/v2/{rest}"}],
                           "curies": [{"name": "wp", "href": "https://api.w.org/{rel}", "templated": True}]}}
    types = {"post": one("post", "Articles", "posts", False, ["category", "post_tag"]),
             "page": one("page", "Pages", "pages", True),
             "attachment": one("attachment", "Médias", "media", False)}
    for args in extra or ():
        types[args[0]] = one(*args)
    return types
