"""The search interface, the map and a Datasette table page (in French) in a real headless
Chromium (Debian's chromium and chromium-driver), driven by Selenium, on the replica corpus
served by the real Datasette (tests/conftest.py).

JavaScript is switched off: the search is plain HTML forms and links, and must work so.
Screenshots go to tests/artifacts/ (ignored by git). Without Chromium the test is skipped
locally, but never in CI (CI set): there a missing browser is a failure.
"""

import os
import shutil
import urllib.request
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))

if not (CHROMIUM and DRIVER) and not os.environ.get("CI"):
    pytest.skip("chromium and chromium-driver are not installed (`make system-deps` as root "
                "installs them); CI always runs this test", allow_module_level=True)

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

from tests.test_metadata import ENGLISH  # noqa: E402


def start_chromium(profile, javascript: bool):
    assert CHROMIUM and DRIVER, "CI needs chromium and chromium-driver (make system-deps)"
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--no-first-run", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--window-size=1280,1400", "--no-proxy-server",
                 f"--user-data-dir={profile}"):
        options.add_argument(flag)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(options=options, service=Service(DRIVER))
    driver.set_page_load_timeout(30)
    ARTIFACTS.mkdir(exist_ok=True)
    return driver


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    driver = start_chromium(tmp_path_factory.mktemp("chromium-profile"), javascript=False)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def browser_js(tmp_path_factory):
    """The map needs JavaScript (Leaflet); everything else is tested without it."""
    driver = start_chromium(tmp_path_factory.mktemp("chromium-profile-js"), javascript=True)
    yield driver
    driver.quit()


def shot(browser, name: str) -> None:
    browser.save_screenshot(str(ARTIFACTS / f"{name}.png"))


def full_page_shot(browser, name: str, cap: int = 6000) -> None:
    """The whole page, not only the window: the window is stretched to the page's height
    (capped), keeping its width, then saved as tests/artifacts/<name>.png."""
    width = browser.get_window_size()["width"]
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(width, min(height + 140, cap))
    browser.save_screenshot(str(ARTIFACTS / f"{name}.png"))


def fits_window(browser) -> bool:
    """Nothing wider than the window (no sideways scrolling on a phone)."""
    return browser.execute_script(
        "return document.documentElement.scrollWidth <= window.innerWidth + 1")


def arrive(browser, part: str) -> None:
    """A click starts a navigation that WebDriver does not always wait for: wait for the page."""
    WebDriverWait(browser, 20).until(lambda b: part in b.current_url
                                     and b.execute_script("return document.readyState") == "complete")


def texts(browser, selector: str) -> list[str]:
    return [e.text for e in browser.find_elements(By.CSS_SELECTOR, selector)]


def test_search_from_home_page_to_feed(browser, datasette):
    # Home page: the search box, in French.
    browser.get(datasette + "/")
    shot(browser, "1-accueil")
    assert "Rechercher dans le corpus" in browser.page_source
    box = browser.find_element(By.ID, "recherche-q")

    # Typed with a cedilla, in the plural: the results show other forms of the word.
    box.send_keys("commerçants")
    browser.find_element(By.CSS_SELECTOR, "form[action='/recherche'] input[type=submit]").click()
    arrive(browser, "/recherche?q=commer")
    shot(browser, "2-resultats-commercants")
    total = browser.find_element(By.CSS_SELECTOR, "p.total").text
    assert "documents" in total and "pertinents" in total
    marked = {t.lower() for t in texts(browser, "li.resultat mark")}
    assert {"commerce", "commerçants"} <= marked, marked

    # Unaccented and stemmed: `economiques` finds `économique`.
    browser.get(datasette + "/recherche?q=economiques")
    assert "économique" in {t.lower() for t in texts(browser, "li.resultat mark")}

    # A facet link filters, and says how to undo it.
    browser.get(datasette + "/recherche?q=commer%C3%A7ants")
    facet = browser.find_element(By.CSS_SELECTOR, "ul.facette-source a")
    name = facet.text
    facet.click()
    arrive(browser, "source=")
    shot(browser, "3-filtre-source")
    assert name in browser.find_element(By.CSS_SELECTOR, "p.actifs").text
    metas = texts(browser, "li.resultat div.meta")
    assert metas and all(t.startswith(name) for t in metas)

    # A word only in a PDF: the hit names the page and links to it.
    browser.get(datasette + "/recherche?q=Montreynaud")
    shot(browser, "4-page-pdf")
    link = browser.find_element(By.CSS_SELECTOR, "a.lien-page")
    assert link.get_attribute("href").endswith(".pdf#page=1")
    assert "page 1" in link.text

    # "Suivre cette recherche": the feed link gives the same search as Atom.
    atom = browser.find_element(By.CSS_SELECTOR, "a.flux-atom").get_attribute("href")
    with OPENER.open(atom, timeout=20) as response:
        feed = ET.fromstring(response.read())
    entries = feed.findall("{http://www.w3.org/2005/Atom}entry")
    assert [e.findtext("{http://www.w3.org/2005/Atom}title") for e in entries] == [
        "Les Echos de Labo Cités n°17 : artisanat et commerce de proximité dans les quartiers"]


def test_map_page_shows_the_experiences_and_filters_by_theme(browser_js, datasette):
    # The uMap experiences and the located documents, clustered on a map (tiles need the
    # internet and stay blank here; the markers and clusters are drawn locally).
    browser_js.get(datasette + "/corpus/carte")
    WebDriverWait(browser_js, 30).until(
        lambda b: b.find_elements(By.CSS_SELECTOR, ".leaflet-marker-icon, .marker-cluster"))
    shot(browser_js, "5-carte")
    assert "leaflet-container" in browser_js.page_source
    # A facet link filters the map's rows by theme.
    browser_js.get(datasette + "/corpus/carte?_facet_array=themes")
    theme = browser_js.find_element(By.CSS_SELECTOR, ".facet-info[data-column=themes] li a")
    theme.click()
    arrive(browser_js, "themes__arraycontains=")
    WebDriverWait(browser_js, 30).until(
        lambda b: b.find_elements(By.CSS_SELECTOR, ".leaflet-marker-icon, .marker-cluster"))
    shot(browser_js, "6-carte-filtree")
    # The map's controls and credit line in French (templates/_libelles_js.html, metadata.yml).
    assert "les contributeurs d'OpenStreetMap" in browser_js.find_element(
        By.CSS_SELECTOR, ".leaflet-control-attribution").text
    assert browser_js.find_element(By.CSS_SELECTOR, ".leaflet-control-zoom-in").get_attribute("title") == "Zoomer"


def test_table_page_speaks_french(browser, datasette):
    # Datasette's own table page, through templates/table.html and _fr.html.
    browser.get(datasette + "/corpus/documents")
    shot(browser, "7-tableau-documents")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "fr"
    text = browser.find_element(By.TAG_NAME, "body").text
    assert "lignes triées par date (ordre décroissant)" in text
    assert "Export avancé" in text and "Ces données en" in text and "Propulsé par" in text
    assert browser.find_element(By.CSS_SELECTOR, "form.filters input[type=submit]").get_attribute(
        "value") == "Appliquer"
    english = sorted(set(ENGLISH.findall(text)))
    assert not english, english


def test_column_menu_speaks_french(browser_js, datasette):
    # The column menu is written by Datasette's table.js, then relabelled by _libelles_js.html.
    browser_js.get(datasette + "/corpus/documents")
    browser_js.find_element(By.CSS_SELECTOR, "th.col-title svg.dropdown-menu-icon").click()
    menu = WebDriverWait(browser_js, 10).until(lambda b: next(
        (m for m in b.find_elements(By.CSS_SELECTOR, "div.dropdown-menu") if m.is_displayed()), None))
    shot(browser_js, "8-menu-colonne")
    assert "Trier par ordre croissant" in menu.text and "Masquer cette colonne" in menu.text
    assert "Type : TEXT" in menu.text
    assert "Sort" not in menu.text and "Hide" not in menu.text
