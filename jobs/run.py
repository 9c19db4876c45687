"""The whole job: crawl, extract, build, export, with an optional Markdown report."""

from datetime import datetime, timezone
from pathlib import Path

import click

import paths
from db.report import markdown_report
from jobs.build import build_corpus
from jobs.crawl import crawl_sources
from jobs.export import export_feeds
from jobs.extract import extract_files
from jobs.lock import run_lock


def run_job(slugs: list[str], report: Path | None = None, full: bool = False) -> list[str]:
    """Crawl, extract, build, export; return the sources that failed or turned suspicious."""
    with run_lock():
        failed = crawl_sources(slugs, full)
        extract_files()
        summary = build_corpus()
    export_feeds()
    problems = sorted(set(failed) | {s for s, v in summary.sources.items()
                                     if v.status in ("failed", "suspicious")})
    if report:
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text(markdown_report(summary, problems), encoding="utf-8")
        click.echo(f"report written to {report}")
    if problems:
        click.echo(f"crpv: failed or suspicious: {', '.join(problems)}; the corpus keeps what it "
                   "had for them (nothing of theirs is marked gone)", err=True)
    return problems


def nightly_job() -> list[str]:
    """Every enabled source, reported to data/reports/<UTC date>.md; on Sundays every page is
    read again (a full crawl)."""
    now = datetime.now(timezone.utc)
    return run_job([], paths.data_dir() / "reports" / f"{now:%Y-%m-%d}.md", full=now.weekday() == 6)
