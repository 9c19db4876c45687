"""The offline demo's setting: the replica sites of tests/sites/ answering the real URLs."""

import os
import sys
from contextlib import contextmanager

import click

import paths


@contextmanager
def replica_sites():
    """For the block: data in data/demo/ (the real corpus untouched), no crawl delay, and every
    request sent through the replicas' proxy."""
    sys.path.insert(0, str(paths.ROOT))  # the replicas live with the tests, not in the package
    from tests.replica.server import ReplicaServer

    os.environ.setdefault("CRPV_DATA_DIR", str(paths.ROOT / "data" / "demo"))
    os.environ.setdefault("CRPV_DOWNLOAD_DELAY", "0")  # local replicas: no server to spare
    os.environ.setdefault("CRPV_MAX_CRAWL_DELAY", "0")
    server = ReplicaServer([paths.ROOT / "tests" / "sites"], paths.data_dir() / "replica-cache")
    server.start()
    os.environ.update(server.proxy_env())
    click.echo(f"replica sites answering through {server.proxy_url}")
    try:
        yield
    finally:
        server.stop()
