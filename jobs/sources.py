"""The sources as the command line names them, and the `crpv sources` listing."""

import click

import paths
from crawlers.check import last_report
from crawlers.registry import spider_classes
from crawlers.unconfirmed import CENTRES
from db.report import sources_held
from jobs.preflight import check_corpus
from jobs.tables import print_table


def source_class(slug: str):
    classes = spider_classes()
    if slug not in classes:
        raise click.BadParameter(f"unknown source {slug!r}; try `crpv sources`")
    return classes[slug]


def chosen_sources(slugs: list[str]) -> list[str]:
    """The slugs asked for, checked; every enabled source when none is named."""
    classes = spider_classes()
    unknown = [s for s in slugs if s not in classes]
    if unknown:
        raise click.BadParameter(f"unknown source(s) {', '.join(unknown)}; try `crpv sources`")
    return slugs or [s for s, c in classes.items() if c.enabled]


def print_sources() -> None:
    """One row per spider (channels from its last crawl, documents from the corpus), then the
    centres that have no spider because their address is not confirmed."""
    if paths.db_path().exists():
        check_corpus(paths.db_path())
    held = sources_held(paths.db_path())
    rows = []
    for c in spider_classes().values():
        channels = (last_report(paths.crawl_dir() / c.name) or {}).get("channels") or {}
        documents, last_success = held.get(c.name, (None, None))
        rows.append([c.name, c.platform, c.region, c.homepage, "oui" if c.enabled else "non",
                     ", ".join(sorted(channels)) or "-", "-" if documents is None else documents,
                     (last_success or "-")[:16]])
    print_table(rows, ["source", "platform", "region", "homepage", "enabled", "channels", "documents",
                       "last success"])
    click.echo("\ncentres known without a confirmed address (not harvested):")
    for centre in CENTRES:
        click.echo(f"  {centre['slug']}: {centre['name']}, {centre['region'] or 'région non confirmée'}")
