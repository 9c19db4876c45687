"""Publishing with Datasette: once, or with the nightly job run every day on the same machine."""

import os
import subprocess
import sys
import time
from datetime import datetime, timedelta

import click

import paths


def datasette_command(port: int, host: str = "127.0.0.1") -> list[str]:
    """The one Datasette command line: `crpv serve`, the tests and the benchmarks start this."""
    return [sys.executable, "-m", "datasette", "serve", str(paths.db_path()),
            "--metadata", str(paths.ROOT / "metadata.yml"),
            "--template-dir", str(paths.ROOT / "templates"),
            "--plugins-dir", str(paths.ROOT / "plugins"),
            "--host", host, "--port", str(port), "--setting", "sql_time_limit_ms", "3000"]


def serve_corpus(port: int = 8001, host: str = "127.0.0.1") -> None:
    """Become Datasette (exec): signals and Ctrl-C reach the server directly."""
    if not paths.db_path().exists():
        raise click.ClickException("no corpus yet: run `crpv run` (or `crpv demo` offline) first")
    click.echo(f"serving {paths.db_path()} on http://{host}:{port}/")
    os.execvp(sys.executable, datasette_command(port, host))


def parse_hhmm(value: str) -> tuple[int, int]:
    try:
        hour, minute = (int(x) for x in value.split(":"))
        assert 0 <= hour < 24 and 0 <= minute < 60
    except (ValueError, AssertionError):
        raise click.BadParameter(f"{value!r}: expected a time like 03:00")
    return hour, minute


def serve_with_nightly(port: int, host: str, at: tuple[int, int]) -> None:
    """One machine serves and refreshes itself: the job runs in a child process, and Datasette
    is restarted on the new database (swapped in atomically by the build) once it is done.
    Runs until stopped (Ctrl-C, SIGTERM)."""
    if not paths.db_path().exists():
        _nightly_job()
    server = subprocess.Popen(datasette_command(port, host))
    click.echo(f"serving on http://{host}:{port}/; nightly job every day at {at[0]:02d}:{at[1]:02d}")
    try:
        while True:
            time.sleep(_seconds_until(*at))
            _nightly_job()
            server.terminate()
            server.wait(30)
            server = subprocess.Popen(datasette_command(port, host))
    finally:
        server.terminate()


def _nightly_job() -> None:
    """`crpv nightly` as its own process: its exit or crash never stops the server."""
    subprocess.run([sys.executable, "-m", "pipeline", "nightly"], cwd=paths.ROOT)


def _seconds_until(hour: int, minute: int) -> float:
    now = datetime.now()
    target = now.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if target <= now:
        target += timedelta(days=1)
    return (target - now).total_seconds()
