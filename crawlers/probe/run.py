"""The probe itself: ask the plan's steps in order, save each answer, read it back at once (a
reading may add steps), then fetch sample item pages from the first channel that listed items."""

import json
import shutil
from collections import deque
from pathlib import Path

from crawlers.probe.fetcher import Fetched, PoliteFetcher, origin
from crawlers.probe.plan import Reading, Step, plan
from crawlers.probe.reading import read
from crawlers.probe.render import answer_lines
from crawlers.probe.saved import load, save

MAX_REQUESTS = 60
SAMPLES = 2


def probe(cls, out_dir: Path, fetcher: PoliteFetcher | None = None, log=print) -> dict:
    """Ask the sites, save every answer, read them back; return the summary (also probe.json)."""
    shutil.rmtree(out_dir, ignore_errors=True)
    out_dir.mkdir(parents=True)
    run = _Run(cls, out_dir, fetcher or PoliteFetcher(), log)
    run.channels()
    run.samples()
    summary = {"source": cls.name, "answers": run.answers}
    (out_dir / "probe.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1, default=str))
    return summary


class _Run:
    def __init__(self, cls, out_dir: Path, fetcher: PoliteFetcher, log):
        self.cls, self.out_dir, self.fetcher, self.log = cls, out_dir, fetcher, log
        self.answers: list[dict] = []
        self.queue = deque(plan(cls))
        self.sample_steps: list[Step] = []
        self.sampled = False
        self.robots_saved: set[str] = set()

    def channels(self):
        asked = set()
        while self.queue and len(self.answers) < MAX_REQUESTS:
            step = self.queue.popleft()
            if step.url in asked or (step.kind != "robots.txt" and not self.fetcher.reachable(step.url)):
                continue  # asked already, or its host is unreachable: its robots.txt row says so
            asked.add(step.url)
            if step.kind == "robots.txt":
                self.fetcher.robots_txt(origin(step.url))
                self.save_robots()
            else:
                self.channel(step)
        self.save_robots()

    def channel(self, step: Step):
        meta, reading = self.ask(step)
        if not self.sampled and reading.items:  # the first channel that lists items
            self.sampled = True
            self.sample_steps = reading.samples[:SAMPLES]
            if reading.direct:  # the answer holds the items: read them from it
                meta["take"] = SAMPLES

    def samples(self):
        for step in self.sample_steps:
            meta, _ = self.ask(step)
            meta["take"] = 1

    def ask(self, step: Step) -> tuple[dict, Reading]:
        fetched = self.fetcher.get(step.url)
        self.save_robots()  # a robots.txt fetched on the way (redirect to another host)
        return self.add(step, fetched)

    def save_robots(self):
        for base, (fetched, _) in self.fetcher.robots.items():
            if base not in self.robots_saved:
                self.robots_saved.add(base)
                self.add(Step("robots.txt", base + "/robots.txt"), fetched)

    def add(self, step: Step, fetched: Fetched) -> tuple[dict, Reading]:
        meta = save(self.out_dir, len(self.answers) + 1, step, fetched)
        reading = _record(self.cls, self.out_dir, meta)
        self.answers.append(meta)
        for line in answer_lines(meta):
            self.log(line)
        self.queue.extendleft(reversed(reading.follow))
        return meta, reading


def _record(cls, out_dir: Path, meta: dict) -> Reading:
    """Read the saved answer back; its item count and note go into its meta."""
    reading = read(cls, meta, load(out_dir, meta))
    meta["items"], meta["note"] = reading.items, reading.note
    return reading


def reread(cls, out_dir: Path) -> dict:
    """The last probe's answers read again by the current spider code: no network."""
    summary = json.loads((out_dir / "probe.json").read_text())
    for meta in summary["answers"]:
        _record(cls, out_dir, meta)
    return summary


def answered(summary: dict) -> bool:
    """Did any channel (robots.txt aside) answer with a success?"""
    return any(m["kind"] != "robots.txt" and 200 <= (m["status"] or 0) < 300 for m in summary["answers"])
