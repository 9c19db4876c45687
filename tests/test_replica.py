"""The replica server itself: static rules, routes, TLS tunnels, WordPress emulation, PDFs."""

from __future__ import annotations

import http.client
import io
import json
import os
import re
import socket
import ssl
import subprocess
import sys
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pdfplumber
import pytest

from tests.replica import ReplicaServer, make_pdf, take_down

SITES = Path(__file__).parent / "sites"
HOST = "example.test"
pytestmark = pytest.mark.timeout(60)


@pytest.fixture(scope="module")
def overlay(tmp_path_factory) -> Path:
    """A site root laid over tests/sites: one changed page, one added route, one down host."""
    root = tmp_path_factory.mktemp("overlay")
    (root / HOST / "page-a").mkdir(parents=True)
    (root / HOST / "page-a" / "index.html").write_text("<html><title>Page A (modifiée)</title></html>")
    (root / HOST / "_site.json").write_text(json.dumps({"routes": {"/teapot": {"status": 418}}}))
    (take_down(root, "down.test") / "index.html").write_text("<html>never served</html>")
    return root


@pytest.fixture(scope="module")
def server(overlay, tmp_path_factory):
    with ReplicaServer([overlay, SITES], tmp_path_factory.mktemp("cache")) as srv:
        yield srv


def fetch(server, url: str, method: str = "GET", headers: dict | None = None):
    """One request through the proxy, redirects not followed: (status, headers, body)."""
    scheme, _, rest = url.partition("://")
    host, _, path = rest.partition("/")
    if scheme == "https":
        conn = http.client.HTTPSConnection("127.0.0.1", server.port, timeout=10,
                                           context=ssl._create_unverified_context())
        conn.set_tunnel(host, 443)
        target = "/" + path
    else:
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
        target = url
    try:
        conn.request(method, target, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, resp.headers, resp.read()
    finally:
        conn.close()


def wp(server, route: str):
    status, headers, body = fetch(server, f"https://{HOST}{route}")
    return status, headers, json.loads(body)


# --- static files ------------------------------------------------------------

@pytest.mark.parametrize("path, marker", [
    ("/", b"Centre de ressources d"),
    ("/page-a", b"Page A"),                       # a/b -> a/b/index.html
    ("/flaky.html", b"Second try"),
    ("/publications?page=2", b"Publications, page 2"),  # query in the file name, `?` as `@`
    ("/robots.txt", b"Disallow: /private/"),      # a static file wins over the WordPress one
])
def test_static_rules(server, path, marker):
    status, headers, body = fetch(server, f"http://{HOST}{path}")
    assert status == 200 and marker in body
    assert headers["ETag"] and headers["Last-Modified"]


def test_content_types_and_404(server):
    assert fetch(server, f"http://{HOST}/")[1]["Content-Type"] == "text/html; charset=utf-8"
    assert fetch(server, f"http://{HOST}/robots.txt")[1]["Content-Type"].startswith("text/plain")
    status, headers, body = fetch(server, f"http://{HOST}/nope/")
    assert status == 404 and b"<h1>" in body and headers["Content-Type"].startswith("text/html")
    for hidden in ("/_site.json", "/wp.json", "/docs/rapport.pdf.json"):
        assert fetch(server, f"http://{HOST}{hidden}")[0] == 404


def test_overlay_overrides_per_file(server):
    assert b"modifi\xc3\xa9e" in fetch(server, f"http://{HOST}/page-a/")[2]
    assert fetch(server, f"http://{HOST}/teapot")[0] == 418      # overlay route
    assert fetch(server, f"http://{HOST}/boom")[0] == 500         # base routes still apply


def test_head_and_conditional_get(server):
    url = f"https://{HOST}/publications?page=1"
    status, headers, body = fetch(server, url)
    status_h, headers_h, body_h = fetch(server, url, "HEAD")
    assert status_h == 200 and body_h == b"" and headers_h["Content-Length"] == str(len(body))
    status_c, _, body_c = fetch(server, url, headers={"If-None-Match": headers["ETag"]})
    assert (status_c, body_c) == (304, b"")
    assert fetch(server, url, headers={"If-Modified-Since": headers["Last-Modified"]})[0] == 304
    assert fetch(server, url, headers={"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"})[0] == 200
    assert fetch(server, url, headers={"If-None-Match": '"other"'})[0] == 200


# --- routes and aliases ------------------------------------------------------

def test_routes(server):
    assert fetch(server, f"https://{HOST}/boom")[0] == 500
    status, headers, _ = fetch(server, f"https://{HOST}/old-page")
    assert status == 301 and headers["Location"] == f"https://{HOST}/page-a/"
    assert fetch(server, f"https://{HOST}/loop-a")[1]["Location"].endswith("/loop-b")
    assert fetch(server, f"https://{HOST}/loop-b")[1]["Location"].endswith("/loop-a")
    status, headers, body = fetch(server, f"https://{HOST}/download?id=7")
    assert status == 200 and body.startswith(b"%PDF") and "attachment" in headers["Content-Disposition"]
    assert headers["Content-Type"] == "application/pdf"
    assert json.loads(fetch(server, f"https://{HOST}/api/status")[2]) == {"ok": True}


def test_route_times_then_static(server):
    first, second = fetch(server, f"https://{HOST}/flaky"), fetch(server, f"https://{HOST}/flaky")
    assert first[0] == 503 and first[1]["Retry-After"] == "0"
    assert second[0] == 200 and b"Second try" in second[2]


def test_redirect_loop_with_urllib(server):
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": server.proxy_url}))
    with pytest.raises(urllib.error.HTTPError, match="infinite loop"):
        opener.open(f"http://{HOST}/loop-a", timeout=10)


def test_alias_redirects(server):
    status, headers, _ = fetch(server, f"https://www.{HOST}/page-a/?x=1")
    assert status == 301 and headers["Location"] == f"https://{HOST}/page-a/?x=1"


def test_down_and_unknown_hosts(server):
    for host in ("down.test", "unknown.test"):
        assert fetch(server, f"http://{host}/")[0] == 502
        with pytest.raises(OSError, match="502"):
            fetch(server, f"https://{host}/")
    assert {"host": "down.test", "status": 502} in [
        {"host": t["host"], "status": t["status"]} for t in server.tunnels]


# --- the proxy itself ----------------------------------------------------------

def test_connect_tls_with_urllib(server):
    https = urllib.request.HTTPSHandler(context=ssl._create_unverified_context())
    proxy = urllib.request.ProxyHandler({"https": server.proxy_url, "http": server.proxy_url})
    opener = urllib.request.build_opener(proxy, https)
    with opener.open(f"https://{HOST}/old-page", timeout=10) as resp:  # follows the 301
        assert resp.url == f"https://{HOST}/page-a/" and b"Page A" in resp.read()


def test_keep_alive_in_tunnel(server):
    server.clear_log()
    conn = http.client.HTTPSConnection("127.0.0.1", server.port, timeout=10,
                                       context=ssl._create_unverified_context())
    conn.set_tunnel(HOST, 443)
    for path in ("/", "/page-a/", "/publications?page=1", "/nope"):
        conn.request("GET", path)
        conn.getresponse().read()
    conn.close()
    assert len(server.tunnels) == 1
    assert [r["url"] for r in server.requests] == [
        f"https://{HOST}/", f"https://{HOST}/page-a/", f"https://{HOST}/publications?page=1", f"https://{HOST}/nope"]


def test_concurrent_tunnels(server):
    paths = ["/", "/page-a/", "/publications?page=1", "/publications?page=2", "/docs/rapport.pdf"] * 4
    with ThreadPoolExecutor(10) as pool:
        results = list(pool.map(lambda p: fetch(server, f"https://{HOST}{p}")[0], paths))
    assert results == [200] * len(paths)


def test_direct_request_with_host_header(server):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    conn.request("GET", "/page-a/", headers={"Host": HOST})
    assert b"Page A" in conn.getresponse().read()
    conn.request("GET", "/", headers={"Host": f"127.0.0.1:{server.port}"})  # hosts index
    assert HOST.encode() in conn.getresponse().read()
    conn.close()


def test_client_disconnecting_mid_response(server):
    for _ in range(5):
        sock = socket.create_connection(("127.0.0.1", server.port))
        sock.sendall(f"GET http://{HOST}/docs/rapport.pdf HTTP/1.1\r\nHost: {HOST}\r\n\r\n".encode())
        sock.recv(100)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        sock.close()  # RST while the server is still writing
    sock = socket.create_connection(("127.0.0.1", server.port))
    sock.sendall(b"\x16\x03\x01garbage\r\n\r\n")  # not HTTP at all
    sock.close()
    assert fetch(server, f"https://{HOST}/")[0] == 200


def test_request_log(server):
    server.clear_log()
    fetch(server, f"https://{HOST}/page-a/", headers={"User-Agent": "crpv-test"})
    fetch(server, f"http://{HOST}/nope")
    fetch(server, f"https://{HOST}/", "HEAD")
    log = server.requests
    assert [(r["method"], r["url"], r["status"]) for r in log] == [
        ("GET", f"https://{HOST}/page-a/", 200), ("GET", f"http://{HOST}/nope", 404),
        ("HEAD", f"https://{HOST}/", 200)]
    assert log[0]["headers"]["User-Agent"] == "crpv-test" and log[0]["bytes"] > 0 and log[2]["bytes"] == 0
    server.clear_log()
    assert server.requests == []


# --- PDFs ----------------------------------------------------------------------

ACCENTS = ["é", "è", "à", "ç", "œ", "’", "«", "»"]


def pdf_spec(**extra) -> dict:
    text = ("La politique de la ville s’adresse aux quartiers prioritaires : rénovation, éducation, "
            "emploi, santé et « participation des habitants ». Ça concerne l’œuvre commune et la façade, voilà tout. ")
    blocks = [{"heading": "Première partie"}] + [{"text": text * 5}] * 10 + [{"text": "Mot témoin : xylophage."}]
    return {"title": "Rapport d’étude", "author": "Centre de ressources", "subject": "Quartiers",
            "creation_date": "2018-06-15", "columns": 2, "header": "En-tête courant", "footer": "Pied",
            "blocks": blocks, **extra}


def test_pdf_two_columns_text_and_metadata():
    data = make_pdf(pdf_spec())
    assert data == make_pdf(pdf_spec())  # deterministic
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) >= 2
        assert pdf.metadata["Title"] == "Rapport d’étude" and pdf.metadata["Author"] == "Centre de ressources"
        assert pdf.metadata["CreationDate"].startswith("D:20180615")
        pages = [p.extract_text() for p in pdf.pages]
        words = pdf.pages[0].extract_words()
        middle = pdf.pages[0].width / 2
    text = "\n".join(pages)
    for needle in ACCENTS + ["xylophage", "Première partie", "participation"]:
        assert needle in text
    for n, page_text in enumerate(pages, 1):
        assert "En-tête courant" in page_text and f"page {n} / {len(pages)}" in page_text
    assert any(w["x0"] > middle for w in words) and any(w["x1"] < middle for w in words)  # two columns


def test_pdf_encrypted_and_corrupt():
    encrypted = make_pdf(pdf_spec(encrypted=True))
    with pytest.raises(Exception):
        pdfplumber.open(io.BytesIO(encrypted)).pages[0].extract_text()
    with pdfplumber.open(io.BytesIO(encrypted), password="secret") as pdf:
        assert "xylophage" in "".join(p.extract_text() for p in pdf.pages)
    corrupt = make_pdf(pdf_spec(corrupt=True))
    assert corrupt.startswith(b"%PDF")
    with pytest.raises(Exception):
        with pdfplumber.open(io.BytesIO(corrupt)) as pdf:
            [p.extract_text() for p in pdf.pages]


def test_pdf_served_from_spec(server):
    spec = json.loads((SITES / HOST / "docs" / "rapport.pdf.json").read_text())
    status, headers, body = fetch(server, f"https://{HOST}/docs/rapport.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf" and body == make_pdf(spec)
    assert fetch(server, f"https://{HOST}/docs/rapport.pdf")[1]["ETag"] == headers["ETag"]
    with pdfplumber.open(io.BytesIO(body)) as pdf:
        assert "zéphyr" in "".join(p.extract_text() for p in pdf.pages)
    assert fetch(server, f"https://{HOST}/docs/casse.pdf")[2][:5] == b"%PDF-"


# --- WordPress ---------------------------------------------------------------------

def test_wp_index_and_types(server):
    _, _, index = wp(server, "/wp-json/")
    assert "wp/v2" in index["namespaces"] and "/wp/v2/posts" in index["routes"]
    assert set(wp(server, "/wp-json/wp/v2/types")[2]) >= {"post", "page", "attachment"}


def test_wp_paging(server):
    status, headers, posts = wp(server, "/wp-json/wp/v2/posts?per_page=5")
    assert status == 200 and len(posts) == 5
    assert (headers["X-WP-Total"], headers["X-WP-TotalPages"]) == ("12", "3")
    assert 'page=2>; rel="next"' in headers["Link"]
    assert [p["date"] for p in posts] == sorted((p["date"] for p in posts), reverse=True)
    post = posts[0]
    assert post["title"]["rendered"] and post["status"] == "publish" and post["guid"]["rendered"]
    assert post["_links"]["self"][0]["href"].endswith(f"/wp/v2/posts/{post['id']}")
    last = wp(server, "/wp-json/wp/v2/posts?per_page=5&page=3")
    assert len(last[2]) == 2 and 'rel="next"' not in last[1]["Link"]
    same = wp(server, "/?rest_route=/wp/v2/posts&per_page=5")
    assert [p["id"] for p in same[2]] == [p["id"] for p in posts]
    assert "rest_route=" in same[1]["Link"]


def test_wp_errors(server):
    status, _, err = wp(server, "/wp-json/wp/v2/posts?page=9")
    assert status == 400 and err["code"] == "rest_post_invalid_page_number"
    status, _, err = wp(server, "/wp-json/wp/v2/posts?per_page=101")
    assert status == 400 and err["code"] == "rest_invalid_param"
    assert wp(server, "/wp-json/wp/v2/posts/999")[2]["code"] == "rest_post_invalid_id"
    assert wp(server, "/wp-json/wp/v2/nothing")[2]["code"] == "rest_no_route"


def test_wp_filters(server):
    ids = lambda route: [o["id"] for o in wp(server, route)[2]]  # noqa: E731
    assert ids("/wp-json/wp/v2/posts?modified_after=2022-12-31T00:00:00") == [101]
    assert ids("/wp-json/wp/v2/media?mime_type=application/pdf") == [201]
    assert sorted(ids("/wp-json/wp/v2/media?parent=101")) == [201, 202]
    assert ids("/wp-json/wp/v2/pages?parent=11") == [12]
    assert sorted(ids("/wp-json/wp/v2/posts?include=101,103")) == [101, 103]
    assert wp(server, "/wp-json/wp/v2/posts/101")[2]["slug"] == "renovation-urbaine"
    assert {c["slug"] for c in wp(server, "/wp-json/wp/v2/categories")[2]} == {"actualites", "publications"}


def test_wp_html_pages(server):
    status, _, body = fetch(server, f"https://{HOST}/2020/03/renovation-urbaine/")
    page = body.decode()
    assert status == 200
    for needle in ('<article id="post-101" class="post-101 post type-post', 'class="entry-title"',
                   'class="entry-content"', '<time class="entry-date published" datetime="2020-03-05T10:00:00+01:00"',
                   f'<link rel="canonical" href="https://{HOST}/2020/03/renovation-urbaine/">',
                   f'<link rel="shortlink" href="https://{HOST}/?p=101">',
                   'property="article:published_time" content="2020-03-05T09:00:00+00:00"', 'og:title'):
        assert needle in page
    assert fetch(server, f"https://{HOST}/?p=101")[1]["Location"] == f"https://{HOST}/2020/03/renovation-urbaine/"
    assert fetch(server, f"https://{HOST}/2020/03/renovation-urbaine")[0] == 301
    assert b"Qui sommes-nous" in fetch(server, f"https://{HOST}/qui-sommes-nous/")[2]


def test_wp_sitemaps_and_feed(server):
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    index = ET.fromstring(fetch(server, f"https://{HOST}/wp-sitemap.xml")[2])
    locs = [e.text for e in index.findall("s:sitemap/s:loc", ns)]
    assert f"https://{HOST}/wp-sitemap-posts-post-1.xml" in locs
    assert f"https://{HOST}/wp-sitemap-posts-page-1.xml" in locs
    posts = ET.fromstring(fetch(server, f"https://{HOST}/wp-sitemap-posts-post-1.xml")[2])
    assert len(posts.findall("s:url", ns)) == 12
    status, headers, body = fetch(server, f"https://{HOST}/feed/")
    assert headers["Content-Type"].startswith("application/rss+xml")
    items = ET.fromstring(body).findall("channel/item")
    assert len(items) == 10 and items[0].findtext("link").startswith(f"https://{HOST}/")


def test_wp_incremental_listing_parameters(server):
    ids = lambda route: [o["id"] for o in wp(server, route)[2]]  # noqa: E731
    # modified_after with an offset is GMT (post 101 modified 12:00 site time, 11:00 GMT); bare, site time.
    assert ids("/wp-json/wp/v2/posts?modified_after=2023-01-10T11:30:00Z") == []
    assert ids("/wp-json/wp/v2/posts?modified_after=2023-01-10T10:30:00Z") == [101]
    assert ids("/wp-json/wp/v2/posts?modified_after=2023-01-10T11:30:00") == [101]
    by_modified = ids("/wp-json/wp/v2/posts?orderby=modified&order=desc&per_page=3")
    assert by_modified == [101, 112, 111]
    _, headers, posts = wp(server, "/wp-json/wp/v2/posts?_fields=id,link,modified_gmt,title.rendered&per_page=2")
    assert posts[0] == {"id": 112, "modified_gmt": "2022-09-16T09:00:00", "link": posts[0]["link"],
                        "title": {"rendered": posts[0]["title"]["rendered"]}}
    assert headers["X-WP-Total"] == "12"


def test_wp_old_versions_ignore_newer_parameters():
    from tests.replica.wordpress import WordPress
    data = json.loads((SITES / HOST / "wp.json").read_text())
    for version, sees_modified_after, sees_fields in (("5.6", False, True), ("4.9", False, False), ("5.7", True, True)):
        site = WordPress({**data, "site": {**data["site"], "version": version}})
        _, _, body = site.handle("GET", "/wp-json/wp/v2/posts", "modified_after=2023-01-01T00:00:00Z&_fields=id")
        posts = json.loads(body)
        assert (len(posts) == 1) == sees_modified_after and (set(posts[0]) == {"id"}) == sees_fields, version


# --- OAI-PMH ---------------------------------------------------------------------------

def oai_repository(**extra):
    from tests.replica.oai import Repository
    records = [{"identifier": f"oai:x:{n}", "datestamp": f"2024-0{n}-15T10:00:00Z", "sets": ["a" if n % 2 else "b"],
                **({"deleted": True} if n == 3 else {"metadata": {"oai_dc": f"<oai_dc:dc>{n}</oai_dc:dc>"}})}
               for n in range(1, 6)]
    identify = {"repositoryName": "X", "deletedRecord": "persistent", "granularity": "YYYY-MM-DDThh:mm:ssZ",
                **extra.pop("identify", {})}
    return Repository({"base_url": "https://x.test/oai.php?source_id=2", "identify": identify,
                       "records": records, "page_size": 2, **extra})


def oai_ask(repo, query: str):
    answer = repo.handle("GET", "/oai.php", "source_id=2&" + query)
    text = answer[2].decode()
    return {"error": (re.search(r'<error code="(\w+)"', text) or [None, None])[1],
            "ids": re.findall(r"<identifier>oai:x:(\d+)</identifier>", text),
            "deleted": re.findall(r'<header status="deleted">\s*<identifier>oai:x:(\d+)', text),
            "token": (re.search(r"<resumptionToken[^>]*>([^<]*)<", text) or [None, None])[1], "text": text}


def test_oai_paging_and_deleted_headers():
    repo = oai_repository(resumption_notice="<b>Notice</b>\n")
    first = oai_ask(repo, "verb=ListRecords&metadataPrefix=oai_dc")
    assert first["ids"] == ["1", "2"] and 'completeListSize="5" cursor="0"' in first["text"] and first["token"]
    second = oai_ask(repo, f"verb=ListRecords&resumptionToken={first['token']}")
    assert second["ids"] == ["3", "4"] and second["deleted"] == ["3"] and second["text"].startswith("<b>Notice</b>")
    last = oai_ask(repo, f"verb=ListRecords&resumptionToken={second['token']}")
    assert last["ids"] == ["5"] and '<resumptionToken completeListSize="5" cursor="4"/>' in last["text"]
    assert "<metadata>" not in oai_ask(repo, "verb=ListIdentifiers&metadataPrefix=oai_dc")["text"]
    assert oai_ask(oai_repository(identify={"deletedRecord": "no"}), "verb=ListIdentifiers&metadataPrefix=oai_dc&set=a")["ids"] == ["1", "5"]
    assert oai_ask(repo, "verb=GetRecord&identifier=oai:x:2&metadataPrefix=oai_dc")["ids"] == ["2"]
    assert repo.handle("GET", "/oai.php", "source_id=3&verb=Identify") is None


def test_oai_from_and_until_at_the_repository_granularity():
    repo = oai_repository()
    assert oai_ask(repo, "verb=ListIdentifiers&metadataPrefix=oai_dc&from=2024-04-15T10:00:00Z")["ids"] == ["4", "5"]
    assert oai_ask(repo, "verb=ListIdentifiers&metadataPrefix=oai_dc&from=2024-03-15&until=2024-04-15")["ids"] == ["3", "4"]
    assert oai_ask(repo, "verb=ListIdentifiers&metadataPrefix=oai_dc&from=2025-01-01")["error"] == "noRecordsMatch"
    days = oai_repository(identify={"granularity": "YYYY-MM-DD"})
    assert oai_ask(days, "verb=ListRecords&metadataPrefix=oai_dc&from=2024-04-15T10:00:00Z")["error"] == "badArgument"
    assert oai_ask(repo, "verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01&until=2024-05-01T00:00:00Z")["error"] == "badArgument"
    ignoring = oai_repository(ignores=["from"])
    assert len(oai_ask(ignoring, "verb=ListRecords&metadataPrefix=oai_dc&from=2025-01-01")["ids"]) == 2


@pytest.mark.parametrize("query, code", [
    ("verb=Nothing", "badVerb"), ("metadataPrefix=oai_dc", "badVerb"),
    ("verb=ListRecords", "badArgument"), ("verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc", "badArgument"),
    ("verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=x", "badArgument"),
    ("verb=ListRecords&resumptionToken=nope", "badResumptionToken"),
    ("verb=ListRecords&metadataPrefix=marc", "cannotDisseminateFormat"),
    ("verb=GetRecord&identifier=oai:x:9&metadataPrefix=oai_dc", "idDoesNotExist"),
    ("verb=Identify&from=2024-01-01", "badArgument"),
])
def test_oai_errors(query, code):
    answer = oai_ask(oai_repository(), query)
    assert answer["error"] == code
    assert ("<request>" in answer["text"]) == (code in ("badVerb", "badArgument"))


def test_oai_repository_served_through_the_proxy(server):
    base = "https://cosoter-ressources.info/ws/connector_out.php?source_id=2"
    status, headers, body = fetch(server, base + "&verb=Identify")
    assert status == 200 and headers["Content-Type"].startswith("text/xml") and b"<deletedRecord>persistent" in body
    status, _, _ = fetch(server, base + "&verb=Identify", headers={"If-None-Match": headers["ETag"]})
    assert status == 304
    assert fetch(server, "https://cosoter-ressources.info/oai.json")[0] == 404  # the data file is not served


# --- a real Scrapy crawl ---------------------------------------------------------------

SPIDER = '''
import scrapy

class Replica(scrapy.Spider):
    name = "replica"
    start_urls = ["https://example.test/", "http://example.test/page-a/"]
    custom_settings = {"ROBOTSTXT_OBEY": True, "CONCURRENT_REQUESTS": 8, "RETRY_TIMES": 0,
                       "DOWNLOAD_TIMEOUT": 10, "LOG_LEVEL": "INFO", "TELNETCONSOLE_ENABLED": False}

    def parse(self, response):
        yield {"url": response.url, "status": response.status}
        if b"<html" in response.body[:200].lower() or b"<!doctype" in response.body[:50].lower():
            yield from response.follow_all(css="a", callback=self.parse)
'''


def test_scrapy_crawl_through_proxy(server, tmp_path):
    (tmp_path / "spider.py").write_text(SPIDER)
    env = {k: v for k, v in os.environ.items() if not k.startswith("SCRAPY_")}
    env.update(server.proxy_env())
    server.clear_log()
    proc = subprocess.run([sys.executable, "-m", "scrapy", "runspider", "spider.py", "-o", "items.jsonl"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-3000:]
    urls = {json.loads(line)["url"] for line in (tmp_path / "items.jsonl").read_text().splitlines()}
    assert {f"https://{HOST}/page-a/", f"https://{HOST}/publications?page=2",
            f"https://{HOST}/docs/rapport.pdf", f"https://{HOST}/2020/03/renovation-urbaine/"} <= urls
    fetched = server.urls()
    assert f"https://{HOST}/robots.txt" in fetched and f"http://{HOST}/page-a/" in fetched
    assert not any("/private/" in url for url in fetched)  # robots.txt was obeyed
    https_requests = [url for url in fetched if url.startswith("https://")]
    assert 2 <= len(server.tunnels) < len(https_requests)  # concurrent tunnels, each kept alive
