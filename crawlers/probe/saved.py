"""Answers on disk: `NN-kind-host.<ext>` (the body as received) beside `.meta.json` (the step,
status, headers, redirects), read back as the Scrapy response the spider would have received."""

import json
from dataclasses import asdict
from pathlib import Path
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.http import Headers
from scrapy.responsetypes import responsetypes

from crawlers.probe.fetcher import Fetched, header

EXTENSIONS = (("html", "html"), ("json", "json"), ("xml", "xml"), ("rss", "xml"), ("atom", "xml"),
              ("text/plain", "txt"), ("pdf", "pdf"))


def save(out_dir: Path, n: int, step, fetched: Fetched) -> dict:
    """Write the body and a meta file; return the meta (the answer's entry in probe.json)."""
    content_type = header(fetched.headers, "Content-Type") or ""
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


def ok(response) -> bool:
    """An answer the spider's callback would get: Scrapy hands errors (>= 400) to the errback."""
    return response is not None and response.status < 400
