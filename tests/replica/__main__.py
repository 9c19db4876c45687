"""`python -m tests.replica serve`: run the replica proxy in the foreground (offline demo)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from .server import ReplicaServer

ROOT = Path(__file__).resolve().parents[2]


def _default_cache() -> Path:
    data = os.environ.get("CRPV_DATA_DIR")  # same override as paths.data_dir()
    return Path(data) / "replica-cache" if data else ROOT / "data" / "replica-cache"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.replica")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the replica proxy in the foreground")
    serve.add_argument("--port", type=int, default=8899)
    serve.add_argument("--sites", type=Path, action="append",
                       help="site root (repeatable; earlier ones override later ones)")
    serve.add_argument("--cache", type=Path, default=_default_cache())
    serve.add_argument("-v", "--verbose", action="store_true", help="log every request")
    args = parser.parse_args(argv)

    server = ReplicaServer(args.sites or [ROOT / "tests" / "sites"], args.cache, port=args.port,
                           verbose=args.verbose)
    env = server.proxy_env()
    print(f"Replica proxy on {server.proxy_url}, serving {len(server.store.hosts())} hosts. Use:", flush=True)
    print(f"export https_proxy={env['https_proxy']} http_proxy={env['http_proxy']} "
          f"no_proxy={env['no_proxy']}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
