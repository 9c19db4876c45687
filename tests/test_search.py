"""The French search: extract/french/, db/search.py, plugins/crpv_search.py and its feeds.

Unit tests on small in-memory corpora, then the real thing: the replica corpus built by the real
pipeline (the `corpus` and `datasette` fixtures of tests/conftest.py), with the relevance set
tests/relevance.json and the pages, feeds and exports a visitor gets over HTTP.
"""

import csv
import io
import json
import re
import sqlite3
import urllib.parse
import urllib.request
from pathlib import Path
from xml.etree import ElementTree as ET

import jsonschema
import pytest
import sqlite_utils

from db import search
from db.schema import migrate
from extract import french

ROOT = Path(__file__).resolve().parent.parent
RELEVANCE = json.loads((ROOT / "tests" / "relevance.json").read_text())["queries"]
FEED_SCHEMA = json.loads((ROOT / "tests" / "jsonfeed-1.1.schema.json").read_text())
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # replicas set proxies
ATOM = "{http://www.w3.org/2005/Atom}"


# ---------- extract/french/ ----------
@pytest.mark.parametrize("a,b", [
    ("commerces", "commerçant"), ("innovations", "innovante"), ("économiques", "économie"),
    ("economiques", "Économie"), ("activite", "activités"), ("coeur", "cœur"),
    # plurals and feminines Snowball keeps apart, joined by extract/french/stems.py (_base)
    ("emplois", "emploi"), ("créatrices", "créateur"), ("entrepreneuses", "entrepreneur"),
    ("active", "actif"), ("publiques", "public"), ("travaux", "travail"), ("enjeux", "enjeu"),
    ("numéros", "numéro"), ("vélos", "velo"), ("étrangère", "étranger"), ("lois", "loi"),
    # compounds: joined, hyphenated, dotted, with inner capitals
    ("coworking", "co-working"), ("autoentrepreneurs", "auto-entrepreneur"), ("covid19", "Covid-19"),
    ("QPV", "Q.P.V."), ("tiers-lieux", "tierslieu"), ("Cités", "CitésLab"),
])
def test_word_families_share_a_stem(a, b):
    assert set(french.stem_text(a).split()) & set(french.stem_text(b).split())


def test_compounds_add_their_joined_form_after_the_text():
    assert french.stem_text("Le co-working de Saint-Denis") == "ǂco ǂworking ǂsaint ǂden ǂcoworking ǂsaintden"
    assert french.stem_text("CitésLab, Q.P.V.") == "ǂciteslab ǂq ǂp ǂv ǂqpv ǂcit ǂlab"
    slug = "https://www.labo-cites.org/vaulx-en-velin-maintenir-le-commerce-de-proximite"
    assert "ǂvaulxenvelinmaintenirlecommercedeproximit" not in french.stem_text(slug)


def test_stem_text_drops_stop_words_and_folds():
    assert french.stem_text("L'Économie de la Ville") == "ǂeconom ǂvill"
    assert french.stem_text("") == french.stem_text(None) == ""


@pytest.mark.parametrize("query,expected", [
    ("commerces", '"ǂcommerc"'),
    ("activité", '("ǂactiv" OR "ǂactivit")'),  # Snowball with the accent, and without
    ('"boutique à l\'essai"', '"boutique a l essai"'),
    ("entrepre*", '"entrepre"*'),
    ("emploi -vidéo", '"ǂemploi" NOT "ǂvideo"'),
    ("emploi OU jeunes", '("ǂemploi") OR ("ǂjeun")'),
    ("politique de la ville", '"ǂpolit" AND "ǂvill"'),
    ("de la", '"de" AND "la"'),
    ("-seul", ""), ("", ""), ('"', ""), ("OR AND NOT", ""),
    # elisions, operators in French or English, in capitals or not
    ("l’emploi d'entreprises", '"ǂemploi" AND "ǂentrepris"'),
    ("emploi ou jeunes", '("ǂemploi") OR ("ǂjeun")'), ("emploi or jeunes", '("ǂemploi") OR ("ǂjeun")'),
    ("emploi sauf vidéo", '"ǂemploi" NOT "ǂvideo"'), ("emploi not vidéo", '"ǂemploi" NOT "ǂvideo"'),
    ("emploi and +jeunes", '"ǂemploi" AND "ǂjeun"'), ("emplois", '("ǂemploi" OR "ǂemplois")'),
    # quotes of every kind make a phrase; titre: and {title}: keep to titles
    ("« politique de la ville »", '"politique de la ville"'), ("“l’essai”", '"l essai"'),
    ("titre:emploi", '{title title_stem} : ("ǂemploi")'),
    ("{title}: \"boutique à l'essai\"", '{title title_stem} : ("boutique a l essai")'),
    # compounds: the joined word, or the parts near each other; dotted initials are one word
    ("Saint-Denis", '("ǂsaintden" OR NEAR("ǂsaint" "ǂden", 2))'),
    ("Vaulx-en-Velin", '("ǂvaulxenvelin" OR NEAR("ǂvaulx" "ǂvelin", 2))'),
    ("q.p.v.", '"ǂqpv"'), ("CitésLab", '("ǂciteslab" OR NEAR("ǂcit" "ǂlab", 2))'),
    # FTS5 and Lucene syntax read as words; a prefix needs three letters
    ("NEAR(emploi jeunes, 5)", '"ǂemploi" AND "ǂjeun"'), ("commerce^2 emploi~", '"ǂcommerc" AND "ǂemploi"'),
    ("ab*", '"ǂab"'), ("abc*", '"abc"*'), ("ǂcommerc", '"ǂcommerc"'),
])
def test_query_language(query, expected):
    assert french.to_match(french.parse(query)) == expected


def test_exclusions_alone_and_suggested_queries():
    assert french.exclusion(french.parse("-vidéo NOT jeunes")) == '"ǂvideo" OR "ǂjeun"'
    assert french.exclusion(french.parse("emploi -vidéo")) == ""
    query = french.parse('"cité de l\'emploi" Saint-Denis titre:bilan* -vidéo')
    assert french.unparse(query) == '"cité de l\'emploi" Saint-Denis titre:bilan* -vidéo'
    assert french.unparse(query, quotes=False) == "cité de l'emploi Saint-Denis titre:bilan* -vidéo"
    assert french.any_word(query) == '"cité de l\'emploi" OU Saint-Denis OU titre:bilan*'
    assert french.distance("entreprenariat", "entrepreneuriat") == 2
    assert french.distance("acceuil", "accueil") == 1 and "accueil" in french.edits("acceuil")


@pytest.mark.parametrize("query", [
    'a"b', "((", "l'", "NEAR(", "*", "-", "x OR", "OR x", "^abc", "col:val", "a AND", "😀 ville",
    "\"unterminated phrase", "{title}: x", "Saint-Denis", "1 000 €", "x* y* -z*",
    "titre:", "titre:-x y", '-titre:"a b" c', "NEAR(x y, 3", "x^", "~~", "a-", "-a-b-c", "Q.", "..",
    "x.y.z-w", "l'", "’’", "« »", "«", "x \u00ad\u200by", "ǂ", "x ou", "ou x", "sauf", "+-+x y",
])
def test_any_input_gives_a_valid_match_expression(query):
    conn = sqlite3.connect(":memory:")
    conn.execute(search.DOCUMENTS_SEARCH)
    conn.execute(search.PAGES_SEARCH)
    parsed = french.parse(query)
    for table, expression in [("documents_search", french.to_match(parsed)),
                              ("pages_search", french.to_match(parsed, columns=False)),
                              ("documents_search", french.exclusion(parsed)),
                              ("documents_search", french.proximity(parsed))]:
        if expression:
            conn.execute(f"select * from {table} where {table} match ?", [expression])


def test_snippet_highlights_every_form_and_phrases():
    text = ("Un texte d'introduction assez long pour être coupé. " * 10
            + "Ma boutique à l'essai aide les commerçants ; le commerce revit.")
    segments = french.snippet(text, french.parse('commerces "boutique à l\'essai"'))
    marked = [t for t, m in segments if m]
    assert marked == ["boutique", "à", "l", "essai", "commerçants", "commerce"]
    assert segments[0] == ("… ", False)
    assert "".join(t for t, _ in segments[1:]) in text


def test_snippet_without_match_is_the_start():
    assert french.snippet("Un texte court.", french.parse("absent")) == [("Un texte court.", False)]


# ---------- acronyms and their written-out forms (extract/french/acronyms.py) ----------
ACRONYMS = french.read_acronyms("""
version: 7
sigles:
  QPV: [quartier prioritaire de la politique de la ville, quartier prioritaire]
  ZFU: [zone franche urbaine]
  PVD: [Petites villes de demain]
""")
QPV = '("ǂqpv" OR NEAR("ǂquarti" "ǂprioritair", 2))'


@pytest.mark.parametrize("query,expected", [
    # the acronym, or its shortest form as a phrase of stems (the longer one holds it)
    ("QPV", QPV), ("q.p.v.", QPV), ("emploi qpv", f'"ǂemploi" AND {QPV}'),
    # a form typed keeps its own words (all of them, anywhere), or is the acronym
    ("quartiers prioritaires", '(("ǂquarti" AND "ǂprioritair") OR "ǂqpv")'),
    ("zone franche urbaine emploi", '(("ǂzon" AND "ǂfranch" AND "ǂurbain") OR "ǂzfu") AND "ǂemploi"'),
    ("quartier prioritaire de la politique de la ville",
     '(("ǂquarti" AND "ǂprioritair" AND "ǂpolit" AND "ǂvill") OR "ǂqpv" OR NEAR("ǂquarti" "ǂprioritair", 2))'),
    # excluded together; quotes, and words in another order, are as typed
    ("emploi -ZFU", '"ǂemploi" NOT ("ǂzfu" OR NEAR("ǂzon" "ǂfranch" "ǂurbain", 4))'),
    ("-QPV", ""), ('"QPV"', '"qpv"'), ('"quartier prioritaire"', '"quartier prioritaire"'),
    ("prioritaires quartiers", '"ǂprioritair" AND "ǂquarti"'),
    ("titre:QPV", f"{{title title_stem}} : ({QPV})"),
])
def test_acronyms_and_their_forms_are_searched_together(query, expected):
    assert french.to_match(french.expand(french.parse(query), ACRONYMS)[0]) == expected


def test_what_an_acronym_added_is_said():
    def used(q):
        return french.expand(french.parse(q), ACRONYMS)[1]
    assert used("QPV emploi") == [("QPV", ["quartier prioritaire de la politique de la ville",
                                           "quartier prioritaire"])]
    assert used("quartiers prioritaires") == [("quartiers prioritaires",
                                               ["QPV", "quartier prioritaire de la politique de la ville"])]
    assert used("petites villes de demain") == [("Petites villes de demain", ["PVD"])]
    assert used("-QPV") and used('"QPV"') == used("emploi") == []
    query, _ = french.expand(french.parse("-ZFU"), ACRONYMS)
    assert french.exclusion(query) == '("ǂzfu" OR NEAR("ǂzon" "ǂfranch" "ǂurbain", 4))'


def test_a_written_out_form_is_highlighted_with_its_morphology():
    query, _ = french.expand(french.parse("QPV"), ACRONYMS)
    text = "Un quartier de Lille. Les quartiers prioritaires de la ville ; le QPV du Blosne."
    assert [t for t, m in french.snippet(text, query) if m] == ["quartiers", "prioritaires", "QPV"]


def test_the_index_holds_an_acronym_for_its_written_out_forms():
    assert french.sigles("Les quartiers prioritaires de Lille", ACRONYMS) == ["ǂǂqpv"]
    assert french.sigles("Le Q.P.V. des Izards, la ZFU et les petites villes de demain",
                         ACRONYMS) == ["ǂǂpvd", "ǂǂqpv", "ǂǂzfu"]
    assert french.sigles("Prioritaires, les quartiers ; une zone franche ; qpv", ACRONYMS) == []
    assert french.stem_text_with(ACRONYMS)("Un quartier prioritaire") == "ǂquarti ǂprioritair ǂǂqpv"


PRIORITY = [(1, "labo", "Roubaix", "fiche", "2020-01-01", "Les quartiers prioritaires de Roubaix."),
            (2, "labo", "Lens", "fiche", "2020-01-02", "Un QPV de Lens."),
            (3, "labo", "Lille", "fiche", "2020-01-03",
             "Les quartiers de la ville ont des besoins que l'État juge prioritaires."),
            (4, "labo", "Tours", "fiche", "2020-01-04", "Le quartier Sanitas à Tours.")]


@pytest.mark.parametrize("indexed", [True, False])
def test_qpv_finds_the_quartiers_prioritaires_and_the_reverse(indexed):
    db = corpus_of(PRIORITY)
    search.rebuild(db)
    if not indexed:  # an index built with another version of the list: phrases checked instead
        db["search_index"].update("acronymes", {"value": "0"})
    results = search.find(db.conn, "QPV")
    assert {h.id for h in results.hits} == {1, 2}
    assert results.expansions == [("QPV", ["quartier prioritaire de la politique de la ville",
                                           "quartier prioritaire"])]
    assert [t for t, m in results.hits[0].snippet if m] in (["quartiers", "prioritaires"], ["QPV"])
    assert {h.id for h in search.find(db.conn, "quartiers prioritaires").hits} == {1, 2, 3}
    assert {h.id for h in search.find(db.conn, '"QPV"').hits} == {2}
    assert {h.id for h in search.find(db.conn, "-QPV").hits} == {3, 4}


@pytest.mark.parametrize("text,error", [
    ("sigles: {QPV: [quartier prioritaire]}", "version"),
    ("version: 1\nsigles: {QPV: [quartier]}", "QPV.*two words|QPV.*2 words"),
    ("version: 1\nsigles: {QPV: []}", "QPV"), ("version: 1\nsigles: [QPV]", "sigles"),
])
def test_a_wrong_acronym_list_is_a_clear_error(text, error):
    with pytest.raises(ValueError, match=error):
        french.read_acronyms(text)


def test_the_reference_acronym_list():
    listed = search.acronyms()
    assert listed.version and listed.entries
    required = {"QPV", "ESS", "NPNRU", "PNRU", "ANRU", "PRU", "CUCS", "ZFU", "ZUS", "ANCT", "EPCI",
                "TZCLD", "PLIE", "E2C", "EPIDE", "SIAE", "IAE", "CitésLab", "GPV", "DSU", "ADIE",
                "CLSM", "PVD", "CRPV", "RNCRPV"}
    assert required <= {e.acronym for e in listed.entries}
    qpv = next(e for e in listed.entries if e.acronym == "QPV")
    assert "quartier prioritaire de la politique de la ville" in qpv.forms


# ---------- snippets' text (extract/french/readable.py) ----------
def test_readable_text_has_no_furniture_and_says_each_sentence_once():
    text = "\n".join([
        "La Cofabrik accompagne les habitants des quartiers de Roubaix […]",  # the summary, cut
        "Actualité", "Accueil > Ressources > Fiches expérience", "Commerce",
        "Publié le 15/03/2021 | Temps de lecture : 2 min", "",
        "LA COFABRIK accompagne les habitants des quartiers de Roubaix depuis 2016 ! Elle compte "
        "quarante entrepreneurs.",
        "Le territoire",
        "Le 15 mars 2021, la ville a ouvert une boutique.",
        "elle  compte   quarante entrepreneurs", "Lire la suite", "Télécharger la fiche (PDF)"])
    assert french.readable(text, ["Commerce", "La Cofabrik"]).splitlines() == [
        "LA COFABRIK accompagne les habitants des quartiers de Roubaix depuis 2016 !",
        "Elle compte quarante entrepreneurs.", "Le territoire",
        "Le 15 mars 2021, la ville a ouvert une boutique."]


def test_an_abridged_summary_gives_way_to_the_whole_sentence():
    summary = "Le 8 février, RésO Villes propose aux coordinateurs des cités éducatives un webinaire"
    body = ("Le 8 février, RésO Villes propose aux coordinateurs des cités éducatives de Bretagne "
            "et des Pays de la Loire un webinaire d’échanges de pratiques sur la continuité éducative.")
    assert french.readable(summary + "\n" + body) == body
    different = ("Les habitants du quartier ont créé une association.\n"
                 "Les habitants du quartier ont ouvert une épicerie solidaire en 2020.\n"
                 "Le projet avance.\nLe projet avance vite cette année.")
    assert french.readable(different) == different  # other sentences; too short to be a cut one


# ---------- db/search.py on a small corpus ----------
DOCS = [
    # id, source, title, doc_type, date, body
    (1, "irev", "Les commerçants du centre", "étude", "2019-05-01", "Une étude sur la ville."),
    (2, "irev", "Rapport annuel", "étude", "2021-01-01", "On y parle aussi de commerce, une fois."),
    (3, "labo", "Jardins", "fiche", "2020-01-01", "Rien sur ce sujet."),
    (4, "labo", "Le commerce en quartier", "fiche", "2022-01-01", "Commerce, commerce."),
    (5, "labo", "Le commerce en quartier", "fiche", "2018-01-01", "Commerce, commerce."),
] + [(10 + i, "labo", f"Autre document {i}", "fiche", "2017-01-01", "Habitants.") for i in range(20)]
PDF_URL = "https://labo.example/rapport.pdf"


def corpus_of(docs: list[tuple]) -> sqlite_utils.Database:
    """An in-memory corpus of (id, source, title, doc_type, date, body) rows; search not built."""
    db = sqlite_utils.Database(memory=True)
    migrate(db)
    db["sources"].insert_all([{"slug": "irev", "name": "IREV", "region": "Hauts-de-France"},
                              {"slug": "labo", "name": "Labo Cités", "region": "Auvergne-Rhône-Alpes"}])
    db["documents"].insert_all({"id": i, "source": s, "url": f"https://x.fr/{i}", "title": t,
                                "doc_type": dt, "date": d, "year": int(d[:4]), "body": b}
                               for i, s, t, dt, d, b in docs)
    return db


@pytest.fixture
def small():
    db = corpus_of(DOCS)
    db["files"].insert({"sha256": "f" * 64, "first_url": PDF_URL})
    db["document_files"].insert({"document_id": 3, "url": PDF_URL, "sha256": "f" * 64,
                                 "label": "Le rapport"})
    db["pages"].insert_all([{"sha256": "f" * 64, "page": 1, "text": "Sommaire."},
                            {"sha256": "f" * 64, "page": 2, "text": "Les vitrines des commerçantes."}])
    search.rebuild(db)
    db.conn.row_factory = sqlite3.Row  # as on Datasette's connections
    return db.conn


def test_title_ranks_above_body_and_ties_go_to_the_newest(small):
    hits = search.find(small, "commerces").hits
    assert [h.id for h in hits][:3] == [4, 5, 1]  # same text: the newest first
    assert {h.id for h in hits[3:]} == {2, 3}  # in the body or a PDF only: after the titles


def test_a_word_only_in_a_pdf_names_its_page(small):
    hits = search.find(small, "vitrine").hits
    assert [h.id for h in hits] == [3]
    assert hits[0].pdf == {"url": PDF_URL, "label": "Le rapport", "page": 2}
    assert [t for t, m in hits[0].snippet if m] == ["vitrines"]


def test_facets_and_filters(small):
    results = search.find(small, "commerce")
    assert results.total == 5
    assert dict(results.facets["source"]) == {"labo": 3, "irev": 2}
    assert dict(results.facets["region"]) == {"Auvergne-Rhône-Alpes": 3, "Hauts-de-France": 2}
    assert [y for y, _ in results.facets["annee"]] == ["2022", "2021", "2020", "2019", "2018"]
    assert results.facets["theme"] == []  # no enrichment in this database
    irev = search.find(small, "commerce", {"source": "irev", "annee": "2019"})
    assert [h.id for h in irev.hits] == [1] and irev.total == 1
    assert search.find(small, "commerce", {"region": "Hauts-de-France"}).total == 2
    assert search.find(small, "commerce", {"theme": "Commerce"}).total == 0


def test_themes_facet_once_the_enrichment_exists(small):
    # The enrichment's table (db/enrich_schema.py); made here if the migrations do not make it.
    small.execute("create table if not exists document_themes (document_id int, theme text)")
    small.executemany("insert into document_themes (document_id, theme) values (?, ?)",
                      [(4, "Commerce de proximité"), (5, "Commerce de proximité")])
    results = search.find(small, "commerce")
    assert results.facets["theme"] == [("Commerce de proximité", 2)]
    assert search.find(small, "commerce", {"theme": "Commerce de proximité"}).total == 2


def test_no_words_lists_newest_first_and_pages(small):
    first = search.find(small, "", per_page=2)
    assert first.total == len(DOCS) and [h.id for h in first.hits] == [4, 2]
    assert [h.id for h in search.find(small, "", page=2, per_page=2).hits] == [3, 1]


def test_sql_functions_for_datasette(small):
    search.register_functions(small)
    ids = [r[0] for r in small.execute(
        "select rowid from documents_search where documents_search match crpv_match('commerçantes')")]
    assert sorted(ids) == [1, 2, 3, 4, 5]  # 3 through its PDF
    pages = small.execute("select count(*) from pages_search where pages_search match "
                          "crpv_match('commerçant')").fetchone()[0]
    assert pages == 1


# ---------- copies of one publication: one hit ----------
LETTER = "La lettre du Club Dév Eco fait le point sur l'emploi des jeunes et le commerce de proximité."
COPIES = [
    (1, "irev", "L'Eco des quartiers n°1", "publication", "2019-10-15", LETTER + " Avec l'IREV."),
    (2, "labo", "L'Eco des quartiers n°1 : la lettre", "publication", "2019-10-21", LETTER),
    (3, "reseau", "L'Eco des quartiers n°1", "publication", "2019-10-15", LETTER[:60]),
    (4, "labo", "Emploi des jeunes à Lyon", "fiche", "2020-01-01", "L'emploi des jeunes à Lyon."),
    (5, "irev", "Emploi des jeunes à Lille", "fiche", "2018-01-01", "L'emploi des jeunes à Lille."),
] + [(10 + i, "labo", f"Emploi {i}", "fiche", "2017-01-01", "Les jeunes et l'emploi.") for i in range(20)]


@pytest.fixture
def copies():
    db = corpus_of(COPIES)
    db["sources"].insert({"slug": "reseau", "name": "Réseau national", "region": None})
    db["files"].insert({"sha256": "e" * 64, "first_url": "https://labo.example/eco.pdf", "text_chars": 900})
    db["document_files"].insert({"document_id": 2, "url": "https://labo.example/eco.pdf", "sha256": "e" * 64})
    db["pages"].insert({"sha256": "e" * 64, "page": 1, "text": "L'Eco des quartiers : emploi des jeunes."})
    db["document_enrichment"].insert_all([{"document_id": i, "duplicate_group": 1} for i in (1, 2, 3)])
    search.rebuild(db)
    return db.conn


def test_copies_are_one_hit_the_best_first_naming_the_others(copies):
    results = search.find(copies, "emploi des jeunes", per_page=50)
    ids = [h.id for h in results.hits]
    # 2 holds the PDF (read and searchable); 1 and 3 are dated alike, 1 says more
    assert 2 in ids and not {1, 3} & set(ids) and results.total == len(ids) == 23
    letter = results.hits[ids.index(2)]
    # every copy is named, also 3 whose text, cut short, does not match
    assert letter.also == [{"id": 1, "source_name": "IREV"}, {"id": 3, "source_name": "Réseau national"}]
    assert search.find(copies, "emploi des jeunes", per_page=50, collapse=False).total == 24


def test_facets_count_publications_as_their_links_find_them(copies):
    results = search.find(copies, "emploi des jeunes")
    for name, values in results.facets.items():
        for value, count in values:
            assert search.find(copies, "emploi des jeunes", {name: value}).total == count, (name, value)
    # the letter counts under each centre of its matching copies (1 and 2), once in the total
    assert dict(results.facets["source"]) == {"labo": 22, "irev": 2} and results.total == 23
    irev = search.find(copies, "emploi des jeunes", {"source": "irev"})
    assert sorted(h.id for h in irev.hits) == [1, 5]  # among IREV's documents, its own copy


def test_pages_of_collapsed_results_hold_each_publication_once(copies):
    for newest in (False, True):
        pages = [search.find(copies, "jeunes", page=p, per_page=4, newest_first=newest) for p in range(1, 8)]
        seen = [h.id for r in pages for h in r.hits]
        assert len(seen) == len(set(seen)) == pages[0].total == 23


def test_a_copy_gone_from_its_site_gives_way(copies):
    copies.execute("update documents set gone_since = '2024-01-01' where id = 2")
    copies.commit()
    hits = search.find(copies, "Eco des quartiers").hits
    assert [h.id for h in hits] == [1] and [a["id"] for a in hits[0].also] == [3, 2]


# ---------- spellings the replica corpus does not hold ----------
VARIANTS = [(i, "labo", t, "fiche", f"2020-01-{i:02d}", b) for i, t, b in [
    (1, "Le co-working des Minguettes", "Un espace de co-working ouvre."),
    (2, "Un coworking au centre", "Le coworking solidaire."),
    (3, "Les auto-entrepreneurs des QPV", "Auto-entrepreneurs des quartiers prioritaires (QPV)."),
    (4, "Créer son entreprise en Q.P.V.", "Un guide pour les autoentrepreneurs."),
    (5, "Tiers-lieux et emplois", "Les tiers-lieux créent des emplois."),
    (6, "Pôle ESS", "Un emploi aidé pour les jeunes du quartier ; des ateliers et un pôle de services."),
    (7, "Accompagnement", "Les conseillers de Pôle emploi reçoivent les habitants."),
    (8, "Créatrices d'entreprises", "Les créatrices et entrepreneuses du quartier."),
]]


@pytest.fixture
def variants():
    db = corpus_of(VARIANTS)
    search.rebuild(db)
    return db.conn


def found(conn, q: str, filters: dict | None = None) -> list[int]:
    return [h.id for h in search.find(conn, q, filters).hits]


@pytest.mark.parametrize("a,b,expected", [
    ("co-working", "coworking", {1, 2}), ("auto-entrepreneur", "autoentrepreneurs", {3, 4}),
    ("QPV", "q.p.v.", {3, 4}), ("tiers-lieu", "tiers lieux", {5}), ("emploi", "emplois", {5, 6, 7}),
    ("créateur", "créatrice", {8}), ("entrepreneuse", "entrepreneurs", {3, 8}),
])
def test_spellings_of_one_word_find_the_same_documents(variants, a, b, expected):
    assert set(found(variants, a)) == set(found(variants, b)) == expected


def test_words_written_together_rank_first(variants):
    assert found(variants, "Pôle emploi")[0] == 7  # 6 has both words, apart (and pôle in its title)
    assert found(variants, "emploi pôle")[0] == 7


def test_exclusions_alone_list_every_other_document(variants):
    assert set(found(variants, "-coworking")) == {3, 4, 5, 6, 7, 8}
    search.register_functions(variants)
    left = {r[0] for r in variants.execute(
        "select id from documents where id not in (select rowid from documents_search "
        "where documents_search match crpv_exclude('-coworking'))")}
    assert left == {3, 4, 5, 6, 7, 8}


def test_a_query_that_finds_nothing_suggests_others(variants):
    def suggested(q, filters=None):
        results = search.find(variants, q, filters)
        assert results.total == 0
        return [(s.q, s.total, s.why, s.filters) for s in results.suggestions]
    assert suggested("coworkin") == [("coworking", 2, "orthographe", True)]
    assert suggested("tiers-lieux QPV") == [("tiers-lieux OU QPV", 3, "un des mots", True)]
    assert suggested('"pôle de l\'emploi"') == [("pôle de l'emploi", 2, "sans guillemets", True)]
    assert suggested("coworking", {"source": "irev"}) == [("coworking", 2, "sans filtres", False)]
    assert suggested("xyzzy") == []


def test_title_filter_and_pages_expression(variants):
    assert set(found(variants, "titre:emplois")) == {5}
    search.register_functions(variants)
    assert variants.execute("select crpv_match('titre:emploi', 'pages_search')").fetchone()[0] == '"ǂemploi"'


# ---------- the replica corpus, built by the real pipeline ----------
def _words(text: str) -> str:
    return " " + " ".join(french.words(french.fold(text or ""))) + " "


def relevant(case: dict, url: str, title: str, tags: str) -> bool:
    """As tests/relevance.json defines it: a judged document, or a title or source tag that
    names the subject."""
    named = _words(title + " " + " ".join(json.loads(tags or "[]")))
    return (any(part in url for part in case.get("documents", []))
            or any(_words(subject) in named for subject in case.get("subjects", [])))


def test_relevance_first_result_is_relevant_for_90_percent(corpus):
    conn = sqlite3.connect(corpus["data"] / "corpus.db")
    urls = [r[0] for r in conn.execute("select url from documents")]
    for case in RELEVANCE:
        for part in case.get("documents", []):
            assert any(part in u for u in urls), f"relevance.json: no document for {part}"
    misses = []
    for case in RELEVANCE:
        hits = search.find(conn, case["q"], per_page=1, with_facets=False).hits
        first = hits and conn.execute("select url, title, tags from documents where id = ?",
                                      [hits[0].id]).fetchone()
        if not first or not relevant(case, *first):
            misses.append((case["q"], first and first[1]))
    share = 1 - len(misses) / len(RELEVANCE)
    print(f"relevance: first result relevant for {share:.0%} of {len(RELEVANCE)} queries; misses: {misses}")
    assert share >= 0.9, misses


def get(url: str) -> tuple[str, str]:
    with OPENER.open(url, timeout=20) as response:
        return response.read().decode("utf-8"), response.headers["content-type"]


def test_home_page_form_leads_to_the_search_page(datasette):
    html, _ = get(datasette + "/")
    assert '<form class="recherche core" action="/recherche" method="get" role="search">' in html
    assert 'name="q"' in html


def test_results_page(datasette):
    html, _ = get(datasette + "/recherche?" + urllib.parse.urlencode({"q": "commerces"}))
    assert "documents</strong>" in html and "les plus pertinents d'abord" in html
    assert "<mark>commerçants</mark>" in html and "<mark>commerce</mark>" in html
    for title in ("Source", "Région", "Type de document", "Année"):
        assert f"<h3>{title}</h3>" in html
    assert 'href="/recherche?q=commerces&amp;source=irev"' in html
    assert "Suivre cette recherche" in html and 'href="/recherche.atom?q=commerces"' in html


def test_pdf_hit_links_to_its_page(datasette):
    html, _ = get(datasette + "/recherche?q=Montreynaud")
    assert "LesEchos_LaboCites_17BD.pdf#page=" in html and "Trouvé dans le PDF" in html


def test_facet_link_filters_and_can_be_removed(datasette):
    html, _ = get(datasette + "/recherche?q=commerces&source=irev")
    assert "(retirer)" in html and 'href="/recherche?q=commerces"' in html
    assert "labo-cites.org/publication" not in html


def test_unusual_input_is_never_an_error(datasette):
    for q in ['"', "((", "-", "OR", "NOT x", "é" * 300]:
        html, _ = get(datasette + "/recherche?" + urllib.parse.urlencode({"q": q, "page": "x", "annee": "y"}))
        assert "<h1>Rechercher" in html


def test_json_feed_of_a_search_is_valid(datasette):
    body, content_type = get(datasette + "/recherche.json?q=commerces&source=labo-cites")
    feed = json.loads(body)
    assert content_type.startswith("application/feed+json")
    jsonschema.validate(feed, FEED_SCHEMA)
    assert feed["items"] and {i["_crpv"]["source"] for i in feed["items"]} == {"labo-cites"}
    dates = [i["date_published"] for i in feed["items"] if "date_published" in i]
    assert dates == sorted(dates, reverse=True)
    assert feed["feed_url"].endswith("/recherche.json?q=commerces&source=labo-cites")


def test_atom_feed_of_a_search_is_well_formed(datasette):
    body, content_type = get(datasette + "/recherche.atom?q=%22boutique+%C3%A0+l%27essai%22")
    assert content_type.startswith("application/atom+xml")
    root = ET.fromstring(body.encode())
    assert root.tag == ATOM + "feed"
    for name in ("id", "title", "updated", "author"):
        assert root.find(ATOM + name) is not None, name
    entries = root.findall(ATOM + "entry")
    assert len(entries) >= 3
    for entry in entries:
        for name in ("id", "title", "updated", "link", "content"):
            assert entry.find(ATOM + name) is not None, name
    assert any(e.find(ATOM + "link[@rel='enclosure']") is not None for e in entries)


def test_datasette_exports_of_the_documents_table(datasette):
    body, content_type = get(datasette + "/corpus/documents.csv?_stream=on&_size=max")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert content_type.startswith("text/plain") or "csv" in content_type
    assert len(rows) >= 25 and {"id", "title", "url", "date"} <= set(rows[0])
    data = json.loads(get(datasette + "/corpus/documents.json?_shape=array&source=irev")[0])
    assert data and {d["source"] for d in data} == {"irev"}


def test_export_links_of_a_search_give_the_same_documents(datasette):
    html, _ = get(datasette + "/recherche?q=commerces&source=labo-cites")
    link = next(part.split('"')[0] for part in html.split('href="')[1:]
                if part.startswith("/corpus/documents.json?"))
    rows = json.loads(get(datasette + link.replace("&amp;", "&") + "&_shape=array")[0])
    assert {r["id"] for r in rows} == {int(i) for i in re.findall(r'<h2><a href="/document/(\d+)', html)}


# ---------- results that read like a catalogue (over HTTP) ----------
def newsletter(corpus) -> dict[str, int]:
    """Source -> id of the documents that publish L'Eco des quartiers n°1 itself (the PDF)."""
    return dict(corpus["db"].execute(
        "select d.source, d.id from documents d join document_files f on f.document_id = d.id "
        "where f.url like '%co%des%quartiers%n1.pdf' and d.title like '%Eco des quartiers n°1%'"))


def test_the_newsletter_three_centres_publish_is_one_hit_naming_the_others(datasette, corpus):
    copies = newsletter(corpus)
    assert set(copies) == {"irev", "labo-cites", "reseau-crpv"}
    html, _ = get(datasette + "/recherche?q=" + urllib.parse.quote("emploi des jeunes"))
    shown = [int(i) for i in re.findall(r'<h2><a href="/document/(\d+)\?q=emploi\+des\+jeunes"', html)]
    assert [i for i in shown if i in copies.values()] == [copies["irev"]]  # with its PDF, the fullest text
    item = html[html.index(f'/document/{copies["irev"]}?'):]
    item = item[:item.index("</li>")]
    assert re.search(r'Aussi publié par <a href="/document/(\d+)\?q=[^"]*">[^<]+</a> et '
                     r'<a href="/document/(\d+)\?q=[^"]*">Labo Cités</a>', item)
    named = re.findall(r'/document/(\d+)', item.split("Aussi publié par")[1])
    assert {int(i) for i in named} == {copies["labo-cites"], copies["reseau-crpv"]}
    feed = json.loads(get(datasette + "/recherche.json?q=" + urllib.parse.quote("emploi des jeunes"))[0])
    urls = dict(corpus["db"].execute("select id, url from documents"))
    items = {i["url"]: i["_crpv"].get("aussi_publie_par") for i in feed["items"]}
    assert not {urls[copies["labo-cites"]], urls[copies["reseau-crpv"]]} & set(items)
    assert len(items[urls[copies["irev"]]]) == 2 and "Labo Cités" in items[urls[copies["irev"]]]


def test_an_acronym_finds_its_written_out_forms_and_says_so(datasette, corpus):
    html, _ = get(datasette + "/recherche?q=QPV")
    assert ("QPV : recherché aussi comme « quartier prioritaire de la politique de la ville », "
            "« quartier prioritaire ».") in html
    assert "<mark>quartiers</mark> <mark>prioritaires</mark>" in html
    assert corpus["db"].execute("select count(*) from documents where body like '%QPV%'").fetchone()[0] == 0
    feed = json.loads(get(datasette + "/recherche.json?q=QPV")[0])
    assert feed["_crpv"]["total"] > 20 and feed["_crpv"]["sigles"]["version"] == search.acronyms().version
    html, _ = get(datasette + "/recherche?q=" + urllib.parse.quote("quartiers prioritaires"))
    assert "quartiers prioritaires : recherché aussi comme « QPV »" in html


def test_result_titles_lead_to_the_record_and_keep_the_original_page(datasette, corpus):
    html, _ = get(datasette + "/recherche?q=Cofabrik")
    doc_id, url = corpus["db"].execute("select id, url from documents where url like '%irev.fr%cofabrik'").fetchone()
    assert f'<h2><a href="/document/{doc_id}?q=Cofabrik">' in html
    assert f'<a href="{url}" rel="external">Page d\'origine</a>' in html
    assert "/corpus/documents/" not in html.split('<ol class="liste"')[1]
    assert "Fiche expérience" in html and "15 mars 2021" in html  # type, date at its precision
    assert "Publié le 15/03/2021" not in html  # page furniture stays out of snippets


@pytest.mark.parametrize("page", ["²", "①", "-1", "abc", "0", "1.5", "99999999999999999999", "٣", " 2"])
def test_a_page_that_is_not_a_plain_number_is_the_first(datasette, page):
    html, _ = get(datasette + "/recherche?" + urllib.parse.urlencode({"page": page}))
    assert "Page 1 sur" in html and 'rel="prev"' not in html


def test_a_page_past_the_last_offers_the_last(datasette):
    first, _ = get(datasette + "/recherche")
    pages = int(re.search(r"Page 1 sur (\d+)", first).group(1))
    html, _ = get(datasette + f"/recherche?page={pages + 3}")
    assert f'<a href="/recherche?page={pages}">aller à la dernière page ({pages})</a>' in html
    last, _ = get(datasette + f"/recherche?page={pages}")
    assert "<h2><a " in last and "dernière page" not in last


def test_an_empty_search_offers_no_feed_and_no_export(datasette):
    html, _ = get(datasette + "/recherche?q=xyzzyquux")
    assert "Aucun document" in html
    for absent in ("application/atom+xml", "flux-atom", "Suivre cette recherche", ".csv", "documents.json"):
        assert absent not in html, absent
    html, _ = get(datasette + "/recherche?q=commerces")
    assert "flux-atom" in html and "documents.csv" in html
