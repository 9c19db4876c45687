"""Scrapy settings: polite by default, paths from the environment (see paths.py)."""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for `paths`, `extract`, `db`
import paths  # noqa: E402

BOT_NAME = "crpv-corpus"
SPIDER_MODULES = ["crawlers.spiders"]
NEWSPIDER_MODULE = "crawlers.spiders"

CONTACT_URL = os.environ.get("CRPV_CONTACT_URL", "https://github.com/crpv-corpus/crpv-corpus")
USER_AGENT = f"crpv-corpus/0.1 (+{CONTACT_URL}; corpus of French urban-policy resource centres)"

# Small associations on shared hosting: robots.txt, one or two requests at a time, a delay.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = float(os.environ.get("CRPV_DOWNLOAD_DELAY", "1.0"))
RANDOMIZE_DOWNLOAD_DELAY = False  # a delay, or a robots.txt Crawl-delay, is a floor, not an average
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = DOWNLOAD_DELAY
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
# A server that hangs costs this long per try (RETRY_TIMES + 1 tries), then is an error.
DOWNLOAD_TIMEOUT = float(os.environ.get("CRPV_DOWNLOAD_TIMEOUT", "60"))
RETRY_TIMES = 2  # 429 and 503 wait for their Retry-After first (crawlers/retry.py)
REDIRECT_MAX_TIMES = 5
DOWNLOAD_MAXSIZE = 200 * 1024 * 1024
DOWNLOAD_WARNSIZE = 50 * 1024 * 1024
# Proxies come from http_proxy / https_proxy / no_proxy (HttpProxyMiddleware, on by default).
HTTPPROXY_ENABLED = True
COOKIES_ENABLED = True  # Drupal private files may need the session cookie

ITEM_PIPELINES = {
    "crawlers.pipelines.NormalisePipeline": 100,
    "crawlers.pipelines.DuplicatePipeline": 200,
    "crawlers.pipelines.Sha256FilesPipeline": 300,
}
FILES_STORE = str(paths.files_dir())
FILES_EXPIRES = 30  # days before an unchanged attachment is fetched again
MEDIA_ALLOW_REDIRECTS = True

EXTENSIONS = {
    "crawlers.extensions.RunReport": 500,
    "scrapy.extensions.throttle.AutoThrottle": None,
    "crawlers.politeness.PoliteThrottle": 0,  # AutoThrottle that keeps robots.txt Crawl-delay
}
FEED_EXPORT_ENCODING = "utf-8"

LOG_LEVEL = os.environ.get("CRPV_LOG_LEVEL", "INFO")
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
# No listening sockets on the crawling machine.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False

# Conditional requests: Scrapy's HTTP cache, revalidated every run (crawlers/cache.py).
HTTPCACHE_ENABLED = True
HTTPCACHE_DIR = str(paths.data_dir() / "httpcache")
HTTPCACHE_POLICY = "crawlers.cache.RevalidatePolicy"
HTTPCACHE_STORAGE = "scrapy.extensions.httpcache.FilesystemCacheStorage"
HTTPCACHE_GZIP = True
DOWNLOADER_MIDDLEWARES = {
    "crawlers.cache.NetworkStats": 950,  # outside the cache: raw responses
    "scrapy.downloadermiddlewares.httpcache.HttpCacheMiddleware": None,
    "crawlers.cache.NoStaleOnError": 900,  # errors show as errors, not as yesterday's page
    "crawlers.politeness.RobotsCrawlDelay": 960,
    "crawlers.hosts.AlternateHosts": 50,  # a source's down host: its other host, before robots.txt
    "crawlers.badpages.BadPages": 940,  # login redirects, soft 404s: before cache and redirects
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawlers.retry.RetryAfterMiddleware": 550,  # Scrapy's, honouring Retry-After
}
