"""Shared fixtures: the replica sites answering the sources' real URLs, and the crpv command."""

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.replica import ReplicaServer

ROOT = Path(__file__).resolve().parent.parent
SITES = ROOT / "tests" / "sites"


def expected_documents(host: str) -> list[dict]:
    return json.loads((SITES / host / "_expected.json").read_text())["documents"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def crpv(args: list[str], data_dir: Path, server: ReplicaServer | None = None,
         check: bool = True, timeout: int = 300, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the real command line, as a user would, against the replicas."""
    extra_env = env
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env.update(CRPV_DATA_DIR=str(data_dir), CRPV_DOWNLOAD_DELAY="0", CRPV_MAX_CRAWL_DELAY="0",
               PYTHONPATH=str(ROOT))
    if server:
        env.update(server.proxy_env())
    env.update(extra_env or {})
    proc = subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)
    if check and proc.returncode != 0:
        raise AssertionError(f"crpv {' '.join(args)} exited {proc.returncode}\n"
                             f"{proc.stdout}\n{proc.stderr}")
    return proc


@pytest.fixture(scope="session")
def replica(tmp_path_factory):
    server = ReplicaServer([SITES], tmp_path_factory.mktemp("replica-cache"))
    server.start()
    yield server
    server.stop()
