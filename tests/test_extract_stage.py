"""The extract stage: stored files to text records, incremental, resilient to bad files."""

import hashlib
import json
import os
import signal
import time
from pathlib import Path

import pytest
from fpdf import FPDF

from extract import files as files_module
from extract import pdf as pdf_module
from extract import results
from extract import stage

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
NOW = "2024-01-02T03:04:05+00:00"


def pdf_bytes(tmp_path: Path, pages: list[str]) -> bytes:
    doc = FPDF()
    doc.add_font("DejaVu", "", FONT)
    doc.set_font("DejaVu", size=12)
    for text in pages:
        doc.add_page()
        if text:
            doc.multi_cell(0, 8, text)
    path = tmp_path / "tmp.pdf"
    doc.output(str(path))
    return path.read_bytes()


def store(files_dir: Path, data: bytes, ext: str = "pdf") -> str:
    """Store bytes the way the crawl does: <sha256[:2]>/<sha256>.<ext>."""
    sha = hashlib.sha256(data).hexdigest()
    folder = files_dir / sha[:2]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{sha}.{ext}").write_bytes(data)
    return sha


@pytest.fixture(autouse=True)
def frozen_time(monkeypatch):
    monkeypatch.setattr(stage, "utc_now", lambda: NOW)


@pytest.fixture
def corpus(tmp_path):
    files, text = tmp_path / "files", tmp_path / "text"
    shas = {
        "rapport": store(files, pdf_bytes(tmp_path, [
            "Rapport d’activité 2019 de l’IREV : qualification des acteurs.",
            "Le centre de ressources a organisé 42 rencontres.",
            "Annexes : liste des partenaires."])),
        "etude": store(files, pdf_bytes(tmp_path, [
            "Étude sur l’entrepreneuriat dans le quartier de la Bouletterie, Saint-Nazaire.",
            "Conclusions et recommandations."])),
        "scan": store(files, pdf_bytes(tmp_path, [""])),
        "corrupt": store(files, b"%PDF-1.4\nnot really a pdf\n%%EOF\n"),
        "html": store(files, b"<!DOCTYPE html><html><body><p>Erreur 403</p></body></html>"),
    }
    return files, text, shas


def record(text_dir: Path, sha: str) -> dict:
    return json.loads((text_dir / f"{sha}.json").read_text(encoding="utf-8"))


def test_first_run_extracts_everything(corpus):
    files, text, shas = corpus
    summary = stage.run(files, text, workers=2)
    assert summary == {"processed": 5, "skipped": 0, "failed": 2, "empty": 1, "pages": 6}
    assert sorted(p.stem for p in text.glob("*.json")) == sorted(shas.values())


def test_record_content(corpus):
    files, text, shas = corpus
    stage.run(files, text, workers=1)
    rec = record(text, shas["rapport"])
    assert list(rec)[:3] == ["sha256", "extractor", "extractor_version"]
    assert rec["sha256"] == shas["rapport"]
    assert rec["size"] == next(files.glob(f"*/{shas['rapport']}.pdf")).stat().st_size
    assert rec["extracted_at"] == NOW
    assert rec["extractor"] == "pypdfium2" and rec["extractor_version"] == results.version_of("application/pdf")
    assert rec["media_type"] == "application/pdf" and rec["error"] is None
    assert [p["page"] for p in rec["pages"]] == [1, 2, 3]
    assert rec["pages"][1]["text"] == "Le centre de ressources a organisé 42 rencontres."


def test_failures_and_empty_files_are_recorded(corpus):
    files, text, shas = corpus
    stage.run(files, text, workers=2)
    assert "corrupt PDF" in record(text, shas["corrupt"])["error"]
    assert "content mismatch" in record(text, shas["html"])["error"]
    scan = record(text, shas["scan"])
    assert scan["error"] is None and scan["pages"] == [{"page": 1, "text": "", "method": "needs-ocr"}]


def test_rerun_extracts_nothing(corpus, monkeypatch):
    files, text, _ = corpus
    stage.run(files, text, workers=2)
    before = {p.name: p.stat().st_mtime_ns for p in text.glob("*.json")}

    def must_not_run(path):
        raise AssertionError("extracted again")
    monkeypatch.setitem(files_module.EXTRACTORS, "application/pdf", must_not_run)
    assert stage.run(files, text, workers=2) == {"processed": 0, "skipped": 5, "failed": 0, "empty": 0, "pages": 0}
    assert {p.name: p.stat().st_mtime_ns for p in text.glob("*.json")} == before


def test_new_file_only_is_extracted(corpus, tmp_path):
    files, text, _ = corpus
    stage.run(files, text, workers=2)
    new = store(files, pdf_bytes(tmp_path, ["Nouvelle fiche expérience : un jardin partagé à La Courneuve."]))
    assert stage.run(files, text, workers=2)["processed"] == 1
    assert record(text, new)["pages"][0]["text"].startswith("Nouvelle fiche expérience")


def test_outdated_or_unreadable_records_are_redone(corpus):
    files, text, shas = corpus
    stage.run(files, text, workers=2)
    old = record(text, shas["rapport"]) | {"extractor_version": "0"}
    (text / f"{shas['rapport']}.json").write_text(json.dumps(old), encoding="utf-8")
    (text / f"{shas['etude']}.json").write_text("{broken", encoding="utf-8")
    summary = stage.run(files, text, workers=2)
    assert (summary["processed"], summary["skipped"]) == (2, 3)
    assert record(text, shas["rapport"])["extractor_version"] == results.version_of("application/pdf")


@pytest.mark.parametrize("media_type, redone", [
    ("application/pdf", {"rapport", "etude", "scan", "corrupt"}),  # failed PDFs are tried again too
    ("text/html", {"html"}),  # the HTML page stored as a .pdf: its record is an HTML one
])
def test_new_extractor_version_redoes_only_its_type(corpus, monkeypatch, media_type, redone):
    files, text, shas = corpus
    stage.run(files, text, workers=2)
    monkeypatch.setitem(results.EXTRACTOR_VERSIONS, media_type, "99")
    summary = stage.run(files, text, workers=2)
    assert (summary["processed"], summary["skipped"]) == (len(redone), 5 - len(redone))
    assert {name for name, sha in shas.items() if record(text, sha)["extractor_version"] == "99"} == redone


def test_progress_reports_each_file(corpus):
    files, text, shas = corpus
    calls = []
    stage.run(files, text, workers=2, progress=lambda done, total, sha: calls.append((done, total, sha)))
    assert [(done, total) for done, total, _ in calls] == [(i, 5) for i in range(1, 6)]
    assert sorted(sha for _, _, sha in calls) == sorted(shas.values())


def test_only_stored_files_are_considered(corpus):
    files, text, _ = corpus
    (files / "zz").mkdir()
    (files / "zz" / ("ab" * 32 + ".pdf")).write_bytes(b"%PDF-1.4")   # wrong folder for its hash
    (files / "zz" / "notes.txt").write_text("x")
    (files / "README").write_text("x")
    assert stage.run(files, text, workers=2)["processed"] == 5


def test_no_temporary_files_left(corpus):
    files, text, _ = corpus
    stage.run(files, text, workers=2)
    assert sorted(p.suffix for p in text.iterdir()) == [".json"] * 5


def test_missing_or_empty_files_dir(tmp_path):
    empty = {"processed": 0, "skipped": 0, "failed": 0, "empty": 0, "pages": 0}
    assert stage.run(tmp_path / "absent", tmp_path / "text") == empty
    (tmp_path / "files").mkdir()
    assert stage.run(tmp_path / "files", tmp_path / "text") == empty


def test_workers_are_recycled(corpus, monkeypatch):
    files, text, _ = corpus
    monkeypatch.setattr(stage, "MAX_TASKS_PER_WORKER", 1)
    assert stage.run(files, text, workers=1)["processed"] == 5


# A file that hangs or kills its worker costs only its own record --------------------------------

def misbehaving_extractor(behaviour: dict[str, str]):
    """Wrap the real PDF extractor: hang or crash on the files named in `behaviour`."""
    real = pdf_module.extract_pdf

    def extractor(path):
        action = behaviour.get(Path(path).stem)
        if action == "hang":
            time.sleep(600)
        elif action == "oom-kill":
            os.kill(os.getpid(), signal.SIGKILL)  # what the OOM killer does
        elif action == "exit":
            os._exit(3)
        elif action == "huge":
            hog = bytearray(4 * 1024 ** 3)  # more than the worker's address space
            del hog
        return real(path)
    return extractor


def test_hanging_and_crashing_files_do_not_stop_the_run(corpus, monkeypatch):
    files, text, shas = corpus
    behaviour = {shas["rapport"]: "hang", shas["etude"]: "oom-kill", shas["scan"]: "exit"}
    monkeypatch.setitem(files_module.EXTRACTORS, "application/pdf", misbehaving_extractor(behaviour))
    started = time.monotonic()
    summary = stage.run(files, text, workers=2, timeout=2)
    assert time.monotonic() - started < 30
    assert summary == {"processed": 5, "skipped": 0, "failed": 5, "empty": 0, "pages": 0}
    assert "took longer than 2 s" in record(text, shas["rapport"])["error"]
    assert "crashed its worker process (killed by SIGKILL)" in record(text, shas["etude"])["error"]
    assert "crashed its worker process (exit code 3)" in record(text, shas["scan"])["error"]
    assert "corrupt PDF" in record(text, shas["corrupt"])["error"]
    assert "content mismatch" in record(text, shas["html"])["error"]


def test_memory_limit_costs_only_the_file(corpus, monkeypatch):
    files, text, shas = corpus
    monkeypatch.setattr(stage, "MEMORY_LIMIT_MB", 1024)
    monkeypatch.setitem(files_module.EXTRACTORS, "application/pdf", misbehaving_extractor({shas["etude"]: "huge"}))
    summary = stage.run(files, text, workers=1)
    assert "exceeded the worker memory limit of 1024 MB" in record(text, shas["etude"])["error"]
    assert record(text, shas["rapport"])["error"] is None
    assert summary["failed"] == 3  # etude, and the corrupt and html files as always


def test_good_files_after_a_hang_are_extracted(tmp_path, monkeypatch):
    files, text = tmp_path / "files", tmp_path / "text"
    hang = store(files, pdf_bytes(tmp_path, ["Ce fichier bloque l’extracteur."]))
    good = [store(files, pdf_bytes(tmp_path, [f"Fiche expérience n°{i} : une régie de quartier."]))
            for i in range(4)]
    monkeypatch.setitem(files_module.EXTRACTORS, "application/pdf", misbehaving_extractor({hang: "hang"}))
    summary = stage.run(files, text, workers=1, timeout=1)
    assert (summary["processed"], summary["failed"], summary["pages"]) == (5, 1, 4)
    for i, sha in enumerate(good):
        assert record(text, sha)["pages"][0]["text"] == f"Fiche expérience n°{i} : une régie de quartier."


def test_timeout_records_are_not_retried(tmp_path, monkeypatch):
    files, text = tmp_path / "files", tmp_path / "text"
    sha = store(files, pdf_bytes(tmp_path, ["Bloquant."]))
    monkeypatch.setitem(files_module.EXTRACTORS, "application/pdf", misbehaving_extractor({sha: "hang"}))
    assert stage.run(files, text, workers=1, timeout=0.5)["failed"] == 1
    assert stage.run(files, text, workers=1, timeout=0.5)["skipped"] == 1
