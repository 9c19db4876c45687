"""`crpv probe`: ask a source's sites what they serve, or read the saved answers again, then show
what the spider extracts from them (crawlers/probe/ does the asking and the reading)."""

import click

import paths
from crawlers import probe as probing
from jobs.preflight import require_network
from jobs.sources import source_class


def probe_source(source: str, saved: bool) -> None:
    cls, out = source_class(source), paths.data_dir() / "probe" / source
    if saved and not (out / "probe.json").exists():
        raise click.ClickException(f"no saved probe in {out}: run `crpv probe {source}` first")
    if not saved:
        require_network([cls.homepage])
    click.echo(f"probe {source} ({cls.platform}): answers saved in {out}")
    click.echo(probing.HEADER)
    summary = _reread(cls, out) if saved else probing.probe(cls, out, log=click.echo)
    click.echo("")
    click.echo(probing.render_samples(probing.extract_samples(cls, out, summary)))
    if not probing.answered(summary):
        raise click.ClickException(
            f"nothing answered for {source}: check the hosts in the spider ({', '.join(cls.hosts)}), "
            "your network and proxy (https_proxy), then probe again")


def _reread(cls, out) -> dict:
    """The saved answers, printed as the live probe prints them."""
    summary = probing.reread(cls, out)
    for meta in summary["answers"]:
        click.echo("\n".join(probing.answer_lines(meta)))
    return summary
