"""`crpv probe SOURCE`: what a source's sites really serve, saved for a maintainer to read.

Per host of the source (the canonical one and further installs): robots.txt, the usual sitemaps
and feeds, the WordPress REST API, then the platform's own entry (PMB OAI connector, uMap
download) and one listing page; then two item pages from the first channel that listed items.
Every answer is saved under data/probe/<source>/ (`NN-kind-host.<ext>` body, `.meta.json` with
status, headers, redirects) and read back from there with the spider's own callbacks, so the
output is what a crawl would make of the site, and a fixed selector can be tried again on the
saved answers (`crpv probe SOURCE --saved`) without touching the site.

fetcher: polite urllib requests · plan: what to ask · reading, wordpress_api: what the spider
makes of an answer · saved: answers on disk · run: the probe itself · samples: items from the
sample pages · render: the lines shown.
"""

from crawlers.probe.fetcher import Fetched, PoliteFetcher
from crawlers.probe.render import HEADER, answer_lines, render_samples
from crawlers.probe.run import answered, probe, reread
from crawlers.probe.samples import extract_samples

__all__ = ["HEADER", "Fetched", "PoliteFetcher", "answer_lines", "answered", "extract_samples", "probe",
           "render_samples", "reread"]
