"""The public face of the emulated WordPress site: theme HTML, shortlinks, sitemaps, feed, robots.txt."""

from __future__ import annotations

import html
import math
import re
from datetime import datetime, timezone
from email.utils import format_datetime
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from .wordpress import Answer, Params, WordPress

HTML = "text/html; charset=UTF-8"
XML = "application/xml; charset=UTF-8"
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre")
SITEMAP_MAX = 2000


def _text(rendered: str) -> str:
    """Plain text of a rendered field (tags stripped, entities decoded)."""
    return html.unescape(re.sub(r"<[^>]+>", "", rendered)).strip()


def _attr(rendered: str) -> str:
    return html.escape(_text(rendered), quote=True)


def _cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def _iso_local(obj: dict, field: str) -> str:
    """`get_the_date('c')`: site time with its offset from GMT."""
    local = datetime.fromisoformat(obj[field])
    offset = local - datetime.fromisoformat(obj[field + "_gmt"])
    minutes = round(offset.total_seconds() / 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{local:%Y-%m-%dT%H:%M:%S}{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _french_date(value: str) -> str:
    date = datetime.fromisoformat(value)
    return f"{date.day} {MONTHS[date.month - 1]} {date.year}"


def _term_class(term: dict) -> str:
    """post_class(): "category-x", "tag-x", or "<taxonomy>-x"."""
    return {"category": "category", "post_tag": "tag"}.get(term["taxonomy"], term["taxonomy"])


PASSWORD_FORM = ('<form action="{home}/wp-login.php?action=postpass" class="post-password-form" method="post">'
                 '<p>Cette publication est protégée par un mot de passe. Pour la voir, veuillez saisir votre '
                 'mot de passe ci-dessous :</p><p><label for="pwbox-{id}">Mot de passe : <input name="post_password" '
                 'id="pwbox-{id}" type="password" size="20"></label> <input type="submit" name="Submit" '
                 'value="Valider"></p></form>')


def rfc822(date_gmt: str) -> str:
    return format_datetime(datetime.fromisoformat(date_gmt).replace(tzinfo=timezone.utc))


def _path(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


class Theme:
    def __init__(self, wp: WordPress):
        self.wp = wp
        self.archives = {_path(t["link"]): (coll, t) for coll in wp.terms for t in wp.terms[coll]}
        # Custom post type archives (`has_archive`): "/publication/" -> the type's slug.
        self.type_archives = {_path(f"{wp.home}/{t['has_archive'] if isinstance(t['has_archive'], str) else slug}/"): slug
                              for slug, t in wp.types.items() if t.get("has_archive") and wp.items_of(slug)}

    def handle(self, path: str, query: str, params: Params) -> Answer | None:
        key = path + (f"?{query}" if query else "")
        if key in self.wp.by_path:
            return self._single(*self.wp.by_path[key])
        if path == "/" and query:
            return self._query_url(params)
        fixed = {"/feed/": self._feed, "/wp-sitemap.xml": self._sitemap_index, "/robots.txt": self._robots}
        if path in fixed and not query:
            return fixed[path]()
        if path in ("/feed", "/sitemap.xml"):
            return self._redirect(self.wp.home + {"/feed": "/feed/", "/sitemap.xml": "/wp-sitemap.xml"}[path])
        return self._sitemap(path) or self._listing(path) or self._slashless(path, query)

    # --- helpers ------------------------------------------------------------

    @staticmethod
    def _redirect(location: str, status: int = 301) -> Answer:
        return status, {"Location": location, "X-Redirect-By": "WordPress",
                        "Content-Type": HTML}, b""

    def _api_link(self) -> str:
        return f'<{self.wp.api}/>; rel="https://api.w.org/"'

    def _slashless(self, path: str, query: str) -> Answer | None:
        """WordPress's canonical redirect adds the trailing slash of the permalink, or removes
        it when the permalink structure has none."""
        if query:
            return None
        other = path[:-1] if path.endswith("/") else path + "/"
        target = self.wp.by_path.get(other) or self.archives.get(other)
        return self._redirect(target[1]["link"]) if target and other != "/" else None

    def _query_url(self, params: Params) -> Answer | None:
        shortlinks = [("p", "posts"), ("page_id", "pages"), ("p", "pages")]
        shortlinks += [("p", c) for c in self.wp.collections if c not in ("posts", "pages", "media")]
        for name, coll in shortlinks:
            value = params.get(name)
            if value and value.isdigit():
                obj = next((o for o in self.wp.items[coll] if o["id"] == int(value)), None)
                if obj:
                    return self._redirect(obj["link"])
        att = params.get("attachment_id")
        media = next((m for m in self.wp.items["media"] if str(m["id"]) == att), None)
        if media:  # WordPress >= 6.4 sends attachment pages to the file itself
            return self._redirect(media["source_url"])
        if params.get("feed") in ("rss2", "rss"):
            return self._feed()
        if (cat := params.get("cat")) and (term := self.wp.term("categories", int(cat) if cat.isdigit() else -1)):
            return self._redirect(term["link"])
        return None

    # --- pages --------------------------------------------------------------

    def _page(self, title: str, head: str, body_class: str, main: str) -> bytes:
        wp = self.wp
        page = f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8211; {html.escape(wp.name)}</title>
<meta name="robots" content="max-image-preview:large">
<link rel="alternate" type="application/rss+xml" title="{html.escape(wp.name)} &raquo; Flux" href="{wp.home}/feed/">
<link rel="https://api.w.org/" href="{wp.api}/">
{head}<meta name="generator" content="WordPress 6.5.2">
</head>
<body class="{body_class}">
<div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title"><a href="{wp.home}/" rel="home">{html.escape(wp.name)}</a></p>
<p class="site-description">{html.escape(wp.description)}</p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{self._menu()}</ul></nav></header>
<main id="primary" class="site-main">
{main}
</main>
<footer id="colophon" class="site-footer"><div class="site-info">Fièrement propulsé par WordPress</div></footer>
</div>
</body>
</html>
"""
        return page.encode()

    def _menu(self) -> str:
        pages = sorted(self.wp.items["pages"], key=lambda p: (p.get("menu_order", 0), p["id"]))
        return "".join(f'<li class="menu-item page_item page-item-{p["id"]}"><a href="{p["link"]}">'
                       f'{p["title"]["rendered"]}</a></li>' for p in pages if not p.get("parent"))

    def _single(self, coll: str, obj: dict) -> Answer:
        kind = obj["type"]
        title, excerpt = obj["title"]["rendered"], _attr(obj["excerpt"]["rendered"])[:300]
        published = obj["date_gmt"] + "+00:00"
        head = (f'<meta name="description" content="{excerpt}">\n'
                f'<link rel="canonical" href="{obj["link"]}">\n'
                f'<link rel="shortlink" href="{self.wp.home}/?p={obj["id"]}">\n'
                f'<link rel="alternate" type="application/json" href="{self.wp.api}/wp/v2/{coll}/{obj["id"]}">\n'
                f'<meta property="og:locale" content="fr_FR">\n<meta property="og:type" content="article">\n'
                f'<meta property="og:title" content="{_attr(title)}">\n'
                f'<meta property="og:description" content="{excerpt}">\n'
                f'<meta property="og:url" content="{obj["link"]}">\n'
                f'<meta property="og:site_name" content="{html.escape(self.wp.name)}">\n'
                f'<meta property="article:published_time" content="{published}">\n'
                f'<meta property="article:modified_time" content="{obj["modified_gmt"]}+00:00">\n')
        terms = self._terms_of(obj)
        classes = " ".join([f"post-{obj['id']}", kind, f"type-{kind}", "status-publish",
                            *(["format-standard"] if kind == "post" else []), "hentry",
                            *(f"{_term_class(t)}-{t['slug']}" for c, t in terms)])
        content = obj["content"]["rendered"] + self.wp.theme_extra.get(obj["link"], "")
        if obj["content"].get("protected"):
            content = PASSWORD_FORM.format(id=obj["id"], home=self.wp.home)
        main = (f'<article id="post-{obj["id"]}" class="{classes}">\n'
                f'<header class="entry-header"><h1 class="entry-title">{title}</h1>\n'
                f'{self._entry_meta(obj) if kind != "page" else ""}</header>\n'
                f'<div class="entry-content">\n{content}\n</div>\n'
                f'<footer class="entry-footer">{self._term_links(terms)}</footer>\n</article>')
        body_class = f"{kind}-template-default single single-{kind} postid-{obj['id']}" if kind != "page" \
            else f"page-template-default page page-id-{obj['id']}"
        headers = {"Content-Type": HTML, "Link": f"{self._api_link()}, "
                   f'<{self.wp.api}/wp/v2/{coll}/{obj["id"]}>; rel="alternate"; type="application/json", '
                   f'<{self.wp.home}/?p={obj["id"]}>; rel=shortlink'}
        return 200, headers, self._page(title, head, body_class, main)

    def _entry_meta(self, obj: dict) -> str:
        published, modified = _iso_local(obj, "date"), _iso_local(obj, "modified")
        return (f'<div class="entry-meta"><span class="posted-on">Publié le <a href="{obj["link"]}" rel="bookmark">'
                f'<time class="entry-date published" datetime="{published}">{_french_date(obj["date"])}</time>'
                f'<time class="updated" datetime="{modified}">{_french_date(obj["modified"])}</time></a></span>'
                f'<span class="byline"> par <span class="author vcard">{html.escape(obj.get("author_name", "admin"))}'
                f'</span></span></div>\n')

    def _terms_of(self, obj: dict) -> list[tuple[str, dict]]:
        found = []
        for coll in self.wp.taxonomies:
            for term_id in obj.get(coll, []):
                term = self.wp.term(coll, term_id)
                if term:
                    found.append((coll, term))
        return found

    def _term_links(self, terms: list[tuple[str, dict]]) -> str:
        parts = []
        labels = [("categories", "Publié dans", "category tag", "cat-links"), ("tags", "Étiqueté", "tag", "tags-links")]
        labels += [(c, self.wp.tax_defs[slug]["name"] + " :", "tag", f"{slug}-links")
                   for c, slug in self.wp.taxonomies.items() if c not in ("categories", "tags")]
        for coll, label, rel, css in labels:
            links = ", ".join(f'<a href="{t["link"]}" rel="{rel}">{html.escape(html.unescape(t["name"]))}</a>'
                              for c, t in terms if c == coll)
            if links:
                parts.append(f'<span class="{css}">{label} {links}</span>')
        return " ".join(parts)

    def _listing(self, path: str) -> Answer | None:
        """Home page and category/tag archives, ten posts per page at `.../page/N/`."""
        m = re.fullmatch(r"(.*/)page/(\d+)/", path)
        base, number = (m.group(1), int(m.group(2))) if m else (path, 1)
        if base == "/":
            posts, title, body_class = self.wp.newest_posts(), html.escape(self.wp.name), "home blog"
        elif base in self.archives:
            coll, term = self.archives[base]
            kinds = self.wp.tax_defs[term["taxonomy"]].get("types", ["post"])
            posts = [p for p in self._newest(kinds) if term["id"] in p.get(coll, [])]
            title, body_class = html.escape(term["name"]), f"archive {term['taxonomy']} term-{term['id']}"
        elif base in self.type_archives:
            kind = self.type_archives[base]
            posts = self._newest([kind])
            title = "Archives : " + html.escape(self.wp.types[kind].get("name", kind))
            body_class = f"archive post-type-archive post-type-archive-{kind}"
        else:
            return None
        per_page = self.wp.posts_per_page
        pages = max(1, math.ceil(len(posts) / per_page))
        if number > pages or (m and number == 1):
            return None
        shown = posts[(number - 1) * per_page:number * per_page]
        main = (f'<header class="page-header"><h1 class="page-title">{title}</h1></header>\n'
                + "\n".join(self._summary(p) for p in shown) + self._pager(base, number, pages))
        return 200, {"Content-Type": HTML, "Link": self._api_link()}, self._page(title, "", body_class, main)

    def _newest(self, kinds: list[str]) -> list[dict]:
        objs = [o for kind in kinds for o in self.wp.items_of(kind)]
        return sorted(objs, key=lambda p: (p["date"], p["id"]), reverse=True)

    def _summary(self, post: dict) -> str:
        kind = post["type"]
        return (f'<article id="post-{post["id"]}" class="post-{post["id"]} {kind} type-{kind} status-publish hentry">'
                f'<header class="entry-header"><h2 class="entry-title"><a href="{post["link"]}" rel="bookmark">'
                f'{post["title"]["rendered"]}</a></h2>{self._entry_meta(post)}</header>'
                f'<div class="entry-summary">{post["excerpt"]["rendered"]}'
                f'{self.wp.theme_extra.get(post["link"], "")}</div></article>')

    def _pager(self, base: str, number: int, pages: int) -> str:
        def href(n: int) -> str:
            return f"{self.wp.home}{base}" + (f"page/{n}/" if n > 1 else "")
        links = []
        if number > 1:
            links.append(f'<a class="prev page-numbers" href="{href(number - 1)}">Précédent</a>')
        if number < pages:
            links.append(f'<a class="next page-numbers" href="{href(number + 1)}">Suivant</a>')
        return f'\n<nav class="navigation pagination"><div class="nav-links">{"".join(links)}</div></nav>'

    # --- feed, sitemaps, robots ---------------------------------------------

    def _feed(self) -> Answer:
        posts = self.wp.newest_posts()[:10]
        items = "".join(self._feed_item(p) for p in posts)
        built = rfc822(max((p["modified_gmt"] for p in posts), default="2000-01-01T00:00:00"))
        feed = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>
<channel>
	<title>{html.escape(self.wp.name)}</title>
	<atom:link href="{self.wp.home}/feed/" rel="self" type="application/rss+xml" />
	<link>{self.wp.home}</link>
	<description>{html.escape(self.wp.description)}</description>
	<lastBuildDate>{built}</lastBuildDate>
	<language>fr-FR</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<sy:updateFrequency>1</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.5.2</generator>
{items}</channel>
</rss>
"""
        return 200, {"Content-Type": "application/rss+xml; charset=UTF-8"}, feed.encode()

    def _feed_item(self, post: dict) -> str:
        cats = "".join(f"\t\t<category>{_cdata(t['name'])}</category>\n" for _, t in self._terms_of(post))
        return (f"\t<item>\n\t\t<title>{html.escape(_text(post['title']['rendered']), quote=False)}</title>\n"
                f"\t\t<link>{post['link']}</link>\n"
                f"\t\t<dc:creator>{_cdata(post.get('author_name', 'admin'))}</dc:creator>\n"
                f"\t\t<pubDate>{rfc822(post['date_gmt'])}</pubDate>\n{cats}"
                f"\t\t<guid isPermaLink=\"false\">{html.escape(post['guid']['rendered'])}</guid>\n"
                f"\t\t<description>{_cdata(post['excerpt']['rendered'])}</description>\n"
                f"\t\t<content:encoded>{_cdata(post['content']['rendered'])}</content:encoded>\n\t</item>\n")

    def _sitemap_sets(self) -> dict[str, list[tuple[str, str | None]]]:
        """Sitemap name stem -> [(loc, lastmod)]; the page set starts with the home page."""
        def entries(objs):
            return [(o["link"], o["modified_gmt"] + "+00:00") for o in sorted(objs, key=lambda o: o["id"])]
        sets = {"posts-post": entries(self.wp.items["posts"]),
                "posts-page": [(self.wp.home + "/", None)] + entries(self.wp.items["pages"])}
        sets |= {f"posts-{kind}": entries(self.wp.items[c]) for c, kind in self.wp.collections.items()
                 if c not in ("posts", "pages", "media")}
        sets |= {f"taxonomies-{slug}": [(t["link"], None) for t in self.wp.terms[c] if t["count"]]
                 for c, slug in self.wp.taxonomies.items()}
        return {k: v for k, v in sets.items() if v}

    def _sitemap_index(self) -> Answer:
        locs = [f"{self.wp.home}/wp-sitemap-{stem}-{n}.xml"
                for stem, urls in self._sitemap_sets().items()
                for n in range(1, math.ceil(len(urls) / SITEMAP_MAX) + 1)]
        body = "".join(f"<sitemap><loc>{loc}</loc></sitemap>" for loc in locs)
        xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</sitemapindex>\n')
        return 200, {"Content-Type": XML}, xml.encode()

    def _sitemap(self, path: str) -> Answer | None:
        m = re.fullmatch(r"/wp-sitemap-((?:posts|taxonomies)-[\w-]+?)-(\d+)\.xml", path)
        urls = self._sitemap_sets().get(m.group(1)) if m else None
        number = int(m.group(2)) if m else 0
        if not urls or not 1 <= number <= math.ceil(len(urls) / SITEMAP_MAX):
            return None
        rows = "".join(f"<url><loc>{html.escape(loc)}</loc>" + (f"<lastmod>{mod}</lastmod>" if mod else "")
                       + "</url>" for loc, mod in urls[(number - 1) * SITEMAP_MAX:number * SITEMAP_MAX])
        xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}</urlset>\n')
        return 200, {"Content-Type": XML}, xml.encode()

    def _robots(self) -> Answer:
        text = (f"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"
                f"Sitemap: {self.wp.home}/wp-sitemap.xml\n")
        return 200, {"Content-Type": "text/plain; charset=utf-8"}, text.encode()
