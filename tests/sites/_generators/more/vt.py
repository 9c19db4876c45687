"""Villes et Territoires Occitanie replicas: the 2015 WordPress (home at the root of
www.villesetterritoireslr.fr, WordPress itself and its API under /site2015/wordpress/) and the
current WordPress at villes-et-territoires.fr (another install: its own ids, around 16954958)."""
import sys
import html as _html
sys.path.insert(0, "/tmp/crpv-gen")
from common import write, write_json, pdf_spec
from wpdata import Site
from vt_pdfs import COMMERCE, CONSEILS, ACTES, HABITANTS, PHRASES

OLD, NEW = "www.villesetterritoireslr.fr", "villes-et-territoires.fr"
OB, NB = f"https://{OLD}", f"https://{NEW}"
OUP = OB + "/site2015/wordpress/wp-content/uploads"
NUP = NB + "/wp-content/uploads"

old = Site(OB, "Villes et Territoires", "Centre de ressources politique de la ville Languedoc-Roussillon",
           siteurl=OB + "/site2015/wordpress", posts_per_page=3)
for id, name, slug, parent in [(1, "Non classé", "non-classe", 0), (2, "Nos productions &amp; publications", "nos-actions", 0),
                               (3, "Actus", "actus", 0), (9, "Thématiques", "thematiques-2", 0),
                               (10, "Commerce et centres anciens", "commerce-et-centres-anciens", 9),
                               (11, "Participation des habitants", "participation-des-habitants", 9),
                               (12, "Petites villes", "petites-villes", 9)]:
    old.term("categories", id, name, slug, parent=parent)
for id, name, slug in [(20, "Commerce", "commerce"), (21, "Conseils citoyens", "conseils-citoyens"), (22, "Centres anciens", "centres-anciens")]:
    old.term("tags", id, name, slug)

new = Site(NB, "Villes et Territoires Occitanie", "Centre de ressources politique de la ville en Occitanie")
for id, name, slug in [(1, "Non classé", "non-classe"), (16954001, "Nos actions", "nos-actions"), (16954002, "Actualités", "actualites"),
                       (16954003, "Renouvellement urbain", "renouvellement-urbain"), (16954004, "Centres-bourgs", "centres-bourgs")]:
    new.term("categories", id, name, slug, parent=0)
for id, name, slug in [(16954010, "Participation", "participation"), (16954011, "Revitalisation", "revitalisation")]:
    new.term("tags", id, name, slug)

POSTS = []


def post(site, *args, **kw):
    obj = site.item("posts", *args, **kw)
    POSTS.append((site, obj))
    return obj


DOSSIER = f"{OUP}/2018/06/DOSSIER-THEMATIQUE-la-revitalisation-du-commerce-Villes-et-Territoires.pdf"
CAHIER = f"{OUP}/2016/04/Cahier-conseils-citoyens-Occitanie.pdf"
ACTES_PDF = f"{OUP}/2019/03/Actes-journee-commerce-centres-anciens-Narbonne.pdf"
GUIDE = f"{NUP}/2024/02/Guide-associer-les-habitants-renouvellement-urbain.pdf"

post(old, 1187, "2019-03-28T16:10:00", "actes-de-la-journee-commerce-et-centres-anciens",
     "Actes de la journée « Commerce et centres anciens »", """
<p>Le 21 mars dernier, Villes et Territoires réunissait à Narbonne élus, chefs de projet et développeurs économiques autour du commerce dans les centres anciens classés en quartier prioritaire.</p>
<p>Retrouvez les actes de la journée : table ronde sur le foncier commercial, ateliers sur les boutiques à l&#8217;essai et la reconversion des locaux vides.</p>
<p><a href="/site2015/wordpress/wp-content/uploads/2019/03/Actes-journee-commerce-centres-anciens-Narbonne.pdf">Lire les actes</a></p>
""", "Le 21 mars dernier, Villes et Territoires réunissait à Narbonne élus, chefs de projet et développeurs économiques", categories=[2, 10], tags=[20, 22])

post(old, 1093, "2018-06-14T10:30:00", "dossier-thematique-la-revitalisation-du-commerce",
     "Dossier thématique : la revitalisation du commerce", """
<p>Vacance commerciale, concurrence des zones périphériques, fragilité des commerces de proximité : les centres anciens des villes moyennes d&#8217;Occitanie sont confrontés aux mêmes difficultés. Ce dossier fait le point sur les outils à la disposition des collectivités et présente trois expériences.</p>
<p><a class="bouton" href="http://www.villesetterritoireslr.fr/site2015/wordpress/wp-content/uploads/2018/06/DOSSIER-THEMATIQUE-la-revitalisation-du-commerce-Villes-et-Territoires.pdf">Accéder au document</a></p>
""", "Vacance commerciale, concurrence des zones périphériques, fragilité des commerces de proximité", categories=[2, 10], tags=[20])
old.media(1094, "2018-06-14T10:22:00", "dossier-thematique-commerce", "DOSSIER-THEMATIQUE-la-revitalisation-du-commerce-Villes-et-Territoires", DOSSIER, 1093)

post(old, 1012, "2018-10-09T09:00:00", "rencontre-regionale-des-chefs-de-projet-a-montpellier",
     "Rencontre régionale des chefs de projet à Montpellier", """
<p>Les chefs de projet politique de la ville de l&#8217;ex-région Languedoc-Roussillon se sont retrouvés à Montpellier pour préparer la rénovation des contrats de ville. Au menu : l&#8217;évaluation à mi-parcours, les conseils citoyens et le développement économique.</p>
""", "Les chefs de projet politique de la ville se sont retrouvés à Montpellier", categories=[3], tags=[])

post(old, 874, "2017-01-23T14:00:00", "note-la-politique-de-la-ville-dans-les-petites-villes",
     "Note : la politique de la ville dans les petites villes", """
<p>Une vingtaine de petites villes d&#8217;Occitanie comptent un quartier prioritaire. Cette note présente leurs spécificités : des équipes réduites, des quartiers souvent situés en centre ancien, des partenaires plus éloignés.</p>
<p>Elle s&#8217;appuie sur les échanges du groupe de travail «&nbsp;petites villes&nbsp;» animé par Villes et Territoires en 2016.</p>
""", "Une vingtaine de petites villes d'Occitanie comptent un quartier prioritaire", categories=[2, 12], tags=[])

# The PDF of this one is an ACF file field: the theme prints it, the REST API does not, and
# the media item was uploaded to the library first (no parent).
post(old, 702, "2016-04-20T11:45:00", "cahier-les-conseils-citoyens-premiers-pas",
     "Cahier : les conseils citoyens, premiers pas", """
<p>Un an après leur création, comment fonctionnent les conseils citoyens des quartiers prioritaires de la région&nbsp;? Villes et Territoires a interrogé leurs membres et les professionnels qui les accompagnent.</p>
""", "Un an après leur création, comment fonctionnent les conseils citoyens des quartiers prioritaires de la région ?",
     categories=[2, 11], tags=[21],
     _theme_extra=f'<p class="document-joint"><a class="bouton" href="{CAHIER}">Accéder au document</a></p>')
old.media(703, "2016-04-18T17:02:00", "cahier-conseils-citoyens-occitanie", "Cahier conseils citoyens Occitanie", CAHIER, 0)
old.item("pages", 5, "2015-02-10T10:00:00", "qui-sommes-nous", "Qui sommes-nous ?", """
<p>Villes et Territoires est le centre de ressources politique de la ville du Languedoc-Roussillon.</p>""")

post(new, 16954958, "2023-12-06T09:30:00", "centres-bourgs-retour-sur-le-cycle-2023",
     "Centres-bourgs : retour sur le cycle 2023", """
<p>Six journées, cinq villes hôtes, plus de deux cents participants : le cycle consacré aux centres-bourgs fragiles s&#8217;est achevé à Figeac. Retour sur les principaux enseignements, de la reconquête des logements vacants à l&#8217;animation commerciale.</p>
""", "Six journées, cinq villes hôtes, plus de deux cents participants", categories=[16954002, 16954004], tags=[16954011])

post(new, 16955210, "2024-02-08T14:15:00", "guide-associer-les-habitants-au-renouvellement-urbain",
     "Guide : associer les habitants au renouvellement urbain", """
<p>Maisons du projet, ateliers de co-conception, accompagnement du relogement : ce guide rassemble les pratiques des villes d&#8217;Occitanie engagées dans le nouveau programme de renouvellement urbain.</p>
<div class="wp-block-file"><a id="wp-block-file--media-16955211" href="https://villes-et-territoires.fr/wp-content/uploads/2024/02/Guide-associer-les-habitants-renouvellement-urbain.pdf">Guide associer les habitants au renouvellement urbain</a><a href="https://villes-et-territoires.fr/wp-content/uploads/2024/02/Guide-associer-les-habitants-renouvellement-urbain.pdf" class="wp-block-file__button wp-element-button" download>Télécharger</a></div>
""", "Maisons du projet, ateliers de co-conception, accompagnement du relogement", categories=[16954001, 16954003], tags=[16954010])
new.media(16955211, "2024-02-08T14:02:00", "guide-associer-les-habitants", "Guide associer les habitants au renouvellement urbain", GUIDE, 16955210)
new.item("pages", 16950002, "2021-09-01T10:00:00", "le-centre-de-ressources", "Le centre de ressources", """
<p>Villes et Territoires Occitanie accompagne les acteurs de la politique de la ville de la région.</p>""")

DOC_TYPES = {2: "publication", 3: "actualité", 16954001: "publication", 16954002: "actualité"}
PDFS = {1187: [("actes", ACTES_PDF)], 1093: [("commerce", DOSSIER)], 702: [("conseils", CAHIER)], 16955210: [("habitants", GUIDE)]}


def expected():
    docs = []
    for site, p in sorted(POSTS, key=lambda sp: sp[1]["date"], reverse=True):
        names = [_html.unescape(site.name_of("categories", c)) for c in p["categories"]]
        names += [site.name_of("tags", t) for t in p["tags"]]
        pdfs = PDFS.get(p["id"], [])
        docs.append({"url": p["link"], "title": _html.unescape(p["title"]["rendered"]), "date": p["date"][:10],
                     "doc_type": next(DOC_TYPES[c] for c in p["categories"] if c in DOC_TYPES),
                     "tags": names, "attachments": len(pdfs), "pdf_phrases": [ph for k, _ in pdfs for ph in PHRASES[k]],
                     "attachment_urls": [u for _, u in pdfs], "date_from": "rest-api",
                     "found_in": ["rest-api"] + (["archive"] if p["id"] == 702 else [])})
    return {
        "notes": (
            "Villes et Territoires Occitanie: one source, two WordPress installs, both harvested (this file lists the documents of "
            "both, since one spider covers them). (A) www.villesetterritoireslr.fr, the 2015 site: WordPress 'in its own directory': "
            "posts, category archives and robots.txt at the root (/dossier-thematique-la-revitalisation-du-commerce/, "
            "/category/nos-actions/), WordPress and its uploads under /site2015/wordpress/; its REST API answers ONLY at "
            "/site2015/wordpress/wp-json/ (and /site2015/wordpress/?rest_route=): the root /wp-json/ and /?rest_route= are 404. "
            "(B) villes-et-territoires.fr, the current site: another install (its own ids: ?p=16954958 is its post), REST at the root. "
            "Why two entry points and not an alias: the two hosts run separate databases (id 16954958 cannot belong to the small "
            "2015 site), and sources.md calls villes-et-territoires.fr 'a second WordPress host'; the 2015 site keeps the older "
            "publications (the 2018 DOSSIER THEMATIQUE seen under /site2015/wordpress/wp-content/uploads/). "
            "Traps: (1) API roots per install, root 404 first on (A). (2) Category 'Nos productions &amp; publications' (slug "
            "nos-actions), hierarchical categories (Thématiques > children). (3) The 'Cahier : les conseils citoyens' post shows its "
            "PDF only through the theme (an ACF file field printed as 'Accéder au document' in the /category/nos-actions/ archive "
            "and on the post page): not in content.rendered, and its media item has no parent; the archive is paged by 3 "
            "(/category/nos-actions/page/2/) and that post is on page 2. (4) Other PDFs: 'Accéder au document' link in content "
            "as http://www... (one attachment with the media item), a relative /site2015/wordpress/... link, a Gutenberg file block "
            "on (B). (5) doc_type: 'Nos productions & publications' / 'Nos actions' -> publication, 'Actus' / 'Actualités' -> "
            "actualité; tags = category names then tag names (WordPress order, by name). Pages are not documents."),
        "documents": docs, "errors": [], "duplicates": {f"{NB}/?p=16954958": f"{NB}/centres-bourgs-retour-sur-le-cycle-2023/"},
        "must_not_fetch": [], "not_documents": [f"{OB}/qui-sommes-nous/", f"{NB}/le-centre-de-ressources/"],
    }


def build():
    write_json(OLD, "wp.json", old.data())
    write_json(OLD, "_site.json", {"wordpress": "wp.json"})
    write_json(NEW, "wp.json", new.data())
    write_json(NEW, "_site.json", {"wordpress": "wp.json"})
    for url, spec in ((DOSSIER, COMMERCE), (CAHIER, CONSEILS), (ACTES_PDF, ACTES), (GUIDE, HABITANTS)):
        host = url.split("/")[2]
        write_json(host, url.split(host, 1)[1].lstrip("/") + ".json", pdf_spec(spec))
    write_json(OLD, "_expected.json", expected())


if __name__ == "__main__":
    build()
    print("ok")
