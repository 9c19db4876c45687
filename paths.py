"""Where every stage reads and writes. One place, overridable with CRPV_DATA_DIR."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent


def data_dir() -> Path:
    return Path(os.environ.get("CRPV_DATA_DIR", ROOT / "data")).resolve()


def crawl_dir() -> Path:
    """Per source: items-<run>.jsonl and run-<run>.json, written by `crawl`."""
    return data_dir() / "crawl"


def files_dir() -> Path:
    """Downloaded attachments, stored as <sha256[:2]>/<sha256>.<ext>."""
    return data_dir() / "files"


def text_dir() -> Path:
    """One <sha256>.json per extracted file, written by `extract`."""
    return data_dir() / "text"


def db_path() -> Path:
    return data_dir() / "corpus.db"


def feeds_dir() -> Path:
    return data_dir() / "feeds"
