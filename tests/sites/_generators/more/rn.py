"""Réseau national des CRPV replica: WordPress with a `publication` custom post type (rest_base
"publication", archive /publication/page/N), a `type-evenement` taxonomy for events and a
`thematique` taxonomy for publications; a `centre` type (the directory) that is not harvested."""
import json
import sys
import html as _html
sys.path.insert(0, "/tmp/crpv-gen")
from common import SITES, write, write_json, pdf_spec
from wpdata import Site, core_types
from rn_pdfs import CLAUSES, COMMERCE, PHRASES

HOST = "www.reseau-crpv.fr"
BASE = f"https://{HOST}"
UP = BASE + "/wp-content/uploads"
API = BASE + "/wp-json"
wp = Site(BASE, "Réseau national des centres de ressources politique de la ville",
          "Le réseau des centres de ressources politique de la ville", posts_per_page=3)
wp.types = core_types(API, [
    ("publication", "Publications", "publication", False, ["thematique"], "publication"),
    ("centre", "Centres de ressources", "centres", False, [], False),
    ("wp_block", "Compositions", "blocks", False, [], False),
    ("nav_menu_item", "Éléments de navigation", "menu-items", False, ["nav_menu"], False),
])
wp.taxonomies = {
    "type-evenement": {"name": "Types d’événement", "slug": "type-evenement", "description": "", "types": ["post"],
                       "hierarchical": True, "rest_base": "type-evenement", "rest_namespace": "wp/v2"},
    "thematique": {"name": "Thématiques", "slug": "thematique", "description": "", "types": ["publication"],
                   "hierarchical": True, "rest_base": "thematique", "rest_namespace": "wp/v2"},
    "nav_menu": {"name": "Menus de navigation", "slug": "nav_menu", "description": "", "types": ["nav_menu_item"],
                 "hierarchical": False, "rest_base": "menus", "rest_namespace": "wp/v2"},
}
for id, name, slug in [(1, "Non classé", "non-classe"), (2, "Actualités", "actualites"), (3, "Rencontres du réseau", "rencontres-du-reseau")]:
    wp.term("categories", id, name, slug, parent=0)
for id, name, slug in [(10, "Club Dév Eco", "club-dev-eco"), (11, "Développement économique", "developpement-economique"), (12, "Emploi", "emploi")]:
    wp.term("tags", id, name, slug)
for id, name, slug in [(20, "Séminaire", "seminaire"), (21, "Webinaire", "webinaire"), (22, "Journée d'étude", "journee-detude")]:
    wp.term("type-evenement", id, name, slug, parent=0)
for id, name, slug in [(30, "Développement économique", "developpement-economique"), (31, "Emploi et insertion", "emploi-et-insertion"),
                       (32, "Commerce de proximité", "commerce-de-proximite")]:
    wp.term("thematique", id, name, slug, parent=0)

DOCS = []


def doc(coll, id, date, slug, title, content, excerpt, link=None, centre=None, pdfs=(), **terms):
    obj = wp.item(coll, id, date, slug, title, content, excerpt, link=link, **terms)
    DOCS.append((obj, centre, list(pdfs)))


doc("posts", 2141, "2020-03-12T10:00:00", "club-dev-eco-centres-de-ressources-politique-de-ville-a-1-an",
    "Club Dév Eco : les centres de ressources politique de la ville à 1 an", """
<p>Lancé en mars 2019 à l&#8217;initiative de l&#8217;IREV, le Club Dév Eco réunit les centres de ressources qui travaillent sur le développement économique des quartiers. Un an après, il compte neuf membres et a publié le premier numéro de sa lettre, <em>L&#8217;Eco des quartiers</em>.</p>
<p>Ses prochains travaux porteront sur le commerce de proximité et sur une carte collaborative des expériences inspirantes.</p>
""", "Lancé en mars 2019, le Club Dév Eco réunit les centres de ressources qui travaillent sur le développement économique", centre="IREV",
    categories=[2], tags=[10, 11])

doc("posts", 5120, "2024-10-18T09:00:00", "seminaire-national-developpement-economique-et-quartiers",
    "Séminaire national : développement économique et quartiers", """
<p>Le réseau national des centres de ressources organise son séminaire annuel à Lille, à l&#8217;initiative de Labo Cités et de l&#8217;IREV, autour des stratégies de développement économique des quartiers prioritaires.</p>
<p>Programme : immobilier d&#8217;activité, entrepreneuriat des habitants, achats responsables des grandes entreprises. Inscriptions ouvertes jusqu&#8217;au 4 novembre.</p>
""", "Le réseau national des centres de ressources organise son séminaire annuel à Lille", centre="Labo Cités",
    categories=[3], tags=[11], **{"type-evenement": [20]})

doc("posts", 4388, "2023-04-06T14:30:00", "webinaire-les-cites-de-lemploi-un-an-apres",
    "Webinaire : les cités de l'emploi, un an après", """
<p>Créées à l&#8217;initiative de l&#8217;État en 2020, les cités de l&#8217;emploi coordonnent les acteurs de l&#8217;emploi autour des habitants des quartiers. Ce webinaire du réseau croise les retours de six territoires.</p>
""", "Créées en 2020, les cités de l'emploi coordonnent les acteurs de l'emploi", categories=[3], tags=[12], **{"type-evenement": [21]})

doc("publication", 1980, "2019-10-15T11:00:00", "leco-des-quartiers-n1", "L'Eco des quartiers n°1", """
<p>Premier numéro de la lettre du Club Dév Eco, réalisée à l&#8217;initiative de l&#8217;IREV avec les centres de ressources du réseau : entrepreneuriat, commerce, immobilier d&#8217;activité, emploi.</p>
<p><a href="https://www.reseau-crpv.fr/wp-content/uploads/2019/10/Eco-des-quartiers-n1.pdf">Télécharger L&#8217;Eco des quartiers n°1 (PDF)</a></p>
""", "Premier numéro de la lettre du Club Dév Eco", link=f"{BASE}/publication/leco-des-quartiers-n1/", centre="IREV",
    pdfs=[("eco", f"{UP}/2019/10/Eco-des-quartiers-n1.pdf")], thematique=[30])

doc("publication", 3307, "2022-05-18T10:20:00", "fiche-repere-les-clauses-sociales-dinsertion",
    "Fiche repère : les clauses sociales d'insertion", """
<p>Comment les clauses d&#8217;insertion des marchés publics profitent-elles aux habitants des quartiers&nbsp;? Cette fiche repère, produite à l&#8217;initiative de Profession Banlieue, rappelle le cadre juridique et les conditions de réussite.</p>
""", "Comment les clauses d'insertion des marchés publics profitent-elles aux habitants des quartiers ?",
    link=f"{BASE}/publication/fiche-repere-les-clauses-sociales-dinsertion/", centre="Profession Banlieue",
    pdfs=[("clauses", f"{UP}/2022/05/Fiche-repere-clauses-sociales.pdf")], thematique=[31])
wp.media(3308, "2022-05-18T10:12:00", "fiche-repere-clauses-sociales", "Fiche repère clauses sociales",
         f"{UP}/2022/05/Fiche-repere-clauses-sociales.pdf", 3307)

doc("publication", 2790, "2021-09-27T16:00:00", "recueil-dexperiences-le-commerce-de-proximite-dans-les-quartiers",
    "Recueil d'expériences : le commerce de proximité dans les quartiers", """
<p>Quatorze expériences repérées par les centres de ressources du Club Dév Eco, rassemblées à l&#8217;initiative de RésO Villes : boutiques à l&#8217;essai, foncières, marchés.</p>
<div class="wp-block-file"><a href="https://www.reseau-crpv.fr/wp-content/uploads/2021/09/Recueil-commerce-proximite-quartiers.pdf">Recueil commerce de proximité</a><a href="https://www.reseau-crpv.fr/wp-content/uploads/2021/09/Recueil-commerce-proximite-quartiers.pdf" class="wp-block-file__button" download>Télécharger</a></div>
""", "Quatorze expériences repérées par les centres de ressources du Club Dév Eco",
    link=f"{BASE}/publication/recueil-dexperiences-le-commerce-de-proximite-dans-les-quartiers/", centre="RésO Villes",
    pdfs=[("commerce", f"{UP}/2021/09/Recueil-commerce-proximite-quartiers.pdf")], thematique=[30, 32])

doc("publication", 5002, "2024-06-21T09:45:00", "rapport-dactivite-2023-du-reseau-national",
    "Rapport d'activité 2023 du réseau national", """
<p>Le réseau national rassemble dix-neuf centres de ressources. En 2023, il a coordonné trois clubs thématiques, publié quatre fiches repères et organisé son séminaire annuel à Marseille.</p>
""", "Le réseau national rassemble dix-neuf centres de ressources", link=f"{BASE}/publication/rapport-dactivite-2023-du-reseau-national/",
    thematique=[])

# Not documents: the directory of centres (custom type `centre`), pages.
for id, slug, title in [(901, "irev", "IREV"), (902, "labo-cites", "Labo Cités"), (903, "profession-banlieue", "Profession Banlieue")]:
    wp.item("centres", id, "2019-01-10T10:00:00", slug, title, f"<p>Centre de ressources {title}.</p>", type="centre",
            link=f"{BASE}/centre/{slug}/")
wp.item("pages", 7, "2018-11-05T10:00:00", "le-reseau", "Le réseau", """
<p>Le réseau national fédère les centres de ressources politique de la ville de métropole et d&#8217;outre-mer.</p>""")

DOC_TYPES = {2: "actualité"}


def expected():
    docs = []
    for p, centre, pdfs in sorted(DOCS, key=lambda d: d[0]["date"], reverse=True):
        names = [wp.name_of("categories", c) for c in p.get("categories", [])] + [wp.name_of("tags", t) for t in p.get("tags", [])]
        names += [wp.name_of("type-evenement", t) for t in p.get("type-evenement", [])]
        names += [wp.name_of("thematique", t) for t in p.get("thematique", [])]
        doc_type = ("publication" if p["type"] == "publication" else "événement" if p.get("type-evenement") else "actualité")
        d = {"url": p["link"], "title": _html.unescape(p["title"]["rendered"]), "date": p["date"][:10],
             "doc_type": doc_type, "tags": names, "attachments": len(pdfs),
             "pdf_phrases": [ph for k, _ in pdfs for ph in PHRASES[k]], "attachment_urls": [u for _, u in pdfs]}
        if centre:
            d["extra"] = {"centre": centre}
        d.update({"date_from": "rest-api", "found_in": ["rest-api"]})
        docs.append(d)
    return {
        "notes": (
            "Réseau national des CRPV replica (WordPress emulator). Traps: (1) Publications are a custom post type: "
            "/wp-json/wp/v2/types lists 'publication' with rest_base 'publication' (so /wp/v2/publication), next to types that "
            "are not documents (page, attachment, wp_block, nav_menu_item, and 'centre', the directory of centres at "
            "/centre/<slug>/, whose items are in the API at /wp/v2/centres). The archive /publication/ (heading 'Archives : "
            "Publications') pages by 3 (/publication/page/2/). (2) Taxonomies from /wp/v2/taxonomies: category and post_tag, "
            "'type-evenement' on posts (term archive /type-evenement/seminaire/), 'thematique' on publications, nav_menu on "
            "menu items (not needed); tags = categories, tags, then type-evenement and thematique names, each in WordPress order "
            "(by name). (3) doc_type: a post with a type-evenement term is an 'événement', a publication a 'publication', other "
            "posts 'actualité'. (4) extra.centre: the authoring centre named after 'à l'initiative de': 'de l’IREV' -> IREV, "
            "'de Labo Cités et de l’IREV' -> Labo Cités (the first named), 'de Profession Banlieue', 'de RésO Villes'; 'à "
            "l'initiative de l'État' names no centre (no extra). (5) Files: L'Eco des quartiers n°1 is the same PDF (same bytes) "
            "as IREV's eco_des_quartiers_n1.pdf and Labo Cités' copy: stored once; the clauses sociales PDF is only in the media "
            "(parent 3307), not in the text; a Gutenberg file block links its PDF twice (one attachment). Dates: the REST dates "
            "are right (the theme shows them as '18 octobre 2024')."),
        "documents": docs, "errors": [], "duplicates": {},
        "must_not_fetch": [f"{BASE}/wp-json/wp/v2/centres"],
        "not_documents": [f"{BASE}/centre/irev/", f"{BASE}/le-reseau/", f"{BASE}/type-evenement/seminaire/", f"{BASE}/publication/"],
    }


def build():
    write_json(HOST, "wp.json", wp.data())
    write_json(HOST, "_site.json", {"aliases": ["reseau-crpv.fr"], "wordpress": "wp.json"})
    irev_spec = json.loads((SITES / "www.irev.fr/sites/default/files/atoms/files/eco_des_quartiers_n1.pdf.json").read_text())
    write_json(HOST, "wp-content/uploads/2019/10/Eco-des-quartiers-n1.pdf.json", irev_spec)
    write_json(HOST, "wp-content/uploads/2022/05/Fiche-repere-clauses-sociales.pdf.json", pdf_spec(CLAUSES))
    write_json(HOST, "wp-content/uploads/2021/09/Recueil-commerce-proximite-quartiers.pdf.json", pdf_spec(COMMERCE))
    write_json(HOST, "_expected.json", expected())


if __name__ == "__main__":
    build()
    print("ok")
