"""The run lock: two crpv runs never overlap on one data folder."""

import fcntl
from contextlib import contextmanager

import click

import paths


@contextmanager
def run_lock():
    """Held for the whole block; a second run stops at once with a clear message."""
    lock_file = paths.data_dir() / ".crpv.lock"
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    handle = open(lock_file, "w")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise click.ClickException(f"another crpv run holds {lock_file}; wait for it to finish")
    try:
        yield
    finally:
        handle.close()
