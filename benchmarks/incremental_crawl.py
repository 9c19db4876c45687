"""Second crawl with nothing changed vs. the first: requests, bytes, files, seconds.

Goal (issue 5): the second crawl transfers at most 10% of the first crawl's bytes and
downloads and extracts zero files. Both crawls are real Scrapy crawls of the replica sites over
HTTP; bytes are counted by the replica server (what crossed the wire).

    .venv/bin/python benchmarks/incremental_crawl.py
"""

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.replica import ReplicaServer  # noqa: E402


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
    return {"crawl": label, "exit": crawl.returncode, "requests": len(requests),
            "bytes": sum(r["bytes"] for r in requests), "not_modified": sum(r["status"] == 304 for r in requests),
            "files_downloaded": files, "extract": extract.stdout.strip().splitlines()[-1],
            "seconds": round(seconds, 1)}


def main():
    with tempfile.TemporaryDirectory() as tmp, \
            ReplicaServer([ROOT / "tests" / "sites"], Path(tmp) / "cache") as server:
        env = {**os.environ, **server.proxy_env(), "CRPV_DATA_DIR": str(Path(tmp) / "data"),
               "CRPV_DOWNLOAD_DELAY": "0", "CRPV_MAX_CRAWL_DELAY": "0"}
        first = measure(server, env, "first")
        second = measure(server, env, "second, nothing changed")
    for row in (first, second):
        print(json.dumps(row, ensure_ascii=False))
    ratio = second["bytes"] / first["bytes"]
    print(f"bytes ratio second/first: {ratio:.4f} (goal <= 0.10); "
          f"files downloaded on the second crawl: {second['files_downloaded']} (goal 0)")


if __name__ == "__main__":
    main()
