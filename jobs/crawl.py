"""The crawl stage: Scrapy in a child process (crawlers/crawl.py), progress while it runs, then
a summary read from the run reports each source writes."""

import json
import os
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import click

import paths
from crawlers.registry import spider_classes
from jobs.lock import lock_fds
from jobs.preflight import require_network
from jobs.sources import chosen_sources
from jobs.tables import print_table
from lifetime import child_of_this_process, stop_child

STOP_GRACE = 10  # seconds a stopped crawl gets to close its spiders (and record why) before it is killed


def crawl_sources(slugs: list[str], full: bool = False) -> list[str]:
    """Crawl the sources named (every enabled one when none), print a summary; return the
    sources that failed. The caller holds the run lock."""
    slugs = chosen_sources(slugs)
    require_network([spider_classes()[s].homepage for s in slugs])
    run_id = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    log_file = paths.data_dir() / "logs" / f"crawl-{run_id}.log"
    log_file.parent.mkdir(parents=True, exist_ok=True)
    click.echo(f"crawl {run_id}: {', '.join(slugs)} (log: {log_file})")
    returncode = _run_scrapy(slugs, run_id, full, log_file)
    reports = _run_reports(slugs, run_id)
    _print_summary(slugs, reports)
    failed = [s for s in slugs if reports.get(s, {}).get("status", "failed") == "failed"]
    if returncode and not failed:  # the process itself failed: so did the sources it left without a report
        failed = [s for s in slugs if s not in reports]
        click.echo(f"the crawl process exited with status {returncode}; see {log_file}", err=True)
    return failed


def _run_scrapy(slugs: list[str], run_id: str, full: bool, log_file: Path) -> int:
    """A child process keeps Scrapy's reactor and logging out of ours; its output goes to the log.
    It holds the run lock with us and never outlives us (lifetime.py), even after a kill -9."""
    env = {**os.environ, "CRPV_RUN_ID": run_id, "SCRAPY_SETTINGS_MODULE": "crawlers.settings",
           "CRPV_PARENT_PID": str(os.getpid()), "CRPV_STOP_GRACE": str(STOP_GRACE)}
    if full:
        env["CRPV_FULL_CRAWL"] = "1"
    with open(log_file, "w") as log:
        proc = subprocess.Popen([sys.executable, "-m", "crawlers.crawl", *slugs], env=env,
                                stdout=log, stderr=subprocess.STDOUT, cwd=paths.ROOT,
                                pass_fds=lock_fds(), preexec_fn=child_of_this_process())
        try:
            _show_progress(proc, slugs, run_id)
        finally:
            stop_child(proc, STOP_GRACE)
    return proc.returncode


def _show_progress(proc, slugs, run_id) -> None:
    """Documents found so far: redrawn in place on a terminal, a line every 30 s in a log."""
    tty, last_line, last_print = sys.stdout.isatty(), None, time.monotonic()
    while proc.poll() is None:
        time.sleep(1)
        counts = {s: _count_lines(paths.crawl_dir() / s / f"items-{run_id}.jsonl") for s in slugs}
        line = "documents so far: " + "  ".join(f"{s}: {n}" for s, n in counts.items())
        if tty and line != last_line:
            click.echo(f"\r  {line}", nl=False)
        elif not tty and line != last_line and time.monotonic() - last_print > 30:
            click.echo(f"  {line}")
            last_print = time.monotonic()
        last_line = line
    if tty:
        click.echo()


def _count_lines(path: Path) -> int:
    try:
        with open(path, "rb") as f:
            return sum(1 for _ in f)
    except OSError:
        return 0


def _run_reports(slugs, run_id) -> dict:
    reports = {}
    for slug in slugs:
        f = paths.crawl_dir() / slug / f"run-{run_id}.json"
        if f.exists():
            reports[slug] = json.loads(f.read_text())
    return reports


def _print_summary(slugs, reports) -> None:
    rows = []
    for slug in slugs:
        r = reports.get(slug)
        if r is None:
            rows.append([slug, "failed", 0, 0, "-", "no report: the crawl process died"])
            continue
        first_error = (r["errors"][0]["error"] + " " + (r["errors"][0]["url"] or "")) if r["errors"] else ""
        rows.append([slug, r["status"], r["items"], r["files_downloaded"], r["error_count"],
                     r["message"] or first_error[:70]])
    print_table(rows, ["source", "status", "documents", "files", "errors", "note"])
