"""Variants of the replica sites that the spiders were not written against, and what a real
crawl recovers from them (tests/test_mutations.py, benchmarks/mutations.py).

Per platform, a source's replica is first crawled as it is (the baseline: its documents, their
bodies, the sha256 of their files, and every answer its site gave). A variant is a copy of
tests/sites where that site's answers are rewritten the way other sites on the same platform
differ: feeds and sitemaps under wrong Content-Types (with an entry whose link is empty), class
and id names renamed, extra wrapper elements, attachments moved into download buttons under the
title, another pagination parameter, a section (and its document) linked only from the home
page's menu, bare and www hosts redirecting the other way, the canonical host down, one channel
broken. Rewritten answers are served through `_site.json` routes (docs/replicas.md), so the
replica server needs nothing new. The variant is crawled for real (`crpv crawl SOURCE` through
the proxy) and compared with the baseline: the share of documents found, of bodies that keep
90% of their words, and of files fetched with the same bytes.
"""

import hashlib
import json
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from crawlers.channels import kind_of
from crawlers.registry import spider_classes
from extract import html as page
from tests.conftest import SITES, crpv
from tests.replica import ReplicaServer
from tests.replica.sites import ReplicaApp, SiteStore

BODY_WORDS_KEPT = 0.9  # a body is recovered when it keeps this share of the baseline's words


@dataclass
class Platform:
    name: str
    slug: str                       # the source crawled
    host: str                       # its canonical host
    alias: str | None = None        # its other host
    page_param: tuple[str, str] | None = None  # (parameter of its listings, another one)
    section: tuple[str, str] | None = None     # (menu-only section path, its new document's path)
    broken: str = "sitemap"         # the channel broken in the "one channel broken" variant


PLATFORMS = {
    "drupal": Platform("drupal", "irev", "www.irev.fr", "irev.fr", ("page", "pg"),
                       ("/ressources/etudes", "/ressources/etudes/une-etude-vue-seulement-du-menu")),
    "spip": Platform("spip", "profession-banlieue", "www.professionbanlieue.org", "professionbanlieue.org",
                     ("debut_autres_articles", "debut_liste"), ("/Etudes-de-cas", "/Une-etude-vue-seulement-du-menu")),
    "generic": Platform("generic", "pqn-a", "pqn-a.fr", "www.pqn-a.fr", ("page", "start"),
                        ("/fr/ressources/etudes", "/fr/ressources/etudes/une-etude-vue-seulement-du-menu")),
    "wordpress": Platform("wordpress", "villes-au-carre", "www.villesaucarre.org", "villesaucarre.org",
                          broken="rest-api"),
    "pmb": Platform("pmb", "cosoter", "cosoter-ressources.info", "www.cosoter-ressources.info", broken="oai"),
    "umap": Platform("umap", "umap-club-dev-eco", "umap.openstreetmap.fr", broken="download"),
}
# Each mutation alone, then all of them at once, then all of them with one channel broken and the
# canonical host down (instead of redirecting).
MUTATIONS = ("content_types", "renamed_markup", "wrappers", "download_buttons", "pagination",
             "menu_section", "hosts_swapped")
VARIANTS = {**{m: (m,) for m in MUTATIONS}, "all": MUTATIONS,
            "broken_channel": ("broken_channel", "host_down", *MUTATIONS[:-1])}


@dataclass
class Crawl:
    items: dict                     # URL -> item (as the crawl wrote it)
    answers: list = field(default_factory=list)  # (url, status, content type) the site gave
    returncode: int = 0


def copy_sites(dest: Path) -> Path:
    shutil.copytree(SITES, dest, ignore=shutil.ignore_patterns("_generators"))
    return dest


def crawl(platform: Platform, root: Path, work: Path, cache: Path) -> Crawl:
    """A real crawl of the platform's source on the sites under `root`."""
    data = work / "data"
    with ReplicaServer([root], cache) as server:
        proc = crpv(["crawl", platform.slug], data, server, check=False)
        answers = [(r["url"], r["status"], (r.get("response_headers") or {}).get("Content-Type", ""))
                   for r in server.requests if r["method"] == "GET"]
    items = {}
    for path in sorted((data / "crawl" / platform.slug).glob("items-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            items[item["url"]] = item
    return Crawl(items, answers, proc.returncode)


# ---------------------------------------------------------------- the variant's site
class Site:
    """One host folder of a copy of the sites, its answers as the baseline saw them, and
    the routes that serve them rewritten."""

    def __init__(self, root: Path, platform: Platform, baseline: Crawl, cache: Path):
        self.root, self.platform, self.template = root, platform, None
        self.dir = root / platform.host
        self.conf = json.loads((self.dir / "_site.json").read_text()) if (self.dir / "_site.json").exists() else {}
        self.conf.setdefault("routes", {})
        self.app = ReplicaApp(SiteStore([root], cache))
        self.answers: dict[str, tuple[bytes, str]] = {}  # route key -> (body, content type)
        spider = spider_classes()[platform.slug]
        urls = [url for url, status, _ in baseline.answers if status == 200] + list(baseline.items)
        urls += [f"https://{platform.host}{p}" for p in ("/", *spider.sitemap_paths, *spider.feed_paths)]
        for url in urls:
            self.materialize(url)

    def materialize(self, url: str) -> None:
        """Keep the answer at `url` (a page, feed, sitemap, API answer of the site), and those
        of the sitemaps a sitemap index lists (the channels a closed API falls back on)."""
        parts = urlsplit(url)
        key = parts.path + (f"?{parts.query}" if parts.query else "")
        if parts.hostname not in (self.platform.host, self.platform.alias) or key in self.answers:
            return
        answer = self.app.respond("GET", "https", self.platform.host, key)
        ctype = next((v for k, v in answer.headers.items() if k.lower() == "content-type"), "")
        if answer.status != 200 or ctype.startswith("application/pdf"):
            return
        self.answers[key] = (answer.body, ctype)
        if b"<sitemapindex" in answer.body[:2000]:
            for loc in re.findall(rb"<loc>\s*([^<\s]+)\s*</loc>", answer.body)[:50]:
                self.materialize(loc.decode())

    def kind(self, key: str) -> str:
        body, ctype = self.answers[key]
        return "html" if "html" in ctype and kind_of(body) == "html" else kind_of(body)

    def serve(self, key: str, body: bytes, ctype: str) -> None:
        """Answer `key` with these bytes from now on (a route to a file of the copy)."""
        name = f"_mutations/{hashlib.sha1(key.encode()).hexdigest()[:16]}"
        (self.dir / name).parent.mkdir(parents=True, exist_ok=True)
        (self.dir / name).write_bytes(body)
        self.conf["routes"][key] = {"file": name, "headers": {"Content-Type": ctype}}
        self.answers[key] = (body, ctype)

    def rewrite_html(self, change) -> None:
        for key in list(self.answers):
            if self.kind(key) == "html":
                body, ctype = self.answers[key]
                encoding = "latin-1" if "iso-8859-1" in ctype else "utf-8"
                self.serve(key, change(body.decode(encoding, "replace")).encode(encoding, "xmlcharrefreplace"), ctype)

    def save(self) -> None:
        (self.dir / "_site.json").write_text(json.dumps(self.conf, ensure_ascii=False, indent=1))


# ---------------------------------------------------------------- the mutations
EMPTY_ITEM = "<item><title>Entrée sans lien</title><link></link><description>x</description></item>"


def content_types(site: Site) -> None:
    """Feeds served as text/html (with an entry whose link is empty), sitemaps as text/plain,
    JSON and OAI-PMH answers as text/html."""
    for key in list(site.answers):
        body, _ = site.answers[key]
        kind = site.kind(key)
        if kind == "feed":
            body = re.sub(rb"(<item[\s>])", EMPTY_ITEM.encode() + rb"\1", body, count=1)
            site.serve(key, body, "text/html; charset=utf-8")
        elif kind == "sitemap":
            site.serve(key, body, "text/plain; charset=utf-8")
        elif kind == "json" or kind == "unknown" and body.lstrip().startswith(b"<"):  # OAI-PMH
            site.serve(key, body, "text/html; charset=utf-8")


def _renamed(token: str) -> str:
    return "t" + hashlib.md5(token.encode()).hexdigest()[:6]


def renamed_markup(site: Site) -> None:
    """Every class and id renamed (another theme), but the body's own classes."""
    def change(html: str) -> str:
        def attribute(match):
            if match.group(0).lower().startswith("<body"):
                return match.group(0)
            return re.sub(r'\b(class|id)=(["\'])([^"\']*)\2',
                          lambda m: f'{m.group(1)}={m.group(2)}{" ".join(map(_renamed, m.group(3).split()))}{m.group(2)}',
                          match.group(0))
        return re.sub(r"<[a-zA-Z][^>]*>", attribute, html)
    site.rewrite_html(change)


def wrappers(site: Site) -> None:
    """The page inside three more containers, each paragraph and heading in a div of its own."""
    def change(html: str) -> str:
        html = re.sub(r"(<body[^>]*>)", r'\1<div class="site-wrapper"><div class="container"><div class="row">', html,
                      count=1, flags=re.I)
        html = re.sub(r"(</body>)", r"</div></div></div>\1", html, count=1, flags=re.I)
        html = re.sub(r"(<p[\s>])", r'<div class="block">\1', html)
        return re.sub(r"(</p>)", r"\1</div>", html)
    site.rewrite_html(change)


def download_buttons(site: Site) -> None:
    """Links to documents taken out of the text and put, as download buttons, under the title
    (every second one a <button> that opens the file)."""
    anchor = re.compile(r"<a\b[^>]*\bhref=[\"']([^\"']+)[\"'][^>]*>(.*?)</a>", re.S | re.I)

    def change(html: str) -> str:
        files = [m for m in anchor.finditer(html) if page.is_document_url(m.group(1))]
        if not files or "</h1>" not in html:
            return html
        buttons = "".join(
            f'<a class="btn btn-primary" href="{m.group(1)}"><span>Télécharger</span></a>' if n % 2 == 0 else
            f"<button class=\"btn\" onclick=\"window.open('{m.group(1)}')\">Télécharger le document</button>"
            for n, m in enumerate(files))
        html = anchor.sub(lambda m: re.sub(r"<[^>]+>", "", m.group(2)) if page.is_document_url(m.group(1)) else m.group(0),
                          html)
        return html.replace("</h1>", f'</h1><div class="actions">{buttons}</div>', 1)
    site.rewrite_html(change)


def pagination(site: Site) -> None:
    """The listings paged by another parameter: links rewritten, the old URLs gone."""
    if not site.platform.page_param:
        return
    old, new = site.platform.page_param
    pattern = re.compile(rf"([?&;]){old}=")
    for key in [k for k in site.answers if pattern.search(k)]:
        body, ctype = site.answers.pop(key)
        site.conf["routes"][key] = {"status": 404}
        site.answers[pattern.sub(rf"\1{new}=", key)] = (body, ctype)
    for key in list(site.answers):
        body, ctype = site.answers[key]
        if site.kind(key) in ("html", "sitemap", "feed"):
            site.serve(key, re.sub(rf"([?&;]|&amp;){old}=".encode(), rf"\1{new}=".encode(), body), ctype)


SECTION_PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Études de cas</title></head>
<body class="page_rubrique"><div id="content"><h1>Études de cas</h1>
<p>Les études conduites avec les territoires, des diagnostics aux évaluations.</p>
<ul class="liste-items"><li><a href="{item}">Une étude vue seulement du menu</a></li></ul></div></body></html>"""


def menu_section(site: Site) -> dict:
    """A section linked only from the home page's menu, listing one new document (a copy of a
    known one under another URL): {new URL: the baseline URL it copies}."""
    if not site.platform.section or "/" not in site.answers:
        return {}
    section, item = site.platform.section
    template = site.template
    if template is None:
        return {}
    body, ctype = site.answers[urlsplit(template).path]
    encoding = "latin-1" if "iso-8859-1" in ctype else "utf-8"
    html = body.decode(encoding, "replace")
    html = re.sub(r'<link rel="canonical"[^>]*>|<meta property="og:url"[^>]*>', "", html)
    html = html.replace(urlsplit(template).path, item)  # RDFa `about`, shortlinks: the copy's own URL
    site.serve(item, html.encode(encoding, "xmlcharrefreplace"), ctype)
    site.serve(section, SECTION_PAGE.format(item=item).encode(), "text/html; charset=utf-8")
    home, home_type = site.answers["/"]
    menu = f'<nav class="menu-principal"><ul><li><a href="{section}">Études de cas</a></li></ul></nav>'.encode()
    site.serve("/", re.sub(rb"(<body[^>]*>)", rb"\1" + menu, home, count=1, flags=re.I), home_type)
    return {f"https://{site.platform.host}{item}": template}


def broken_channel(site: Site) -> None:
    """The platform's first channel answers 500 (sitemaps, the OAI-PMH connector, the uMap
    download) or 404 (a closed WordPress REST API)."""
    channel = site.platform.broken
    for key in list(site.answers):
        if channel == "sitemap" and site.kind(key) == "sitemap" or \
                channel == "rest-api" and ("wp-json" in key or "rest_route" in key) or \
                channel == "oai" and "connector_out.php" in key or \
                channel == "download" and "/download/" in key:
            site.conf["routes"][key] = {"status": 404 if channel == "rest-api" else 500}


def move_host(root: Path, platform: Platform, down: bool) -> None:
    """The site answers under its other host: the canonical one redirects to it, or is down."""
    if not platform.alias:
        return
    source, dest = root / platform.host, root / platform.alias
    if dest.exists():
        shutil.rmtree(dest)
    source.rename(dest)
    conf_path = dest / "_site.json"
    conf = json.loads(conf_path.read_text())
    conf["aliases"] = [] if down else [platform.host]
    conf_path.write_text(json.dumps(conf, ensure_ascii=False, indent=1))
    if down:
        source.mkdir()
        (source / "_site.json").write_text(json.dumps({"down": True}))


STEPS = {"content_types": content_types, "renamed_markup": renamed_markup, "wrappers": wrappers,
         "download_buttons": download_buttons, "pagination": pagination, "broken_channel": broken_channel}


def make_variant(platform: Platform, mutations, baseline: Crawl, dest: Path, cache: Path) -> tuple[Path, dict]:
    """A copy of the sites with the mutations applied to the platform's site; and the new
    documents it holds, each with the baseline document it copies."""
    root = copy_sites(dest)
    site = Site(root, platform, baseline, cache)
    site.template = next((url for url, item in baseline.items.items() if item.get("files")
                          and urlsplit(url).path in site.answers and not urlsplit(url).query), None)
    added = menu_section(site) if "menu_section" in mutations else {}
    for name in mutations:
        if name in STEPS:
            STEPS[name](site)
    site.save()
    if "hosts_swapped" in mutations or "host_down" in mutations:
        move_host(root, platform, down="host_down" in mutations)
    return root, added


# ---------------------------------------------------------------- what was recovered
def _words(text: str | None) -> set[str]:
    return set(re.findall(r"\w{3,}", (text or "").lower()))


def _shas(item: dict | None) -> set[str]:
    return {f.get("sha256") or Path(f["path"]).stem for f in (item or {}).get("files") or []}


def recovered(baseline: Crawl, variant: Crawl, added: dict) -> dict:
    """Shares of the baseline's documents, bodies and files that the variant's crawl found."""
    expected = {url: baseline.items[url] for url in baseline.items}
    expected.update({new: baseline.items[old] for new, old in added.items()})
    docs = bodies = files = want_bodies = want_files = 0
    for url, want in expected.items():
        got = variant.items.get(url)
        docs += got is not None
        words = _words(want.get("body"))
        if words:
            want_bodies += 1
            bodies += bool(got) and len(words & _words(got.get("body"))) >= BODY_WORDS_KEPT * len(words)
        shas = _shas(want)
        want_files += len(shas)
        files += len(shas & _shas(got))
    share = lambda n, d: n / d if d else 1.0  # noqa: E731
    return {"documents": share(docs, len(expected)), "bodies": share(bodies, want_bodies),
            "files": share(files, want_files), "expected": len(expected), "found": docs,
            "extra": len(set(variant.items) - set(expected))}
