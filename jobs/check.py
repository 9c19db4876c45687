"""`crpv check`: a full crawl of one source, then the verdict on the run report it wrote."""

import click

import paths
from crawlers.check import Verdict, check_run, run_reports
from jobs.crawl import crawl_sources
from jobs.lock import run_lock
from jobs.sources import source_class


def check_source(source: str) -> Verdict:
    cls, source_dir = source_class(source), paths.crawl_dir() / source
    before = set(run_reports(source_dir))
    with run_lock():
        crawl_sources([source], full=True)  # a check reads every page: nothing taken on trust
    new = [f for f in run_reports(source_dir) if f not in before]
    if not new:
        raise click.ClickException(f"{source}: the crawl wrote no run report; see its log under "
                                   f"{paths.data_dir() / 'logs'}")
    return check_run(cls, new[-1])
