"""No process a command started outlives it, whatever signal stops it, and two runs never
overlap: real commands, real child processes, real signals, read from /proc."""

import fcntl
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT, SITES, crpv, crpv_env, free_port
from tests.replica import ReplicaServer

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")

STOPPING_SIGNALS = [signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGKILL]


# /proc -----------------------------------------------------------------------------------------

def _processes() -> dict[int, tuple[int, str]]:
    """pid -> (parent pid, state) of every process."""
    table = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            table[int(entry.name)] = (int(fields[1]), fields[0])
    return table


def descendants(pid: int) -> list[int]:
    table, found, frontier = _processes(), [], [pid]
    while frontier:
        parent = frontier.pop()
        children = [p for p, (ppid, _) in table.items() if ppid == parent]
        found += children
        frontier += children
    return found


def alive(pid: int) -> bool:
    """Running, as opposed to gone or a zombie waiting for a parent that no longer reaps it."""
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def command_line(pid: int) -> str:
    try:
        return (Path("/proc") / str(pid) / "cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def wait_for(condition, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"still waiting after {timeout} s for {what}")


def ended(pids: list[int], timeout: float, what: str) -> None:
    """Wait for every pid to end; whatever is left when the test fails is killed."""
    try:
        wait_for(lambda: not any(alive(p) for p in pids), timeout, what)
    finally:
        for pid in pids:
            if alive(pid):
                os.kill(pid, signal.SIGKILL)


def lock_is_free(data: Path) -> bool:
    with open(data / ".crpv.lock", "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        fcntl.flock(handle, fcntl.LOCK_UN)
        return True


# Crawls ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def slow_replica(tmp_path_factory):
    """The replicas, with Labo Cités' feed answering only after a minute: a crawl in progress."""
    overlay = tmp_path_factory.mktemp("slow")
    slow = overlay / "www.labo-cites.org"
    slow.mkdir()
    (slow / "_site.json").write_text(json.dumps({"routes": {"/rss.xml": {"delay": 60, "file": "rss.xml"}}}))
    with ReplicaServer([overlay, SITES], tmp_path_factory.mktemp("cache")) as server:
        yield server


def start_crawl(data: Path, server: ReplicaServer, args=("crawl", "labo-cites")) -> tuple[subprocess.Popen, int]:
    """`crpv crawl labo-cites`, once its Scrapy child has opened the spider: (command, child)."""
    data.mkdir(parents=True, exist_ok=True)
    command = subprocess.Popen([sys.executable, "-m", "pipeline", *args], cwd=ROOT,
                               env=crpv_env(data, server), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)

    def scrapy_child():
        logs = list((data / "logs").glob("crawl-*.log"))
        if not logs or "Spider opened" not in logs[0].read_text():
            return None
        children = [p for p in descendants(command.pid) if "crawlers.crawl" in command_line(p)]
        return children[0] if children else None

    return command, wait_for(scrapy_child, 60, "the crawl to start")


@pytest.mark.parametrize("sig", STOPPING_SIGNALS, ids=lambda s: s.name)
def test_a_stopped_crawl_leaves_no_process_behind(sig, slow_replica, tmp_path):
    data = tmp_path / "data"
    command, child = start_crawl(data, slow_replica)
    started = descendants(command.pid)
    assert child in started and not lock_is_free(data)
    os.kill(command.pid, sig)
    command.wait(60)
    assert command.returncode != 0
    ended(started, 40, f"{started} to end after {sig.name}")
    assert lock_is_free(data)


@pytest.mark.parametrize("args", [("run", "labo-cites"), ("nightly",)], ids=lambda a: a[0])
def test_a_killed_run_or_nightly_leaves_no_process_behind(args, slow_replica, tmp_path):
    data = tmp_path / "data"
    command, child = start_crawl(data, slow_replica, args)
    started = descendants(command.pid)
    os.kill(command.pid, signal.SIGKILL)
    command.wait(10)
    ended(started, 40, f"{started} to end after kill -9 of crpv {args[0]}")
    assert lock_is_free(data)


def test_the_lock_lives_as_long_as_the_crawl_child(slow_replica, tmp_path):
    """kill -9 of the command while its Scrapy child cannot run yet (stopped): a second crawl is
    refused until the child has ended, which it does by itself once it can run."""
    data = tmp_path / "data"
    command, child = start_crawl(data, slow_replica)
    os.kill(child, signal.SIGSTOP)
    try:
        os.kill(command.pid, signal.SIGKILL)
        command.wait(10)
        assert alive(child)
        second = crpv(["crawl", "irev"], data, slow_replica, check=False)
        assert second.returncode != 0
        assert "another crpv run holds" in second.stderr
        assert not (data / "crawl" / "irev").exists()
    finally:
        os.kill(child, signal.SIGCONT)  # the death signal, pending, is delivered now
    ended([child], 40, "the orphaned crawl child to end")
    assert lock_is_free(data)


# Extraction workers ----------------------------------------------------------------------------

HANGING_EXTRACT = """
import sys, time
from extract import files
files.EXTRACTORS["application/pdf"] = lambda path: time.sleep(600)
from pipeline import cli
cli(["extract", "--workers", "2"])
"""


@pytest.mark.parametrize("sig", STOPPING_SIGNALS, ids=lambda s: s.name)
def test_a_stopped_extract_leaves_no_worker_behind(sig, tmp_path):
    """Workers busy in an extractor (here one that never returns) end with their command."""
    data = tmp_path / "data"
    for i in range(2):
        stored = data / "files" / f"{i}0" / f"{i}0{'a' * 62}.pdf"
        stored.parent.mkdir(parents=True)
        stored.write_bytes(b"%PDF-1.4\n" + bytes([i]) * 100)
    command = subprocess.Popen([sys.executable, "-c", HANGING_EXTRACT], cwd=ROOT,
                               env=crpv_env(data), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers = wait_for(lambda: len(descendants(command.pid)) >= 2 and descendants(command.pid), 30,
                       "two extraction workers")
    time.sleep(0.5)  # in the extractor by now
    os.kill(command.pid, sig)
    command.wait(30)
    ended(workers, 15, f"workers {workers} to end after {sig.name}")


# Servers ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A corpus with nothing in it yet: enough for a server to start."""
    data = tmp_path_factory.mktemp("data")
    crpv(["build"], data)
    return {"data": data}


@pytest.mark.parametrize("sig", STOPPING_SIGNALS, ids=lambda s: s.name)
def test_serve_with_nightly_leaves_no_server_behind(sig, corpus, tmp_path):
    """`crpv serve --nightly` runs Datasette as its child: it ends with the command, and the
    port is free again."""
    port = free_port()
    command = subprocess.Popen([sys.executable, "-m", "pipeline", "serve", "--port", str(port),
                                "--nightly", "03:00"], cwd=ROOT, env=crpv_env(corpus["data"]),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def answers():
        try:
            return urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2).status == 200
        except OSError:
            return False

    wait_for(answers, 60, "Datasette to answer")
    servers = descendants(command.pid)
    assert servers and all("datasette" in command_line(p) for p in servers)
    os.kill(command.pid, sig)
    command.wait(40)
    ended(servers, 40, f"Datasette to end after {sig.name}")
    wait_for(lambda: not answers(), 10, "the port to be closed")


def test_run_serve_becomes_the_server_itself(corpus, tmp_path):
    """`crpv serve` (what `run --serve` and `demo` end with) replaces itself with Datasette: the
    process that is signalled is the server, and nothing else is left running."""
    port = free_port()
    command = subprocess.Popen([sys.executable, "-m", "pipeline", "serve", "--port", str(port)],
                               cwd=ROOT, env=crpv_env(corpus["data"]), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    wait_for(lambda: "datasette" in command_line(command.pid), 30, "the exec of Datasette")
    assert descendants(command.pid) == []
    os.kill(command.pid, signal.SIGTERM)
    command.wait(30)
