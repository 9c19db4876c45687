"""The export stage: the JSON Feed and Atom feeds of the corpus (db/export.py)."""

from datetime import datetime, timedelta, timezone

import click

import paths
from db.export import export
from jobs.preflight import require_corpus


def export_feeds(base_url: str | None = None, since: str | None = None) -> None:
    """Every feed into data/feeds/; the 'quoi de neuf' ones start at since (default: 30 days ago)."""
    require_corpus()
    since = since or (datetime.now(timezone.utc) - timedelta(days=30)).strftime("%Y-%m-%d")
    written = export(paths.db_path(), paths.feeds_dir(), since, base_url=base_url)
    click.echo(f"export: {len(written)} feeds in {paths.feeds_dir()} ({written.get('all.json', 0)} "
               f"items in all.json, {written.get('nouveautes.json', 0)} new or changed since {since})")
