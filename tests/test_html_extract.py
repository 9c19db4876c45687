"""HTML evidence: metadata with provenance, main content, plain text, links, decoding, cleaning.

Saved pages live in tests/fixtures/html/ with their expected output in expected.json: one test
per (page, metadata field), plus "must contain / must not contain" snippets of the main text.
"""

import json
from pathlib import Path

import pytest

from extract.clean import clean_text, collapse_ws
from extract.html import (FIELDS, LIST_FIELDS, decode_html, html_to_text, is_document_url, is_listing,
                          links, main_content, page_metadata)

FIXTURES = Path(__file__).parent / "fixtures" / "html"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
PAGES = sorted(EXPECTED)


def load(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


_metadata_cache: dict[str, dict] = {}


def metadata_of(name: str) -> dict:
    if name not in _metadata_cache:
        _metadata_cache[name] = page_metadata(load(name), EXPECTED[name]["url"])
    return _metadata_cache[name]


def main_text(name: str) -> tuple[str, str]:
    fragment, how = main_content(load(name))
    return html_to_text(fragment), how


# Saved pages -----------------------------------------------------------------------------------

def test_every_fixture_page_has_expectations():
    assert sorted(p.name for p in FIXTURES.glob("*.html")) == PAGES


@pytest.mark.parametrize("page, field", [(p, f) for p in PAGES for f in FIELDS])
def test_metadata_field(page, field):
    meta = metadata_of(page)
    expected = EXPECTED[page]["metadata"].get(field)
    if expected is None:
        assert meta[field] == ([] if field in LIST_FIELDS else None)
        assert field not in meta["sources"]
    else:
        value, source = expected
        assert meta[field] == value
        assert meta["sources"][field] == source


@pytest.mark.parametrize("page", PAGES)
def test_main_content_method(page):
    assert main_text(page)[1] == EXPECTED[page]["main"]["how"]


@pytest.mark.parametrize("page", PAGES)
def test_main_content_must_contain(page):
    text, _ = main_text(page)
    missing = [s for s in EXPECTED[page]["main"]["contains"] if s not in text]
    assert not missing, f"missing {missing} in:\n{text}"


@pytest.mark.parametrize("page", PAGES)
def test_main_content_must_not_contain(page):
    text, _ = main_text(page)
    present = [s for s in EXPECTED[page]["main"]["not_contains"] if s in text]
    assert not present, f"boilerplate {present} in:\n{text}"


@pytest.mark.parametrize("page", PAGES)
def test_documents_linked_from_main_content(page):
    fragment, _ = main_content(load(page))
    found = [url for url, _ in links(fragment, EXPECTED[page]["url"]) if is_document_url(url)]
    assert found == EXPECTED[page]["documents"]


# Metadata details ------------------------------------------------------------------------------

def test_candidates_keep_every_source_in_order():
    candidates = metadata_of("villes-au-carre-wordpress.html")["candidates"]
    title = "31 mai : assemblée générale de Villes au Carré à Orléans"
    assert candidates["title"] == [(title, "meta:og:title"), (title, "jsonld"), (title, "title-tag"), (title, "h1")]
    assert ("2022-08-09T10:00:00+02:00", "time") in candidates["published"]
    assert ("2022-08-09T08:00:00+00:00", "jsonld") in candidates["published"]
    assert ("2022-08-10T16:21:07+02:00", "time") in candidates["modified"]
    assert ("admin_vac", "jsonld") in candidates["authors"]  # resolved through the @id reference
    assert ("Villes au Carré", "jsonld") in candidates["site_name"]
    assert ("Article", "jsonld") in candidates["type"]
    assert candidates["lang"][0] == ("fr-FR", "html-lang")


def test_title_prefix_site_name_removed_using_h1():
    candidates = metadata_of("pqn-a-custom.html")["candidates"]["title"]
    assert ("Les quartiers face à la crise sanitaire : premiers enseignements", "title-tag") in candidates


def test_broken_jsonld_is_ignored_and_repairable_one_read():
    meta = metadata_of("pqn-a-custom.html")
    assert ("NewsArticle", "jsonld") in meta["candidates"]["type"]


def test_jsonld_list_and_author_objects():
    html = """<html><head><script type="application/ld+json">[
      {"@type": "WebSite", "name": "RésO Villes"},
      {"@type": ["Report", "CreativeWork"], "name": "Étude Bouletterie", "dateCreated": "2016-11-02",
       "author": {"@type": "Person", "name": "Jeanne Martin"}, "keywords": ["emploi", "entrepreneuriat"]}
    ]</script></head><body><p>x</p></body></html>"""
    meta = page_metadata(html, "https://resovilles.com/etude")
    assert meta["title"] == "Étude Bouletterie"
    assert meta["published"] == "2016-11-02"
    assert meta["authors"] == ["Jeanne Martin"]
    assert meta["tags"] == ["emploi", "entrepreneuriat"]
    assert meta["site_name"] == "RésO Villes"
    assert meta["sources"]["published"] == "jsonld"


@pytest.mark.parametrize("script", ["{not json", "", "null", "[1, 2]", '{"@graph": "oops"}', "<!-- -->"])
def test_unusable_jsonld_is_ignored(script):
    html = f'<html><head><title>Titre</title><script type="application/ld+json">{script}</script></head></html>'
    meta = page_metadata(html, "https://example.org/")
    assert meta["title"] == "Titre"


def test_dublin_core_and_meta_fallbacks():
    html = """<html lang="fr"><head>
      <meta name="DC.title" content="Rapport d'activité 2019">
      <meta name="DC.date" content="2020-04-01">
      <meta name="DC.creator" content="Trajectoire Ressources">
      <meta name="keywords" content="rapport, activité">
      <meta property="og:url" content="/rapport-2019">
    </head><body></body></html>"""
    meta = page_metadata(html, "https://ressources-ville.org/x")
    assert meta["title"] == "Rapport d'activité 2019" and meta["sources"]["title"] == "dc"
    assert meta["published"] == "2020-04-01" and meta["sources"]["published"] == "dc"
    assert meta["authors"] == ["Trajectoire Ressources"]
    assert meta["tags"] == ["rapport", "activité"] and meta["sources"]["tags"] == "meta:keywords"
    assert meta["canonical"] == "https://ressources-ville.org/rapport-2019"
    assert meta["sources"]["canonical"] == "meta:og:url"


def test_time_outside_main_content_is_ignored():
    html = """<html><body><div id="sidebar"><time datetime="2024-01-01">1er janvier</time></div>
      <main><p>Un texte assez long pour être le contenu principal de la page.</p>
      <time datetime="2023-05-04">4 mai 2023</time></main></body></html>"""
    meta = page_metadata(html, "https://example.org/")
    assert meta["candidates"]["published"] == [("2023-05-04", "time")]


def test_article_author_url_is_not_a_name():
    html = '<meta property="article:author" content="https://www.facebook.com/irev"><meta name="author" content="IREV">'
    assert page_metadata(html, "https://example.org/")["authors"] == ["IREV"]


def test_empty_page_metadata():
    meta = page_metadata(b"", "https://example.org/")
    assert {f: meta[f] for f in FIELDS} == {f: [] if f in LIST_FIELDS else None for f in FIELDS}
    assert meta["sources"] == {}


# Main content ----------------------------------------------------------------------------------

PAGE = """<html><body><nav><a href="/">Accueil</a></nav>
<div class="chapo"><p>Le chapô de l'article, assez long pour compter.</p></div>
<div class="texte"><p>Le texte de l'article, lui aussi assez long pour compter.</p></div>
<main><p>Le contenu de la balise main, qui sert par défaut.</p></main>
<footer>Pied de page</footer></body></html>"""


def test_caller_selectors_come_first():
    fragment, how = main_content(PAGE, [".texte"])
    assert how == "selector:.texte"
    assert html_to_text(fragment) == "Le texte de l'article, lui aussi assez long pour compter."


def test_selector_group_keeps_every_match_in_order():
    fragment, how = main_content(PAGE, [".chapo, .texte"])
    assert html_to_text(fragment).split("\n\n") == [
        "Le chapô de l'article, assez long pour compter.",
        "Le texte de l'article, lui aussi assez long pour compter."]


def test_selector_matching_nothing_falls_back():
    fragment, how = main_content(PAGE, [".field-name-body", ".entry-content"])
    assert how == "default:main"
    assert "balise main" in html_to_text(fragment)


def test_selector_matching_only_chrome_falls_back():
    fragment, how = main_content(PAGE, ["nav"])
    assert how == "default:main"


def test_page_without_text():
    assert main_content("<html><body><nav><a href='/'>Accueil</a></nav></body></html>") == (None, "none")
    assert main_content("") == (None, "none")


def test_form_wrapping_the_whole_page_is_kept():
    html = """<html><body><form id="aspnetForm" action="default.aspx">
      <div id="centre"><p>Le centre de ressources accompagne les professionnels de la politique de la ville
      depuis 1995, par des formations, des rencontres et des publications.</p></div>
      <input type="hidden" name="__VIEWSTATE" value="x"></form></body></html>"""
    fragment, how = main_content(html)
    assert "accompagne les professionnels" in html_to_text(fragment)


def test_small_search_form_is_removed():
    html = """<html><body><main><form><label>Rechercher dans le site</label><input name="q"></form>
      <p>Le contenu principal de la page, avec assez de texte pour l'emporter.</p></main></body></html>"""
    fragment, _ = main_content(html)
    assert "Rechercher" not in html_to_text(fragment)


def test_article_header_is_kept_page_header_removed():
    html = """<html><body><header><p>Le bandeau du site avec son slogan</p></header>
      <article><header><h1>Titre</h1><p>Publié le 9 août 2022</p></header>
      <p>Le corps de l'article, assez long pour être retenu par défaut.</p></article></body></html>"""
    text = html_to_text(main_content(html)[0])
    assert text.startswith("Titre\n\nPublié le 9 août 2022")
    assert "bandeau" not in text


def test_default_candidate_with_most_prose_wins():
    html = """<html><body><div class="content"><a href="/a">Lien</a> <a href="/b">Autre lien</a> bloc</div>
      <div class="content"><p>Le vrai contenu de la page, avec des phrases et pas seulement des liens.</p></div>
      </body></html>"""
    fragment, how = main_content(html)
    assert how == "default:.content"
    assert "vrai contenu" in html_to_text(fragment)


def test_deeply_nested_tag_soup():
    html = "<html><body>" + "<div><font>" * 3000 + "<p>Un texte tout au fond de la soupe de balises.</p>" \
        + "</font></div>" * 3000 + "</body></html>"
    fragment, how = main_content(html)
    assert html_to_text(fragment) == "Un texte tout au fond de la soupe de balises."
    assert page_metadata(html, "https://example.org/")["title"] is None


# Plain text ------------------------------------------------------------------------------------

@pytest.mark.parametrize("fragment, expected", [
    ("<p>Un</p><p>Deux</p>", "Un\n\nDeux"),
    ("<div>Un<div>Deux</div>Trois</div>", "Un\n\nDeux\n\nTrois"),
    ("<p>Ligne 1<br>Ligne 2<br/>Ligne 3</p>", "Ligne 1\nLigne 2\nLigne 3"),
    ("<p>Un<br><br>Deux</p>", "Un\n\nDeux"),
    ("<ul><li>un</li><li>deux</li></ul>", "- un\n- deux"),
    ("<p>Avant</p><ol><li>un</li><li>deux</li></ol><p>Après</p>", "Avant\n\n- un\n- deux\n\nAprès"),
    ("<ul><li><p>un</p></li><li>deux<ul><li>deux bis</li></ul></li></ul>", "- un\n- deux\n- deux bis"),
    ("<p>L&#8217;&eacute;t&eacute; &amp; l&rsquo;hiver&nbsp;: 10&nbsp;%</p>", "L’été & l’hiver : 10 %"),
    ("<p>  des   espaces \n\t multiples  </p>", "des espaces multiples"),
    ("<p>du <b>gras</b> et de l'<i>italique</i>, <a href='x'>un lien</a>.</p>", "du gras et de l'italique, un lien."),
    ("<h2>Titre</h2><p>Texte</p>", "Titre\n\nTexte"),
    ("<table><tr><th>Titre :</th><td>Valeur</td></tr><tr><td>A</td><td>B</td></tr></table>", "Titre : Valeur\nA B"),
    ("<dl><dt>Auteur</dt><dd>IREV</dd></dl>", "Auteur\nIREV"),
    ("<pre>  code\n    indenté</pre>", "code\nindenté"),
    ("<p>Texte<script>var x = 1;</script><style>p{}</style></p>", "Texte"),
    ("<p>Texte<!-- commentaire --> suite</p>", "Texte suite"),
    ("<p>ﬁn de l’eﬀort</p>", "fin de l’effort"),
    ("<p>con\u00adtinu</p>", "continu"),
    ("Texte sans balise", "Texte sans balise"),
    ("", ""),
    (None, ""),
])
def test_html_to_text(fragment, expected):
    assert html_to_text(fragment) == expected


def test_html_to_text_of_a_whole_page_skips_head():
    assert html_to_text("<html><head><title>Titre</title></head><body><p>Corps</p></body></html>") == "Corps"


# Links -----------------------------------------------------------------------------------------

def test_links_absolute_labelled_deduplicated():
    fragment = """
      <a href="/fr/ressources">Ressources</a>
      <a href="doc.pdf">Le document</a>
      <a href="https://other.org/x#section">Ailleurs</a>
      <a href="https://other.org/x">Doublon</a>
      <a href="#haut">Haut de page</a>
      <a href="mailto:contact@irev.fr">Écrire</a>
      <a href="javascript:void(0)">JS</a>
      <a href="tel:0320123456">Appeler</a>
      <a href=" /avec espace.pdf
      ">Espace</a>
      <a href="/titre" title="Par le titre"></a>
      <a href="/image"><img src="i.png" alt="Par l'image"></a>
      <a href="/vide"></a><a href="/vide">Libellé trouvé ensuite</a>
    """
    assert links(fragment, "https://pqn-a.fr/fr/actualites/articles/x") == [
        ("https://pqn-a.fr/fr/ressources", "Ressources"),
        ("https://pqn-a.fr/fr/actualites/articles/doc.pdf", "Le document"),
        ("https://other.org/x", "Ailleurs"),
        ("https://pqn-a.fr/avec%20espace.pdf", "Espace"),
        ("https://pqn-a.fr/titre", "Par le titre"),
        ("https://pqn-a.fr/image", "Par l'image"),
        ("https://pqn-a.fr/vide", "Libellé trouvé ensuite"),
    ]


def test_links_honour_base_href():
    html = '<html><head><base href="https://www.villesetterritoireslr.fr/site2015/wordpress/"></head>' \
           '<body><a href="wp-content/uploads/2018/06/x.pdf">x</a></body></html>'
    assert links(html, "https://www.villesetterritoireslr.fr/category/nos-actions/") == [
        ("https://www.villesetterritoireslr.fr/site2015/wordpress/wp-content/uploads/2018/06/x.pdf", "x")]


@pytest.mark.parametrize("url", [
    "https://www.villesaucarre.org/wp-content/uploads/2019/03/Pole-ESS-DesIdeesPourDemainVF.pdf",
    "https://example.org/Rapport.PDF",
    "https://example.org/rapport.pdf?ver=2#page=3",
    "https://example.org/compte-rendu.docx", "https://example.org/compte-rendu.doc",
    "https://example.org/programme.odt", "https://example.org/diaporama.pptx",
    "https://example.org/diaporama.ppt", "https://example.org/donnees.xlsx",
    "https://example.org/donnees.xls", "https://example.org/donnees.ods",
    "https://cosoter-ressources.info/opac_css/doc_num_data.php?explnum_id=321",
    "https://cosoter-ressources.info/opac_css/doc_num.php?explnum_id=321",
    "https://www.professionbanlieue.org/IMG/pdf/fiche_regie.pdf",
    "https://www.professionbanlieue.org/IMG/pdf/fiche_sans_extension",
    "https://www.labo-cites.org/system/files/documents/publications/2018-06/LesEchos.pdf",
    "https://www.labo-cites.org/system/files/documents/123",
    "https://www.irev.fr/sites/default/files/atoms/files/parcours",
    "https://example.org/fichier%20avec%20espace.pdf",
])
def test_is_document_url(url):
    assert is_document_url(url)


@pytest.mark.parametrize("url", [
    "https://www.irev.fr/thematiques/renouvellement-urbain/retour-sur-le-pop",
    "https://example.org/page.html", "https://example.org/page.php?file=x.pdf",
    "https://example.org/pdf/", "https://example.org/publications-pdf",
    "https://www.irev.fr/sites/default/files/styles/large/public/image.jpg",
    "https://www.irev.fr/sites/default/files/css/css_x.css",
    "https://www.professionbanlieue.org/IMG/jpg/photo.jpg",
    "https://cosoter-ressources.info/opac_css/vig_num.php?explnum_id=321",
    "https://cosoter-ressources.info/opac_css/index.php?lvl=notice_display&id=1",
    "", None,
])
def test_is_not_document_url(url):
    assert not is_document_url(url)


# Decoding --------------------------------------------------------------------------------------

def test_declared_utf8_but_cp1252_bytes():
    text = decode_html(load("cosoter-pmb-table.html"))
    assert "Développement économique" in text and "PMB Services – Cosoter" in text


def test_latin1_label_read_as_cp1252():
    text = decode_html(load("profession-banlieue-spip.html"))
    assert "l’emploi" in text and "cœur" in text


def test_single_byte_label_on_utf8_bytes():
    data = '<meta charset="iso-8859-1"><p>Été à Saint-Étienne</p>'.encode("utf-8")
    assert "Été à Saint-Étienne" in decode_html(data)


@pytest.mark.parametrize("data, expected", [
    ("<p>déjà du texte</p>", "déjà du texte"),
    (b"\xef\xbb\xbf<p>\xc3\xa9t\xc3\xa9</p>", "été"),
    ("<p>été</p>".encode("utf-16"), "été"),
    (b"<p>\xe9t\xe9</p>", "été"),
    (b'<?xml version="1.0" encoding="ISO-8859-15"?><p>\xa4</p>', "€"),
    (b'<meta charset="no-such-charset"><p>\xc3\xa9</p>', "é"),
    (b"<p>\x81\x8d</p>", "\x81\x8d"),
])
def test_decode_html(data, expected):
    assert expected in decode_html(data)


def test_http_header_charset_wins_over_guess():
    assert decode_html("<p>€</p>".encode("cp1252"), encoding="windows-1252") == "<p>€</p>"


def test_xml_declaration_page_parses():
    html = b'<?xml version="1.0" encoding="utf-8"?><html><head><title>T</title></head><body><p>Corps du texte suffisamment long.</p></body></html>'
    assert page_metadata(html, "https://example.org/")["title"] == "T"


# Text cleaning ---------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, expected", [
    ("e\u0301te\u0301", "été"),                        # NFC
    ("ﬁnancement ﬂuide eﬃcace", "financement fluide efficace"),
    ("dévelop\u00adpement", "développement"),
    ("10\u00a0%\u202f: oui", "10 % : oui"),
    ("a\u2009b\u2003c\td", "a b c d"),
    ("mot1    mot2", "mot1 mot2"),
    ("  ligne  \n  autre  ", "ligne\nautre"),
    ("a\n\n\n\n\nb", "a\n\nb"),
    ("a\r\nb\rc", "a\nb\nc"),
    ("a\u200bb\ufeffc", "abc"),
    ("a\x00b\x07c", "abc"),
    ("a\fb", "a\nb"),
    ("", ""),
    (None, ""),
])
def test_clean_text(raw, expected):
    assert clean_text(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("  Les Echos\n de  Labo\u00a0Cités \n", "Les Echos de Labo Cités"),
    ("Titre\n\n\nsur trois lignes", "Titre sur trois lignes"),
    ("", ""), (None, ""),
])
def test_collapse_ws(raw, expected):
    assert collapse_ws(raw) == expected


# Documents linked without a usable href ---------------------------------------------------------

def test_links_to_documents_behind_buttons_scripts_and_viewers():
    fragment = """
      <button data-href="/storage/cahier.pdf">Cahier des charges</button>
      <a href="javascript:void(0)" onclick="telecharger('/storage/formulaire.docx')">Formulaire</a>
      <a href="#" onclick="window.open('docs/etude.pdf','_blank'); return false;">Étude</a>
      <div class="card" data-url="https://example.org/fiche.pdf"><span>Fiche</span></div>
      <iframe src="/pdfjs/web/viewer.html?file=%2Fstorage%2Fbilan.pdf" title="Bilan"></iframe>
      <object data="/files/rapport.pdf" type="application/pdf"></object>
      <button data-href="/fr/contact">Contact</button>
      <a href="javascript:history.back()">Retour</a>
    """
    assert links(fragment, "https://example.org/fr/page") == [
        ("https://example.org/storage/cahier.pdf", "Cahier des charges"),
        ("https://example.org/storage/formulaire.docx", "Formulaire"),
        ("https://example.org/fr/docs/etude.pdf", "Étude"),
        ("https://example.org/fiche.pdf", "Fiche"),
        ("https://example.org/storage/bilan.pdf", "Bilan"),
        ("https://example.org/files/rapport.pdf", ""),
    ]


def test_document_buttons_survive_the_removal_of_chrome():
    html = """<html><body><main><p>Le texte de la page, assez long pour être le contenu principal.</p>
      <button data-href="/storage/cahier.pdf">Cahier des charges</button>
      <iframe src="/viewer.html?file=/storage/bilan.pdf" title="Bilan 2022"></iframe></main></body></html>"""
    fragment, _ = main_content(html)
    assert [url for url, _ in links(fragment, "https://example.org/")] == [
        "https://example.org/storage/cahier.pdf", "https://example.org/storage/bilan.pdf"]


# One document's page: what it says about other pages ------------------------------------------

ITEM_PAGE = """<html><body><main>
  <h1>Une régie de quartier à Besançon</h1>
  <p>La régie emploie quarante habitants du quartier de Planoise pour l'entretien des espaces
  extérieurs et la médiation, avec l'appui du bailleur et de la ville depuis 2012.</p>
  <div class="docs"><h2>Documents liés</h2><ul><li><a href="/files/fiche.pdf">La fiche</a></li></ul></div>
  <h2>À lire aussi</h2>
  <ul><li><a href="/fiche-a">Une épicerie solidaire à Dole</a></li><li><a href="/fiche-b">Un jardin à Sens</a></li></ul>
  <div class="more">
    <article><h3><a href="/x">Premier article récent</a></h3><p>Quelques lignes.</p></article>
    <article><h3><a href="/y">Deuxième article récent</a></h3><p>Quelques lignes.</p></article>
    <article><h3><a href="/z">Troisième article récent</a></h3><p>Quelques lignes.</p></article>
  </div>
  <div class="related-posts"><a href="/w">Un article lié</a></div>
</main></body></html>"""


def test_item_reading_drops_what_is_about_other_pages():
    text = html_to_text(main_content(ITEM_PAGE, item=True)[0])
    assert "quarante habitants" in text and "La fiche" in text  # files of the page stay
    for other in ("À lire aussi", "épicerie solidaire", "article récent", "Un article lié"):
        assert other not in text


def test_listing_reading_keeps_the_teasers():
    text = html_to_text(main_content(ITEM_PAGE)[0])
    assert "Premier article récent" in text and "À lire aussi" in text


def test_a_list_of_teasers_is_a_listing_a_document_with_one_is_not():
    teasers = "".join(f'<article><h2><a href="/a{i}">Actualité numéro {i} du centre</a></h2>'
                      f'<p>Le résumé de l\'actualité {i}.</p></article>' for i in range(6))
    assert is_listing(f"<html><body><main><h1>Actualités</h1>{teasers}</main></body></html>")
    assert not is_listing(ITEM_PAGE)
    article = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x"}</script>'
    assert not is_listing(f"<html><head>{article}</head><body><main>{teasers}</main></body></html>")
