"""Real PDFs from the `*.pdf.json` specs of the replica sites (see docs/replicas.md)."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {  # family, style -> file
    ("Sans", ""): "DejaVuSans.ttf",
    ("Sans", "B"): "DejaVuSans-Bold.ttf",
    ("Serif", ""): "DejaVuSerif.ttf",
    ("Serif", "B"): "DejaVuSerif-Bold.ttf",
}
# Bump when the layout changes, so cached PDFs are regenerated.
GENERATOR_VERSION = "1"
DEFAULT_PASSWORD = "secret"


def spec_hash(spec: dict) -> str:
    """Cache key of a spec: its canonical JSON plus the generator version."""
    canon = json.dumps(spec, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(f"{GENERATOR_VERSION}\n{canon}".encode()).hexdigest()


class _Document(FPDF):
    """A4 page with a running header and a numbered footer on every page."""

    def __init__(self, header_text: str, footer_text: str):
        super().__init__(format="A4")
        self.header_text = header_text
        self.footer_text = footer_text
        for (family, style), name in FONTS.items():
            self.add_font(family, style, str(FONT_DIR / name))
        self.set_auto_page_break(True, margin=20)
        self.set_margins(18, 22, 18)

    def header(self):
        if self.header_text:
            self.set_font("Sans", "", 8)
            self.set_y(10)
            self.cell(0, 5, self.header_text, align="C")
        self.set_y(self.t_margin)

    def footer(self):
        self.set_y(-14)
        self.set_font("Sans", "", 8)
        label = f"{self.footer_text} – " if self.footer_text else ""
        self.cell(0, 5, f"{label}page {self.page_no()} / {{nb}}", align="C")


def _creation_date(spec: dict) -> datetime:
    # Fixed from the spec (default constant) so output is reproducible.
    raw = spec.get("creation_date") or "2000-01-01"
    date = datetime.fromisoformat(raw)
    return date if date.tzinfo else date.replace(tzinfo=timezone.utc)


def _set_metadata(pdf: FPDF, spec: dict) -> None:
    pdf.set_title(spec.get("title", ""))
    pdf.set_author(spec.get("author", ""))
    pdf.set_subject(spec.get("subject", ""))
    pdf.set_creator("crpv replica")
    pdf.set_producer("fpdf2")
    pdf.set_lang("fr-FR")
    pdf.set_creation_date(_creation_date(spec))


def _write_title(pdf: FPDF, spec: dict) -> None:
    if spec.get("title"):
        pdf.set_font("Sans", "B", 16)
        pdf.multi_cell(0, 8, spec["title"], align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)


def _write_blocks(pdf: FPDF, spec: dict) -> None:
    ncols = max(1, int(spec.get("columns", 1)))
    with pdf.text_columns(ncols=ncols, gutter=8, text_align="J", line_height=1.3) as cols:
        for block in spec.get("blocks", []):
            if "heading" in block:
                pdf.set_font("Sans", "B", 12)
                with cols.paragraph(text_align="L", top_margin=3, bottom_margin=2) as par:
                    par.write(block["heading"])
            if "text" in block:
                pdf.set_font("Serif", "", 10)
                with cols.paragraph(bottom_margin=2.5) as par:
                    par.write(block["text"])


def _render(spec: dict) -> bytes:
    pdf = _Document(spec.get("header", ""), spec.get("footer", ""))
    _set_metadata(pdf, spec)
    if spec.get("encrypted"):
        # RC4 (fpdf2's default) has no random IV, so the output stays deterministic.
        password = spec.get("password", DEFAULT_PASSWORD)
        pdf.set_encryption(owner_password=password + "-owner", user_password=password)
    pdf.add_page()
    _write_title(pdf, spec)
    _write_blocks(pdf, spec)
    return bytes(pdf.output())


def _corrupt(pdf: bytes) -> bytes:
    """A PDF header, then scrambled and truncated bytes: no parser can open it."""
    head, body = pdf[:16], pdf[16 : len(pdf) * 3 // 5]
    return head + bytes(b ^ 0x5A for b in body)


def make_pdf(spec: dict) -> bytes:
    """Bytes of the PDF described by a `*.pdf.json` spec."""
    data = _render({**spec, "encrypted": spec.get("encrypted") and not spec.get("corrupt")})
    return _corrupt(data) if spec.get("corrupt") else data
