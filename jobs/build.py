"""The build stage: the corpus database from crawl and extract outputs (db/build.py), no network."""

import click

import paths
from crawlers.registry import source_rows
from db.build import BuildCheckFailed, build
from jobs.preflight import check_corpus
from jobs.tables import print_table


def build_corpus():
    """Build, print per-source counts and totals; return the build summary."""
    if paths.db_path().exists():  # never build upon, nor replace, a damaged corpus
        check_corpus(paths.db_path())
    try:
        summary = build(paths.db_path(), paths.crawl_dir(), paths.text_dir(), paths.files_dir(),
                        source_rows())
    except BuildCheckFailed as exc:
        raise click.ClickException(f"the new corpus failed its checks and was not published: {exc}")
    _print_summary(summary)
    return summary


def _print_summary(summary) -> None:
    rows = [[s, v.status, v.found, v.new, v.changed, v.unchanged, v.gone, v.errors]
            for s, v in sorted(summary.sources.items())]
    if rows:
        print_table(rows, ["source", "status", "found", "new", "changed", "unchanged", "gone", "errors"])
    e = summary.enrichment
    click.echo(f"build: {summary.runs} crawl runs ingested; corpus has {summary.documents} documents, "
               f"{summary.files} files, {summary.pages} PDF pages -> {paths.db_path()}\n"
               f"enrichment: {e.enriched} documents (re)enriched, {e.duplicate_pairs} duplicate pairs, "
               f"{e.seconds} s")
    if not summary.runs and not summary.documents:
        click.echo("nothing to build yet: run `crpv crawl` first (or `crpv demo` offline)")
