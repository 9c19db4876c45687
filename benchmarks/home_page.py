"""The home page's work (db/home.py) on a large synthetic corpus, beside a baseline run in the
same process: counting the rows of every table, which is what Datasette's stock home page did
for its "N lignes dans M tables" line.

    .venv/bin/python benchmarks/home_page.py                 # 100,000 documents
    .venv/bin/python benchmarks/home_page.py --docs 20000

Documents carry only what the home page reads (title, source, type, date, gone_since) and two
themes each on average; building 100,000 takes a few seconds.
"""

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sqlite_utils  # noqa: E402

from db import search  # noqa: E402
from db.home import _home_page, home_page  # noqa: E402
from db.schema import migrate  # noqa: E402

THEMES = ["Développement économique", "Emploi et insertion", "Commerce de proximité",
          "Entrepreneuriat", "Renouvellement urbain", "Économie sociale et solidaire", "Formation",
          "Logement et habitat", "Éducation", "Mobilité", "Jeunesse", "Transition écologique"]


def build(path: Path, docs: int) -> None:
    migrate(sqlite_utils.Database(path))
    conn = sqlite3.connect(path)
    rng = random.Random(7)
    conn.executemany("insert into sources (slug, name, documents, last_success) values (?, ?, ?, ?)",
                     [(f"s{i}", f"Centre {i}", docs // 20, "2026-12-08T02:57:38+00:00") for i in range(20)])
    conn.executemany(
        "insert into documents (id, source, url, title, doc_type, date, gone_since) values (?, ?, ?, ?, ?, ?, ?)",
        ((i, f"s{i % 20}", f"https://s{i % 20}.fr/{i}", f"Document {i}", "publication",
          f"{rng.randint(2005, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
          "2026-01-01" if i % 50 == 0 else None) for i in range(docs)))
    conn.executemany(
        "insert into document_themes (document_id, theme, score) values (?, ?, ?)",
        ((i, theme, 3.0) for i in range(docs) for theme in rng.sample(THEMES, rng.randint(0, 4))))
    conn.commit()
    conn.close()


def median_ms(fn, repeat: int = 5) -> float:
    fn()  # warm the page cache
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def count_every_table(conn) -> None:
    tables = [r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")]
    for table in tables:
        conn.execute(f"select count(*) from [{table}]").fetchone()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.db"
        start = time.perf_counter()
        build(path, args.docs)
        print(f"built {args.docs:,} documents in {time.perf_counter() - start:.1f} s")
        conn = sqlite3.connect(path)
        search.register_functions(conn)
        start = time.perf_counter()
        home_page(conn)  # reads the search's facts of every document, cached per database file
        print(f"home page, first view (facts read):    {(time.perf_counter() - start) * 1000:7.1f} ms")
        print(f"home page, uncached (db/home.py):      {median_ms(lambda: _home_page(conn, 8)):7.1f} ms median of 5")
        print(f"home page, next views (cached):        {median_ms(lambda: home_page(conn)):7.3f} ms median of 5")
        print(f"baseline, count(*) of every table:     {median_ms(lambda: count_every_table(conn)):7.1f} ms median of 5")


if __name__ == "__main__":
    main()
