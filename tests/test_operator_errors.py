"""What an operator gets wrong is said in one line, with a non-zero exit, and loses nothing:
real commands on real files, a real full disk and a real read-only folder (tmpfs mounts, as
root), a real busy port, a real unreachable proxy and a real machine without network."""

import shutil
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import ROOT, crpv, crpv_env, free_port

CORRUPTIONS = ["folder", "empty", "truncated", "not-sqlite"]
CORPUS_COMMANDS = [["serve", "--port", "0"], ["build"], ["export"], ["sources"]]


def one_line_error(result) -> str:
    """The command failed, said why in one line on stderr, and showed no traceback."""
    assert result.returncode != 0, result.stdout
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert "Traceback" not in result.stderr + result.stdout
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def good_corpus(tmp_path_factory) -> bytes:
    """The bytes of a real corpus (built from no crawl: its schema, indexes and sources)."""
    data = tmp_path_factory.mktemp("good")
    crpv(["build"], data)
    return (data / "corpus.db").read_bytes()


def damage(db: Path, how: str, good: bytes) -> None:
    if how == "folder":
        db.mkdir()
        (db / "something").write_text("x")
    elif how == "empty":
        db.write_bytes(b"")
    elif how == "truncated":
        db.write_bytes(good[: len(good) // 2])
    else:
        db.write_bytes(b"<html>an error page saved as corpus.db</html>" * 100)


def snapshot(path: Path):
    return sorted(p.name for p in path.iterdir()) if path.is_dir() else path.read_bytes()


@pytest.mark.parametrize("how", CORRUPTIONS)
@pytest.mark.parametrize("command", CORPUS_COMMANDS, ids=lambda c: c[0])
def test_a_damaged_corpus_is_refused_in_one_line_and_left_as_it_was(command, how, good_corpus, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    damage(data / "corpus.db", how, good_corpus)
    before = snapshot(data / "corpus.db")
    line = one_line_error(crpv(command, data, check=False, timeout=60))
    assert str(data / "corpus.db") in line and "restore it from a backup" in line
    assert snapshot(data / "corpus.db") == before
    assert not (data / "corpus.db.building").exists() and not (data / "feeds").exists()


# Full disk, read-only folder ---------------------------------------------------------------------

@contextmanager
def tmpfs(path: Path, size_kb: int):
    path.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(path)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (root needed): {mounted.stderr.decode().strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=True)


def fill(disk: Path, leave_kb: int) -> Path:
    """Take the free space of `disk` but `leave_kb`."""
    free = shutil.disk_usage(disk).free
    filler = disk / "filler"
    with open(filler, "wb") as f:
        f.truncate(0)
        f.write(b"\0" * max(0, free - leave_kb * 1024))
    return filler


def test_a_full_disk_during_build_keeps_the_published_corpus_and_leaves_no_leftover(good_corpus, tmp_path):
    with tmpfs(tmp_path / "disk", 1024) as data:
        (data / "corpus.db").write_bytes(good_corpus)
        filler = fill(data, leave_kb=len(good_corpus) // 2048)  # less than one copy of the corpus
        free = shutil.disk_usage(data).free
        line = one_line_error(crpv(["build"], data, check=False))
        assert "no space left" in line and "free some space" in line
        assert (data / "corpus.db").read_bytes() == good_corpus
        assert sorted(p.name for p in data.iterdir()) == [".crpv.lock", "corpus.db", "filler"]
        assert shutil.disk_usage(data).free == free
        crpv(["export"], data)  # the space the build took is free again for the next stage
        filler.unlink()
        crpv(["build"], data)


def test_a_read_only_data_folder_is_one_line_and_nothing_changes(good_corpus, tmp_path):
    with tmpfs(tmp_path / "disk", 2048) as data:
        (data / "corpus.db").write_bytes(good_corpus)
        (data / "files").mkdir()
        subprocess.run(["mount", "-o", "remount,ro", str(data)], check=True)
        for command in (["build"], ["export"], ["extract"], ["crawl", "irev"]):
            line = one_line_error(crpv(command, data, check=False))
            assert "cannot write" in line and "must be writable" in line, (command, line)
        assert (data / "corpus.db").read_bytes() == good_corpus


# Dates, data folder ------------------------------------------------------------------------------

@pytest.mark.parametrize("since", ["yesterday", "2026-13-45", "2026-02-30", "30", "2026-11", "20261101"])
def test_since_must_be_a_date(since, good_corpus, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "corpus.db").write_bytes(good_corpus)
    result = crpv(["export", "--since", since], data, check=False)
    assert result.returncode == 2
    assert f"'{since}' is not a date: give YYYY-MM-DD" in result.stderr
    assert not (data / "feeds").exists()


@pytest.mark.parametrize("since, said", [("2026-11-01", "since 2026-11-01"), ("7d", "since 20"),
                                         ("2026-11-01T08:00:00+01:00", "since 2026-11-01T07:00:00+00:00")])
def test_since_takes_a_date_or_a_number_of_days(since, said, good_corpus, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "corpus.db").write_bytes(good_corpus)
    assert said in crpv(["export", "--since", since], data).stdout


@pytest.mark.parametrize("command", [["build"], ["export"], ["serve"], ["crawl", "irev"], ["extract"],
                                     ["sources"], ["nightly"]], ids=lambda c: c[0])
def test_a_mistyped_data_folder_is_an_error_and_is_not_created(command, tmp_path):
    missing = tmp_path / "dta"
    result = subprocess.run([sys.executable, "-m", "pipeline", *command], cwd=ROOT,
                            env=crpv_env(missing), capture_output=True, text=True, timeout=60)
    line = one_line_error(result)
    assert f"CRPV_DATA_DIR={missing} is not a folder" in line and f"mkdir -p {missing}" in line
    assert not missing.exists()


def test_the_first_run_creates_its_data_folder(replica, tmp_path):
    new = tmp_path / "new" / "data"
    result = subprocess.run([sys.executable, "-m", "pipeline", "run", "irev"], cwd=ROOT,
                            env=crpv_env(new, replica), capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert (new / "corpus.db").exists() and (new / "feeds" / "all.json").exists()


# Network, port -----------------------------------------------------------------------------------

def test_an_unreachable_proxy_is_said_once_before_any_crawl(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    dead = f"http://127.0.0.1:{free_port()}"
    started = time.monotonic()
    result = crpv(["run", "irev", "labo-cites"], data, check=False,
                  env={"https_proxy": dead, "http_proxy": dead})
    line = one_line_error(result)
    assert f"the proxy {dead} (https_proxy) is unreachable" in line
    assert time.monotonic() - started < 30
    assert not (data / "crawl").exists() and not (data / "corpus.db").exists()


def test_no_network_at_all_is_said_once_before_any_crawl(tmp_path):
    """In a network namespace of its own (no interface up, no DNS), as on an offline machine."""
    if subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode != 0:
        pytest.skip("cannot create a network namespace here (root needed)")
    data = tmp_path / "data"
    data.mkdir()
    result = subprocess.run(["unshare", "-n", sys.executable, "-m", "pipeline", "crawl"], cwd=ROOT,
                            env=crpv_env(data), capture_output=True, text=True, timeout=60)
    line = one_line_error(result)
    assert line.startswith("Error: the network is unreachable: no address for ")
    assert "crpv demo" in line
    assert not (data / "crawl").exists()


@contextmanager
def busy_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield sock.getsockname()[1]


@pytest.mark.parametrize("command", [["run", "--serve", "irev"], ["demo"], ["serve"]], ids=lambda c: c[0])
def test_a_busy_port_is_found_before_any_work(command, replica, good_corpus, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "corpus.db").write_bytes(good_corpus)
    with busy_port() as port:
        started = time.monotonic()
        result = crpv([*command, "--port", str(port)], data, replica, check=False, timeout=60)
    line = one_line_error(result)
    assert f"cannot listen on 127.0.0.1:{port}" in line and "--port" in line
    assert time.monotonic() - started < 20
    assert sorted(p.name for p in data.iterdir()) == ["corpus.db"]
