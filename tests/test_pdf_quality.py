"""Page text fit for search: running headers and footers out (kept as data), words broken at
line ends joined, compounds kept, tables as rows, and the pdfium character layer in reading order."""

import re

import pdfplumber
import pypdfium2 as pdfium
import pytest
from fpdf import FPDF

from extract import furniture, hyphens
from extract.clean import clean_text, collapse_ws
from extract.pdf import extract_pdf
from tests.replica.pdfgen import make_pdf
from tests.test_pdf_layout import PARAGRAPHS, SERIF, SPEC, intact

LONG_WORD = re.compile(r"\w{9,}")


def soft_hyphens(text: str) -> str:
    """fpdf2 may break a line at a soft hyphen, and then prints a hyphen there."""
    return LONG_WORD.sub(lambda m: m[0][:len(m[0]) // 2] + "\u00ad" + m[0][len(m[0]) // 2:], text)


def extract(tmp_path, data: bytes) -> dict:
    path = tmp_path / "doc.pdf"
    path.write_bytes(data)
    return extract_pdf(path)


@pytest.mark.parametrize("columns", [2, 3])
def test_running_lines_are_data_not_text(tmp_path, columns):
    spec = {**SPEC, "columns": columns}
    pages = extract(tmp_path, make_pdf(spec))["pages"]
    assert len(pages) == 2
    for number, page in enumerate(pages, 1):
        assert page["page_label"] == str(number)
        assert page["furniture"] == [SPEC["header"], f"{SPEC['footer']} – page {number} / 2"]
        assert SPEC["header"] not in page["text"] and "page 1 / 2" not in page["text"]
    # With the running lines out, no sentence is cut by a page break.
    assert intact(spec, " ".join(p["text"] for p in pages)) == 1.0


def test_furniture_with_changing_numbers():
    body = [p.split(". ")[:2] for p in PARAGRAPHS[:4]]
    pages = [f"Lettre n°4 – mars\n{a}.\n{b}.\n\n{i}" for i, (a, b) in enumerate(body, 1)]
    stripped = furniture.strip_pages(pages)
    assert [label for _, label, _ in stripped] == ["1", "2", "3", "4"]
    assert stripped[2] == (f"{body[2][0]}.\n{body[2][1]}.", "3", ["Lettre n°4 – mars", "3"])


def test_single_page_keeps_its_lines():
    assert furniture.strip_pages(["Titre\nTexte\nPied"]) == [("Titre\nTexte\nPied", None, [])]


@pytest.mark.parametrize("lines, joined", [
    ("le déve-\nloppement local", "le développement\nlocal"),
    ("à Saint-\nDenis, hier", "à Saint-Denis,\nhier"),
    ("le porte-\nparole du", "le porte-parole\ndu"),
    ("celle-\nci et", "celle-ci\net"),
    ("peut-\nêtre pas", "peut-être\npas"),
    ("les quar-\n\ntiers", "les quartiers"),  # broken across a column break
    ("le micro-\ncrédit", "le microcrédit"),
])
def test_hyphenation(lines, joined):
    assert hyphens.join_lines(lines) == joined


def test_hyphenated_newsletter_reads_whole(tmp_path):
    blocks = [{"text": soft_hyphens(p)} for p in PARAGRAPHS[:10]]
    spec = {**SPEC, "columns": 2, "blocks": blocks}
    pages = extract(tmp_path, make_pdf(spec))["pages"]
    text = collapse_ws(" ".join(p["text"] for p in pages))
    assert all(collapse_ws(p) in text for p in PARAGRAPHS[:10])


def test_tables_are_rows(tmp_path):
    rows = [["Quartier", "Ville", "Commerces"], ["Mas du Taureau", "Vaulx-en-Velin", "12"],
            ["La Villeneuve", "Grenoble", "7"]]
    pdf = FPDF()
    pdf.add_font("Serif", "", SERIF)
    pdf.set_font("Serif", size=10)
    pdf.add_page()
    pdf.multi_cell(0, 5, PARAGRAPHS[0], new_x="LMARGIN", new_y="NEXT")
    with pdf.table(first_row_as_headings=False) as table:
        for row in rows:
            table.row(row)
    page = extract(tmp_path, bytes(pdf.output()))["pages"][0]
    assert page["tables"] == [rows]
    assert collapse_ws(PARAGRAPHS[0]) in collapse_ws(page["text"])


TABLE_ROWS = [["Quartier", "Ville", "Commerces ouverts en 2023"], ["Mas du Taureau", "Vaulx-en-Velin", "12"],
              ["La Villeneuve", "Grenoble", "7 boutiques et un marché couvert le samedi"],
              ["Saint-Denis Centre", "Saint-Denis", "23"]]


def _table_page(draw) -> bytes:
    pdf = FPDF(format="A4")
    pdf.add_font("Serif", "", SERIF)
    pdf.set_font("Serif", size=10)
    pdf.add_page()
    pdf.multi_cell(0, 5, PARAGRAPHS[1], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    draw(pdf)
    return bytes(pdf.output())


def _grid(pdf, lines: bool) -> None:
    """A table drawn by hand: rules as lines, or as thin filled rectangles."""
    x0, y0, widths, height = 20, 80, [40, 40, 70], 8
    xs = [x0 + sum(widths[:i]) for i in range(len(widths) + 1)]
    for i in range(len(TABLE_ROWS) + 1):
        y = y0 + i * height
        pdf.line(xs[0], y, xs[-1], y) if lines else pdf.rect(xs[0], y, xs[-1] - xs[0], 0.3, style="F")
    for x in xs:
        bottom = y0 + len(TABLE_ROWS) * height
        pdf.line(x, y0, x, bottom) if lines else pdf.rect(x, y0, 0.3, bottom - y0, style="F")
    for i, row in enumerate(TABLE_ROWS):
        for x, width, cell in zip(xs, widths, row, strict=False):
            pdf.set_xy(x + 1, y0 + i * height + 1)
            pdf.cell(width - 2, 6, cell[:28])


def _fpdf_table(layout: str, fill: bool):
    def draw(pdf):
        with pdf.table(borders_layout=layout, first_row_as_headings=False, col_widths=(30, 30, 40),
                       cell_fill_mode="ROWS" if fill else "NONE", cell_fill_color=210) as table:
            for row in TABLE_ROWS:
                table.row(row)
    return draw


@pytest.mark.parametrize("name, draw", [
    ("all borders", _fpdf_table("ALL", False)), ("filled rows", _fpdf_table("ALL", True)),
    ("inner rules", _fpdf_table("INTERNAL", False)), ("minimal", _fpdf_table("MINIMAL", True)),
    ("no horizontal rules", _fpdf_table("NO_HORIZONTAL_LINES", True)),
    ("lines", lambda pdf: _grid(pdf, lines=True)), ("filled rules", lambda pdf: _grid(pdf, lines=False)),
])
def test_tables_from_pdfium_are_pdfplumbers_own(tmp_path, name, draw):
    """The edges and characters come from pdfium (extract.tables), the finding from
    pdfplumber: on every way of drawing a table, the rows are those of pdfplumber alone."""
    path = tmp_path / "table.pdf"
    path.write_bytes(_table_page(draw))
    with pdfplumber.open(path) as pdf:
        expected = [[[clean_text(cell) if cell else cell for cell in row] for row in table]
                    for table in pdf.pages[0].extract_tables() if len(table) > 1]
    assert expected, "pdfplumber finds the table"
    assert extract_pdf(path)["pages"][0]["tables"] == expected


def test_table_drawn_inside_a_form_xobject(tmp_path):
    """A page placed on another as a form XObject, scaled and moved: its table is found
    with the form's matrix, as pdfplumber finds it."""
    source = tmp_path / "table.pdf"
    source.write_bytes(_table_page(lambda pdf: _grid(pdf, lines=True)))
    doc = pdfium.PdfDocument(str(source))
    form = doc.page_as_xobject(0, doc).as_pageobject()
    form.transform(pdfium.PdfMatrix().scale(0.8, 0.8).translate(40, 60))
    page = doc.new_page(595, 842)
    page.insert_obj(form)
    page.gen_content()
    doc.del_page(0)
    path = tmp_path / "form.pdf"
    doc.save(str(path))
    with pdfplumber.open(path) as pdf:
        expected = [[[clean_text(cell) if cell else cell for cell in row] for row in table]
                    for table in pdf.pages[0].extract_tables()]
    assert len(expected) == 1 and len(expected[0]) == len(TABLE_ROWS)
    assert extract_pdf(path)["pages"][0]["tables"] == expected


def test_table_rows_hold_each_cell_whole(tmp_path):
    path = tmp_path / "table.pdf"
    path.write_bytes(_table_page(lambda pdf: _grid(pdf, lines=True)))
    assert extract_pdf(path)["pages"][0]["tables"] == [[[cell[:28] for cell in row] for row in TABLE_ROWS]]


def test_rotated_text_is_whole_words_after_the_flow(tmp_path):
    pdf = FPDF(format="A4")
    pdf.add_font("Serif", "", SERIF)
    pdf.set_font("Serif", size=10)
    pdf.add_page()
    pdf.multi_cell(0, 5, PARAGRAPHS[2], new_x="LMARGIN", new_y="NEXT")
    with pdf.rotation(90, x=12, y=200):
        pdf.text(12, 200, "Document de travail provisoire")
    text = extract(tmp_path, bytes(pdf.output()))["pages"][0]["text"]
    assert collapse_ws(PARAGRAPHS[2]) in collapse_ws(text)
    assert text.endswith("Document de travail provisoire")


def test_no_tables_key_without_tables(tmp_path):
    page = extract(tmp_path, make_pdf({**SPEC, "columns": 2}))["pages"][0]
    assert "tables" not in page


@pytest.mark.parametrize("text, broken", [
    ("(cid:12)(cid:15)(cid:3) (cid:44)", True), ("\ufffd\ufffd\ufffd a", True),
    ("\ue001\ue002\ue003\ue004", True), ("Les quartiers prioritaires", False), ("", False),
])
def test_broken_text_layer(text, broken):
    from extract.chars import broken as is_broken
    assert is_broken(text) is broken


def test_recurring_heading_inside_the_page_stays():
    body = [p.split(". ")[:3] for p in PARAGRAPHS[:3]]
    pages = [f"{a}.\n{b}.\n{c}.\n\nContacts\n\n{c}.\n{b}.\n{a}." for a, b, c in body]
    assert all("Contacts" in text for text, _, _ in furniture.strip_pages(pages))
