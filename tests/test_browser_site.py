"""The site around the search, in a real Chromium without JavaScript, on the replica corpus
served by the real Datasette (tests/conftest.py): the home page, two canned queries ("État des
sources", "Recherche dans les PDF") and a table page's facets, at 1366 px and at phone width.

Full-page screenshots go to tests/artifacts/site-*.png.
"""

import re

import pytest

from tests.test_browser import (ENGLISH, arrive, fits_window as no_sideways_scroll,  # skips without Chromium
                                full_page_shot, start_chromium)
from tests.test_metadata import RAW_NAMES
from selenium.webdriver.common.by import By  # noqa: E402

WIDTHS = {"ordinateur": 1366, "telephone": 400}
STATES = {"à jour", "partielle", "suspecte", "en échec", "jamais moissonnée"}
PARIS_TIME = re.compile(r"^(1er|\d{1,2}) [a-zéû]+ \d{4} à \d\d:\d\d$")

# Every word of the given elements on one line (a compound may break at its hyphen, a URL at a
# slash): app.css's word-break: break-all used to cut facet values mid-word ("carte des expéri /
# ences").
BROKEN_WORDS_JS = """
const broken = [];
document.querySelectorAll(arguments[0]).forEach((el) => {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const m of node.data.matchAll(/[^\\s\\/\\u002d\\u2010\\u2013\\u2014]+/g)) {  // a line may end after - or /
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      if (lines.size > 1) broken.push(m[0]);
    }
  }
});
return broken;
"""


@pytest.fixture(scope="module")
def chromium(tmp_path_factory):
    driver = start_chromium(tmp_path_factory.mktemp("chromium-site"), javascript=False)
    yield driver
    driver.quit()


def visit(driver, url: str, width: int) -> None:
    driver.set_window_size(width, 900)
    driver.get(url)


def french_only(driver, selector: str = "body", raw_names: bool = True) -> None:
    """No English label (nor raw column name) in what the reader sees of these elements."""
    text = " ".join(e.text for e in driver.find_elements(By.CSS_SELECTOR, selector))
    english = set(ENGLISH.findall(text)) | (set(RAW_NAMES.findall(text)) if raw_names else set())
    assert not english, sorted(english)


def y(element) -> int:
    return element.location["y"]


@pytest.mark.parametrize("device", WIDTHS)
def test_home_page(chromium, datasette, corpus, device):
    visit(chromium, datasette + "/", WIDTHS[device])
    db = corpus["db"]
    form = chromium.find_element(By.CSS_SELECTOR, "form[action='/recherche']")
    newest = chromium.find_elements(By.CSS_SELECTOR, "ol.nouveautes li a")
    assert y(form) < y(newest[0]), "the search form comes first"

    # The newest documents, each opening its record on the corpus site.
    ids = [int(a.get_attribute("href").rsplit("/document/", 1)[1]) for a in newest]
    titles = [a.text for a in newest]
    live = {i for (i,) in db.execute("select id from documents where gone_since is null")}
    assert len(newest) == 8 and set(ids) <= live

    # Every harvested centre with its count and freshness, before those never harvested.
    rows = chromium.find_elements(By.CSS_SELECTOR, "table.centres tr")
    counts = dict(db.execute("select name, documents from sources where documents > 0"))
    shown = {r.find_element(By.CSS_SELECTOR, "a").text: r for r in rows}
    assert set(counts) <= set(shown)
    for name, count in counts.items():
        cell = shown[name].find_element(By.CSS_SELECTOR, "td.nombre").text
        assert cell.startswith(f"{count} document"), (name, cell)
        assert re.search(r"mis à jour (à l'instant|il y a \d+ (seconde|minute|heure)s?)", cell), cell
        stamp = shown[name].find_element(By.TAG_NAME, "time").get_attribute("title")
        assert PARIS_TIME.match(stamp.removeprefix("le ").removesuffix(" (heure de Paris)")), stamp
    unharvested = chromium.find_element(By.XPATH, "//p[contains(., 'Pas encore moissonnés')]")
    assert "ORIV" in unharvested.text and y(unharvested) > y(rows[-1])

    # Themes lead to the filtered search, the map and the raw tables are one link away.
    themes = chromium.find_elements(By.CSS_SELECTOR, "ul.themes a")
    assert themes and all("/recherche?theme=" in a.get_attribute("href") for a in themes)
    theme_url = themes[0].get_attribute("href")
    theme_count = int(themes[0].find_element(By.XPATH, "following-sibling::span").text)
    assert chromium.find_element(By.LINK_TEXT, "La carte des expériences et des documents")
    raw = chromium.find_element(By.LINK_TEXT, "Données brutes / tables")
    assert raw.get_attribute("href").endswith("/corpus")
    body = chromium.find_element(By.TAG_NAME, "body").text
    assert "document_places" not in body and "lignes dans" not in body  # no list of tables
    assert no_sideways_scroll(chromium)
    assert not chromium.execute_script(BROKEN_WORDS_JS, "h1, h2, ol.nouveautes, table.centres, ul.themes")
    french_only(chromium)
    full_page_shot(chromium, f"site-accueil-{device}")

    # "Toutes les publications" goes on with the same list, on the search page.
    visit(chromium, chromium.find_element(By.LINK_TEXT, "Toutes les publications").get_attribute("href"),
          WIDTHS[device])
    listed = [li.find_element(By.CSS_SELECTOR, "h2 a").text
              for li in chromium.find_elements(By.CSS_SELECTOR, "li.resultat") if "retiré" not in li.text]
    assert listed[:len(titles)] == titles

    # A theme: its documents on the search page, as many as the home page said.
    visit(chromium, theme_url, WIDTHS[device])
    arrive(chromium, "theme=")
    assert chromium.find_elements(By.CSS_SELECTOR, "li.resultat")
    total = chromium.find_element(By.CSS_SELECTOR, "p.total").text
    shown_count = re.match(r"([\d\s]+) documents?\b", total).group(1)  # "1 234 documents"
    assert int(re.sub(r"\s", "", shown_count)) == theme_count, (theme_count, total)


@pytest.mark.parametrize("device", WIDTHS)
def test_state_of_sources(chromium, datasette, device):
    visit(chromium, datasette + "/corpus/etat_des_sources", WIDTHS[device])
    table = chromium.find_element(By.CSS_SELECTOR, "table.rows-and-columns")
    toggle = chromium.find_element(By.CSS_SELECTOR, "details.requete summary")
    assert toggle.text == "Voir la requête" and y(table) < y(toggle), "results before the SQL"
    sql = chromium.find_element(By.ID, "sql-query")
    assert not sql.is_displayed()
    full_page_shot(chromium, f"site-etat-des-sources-{device}")

    states = [td.text for td in chromium.find_elements(By.CSS_SELECTOR, "td.col-dernier_etat")]
    assert states and set(states) <= STATES, states
    never = [s == "jamais moissonnée" for s in states]
    assert never == sorted(never), "harvested centres first"
    assert "à jour" in states and "partielle" in states  # the replicas: IREV answers a 500
    assert not chromium.execute_script(BROKEN_WORDS_JS, "h1, th, td")
    times = [td.text.strip() for td in chromium.find_elements(By.CSS_SELECTOR, "td.col-dernier_succes")]
    assert all(PARIS_TIME.match(t) for t in times if t) and any(times), times
    if device == "ordinateur":
        headers = [th.text for th in chromium.find_elements(By.CSS_SELECTOR, "th")]
        assert "Dernière collecte réussie" in headers and "dernier_succes" not in headers
    french_only(chromium)

    toggle.click()  # a <details>: no JavaScript needed
    assert sql.is_displayed() and "from sources" in sql.text
    assert no_sideways_scroll(chromium)


@pytest.mark.parametrize("device", WIDTHS)
def test_search_in_pdfs(chromium, datasette, device):
    visit(chromium, datasette + "/corpus/recherche_pdf", WIDTHS[device])
    box = chromium.find_element(By.CSS_SELECTOR, "form.parametres input[name=q]")
    label = chromium.find_element(By.CSS_SELECTOR, "form.parametres label").text
    assert label == "Mots à chercher"
    assert not chromium.execute_script(BROKEN_WORDS_JS, "form.parametres label, h1")
    box.send_keys("commerce")
    chromium.find_element(By.CSS_SELECTOR, "form.parametres input[type=submit]").click()
    arrive(chromium, "q=commerce")
    links = chromium.find_elements(By.CSS_SELECTOR, "td.col-lien_vers_la_page a")
    assert links
    for link in links:
        page = re.fullmatch(r"PDF, page (\d+)", link.text).group(1)
        assert link.get_attribute("href").endswith(f".pdf#page={page}") or f"#page={page}" in link.get_attribute("href")
    records = chromium.find_elements(By.CSS_SELECTOR, "td.col-fiche a")
    assert len(records) == len(links)
    assert all(re.search(r"/document/\d+$", a.get_attribute("href")) for a in records)
    toggle = chromium.find_element(By.CSS_SELECTOR, "details.requete summary")
    assert y(links[0]) < y(toggle)
    assert chromium.find_element(By.CSS_SELECTOR, "h2.compte").text.endswith("lignes")
    french_only(chromium)
    full_page_shot(chromium, f"site-recherche-pdf-{device}")


@pytest.mark.parametrize("device", WIDTHS)
def test_table_facets_in_french(chromium, datasette, device):
    visit(chromium, datasette + "/corpus/documents?_facet_array=tags", WIDTHS[device])
    names = [e.text.split("\n")[0] for e in chromium.find_elements(By.CSS_SELECTOR, "p.facet-info-name strong")]
    heads = [re.sub(r"\s*>?\d+$", "", n) for n in names]  # "Année 10", "Mots-clés (liste) >30"
    assert {"Année", "Type de document", "Source", "Mots-clés (liste)"} <= set(heads), heads
    suggested = chromium.find_elements(By.CSS_SELECTOR, "p.suggested-facets a")
    internal = {"date_source", "authors", "channel", "first_seen", "field_sources", "content_hash",
                "extra", "Origine de la date", "Auteurs", "Voie de collecte", "Vu pour la première fois"}
    assert not internal & {a.text for a in suggested}
    broken = chromium.execute_script(BROKEN_WORDS_JS, ".facet-info li a, th a, h1, h3")
    assert not broken, f"words cut across lines: {broken}"
    full_page_shot(chromium, f"site-documents-facettes-{device}")
    french_only(chromium, raw_names=False)
    # Raw names on labels only: the JSON of field_sources holds column names, as it should.
    french_only(chromium, "h3, form.filters, p.suggested-facets, .facet-results, thead")

    # Sorted by a column: the sentence says it in French, with its label.
    visit(chromium, datasette + "/corpus/sources", WIDTHS[device])
    assert "lignes triées par nom" in chromium.find_element(By.CSS_SELECTOR, "h3").text
    cells = [td.text for td in chromium.find_elements(By.CSS_SELECTOR, "td.col-hosts")]
    assert cells and not any(c.startswith("[") for c in cells)  # JSON lists read as lists
