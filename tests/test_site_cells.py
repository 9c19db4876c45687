"""plugins/crpv_cells.py: how values read on Datasette's pages (times, JSON lists, links)."""

import importlib.util
from datetime import datetime, timezone
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location(
    "crpv_cells", Path(__file__).resolve().parent.parent / "plugins" / "crpv_cells.py")
cells = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(cells)

NOW = datetime(2026, 12, 8, 12, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("value, expected", [
    ("2026-12-08T02:57:38+00:00", "8 décembre 2026 à 03:57"),   # winter: UTC+1
    ("2026-07-01T22:30:00+00:00", "2 juillet 2026 à 00:30"),    # summer: UTC+2, next day
    ("2026-03-01T10:00:00Z", "1er mars 2026 à 11:00"),
    ("2026-12-08", "2026-12-08"),                               # a date alone is left as it is
    (None, ""),
])
def test_paris_time_in_french(value, expected):
    assert cells.heure_fr(value) == expected


@pytest.mark.parametrize("value, expected", [
    ("2026-12-08T11:59:30+00:00", "à l'instant"),
    ("2026-12-08T11:55:00+00:00", "il y a 5 minutes"),
    ("2026-12-08T09:00:00+00:00", "il y a 3 heures"),
    ("2026-12-06T12:00:00+00:00", "il y a 2 jours"),
    ("2026-10-01T12:00:00+00:00", "il y a 2 mois"),
    ("not a time", ""),
])
def test_freshness_in_french(value, expected):
    assert cells.il_y_a(value, now=NOW) == expected


@pytest.mark.parametrize("value, expected", [
    ('["Rencontres du réseau"]', "Rencontres du réseau"),
    ('["irev", "labo-cites"]', "irev, labo-cites"),
    ("[]", '<span class="liste-vide"></span>'),
])
def test_json_lists_read_as_plain_lists(value, expected):
    assert str(cells.render_cell(value, "tags", "documents")) == expected


@pytest.mark.parametrize("value", ['[["a", "b"], ["c"]]', '[{"x": 1}]', "[pas du JSON", "texte", 3])
def test_other_values_left_to_datasette(value):
    assert cells.render_cell(value, "tables", "pages") is None


def test_times_rendered_in_query_results_only():
    assert cells.render_cell("2026-12-08T02:57:38+00:00", "dernier_succes", None) == "8 décembre 2026 à 03:57"
    assert cells.render_cell("2026-12-08T02:57:38+00:00", "started", "crawl_runs") is None


def test_pdf_page_link_is_short():
    link = cells.render_cell("https://x.fr/a.pdf#page=12", "lien_vers_la_page", None)
    assert str(link) == '<a href="https://x.fr/a.pdf#page=12" title="https://x.fr/a.pdf#page=12">PDF, page 12</a>'
    assert "&lt;" in str(cells.render_cell('https://x.fr/"><b>', "page_du_document", None))
    assert str(cells.render_cell("/document/42", "fiche", "carte")) == (
        '<a href="/document/42" title="/document/42">fiche</a>')
    assert cells.render_cell("javascript:alert(1)", "fiche", None) is None
