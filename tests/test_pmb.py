"""The PMB platform on the Cosoter replica: OAI-PMH first, the OPAC when no connector answers,
record pages read as label -> value rows, digital documents as attachments."""

import json
from types import SimpleNamespace

import pytest
import sqlite_utils

from crawlers.pipelines import NormalisePipeline
from crawlers.readers.pmb import digital_documents, read_record_page
from crawlers.spiders.cosoter import CosoterSpider
from db.build import resolve_links, save_document
from db.schema import migrate
from tests.conftest import SITES
from tests.offline import fetch, run_spider
from tests.replica.sites import ReplicaApp, SiteStore

HOST = "cosoter-ressources.info"
EXPECTED = json.loads((SITES / HOST / "_expected.json").read_text())["documents"]
CONNECTOR = "/ws/connector_out.php?source_id=2&verb="


def crawl(tmp_path, routes=None, files=None, spider_cls=CosoterSpider):
    """Crawl Cosoter offline, with an overlay of routes and files laid over the replica."""
    overlay = tmp_path / "sites"
    (overlay / HOST).mkdir(parents=True)
    (overlay / HOST / "_site.json").write_text(json.dumps({"routes": routes or {}}))
    for name, text in (files or {}).items():
        (overlay / HOST / name).write_text(text)
    items, requested, spider = run_spider(spider_cls, [overlay, SITES], tmp_path / "cache")
    normalise = NormalisePipeline(SimpleNamespace(spider=spider))
    return {i["url"]: normalise.process_item(i) for i in items}, requested, spider


def assert_expected(items):
    assert sorted(items) == sorted(d["url"] for d in EXPECTED)
    for want in EXPECTED:
        got = items[want["url"]]
        assert (got["title"], got["date"], got["doc_type"], got["tags"]) == \
               (want["title"], want["date"], want["doc_type"], want["tags"]), want["url"]
        assert [a["url"] for a in got["attachments"]] == want["attachment_urls"]
        assert got["authors"] == want["authors"]


@pytest.fixture(scope="module")
def oai_crawl(tmp_path_factory):
    return crawl(tmp_path_factory.mktemp("oai"))


def test_oai_connector_serves_every_record_and_skips_the_deleted_one(oai_crawl):
    items, requested, spider = oai_crawl
    assert_expected(items)
    assert {i["channel"] for i in items.values()} == {"oai-pmh"}
    assert sum("verb=ListRecords" in u for u in requested) == 2  # resumptionToken paging
    assert not any("id=145" in u for u in requested)             # deleted header
    assert not any("more_results" in u for u in requested)       # no OPAC search needed
    assert spider.report.errors == []


def test_opac_fallback_when_no_oai_connector_answers(tmp_path):
    items, requested, spider = crawl(tmp_path, routes={CONNECTOR + "Identify": {"status": 404}})
    assert_expected(items)
    assert {i["channel"] for i in items.values()} == {"opac-listing"}
    assert sum("verb=Identify" in u for u in requested) == len(CosoterSpider.oai_source_ids)
    assert not any("ListRecords" in u for u in requested)
    assert spider.report.errors == []  # a missing connector is normal, not an error


def test_opac_fallback_when_the_connector_lists_nothing(tmp_path):
    error = ('<?xml version="1.0" encoding="UTF-8"?><OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">'
             '<error code="noRecordsMatch">Aucun enregistrement</error></OAI-PMH>')
    items, _, _ = crawl(tmp_path, routes={CONNECTOR + "ListRecords&metadataPrefix=oai_dc": {"body": error}})
    assert_expected(items)


def test_a_failing_resumption_page_is_an_error_and_keeps_the_first_page(tmp_path):
    token = [u for u in run_spider(CosoterSpider, [SITES], tmp_path / "c0")[1] if "resumptionToken" in u][0]
    route = token.split(HOST, 1)[1]
    items, requested, spider = crawl(tmp_path, routes={route: {"status": 500}})
    assert 0 < len(items) < len(EXPECTED)
    assert any(e["status"] == 500 for e in spider.report.errors)
    assert not any("more_results" in u for u in requested)


def test_a_repeated_resumption_token_ends_the_harvest(tmp_path):
    token = [u for u in run_spider(CosoterSpider, [SITES], tmp_path / "c0")[1] if "resumptionToken" in u][0]
    app = ReplicaApp(SiteStore([SITES], tmp_path / "c1"))
    first_page = fetch(app, f"https://{HOST}{CONNECTOR}ListRecords&metadataPrefix=oai_dc").text
    items, requested, spider = crawl(tmp_path, routes={token.split(HOST, 1)[1]: {"file": "first-page.xml"}},
                                     files={"first-page.xml": first_page})
    assert sum("resumptionToken" in u for u in requested) == 1
    assert len(items) == 5  # the first page's records, once each
    assert spider.report.errors == []


def test_opac_listing_is_paged_by_count_not_by_pager_links(tmp_path):
    class FivePerPage(CosoterSpider):
        opac_per_page = 5
    ids = [d["url"].rsplit("=", 1)[1] for d in EXPECTED]

    def listing(part):
        links = "".join(f'<a href="./index.php?lvl=notice_display&amp;id={i}">n°{i}</a>' for i in part)
        return f'<div id="resultatrech_see"><h3><b>{len(ids)}</b> résultat(s)</h3></div><div>{links}</div>'
    prefix = "index.php@lvl=more_results&mode=keyword&user_query=*&nb_per_page=5&page="
    items, requested, _ = crawl(tmp_path, routes={CONNECTOR + "Identify": {"status": 404}},
                                files={f"{prefix}1.html": listing(ids[:5]), f"{prefix}2.html": listing(ids[5:])},
                                spider_cls=FivePerPage)
    assert len(items) == len(EXPECTED)
    assert not any(u.endswith("page=3") for u in requested)


def test_catalogue_fields_are_kept(oai_crawl):
    items, _, _ = oai_crawl
    record = items[f"https://{HOST}/index.php?lvl=notice_display&id=125"]
    assert record["extra"] == {"editeur": "Labo Cités (Lyon)", "importance": "48 p.", "isbn": "978-2-9561234-2-7",
                               "langues": "Français (fre)", "type_catalogue": "Texte imprimé"}
    assert record["summary"].startswith("Ce guide aide les collectivités")
    assert "Descripteurs : Immobilier d'activité ; Développement économique" in record["body"]
    assert record["field_sources"]["date"] == "opac"
    collection = items[f"https://{HOST}/index.php?lvl=notice_display&id=112"]["extra"]["collection"]
    assert collection == "Les Echos de Labo Cités, n° 17"


def test_latin1_record_page_is_decoded(oai_crawl, tmp_path):
    app = ReplicaApp(SiteStore([SITES], tmp_path))
    response = fetch(app, f"https://{HOST}/index.php?lvl=notice_display&id=140")
    assert "iso-8859-1" in response.headers["Content-Type"].decode()
    assert "é".encode("latin-1") in response.body
    record = oai_crawl[0][response.url]
    assert record["title"] == "Les clauses sociales d'insertion : un levier pour l'emploi des habitants des quartiers"
    assert record["authors"] == ["Villes et Territoires Occitanie"]  # ", Auteur" dropped
    assert record["tags"] == ["Emploi", "Insertion professionnelle", "Marché public"]


def test_record_kept_from_dublin_core_when_its_page_fails(tmp_path):
    url = f"https://{HOST}/index.php?lvl=notice_display&id=178"
    items, _, spider = crawl(tmp_path, routes={url.split(HOST, 1)[1]: {"status": 500}})
    record = items[url]
    assert (record["title"], record["date"], record["tags"]) == \
           ("Les Cités de l'emploi : premier bilan en Centre-Val de Loire", "2022",
            ["Emploi", "Cités de l'emploi", "Orléans", "Chartres"])
    assert record["field_sources"]["title"] == "oai-dc"
    assert any(e["url"] == url for e in spider.report.errors)


def test_record_rows_read_across_templates():
    page = """<div id="resultatrech_liste"><table>
      <tr><td><b>Titre&nbsp;:</b></td><td>Guide <i>pratique</i></td></tr>
      <tr><td><b>Auteur(s) :</b></td><td>Dupont, Marie, Directeur de publication ; IREV, Auteur</td></tr>
      <tr><td>Mots-clés :</td><td>emploi / insertion</td></tr>
      <tr><td>Cote</td><td>Support</td><td>Disponibilité</td></tr>
      <tr><td>Titre :</td><td>second title row is ignored</td></tr></table></div>
      <table><tr><td>Résumé :</td><td>outside the record</td></tr></table>"""
    fields = read_record_page(page, f"https://{HOST}/index.php?lvl=notice_display&id=1")
    assert fields == {"title": "Guide pratique", "authors": ["Dupont, Marie", "IREV"],
                      "keywords": ["emploi", "insertion"]}


def test_digital_documents_one_per_explnum_without_thumbnails():
    fragment = f"""<a href="https://{HOST}/doc_num.php?explnum_id=7#search=%22x%22" title="Guide - application/pdf">
      <img src="https://{HOST}/vig_num.php?explnum_id=7" /></a> Guide
      <a href="https://{HOST}/doc_num.php?explnum_id=7">Guide</a>
      <a href="https://{HOST}/vig_num.php?explnum_id=8">vignette</a>
      <a href="https://{HOST}/doc_num_data.php?explnum_id=9">Annexe</a>"""
    assert digital_documents(fragment, f"https://{HOST}/") == [
        {"url": f"https://{HOST}/doc_num.php?explnum_id=7", "label": "Guide"},
        {"url": f"https://{HOST}/doc_num_data.php?explnum_id=9", "label": "Annexe"}]


def test_online_resources_join_the_documents_of_other_sources(oai_crawl, tmp_path):
    items = list(oai_crawl[0].values())
    for host in ("www.irev.fr", "www.labo-cites.org"):
        items += crawled(spider_for(host), tmp_path)
    db = sqlite_utils.Database(memory=True)
    migrate(db)
    for item in items:
        save_document(db, dict(item), "2024-01-01T00:00:00Z")
    resolve_links(db)
    joined = {r["url"] for r in db.query("select url from document_links where target_id is not null")}
    wanted = {link for d in EXPECTED for link in d["links"]}
    assert wanted and wanted <= joined


def spider_for(host):
    from crawlers.registry import spider_classes
    return next(cls for cls in spider_classes().values() if host in cls.hosts)


def crawled(spider_cls, tmp_path):
    items, _, spider = run_spider(spider_cls, [SITES], tmp_path / spider_cls.name)
    normalise = NormalisePipeline(SimpleNamespace(spider=spider))
    return [normalise.process_item(i) for i in items if i.get("title")]
