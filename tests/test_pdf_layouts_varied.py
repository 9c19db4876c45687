"""Reading order on page designs the replicas do not use: a sidebar narrower than the main
column, a drop cap, a pull quote across the gutter, footnotes under the columns, columns of
three widths, and words placed one by one, without spaces, in shuffled order."""

import random
import re

import pytest
from fpdf import FPDF

from extract.clean import collapse_ws
from extract.pdf import extract_pdf
from tests.test_pdf_layout import PARAGRAPHS, SERIF


def page() -> FPDF:
    pdf = FPDF(format="A4")
    pdf.add_font("Serif", "", SERIF)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    return pdf


def column(pdf: FPDF, x: float, y: float, width: float, paragraphs: list[str],
           size: float = 10, leading: float = 5) -> float:
    """Justified paragraphs in a column; returns where it ends."""
    pdf.set_font("Serif", size=size)
    pdf.set_xy(x, y)
    for paragraph in paragraphs:
        pdf.set_x(x)
        pdf.multi_cell(width, leading, paragraph, align="J", new_x="LEFT", new_y="NEXT")
        pdf.ln(2)
    return pdf.get_y()


def sidebar(pdf):
    pdf.set_font("Serif", size=16)
    pdf.set_xy(15, 15)
    pdf.cell(0, 8, "Lettre du centre de ressources n°12")
    column(pdf, 15, 30, 115, PARAGRAPHS[0:3])
    column(pdf, 138, 30, 57, PARAGRAPHS[3:5], size=8, leading=4)
    return PARAGRAPHS[0:5]


def drop_cap(pdf):
    pdf.set_font("Serif", size=34)
    pdf.set_xy(15, 20)
    pdf.cell(12, 14, PARAGRAPHS[0][0])
    pdf.set_font("Serif", size=10)
    pdf.set_xy(28, 21)
    pdf.multi_cell(167, 5, PARAGRAPHS[0][1:], align="J")
    column(pdf, 15, pdf.get_y() + 3, 180, PARAGRAPHS[1:3])
    return PARAGRAPHS[0:3]


def pull_quote(pdf):
    column(pdf, 15, 20, 85, PARAGRAPHS[0:2])
    column(pdf, 110, 20, 85, PARAGRAPHS[2:4])
    pdf.set_fill_color(230)
    pdf.rect(50, 150, 110, 22, style="F")
    pdf.set_font("Serif", size=13)
    pdf.set_xy(55, 153)
    pdf.multi_cell(100, 7, "« Le commerce de proximité fait vivre le quartier. »", align="C")
    return [*PARAGRAPHS[0:4], "« Le commerce de proximité fait vivre le quartier. »"]


def footnotes(pdf):
    column(pdf, 15, 20, 85, PARAGRAPHS[0:2])
    column(pdf, 110, 20, 85, PARAGRAPHS[2:4])
    notes = ("1. Source : enquête du centre de ressources auprès de 120 porteurs de projet. "
             "2. Voir la fiche d'expérience sur la couveuse d'entreprises de Clichy-sous-Bois.")
    pdf.set_font("Serif", size=7)
    pdf.set_xy(15, 265)
    pdf.multi_cell(180, 3.5, notes)
    return [*PARAGRAPHS[0:4], notes]


def three_widths(pdf):
    column(pdf, 15, 20, 50, PARAGRAPHS[0:2], size=9, leading=4.5)
    column(pdf, 72, 20, 70, PARAGRAPHS[2:4])
    column(pdf, 149, 20, 46, PARAGRAPHS[4:6], size=8, leading=4)
    return PARAGRAPHS[0:6]


def shuffled_words(pdf):
    """Each word drawn alone at its place (no space characters), in random order."""
    pdf.set_font("Serif", size=10)
    placed, x, y = [], 15.0, 25.0
    for word in " ".join(PARAGRAPHS[0:2]).split():
        width = pdf.get_string_width(word)
        if x + width > 100:
            x, y = 15.0, y + 5
        placed.append((x, y, word))
        x += width + pdf.get_string_width(" ")
    random.Random(3).shuffle(placed)
    for x, y, word in placed:
        pdf.text(x, y, word)
    return PARAGRAPHS[0:2]


def ragged_four_columns(pdf):
    """Narrow columns set ragged right, lines level across them: prose all the same."""
    for k in range(4):
        x = 15 + k * 45
        pdf.set_font("Serif", size=10)
        pdf.set_xy(x, 20)
        for paragraph in PARAGRAPHS[2 * k:2 * k + 2]:
            pdf.set_x(x)
            pdf.multi_cell(40, 5, paragraph, align="L", new_x="LEFT", new_y="NEXT")
            pdf.ln(2)
    return PARAGRAPHS[0:8]


STATISTICS = [["Indicateur", "Quartiers prioritaires", "Agglomération", "France"],
              ["Taux de chômage", "23,4 %", "11,2 %", "7,3 %"],
              ["Part des moins de 25 ans", "38 %", "31 %", "29 %"],
              ["Taux de pauvreté", "43,3 %", "16,1 %", "14,5 %"],
              ["Création d'entreprises (pour 1 000 habitants)", "6,1", "7,8", "8,2"],
              ["Commerces de proximité", "12", "48", "—"]]


def statistics_table(pdf):
    """A table of figures without rules, between two paragraphs."""
    pdf.set_font("Serif", size=10)
    pdf.set_xy(15, 20)
    pdf.multi_cell(180, 5, PARAGRAPHS[0], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for row in STATISTICS:
        pdf.set_x(15)
        for width, cell in zip((70, 45, 35, 30), row, strict=True):
            pdf.cell(width, 6, cell)
        pdf.ln(6)
    pdf.ln(4)
    pdf.set_x(15)
    pdf.multi_cell(180, 5, PARAGRAPHS[1], new_x="LMARGIN", new_y="NEXT")
    return PARAGRAPHS[0:2]


def sentences(paragraphs: list[str]) -> list[str]:
    return [s for p in paragraphs for s in re.split(r"(?<=[.!?…»])\s+", collapse_ws(p)) if s]


def read(tmp_path, design) -> tuple[str, list[str]]:
    """The page a design draws, through extract_pdf: its text, and the paragraphs drawn."""
    pdf = page()
    paragraphs = design(pdf)
    path = tmp_path / "page.pdf"
    pdf.output(str(path))
    return extract_pdf(path)["pages"][0]["text"], paragraphs


@pytest.mark.parametrize("design", [sidebar, drop_cap, pull_quote, footnotes, three_widths,
                                    shuffled_words, ragged_four_columns, statistics_table],
                         ids=lambda design: design.__name__)
def test_every_sentence_whole(tmp_path, design):
    text, paragraphs = read(tmp_path, design)
    text = collapse_ws(text)
    assert [s for s in sentences(paragraphs) if s not in text] == []


def test_drop_cap_joins_its_word_and_the_lines_beside_it_stay_lines(tmp_path):
    lines = read(tmp_path, drop_cap)[0].split("\n")
    assert lines[0].startswith("Les quartiers prioritaires")
    assert len(lines[0]) < 120  # the first line alone, not the three beside the letter


def test_table_of_figures_without_rules_reads_in_rows(tmp_path):
    lines = read(tmp_path, statistics_table)[0].split("\n")
    for row in STATISTICS:
        assert " ".join(row) in lines
