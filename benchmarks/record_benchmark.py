"""Record page latency on a generated corpus, against Datasette's own row page, same run.

    .venv/bin/python benchmarks/record_benchmark.py --docs 10000 --keep /tmp/bench

Builds (or reuses, with --keep) the corpus of benchmarks/search_benchmark.py, starts the real
server (jobs.serve.datasette_command) and fetches, for the same random documents, each once to
warm up then --repeats times:
- /document/<id>: the record of plugins/crpv_record.py (db/record.py: files, themes, places,
  duplicates, links, history, and "documents proches", a bm25 query of the document's rarest
  words over the whole index);
- /document/<id>?q=...: the same arriving from a search (matching PDF pages, highlighted text);
- /corpus/documents/<id>: Datasette's row page of the same document (the baseline).
Goal: the record p95 under 300 ms, like the broad searches. Not part of the test suite.
"""

import argparse
import random
import sqlite3
import sys
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from search_benchmark import free_port, generated_corpus, pct, serve, timed_get  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from db import record  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--words", type=int, default=2000, help="average words per document body")
    parser.add_argument("--sample", type=int, default=40, help="documents fetched")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="folder to keep (and reuse) the database in")
    args = parser.parse_args()
    db_path = generated_corpus(args.keep, args.docs, args.words)
    conn = sqlite3.connect(db_path)
    if not conn.execute("select count(*) from search_terms").fetchone()[0]:
        started = time.perf_counter()
        record.save_term_counts(conn)  # what db/build.py does after the search index
        print(f"  record.save_term_counts: {time.perf_counter() - started:.1f} s", flush=True)
    ids = [r[0] for r in conn.execute("select id from documents")]
    # Words of their own titles: the search a reader arrives from.
    sample = [(i, conn.execute("select title from documents where id = ?", [i]).fetchone()[0])
              for i in random.Random(3).sample(ids, min(args.sample, len(ids)))]
    conn.close()
    port = free_port()  # a fixed range can meet another job's server on a shared machine
    proc = serve(db_path, port)
    base = f"http://127.0.0.1:{port}"
    pages = {
        "/document/<id> (record)": lambda i, t: f"{base}/document/{i}",
        "/document/<id>?q= (from a search)": lambda i, t: f"{base}/document/{i}?" + urllib.parse.urlencode(
            {"q": " ".join(t.split()[:2])}),
        "/corpus/documents/<id> (Datasette row)": lambda i, t: f"{base}/corpus/documents/{i}",
    }
    try:
        print(f"\n{len(sample)} documents of {len(ids)}, each fetched once then {args.repeats} times")
        print(f"{'page':<42}{'p50 ms':>9}{'p95 ms':>9}{'goal p95':>10}")
        for label, url in pages.items():
            times = []
            for doc_id, title in sample:
                timed_get(url(doc_id, title))
                times += [timed_get(url(doc_id, title)) for _ in range(args.repeats)]
            goal = "" if "Datasette" in label else "< 300"
            print(f"{label:<42}{pct(times, 50):>9.1f}{pct(times, 95):>9.1f}{goal:>10}", flush=True)
    finally:
        proc.terminate()
        proc.wait(10)


if __name__ == "__main__":
    started = time.perf_counter()
    main()
    print(f"({time.perf_counter() - started:.0f} s)")
