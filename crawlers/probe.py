"""`crpv probe SOURCE`: what a source's sites really serve, saved for a maintainer to read.

Per host of the source (the canonical one and further installs): robots.txt, the usual sitemaps
and feeds, the WordPress REST API, then the platform's own entry (PMB OAI connector, uMap
download) and one listing page; then two item pages from the first channel that listed items.
Every answer is saved under data/probe/<source>/ (`NN-kind-host.<ext>` body, `.meta.json` with
status, headers, redirects) and read back from there with the spider's own callbacks, so the
output is what a crawl would make of the site, and a fixed selector can be tried again on the
saved answers (`crpv probe SOURCE --saved`) without touching the site.

Fetching is urllib, one request at a time, not a Scrapy child process as for `crawl`: a probe is
a few dozen sequential requests, each saved with its redirect hops, and Scrapy's robots
middleware would fetch robots.txt a second time behind the probe's own request. What the crawl
and the probe must share is shared: User-Agent, default headers, delay and timeout come from the
Scrapy settings; robots.txt is read with Protego (Scrapy's parser) and obeyed for every request
but robots.txt itself, redirect hops included, with its Crawl-delay (capped as in the crawl);
proxies come from http(s)_proxy / no_proxy; certificates are not verified (nor are they by Scrapy).
"""

import http.client
import json
import re
import shutil
import ssl
import time
import urllib.error
import urllib.request
from collections import deque
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urljoin, urlsplit

from protego import Protego
from scrapy import Request
from scrapy.exceptions import DropItem
from scrapy.http import Headers
from scrapy.responsetypes import responsetypes
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.project import get_project_settings
from twisted.python.failure import Failure

from crawlers.extensions import Report
from crawlers.items import DocumentItem
from crawlers.pipelines import NormalisePipeline
from crawlers.platforms.pmb import PmbSpider
from crawlers.platforms.umap import UmapSpider
from crawlers.platforms.wordpress import WordPressSpider, WpSite
from crawlers.politeness import MAX_CRAWL_DELAY

SITEMAPS = ("/sitemap.xml", "/wp-sitemap.xml", "/sitemap_index.xml", "/spip.php?page=sitemap.xml")
FEEDS = ("/rss.xml", "/feed/", "/spip.php?page=backend")
ITEM_CALLBACKS = ("parse_page", "parse_record")
# Discovery callbacks whose requests the probe follows one step (kind shown for each).
FOLLOWED = {"parse_sitemap": "sitemap", "parse_identify": "oai", "parse_list_records": "oai-records",
            "parse_opac_listing": "listing", "parse_geojson": "umap-geojson", "parse_datalayer": "umap-layer"}
MAX_FOLLOWED = 3      # per answer: child sitemaps, datalayers
MAX_REQUESTS = 60
MAX_BODY = 20 * 1024 * 1024
SAMPLES = 2
REDIRECTS = (301, 302, 303, 307, 308)
EXTENSIONS = (("html", "html"), ("json", "json"), ("xml", "xml"), ("rss", "xml"), ("atom", "xml"),
              ("text/plain", "txt"), ("pdf", "pdf"))


# ---------- fetching ----------
@dataclass
class Fetched:
    url: str                       # asked
    final_url: str
    status: int | None = None
    headers: dict = field(default_factory=dict)   # name -> [values]
    body: bytes = b""
    error: str | None = None
    redirects: list = field(default_factory=list)  # [[status, url], ...] before final_url


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # every hop is checked against robots.txt and recorded by PoliteFetcher


class PoliteFetcher:
    """Sequential, identified, robots.txt-abiding fetches with the crawl's settings."""

    def __init__(self, settings=None):
        settings = settings or get_project_settings()
        self.user_agent = settings["USER_AGENT"]
        self.headers = {**settings.getdict("DEFAULT_REQUEST_HEADERS"), "User-Agent": self.user_agent}
        self.delay = settings.getfloat("DOWNLOAD_DELAY")
        self.timeout = settings.getfloat("DOWNLOAD_TIMEOUT")
        self.max_redirects = settings.getint("REDIRECT_MAX_TIMES")
        self.robots: dict[str, tuple[Fetched, Protego | None]] = {}  # origin -> answer, rules
        self.ready_at: dict[str, float] = {}
        context = ssl.create_default_context()
        context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
        self.opener = urllib.request.build_opener(urllib.request.ProxyHandler(),  # env proxies
                                                  urllib.request.HTTPSHandler(context=context), _NoRedirect)

    def robots_txt(self, origin: str) -> Fetched:
        if origin not in self.robots:
            fetched = self.get(origin + "/robots.txt", obey_robots=False)
            ok = fetched.status and 200 <= fetched.status < 300
            rules = Protego.parse(fetched.body.decode("utf-8", "replace")) if ok else None
            self.robots[origin] = (fetched, rules)
        return self.robots[origin][0]

    def reachable(self, url: str) -> bool:
        """Did the host answer robots.txt at all? If not, nothing more is asked from it."""
        return self.robots_txt(_origin(url)).status is not None

    def allowed(self, url: str) -> bool:
        rules = self.robots[_origin(url)][1] if self.reachable(url) else None
        return rules is None or rules.can_fetch(url, self.user_agent)

    def get(self, url: str, obey_robots: bool = True) -> Fetched:
        asked, hops = url, []
        for _ in range(self.max_redirects + 1):
            if obey_robots and not self.reachable(url):
                return Fetched(asked, url, error="not asked: the host did not answer robots.txt", redirects=hops)
            if obey_robots and not self.allowed(url):
                return Fetched(asked, url, error="forbidden by robots.txt", redirects=hops)
            fetched = self._once(url)
            location = _header(fetched.headers, "Location")
            if fetched.status not in REDIRECTS or not location:
                fetched.url, fetched.redirects = asked, hops
                return fetched
            hops.append([fetched.status, url])
            url = urljoin(url, location)
        return Fetched(asked, url, error="too many redirects", redirects=hops)

    def _once(self, url: str) -> Fetched:
        host = urlsplit(url).netloc
        time.sleep(max(0.0, self.ready_at.get(host, 0) - time.monotonic()))
        try:
            with self.opener.open(urllib.request.Request(url, headers=self.headers), timeout=self.timeout) as r:
                return Fetched(url, url, r.status, _headers(r.headers), r.read(MAX_BODY))
        except urllib.error.HTTPError as e:
            return Fetched(url, url, e.code, _headers(e.headers), e.read(MAX_BODY))
        except (urllib.error.URLError, OSError, http.client.HTTPException) as e:
            return Fetched(url, url, error=f"{type(e).__name__}: {getattr(e, 'reason', e)}")
        finally:
            self.ready_at[host] = time.monotonic() + self.host_delay(url)

    def host_delay(self, url: str) -> float:
        rules = self.robots.get(_origin(url), (None, None))[1]
        crawl_delay = (rules.crawl_delay(self.user_agent) if rules else None) or 0
        return max(self.delay, min(crawl_delay, MAX_CRAWL_DELAY))


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _headers(message) -> dict:
    out: dict[str, list[str]] = {}
    for name, value in message.items():
        out.setdefault(name, []).append(value)
    return out


def _header(headers: dict, name: str) -> str | None:
    return next((v[0] for k, v in headers.items() if k.lower() == name.lower() and v), None)


# ---------- what to ask ----------
@dataclass
class Step:
    kind: str
    url: str
    callback: str = ""       # the spider method that reads the answer
    errback: str = ""
    cb_kwargs: dict = field(default_factory=dict)


def plan(cls) -> list[Step]:
    """Robots, sitemaps, feeds and REST API per host; then the platform's entry and a listing."""
    spider = _spider(cls)
    hosts = [cls.hosts[0], *getattr(cls, "other_sites", ())]
    steps = []
    for host in hosts:
        base = f"https://{host}"
        steps.append(Step("robots.txt", base + "/robots.txt"))
        if issubclass(cls, UmapSpider):
            continue  # a shared map service, not the source's own site: only its map is asked
        steps += [Step("sitemap", base + p, "parse_sitemap", cb_kwargs={"channel": "sitemap"})
                  for p in dict.fromkeys(SITEMAPS + cls.sitemap_paths)]
        steps += [Step("feed", base + p, "parse_feed", cb_kwargs={"channel": "feed"})
                  for p in dict.fromkeys(FEEDS + cls.feed_paths)]
        steps += [Step("wp-json", base + "/wp-json/"), _types_step(spider, host, 0)]
    if issubclass(cls, (PmbSpider, UmapSpider)):
        steps += [_step_of(r, "oai" if issubclass(cls, PmbSpider) else "umap") for r in spider.entry_requests()]
    if issubclass(cls, PmbSpider):
        steps.append(Step("listing", spider.listing_url(1), "parse_opac_listing", cb_kwargs={"page_no": 1}))
    elif cls.listing_paths:
        steps.append(Step("listing", spider.base_url + cls.listing_paths[0], "parse_listing",
                          cb_kwargs={"channel": "listing", "pages": 1}))
    return steps


def _types_step(spider, host: str, root: int) -> Step:
    """`wp/v2/types` at one of the spider's API roots (WordPress), else at /wp-json/."""
    if isinstance(spider, WordPressSpider):
        site = WpSite(host)
        site.root = root
        url = spider.api_url(site, "wp/v2/types")
    else:
        url = f"https://{host}/wp-json/wp/v2/types"
    return Step("wp-types", url, cb_kwargs={"host": host, "root": root})


def _step_of(request: Request, kind: str) -> Step:
    return Step(kind, request.url, request.callback.__name__,
                request.errback.__name__ if request.errback else "", dict(request.cb_kwargs))


def _spider(cls):
    spider = cls()
    spider.report = Report(cls.name, "probe")
    return spider


# ---------- reading an answer ----------
@dataclass
class Reading:
    items: int | None = None   # items the channel lists
    note: str = ""
    follow: list = field(default_factory=list)   # further discovery steps
    samples: list = field(default_factory=list)  # item steps, in listed order
    direct: bool = False       # the answer holds the items themselves (uMap JSON)


def read(cls, meta: dict, response) -> Reading:
    """What the spider's own code makes of one saved answer."""
    if meta["kind"] == "robots.txt" and meta["error"]:
        return Reading(note="host unreachable: nothing more asked from it")
    if meta["kind"] == "robots.txt":
        return _read_robots(response)
    if meta["kind"] in ("wp-json", "wp-types", "wp-items"):
        return _read_wp(cls, meta, response)
    if not meta["callback"] or meta["kind"] == "item":  # items are read as samples
        return Reading()
    spider = _spider(cls)
    try:
        if response is not None and response.status < 400:
            outputs = list(getattr(spider, meta["callback"])(response, **meta["cb_kwargs"]) or ())
        elif meta["errback"]:
            outputs = list(getattr(spider, meta["errback"])(_failure(meta, response)) or ())
        else:
            return Reading()
    except Exception as exc:  # the spider's code on an unexpected answer: a finding, not a crash
        return Reading(note=f"spider error: {type(exc).__name__}: {exc}")
    return _sort(outputs, response, spider.report)


def _sort(outputs: list, response, report: Report) -> Reading:
    reading = Reading()
    items = [o for o in outputs if isinstance(o, DocumentItem)]
    requests = [o for o in outputs if isinstance(o, Request)]
    reading.samples = [_step_of(r, "item") for r in requests if r.callback.__name__ in ITEM_CALLBACKS]
    followed = [r for r in requests if r.callback.__name__ in FOLLOWED and not _next_page(r)]
    for name in dict.fromkeys(r.callback.__name__ for r in followed):
        same = [r for r in followed if r.callback.__name__ == name]
        reading.follow += [_step_of(r, FOLLOWED[name]) for r in same[:MAX_FOLLOWED]]
    reading.items = len(items) + len(reading.samples)
    reading.direct = bool(items)
    listed, what = _listed(response)
    notes = []
    if what == "sitemaps":
        notes.append(f"index of {listed} sitemaps")
    elif listed is not None and listed != reading.items:
        notes.append(f"{reading.items} of {listed} listed {what} are items")
    if followed:
        kinds = dict.fromkeys(FOLLOWED[r.callback.__name__] for r in followed)
        notes.append(f"leads to {len(followed)} × {', '.join(kinds)}")
    pages = [r.url for r in requests if _next_page(r)]
    notes += [f"next page (not followed): {url}" for url in pages[:1]]
    others = len(requests) - len(reading.samples) - len(followed) - len(pages)
    if others:
        notes.append(f"{others} other request(s) not followed")
    notes += [f"spider: {e['error']}" for e in report.errors[:2]]
    notes += [f"skipped: {reason} ({n})" for reason, n in report.skipped.items()]
    reading.note = "; ".join(notes)
    return reading


def _next_page(request: Request) -> bool:
    """A further page of a listing or OAI list: one page tells enough."""
    kwargs = request.cb_kwargs
    return kwargs.get("first") is False or kwargs.get("page_no", 1) > 1 or kwargs.get("pages", 1) > 1


def _listed(response) -> tuple[int | None, str]:
    """How many entries a sitemap or feed lists, whether or not the spider takes them."""
    body = getattr(response, "body", b"")
    head = body[:2000]
    if b"<sitemapindex" in head:
        return body.count(b"<loc>"), "sitemaps"
    if b"<urlset" in head:
        return body.count(b"<loc>"), "URLs"
    if b"<rss" in head or b"<feed" in head:
        return len(re.findall(rb"<(?:item|entry)[\s>]", body)), "entries"
    return None, ""


def _read_robots(response) -> Reading:
    if response is None or response.status >= 400:
        return Reading(note="no robots.txt: everything allowed")
    rules = Protego.parse(response.text)
    sitemaps = list(rules.sitemaps)
    notes = [f"Sitemap: {', '.join(sitemaps)}"] if sitemaps else []
    delay = rules.crawl_delay(get_project_settings()["USER_AGENT"])
    if delay:
        notes.append(f"Crawl-delay: {delay:g}")
    follow = [Step("sitemap", url, "parse_sitemap", cb_kwargs={"channel": "sitemap"}) for url in sitemaps]
    return Reading(note="; ".join(notes), follow=follow)


def _read_wp(cls, meta: dict, response) -> Reading:
    data = _json(response) if response is not None and response.status < 400 else None
    kind, spider = meta["kind"], _spider(cls)
    if kind == "wp-json" and data is None:
        return Reading()
    if kind == "wp-json":
        if not isinstance(data, dict) or "namespaces" not in data:
            return Reading(note="not a WordPress REST API")
        namespaces = ", ".join(data["namespaces"][:6])
        return Reading(note=f"WordPress REST API “{data.get('name', '')}”: {namespaces}")
    if kind == "wp-items":
        total = response.headers.get("X-WP-Total", b"").decode() if response is not None else ""
        count = int(total) if total.isdigit() else (len(data) if isinstance(data, list) else None)
        return Reading(items=count, note=f"X-WP-Total: {total}" if total else "")
    types = {slug: t for slug, t in (data.items() if isinstance(data, dict) else ())
             if isinstance(t, dict) and t.get("rest_base")}
    host, root = meta["cb_kwargs"]["host"], meta["cb_kwargs"]["root"]
    if not types:
        retry = isinstance(spider, WordPressSpider) and root + 1 < len(spider.api_roots)
        note = "" if data is None else "not a list of post types"
        return Reading(note=note, follow=[_types_step(spider, host, root + 1)] if retry else [])
    follow = []
    if isinstance(spider, WordPressSpider):  # one item of each harvested type: X-WP-Total
        site = WpSite(host)
        site.root = root
        routes = [f"{types[t].get('rest_namespace') or 'wp/v2'}/{types[t]['rest_base']}"
                  for t in spider.post_types if t in types]
        follow = [Step("wp-items", spider.api_url(site, route, {"per_page": 1}), cb_kwargs=meta["cb_kwargs"])
                  for route in routes]
    missing = [t for t in getattr(spider, "post_types", ()) if t not in types]
    note = "types: " + ", ".join(types) + (f"; missing: {', '.join(missing)}" if missing else "")
    return Reading(note=note, follow=follow)


def _failure(meta: dict, response) -> Failure:
    error = HttpError(response, "HTTP error") if response is not None else ConnectionError(meta.get("error"))
    failure = Failure(error)
    failure.request = Request(meta["url"], cb_kwargs=meta["cb_kwargs"])
    return failure


def _json(response):
    try:
        return json.loads(response.body)
    except (ValueError, AttributeError):
        return None


# ---------- saving and loading answers ----------
def save(out_dir: Path, n: int, step: Step, fetched: Fetched) -> dict:
    """Write the body and a meta file; return the meta (the answer's entry in probe.json)."""
    content_type = _header(fetched.headers, "Content-Type") or ""
    ext = next((e for key, e in EXTENSIONS if key in content_type), "bin")
    stem = f"{n:02d}-{step.kind}-{urlsplit(fetched.url).netloc}"
    meta = {**asdict(step), "n": n, "final_url": fetched.final_url, "status": fetched.status,
            "content_type": content_type.split(";")[0], "size": len(fetched.body),
            "error": fetched.error, "redirects": fetched.redirects, "headers": fetched.headers,
            "file": f"{stem}.{ext}" if fetched.status else None}
    if meta["file"]:
        (out_dir / meta["file"]).write_bytes(fetched.body)
    (out_dir / f"{stem}.meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1, default=str))
    return meta


def load(out_dir: Path, meta: dict):
    """The saved answer as the Scrapy response the spider would have received, or None."""
    if not meta.get("file"):
        return None
    body = (out_dir / meta["file"]).read_bytes()
    headers = Headers(meta["headers"])
    redirected = [url for _, url in meta["redirects"]]
    request = Request(meta["url"], meta={"redirect_urls": redirected} if redirected else {})
    cls = responsetypes.from_args(headers=headers, url=meta["final_url"], body=body)
    return cls(url=meta["final_url"], status=meta["status"], headers=headers, body=body, request=request)


# ---------- the probe ----------
def probe(cls, out_dir: Path, fetcher: PoliteFetcher | None = None, log=print) -> dict:
    """Ask the sites, save every answer, read them back; return the summary (also probe.json)."""
    shutil.rmtree(out_dir, ignore_errors=True)
    out_dir.mkdir(parents=True)
    run = _Run(cls, out_dir, fetcher or PoliteFetcher(), log)
    run.channels()
    run.samples()
    summary = {"source": cls.name, "answers": run.answers}
    (out_dir / "probe.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1, default=str))
    return summary


class _Run:
    def __init__(self, cls, out_dir: Path, fetcher: PoliteFetcher, log):
        self.cls, self.out_dir, self.fetcher, self.log = cls, out_dir, fetcher, log
        self.answers: list[dict] = []
        self.queue = deque(plan(cls))
        self.sample_steps: list[Step] = []
        self.sampled = False
        self.robots_saved: set[str] = set()

    def channels(self):
        asked = set()
        while self.queue and len(self.answers) < MAX_REQUESTS:
            step = self.queue.popleft()
            if step.url in asked or (step.kind != "robots.txt" and not self.fetcher.reachable(step.url)):
                continue  # asked already, or its host is unreachable: its robots.txt row says so
            asked.add(step.url)
            if step.kind == "robots.txt":
                self.fetcher.robots_txt(_origin(step.url))
                self.save_robots()
                continue
            fetched = self.fetcher.get(step.url)
            self.save_robots()  # a robots.txt fetched on the way (redirect to another host)
            meta, reading = self.add(step, fetched)
            if not self.sampled and reading.items:  # the first channel that lists items
                self.sampled = True
                self.sample_steps = reading.samples[:SAMPLES]
                if reading.direct:  # the answer holds the items: read them from it
                    meta["take"] = SAMPLES
        self.save_robots()

    def samples(self):
        for step in self.sample_steps:
            fetched = self.fetcher.get(step.url)
            self.save_robots()
            meta, _ = self.add(step, fetched)
            meta["take"] = 1

    def save_robots(self):
        for origin, (fetched, _) in self.fetcher.robots.items():
            if origin not in self.robots_saved:
                self.robots_saved.add(origin)
                self.add(Step("robots.txt", origin + "/robots.txt"), fetched)

    def add(self, step: Step, fetched: Fetched) -> tuple[dict, Reading]:
        meta = save(self.out_dir, len(self.answers) + 1, step, fetched)
        reading = _record(self.cls, self.out_dir, meta)
        self.answers.append(meta)
        for line in answer_lines(meta):
            self.log(line)
        self.queue.extendleft(reversed(reading.follow))
        return meta, reading


def _record(cls, out_dir: Path, meta: dict) -> Reading:
    reading = read(cls, meta, load(out_dir, meta))
    meta["items"], meta["note"] = reading.items, reading.note
    return reading


def reread(cls, out_dir: Path) -> dict:
    """The last probe's answers read again by the current spider code: no network."""
    summary = json.loads((out_dir / "probe.json").read_text())
    for meta in summary["answers"]:
        _record(cls, out_dir, meta)
    return summary


def extract_samples(cls, out_dir: Path, summary: dict) -> list[dict]:
    """Run the spider's callbacks on the saved sample answers: the items a crawl would yield."""
    found = []
    for meta in (m for m in summary["answers"] if m.get("take")):
        channel = meta["cb_kwargs"].get("channel", meta["kind"])
        entry = {"url": meta["url"], "file": meta["file"], "channel": channel}
        items, error = _sample_items(cls, meta, load(out_dir, meta))
        found += [{**entry, "item": item} for item in items[:meta["take"]]] or [{**entry, "error": error}]
    return found


def _sample_items(cls, meta: dict, response) -> tuple[list[dict], str]:
    if response is None or response.status >= 400:
        return [], meta.get("error") or f"HTTP {meta['status']}"
    spider = _spider(cls)
    try:
        outputs = list(getattr(spider, meta["callback"])(response, **meta["cb_kwargs"]) or ())
        return [_normalised(spider, o) for o in outputs if isinstance(o, DocumentItem)], "no item yielded"
    except DropItem as exc:
        return [], f"dropped by the crawl's pipeline: {exc}"
    except Exception as exc:  # the spider's code on an unexpected page: shown, not raised
        return [], f"spider error: {type(exc).__name__}: {exc}"


def _normalised(spider, item) -> dict:
    """The item as the crawl stores it (NormalisePipeline: cleaned text, tags once, checks)."""
    return dict(NormalisePipeline(SimpleNamespace(spider=spider)).process_item(item))


def answered(summary: dict) -> bool:
    """Did any channel (robots.txt aside) answer with a success?"""
    return any(m["kind"] != "robots.txt" and 200 <= (m["status"] or 0) < 300 for m in summary["answers"])


# ---------- printing ----------
HEADER = f"  {'channel':<12} {'status':<6} {'type':<22} {'size':>8} {'items':>5}  url"


def answer_lines(meta: dict) -> list[str]:
    status = meta["status"] or ("robots" if "robots" in (meta["error"] or "") else "error")
    items = "-" if meta.get("items") is None else meta["items"]
    kind, content_type, size = meta["kind"], meta["content_type"] or "-", _size(meta["size"])
    lines = [f"  {kind:<12} {status!s:<6} {content_type:<22} {size:>8} {items!s:>5}  {meta['url']}"]
    notes = [meta["note"]] if meta.get("note") else []
    if meta["redirects"]:
        statuses = ", ".join(str(status) for status, _ in meta["redirects"])
        notes.append(f"redirected ({statuses}) to {meta['final_url']}")
    notes += [meta["error"]] if meta.get("error") else []
    return lines + [f"  {'':<12} {n}" for n in notes]


def render_samples(samples: list[dict]) -> str:
    if not samples:
        return "no sample: no channel listed an item"
    lines = ["what the spider extracts from the saved samples:"]
    for n, sample in enumerate(samples, 1):
        lines.append(f"[{n}] {sample['url']}  (listed by {sample['channel']}; saved as {sample['file']})")
        lines += [f"    {line}" for line in _item_lines(sample)]
    return "\n".join(lines)


def _item_lines(sample: dict) -> list[str]:
    if "error" in sample:
        return [f"nothing: {sample['error']}"]
    item, sources = sample["item"], sample["item"].get("field_sources") or {}
    files = item.get("attachments") or []

    def line(label, value, field=None):
        evidence = f"   [{sources[field]}]" if sources.get(field) else ""
        return f"{label:<12} {value or '— none —'}{evidence}"
    return [
        line("url", item.get("url")),
        line("title", item.get("title"), "title"),
        line("date", item.get("date"), "date"),
        line("doc_type", item.get("doc_type"), "doc_type"),
        line("tags", ", ".join(item.get("tags") or [])),
        line("attachments", str(len(files))),
        *[f"{'':<12}   {a['url']}" for a in files[:5]],
        line("body", f"{len(item.get('body') or '')} characters", "body"),
    ]


def _size(n: int) -> str:
    return f"{n} B" if n < 1000 else f"{n / 1000:.1f} kB" if n < 1_000_000 else f"{n / 1_000_000:.1f} MB"
