"""The extract stage: text of every downloaded file, once per sha256 (extract/stage.py)."""

import sys

import click

import paths
from extract import stage


def extract_files(workers: int | None = None, timeout: float = 300) -> dict:
    summary = stage.run(paths.files_dir(), paths.text_dir(), workers=workers, timeout=timeout,
                        progress=_progress)
    if sys.stdout.isatty():
        click.echo()
    click.echo("extract: " + ", ".join(f"{k} {v}" for k, v in summary.items()))
    return summary


def _progress(done, total, sha256) -> None:
    if sys.stdout.isatty():  # a count redrawn in place; a log gets the summary only
        click.echo(f"\r  extracted {done}/{total}", nl=False)
