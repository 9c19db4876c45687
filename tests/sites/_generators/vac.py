import sys, re, html as _html
sys.path.insert(0, "/tmp/gen")
from common import write, write_json
from pdfspecs import SPECS
from phrases import PHRASES

HOST = "www.villesaucarre.org"
BASE = "https://www.villesaucarre.org"
UP = BASE + "/wp-content/uploads/"

CATS = [
    (1, "Non classé", "non-classe", ""),
    (2, "Actualités", "actualites", "Les actualités du centre de ressources et de ses partenaires."),
    (5, "Développement économique", "developpement-economique", "Entrepreneuriat, commerce, immobilier d'activité, économie sociale et solidaire."),
    (6, "Emploi-insertion", "emploi-insertion", "Emploi, insertion professionnelle et formation dans les quartiers."),
    (7, "Publications", "publications", "Les publications de Villes au Carré."),
    (8, "Vie de l'association", "vie-de-lassociation", "Assemblées générales, statuts, rapports d'activité."),
]
TAGS = [
    (11, "Assemblée générale", "assemblee-generale"),
    (12, "Entrepreneuriat", "entrepreneuriat"),
    (13, "Économie sociale et solidaire", "economie-sociale-et-solidaire"),
    (14, "Commerce de proximité", "commerce-de-proximite"),
    (15, "Boutique à l'essai", "boutique-a-lessai"),
    (16, "Emploi", "emploi"),
    (17, "Appel à projets", "appel-a-projets"),
    (18, "CitésLab", "citeslab"),
    (19, "Immobilier d'activité", "immobilier-dactivite"),
    (20, "Renouvellement urbain", "renouvellement-urbain"),
    (21, "Jeunesse", "jeunesse"),
]
CAT_NAME = {c[0]: c[1] for c in CATS}
TAG_NAME = {t[0]: t[1] for t in TAGS}

PDF_STATUTS = UP + "2017/05/Statuts-Villes-au-Carre-2017.pdf"
PDF_ESS = UP + "2019/03/Pole-ESS-DesIdeesPourDemainVF.pdf"
PDF_CITESLAB = UP + "2022/03/Bilan-CitesLab-CVL-2021.pdf"

REIMPORT = "2022-08-09T10:%02d:%02d"


def wptexturize(s):
    # WordPress turns straight apostrophes into &#8217; in titles and content.
    return s.replace("'", "&#8217;")


POSTS = []


def fold(name):
    # MySQL utf8mb4_unicode_ci-like ordering: accents and case ignored.
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c)).lower()


def gmt(local):
    from datetime import datetime
    from zoneinfo import ZoneInfo
    d = datetime.fromisoformat(local).replace(tzinfo=ZoneInfo("Europe/Paris"))
    return d.astimezone(ZoneInfo("UTC")).replace(tzinfo=None).isoformat()


def post(id, date, slug, title, content, excerpt, cats, tags, modified=None, featured=0, author=2):
    # WordPress returns a post's term ids ordered by term name (wp_get_object_terms default).
    cats = sorted(cats, key=lambda c: fold(CAT_NAME[c]))
    tags = sorted(tags, key=lambda t: fold(TAG_NAME[t]))
    POSTS.append({
        "id": id, "date": date, "date_gmt": gmt(date), "guid": {"rendered": BASE + "/?p=%d" % id},
        "modified": modified or date, "modified_gmt": gmt(modified or date),
        "slug": slug, "status": "publish", "type": "post", "link": BASE + "/" + slug + "/",
        "title": {"rendered": wptexturize(title)},
        "content": {"rendered": content.strip() + "\n", "protected": False},
        "excerpt": {"rendered": "<p>" + wptexturize(excerpt) + "&nbsp;[&hellip;]</p>\n", "protected": False},
        "author": author, "featured_media": featured, "comment_status": "closed", "ping_status": "closed",
        "sticky": False, "template": "", "format": "standard", "meta": [], "categories": cats, "tags": tags,
        "_title": title,
    })


# ---- V1: re-imported 2022-08-09; real date only in the text ("31 mai 2017"); title has no year.
post(4311, REIMPORT % (14, 21), "31-mai-assemblee-generale-de-villes-carre-orleans",
     "31 mai : Assemblée générale de Villes au Carré à Orléans", """
<p>Les adhérents de Villes au Carré sont invités à participer à l&#8217;assemblée générale de l&#8217;association, qui se tiendra le mercredi 31 mai 2017 à Orléans, à partir de 14&nbsp;h&nbsp;00.</p>
<p>Cette assemblée sera à la fois ordinaire et extraordinaire. La partie ordinaire permettra de présenter le rapport d&#8217;activité et les comptes de l&#8217;exercice écoulé, de voter le budget et de renouveler une partie du conseil d&#8217;administration. La partie extraordinaire sera consacrée à l&#8217;adoption de nouveaux statuts, qui tiennent compte de la réforme de la géographie prioritaire et de l&#8217;ouverture du centre de ressources aux territoires ruraux et aux centres-bourgs fragiles.</p>
<p>L&#8217;après-midi se poursuivra par un temps d&#8217;échanges sur le programme de travail de l&#8217;année, et notamment sur le développement économique des quartiers, l&#8217;emploi des jeunes et la participation des habitants.</p>
<p><a href="https://www.villesaucarre.org/wp-content/uploads/2017/05/Statuts-Villes-au-Carre-2017.pdf">Télécharger les statuts 2017 (PDF)</a></p>
<p>Merci de confirmer votre présence auprès de l&#8217;équipe avant le 24 mai.</p>
""", "Les adhérents de Villes au Carré sont invités à participer à l'assemblée générale de l'association", [2, 8], [11],
     modified=REIMPORT % (14, 21))

# ---- V2: re-imported; real date in the title.
post(4318, REIMPORT % (31, 5), "retour-journee-entreprendre-quartiers",
     "Retour sur la journée « Entreprendre dans les quartiers » du 12 octobre 2017", """
<p>Plus de quatre-vingts participants ont répondu à l&#8217;invitation de Villes au Carré et de ses partenaires pour cette journée consacrée à l&#8217;entrepreneuriat dans les quartiers prioritaires, organisée à Tours, au cœur du quartier du Sanitas.</p>
<p>La matinée a permis de dresser un état des lieux de la création d&#8217;entreprise dans les quartiers de la région&nbsp;: un nombre de créations comparable à celui des autres territoires, mais des entreprises plus fragiles, souvent créées sans apport et sous le régime de la micro-entreprise. Les chefs de projet CitésLab d&#8217;Orléans et de Blois ont présenté leur travail de détection au plus près des habitants.</p>
<p>L&#8217;après-midi, trois ateliers ont réuni les participants autour du financement des créateurs, de l&#8217;accès aux locaux d&#8217;activité et de l&#8217;accompagnement après la création. Les échanges ont souligné le besoin de mieux coordonner les nombreux acteurs de l&#8217;accompagnement, souvent mal connus des habitants.</p>
<p>Les présentations des intervenants sont disponibles sur demande auprès de l&#8217;équipe.</p>
""", "Plus de quatre-vingts participants ont répondu à l'invitation de Villes au Carré et de ses partenaires", [2, 5], [12],
     modified=REIMPORT % (31, 5))

# ---- V3: re-imported; no date anywhere but the PDF's upload folder (2019/03). Old http:// link.
post(4325, REIMPORT % (47, 40), "pole-ess-des-idees-pour-demain-2",
     "Pôle ESS : des idées pour demain", """
<p>Recycleries, épiceries solidaires, régies de quartier, conciergeries, plateformes de mobilité&nbsp;: le pôle économie sociale et solidaire de Villes au Carré a repéré douze initiatives qui créent de l&#8217;activité et de l&#8217;emploi dans les quartiers prioritaires de la région.</p>
<p>Ce recueil présente chacune d&#8217;elles, en précisant son modèle économique, ses partenaires et les emplois créés. Il propose aussi des pistes aux collectivités qui souhaitent soutenir l&#8217;économie sociale et solidaire dans leurs contrats de ville&nbsp;: clauses sociales, mise à disposition de locaux, appels à projets, pôles territoriaux de coopération économique.</p>
<p><a href="http://www.villesaucarre.org/wp-content/uploads/2019/03/Pole-ESS-DesIdeesPourDemainVF.pdf">Télécharger le recueil «&nbsp;Des idées pour demain&nbsp;» (PDF)</a></p>
""", "Recycleries, épiceries solidaires, régies de quartier, conciergeries, plateformes de mobilité", [7, 5], [13],
     modified=REIMPORT % (47, 40))

# ---- V4: re-imported; real date in the text ("1er mars 2018").
post(4332, REIMPORT % (59, 12), "commerce-en-coeur-de-quartier-rencontre-a-blois-2",
     "Commerce en cœur de quartier : rencontre régionale à Blois", """
<p>Le jeudi 1er mars 2018, Villes au Carré a réuni à Blois une cinquantaine d&#8217;élus, de chefs de projet politique de la ville, de managers de commerce et de représentants des chambres consulaires autour d&#8217;une question&nbsp;: comment maintenir une offre commerciale de proximité dans les quartiers prioritaires&nbsp;?</p>
<p>La visite du pôle commercial du quartier Kennedy, rénové dans le cadre du programme de renouvellement urbain, a ouvert la journée. Les participants ont pu échanger avec les commerçants installés dans les nouvelles cellules et avec le bailleur, qui assure la gestion locative des rez-de-chaussée.</p>
<p>Les témoignages de Vierzon, de Dreux et de Châteauroux ont ensuite mis en évidence des difficultés communes&nbsp;: vacance des locaux, copropriétés bloquées, concurrence des zones commerciales périphériques, mais aussi des leviers&nbsp;: portage public des murs, boutiques à l&#8217;essai, accompagnement des commerçants en place, animation commerciale.</p>
<p>Un groupe de travail régional sur le commerce de proximité sera constitué à la suite de cette rencontre.</p>
""", "Villes au Carré a réuni à Blois une cinquantaine d'élus, de chefs de projet et de managers de commerce", [2, 5], [14, 20],
     modified=REIMPORT % (59, 12))

# ---- Normal posts: the platform date is the real date.
post(3150, "2021-06-15T09:30:00", "boutiques-a-lessai-vierzon-teste-le-commerce-en-centre-ville",
     "Boutiques à l'essai : Vierzon teste le commerce en centre-ville", """
<p>La ville de Vierzon a ouvert au printemps deux boutiques à l&#8217;essai dans des locaux vacants de son centre-ville, classé quartier prioritaire. Une fleuriste et un atelier de réparation de vélos y testent leur activité pendant un an, avec un loyer progressif et l&#8217;accompagnement de la chambre de commerce.</p>
<p>La commune a rénové les vitrines et les installations électriques des deux cellules avec le soutien du programme Petites villes de demain. Un comité de sélection, associant l&#8217;union commerciale et une banque partenaire, a choisi les lauréats parmi onze candidatures.</p>
<blockquote class="wp-block-quote"><p>Nous voulons prouver qu&#8217;il est encore possible d&#8217;ouvrir un commerce en centre-ville, à condition d&#8217;être accompagné.</p><cite>L&#8217;adjoint au commerce de la ville de Vierzon</cite></blockquote>
<p>Villes au Carré suivra l&#8217;expérience dans le cadre de son groupe de travail régional sur le commerce de proximité.</p>
""", "La ville de Vierzon a ouvert au printemps deux boutiques à l'essai dans des locaux vacants de son centre-ville", [2, 5], [14, 15],
     modified="2021-06-16T08:02:11", featured=3151)

post(3388, "2021-11-08T14:12:00", "cites-de-lemploi-orleans-et-chartres-se-lancent",
     "Cités de l'emploi : Orléans et Chartres se lancent", """
<p>Après Tours et Bourges, les agglomérations d&#8217;Orléans et de Chartres rejoignent le programme des cités de l&#8217;emploi. L&#8217;objectif&nbsp;: constituer, autour de chaque habitant des quartiers prioritaires éloigné de l&#8217;emploi, un collectif de professionnels capable de lui proposer un accompagnement renforcé et coordonné.</p>
<p>À Orléans, le dispositif concernera d&#8217;abord les quartiers de La Source et de l&#8217;Argonne&nbsp;; à Chartres, le quartier de Beaulieu et celui de la Madeleine. Pôle emploi, la mission locale, les services sociaux du département, les structures d&#8217;insertion par l&#8217;activité économique et les associations de quartier y participent.</p>
<p>Villes au Carré organisera au premier semestre une journée d&#8217;échanges entre les quatre cités de l&#8217;emploi de la région.</p>
""", "Après Tours et Bourges, les agglomérations d'Orléans et de Chartres rejoignent le programme des cités de l'emploi", [2, 6], [16])

post(2764, "2019-03-18T14:05:00", "ess-et-quartiers-appel-a-initiatives-2019",
     "ESS et quartiers : appel à initiatives 2019", """
<p>La Région Centre-Val de Loire, l&#8217;État et Villes au Carré lancent un appel à initiatives destiné aux structures de l&#8217;économie sociale et solidaire qui créent de l&#8217;activité dans les quartiers prioritaires ou au bénéfice de leurs habitants.</p>
<p>Peuvent candidater les associations, coopératives, entreprises d&#8217;insertion et sociétés commerciales agréées «&nbsp;entreprise solidaire d&#8217;utilité sociale&nbsp;». Les projets retenus bénéficieront d&#8217;un soutien financier à l&#8217;amorçage et d&#8217;un accompagnement par les réseaux régionaux de l&#8217;ESS.</p>
<p>Pour vous inspirer, consultez le recueil d&#8217;initiatives réalisé par notre pôle ESS&nbsp;:</p>
<div class="wp-block-file"><a id="wp-block-file--media-2765" href="https://www.villesaucarre.org/wp-content/uploads/2019/03/Pole-ESS-DesIdeesPourDemainVF.pdf">Pole-ESS-DesIdeesPourDemainVF</a><a href="https://www.villesaucarre.org/wp-content/uploads/2019/03/Pole-ESS-DesIdeesPourDemainVF.pdf" class="wp-block-file__button" download aria-describedby="wp-block-file--media-2765">Télécharger</a></div>
<p>Date limite de dépôt des candidatures&nbsp;: 30 avril 2019.</p>
""", "La Région Centre-Val de Loire, l'État et Villes au Carré lancent un appel à initiatives", [2, 5], [13, 17])

post(3541, "2022-03-24T11:20:00", "bilan-citeslab-2021-en-centre-val-de-loire",
     "Bilan CitésLab 2021 en Centre-Val de Loire", """
<p>Villes au Carré, qui anime le réseau régional des chefs de projet CitésLab, publie le bilan de l&#8217;année écoulée. Malgré une reprise progressive des permanences dans les quartiers, l&#8217;activité a nettement progressé&nbsp;: plus de personnes reçues, davantage de femmes accompagnées et un nombre record de créations d&#8217;entreprises.</p>
<p>Le bilan présente les chiffres clés du dispositif dans les six agglomérations concernées, les partenariats noués avec les réseaux d&#8217;accompagnement à la création, des témoignages de créateurs et les perspectives pour l&#8217;année à venir, notamment le renforcement du suivi après la création.</p>
<div class="wp-block-file"><a id="wp-block-file--media-3542" href="https://www.villesaucarre.org/wp-content/uploads/2022/03/Bilan-CitesLab-CVL-2021.pdf">Bilan CitésLab Centre-Val de Loire 2021</a><a href="https://www.villesaucarre.org/wp-content/uploads/2022/03/Bilan-CitesLab-CVL-2021.pdf" class="wp-block-file__button" download aria-describedby="wp-block-file--media-3542">Télécharger</a></div>
""", "Villes au Carré, qui anime le réseau régional des chefs de projet CitésLab, publie le bilan de l'année écoulée", [7, 6], [12, 18])

post(3012, "2020-02-04T10:45:00", "immobilier-dactivite-un-hotel-dentreprises-aux-chamards-a-dreux",
     "Immobilier d'activité : un hôtel d'entreprises aux Chamards, à Dreux", """
<p>Au cœur du quartier des Chamards, à Dreux, un hôtel d&#8217;entreprises de mille deux cents mètres carrés a ouvert ses portes dans un bâtiment construit dans le cadre du programme de renouvellement urbain. Il propose des bureaux et des ateliers de vingt à cent vingt mètres carrés, ainsi qu&#8217;un espace de travail partagé.</p>
<p>Une animatrice présente à temps plein accueille les entreprises, organise des petits-déjeuners thématiques et fait le lien avec les acteurs de l&#8217;emploi du quartier. Les entreprises hébergées s&#8217;engagent à proposer des stages aux collégiens et à examiner en priorité les candidatures des habitants.</p>
<p>Cette réalisation sera présentée lors de la prochaine rencontre de notre groupe de travail sur l&#8217;immobilier d&#8217;activité. Pour aller plus loin, relisez notre article sur <a href="https://www.villesaucarre.org/pole-ess-des-idees-pour-demain-2/">le pôle ESS</a>.</p>
""", "Au cœur du quartier des Chamards, à Dreux, un hôtel d'entreprises a ouvert ses portes", [2, 5], [19, 20])

post(3702, "2022-11-15T16:00:00", "forum-un-stage-un-avenir-a-tours",
     "Forum « Un stage, un avenir » à Tours", """
<p>Trouver un stage de troisième quand on habite un quartier prioritaire reste difficile, faute de réseau. Le forum «&nbsp;Un stage, un avenir&nbsp;», organisé au Sanitas par la ville de Tours et ses partenaires, a mis en relation près de trois cents collégiens avec une soixantaine d&#8217;entreprises et d&#8217;administrations.</p>
<p>Villes au Carré y animait un stand consacré aux métiers de la politique de la ville et présentait les ressources du centre sur l&#8217;emploi des jeunes. Les organisateurs prévoient d&#8217;étendre l&#8217;opération aux lycées professionnels.</p>
""", "Trouver un stage de troisième quand on habite un quartier prioritaire reste difficile, faute de réseau", [2, 6], [16, 21])

PAGES = [
    {"id": 12, "date": "2019-01-07T10:00:00", "slug": "qui-sommes-nous", "title": "Qui sommes-nous ?",
     "content": """<p>Villes au Carré est le centre de ressources politique de la ville de la région Centre-Val de Loire. Association créée à l&#8217;initiative de l&#8217;État, de la Région et des villes concernées, il accompagne les professionnels, les élus et les associations engagés dans les quartiers prioritaires et les territoires fragiles.</p>
<p>Ses missions&nbsp;: qualifier les acteurs, favoriser les échanges d&#8217;expériences, capitaliser les savoirs et les diffuser. L&#8217;équipe est installée à Tours.</p>"""},
    {"id": 15, "date": "2019-01-07T10:05:00", "slug": "centre-de-ressources", "title": "Centre de ressources",
     "content": """<p>Le centre de ressources met à disposition des professionnels des publications, des fiches d&#8217;expérience, des comptes rendus de journées et une veille documentaire sur la politique de la ville.</p>
<p>Retrouvez nos productions dans la rubrique <a href="https://www.villesaucarre.org/category/publications/">Publications</a>.</p>"""},
]

MEDIA = [
    {"id": 4312, "date": "2017-05-10T16:22:08", "slug": "statuts-villes-au-carre-2017", "title": "Statuts-Villes-au-Carre-2017",
     "mime_type": "application/pdf", "media_type": "file", "source_url": PDF_STATUTS, "post": 4311},
    {"id": 2765, "date": "2019-03-14T11:48:30", "slug": "pole-ess-desideespourdemainvf", "title": "Pole-ESS-DesIdeesPourDemainVF",
     "mime_type": "application/pdf", "media_type": "file", "source_url": PDF_ESS, "post": 2764},
    {"id": 3542, "date": "2022-03-24T11:12:51", "slug": "bilan-citeslab-cvl-2021", "title": "Bilan CitésLab Centre-Val de Loire 2021",
     "mime_type": "application/pdf", "media_type": "file", "source_url": PDF_CITESLAB, "post": 3541},
    {"id": 3151, "date": "2021-06-15T09:24:40", "slug": "boutique-essai-vierzon", "title": "boutique-essai-vierzon",
     "mime_type": "image/jpeg", "media_type": "image", "source_url": UP + "2021/06/boutique-essai-vierzon.jpg", "post": 3150},
]


def build_wp():
    posts = []
    for p in POSTS:
        q = {k: v for k, v in p.items() if not k.startswith("_")}
        posts.append(q)
    posts.sort(key=lambda p: p["date"], reverse=True)
    pages = []
    for p in PAGES:
        pages.append({"id": p["id"], "date": p["date"], "date_gmt": gmt(p["date"]), "guid": {"rendered": BASE + "/?page_id=%d" % p["id"]},
                      "modified": p["date"], "modified_gmt": gmt(p["date"]), "slug": p["slug"], "status": "publish", "type": "page",
                      "link": BASE + "/" + p["slug"] + "/", "title": {"rendered": p["title"]},
                      "content": {"rendered": p["content"] + "\n", "protected": False},
                      "excerpt": {"rendered": "", "protected": False}, "author": 1, "featured_media": 0, "parent": 0,
                      "menu_order": 0, "comment_status": "closed", "ping_status": "closed", "template": "", "meta": []})
    count_c = {c[0]: 0 for c in CATS}
    count_t = {t[0]: 0 for t in TAGS}
    for p in POSTS:
        for c in p["categories"]:
            count_c[c] += 1
        for t in p["tags"]:
            count_t[t] += 1
    cats = [{"id": i, "count": count_c[i], "description": d, "link": BASE + "/category/%s/" % s, "name": n, "slug": s,
             "taxonomy": "category", "parent": 0, "meta": []} for i, n, s, d in CATS]
    tags = [{"id": i, "count": count_t[i], "description": "", "link": BASE + "/tag/%s/" % s, "name": n, "slug": s,
             "taxonomy": "post_tag", "meta": []} for i, n, s in TAGS]
    media = [{"id": m["id"], "date": m["date"], "date_gmt": gmt(m["date"]), "guid": {"rendered": m["source_url"]},
              "modified": m["date"], "modified_gmt": gmt(m["date"]), "slug": m["slug"], "status": "inherit", "type": "attachment",
              "link": BASE + "/?attachment_id=%d" % m["id"], "title": {"rendered": m["title"]}, "author": 2,
              "comment_status": "closed", "ping_status": "closed", "template": "", "meta": [],
              "description": {"rendered": ""}, "caption": {"rendered": ""}, "alt_text": "",
              "media_type": m["media_type"], "mime_type": m["mime_type"], "media_details": {}, "post": m["post"],
              "source_url": m["source_url"]} for m in MEDIA]
    return {
        "site": {"name": "Villes au Carré", "description": "Centre de ressources politique de la ville en Centre-Val de Loire",
                 "url": BASE, "home": BASE, "gmt_offset": 1, "timezone_string": "Europe/Paris"},
        "posts": posts, "pages": pages, "categories": cats, "tags": tags, "media": media,
        "types": {
            "post": {"description": "", "hierarchical": False, "name": "Articles", "slug": "post", "taxonomies": ["category", "post_tag"], "rest_base": "posts"},
            "page": {"description": "", "hierarchical": True, "name": "Pages", "slug": "page", "taxonomies": [], "rest_base": "pages"},
            "attachment": {"description": "", "hierarchical": False, "name": "Médias", "slug": "attachment", "taxonomies": [], "rest_base": "media"},
        },
    }


ROBOTS = """User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php

Sitemap: https://www.villesaucarre.org/wp-sitemap.xml
"""

REAL = {  # id: (date, where it comes from)
    4311: ("2017-05-31", "text"), 4318: ("2017-10-12", "title"), 4325: ("2019-03", "upload-folder"), 4332: ("2018-03-01", "text"),
}
PDF_OF = {4311: [("statuts", PDF_STATUTS)], 4325: [("pole_ess", PDF_ESS)], 2764: [("pole_ess", PDF_ESS)], 3541: [("citeslab", PDF_CITESLAB)]}


def expected():
    docs = []
    for p in sorted(POSTS, key=lambda p: p["date"], reverse=True):
        date, src = REAL.get(p["id"], (p["date"][:10], "rest-api"))
        pdfs = PDF_OF.get(p["id"], [])
        docs.append({
            "url": p["link"], "title": _html.unescape(p["title"]["rendered"]), "date": date,
            "doc_type": "publication" if 7 in p["categories"] else "actualité",
            "tags": [CAT_NAME[c] for c in p["categories"]] + [TAG_NAME[t] for t in p["tags"]],
            "attachments": len(pdfs), "pdf_phrases": [ph for k, _ in pdfs for ph in PHRASES[k]],
            "attachment_urls": [u for _, u in pdfs], "date_from": src, "platform_date": p["date"][:10],
            "found_in": ["rest-api", "sitemap", "feed"],
        })
    return {
        "notes": (
            "Villes au Carré replica (WordPress, served by the REST emulator from wp.json; post pages, /wp-sitemap.xml and "
            "/feed/ are rendered by the server). Traps: "
            "(1) Four posts were re-imported on 2022-08-09: their REST date/modified and article:published_time say 2022-08-09 "
            "but the real date is in the text ('31 mai 2017' - the title only says '31 mai'), in the title ('12 octobre 2017'), "
            "in the text ('Le jeudi 1er mars 2018'), or nowhere but the upload folder of the linked PDF (/uploads/2019/03/ -> '2019-03'). "
            "Two keep a clean slug (the 31 mai AG post and retour-journee-entreprendre-quartiers), two have the '-2' suffix. Expected dates are the real ones; 'platform_date' gives the REST date. "
            "For the other posts the REST date is right even where the text holds other dates (appel à initiatives: "
            "'Date limite ... 30 avril 2019'; the AG post also says 'avant le 24 mai'). "
            "(2) Pole-ESS-DesIdeesPourDemainVF.pdf is linked from two posts (appel à initiatives 2019, its media parent, and the "
            "re-imported 'Pôle ESS' post, which links it as http://www.villesaucarre.org/...: same file, one sha256); media.post "
            "names only one parent, so attachments must also come from content links. Gutenberg file blocks link the same PDF twice "
            "(name + Télécharger button): one attachment. "
            "(3) media also holds a JPEG (featured image, not replicated): filter mime_type=application/pdf. "
            "(4) Titles contain &#8217; (decoded to ’ in expected titles) and « » with plain spaces. "
            "(5) doc_type: 'publication' for posts in the Publications category, else 'actualité'. tags = category names then tag "
            "names, each in the order of the post's REST categories / tags arrays (WordPress orders them by term name). The 2 pages (qui-sommes-nous, centre-de-ressources) are not documents. "
            "(6) The Dreux post links the re-imported post by its URL (a discovery path, not a duplicate)."),
        "documents": docs,
        "errors": [],
        "duplicates": {},
        "must_not_fetch": [BASE + "/wp-admin/"],
        "files": {"linked_from_two_posts": [PDF_ESS],
                  "http_variant": {"http://www.villesaucarre.org/wp-content/uploads/2019/03/Pole-ESS-DesIdeesPourDemainVF.pdf": PDF_ESS}},
        "not_documents": [BASE + "/qui-sommes-nous/", BASE + "/centre-de-ressources/"],
    }


def build():
    write_json(HOST, "wp.json", build_wp())
    write_json(HOST, "_site.json", {"wordpress": "wp.json"})
    write(HOST, "robots.txt", ROBOTS)
    write_json(HOST, "wp-content/uploads/2017/05/Statuts-Villes-au-Carre-2017.pdf.json", SPECS["statuts"])
    write_json(HOST, "wp-content/uploads/2019/03/Pole-ESS-DesIdeesPourDemainVF.pdf.json", SPECS["pole_ess"])
    write_json(HOST, "wp-content/uploads/2022/03/Bilan-CitesLab-CVL-2021.pdf.json", SPECS["citeslab"])
    write_json(HOST, "_expected.json", expected())


if __name__ == "__main__":
    build()
    print("ok")
