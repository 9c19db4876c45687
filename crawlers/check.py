"""`crpv check SOURCE`: is one source's harvest still sound? Read from its crawl outputs.

A run is judged on what it wrote (`data/crawl/<slug>/run-<id>.json` and its items file) and
on the previous run report of the same source. It fails when nothing was found, when an
expected field is empty on most documents (a selector or a date guess no longer matches), or
when far fewer documents were found than last time (a listing, sitemap or API changed).
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

from db.build import SUSPICIOUS_RATIO  # the build marks such a run suspicious: same threshold

FIELDS = ("title", "date", "body", "doc_type")
MOST = 0.5  # a field empty on more than this share of documents fails the check
# Platforms whose documents have no such field by nature (a uMap point has no date).
NOT_EXPECTED = {"umap": ("date",)}
# Where to look when a field goes empty.
FIX = {"title": "title_selectors", "date": "date_selectors (or the platform's date rules)",
       "body": "body_selectors", "doc_type": "doc_type_rules"}


@dataclass
class Verdict:
    facts: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def run_reports(source_dir: Path) -> list[Path]:
    """Run reports of one source, oldest first (run ids are UTC timestamps)."""
    return sorted(source_dir.glob("run-*.json"))


def last_report(source_dir: Path) -> dict | None:
    """The latest run report that found something (its channels are the source's channels)."""
    for path in reversed(run_reports(source_dir)):
        report = json.loads(path.read_text())
        if report.get("status") != "failed" and report.get("items"):
            return report
    return None


def last_good_report(source_dir: Path, before: Path) -> dict | None:
    """The run to compare with, as the build sees it: the latest run before `before` that found
    something and was not itself far below the good run preceding it."""
    good = None
    for path in run_reports(source_dir):
        if path.name >= before.name:
            break
        report = json.loads(path.read_text())
        if report.get("status") == "failed" or not report.get("items"):
            continue
        if good is None or report["items"] >= good["items"] * SUSPICIOUS_RATIO:
            good = report
    return good


def check_run(cls, run_file: Path) -> Verdict:
    run = json.loads(run_file.read_text())
    items = _items(run_file.parent / run.get("items_file", ""))
    previous = last_good_report(run_file.parent, run_file)
    verdict = Verdict()
    verdict.facts.append(f"{cls.name}: {len(items)} documents" + (
        f" (last good run {previous['run_id']}: {previous['items']})" if previous else " (no previous run)"))
    if not items:
        verdict.problems.append(_nothing(cls.name, run))
        return verdict
    shares = {f: _empty_share(items, f) for f in FIELDS if f not in NOT_EXPECTED.get(cls.platform, ())}
    verdict.facts.append("empty fields: " + ", ".join(f"{f} {s:.0%}" for f, s in shares.items()))
    verdict.problems += [_empty(cls, f, s, len(items)) for f, s in shares.items() if s > MOST]
    if previous and len(items) < previous["items"] * SUSPICIOUS_RATIO:
        verdict.problems.append(
            f"{cls.name}: {len(items)} documents, far fewer than the {previous['items']} of the last good run "
            f"({previous['run_id']}): the site removed pages or changed its sitemap, listing or API. Run "
            f"`crpv probe {cls.name}` to see what each channel lists now; the build marks this run suspicious "
            "and keeps the documents of the last good run.")
    return verdict


def _items(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    items = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            item = json.loads(line)
        except ValueError:
            continue  # a killed crawl may leave a truncated last line
        items[item.get("url")] = item
    return list(items.values())


def _empty_share(items: list[dict], name: str) -> float:
    return sum(1 for i in items if not str(i.get(name) or "").strip()) / len(items)


def _nothing(slug: str, run: dict) -> str:
    first = run.get("errors", [{}])[0] if run.get("errors") else {}
    cause = f" First error: {first.get('error')} {first.get('url') or ''}." if first else ""
    return (f"{slug}: the spider yielded no document ({run.get('message') or run.get('status')}).{cause} "
            f"Run `crpv probe {slug}` to see which channels still answer, then fix the spider's hosts, "
            "paths or item_url_patterns.")


def _empty(cls, name: str, share: float, total: int) -> str:
    return (f"{cls.name}: {name} is empty on {round(share * total)} of {total} documents ({share:.0%}): "
            f"the site's markup changed or a guess is wrong. Run `crpv probe {cls.name}`, look at the "
            f"{name} of the sample pages, and fix {FIX[name]} in crawlers/spiders/ or its platform base.")
