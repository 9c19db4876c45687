"""Sequential, identified, robots.txt-abiding fetches with the crawl's settings.

Fetching is urllib, one request at a time, not a Scrapy child process as for `crawl`: a probe is
a few dozen sequential requests, each saved with its redirect hops, and Scrapy's robots
middleware would fetch robots.txt a second time behind the probe's own request. What the crawl
and the probe must share is shared: User-Agent, default headers, delay and timeout come from the
Scrapy settings; robots.txt is read with Protego (Scrapy's parser) and obeyed for every request
but robots.txt itself, redirect hops included, with its Crawl-delay (capped as in the crawl);
proxies come from http(s)_proxy / no_proxy; certificates are not verified (nor are they by Scrapy).
"""

import http.client
import ssl
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from protego import Protego
from scrapy.utils.project import get_project_settings

from crawlers.politeness import capped_crawl_delay

MAX_BODY = 20 * 1024 * 1024
REDIRECTS = (301, 302, 303, 307, 308)


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
        return self.robots_txt(origin(url)).status is not None

    def allowed(self, url: str) -> bool:
        rules = self.robots[origin(url)][1] if self.reachable(url) else None
        return rules is None or rules.can_fetch(url, self.user_agent)

    def get(self, url: str, obey_robots: bool = True) -> Fetched:
        asked, hops = url, []
        for _ in range(self.max_redirects + 1):
            if obey_robots and not self.reachable(url):
                return Fetched(asked, url, error="not asked: the host did not answer robots.txt", redirects=hops)
            if obey_robots and not self.allowed(url):
                return Fetched(asked, url, error="forbidden by robots.txt", redirects=hops)
            fetched = self._once(url)
            location = header(fetched.headers, "Location")
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
        rules = self.robots.get(origin(url), (None, None))[1]
        return max(self.delay, capped_crawl_delay(rules, self.user_agent) if rules else 0)


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def header(headers: dict, name: str) -> str | None:
    """First value of a header, whatever the case of its name."""
    return next((v[0] for k, v in headers.items() if k.lower() == name.lower() and v), None)


def _headers(message) -> dict:
    out: dict[str, list[str]] = {}
    for name, value in message.items():
        out.setdefault(name, []).append(value)
    return out
