"""The record page in a real headless Chromium (tests/test_browser.py's start_chromium), on the
replica corpus served by the real Datasette: the record of a PDF document, of a duplicate
group, and a gone document whose kept copy opens at the page a search found. Screenshots at
1366 px and at phone width go to tests/artifacts/.
"""

import hashlib
import time
import urllib.request

from db.build import document_id
from tests.test_browser import ARTIFACTS, arrive, browser, browser_js, full_page_shot, texts  # noqa: F401
from tests.test_record_http import (COFABRIK, COFABRIK_PDF, file_of, gone_corpus,  # noqa: F401
                                    gone_site)

from selenium.webdriver.common.by import By  # noqa: E402  (after test_browser's skip)

OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))
GUIDE = ("https://www.labo-cites.org/publication/"
         "immobilier-dactivite-en-quartier-prioritaire-guide-pratique-lusage-des-collectivites")


def shots(browser, name: str) -> None:
    """The whole page at 1366 px, then at phone width (400 px)."""
    for width, suffix in ((1366, ""), (400, "-mobile")):
        browser.set_window_size(width, 900)
        full_page_shot(browser, name + suffix, cap=7000)
    browser.set_window_size(1280, 1400)


def test_record_of_a_pdf_document(browser, datasette):
    browser.get(f"{datasette}/document/{document_id(COFABRIK)}?q=pluriannuelles")
    shots(browser, "record-1-fiche-pdf")
    # Printed: no site header, footer or map; the record alone.
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    browser.save_screenshot(str(ARTIFACTS / "record-1-fiche-pdf-impression.png"))
    assert not browser.find_element(By.TAG_NAME, "header").is_displayed()
    assert browser.find_element(By.TAG_NAME, "h1").is_displayed()
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith("Fiche expérience : la Cofabrik")
    facts = dict(zip(texts(browser, "dl.fiche dt"), texts(browser, "dl.fiche dd")))
    assert facts["Centre"].startswith("IREV") and facts["Date"] == "15 mars 2021 · d'après le texte de la page"
    assert facts["Type"] == "fiche expérience" and facts["Langue"] == "français"
    pages = browser.find_elements(By.CSS_SELECTOR, "a.lien-page")
    assert [p.get_attribute("href") for p in pages] == [f"{COFABRIK_PDF}#page=3"]
    assert "pluriannuelles" in {m.text.lower() for m in browser.find_elements(By.TAG_NAME, "mark")}
    # A theme leads to the search filtered on it.
    theme = browser.find_element(By.CSS_SELECTOR, "ul.themes a")
    name = theme.text
    theme.click()
    arrive(browser, "/recherche?theme=")
    assert name in browser.find_element(By.CSS_SELECTOR, "p.actifs").text


def test_record_of_a_duplicate_group(browser, datasette):
    browser.get(f"{datasette}/document/{document_id(GUIDE)}")
    shots(browser, "record-2-egalement-publie")
    others = texts(browser, "section.egalement li")
    assert others and any("Cosoter" in o for o in others)
    link = browser.find_element(By.CSS_SELECTOR, "section.egalement li a")
    link.click()
    arrive(browser, "/document/")
    back = texts(browser, "section.egalement li")
    assert any("Labo Cités" in o for o in back)  # the other copy names this one


def test_gone_document_opens_its_kept_copy_at_the_page(browser, browser_js, corpus, gone_site):
    sha, _ = file_of(corpus, COFABRIK_PDF)
    browser.get(f"{gone_site}/document/{document_id(COFABRIK)}?q=pluriannuelles")
    shots(browser, "record-3-document-retire")
    notice = browser.find_element(By.CSS_SELECTOR, "p.avis").text
    assert "n'est plus en ligne sur le site d'origine" in notice and "404" not in notice
    assert "Copie conservée le" in browser.find_element(By.CSS_SELECTOR, "p.copie").text
    page = browser.find_element(By.CSS_SELECTOR, "a.lien-page")
    href = page.get_attribute("href")
    assert href == f"{gone_site}/fichier/{sha}#page=3"
    browser_js.get(f"{gone_site}/document/{document_id(COFABRIK)}?q=pluriannuelles")
    browser_js.find_element(By.CSS_SELECTOR, "a.lien-page").click()
    arrive(browser_js, "#page=3")
    time.sleep(2)  # the viewer draws the page after the load event
    browser_js.save_screenshot(str(ARTIFACTS / "record-4-copie-page-3.png"))
    with OPENER.open(href.split("#")[0], timeout=20) as response:
        assert response.headers["Content-Type"] == "application/pdf"
        assert hashlib.sha256(response.read()).hexdigest() == sha
