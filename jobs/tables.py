"""Summaries as plain-text tables, readable in a terminal and in a log."""

import click


def print_table(rows: list[list], headers: list[str]) -> None:
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)]
    for row in [headers, ["-" * w for w in widths], *rows]:
        click.echo("  ".join(str(x).ljust(w) for x, w in zip(row, widths)))
