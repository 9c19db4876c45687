"""Nightly crawls against the first one: requests, bytes, files, seconds.

Goal (issue 5): the second crawl transfers at most 10% of the first crawl's bytes and
downloads and extracts zero files. Four crawls of every source, real Scrapy crawls of the
replica sites over HTTP; bytes are counted by the replica server (what crossed the wire):

1. first: everything, nothing to start from;
2. second, nothing changed: asks each channel what moved since the first (sitemap lastmod,
   WordPress modified_after and the id listing, OAI from=), revalidates the rest;
3. third, nothing changed: the same, once the listings of the second are in the HTTP cache;
4. fourth, one WordPress post edited (Villes au Carré's newest, saved now).

    .venv/bin/python benchmarks/incremental_crawl.py
"""

import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.replica import ReplicaServer  # noqa: E402

SITES = ROOT / "tests" / "sites"
VAC = "www.villesaucarre.org"


def crpv(args, env):
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True)
    return proc, time.monotonic() - started


def measure(server, env, label):
    server.clear_log()
    crawl, seconds = crpv(["crawl"], env)
    requests = server.requests
    extract, _ = crpv(["extract"], env)
    files = sum(r["status"] == 200 and r["url"].split("?")[0].lower().endswith(".pdf") for r in requests)
    time.sleep(1)  # run ids have one-second resolution
    return {"crawl": label, "exit": crawl.returncode, "requests": len(requests),
            "bytes": sum(r["bytes"] for r in requests), "not_modified": sum(r["status"] == 304 for r in requests),
            "files_downloaded": files, "extract": extract.stdout.strip().splitlines()[-1],
            "seconds": round(seconds, 1)}


def edit_one_post(overlay: Path) -> None:
    """Villes au Carré's newest post saved now: new content and modified date."""
    data = json.loads((SITES / VAC / "wp.json").read_text())
    post = max(data["posts"], key=lambda p: p["date"])
    content = post["content"]["rendered"] if isinstance(post["content"], dict) else post["content"]
    post["content"] = content + "<p>Mise à jour du programme.</p>"
    now = datetime.now(timezone.utc).replace(microsecond=0, tzinfo=None)
    post["modified_gmt"], post["modified"] = now.isoformat(), (now + timedelta(hours=1)).isoformat()
    (overlay / VAC).mkdir(parents=True)
    (overlay / VAC / "wp.json").write_text(json.dumps(data, ensure_ascii=False))


def main():
    with tempfile.TemporaryDirectory() as tmp:
        overlay = Path(tmp) / "overlay"
        overlay.mkdir()
        (Path(tmp) / "data").mkdir()  # only `crpv run` creates a missing CRPV_DATA_DIR
        with ReplicaServer([overlay, SITES], Path(tmp) / "cache") as server:
            env = {**os.environ, **server.proxy_env(), "CRPV_DATA_DIR": str(Path(tmp) / "data"),
                   "CRPV_DOWNLOAD_DELAY": "0", "CRPV_MAX_CRAWL_DELAY": "0"}
            rows = [measure(server, env, "first"),
                    measure(server, env, "second, nothing changed"),
                    measure(server, env, "third, nothing changed")]
            edit_one_post(overlay)
            rows.append(measure(server, env, "fourth, one WordPress post edited"))
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))
    first, second, third = rows[:3]
    print(f"bytes ratio second/first: {second['bytes'] / first['bytes']:.4f} (goal <= 0.10), "
          f"third/first: {third['bytes'] / first['bytes']:.4f}; "
          f"files downloaded on the second crawl: {second['files_downloaded']} (goal 0)")


if __name__ == "__main__":
    main()
