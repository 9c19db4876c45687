"""Scanned pages: OCR'd in French with Tesseract, or marked "needs-ocr", never silently empty."""

import difflib

import pypdfium2 as pdfium
import pytest
from fontTools.pens.basePen import BasePen
from fontTools.ttLib import TTFont
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


class _Outline(BasePen):
    """A glyph's outline as fpdf2 path commands, from font units to mm at (x, y)."""

    def __init__(self, glyphs, path, x, y, scale):
        super().__init__(glyphs)
        self.path, self.x, self.y, self.scale = path, x, y, scale

    def _point(self, point):
        return self.x + point[0] * self.scale, self.y - point[1] * self.scale

    def _moveTo(self, point):  # noqa: N802 (fontTools' names)
        self.path.move_to(*self._point(point))

    def _lineTo(self, point):  # noqa: N802
        self.path.line_to(*self._point(point))

    def _curveToOne(self, a, b, c):  # noqa: N802
        self.path.curve_to(*self._point(a), *self._point(b), *self._point(c))

    def _closePath(self):  # noqa: N802
        self.path.close()


def outlined_pdf(path, size=14):
    """TEXT turned into outlines, as print-ready PDFs have it: filled paths, no text layer."""
    font = TTFont(SERIF)
    glyphs, cmap = font.getGlyphSet(), font.getBestCmap()
    scale = size / font["head"].unitsPerEm * 25.4 / 72  # font units to mm
    pdf = FPDF()
    pdf.add_page()
    x, y = 20.0, 30.0
    with pdf.new_path() as outline:
        outline.style.fill_color, outline.style.stroke_color = "#000000", None
        for word in TEXT.split():
            if x + sum(glyphs[cmap[ord(c)]].width for c in word) * scale > 190:
                x, y = 20.0, y + size * 1.4 * 25.4 / 72
            for char in word + " ":
                glyph = glyphs[cmap[ord(char)]]
                glyph.draw(_Outline(glyphs, outline, x, y, scale))
                x += glyph.width * scale
    pdf.output(str(path))
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


def test_text_in_outlines_without_tesseract_needs_ocr(tmp_path, monkeypatch):
    monkeypatch.setattr(ocr, "available", lambda: False)
    page = pdf_module.extract_pdf(outlined_pdf(tmp_path / "outlines.pdf"))["pages"][0]
    assert page["method"] == "needs-ocr" and "outlines" in page["warning"]


def test_a_drawing_is_no_text(tmp_path):
    pdf = FPDF()
    pdf.add_page()
    for i in range(20):
        pdf.line(20, 20 + 10 * i, 190, 20 + 10 * i)
    pdf.output(str(tmp_path / "drawing.pdf"))
    page = pdf_module.extract_pdf(tmp_path / "drawing.pdf")["pages"][0]
    assert page["method"] == "needs-ocr" and page["text"] == "" and "warning" not in page


@pytest.mark.skipif(not ocr.available(), reason="tesseract with French data not installed (make system-deps)")
def test_text_in_outlines_is_read(tmp_path):
    page = pdf_module.extract_pdf(outlined_pdf(tmp_path / "outlines.pdf"))["pages"][0]
    assert page["method"] == "ocr" and page["ocr_confidence"] > 0.8
    assert "quartiers prioritaires de la politique de la ville" in collapse_ws(page["text"])


@pytest.mark.skipif(not ocr.available(), reason="tesseract with French data not installed (make system-deps)")
def test_scanned_page_is_read_in_french(tmp_path):
    page = pdf_module.extract_pdf(scanned_pdf(tmp_path / "scan.pdf"))["pages"][0]
    assert page["method"] == "ocr" and 0.8 < page["ocr_confidence"] <= 1
    truth, got = collapse_ws(TEXT), collapse_ws(page["text"])
    matched = sum(b.size for b in difflib.SequenceMatcher(None, truth, got, autojunk=False).get_matching_blocks())
    assert matched / len(truth) >= 0.95
    assert "développement" in got or "quartiers prioritaires" in got
