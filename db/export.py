"""The `export` stage: every static feed, from the published corpus."""

from pathlib import Path

import sqlite_utils

from db.feeds import write_feeds
from db.whatsnew import write_whatsnew


def export(db_path: Path, out_dir: Path, since: str, base_url: str | None = None) -> dict:
    db = sqlite_utils.Database(db_path)
    try:
        return {**write_feeds(db, out_dir, base_url=base_url),
                **write_whatsnew(db, out_dir, since, base_url=base_url)}
    finally:
        db.close()
