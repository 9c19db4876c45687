"""Shared fixtures: the replica sites answering the sources' real URLs, and the crpv command."""

import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

import paths
from jobs.serve import datasette_command
from tests.replica import ReplicaServer

ROOT = Path(__file__).resolve().parent.parent
SITES = ROOT / "tests" / "sites"


def expected_documents(host: str) -> list[dict]:
    return json.loads((SITES / host / "_expected.json").read_text())["documents"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def crpv_env(data_dir: Path, server: ReplicaServer | None = None, extra: dict | None = None) -> dict:
    """The environment of a command run against the replicas (no real proxy, no crawl delay)."""
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env.update(CRPV_DATA_DIR=str(data_dir), CRPV_DOWNLOAD_DELAY="0", CRPV_MAX_CRAWL_DELAY="0",
               PYTHONPATH=str(ROOT))
    if server:
        env.update(server.proxy_env())
    env.update(extra or {})
    return env


def crpv(args: list[str], data_dir: Path, server: ReplicaServer | None = None,
         check: bool = True, timeout: int = 300, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the real command line, as a user would, against the replicas."""
    data_dir.mkdir(parents=True, exist_ok=True)  # as the operator does: only `run` creates it
    proc = subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=ROOT,
                          env=crpv_env(data_dir, server, env),
                          capture_output=True, text=True, timeout=timeout)
    if check and proc.returncode != 0:
        raise AssertionError(f"crpv {' '.join(args)} exited {proc.returncode}\n"
                             f"{proc.stdout}\n{proc.stderr}")
    return proc


@pytest.fixture(scope="session", autouse=True)
def private_data_dir(tmp_path_factory):
    """No test reads or writes the developer's own data/ (previous runs, caches, corpus)."""
    os.environ["CRPV_DATA_DIR"] = str(tmp_path_factory.mktemp("default-data"))


@pytest.fixture(scope="session")
def replica(tmp_path_factory):
    server = ReplicaServer([SITES], tmp_path_factory.mktemp("replica-cache"))
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def corpus(replica, tmp_path_factory):
    """The whole pipeline, run for real against the replicas: crawl, extract, build, export."""
    data = tmp_path_factory.mktemp("data")
    replica.clear_log()
    crawl = crpv(["crawl"], data, replica)
    requests = replica.requests
    crpv(["extract"], data)
    build = crpv(["build"], data)
    crpv(["export"], data)
    return {"data": data, "crawl": crawl, "build": build, "requests": requests,
            "db": sqlite3.connect(data / "corpus.db")}


@pytest.fixture(scope="session")
def datasette(corpus):
    """A real Datasette on the corpus, started with the command line of `crpv serve`."""
    port = free_port()
    # The same command line as `crpv serve`.
    command = datasette_command(port)
    command[command.index(str(paths.db_path()))] = str(corpus["data"] / "corpus.db")
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    yield base
    proc.terminate()
    proc.wait(10)
