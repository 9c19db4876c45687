"""PDF text per page, metadata, and honest errors for files that are not good PDFs."""

import datetime as dt
from pathlib import Path

import pdfplumber.page
import pypdfium2 as pdfium
import pytest
from fpdf import FPDF

from extract import layout
from extract import pdf as pdf_module
from extract.clean import clean_text
from extract import files as files_module
from extract.files import extract_file
from extract.media_types import sniff
from extract.pdf import extract_pdf
from extract.results import version_of

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
PAGES = [
    "Les Echos de Labo Cités n°17. Artisanat et commerce de proximité dans les quartiers "
    "prioritaires : l’œuvre commune des bailleurs, des chambres consulaires et des collectivités.",
    "Le dispositif « Ma boutique à l’essai » permet à un porteur de projet de tester son activité "
    "pendant six mois, avec un loyer modéré et un accompagnement renforcé.",
    "Saint-Chamond, Roubaix, Saint-Nazaire : trois expériences, trois façons d’associer les "
    "habitants. Contact : Labo Cités, 4 rue de Narvik, 69008 Lyon.",
]
CREATED = dt.datetime(2018, 6, 15, 12, 0, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))


def make_pdf(path: Path, pages=PAGES, blank_after: int | None = None, encryption=None) -> Path:
    doc = FPDF()
    doc.add_font("DejaVu", "", FONT)
    doc.set_font("DejaVu", size=12)
    doc.set_title("Les Echos de Labo Cités n°17")
    doc.set_author("Labo Cités")
    doc.set_subject("Artisanat et commerce de proximité")
    doc.set_creator("Labo Cités, service communication")
    doc.set_producer("fpdf2 (tests)")
    doc.set_creation_date(CREATED)
    if encryption:
        doc.set_encryption(**encryption)
    for number, text in enumerate(pages, 1):
        doc.add_page()
        doc.multi_cell(0, 8, text)
        if number == blank_after:
            doc.add_page()  # no text layer at all, like a scanned page
            doc.rect(20, 20, 100, 100)
    doc.output(str(path))
    return path


@pytest.fixture(scope="module")
def good_pdf(tmp_path_factory) -> Path:
    return make_pdf(tmp_path_factory.mktemp("pdf") / "echos17.pdf")


@pytest.fixture(scope="module")
def good_result(good_pdf) -> dict:
    return extract_pdf(good_pdf)


def squash(text: str) -> str:
    """PDF text breaks lines where the layout did: compare word sequences."""
    return " ".join(text.split())


# A good PDF --------------------------------------------------------------------------------------

def test_result_shape(good_result):
    assert set(good_result) == {"extractor", "extractor_version", "media_type", "page_count",
                                "metadata", "pages", "error"}
    assert good_result["extractor"] == "pypdfium2"
    assert good_result["extractor_version"] == version_of("application/pdf") == "4"
    assert good_result["media_type"] == "application/pdf"
    assert good_result["error"] is None


def test_text_per_page(good_result):
    assert good_result["page_count"] == 3
    assert [p["page"] for p in good_result["pages"]] == [1, 2, 3]
    for page, expected in zip(good_result["pages"], PAGES):
        assert squash(page["text"]) == expected
        assert page["method"] == "text"


def test_french_characters_survive(good_result):
    text = " ".join(p["text"] for p in good_result["pages"])
    for word in ("l’œuvre", "« Ma boutique à l’essai »", "façons", "Cités", "n°17"):
        assert word in squash(text)


def test_metadata(good_result):
    assert good_result["metadata"] == {
        "title": "Les Echos de Labo Cités n°17",
        "author": "Labo Cités",
        "subject": "Artisanat et commerce de proximité",
        "producer": "fpdf2 (tests)",
        "creator": "Labo Cités, service communication",
        "created": "2018-06-15T12:00:00+02:00",
        "modified": None,
    }


def test_page_without_text_layer_needs_ocr(tmp_path):
    result = extract_pdf(make_pdf(tmp_path / "scan.pdf", blank_after=1))
    assert result["error"] is None
    assert [(p["page"], p["method"]) for p in result["pages"]] == [
        (1, "text"), (2, "needs-ocr"), (3, "text"), (4, "text")]
    assert result["pages"][1]["text"] == ""


def test_owner_password_only_still_opens(tmp_path):
    result = extract_pdf(make_pdf(tmp_path / "protected.pdf", encryption={"owner_password": "proprio"}))
    assert result["error"] is None
    assert squash(result["pages"][0]["text"]) == PAGES[0]


def test_accepts_str_path(good_pdf):
    assert extract_pdf(str(good_pdf))["page_count"] == 3


def test_broken_page_costs_only_that_page(good_pdf, monkeypatch):
    real = pdfplumber.page.Page.parse_objects

    def flaky(page):  # a content stream pdfminer chokes on, for both readings of page 2
        if page.page_number == 2:
            raise ValueError("bad content stream")
        return real(page)
    monkeypatch.setattr(pdfplumber.page.Page, "parse_objects", flaky)
    real_pdfium = pdf_module._pdfium_page

    def flaky_pdfium(page, number):  # pdfium chokes too: pdfplumber is the fallback
        if number == 2:
            raise ValueError("bad content stream")
        return real_pdfium(page, number)
    monkeypatch.setattr(pdf_module, "_pdfium_page", flaky_pdfium)
    result = extract_pdf(good_pdf)
    assert result["error"] is None and result["extractor"] == "pypdfium2"
    assert [p["method"] for p in result["pages"]] == ["text", "error", "text"]
    assert "ValueError: bad content stream" in result["pages"][1]["error"]


def test_page_pdfium_fails_on_is_read_by_pdfplumber(good_pdf, monkeypatch):
    real_pdfium = pdf_module._pdfium_page

    def flaky_pdfium(page, number):
        if number == 3:
            raise RuntimeError("pdfium choked")
        return real_pdfium(page, number)
    monkeypatch.setattr(pdf_module, "_pdfium_page", flaky_pdfium)
    opened = []
    real_open = pdfplumber.open
    monkeypatch.setattr(pdfplumber, "open", lambda *a, **k: opened.append(a) or real_open(*a, **k))
    result = extract_pdf(good_pdf)
    assert len(opened) == 1  # only for the page that needs it
    assert [p["method"] for p in result["pages"]] == ["text", "text", "text"]
    assert squash(result["pages"][2]["text"]) == PAGES[2]
    assert "read by pdfplumber" in result["pages"][2]["warning"]
    assert "RuntimeError: pdfium choked" in result["pages"][2]["warning"]
    assert all("warning" not in page for page in result["pages"][:2])


def test_good_file_never_opens_pdfplumber(good_pdf, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("pdfplumber opened")
    monkeypatch.setattr(pdfplumber, "open", refuse)
    result = extract_pdf(good_pdf)
    assert result["error"] is None and [squash(p["text"]) for p in result["pages"]] == PAGES


def test_file_pdfium_refuses_is_read_by_pdfplumber(good_pdf, monkeypatch):
    def refuse(*args, **kwargs):
        raise pdfium.PdfiumError("Failed to load document")
    monkeypatch.setattr(pdfium, "PdfDocument", refuse)
    result = extract_pdf(good_pdf)
    assert result["error"] is None and result["extractor"] == "pdfplumber"
    assert [squash(p["text"]) for p in result["pages"]] == PAGES
    assert result["metadata"]["title"] == "Les Echos de Labo Cités n°17"


def test_every_page_broken_is_a_file_error(good_pdf, monkeypatch):
    def broken(page):
        raise ValueError("bad content stream")
    monkeypatch.setattr(pdfplumber.page.Page, "parse_objects", broken)
    monkeypatch.setattr(pdf_module, "_pdfium_page", lambda *args: broken(None))
    result = extract_pdf(good_pdf)
    assert "bad content stream" in result["error"]
    assert result["pages"] == [] and result["page_count"] == 3
    assert result["metadata"]["title"] == "Les Echos de Labo Cités n°17"


def test_layout_failure_falls_back_to_rows(good_pdf, monkeypatch):
    def failing(words, rotated=()):
        raise IndexError("layout bug")
    monkeypatch.setattr(layout, "reading_order", failing)  # both the pdfium and pdfplumber readings
    result = extract_pdf(good_pdf)
    assert result["error"] is None
    for page, expected in zip(result["pages"], PAGES, strict=True):
        assert squash(page["text"]) == expected and page["method"] == "text"
        assert "layout analysis failed" in page["warning"] and "IndexError: layout bug" in page["warning"]
    with pdfplumber.open(good_pdf) as pdf:
        assert result["pages"][0]["text"] == clean_text(pdf.pages[0].extract_text())


def test_pages_read_with_layout_have_no_warning(good_result):
    assert all("warning" not in page for page in good_result["pages"])


# Bad files ---------------------------------------------------------------------------------------

def assert_failed(result: dict, *phrases: str) -> None:
    assert result["pages"] == []
    assert result["extractor_version"] == version_of(result["media_type"])
    assert result["error"], "an error message is expected"
    for phrase in phrases:
        assert phrase in result["error"]


def test_encrypted_with_unknown_password(tmp_path):
    path = make_pdf(tmp_path / "secret.pdf", encryption={"owner_password": "o", "user_password": "secret"})
    assert_failed(extract_pdf(path), "encrypted PDF", "password")


def test_truncated(good_pdf, tmp_path):
    data = good_pdf.read_bytes()
    for cut in (len(data) // 2, len(data) - 100):
        path = tmp_path / f"cut-{cut}.pdf"
        path.write_bytes(data[:cut])
        assert_failed(extract_pdf(path), "truncated PDF", "partial download")


def test_pdf_without_pages(tmp_path):
    path = tmp_path / "vide.pdf"
    pdfium.PdfDocument.new().save(str(path))
    assert_failed(extract_pdf(path), "empty PDF", "no pages")


def test_corrupt(tmp_path):
    path = tmp_path / "corrupt.pdf"
    path.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8 + b"\ntrailer\n<< >>\n%%EOF\n")
    assert_failed(extract_pdf(path), "corrupt PDF", "pdfminer cannot parse it")


def test_html_page_named_pdf(tmp_path):
    path = tmp_path / "document.pdf"
    path.write_text("<!DOCTYPE html><html><head><title>Accès refusé</title></head>"
                    "<body><p>Vous devez vous connecter.</p></body></html>", encoding="utf-8")
    assert_failed(extract_pdf(path), "not a PDF", "text/html", "login page")


def test_random_bytes(tmp_path):
    path = tmp_path / "noise.pdf"
    path.write_bytes(b"\x00\x01garbage" * 10)
    assert_failed(extract_pdf(path), "not a PDF", "no %PDF header")


def test_empty_file(tmp_path):
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    assert_failed(extract_pdf(path), "not a PDF", "empty")


def test_missing_file(tmp_path):
    assert_failed(extract_pdf(tmp_path / "absent.pdf"), "cannot read file")


# Dispatch ----------------------------------------------------------------------------------------

def test_extract_file_dispatches_pdf(good_pdf):
    result = extract_file(good_pdf)
    assert result["extractor"] == "pypdfium2" and result["page_count"] == 3


def test_extract_file_trusts_bytes_when_extension_is_unknown(good_pdf, tmp_path):
    path = tmp_path / "0123.bin"
    path.write_bytes(good_pdf.read_bytes())
    assert extract_file(path)["page_count"] == 3


def test_extract_file_media_type_argument_wins_over_extension(good_pdf, tmp_path):
    path = tmp_path / "download.php"
    path.write_bytes(good_pdf.read_bytes())
    assert extract_file(path, "application/pdf; charset=binary")["error"] is None


def test_extract_file_html_page_named_pdf(tmp_path):
    path = tmp_path / "document.pdf"
    path.write_bytes(b"<html><body><p>Page introuvable</p></body></html>")
    result = extract_file(path)
    assert_failed(result, "content mismatch", "declared application/pdf", "text/html")
    assert result["media_type"] == "text/html"


def test_extract_file_html_attachment(tmp_path):
    path = tmp_path / "programme.html"
    path.write_text("""<html lang="fr"><head><title>Programme de la rencontre</title>
      <meta name="author" content="RésO Villes"><meta property="article:published_time" content="2019-05-02T10:00:00+02:00">
      </head><body><nav><a href="/">Accueil</a></nav><main><h1>Programme</h1>
      <p>9 h 30 : accueil des participants à Saint-Nazaire.</p><ul><li>Atelier 1</li><li>Atelier 2</li></ul></main>
      </body></html>""", encoding="utf-8")
    result = extract_file(path)
    assert result["error"] is None
    assert result["extractor"] == "html" and result["media_type"] == "text/html"
    assert result["pages"] == [{"page": 1, "method": "text",
                                "text": "Programme\n\n9 h 30 : accueil des participants à Saint-Nazaire.\n\n- Atelier 1\n- Atelier 2"}]
    assert result["metadata"]["title"] == "Programme de la rencontre"
    assert result["metadata"]["author"] == "RésO Villes"
    assert result["metadata"]["created"] == "2019-05-02"


def test_extract_file_relative_path(tmp_path, monkeypatch):
    (tmp_path / "page.htm").write_text("<p>Une page jointe, en HTML.</p>", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert extract_file("page.htm")["pages"][0]["text"] == "Une page jointe, en HTML."


@pytest.mark.parametrize("name, data, phrase", [
    ("compte-rendu.docx", b"PK\x03\x04" + b"\x00" * 60,
     "unsupported type application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ("tableau.xls", b"\xd0\xcf\x11\xe0" + b"\x00" * 60, "unsupported type application/vnd.ms-excel"),
    ("photo.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 60, "unsupported type image/jpeg"),
    ("mystere", b"\x00\x01\x02\x03", "unsupported type unknown"),
])
def test_extract_file_unsupported(tmp_path, name, data, phrase):
    path = tmp_path / name
    path.write_bytes(data)
    assert_failed(extract_file(path), phrase)


def test_extract_file_missing(tmp_path):
    assert_failed(extract_file(tmp_path / "absent.pdf"), "cannot read file")


def test_extractor_table_is_the_dispatch(monkeypatch, good_pdf):
    def broken(path):
        raise RuntimeError("boom")
    monkeypatch.setitem(files_module.EXTRACTORS, "application/pdf", broken)
    assert_failed(extract_file(good_pdf), "extractor failed on application/pdf", "RuntimeError: boom")


@pytest.mark.parametrize("head, expected", [
    (b"%PDF-1.7\n", "application/pdf"),
    (b"\r\n\r\n%PDF-1.4", "application/pdf"),
    (b"<!DOCTYPE html><html>", "text/html"),
    (b"\xef\xbb\xbf  <HTML lang=fr>", "text/html"),
    (b'<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', "text/html"),
    (b"PK\x03\x04", "application/zip"),
    (b"plain text", None),
])
def test_sniff(head, expected):
    assert sniff(head) == expected
