"""The run lock: two crpv runs never overlap on one data folder.

The lock is an flock on data/.crpv.lock, held by an open file. Child processes that write the
data folder (the Scrapy crawl, extraction workers) inherit that open file, so the lock stays
taken until the last of them has exited, even if the command that took it was killed."""

import fcntl
from contextlib import contextmanager

import click

import paths

_held: list = []  # the open lock file while this process holds the lock


@contextmanager
def run_lock():
    """Held for the whole block; a second run stops at once with a clear message."""
    lock_file = paths.data_dir() / ".crpv.lock"
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    handle = open(lock_file, "a")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise click.ClickException(f"another crpv run holds {lock_file} (it or a process it "
                                   "started is still running); wait for it to finish")
    _held.append(handle)
    try:
        yield
    finally:
        _held.remove(handle)
        handle.close()


def lock_fds() -> tuple[int, ...]:
    """File descriptors to hand to a child process so that it holds the lock too."""
    return tuple(h.fileno() for h in _held)
