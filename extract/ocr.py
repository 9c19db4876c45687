"""French OCR of scanned PDF pages with the Tesseract command line (Debian tesseract-ocr-fra).

The CLI rather than a Python binding: nothing to install from PyPI, and its TSV output carries
each word's confidence. Without Tesseract or its French data the caller marks the page
"needs-ocr" instead of leaving it silently empty.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import tempfile
from functools import cache
from pathlib import Path

DPI = 300  # Tesseract's accuracy drops fast below ~250 dpi on body text
LANG = "fra"
TIMEOUT = 120  # seconds per page; the stage's own timeout bounds the whole file


@cache
def available() -> bool:
    """True if the tesseract command exists and has French data."""
    exe = shutil.which("tesseract")
    if not exe:
        return False
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return LANG in out.stdout.split()


def ocr_page(page) -> tuple[str, float | None]:
    """(text, mean word confidence 0..1) of a pypdfium2 page rendered at DPI."""
    image = page.render(scale=DPI / 72, grayscale=True).to_pil()
    with tempfile.TemporaryDirectory(prefix="crpv-ocr-") as tmp:
        png = Path(tmp) / "page.png"
        image.save(png)
        del image
        subprocess.run(["tesseract", str(png), str(Path(tmp) / "out"), "-l", LANG, "--psm", "3",
                        "tsv"], capture_output=True, check=True, timeout=TIMEOUT)
        return parse_tsv((Path(tmp) / "out.tsv").read_text(encoding="utf-8"))


def parse_tsv(tsv: str) -> tuple[str, float | None]:
    """Text from Tesseract's TSV: words joined by line, paragraphs apart; and the mean
    confidence of the words (level 5 rows, conf -1 is no word)."""
    lines: dict[tuple, list[str]] = {}
    confs: list[float] = []
    for row in csv.DictReader(tsv.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE):
        if row.get("level") != "5" or not (row.get("text") or "").strip():
            continue
        key = (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))
        lines.setdefault(key, []).append(row["text"])
        if float(row["conf"]) >= 0:
            confs.append(float(row["conf"]) / 100)
    text, last_par = [], None
    for (block, par, _), words in lines.items():
        if last_par is not None and (block, par) != last_par:
            text.append("")
        text.append(" ".join(words))
        last_par = (block, par)
    confidence = round(sum(confs) / len(confs), 3) if confs else None
    return "\n".join(text), confidence
