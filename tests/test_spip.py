"""SPIP specifics: URL kinds, `debut_<loop>` pagers, article pages told apart by their body
class, rubriques from the breadcrumb, and one offline crawl of the Profession Banlieue replica."""

import pytest
from scrapy.http import HtmlResponse, Request

from crawlers.extensions import Report
from crawlers.platforms.spip import SpipSpider, _offset
from crawlers.spiders.profession_banlieue import ProfessionBanlieueSpider
from tests.conftest import SITES
from tests.offline import run_spider

BASE = "https://www.professionbanlieue.org"


@pytest.fixture
def spider():
    s = ProfessionBanlieueSpider()
    s.report = Report(s.name, "test")
    return s


def response(url, body, request=None):
    return HtmlResponse(url=url, body=body.encode(), encoding="utf-8", request=request or Request(url))


@pytest.mark.parametrize("path, is_item", [
    ("/Saint-Denis-une-regie-de-quartier", True),          # an article ("URLs propres")
    ("/Un-article-en-propres2.html", True),
    ("/-Une-rubrique-", False), ("/+-Emploi-+", False), ("/_Jean-Dupont_", False), ("/@Un-site@", False),
    ("/spip.php?article12", False),                        # shortlink: redirects to the clean URL
    ("/spip.php?page=backend", False), ("/IMG/pdf/fiche.pdf", False), ("/robots.txt", False),
    ("/Les-fiches-experience", False),                     # a listing of the source, unmarked
    ("/Les-fiches-experience?debut_autres_articles=10", False),
])
def test_item_urls(spider, path, is_item):
    assert spider.is_item_url(BASE + path) is is_item


PAGER = """<html><body class="page_rubrique"><div id="content"><ul class="liste-items"></ul>
<p class="pagination"><span class="pages">{main}</span></p></div>
<div class="aside"><p class="pagination"><a href="Les-fiches-experience?debut_breves=5#pagination_breves"
 class="lien_pagination">2</a></p></div></body></html>"""


def pager(current, pages, step=10):
    links = []
    for n in range(pages):
        if n * step == current:
            links.append(f'<strong class="on">{n + 1}</strong>')
        else:
            links.append(f'<a href="Les-fiches-experience?debut_autres_articles={n * step}#pagination_autres_articles" '
                         f'class="lien_pagination" rel="nofollow">{n + 1}</a>')
    return PAGER.format(main=" | ".join(links))


@pytest.mark.parametrize("url, current, expected", [
    (f"{BASE}/Les-fiches-experience", 0, "=10"),
    (f"{BASE}/Les-fiches-experience?debut_autres_articles=10", 10, "=20"),
    (f"{BASE}/Les-fiches-experience?debut_autres_articles=20", 20, None),  # the last page
])
def test_next_page_is_the_nearest_further_offset_of_our_loop(spider, url, current, expected):
    nxt = spider.next_page(response(url, pager(current, 3)))
    if expected is None:
        assert nxt is None
    else:
        assert nxt == f"{BASE}/Les-fiches-experience?debut_autres_articles{expected}"  # no #anchor


def test_a_sidebar_pager_of_another_loop_is_not_followed(spider):
    only_sidebar = PAGER.format(main='<strong class="on">1</strong>')
    assert spider.next_page(response(f"{BASE}/Les-fiches-experience", only_sidebar)) is None


def test_rel_next_counts_when_it_pages_our_loop():
    page = '<a rel="next" href="Actus?debut_articles=12">Suivant</a>'
    assert SpipSpider(name="spip").next_page(response(f"{BASE}/Actus", page)).endswith("?debut_articles=12")


def test_offset():
    assert _offset(f"{BASE}/x?debut_autres_articles=30", r"debut_\w+") == 30
    assert _offset(f"{BASE}/x?page=2", r"debut_\w+") is None


ARTICLE = """<html><head><title>{title} - Profession Banlieue</title></head>
<body class="pas_surlignable {kind}"><div id="content" class="content hentry">
<p class="arbo"><a href="https://www.professionbanlieue.org/">Accueil</a> &gt; <a href="-Le-centre-">{rubrique}</a>
 &gt; <strong class="on">{title}</strong></p>
<div class="cartouche"><h1 class="surlignable">{title}</h1>
<p class="info-publi"><abbr class="published" title="2021-03-15T08:00:00Z">lundi 15 mars 2021</abbr></p></div>
<div class="surlignable"><div class="chapo"><p>Un chapô assez long pour faire un résumé de la fiche.</p></div>
<div class="texte"><p>La ville de Saint-Denis et ses partenaires ont lancé le projet.</p></div></div>
</div></body></html>"""


def parse(spider, kind="page_article", rubrique="Les fiches expérience"):
    url = f"{BASE}/Une-fiche"
    body = ARTICLE.format(kind=kind, rubrique=rubrique, title="Une fiche")
    return list(spider.parse_page(response(url, body), channel="sitemap", hints={}))


def test_an_article_takes_its_type_and_rubrique_from_the_breadcrumb(spider):
    [item] = parse(spider)
    assert item["doc_type"] == "fiche expérience" and item["field_sources"]["doc_type"] == "rubrique"
    assert item["extra"] == {"rubrique": "Les fiches expérience"}
    assert item["date"] == "2021-03-15" and item["title"] == "Une fiche"
    assert "Saint-Denis" in item["body"]


@pytest.mark.parametrize("kind", ["page_rubrique", "page_sommaire", "page_mot"])
def test_pages_that_are_not_articles_are_skipped(spider, kind):
    assert parse(spider, kind=kind) == []
    assert spider.report.skipped == {"SPIP page that is not an article": 1}


def test_articles_of_an_excluded_rubrique_are_skipped(spider):
    assert parse(spider, rubrique="Le centre de ressources") == []


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    items, requested, _ = run_spider(ProfessionBanlieueSpider, [SITES], tmp_path_factory.mktemp("cache"))
    return {i["url"]: i for i in items}, requested


def test_crawl_pages_the_listing_and_never_requests_shortlinks_or_sidebar_pagers(crawl):
    _, requested = crawl
    assert f"{BASE}/Les-fiches-experience?debut_autres_articles=3" in requested
    assert f"{BASE}/Les-fiches-experience?debut_autres_articles=6" in requested
    assert f"{BASE}/spip.php?page=backend&id_rubrique=5" in requested
    assert not [u for u in requested if "spip.php?article" in u or "debut_breves" in u]
    assert f"{BASE}/Les-fiches-experience?debut_autres_articles=0" not in requested  # page 1 again


def test_crawl_reads_latin1_pages_with_entities_and_raw_windows_1252(crawl):
    items, _ = crawl
    assert items[f"{BASE}/Saint-Denis-une-regie-de-quartier-pour-l-emploi-des-habitants"]["title"] == \
        "Saint-Denis : une régie de quartier pour l’emploi des habitants"
    legacy = items[f"{BASE}/Bobigny-un-chantier-d-insertion-dans-la-renovation-urbaine"]
    assert legacy["title"] == "Bobigny : un chantier d’insertion dans la rénovation urbaine"
    assert "second œuvre" in legacy["body"] and "\ufffd" not in legacy["body"]
