"""The search results as a documentalist sees them, in a real headless Chromium (JavaScript off,
as in tests/test_browser.py), at 1366 px and at phone width: an acronym searched with its
written-out forms, a publication several centres publish shown once, naming the others.
Screenshots in tests/artifacts/recherche-*.png.
"""

import urllib.parse

import pytest

from tests.test_browser import (fits_window as fits,  # skips without chromium, as there
                                full_page_shot as shot, start_chromium)

from selenium.webdriver.common.by import By  # noqa: E402  (installed with the test tools)

WIDTHS = {"1366": (1366, 1000), "telephone": (390, 844)}


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    driver = start_chromium(tmp_path_factory.mktemp("chromium-profile-search"), javascript=False)
    yield driver
    driver.quit()


def page(browser, datasette, q: str, width: str) -> None:
    browser.set_window_size(*WIDTHS[width])
    browser.get(f"{datasette}/recherche?{urllib.parse.urlencode({'q': q})}")


@pytest.mark.parametrize("width", WIDTHS)
def test_qpv_finds_the_quartiers_prioritaires_and_says_so(browser, datasette, width):
    page(browser, datasette, "QPV", width)
    said = browser.find_element(By.CSS_SELECTOR, "p.sigles").text
    assert said == ("QPV : recherché aussi comme « quartier prioritaire de la politique de la ville », "
                    "« quartier prioritaire ».")
    total = browser.find_element(By.CSS_SELECTOR, "p.total").text
    assert int(total.split(" document")[0].replace("\u202f", "").replace(" ", "")) > 20
    first = browser.find_elements(By.CSS_SELECTOR, "li.resultat")[0]
    marked = {m.text.lower() for m in first.find_elements(By.TAG_NAME, "mark")}
    assert {"quartier", "prioritaire"} <= marked or {"quartiers", "prioritaires"} <= marked, marked
    link = first.find_element(By.CSS_SELECTOR, "h2 a").get_attribute("href")
    assert "/document/" in link and link.endswith("?q=QPV")
    assert first.find_element(By.CSS_SELECTOR, "p.origine a").text == "Page d'origine"
    assert fits(browser)
    shot(browser, f"recherche-qpv-{width}")


@pytest.mark.parametrize("width", WIDTHS)
def test_a_newsletter_three_centres_publish_is_one_hit(browser, datasette, width):
    page(browser, datasette, "emploi des jeunes", width)
    hits = browser.find_elements(By.CSS_SELECTOR, "li.resultat")
    titles = [h.find_element(By.CSS_SELECTOR, "h2").text for h in hits]
    letters = [h for h, t in zip(hits, titles) if "Eco des quartiers n°1" in t]
    assert len(letters) == 1, titles
    letter = letters[0]
    assert letter.find_element(By.CSS_SELECTOR, "div.meta").text.startswith("IREV")
    also = letter.find_element(By.CSS_SELECTOR, "p.aussi")
    assert also.text == ("Aussi publié par Réseau national des centres de ressources politique de la "
                         "ville et Labo Cités")
    assert all("/document/" in a.get_attribute("href") for a in also.find_elements(By.TAG_NAME, "a"))
    snippets = [h.find_element(By.CSS_SELECTOR, "p.extrait").text for h in hits]
    assert not any("Publié le" in s or s.startswith("Actualité") for s in snippets)
    assert fits(browser)
    browser.execute_script("arguments[0].scrollIntoView()", letter)
    shot(browser, f"recherche-doublons-{width}")
