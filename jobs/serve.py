"""Publishing with Datasette: once, or with the nightly job run every day on the same machine."""

import os
import subprocess
import sys
import time
from datetime import datetime, timedelta

import click

import paths
from jobs.preflight import require_corpus, require_free_port
from lifetime import child_of_this_process, stop_child


def datasette_command(port: int, host: str = "127.0.0.1") -> list[str]:
    """The one Datasette command line: `crpv serve`, the tests and the benchmarks start this."""
    return [sys.executable, "-m", "datasette", "serve", str(paths.db_path()),
            "--metadata", str(paths.ROOT / "metadata.yml"),
            "--template-dir", str(paths.ROOT / "templates"),
            "--plugins-dir", str(paths.ROOT / "plugins"),
            "--host", host, "--port", str(port), "--setting", "sql_time_limit_ms", "3000"]


def set_copies(copies: str | None) -> None:
    """The kept-copies policy (all, gone, none) for the server and every later restart:
    plugins/crpv_record.py reads $CRPV_COPIES, which the Datasette processes inherit."""
    from db.record import copies_policy
    try:
        policy = copies_policy(copies)
    except ValueError as exc:
        raise click.ClickException(str(exc))
    os.environ["CRPV_COPIES"] = policy


def serve_corpus(port: int = 8001, host: str = "127.0.0.1", copies: str | None = None) -> None:
    """Become Datasette (exec): signals and Ctrl-C reach the server directly."""
    set_copies(copies)
    require_corpus()
    require_free_port(host, port)
    click.echo(f"serving {paths.db_path()} on http://{host}:{port}/")
    os.execvp(sys.executable, datasette_command(port, host))


def parse_hhmm(value: str) -> tuple[int, int]:
    try:
        hour, minute = (int(x) for x in value.split(":"))
        assert 0 <= hour < 24 and 0 <= minute < 60
    except (ValueError, AssertionError):
        raise click.BadParameter(f"{value!r}: expected a time like 03:00")
    return hour, minute


def serve_with_nightly(port: int, host: str, at: tuple[int, int], copies: str | None = None) -> None:
    """One machine serves and refreshes itself: the job runs in a child process, and Datasette
    is restarted on the new database (swapped in atomically by the build) once it is done.
    Runs until stopped (Ctrl-C, SIGTERM)."""
    set_copies(copies)
    require_free_port(host, port)
    if not paths.db_path().exists():
        _nightly_job()
    require_corpus()
    server = _start_server(port, host)
    click.echo(f"serving on http://{host}:{port}/; nightly job every day at {at[0]:02d}:{at[1]:02d}")
    try:
        while True:
            time.sleep(_seconds_until(*at))
            _nightly_job()
            stop_child(server, 30)
            server = _start_server(port, host)
    finally:
        stop_child(server, 30)


def _start_server(port: int, host: str) -> subprocess.Popen:
    return subprocess.Popen(datasette_command(port, host), preexec_fn=child_of_this_process())


def _nightly_job() -> None:
    """`crpv nightly` as its own process: its exit or crash never stops the server; it stops
    (and stops its own children) when we do."""
    subprocess.run([sys.executable, "-m", "pipeline", "nightly"], cwd=paths.ROOT,
                   preexec_fn=child_of_this_process())


def _seconds_until(hour: int, minute: int) -> float:
    now = datetime.now()
    target = now.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if target <= now:
        target += timedelta(days=1)
    return (target - now).total_seconds()
