"""crpv: harvest the CRPV sites, extract their files, build the corpus, publish it.

Each command does its own stage only and hands over through files under data/ (or
$CRPV_DATA_DIR), so any stage can be re-run alone.
"""

import fcntl
import json
import os
import signal
import subprocess
import sys
import time
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path

import click

import paths


@click.group()
def cli():
    """crpv-corpus: one searchable corpus of the centres de ressources politique de la ville.

    \b
    Example:
        crpv run --serve
    """
    # A stopped job (SIGTERM from systemd, cron, CI) unwinds like Ctrl-C: child crawls are
    # stopped and nothing half-written is published.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))


# ---------- helpers ----------
def _sources() -> dict:
    from crawlers.registry import spider_classes
    return spider_classes()


@contextmanager
def _lock():
    """Two runs never overlap: the second one stops with a clear message."""
    paths.data_dir().mkdir(parents=True, exist_ok=True)
    handle = open(paths.data_dir() / ".crpv.lock", "w")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise click.ClickException(
            f"another crpv run holds {paths.data_dir() / '.crpv.lock'}; wait for it to finish")
    try:
        yield
    finally:
        handle.close()


def _table(rows: list[list], headers: list[str]) -> None:
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)]
    for row in [headers, ["-" * w for w in widths], *rows]:
        click.echo("  ".join(str(x).ljust(w) for x, w in zip(row, widths)))


# ---------- sources ----------
@cli.command()
def sources():
    """List the sources: platform, region, homepage, channels used, documents held, last success.

    Channels come from each source's last crawl report, documents and last success from the
    corpus (when built). Centres known without a confirmed address follow: never harvested.

    \b
    Example:
        crpv sources
    """
    from crawlers.check import last_report
    from crawlers.unconfirmed import CENTRES
    from db.report import sources_held

    held = sources_held(paths.db_path())
    rows = []
    for c in _sources().values():
        channels = (last_report(paths.crawl_dir() / c.name) or {}).get("channels") or {}
        documents, last_success = held.get(c.name, (None, None))
        rows.append([c.name, c.platform, c.region, c.homepage, "oui" if c.enabled else "non",
                     ", ".join(sorted(channels)) or "-", "-" if documents is None else documents,
                     (last_success or "-")[:16]])
    _table(rows, ["source", "platform", "region", "homepage", "enabled", "channels", "documents",
                  "last success"])
    click.echo("\ncentres known without a confirmed address (not harvested):")
    for centre in CENTRES:
        click.echo(f"  {centre['slug']}: {centre['name']}, {centre['region'] or 'région non confirmée'}")


def _source_class(slug: str):
    classes = _sources()
    if slug not in classes:
        raise click.BadParameter(f"unknown source {slug!r}; try `crpv sources`")
    return classes[slug]


# ---------- crawl ----------
FULL = click.option("--full", is_flag=True,
                    help="read every page again, even those the sitemap says did not move")


@cli.command()
@click.argument("source", nargs=-1)
@FULL
def crawl(source, full):
    """Fetch documents and attachments from the sources (all enabled ones by default).

    \b
    Example:
        crpv crawl irev labo-cites
    """
    with _lock():
        failed = _crawl(list(source), full)
    if failed:
        raise click.ClickException(f"crawl failed for: {', '.join(failed)} (see the errors above)")


def _crawl(slugs: list[str], full: bool = False) -> list[str]:
    classes = _sources()
    unknown = [s for s in slugs if s not in classes]
    if unknown:
        raise click.BadParameter(f"unknown source(s) {', '.join(unknown)}; try `crpv sources`")
    slugs = slugs or [s for s, c in classes.items() if c.enabled]
    run_id = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    log_file = paths.data_dir() / "logs" / f"crawl-{run_id}.log"
    log_file.parent.mkdir(parents=True, exist_ok=True)
    click.echo(f"crawl {run_id}: {', '.join(slugs)} (log: {log_file})")
    env = {**os.environ, "CRPV_RUN_ID": run_id, "SCRAPY_SETTINGS_MODULE": "crawlers.settings"}
    if full:
        env["CRPV_FULL_CRAWL"] = "1"
    with open(log_file, "w") as log:
        proc = subprocess.Popen([sys.executable, "-m", "crawlers.crawl", *slugs], env=env,
                                stdout=log, stderr=subprocess.STDOUT, cwd=paths.ROOT)
        try:
            _show_crawl_progress(proc, slugs, run_id)
        finally:
            if proc.poll() is None:  # we are being stopped: stop the crawl too
                proc.terminate()
                proc.wait(60)
    reports = _crawl_reports(slugs, run_id)
    _print_crawl_summary(slugs, reports)
    failed = [s for s in slugs if reports.get(s, {}).get("status", "failed") == "failed"]
    if proc.returncode and not failed:
        failed = [s for s in slugs if s not in reports]
        click.echo(f"the crawl process exited with status {proc.returncode}; see {log_file}", err=True)
    return failed


def _show_crawl_progress(proc, slugs, run_id) -> None:
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


def _crawl_reports(slugs, run_id) -> dict:
    reports = {}
    for slug in slugs:
        f = paths.crawl_dir() / slug / f"run-{run_id}.json"
        if f.exists():
            reports[slug] = json.loads(f.read_text())
    return reports


def _print_crawl_summary(slugs, reports) -> None:
    rows = []
    for slug in slugs:
        r = reports.get(slug)
        if r is None:
            rows.append([slug, "failed", 0, 0, "-", "no report: the crawl process died"])
            continue
        first_error = (r["errors"][0]["error"] + " " + (r["errors"][0]["url"] or "")) if r["errors"] else ""
        rows.append([slug, r["status"], r["items"], r["files_downloaded"], r["error_count"],
                     r["message"] or first_error[:70]])
    _table(rows, ["source", "status", "documents", "files", "errors", "note"])


# ---------- probe and check ----------
@cli.command()
@click.argument("source")
@click.option("--saved", is_flag=True, help="read the answers saved by the last probe again, without network")
def probe(source, saved):
    """Ask a source's sites what they serve, save every answer, show what the spider extracts.

    Fetches politely (robots.txt obeyed, the crawl's User-Agent and delays, proxies from the
    environment) robots.txt, sitemaps, feeds, the WordPress REST API, OAI Identify, the uMap
    download, a listing page and two item pages, into data/probe/SOURCE/. Exits non-zero when
    nothing answered.

    \b
    Example:
        crpv probe labo-cites
        crpv probe labo-cites --saved    (after changing a selector: no network)
    """
    from crawlers import probe as probing

    cls, out = _source_class(source), paths.data_dir() / "probe" / source
    if saved and not (out / "probe.json").exists():
        raise click.ClickException(f"no saved probe in {out}: run `crpv probe {source}` first")
    click.echo(f"probe {source} ({cls.platform}): answers saved in {out}")
    click.echo(probing.HEADER)
    if saved:
        summary = probing.reread(cls, out)
        for meta in summary["answers"]:
            click.echo("\n".join(probing.answer_lines(meta)))
    else:
        summary = probing.probe(cls, out, log=click.echo)
    click.echo("")
    click.echo(probing.render_samples(probing.extract_samples(cls, out, summary)))
    if not probing.answered(summary):
        raise click.ClickException(
            f"nothing answered for {source}: check the hosts in the spider ({', '.join(cls.hosts)}), "
            "your network and proxy (https_proxy), then probe again")


@cli.command()
@click.argument("source")
def check(source):
    """Crawl one source and fail if the harvest looks broken.

    Fails (non-zero) when the spider yields no document, when title, date, body or doc_type is
    empty on most documents, or when it finds far fewer documents than its last good run; each
    problem says what to do. The run is a normal crawl: the next build ingests it.

    \b
    Example:
        crpv check labo-cites
    """
    from crawlers.check import check_run, run_reports

    cls, source_dir = _source_class(source), paths.crawl_dir() / source
    before = set(run_reports(source_dir))
    with _lock():
        _crawl([source], full=True)  # a check reads every page: nothing taken on trust
    new = [f for f in run_reports(source_dir) if f not in before]
    if not new:
        raise click.ClickException(f"{source}: the crawl wrote no run report; see its log under "
                                   f"{paths.data_dir() / 'logs'}")
    verdict = check_run(cls, new[-1])
    for line in verdict.facts:
        click.echo(line)
    if verdict.problems:
        raise click.ClickException(f"check {source} failed:\n" + "\n".join(f"- {p}" for p in verdict.problems))
    click.echo(f"check {source}: ok")


# ---------- extract ----------
@cli.command()
@click.option("--workers", type=int, default=None, help="worker processes (default: all cores)")
@click.option("--timeout", type=float, default=300, show_default=True, help="seconds per file")
def extract(workers, timeout):
    """Turn downloaded files into text, once per file content (sha256).

    \b
    Example:
        crpv extract --workers 2
    """
    _extract(workers, timeout)


def _extract(workers=None, timeout=300) -> dict:
    from extract import stage

    def progress(done, total, sha256):
        if sys.stdout.isatty():
            click.echo(f"\r  extracted {done}/{total}", nl=False)

    summary = stage.run(paths.files_dir(), paths.text_dir(), workers=workers, timeout=timeout,
                        progress=progress)
    if sys.stdout.isatty():
        click.echo()
    click.echo("extract: " + ", ".join(f"{k} {v}" for k, v in summary.items()))
    return summary


# ---------- build ----------
@cli.command()
def build():
    """Write the corpus database from crawl and extract outputs (no network).

    \b
    Example:
        crpv build && datasette data/corpus.db
    """
    with _lock():
        _build()


def _build():
    from crawlers.registry import source_rows
    from db.build import BuildCheckFailed, build as build_db

    try:
        summary = build_db(paths.db_path(), paths.crawl_dir(), paths.text_dir(), paths.files_dir(),
                           source_rows())
    except BuildCheckFailed as exc:
        raise click.ClickException(f"the new corpus failed its checks and was not published: {exc}")
    rows = [[s, v.status, v.found, v.new, v.changed, v.unchanged, v.gone, v.errors]
            for s, v in sorted(summary.sources.items())]
    if rows:
        _table(rows, ["source", "status", "found", "new", "changed", "unchanged", "gone", "errors"])
    e = summary.enrichment
    click.echo(f"build: {summary.runs} crawl runs ingested; corpus has {summary.documents} documents, "
               f"{summary.files} files, {summary.pages} PDF pages -> {paths.db_path()}\n"
               f"enrichment: {e.enriched} documents (re)enriched, {e.duplicate_pairs} duplicate pairs, "
               f"{e.seconds} s")
    if not summary.runs and not summary.documents:
        click.echo("nothing to build yet: run `crpv crawl` first (or `crpv demo` offline)")
    return summary


# ---------- export ----------
@cli.command()
@click.option("--base-url", default=None, help="public URL of the feeds folder, for feed_url")
@click.option("--since", default=None, metavar="YYYY-MM-DD",
              help="start of the 'quoi de neuf' feeds (default: 30 days ago)")
def export(base_url, since):
    """Write the feeds under data/feeds/: JSON Feed 1.1 of the whole corpus (all.json) and of
    each source, and 'quoi de neuf' feeds (JSON Feed and Atom) of what is new or changed.

    \b
    Example:
        crpv export --since 2026-11-01 --base-url https://corpus.example.org/feeds/
    """
    _export(base_url, since)


def _export(base_url=None, since=None):
    from db.export import export as export_feeds

    if not paths.db_path().exists():
        raise click.ClickException("no corpus yet: run `crpv build` first")
    since = since or (datetime.now(timezone.utc) - timedelta(days=30)).strftime("%Y-%m-%d")
    written = export_feeds(paths.db_path(), paths.feeds_dir(), since, base_url=base_url)
    click.echo(f"export: {len(written)} feeds in {paths.feeds_dir()} ({written.get('all.json', 0)} "
               f"items in all.json, {written.get('nouveautes.json', 0)} new or changed since {since})")


# ---------- serve ----------
@cli.command()
@click.option("--port", type=int, default=8001, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--nightly", "at", metavar="HH:MM", default=None,
              help="also run the nightly job every day at this local time, then restart Datasette")
def serve(port, host, at):
    """Publish the corpus with Datasette (read-only) on http://127.0.0.1:8001.

    \b
    Example:
        crpv serve --port 8001 --nightly 03:00
    """
    if at:
        _serve_nightly(port, host, _parse_hhmm(at))
    else:
        _serve(port, host)


def _serve(port=8001, host="127.0.0.1"):
    if not paths.db_path().exists():
        raise click.ClickException("no corpus yet: run `crpv run` (or `crpv demo` offline) first")
    click.echo(f"serving {paths.db_path()} on http://{host}:{port}/")
    os.execvp(sys.executable, datasette_command(port, host))


def _parse_hhmm(value: str) -> tuple[int, int]:
    try:
        hour, minute = (int(x) for x in value.split(":"))
        assert 0 <= hour < 24 and 0 <= minute < 60
    except (ValueError, AssertionError):
        raise click.BadParameter(f"{value!r}: expected a time like 03:00")
    return hour, minute


def _seconds_until(hour: int, minute: int) -> float:
    now = datetime.now()
    target = now.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if target <= now:
        target += timedelta(days=1)
    return (target - now).total_seconds()


def _serve_nightly(port, host, at) -> None:
    """One machine serves and refreshes itself: the job runs in a child process, and Datasette
    is restarted on the new database (swapped in atomically by the build) once it is done.
    Runs until stopped (Ctrl-C, SIGTERM)."""
    if not paths.db_path().exists():
        subprocess.run([sys.executable, "-m", "pipeline", "nightly"], cwd=paths.ROOT)
    server = subprocess.Popen(datasette_command(port, host))
    click.echo(f"serving on http://{host}:{port}/; nightly job every day at {at[0]:02d}:{at[1]:02d}")
    try:
        while True:
            time.sleep(_seconds_until(*at))
            subprocess.run([sys.executable, "-m", "pipeline", "nightly"], cwd=paths.ROOT)
            server.terminate()
            server.wait(30)
            server = subprocess.Popen(datasette_command(port, host))
    finally:
        server.terminate()


def datasette_command(port: int, host: str = "127.0.0.1") -> list[str]:
    return [sys.executable, "-m", "datasette", "serve", str(paths.db_path()),
            "--metadata", str(paths.ROOT / "metadata.yml"),
            "--template-dir", str(paths.ROOT / "templates"),
            "--plugins-dir", str(paths.ROOT / "plugins"),
            "--host", host, "--port", str(port), "--setting", "sql_time_limit_ms", "3000"]


# ---------- run ----------
def _job(slugs: list[str], report: Path | None = None, full: bool = False) -> list[str]:
    """Crawl, extract, build, export; return the sources that failed or turned suspicious."""
    with _lock():
        failed = _crawl(slugs, full)
        _extract()
        summary = _build()
    _export()
    problems = sorted(set(failed) | {s for s, v in summary.sources.items()
                                     if v.status in ("failed", "suspicious")})
    if report:
        from db.report import markdown_report
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text(markdown_report(summary, problems), encoding="utf-8")
        click.echo(f"report written to {report}")
    if problems:
        click.echo(f"crpv: failed or suspicious: {', '.join(problems)}; the corpus keeps what it "
                   "had for them (nothing of theirs is marked gone)", err=True)
    return problems


@cli.command()
@click.argument("source", nargs=-1)
@click.option("--serve", "then_serve", is_flag=True, help="then serve the corpus with Datasette")
@click.option("--port", type=int, default=8001, show_default=True)
@click.option("--report", type=click.Path(dir_okay=False, path_type=Path),
              help="also write the summary as Markdown to this file")
@FULL
def run(source, then_serve, port, report, full):
    """Every stage in order: crawl, extract, build, export (then serve with --serve).

    Exits non-zero when a source failed or turned suspicious (far fewer documents than its
    last good run); the corpus keeps what it had for that source.

    \b
    Example:
        crpv run --serve
    """
    problems = _job(list(source), report, full)
    if then_serve:
        _serve(port)
    sys.exit(1 if problems else 0)


@cli.command()
def nightly():
    """The one-shot job for a scheduler: run every source, report to data/reports/.

    On Sundays every page is read again (--full): pages removed from a site but still in its
    sitemap are found gone, and parsing improvements reach every document.

    \b
    Example:
        crpv nightly
        (crontab: 0 3 * * * cd /srv/crpv-corpus && .venv/bin/crpv nightly)
    """
    now = datetime.now(timezone.utc)
    problems = _job([], paths.data_dir() / "reports" / f"{now:%Y-%m-%d}.md", full=now.weekday() == 6)
    sys.exit(1 if problems else 0)


# ---------- demo ----------
@cli.command()
@click.option("--serve/--no-serve", "then_serve", default=True, show_default=True)
@click.option("--port", type=int, default=8001, show_default=True)
def demo(then_serve, port):
    """Offline demo: the whole job against the replica sites kept in tests/sites/.

    The replicas answer the sources' real https:// URLs through a local proxy; data goes to
    data/demo/ so the real corpus is untouched.

    \b
    Example:
        crpv demo
    """
    sys.path.insert(0, str(paths.ROOT))  # the replicas live with the tests, not in the package
    from tests.replica.server import ReplicaServer

    os.environ.setdefault("CRPV_DATA_DIR", str(paths.ROOT / "data" / "demo"))
    os.environ.setdefault("CRPV_DOWNLOAD_DELAY", "0")  # local replicas: no server to spare
    os.environ.setdefault("CRPV_MAX_CRAWL_DELAY", "0")
    server = ReplicaServer([paths.ROOT / "tests" / "sites"], paths.data_dir() / "replica-cache")
    server.start()
    os.environ.update(server.proxy_env())
    click.echo(f"replica sites answering through {server.proxy_url}")
    try:
        _job([])
    finally:
        server.stop()
    if then_serve:
        _serve(port)


if __name__ == "__main__":
    cli()
