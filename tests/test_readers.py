"""Readers apart from spiders: a page in, fields with evidence out, no Scrapy state. The
configured selectors are hints: a generic reading beside them wins when they read too little,
and every document link of the main content is an attachment whatever its markup."""

from scrapy.http import HtmlResponse

from crawlers.readers import GenericSiteReader, PageReader, SpipReader
from crawlers.spiders.irev import IrevSpider
from crawlers.spiders.pqn_a import PqnaSpider
from crawlers.spiders.profession_banlieue import ProfessionBanlieueSpider
from tests.conftest import SITES

PARAGRAPH = ("Les associations de proximité ont été en première ligne pendant la crise : distribution "
             "alimentaire, maintien du lien avec les familles, accompagnement scolaire à distance. ")
# PQN-A's article in another theme: the configured `.lead, .body` now names only the lead.
RENAMED = f"""<html><head><title>Une analyse</title></head><body>
<header><nav><a href="/fr/">Accueil</a></nav></header>
<div class="resource-page"><h1>Une analyse</h1><p class="date">Publié le 15/03/2021</p>
<div class="lead"><p>Un an après le premier confinement, PQN-A a interrogé une vingtaine d’acteurs.</p></div>
<div class="article-text"><div class="inner">{"<p>" + PARAGRAPH * 3 + "</p>"}{"<p>" + PARAGRAPH * 2 + "</p>"}</div></div>
<div class="actions"><a class="btn btn-download" href="/fr/ressources/analyses/une-analyse/etude.pdf">Télécharger</a>
<button data-href="/docs/annexe.pdf">Annexe</button></div></div>
<footer><a href="/fr/mentions-legales.pdf">Mentions</a></footer></body></html>"""
URL = "https://pqn-a.fr/fr/ressources/analyses/une-analyse"


def response(url, body, encoding="utf-8"):
    return HtmlResponse(url, body=body.encode(encoding) if isinstance(body, str) else body, encoding=encoding)


def test_a_reader_needs_no_spider_instance_nor_crawl():
    fields = GenericSiteReader(PqnaSpider).read(response(URL, RENAMED))
    assert fields["title"] == "Une analyse" and fields["date"] == "2021-03-15"
    assert fields["url"] == URL


def test_the_fuller_generic_body_wins_over_a_selector_that_kept_only_the_lead():
    fields = GenericSiteReader(PqnaSpider).read(response(URL, RENAMED))
    assert PARAGRAPH.strip() in fields["body"] and len(fields["body"]) > 500
    evidence = fields["field_sources"]["body"]
    assert evidence.startswith("generic:") and "configured selector:.lead, .body gave" in evidence
    assert fields["body_generic_chars"] >= len(fields["body"]) - 5


def test_attachments_are_every_document_link_of_the_main_content_whatever_its_markup():
    fields = GenericSiteReader(PqnaSpider).read(response(URL, RENAMED))
    urls = [a["url"] for a in fields["attachments"]]
    assert "https://pqn-a.fr/fr/ressources/analyses/une-analyse/etude.pdf" in urls
    assert "https://pqn-a.fr/docs/annexe.pdf" in urls
    assert "https://pqn-a.fr/fr/mentions-legales.pdf" not in urls  # the footer is not the content


def test_a_body_the_selectors_read_well_keeps_its_selector_evidence():
    page = SITES / "www.irev.fr" / "thematiques" / "developpement-economique" / "fiche-experience-la-cofabrik.html"
    url = "https://www.irev.fr/thematiques/developpement-economique/fiche-experience-la-cofabrik"
    fields = PageReader(IrevSpider).read(response(url, page.read_bytes()))
    assert fields["field_sources"]["body"] == "selector:.field-name-body"
    assert 0 < len(fields["body"]) <= fields["body_generic_chars"]
    assert fields["attachments"]


def test_the_spip_reader_gives_the_rubrique_and_its_type():
    page = SITES / "www.professionbanlieue.org" / "Aubervilliers-une-couveuse-pour-les-createurs-des-quartiers.html"
    url = "https://www.professionbanlieue.org/Aubervilliers-une-couveuse-pour-les-createurs-des-quartiers"
    fields = SpipReader(ProfessionBanlieueSpider).read(response(url, page.read_bytes(), "latin-1"))
    assert fields["extra"]["rubrique"] and fields["field_sources"]["doc_type"] == "rubrique"


def test_the_pmb_and_umap_readers_need_no_spider_either():
    import json

    from crawlers.readers import PmbRecordReader, UmapFeatureReader
    from crawlers.spiders.umap_club_dev_eco import UmapClubDevEcoSpider
    record = SITES / "cosoter-ressources.info" / "index.php@lvl=notice_display&id=131.html"
    url = "https://cosoter-ressources.info/index.php?lvl=notice_display&id=131"
    fields = PmbRecordReader().read(response(url, record.read_bytes()))
    assert fields["title"] and fields["attachments"]
    data = json.loads((SITES / "umap.openstreetmap.fr" / "data" / "umap_backup_club-dev-eco.umap.json").read_text())
    layer = data["layers"][0]
    feature = next(f for f in layer["features"] if (f.get("properties") or {}).get("name"))
    fields = UmapFeatureReader(UmapClubDevEcoSpider).read(feature, "Commerce")
    assert fields["title"] == feature["properties"]["name"].strip() and fields["latitude"] is not None
    assert fields["tags"] == ["Commerce"] and fields["field_sources"]["title"] == "umap:name"
