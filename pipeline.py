"""crpv: harvest the CRPV sites, extract their files, build the corpus, publish it.

Each command does its own stage only and hands over through files under data/ (or
$CRPV_DATA_DIR), so any stage can be re-run alone. The work is in jobs/; each command imports
its job when it runs, so `crpv --help` does not wait for Scrapy, sqlite-utils and the rest.
"""

import signal
import sys
from pathlib import Path

import click

from jobs.operator import CrpvGroup, SinceDate


@click.group(cls=CrpvGroup)
def cli():
    """crpv-corpus: one searchable corpus of the centres de ressources politique de la ville.

    \b
    Example:
        crpv run --serve
    """
    # A stopped job (SIGTERM from systemd, cron or CI, SIGHUP from a closed terminal) unwinds
    # like Ctrl-C: child processes are stopped and nothing half-written is published.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))
    signal.signal(signal.SIGHUP, lambda *_: sys.exit(128 + signal.SIGHUP))


@cli.command()
def sources():
    """List the sources: platform, region, homepage, channels used, documents held, last success.

    Channels come from each source's last crawl report, documents and last success from the
    corpus (when built). Centres known without a confirmed address follow: never harvested.

    \b
    Example:
        crpv sources
    """
    from jobs.sources import print_sources
    print_sources()


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
    from jobs.crawl import crawl_sources
    from jobs.lock import run_lock
    with run_lock():
        failed = crawl_sources(list(source), full)
    if failed:
        raise click.ClickException(f"crawl failed for: {', '.join(failed)} (see the errors above)")


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
    from jobs.probe import probe_source
    probe_source(source, saved)


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
    from jobs.check import check_source
    verdict = check_source(source)
    for line in verdict.facts:
        click.echo(line)
    if verdict.problems:
        raise click.ClickException(f"check {source} failed:\n" + "\n".join(f"- {p}" for p in verdict.problems))
    click.echo(f"check {source}: ok")


@cli.command()
@click.option("--workers", type=int, default=None, help="worker processes (default: all cores)")
@click.option("--timeout", type=float, default=300, show_default=True, help="seconds per file")
def extract(workers, timeout):
    """Turn downloaded files into text, once per file content (sha256).

    \b
    Example:
        crpv extract --workers 2
    """
    from jobs.extract import extract_files
    extract_files(workers, timeout)


@cli.command()
def build():
    """Write the corpus database from crawl and extract outputs (no network).

    \b
    Example:
        crpv build && datasette data/corpus.db
    """
    from jobs.build import build_corpus
    from jobs.lock import run_lock
    with run_lock():
        build_corpus()


@cli.command()
@click.option("--base-url", default=None, help="public URL of the feeds folder, for feed_url")
@click.option("--since", type=SinceDate(), default=None, metavar="YYYY-MM-DD|Nd",
              help="start of the 'quoi de neuf' feeds: a date, an ISO time, or a number of days "
                   "ago such as 7d (default: 30d)")
def export(base_url, since):
    """Write the feeds under data/feeds/: JSON Feed 1.1 of the whole corpus (all.json) and of
    each source, and 'quoi de neuf' feeds (JSON Feed and Atom) of what is new or changed.

    \b
    Example:
        crpv export --since 2026-11-01 --base-url https://corpus.example.org/feeds/
    """
    from jobs.export import export_feeds
    export_feeds(base_url, since)


COPIES = click.option(
    "--copies", type=click.Choice(["all", "gone", "none"]), default=None,
    help="which kept copies of files /fichier/<sha256> serves: every one, only those whose "
         "original is gone or failing, or none [default: $CRPV_COPIES, else gone]")


@cli.command()
@click.option("--port", type=int, default=8001, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--nightly", "at", metavar="HH:MM", default=None,
              help="also run the nightly job every day at this local time, then restart Datasette")
@COPIES
def serve(port, host, at, copies):
    """Publish the corpus with Datasette (read-only) on http://127.0.0.1:8001.

    Each document has its record at /document/<id>; downloaded files are served at
    /fichier/<sha256> as --copies says.

    \b
    Example:
        crpv serve --port 8001 --nightly 03:00 --copies gone
    """
    from jobs.serve import parse_hhmm, serve_corpus, serve_with_nightly
    if at:
        serve_with_nightly(port, host, parse_hhmm(at), copies)
    else:
        serve_corpus(port, host, copies)


@cli.command()
@click.argument("source", nargs=-1)
@click.option("--serve", "then_serve", is_flag=True, help="then serve the corpus with Datasette")
@click.option("--port", type=int, default=8001, show_default=True)
@click.option("--report", type=click.Path(dir_okay=False, path_type=Path),
              help="also write the summary as Markdown to this file")
@FULL
@COPIES
def run(source, then_serve, port, report, full, copies):
    """Every stage in order: crawl, extract, build, export (then serve with --serve).

    Exits non-zero when a source failed or turned suspicious (far fewer documents than its
    last good run); the corpus keeps what it had for that source.

    \b
    Example:
        crpv run --serve
    """
    from jobs.preflight import require_free_port
    from jobs.run import run_job
    from jobs.serve import serve_corpus
    if then_serve:
        require_free_port("127.0.0.1", port)
    problems = run_job(list(source), report, full)
    if then_serve:
        serve_corpus(port, copies=copies)
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
    from jobs.run import nightly_job
    sys.exit(1 if nightly_job() else 0)


@cli.command()
@click.option("--serve/--no-serve", "then_serve", default=True, show_default=True)
@click.option("--port", type=int, default=8001, show_default=True)
@COPIES
def demo(then_serve, port, copies):
    """Offline demo: the whole job against the replica sites kept in tests/sites/.

    The replicas answer the sources' real https:// URLs through a local proxy; data goes to
    data/demo/ so the real corpus is untouched.

    \b
    Example:
        crpv demo
    """
    from jobs.demo import replica_sites
    from jobs.preflight import require_free_port
    from jobs.run import run_job
    from jobs.serve import serve_corpus
    if then_serve:
        require_free_port("127.0.0.1", port)
    with replica_sites():
        run_job([])
    if then_serve:
        serve_corpus(port, copies=copies)


if __name__ == "__main__":
    cli()
