"""Replica sites for tests and the offline demo: a local proxy that answers real URLs
from `tests/sites/` (format: docs/replicas.md)."""

from .pdfgen import make_pdf
from .server import ReplicaServer


def take_down(sites, host: str):
    """Lay a down host over the replicas (`{"down": true}`, docs/replicas.md): its tunnel is
    refused. Returns the host's folder."""
    folder = sites / host
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "_site.json").write_text('{"down": true}')
    return folder


__all__ = ["ReplicaServer", "make_pdf", "take_down"]
