"""RésO Villes replica: WordPress on resovilles.com (www. is an alias), permalinks without a
trailing slash, sparse post ids, /wp-json/ refused by the host firewall (?rest_route= works)."""
import sys
sys.path.insert(0, "/tmp/crpv-gen")
from common import write, write_json, pdf_spec
from wpdata import Site
from reso_pdfs import STNAZAIRE, PROJET, RAPPORT, PHRASES
import html as _html

HOST = "resovilles.com"
BASE = f"https://{HOST}"
UP = BASE + "/wp-content/uploads"
wp = Site(BASE, "RésO Villes", "Centre de ressources politique de la ville Bretagne &#8211; Pays de la Loire",
          firewall={"/wp-json/": 403})

for id, name, slug in [(1, "Non classé", "non-classe"), (3, "Actualités", "actualites"), (4, "Publications", "publications"),
                       (5, "Études", "etudes"), (6, "Rencontres", "rencontres"), (7, "Pôle Data &amp; Quartiers", "pole-data-quartiers"),
                       (8, "Vie du réseau", "vie-du-reseau")]:
    wp.term("categories", id, name, slug)
for id, name, slug in [(21, "Entrepreneuriat", "entrepreneuriat"), (22, "Observation", "observation"), (23, "Données", "donnees"),
                       (24, "Projet associatif", "projet-associatif"), (25, "Cités éducatives", "cites-educatives"),
                       (26, "Emploi", "emploi"), (27, "Saint-Nazaire", "saint-nazaire"), (28, "Rapport d'activité", "rapport-dactivite")]:
    wp.term("tags", id, name, slug)

POSTS = []


def post(id, date, slug, title, content, excerpt, cats, tags, **kw):
    obj = wp.item("posts", id, date, slug, title, content, excerpt, link=f"{BASE}/{slug}", categories=cats, tags=tags, **kw)
    POSTS.append(obj)
    return obj


post(231830, "2024-06-27T10:12:00", "le-projet-associatif-de-reso-villes-2024-2030",
     "Le projet associatif de RésO Villes 2024-2030", """
<p>Réunie en assemblée générale extraordinaire à Angers, l&#8217;association a adopté son nouveau projet associatif pour les années 2024 à 2030. Fruit de dix-huit mois de travail avec les adhérents, il fixe les orientations du centre de ressources face au renouvellement des contrats de ville.</p>
<p>Observation des quartiers, accompagnement des professionnels, ouverture aux villes moyennes et aux territoires ruraux : découvrez les grandes lignes du projet et la nouvelle gouvernance de l&#8217;association.</p>
<p><a href="https://resovilles.com/?attachment_id=231845">Consulter le projet associatif</a></p>
""", "Réunie en assemblée générale extraordinaire à Angers, l'association a adopté son nouveau projet associatif", [8], [24])
wp.media(231845, "2024-06-27T10:05:00", "projet-associatif-reso-villes-2024-2030", "Projet associatif RésO Villes 2024-2030",
         f"{UP}/2024/06/Projet-associatif-RESO-Villes-2024-2030.pdf", 231830)

post(231902, "2024-05-14T15:40:00", "rapport-dactivite-2023",
     "Rapport d'activité 2023", """
<p>Journées de qualification, rencontres régionales, accompagnement des collectivités, observation : le rapport d&#8217;activité 2023 retrace une année particulièrement dense pour l&#8217;équipe de RésO Villes, marquée par la préparation des contrats de ville «&nbsp;Engagements Quartiers 2030&nbsp;».</p>
<div class="wp-block-file"><a id="wp-block-file--media-231903" href="/wp-content/uploads/2024/05/RESO-Villes-Rapport-activite-2023.pdf">RESO-Villes-Rapport-activite-2023</a><a href="/wp-content/uploads/2024/05/RESO-Villes-Rapport-activite-2023.pdf" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-231903">Télécharger</a></div>
""", "Journées de qualification, rencontres régionales, accompagnement des collectivités, observation", [4, 8], [28])
wp.media(231903, "2024-05-14T15:31:00", "reso-villes-rapport-activite-2023", "RESO-Villes-Rapport-activite-2023",
         f"{UP}/2024/05/RESO-Villes-Rapport-activite-2023.pdf", 231902)

post(230477, "2024-01-25T09:00:00", "cites-educatives-un-webinaire-pour-partager-les-pratiques",
     "Cités éducatives : un webinaire pour partager les pratiques", """
<p>Le 8 février prochain, RésO Villes propose aux coordinateurs des cités éducatives de Bretagne et des Pays de la Loire un webinaire d&#8217;échanges de pratiques consacré à la continuité éducative entre l&#8217;école, les familles et les associations.</p>
<p>Au programme : les retours d&#8217;expérience de Lorient, de Saint-Nazaire et du Mans, puis un temps de discussion sur l&#8217;évaluation des actions. Inscription gratuite, réservée aux professionnels.</p>
""", "Le 8 février prochain, RésO Villes propose aux coordinateurs des cités éducatives un webinaire", [6], [25])

post(229114, "2023-11-15T11:25:00", "pole-data-quartiers-les-chiffres-cles-des-quartiers-bretons",
     "Pôle Data & Quartiers : les chiffres clés des quartiers bretons", """
<p>Le Pôle Data &amp; Quartiers de RésO Villes publie les chiffres clés des trente-deux quartiers prioritaires de Bretagne : population, revenus, emploi, scolarité, logement. Chaque quartier fait l&#8217;objet d&#8217;une fiche comparée à son unité urbaine.</p>
<p>Ces portraits ont été réalisés à partir des données de l&#8217;Insee et des partenaires de l&#8217;observation. Ils sont à la disposition des équipes qui préparent les nouveaux contrats de ville ; la note de synthèse est consultable sur <a href="https://resovilles.com/?p=228990">notre article de présentation</a>.</p>
""", "Le Pôle Data & Quartiers de RésO Villes publie les chiffres clés des trente-deux quartiers prioritaires de Bretagne", [7], [22, 23])

post(226571, "2023-03-30T17:02:00", "retour-sur-la-rencontre-regionale-entreprendre-dans-les-quartiers-a-rennes",
     "Retour sur la rencontre régionale « Entreprendre dans les quartiers » à Rennes", """
<p>Plus de cent vingt participants se sont retrouvés à Rennes, au Blosne, pour la rencontre régionale consacrée à l&#8217;entrepreneuriat dans les quartiers. Chefs de projet CitésLab, couveuses, réseaux bancaires et élus ont partagé leurs pratiques.</p>
<p>Les échanges ont porté sur l&#8217;accès au financement, les locaux d&#8217;activité en pied d&#8217;immeuble et l&#8217;accompagnement après la création. Les supports des intervenants sont disponibles sur demande.</p>
""", "Plus de cent vingt participants se sont retrouvés à Rennes pour la rencontre régionale", [6], [21])

post(224310, "2022-09-12T08:45:00", "nantes-la-cite-de-lemploi-de-bellevue-fait-son-bilan",
     "Nantes : la cité de l'emploi de Bellevue fait son bilan", """
<p>Deux ans après son lancement, la cité de l&#8217;emploi de Nantes Bellevue a accompagné près de trois cents habitants éloignés de l&#8217;emploi. Pôle emploi, la mission locale, le département et les associations du quartier y coordonnent leurs interventions autour de chaque personne.</p>
<p>RésO Villes a animé la journée de bilan, qui a réuni les professionnels des cités de l&#8217;emploi de la région.</p>
""", "Deux ans après son lancement, la cité de l'emploi de Nantes Bellevue a accompagné près de trois cents habitants", [3], [26])

post(1843, "2016-11-08T14:30:00", "etude-entreprendre-dans-le-quartier-de-la-bouletterie-a-saint-nazaire",
     "Étude : entreprendre dans le quartier de la Bouletterie à Saint-Nazaire", """
<p>Comment favoriser la création d&#8217;activité par les habitants d&#8217;un quartier prioritaire&nbsp;? À la demande de la ville de Saint-Nazaire et de la CARENE, RésO Villes a mené une étude auprès des habitants et des acteurs du quartier de la Bouletterie.</p>
<p>L&#8217;étude dresse un état des lieux des envies d&#8217;entreprendre, des freins rencontrés et des ressources disponibles, et formule des recommandations pour l&#8217;accompagnement des porteurs de projet.</p>
<p><a href="http://www.resovilles.com/wp-content/uploads/2016/11/etude_stnazaire.pdf">Télécharger l&#8217;étude (PDF, 1,4 Mo)</a></p>
""", "Comment favoriser la création d'activité par les habitants d'un quartier prioritaire ?", [5], [21, 27])
wp.media(1851, "2016-11-08T14:22:00", "etude_stnazaire", "etude_stnazaire", f"{UP}/2016/11/etude_stnazaire.pdf", 1843)

# Not documents: a password-protected post, pages, an unattached PDF, an image.
post(231955, "2024-07-02T18:00:00", "compte-rendu-du-conseil-dadministration-du-2-juillet",
     "Compte rendu du conseil d'administration du 2 juillet", "", "", [8], [], protected=True)
wp.item("pages", 12455, "2021-01-12T10:00:00", "pole-data-quartiers", "Pôle Data & Quartiers", """
<p>Le Pôle Data &amp; Quartiers accompagne les collectivités dans l&#8217;observation des quartiers prioritaires : portraits statistiques, tableaux de bord, appui méthodologique à l&#8217;évaluation des contrats de ville.</p>
""", link=f"{BASE}/pole-data-quartiers")
wp.item("pages", 2, "2015-03-02T10:00:00", "qui-sommes-nous", "Qui sommes-nous ?", """
<p>RésO Villes est le centre de ressources politique de la ville de Bretagne et des Pays de la Loire. L&#8217;association réunit collectivités, services de l&#8217;État et professionnels.</p>
""", link=f"{BASE}/qui-sommes-nous")
wp.media(12460, "2021-01-12T10:10:00", "plaquette-reso-villes", "Plaquette RésO Villes", f"{UP}/2021/01/Plaquette-RESO-Villes.pdf", 0)
wp.media(224312, "2022-09-12T08:40:00", "bellevue-cite-emploi", "bellevue-cite-emploi", f"{UP}/2022/09/bellevue-cite-emploi.jpg", 224310, mime="image/jpeg")

DOC_TYPES = {3: "actualité", 4: "publication", 5: "étude", 6: "événement", 7: "étude", 8: "actualité"}
PDFS = {231830: [("projet", f"{UP}/2024/06/Projet-associatif-RESO-Villes-2024-2030.pdf")],
        231902: [("rapport", f"{UP}/2024/05/RESO-Villes-Rapport-activite-2023.pdf")],
        1843: [("stnazaire", f"{UP}/2016/11/etude_stnazaire.pdf")]}


def expected():
    docs = []
    for p in sorted(POSTS, key=lambda p: p["date"], reverse=True):
        if p["content"]["protected"]:
            continue
        names = [_html.unescape(wp.name_of("categories", c)) for c in p["categories"]]
        names += [wp.name_of("tags", t) for t in p["tags"]]
        doc_type = next(DOC_TYPES[c] for c in p["categories"] if c in DOC_TYPES)
        pdfs = PDFS.get(p["id"], [])
        docs.append({"url": p["link"], "title": _html.unescape(p["title"]["rendered"]), "date": p["date"][:10],
                     "doc_type": doc_type, "tags": names, "attachments": len(pdfs),
                     "pdf_phrases": [ph for k, _ in pdfs for ph in PHRASES[k]], "attachment_urls": [u for _, u in pdfs],
                     "date_from": "rest-api", "found_in": ["rest-api"]})
    return {
        "notes": (
            "RésO Villes replica (WordPress emulator from wp.json). resovilles.com is canonical, www.resovilles.com an alias (301). "
            "Traps: (1) The host firewall refuses /wp-json/ with an Apache 403 page; the same API answers at /?rest_route=/ "
            "(a spider must try the next root, not give up, and not count the refusal as a run error). (2) Permalinks have no "
            "trailing slash (/le-projet-associatif-de-reso-villes-2024-2030); '/slug/' 301s to '/slug'. Post ids are sparse "
            "(1843, 224310 ... 231955): page through the API, never sweep ?p=N. (3) Attachments: the projet associatif post links "
            "its PDF through the attachment page /?attachment_id=231845 (not a document URL; WordPress 6.4+ redirects it to the "
            "file): the PDF comes from media?mime_type=application/pdf (parent 231830); the 2016 study links its PDF as "
            "http://www.resovilles.com/... (alias host, http) while the media item gives https://resovilles.com/...: one "
            "attachment; the activity report uses a Gutenberg file block with relative URLs (name + button: one attachment); an "
            "unattached PDF (Plaquette, post 0) and a JPEG belong to no document. (4) A password-protected post "
            "(content.protected true, empty content) is not a document. (5) Category 'Pôle Data &amp; Quartiers' (HTML-escaped in "
            "REST: 'Pôle Data & Quartiers' once decoded) and a title with &#038;. Pages (Pôle Data & Quartiers, Qui sommes-nous) "
            "are not documents. (6) doc_type from the categories: Publications -> publication, Études and Pôle Data & Quartiers -> "
            "étude, Rencontres -> événement, Actualités and Vie du réseau -> actualité; tags = category names then tag names in "
            "WordPress order (by name). Dates: REST dates are right."),
        "documents": docs, "errors": [], "duplicates": {f"{BASE}/?p={p['id']}": p["link"] for p in POSTS if not p["content"]["protected"]},
        "must_not_fetch": [f"{BASE}/?p="], "not_documents": [f"{BASE}/pole-data-quartiers", f"{BASE}/qui-sommes-nous",
                                                             f"{BASE}/compte-rendu-du-conseil-dadministration-du-2-juillet"],
    }


def build():
    write_json(HOST, "wp.json", wp.data())
    write_json(HOST, "_site.json", {"aliases": ["www.resovilles.com"], "wordpress": "wp.json"})
    write_json(HOST, "wp-content/uploads/2016/11/etude_stnazaire.pdf.json", pdf_spec(STNAZAIRE))
    write_json(HOST, "wp-content/uploads/2024/06/Projet-associatif-RESO-Villes-2024-2030.pdf.json", pdf_spec(PROJET))
    write_json(HOST, "wp-content/uploads/2024/05/RESO-Villes-Rapport-activite-2023.pdf.json", pdf_spec(RAPPORT))
    write_json(HOST, "_expected.json", expected())


if __name__ == "__main__":
    build()
    print("ok")
