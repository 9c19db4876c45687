"""Enrichment: themes, territories, language, duplicates, the map; on sample texts, on a small
in-memory corpus (idempotence), and on the replica corpus built by the real pipeline."""

import json
import time

import pytest
import sqlite_utils

from db import enrich, enrich_dupes, enrich_gazetteer, enrich_lang, enrich_places, enrich_themes
from db.schema import migrate


@pytest.fixture(scope="module")
def gaz():
    return enrich_gazetteer.load()


@pytest.fixture(scope="module")
def vocab():
    return enrich_themes.load()


# ---------- themes ----------
def themes(vocab, **fields) -> dict[str, float]:
    return {h.theme: h.score for h in enrich_themes.assign(fields, vocab)}


def test_vocabulary_has_the_club_dev_eco_themes(vocab):
    for theme in ["Immobilier d'activité", "Innovation sociale", "Entrepreneuriat",
                  "Commerce de proximité", "Emploi et insertion", "Économie sociale et solidaire",
                  "Renouvellement urbain", "Numérique", "Mobilité", "Formation", "Jeunesse", "Santé",
                  "Culture", "Gestion urbaine de proximité", "Participation des habitants",
                  "Sécurité et prévention de la délinquance", "Logement et habitat"]:
        assert theme in vocab.themes
    assert len(set(vocab.themes)) == len(vocab.themes)
    assert vocab.version.startswith("themes.yml@")


def test_cofabrik_title_gives_entrepreneurship_and_ess(vocab):
    found = themes(vocab, title="Fiche expérience : la Cofabrik, coopérative d'activité et d'emploi à Roubaix")
    assert {"Entrepreneuriat", "Économie sociale et solidaire"} <= set(found)


def test_stems_match_other_forms(vocab):
    body = "Les commerçants du centre. Trois commerces ont rouvert. Un nouveau commerçant."
    assert "Commerce de proximité" in themes(vocab, body=body)


def test_title_weighs_more_than_body(vocab):
    assert "Santé" in themes(vocab, title="Santé des habitants")
    assert "Santé" not in themes(vocab, body="Un mot sur la santé, en passant.")
    assert themes(vocab, body="santé. santé. santé.")["Santé"] == 3


def test_long_texts_are_capped(vocab):
    assert themes(vocab, files="santé " * 500)["Santé"] == 5  # 10 mentions at most, 0.5 each


def test_capitals_and_exact_terms(vocab):
    assert "Emploi et insertion" not in themes(vocab, title="Il plie le papier")
    assert "Emploi et insertion" in themes(vocab, title="Le PLIE de la métropole")
    assert "Formation" not in themes(vocab, title="Le format du rapport")
    assert "Formation" in themes(vocab, title="La formation des adultes")


def test_evidence_names_the_terms_and_fields(vocab):
    [hit] = [h for h in enrich_themes.assign({"title": "Boutique à l'essai", "body": "des commerces"}, vocab)
             if h.theme == "Commerce de proximité"]
    assert hit.evidence == {"titre": {"boutique à l'essai": 1}, "texte": {"commerce": 1}}


# ---------- territories ----------
def places(gaz, text, region_label=None):
    regions = enrich_gazetteer.regions_of(region_label, gaz)
    return {(m.place.kind, m.place.code) for m in enrich_places.find(text, gaz, regions)}


def test_gazetteer_is_complete_and_located(gaz):
    assert len(gaz.communes) > 34_000
    located = [p for p in gaz.communes.values() if p.latitude is not None]
    assert len(located) / len(gaz.communes) > 0.99
    roubaix = gaz.communes["59512"]
    assert (roubaix.name, roubaix.departement, roubaix.region) == ("Roubaix", "59", "32")
    assert abs(roubaix.latitude - 50.69) < 0.05 and abs(roubaix.longitude - 3.17) < 0.05
    assert len(gaz.departements) >= 101 and gaz.regions["32"].name == "Hauts-de-France"
    assert all(d.latitude for d in gaz.departements.values() if d.code < "97")


def test_stopwords_are_real_commune_names(gaz):
    assert gaz.stopnames and all(key in gaz.names for key in gaz.stopnames)


def test_gazetteer_loads_fast():
    enrich_gazetteer.load.cache_clear()
    started = time.perf_counter()
    enrich_gazetteer.load()
    assert time.perf_counter() - started < 3  # about 0.4 s on a quiet machine


def test_source_region_labels(gaz):
    assert enrich_gazetteer.regions_of("Hauts-de-France", gaz) == {"32"}
    assert enrich_gazetteer.regions_of("Bretagne, Pays de la Loire", gaz) == {"52", "53"}
    assert enrich_gazetteer.regions_of("Seine-Saint-Denis", gaz) == {"11"}
    assert enrich_gazetteer.regions_of("France", gaz) == set()


def test_cue_and_capitals(gaz):
    assert places(gaz, "Une coopérative à Roubaix.") == {("commune", "59512")}
    assert places(gaz, "roubaix en minuscules") == set()


@pytest.mark.parametrize("text, region, code", [
    ("La ville de Saint-Denis lance un appel.", None, "93066"),  # mainland first
    ("Un projet à Saint-Denis (974).", None, "97411"),  # the department number decides
    ("La ville de Saint-Denis lance un appel.", "La Réunion", "97411"),  # the source's region
    ("Bobigny, Montreuil et la ville de Saint-Denis.", None, "93066"),
    ("Un forum à Saint-Nazaire.", "Bretagne, Pays de la Loire", "44184"),  # the largest of three
])
def test_homonyms(gaz, text, region, code):
    assert ("commune", code) in places(gaz, text, region)


@pytest.mark.parametrize("text", [
    "Orange est partenaire du projet.",  # a company
    "La Vue sur le parc est dégagée.",
    "Marie a présenté le projet.",  # a first name
    "Le Plan de relance.",
    "Ville de Denain",  # "Ville" (Oise) nor "Villé" (Bas-Rhin)
    "Les habitants de la rue de Paris.",
    "Une couveuse au pied des immeubles du quartier Saint-Jean.",
    "Les subventions de l'Union européenne.",
    "Lire la suite.",  # "Lire", a former commune of Orée-d'Anjou
])
def test_common_words_are_not_places(gaz, text):
    assert not [p for p in places(gaz, text, "Hauts-de-France") if p[0] == "commune" and p[1] != "59172"]


@pytest.mark.parametrize("text, code", [
    ("Un atelier à Orange (84).", "84087"),
    ("La commune de Marie (06) rejoint le réseau.", "06080"),
    ("La commune de Vue, en Loire-Atlantique.", "44220"),
    ("Un forum au Havre.", "76351"),
    ("Rencontre à la Courneuve.", "93027"),
    ("Cherbourg-Octeville accueille la rencontre.", "50129"),  # a former commune: today's
    ("Les Tours de Vaulx-en-Velin", "69256"),
])
def test_ambiguous_names_with_a_cue(gaz, text, code):
    assert ("commune", code) in places(gaz, text)


def test_departements_regions_and_aliases(gaz):
    assert ("departement", "93") in places(gaz, "Les communes en Seine-Saint-Denis.")
    assert ("departement", "59") in places(gaz, "Une rencontre dans le Nord.")
    assert ("departement", "59") not in places(gaz, "Les quartiers Nord de la ville.")
    assert ("region", "93") in places(gaz, "Le réseau en PACA.")
    assert ("region", "32") in places(gaz, "Les quartiers des Hauts-de-France.")


def test_qpv_written_as_such(gaz):
    text = ("Le quartier prioritaire des Chamards à Dreux. Le QPV Saint-Jean. "
            "Les quartiers prioritaires de Roubaix.")
    assert [q[0] for q in enrich_places.find_qpv(text, gaz)] == ["Chamards", "Saint-Jean"]
    found = enrich_places.collect({"texte": text}, gaz, set())
    assert {(f.place.kind, f.place.name) for f in found} >= {
        ("qpv", "Chamards"), ("qpv", "Saint-Jean"), ("commune", "Dreux"), ("commune", "Roubaix")}
    assert ("commune", "Saint-Jean") not in {(f.place.kind, f.place.name) for f in found}


def test_collect_scores_and_evidence(gaz):
    found = enrich_places.collect({"titre": "La Cofabrik à Roubaix",
                                   "texte": "Née à Roubaix, la coopérative travaille avec Lille."},
                                  gaz, {"32"})
    roubaix = found[0]
    assert roubaix.place.code == "59512" and roubaix.mentions == 2 and roubaix.in_title
    assert roubaix.score == 1.0 and "Roubaix" in roubaix.evidence and "« à »" in roubaix.evidence


# ---------- language ----------
@pytest.mark.parametrize("text, lang", [
    ("Fiche expérience : la Cofabrik, coopérative d'activité et d'emploi à Roubaix", "fr"),
    ("The social and solidarity economy in deprived neighbourhoods of northern France", "en"),
    ("La economía social y solidaria en los barrios populares de las ciudades", "es"),
    ("Page 3", None),
    ("", None),
])
def test_language(text, lang):
    assert enrich_lang.detect(text)[0] == lang


# ---------- near-duplicates ----------
FICHE = (
    "La Cofabrik est une coopérative d'activité et d'emploi installée à Roubaix depuis 2016. "
    "Elle accompagne des porteurs de projet des quartiers prioritaires qui testent leur activité "
    "sous un statut d'entrepreneur salarié, avec un hébergement juridique, comptable et fiscal. "
    "Les entrepreneurs bénéficient d'un accompagnement individuel et d'ateliers collectifs, et "
    "peuvent devenir associés de la coopérative après trois ans. Le projet est soutenu par la "
    "ville de Roubaix, la métropole européenne de Lille, la région et l'État dans le cadre du "
    "contrat de ville. En 2021, quarante entrepreneurs y exerçaient, dont une majorité de femmes.")
EDITED = (FICHE.replace("depuis 2016", "depuis l'année 2016").replace("quarante", "quarante-deux")
          + " Contact : la Cofabrik, Roubaix.")
OTHER = (
    "Le quartier de la Bouletterie à Saint-Nazaire compte de nombreux créateurs d'entreprise. "
    "L'étude de RésO Villes décrit leurs parcours, les freins rencontrés pour accéder au crédit "
    "bancaire et aux locaux, et les dispositifs d'accompagnement mobilisés par la ville et la "
    "CARENE. Elle propose des pistes pour un guichet unique de la création d'activité au cœur du "
    "quartier, une pépinière d'entreprises et un prêt d'honneur adapté aux petits projets.")


def test_near_duplicates_are_grouped():
    docs = {1: ("irev", enrich_dupes.signature(FICHE)), 2: ("cosoter", enrich_dupes.signature(EDITED)),
            3: ("reso-villes", enrich_dupes.signature(OTHER))}
    pairs = enrich_dupes.similar_pairs(docs)
    assert [(a, b) for a, b, _ in pairs] == [(1, 2)] and pairs[0][2] >= enrich_dupes.SIMILAR
    assert enrich_dupes.groups(pairs) == {1: 1, 2: 1}


def test_same_source_needs_a_closer_text():
    half = FICHE + " " + OTHER  # the fiche with a long new part: about 0.6 similar
    across = enrich_dupes.similar_pairs({1: ("a", enrich_dupes.signature(FICHE)),
                                         2: ("b", enrich_dupes.signature(half))})
    within = enrich_dupes.similar_pairs({1: ("a", enrich_dupes.signature(FICHE)),
                                         2: ("a", enrich_dupes.signature(half))})
    assert across and not within


def test_short_texts_and_titles():
    assert enrich_dupes.signature("Assemblée générale 2019 : compte rendu") is None
    title = "Fiche expérience : la Cofabrik, coopérative d'activité"
    docs = {5: ("irev", title), 9: ("cosoter", "FICHE EXPÉRIENCE : la Cofabrik — coopérative d’activité"),
            6: ("irev", title),  # the same source: a recurring item, not a copy
            7: ("irev", "Édito"), 8: ("cosoter", "Édito")}
    assert enrich_dupes.same_title_pairs(docs) == [(5, 9), (6, 9)]
    generic = {i: (f"s{i}", "Compte rendu du comité de pilotage annuel") for i in range(20)}
    assert enrich_dupes.same_title_pairs(generic) == []
    assert enrich_dupes.groups([(9, 12, 1.0), (5, 9, 1.0), (20, 21, 0.7)]) == {5: 5, 9: 5, 12: 5, 20: 20, 21: 20}


def test_a_shared_file_groups_the_documents_whose_titles_name_it():
    file_title = "L’Eco des quartiers n°1 – Développer l’économie dans les quartiers prioritaires"
    shared = [(1, 2, "L'Eco des quartiers n°1 : le développement économique", "L’Eco des quartiers n°1", file_title),
              (1, 3, "L'Eco des quartiers n°1 : le développement économique",
               "Découvrez le 1er numéro de L’Eco des quartiers", file_title),  # the news item
              (4, 5, "Fiche expérience : la Cofabrik", "La Cofabrik – Roubaix", "Fiche expérience – La Cofabrik"),
              (6, 7, "Édito : mars", "Édito : avril", None)]  # a file without a title names nothing
    assert enrich_dupes.same_publication_pairs(shared) == [(1, 2)]
    assert enrich_dupes.title_head("Pôle ESS : des idées pour demain") == "pole ess"
    assert enrich_dupes.title_head("Édito") is None


# ---------- a small corpus: enrich(), idempotence, the views ----------
SHA = "a" * 64


@pytest.fixture
def small_db():
    db = sqlite_utils.Database(memory=True)
    migrate(db)
    db["sources"].insert_all([
        {"slug": "irev", "name": "IREV", "region": "Hauts-de-France"},
        {"slug": "cosoter", "name": "Cosoter", "region": "France"},
        {"slug": "umap", "name": "Carte du Club Dév Eco", "region": "France"}])
    db["documents"].insert_all([
        {"id": 1, "source": "irev", "url": "https://irev.fr/cofabrik", "content_hash": "h1",
         "title": "Fiche expérience : la Cofabrik, coopérative d'activité et d'emploi à Roubaix",
         "body": FICHE, "tags": json.dumps(["Entrepreneuriat"])},
        {"id": 2, "source": "cosoter", "url": "https://cosoter.fr/1", "content_hash": "h2",
         "title": "La Cofabrik", "body": EDITED},
        {"id": 3, "source": "umap", "url": "https://umap.fr/3", "content_hash": "h3",
         "title": "La Cofabrik – Roubaix", "latitude": 50.69, "longitude": 3.18},
        {"id": 4, "source": "irev", "url": "https://irev.fr/agenda", "content_hash": "h4",
         "title": "Agenda", "body": "Pas de lieu ici."}])
    db["files"].insert({"sha256": SHA, "first_url": "https://irev.fr/c.pdf"})
    db["document_files"].insert_all([{"document_id": 1, "url": "https://irev.fr/c.pdf", "sha256": SHA},
                                     {"document_id": 3, "url": "https://irev.fr/c.pdf", "sha256": SHA}],
                                    pk=("document_id", "url"))
    db["pages"].insert_all([{"sha256": SHA, "page": 1, "chars": 60,
                             "text": "La coopérative accompagne les entrepreneurs des quartiers de Roubaix."}],
                           pk=("sha256", "page"))
    return db


def dump(db) -> dict:
    tables = ["document_enrichment", "document_themes", "document_places", "document_duplicates",
              "enrichment_signatures"]
    return {t: sorted(db.execute(f"select * from {t}").fetchall()) for t in tables} | {
        "pages": db.execute("select sha256, page, lang from pages").fetchall()}


def test_enrich_a_small_corpus(small_db):
    summary = enrich.enrich(small_db)
    assert (summary.documents, summary.enriched, summary.pages) == (4, 4, 1)
    row = small_db["document_enrichment"].get(1)
    assert {"Entrepreneuriat", "Économie sociale et solidaire"} <= set(json.loads(row["themes"]))
    assert json.loads(row["communes"])[0] == "Roubaix (59)" and row["region"] == "Hauts-de-France"
    assert (row["lang"], row["located_by"]) == ("fr", "commune")
    assert "themes.yml@" in row["rule_version"] and "py3langid" in row["rule_version"]
    assert small_db["document_enrichment"].get(4)["latitude"] is None
    assert small_db.execute("select lang from pages").fetchone()[0] == "fr"


def test_sources_metadata_is_never_touched(small_db):
    before = small_db.execute("select * from documents order by id").fetchall()
    enrich.enrich(small_db)
    assert small_db.execute("select * from documents order by id").fetchall() == before


def test_enrich_twice_gives_the_same_rows(small_db):
    enrich.enrich(small_db)
    first = dump(small_db)
    assert enrich.enrich(small_db).enriched == 0
    assert dump(small_db) == first
    small_db.execute("update document_enrichment set fingerprint = 'stale'")
    assert enrich.enrich(small_db).enriched == 4
    assert dump(small_db) == first


def test_a_changed_document_is_enriched_again(small_db):
    enrich.enrich(small_db)
    small_db["documents"].update(4, {"body": "Une rencontre à Amiens.", "content_hash": "h4b"})
    assert enrich.enrich(small_db).enriched == 1
    assert json.loads(small_db["document_enrichment"].get(4)["communes"]) == ["Amiens (80)"]


def test_map_view_source_coordinates_first(small_db):
    enrich.enrich(small_db)
    points = {r["document_id"]: r for r in small_db.query("select * from carte")}
    assert set(points) == {1, 2, 3}
    assert (points[3]["latitude"], points[3]["localisation"]) == (50.69, "source")
    assert points[1]["localisation"] == "commune" and round(points[1]["latitude"], 1) == 50.7
    # Every point leads to the document's record; the original page stays beside it.
    assert json.loads(points[1]["popup"])["link"] == points[1]["fiche"] == "/document/1"
    assert points[1]["adresse"] == "https://irev.fr/cofabrik"


def test_also_published_by(small_db):
    enrich.enrich(small_db)
    rows = {(r["document_id"], r["autre_document_id"], r["motif"])
            for r in small_db.query("select * from egalement_publie_par")}
    assert {(1, 2, enrich.SAME_TEXT), (2, 1, enrich.SAME_TEXT), (1, 3, enrich.SAME_FILE)} <= rows
    groups = dict(small_db.execute("select document_id, duplicate_group from document_enrichment"))
    assert groups[1] == groups[2] == 1 and groups[3] is None


# ---------- the replica corpus, built by the real pipeline ----------
COFABRIK = "https://www.irev.fr/thematiques/developpement-economique/fiche-experience-la-cofabrik"
EXPECTED_COMMUNE = {
    COFABRIK: "Roubaix (59)",
    "https://www.irev.fr/thematiques/developpement-economique/ma-boutique-lessai-denain-redynamise-le-commerce-de-son-centre-ville": "Denain (59)",
    "https://www.labo-cites.org/publication/vaulx-en-velin-maintenir-le-commerce-de-proximite-pendant-le-renouvellement-urbain": "Vaulx-en-Velin (69)",
    "https://www.labo-cites.org/publication/venissieux-une-conciergerie-solidaire-aux-minguettes": "Vénissieux (69)",
    "https://www.labo-cites.org/publication/villeurbanne-une-couveuse-dentreprises-au-pied-des-immeubles-de-saint-jean": "Villeurbanne (69)",
    "https://www.villesaucarre.org/forum-un-stage-un-avenir-a-tours/": "Tours (37)",
    "https://www.villesaucarre.org/boutiques-a-lessai-vierzon-teste-le-commerce-en-centre-ville/": "Vierzon (18)",
    "https://www.villesaucarre.org/immobilier-dactivite-un-hotel-dentreprises-aux-chamards-a-dreux/": "Dreux (28)",
}


def enrichment(corpus, url: str) -> dict:
    db = corpus["db"]
    cols = [c[1] for c in db.execute("pragma table_info(document_enrichment)")]
    row = db.execute("select e.* from document_enrichment e join documents d on d.id = e.document_id "
                     "where d.url = ?", [url]).fetchone()
    assert row, url
    return dict(zip(cols, row))


def test_replica_cofabrik(corpus):
    row = enrichment(corpus, COFABRIK)
    assert row["place"] == "Roubaix (59)" and row["region"] == "Hauts-de-France"
    assert {"Entrepreneuriat", "Économie sociale et solidaire"} <= set(json.loads(row["themes"]))
    assert row["lang"] == "fr" and row["located_by"] == "commune"


@pytest.mark.parametrize("url, commune", EXPECTED_COMMUNE.items())
def test_replica_main_commune(corpus, url, commune):
    assert enrichment(corpus, url)["place"] == commune


def test_replica_no_saint_jean_in_toulouse(corpus):
    places = {r[0] for r in corpus["db"].execute("select name from document_places where kind = 'commune'")}
    assert not places & {"Saint-Jean", "Villé", "Orée d'Anjou", "L'Union", "Le Mas"}


def test_replica_every_document_enriched_in_french(corpus):
    db = corpus["db"]
    assert db.execute("select count(*) from document_enrichment").fetchone()[0] == \
        db.execute("select count(*) from documents").fetchone()[0]
    langs = {r[0] for r in db.execute("select lang from document_enrichment where lang is not null")}
    assert langs == {"fr"}
    assert db.execute("select count(*) from pages where lang = 'fr'").fetchone()[0] > 0


def test_replica_shared_pdf_is_also_published_by(corpus):
    rows = corpus["db"].execute("select source, publie_aussi_par from egalement_publie_par "
                                "where motif = 'même fichier'").fetchall()
    assert rows and all(a != b for a, b in rows)


def test_replica_newsletter_three_centres_publish_is_one_group(corpus):
    """L'Eco des quartiers n°1, one PDF: IREV, Labo Cités and the network publish it (grouped);
    PQN-A's news item announcing it links the same PDF (listed, not grouped)."""
    rows = corpus["db"].execute(
        "select d.source, e.duplicate_group from documents d join document_enrichment e "
        "on e.document_id = d.id join document_files f on f.document_id = d.id "
        "where f.url like '%co%des%quartiers%n1.pdf'").fetchall()
    groups = dict(rows)
    assert set(groups) == {"irev", "labo-cites", "reseau-crpv", "pqn-a"}
    assert groups["irev"] == groups["labo-cites"] == groups["reseau-crpv"] is not None
    assert groups["pqn-a"] is None


def test_replica_map_view_has_points(datasette):
    import urllib.parse
    import urllib.request

    def get(path, **params):
        url = f"{datasette}{path}?{urllib.parse.urlencode({**params, '_shape': 'objects'})}"
        with urllib.request.build_opener(urllib.request.ProxyHandler({})).open(url, timeout=10) as r:
            return json.load(r)

    data = get("/corpus/carte.json")
    assert len(data["rows"]) >= 20 and {"source", "type", "themes"} <= set(data["facet_results"])
    assert all(-22 < r["latitude"] < 52 and -62 < r["longitude"] < 56 for r in data["rows"])
    themed = get("/corpus/carte.json", themes__arraycontains="Entrepreneuriat")["rows"]
    assert themed and len(themed) < len(data["rows"])
