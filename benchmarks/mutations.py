"""Share of documents, bodies and files a real crawl recovers from replica variants the
spiders were not written against (tests/mutations.py), per platform and mutation.

    python -m benchmarks.mutations [PLATFORM...] [--variants all,broken_channel]

Each platform's source is crawled first as its replica is (the baseline, in the same process),
then once per variant; a share is of what the baseline found. Goal: 95% on every variant,
90% with one channel broken.
"""

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.mutations import PLATFORMS, VARIANTS, copy_sites, crawl, make_variant, recovered  # noqa: E402


def measure(platform_name: str, variants, work: Path) -> list[tuple]:
    platform = PLATFORMS[platform_name]
    cache = work / "cache"
    baseline = crawl(platform, copy_sites(work / "baseline" / "sites"), work / "baseline", cache)
    rows = []
    for name in variants:
        root, added = make_variant(platform, VARIANTS[name], baseline, work / name / "sites", cache)
        result = recovered(baseline, crawl(platform, root, work / name, cache), added)
        rows.append((platform_name, name, result))
        print(f"{platform_name:10} {name:16} {result['documents']:6.0%} {result['bodies']:6.0%} "
              f"{result['files']:6.0%}   {result['found']:>3}/{result['expected']:<3} +{result['extra']}", flush=True)
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("platforms", nargs="*", default=list(PLATFORMS))
    parser.add_argument("--variants", default=",".join(VARIANTS))
    args = parser.parse_args(argv)
    variants = [v for v in args.variants.split(",") if v]
    print(f"{'platform':10} {'variant':16} {'docs':>6} {'bodies':>6} {'files':>6}   found/expected +extra")
    rows = []
    with tempfile.TemporaryDirectory(prefix="crpv-mutations-") as tmp:
        for name in args.platforms:
            rows += measure(name, variants, Path(tmp) / name)
    worst = min((min(r["documents"], r["bodies"], r["files"]), p, v) for p, v, r in rows)
    print(f"lowest share: {worst[0]:.0%} ({worst[1]}, {worst[2]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
