"""Replica sites for tests and the offline demo: a local proxy that answers real URLs
from `tests/sites/` (format: docs/replicas.md)."""

from .pdfgen import make_pdf
from .server import ReplicaServer

__all__ = ["ReplicaServer", "make_pdf"]
