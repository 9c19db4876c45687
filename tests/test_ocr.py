"""Scanned pages: OCR'd in French with Tesseract, or marked "needs-ocr", never silently empty."""

import difflib

import pypdfium2 as pdfium
import pytest
from fpdf import FPDF

from extract import ocr
from extract import pdf as pdf_module
from extract.clean import collapse_ws
from tests.test_pdf_layout import PARAGRAPHS, SERIF

TEXT = " ".join(PARAGRAPHS[:2])


def scanned_pdf(path, dpi=300):
    """A page of French text, then the same page as an image only, as a scanner makes it."""
    born = FPDF()
    born.add_font("Serif", "", SERIF)
    born.set_font("Serif", size=11)
    born.add_page()
    born.multi_cell(0, 6, TEXT)
    image = pdfium.PdfDocument(bytes(born.output()))[0].render(scale=dpi / 72, grayscale=True).to_pil()
    scan = FPDF()
    scan.add_page()
    scan.image(image, x=0, y=0, w=scan.w, h=scan.h)
    scan.output(str(path))
    return path


def test_tsv_parsing():
    tsv = ("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
           "5\t1\t1\t1\t1\t1\t0\t0\t1\t1\t96\tLes\n5\t1\t1\t1\t1\t2\t0\t0\t1\t1\t90\tquartiers\n"
           "4\t1\t1\t1\t2\t0\t0\t0\t1\t1\t-1\t\n5\t1\t1\t1\t2\t1\t0\t0\t1\t1\t80\tprioritaires\n"
           "5\t1\t2\t1\t1\t1\t0\t0\t1\t1\t70\tFin\n")
    assert ocr.parse_tsv(tsv) == ("Les quartiers\nprioritaires\n\nFin", 0.84)


def test_without_tesseract_the_page_needs_ocr(tmp_path, monkeypatch):
    monkeypatch.setattr(ocr, "available", lambda: False)
    page = pdf_module.extract_pdf(scanned_pdf(tmp_path / "scan.pdf", dpi=100))["pages"][0]
    assert page["method"] == "needs-ocr" and page["text"] == ""
    assert "tesseract-ocr-fra" in page["warning"]


@pytest.mark.skipif(not ocr.available(), reason="tesseract with French data not installed (make system-deps)")
def test_scanned_page_is_read_in_french(tmp_path):
    page = pdf_module.extract_pdf(scanned_pdf(tmp_path / "scan.pdf"))["pages"][0]
    assert page["method"] == "ocr" and 0.8 < page["ocr_confidence"] <= 1
    truth, got = collapse_ws(TEXT), collapse_ws(page["text"])
    matched = sum(b.size for b in difflib.SequenceMatcher(None, truth, got, autojunk=False).get_matching_blocks())
    assert matched / len(truth) >= 0.95
    assert "développement" in got or "quartiers prioritaires" in got
