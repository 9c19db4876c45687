"""The `extract` stage: every stored file to text_dir/<sha256>.json, once per extractor version.

Files are extracted in worker processes so that a file which hangs, crashes the parser or
exhausts memory costs only its own record: the worker is killed or replaced and the run goes
on. Results are written by the parent alone, atomically, so an interrupted run leaves no
half-written JSON and resumes where it stopped.
"""

import json
import logging
import multiprocessing
import os
import re
import resource
import signal
import tempfile
import time
from collections import deque
from datetime import datetime, timezone
from multiprocessing.connection import wait
from pathlib import Path

from extract import files, media_types, results
from lifetime import die_with_parent

SHA256 = re.compile(r"^[0-9a-f]{64}$")
MAX_TASKS_PER_WORKER = 50  # recycle workers: pdfminer's caches grow over long runs
# Address space per worker (virtual, so above the ~300 MB resident a 300-page PDF takes: see
# benchmarks/README.md); the Tesseract it starts inherits it.
MEMORY_LIMIT_MB = int(os.environ.get("CRPV_EXTRACT_MEMORY_MB", "3072"))
# The version and media type sit near the start of every record, so a skip check reads only
# the head.
_VERSION_IN_HEAD = re.compile(rb'"extractor_version":\s*"([^"\\]*)"')
_TYPE_IN_HEAD = re.compile(rb'"media_type":\s*(?:"([^"\\]*)"|null)')


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def stored_files(files_dir: Path) -> list[Path]:
    """Files stored as files_dir/<sha256[:2]>/<sha256>.<ext>, one per sha256, sorted."""
    found: dict[str, Path] = {}
    for path in sorted(Path(files_dir).glob("*/*")):
        sha = path.name.split(".", 1)[0]
        if SHA256.match(sha) and path.parent.name == sha[:2] and path.is_file():
            found.setdefault(sha, path)
    return list(found.values())


def sha_of(path: Path) -> str:
    return path.name.split(".", 1)[0]


def is_current(json_path: Path) -> bool:
    """True if a record exists and was made by the current version of its media type's
    extractor (a new PDF extractor redoes the PDFs only)."""
    try:
        with json_path.open("rb") as f:
            head = f.read(4096)
    except OSError:
        return False
    version, kind = _VERSION_IN_HEAD.search(head), _TYPE_IN_HEAD.search(head)
    if version and kind:
        media_type = kind[1].decode() if kind[1] is not None else None
        return version[1].decode() == results.version_of(media_type)
    try:
        record = json.loads(json_path.read_bytes())
        return record.get("extractor_version") == results.version_of(record.get("media_type"))
    except (OSError, ValueError, AttributeError):
        return False


def write_json_atomic(path: Path, data: dict) -> None:
    """Write to a temporary file beside `path`, then rename: readers never see half a file."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def make_record(path: Path, outcome: dict) -> dict:
    """The stored record: identity and version first (see is_current), then the result."""
    head = {"sha256": sha_of(path), "extractor": outcome.get("extractor"),
            "extractor_version": outcome.get("extractor_version", results.version_of(outcome.get("media_type"))),
            "media_type": outcome.get("media_type"), "size": path.stat().st_size,
            "extracted_at": utc_now()}
    return head | {key: value for key, value in outcome.items() if key not in head}


# Worker processes ------------------------------------------------------------------------------

def _limit_memory(megabytes: int) -> None:
    """Cap this process's address space: a huge PDF then fails with MemoryError in its own
    worker instead of pushing the machine into swap or the OOM killer."""
    if megabytes > 0:
        limit = megabytes * 1024 * 1024
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _extract(path: str, megabytes: int) -> dict:
    try:
        return files.extract_file(path)
    except MemoryError:
        return _failure(Path(path), f"extraction exceeded the worker memory limit of {megabytes} MB"
                                    " (a huge or pathological file?)")


def _serve(conn, megabytes: int, parent: int) -> None:
    """Worker loop: extract each path received and send the result back; None stops."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    die_with_parent(parent, signal.SIGKILL)  # even one busy in a parser for minutes
    _limit_memory(megabytes)
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its per-page warnings flood the console
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        conn.send(_extract(task, megabytes))


def _context():
    # fork: workers start at once with the extractors already imported, and share the parent's
    # EXTRACTORS table (which is how tests swap in a hanging extractor).
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


class _Worker:
    def __init__(self, ctx, megabytes: int):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(child, megabytes, os.getpid()), daemon=True)
        self.proc.start()
        child.close()  # so that the worker's death shows as EOF on our end
        self.task: Path | None = None
        self.started = 0.0
        self.done = 0

    def give(self, path: Path) -> None:
        self.conn.send(str(path))
        self.task, self.started = path, time.monotonic()

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.proc.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                pass
        self.proc.join(5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


def _failure(path: Path, message: str) -> dict:
    media_type = media_types.media_type_of(path)
    return results.result(None, media_type, error=message)


def _crash_message(exitcode: int | None) -> str:
    how = f"exit code {exitcode}"
    if exitcode is not None and exitcode < 0:
        how = f"killed by {signal.Signals(-exitcode).name}"
    return (f"extraction crashed its worker process ({how}):"
            " the file triggers a parser bug or exhausts memory")


def _collect(worker: _Worker, timeout: float) -> tuple[dict | None, bool]:
    """(outcome, worker still usable) for a busy worker, or (None, True) if it is still working."""
    if worker.conn.poll():
        try:
            return worker.conn.recv(), True
        except (EOFError, OSError):
            worker.proc.join(5)
            return _failure(worker.task, _crash_message(worker.proc.exitcode)), False
    if not worker.proc.is_alive():
        return _failure(worker.task, _crash_message(worker.proc.exitcode)), False
    if time.monotonic() - worker.started > timeout:
        message = f"extraction took longer than {timeout:g} s and was stopped (a pathological file?)"
        return _failure(worker.task, message), False
    return None, True


def extract_in_workers(paths: list[Path], workers: int, timeout: float,
                       megabytes: int | None = None):
    """Yield (path, outcome) as files finish, in completion order; each worker's address
    space is capped at `megabytes` (default MEMORY_LIMIT_MB; 0: no cap)."""
    megabytes = MEMORY_LIMIT_MB if megabytes is None else megabytes
    ctx, queue = _context(), deque(paths)
    pool: list[_Worker | None] = [None] * max(1, min(workers, len(paths)))
    try:
        while queue or any(w and w.task for w in pool):
            for i, worker in enumerate(pool):
                if queue and (worker is None or worker.task is None):
                    if worker and not worker.proc.is_alive():  # died after its last result
                        worker.stop(kill=True)
                        worker = None
                    pool[i] = worker = worker or _Worker(ctx, megabytes)
                    worker.give(queue.popleft())
            busy = [w for w in pool if w and w.task]
            left = min(w.started + timeout for w in busy) - time.monotonic()
            wait([w.conn for w in busy] + [w.proc.sentinel for w in busy], timeout=max(left, 0) + 0.01)
            for i, worker in enumerate(pool):
                if not (worker and worker.task):
                    continue
                outcome, usable = _collect(worker, timeout)
                if outcome is None:
                    continue
                path, worker.task = worker.task, None
                worker.done += 1
                if not usable or worker.done >= MAX_TASKS_PER_WORKER:
                    worker.stop(kill=not usable)
                    pool[i] = None
                yield path, outcome
    finally:
        for worker in pool:
            if worker:
                worker.stop(kill=worker.task is not None)


# The stage -------------------------------------------------------------------------------------

def run(files_dir: Path, text_dir: Path, workers: int | None = None, timeout: float = 120,
        progress=None) -> dict:
    """Extract every stored file that has no record of the current extractor version.

    Writes text_dir/<sha256>.json: the extract_file result plus "sha256", "size" and
    "extracted_at" (UTC ISO). Failed files get a record too (with "error"), so a re-run does
    not retry them until their extractor's version (results.EXTRACTOR_VERSIONS) changes or their
    record is deleted.
    `progress(done, total, sha256)` is called after each file, total counting only files to do.
    Returns {"processed": files extracted in this run, failures included, "skipped": files
    already up to date, "failed": records with an error, "empty": records without error and
    without any text, "pages": pages written}.
    """
    files_dir, text_dir = Path(files_dir), Path(text_dir)
    text_dir.mkdir(parents=True, exist_ok=True)
    stored = stored_files(files_dir) if files_dir.is_dir() else []
    todo = [path for path in stored if not is_current(text_dir / f"{sha_of(path)}.json")]
    summary = {"processed": 0, "skipped": len(stored) - len(todo), "failed": 0, "empty": 0, "pages": 0}
    workers = workers or os.cpu_count() or 1
    for done, (path, outcome) in enumerate(extract_in_workers(todo, workers, timeout), 1):
        record = make_record(path, outcome)
        write_json_atomic(text_dir / f"{record['sha256']}.json", record)
        summary["processed"] += 1
        summary["pages"] += len(record.get("pages") or [])
        if record.get("error"):
            summary["failed"] += 1
        elif not any(page.get("text") for page in record.get("pages") or []):
            summary["empty"] += 1
        if progress:
            progress(done, len(todo), record["sha256"])
    return summary
