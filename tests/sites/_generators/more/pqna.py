"""PQN-A replica: the new site (an unknown CMS) with /fr/ and /en/ prefixes, whose old WordPress
root slugs (/slug/) answer 301 to the new URLs."""
import json
import sys
sys.path.insert(0, "/tmp/crpv-gen")
from common import SITES, write, write_json, esc, pdf_spec
from pqna_pdfs import CRISE, PAROLES, PHRASES

HOST = "pqn-a.fr"
BASE = f"https://{HOST}"

DOCS = [
    dict(path="/fr/actualites/articles/appel-a-projets-quartiers-solidaires-2024", kind="news", type="Actualité", code=None,
         title="Appel à projets « Quartiers solidaires » 2024", date="11/01/2024", iso="2024-01-11", authors="Equipe PQN-A",
         reading="3 min", tags=["Appel à projets", "Solidarités"], in_sitemap=False, jsonld=None, pdfs=[],
         lead="La Région et l’État lancent la troisième édition de l’appel à projets « Quartiers solidaires », destiné aux associations des quartiers prioritaires de Nouvelle-Aquitaine.",
         body="""<p>Les projets devront favoriser l’accès aux droits, la lutte contre l’isolement ou l’insertion professionnelle des habitants. Les associations peuvent solliciter jusqu’à quinze mille euros.</p>
<p>L’appel à projets clôture le 15/03/2024. PQN-A organise deux permanences en ligne pour aider les associations à préparer leur dossier.</p>"""),
    dict(path="/fr/ressources/analyses/paroles-dhabitants-vivre-dans-un-quartier-de-ville-moyenne", kind="resource", type="Paroles",
         code="PV-6", title="Paroles d’habitants : vivre dans un quartier de ville moyenne", date="02/02/2023", iso="2023-02-02",
         authors=None, reading="6 min", tags=["Villes moyennes", "Mobilité"], in_sitemap=True, jsonld=None,
         pdfs=[("/fr/ressources/analyses/paroles-dhabitants/pv-6-paroles-dhabitants.pdf", "paroles", "Lire le recueil (PDF)")],
         lead="Des habitants de quartiers prioritaires de Périgueux, Niort et Villeneuve-sur-Lot racontent leur quotidien : transports, commerces, services publics.",
         body="""<p>Ce sixième numéro de la série « Paroles » donne la parole aux habitants des villes moyennes, souvent absents des études sur la politique de la ville.</p>
<p>Les témoignages ont été recueillis par l’équipe de PQN-A lors de permanences dans les centres sociaux, à l’automne 2022.</p>"""),
    dict(path="/fr/actualites/articles/cites-educatives-trois-nouveaux-territoires-labellises", kind="news", type="Actualité", code=None,
         title="Cités éducatives : trois nouveaux territoires labellisés", date="09/09/2022", iso="2022-09-09",
         authors="Equipe PQN-A", reading="2 min", tags=["Éducation"], in_sitemap=True, jsonld=None, pdfs=[],
         lead="Bordeaux, Limoges et Angoulême rejoignent le programme des cités éducatives, qui compte désormais neuf territoires en Nouvelle-Aquitaine.",
         body="""<p>Le label permet de renforcer la coopération entre l’Éducation nationale, les collectivités et les associations autour des enfants et des jeunes, de la petite enfance à l’insertion professionnelle.</p>
<p>PQN-A anime le réseau régional des coordinateurs des cités éducatives.</p>"""),
    dict(path="/fr/actualites/articles/les-rencontres-regionales-2022-a-poitiers", kind="news", type="Événement", code=None,
         title="Les rencontres régionales 2022 à Poitiers", date="24/06/2022", iso="2022-06-24",
         authors="Equipe PQN-A , Anne-Sophie Gillion", reading="4 min", tags=["Rencontres", "Participation"], in_sitemap=True,
         jsonld={"@type": "NewsArticle", "datePublished": "2022-06-24"}, pdfs=[],
         lead="Deux cents professionnels et habitants se sont retrouvés à Poitiers pour les rencontres régionales de la politique de la ville.",
         body="""<p>La journée a été consacrée à la participation des habitants : conseils citoyens, budgets participatifs, tables de quartier. Les ateliers de l’après-midi ont permis de croiser les expériences de dix villes.</p>
<p>Les prochaines rencontres se tiendront en 2023 à La Rochelle.</p>"""),
    dict(path="/fr/ressources/analyses/les-quartiers-face-a-la-crise-sanitaire", kind="resource", type="Analyse", code="DT-1",
         title="Les quartiers face à la crise sanitaire : premiers enseignements", date="15/03/2021", iso="2021-03-15",
         authors="Equipe PQN-A , Anne-Sophie Gillion", reading="2 min",
         tags=["Crise sanitaire", "Quartiers prioritaires", "Solidarités"], in_sitemap=True,
         jsonld={"@type": "NewsArticle", "datePublished": "2021-03-15"},
         pdfs=[("/fr/ressources/analyses/crise-sanitaire/document.pdf?v=2", "crise", "Lire l’analyse complète (PDF)")],
         lead="Un an après le premier confinement, PQN-A a interrogé une vingtaine d’acteurs des quartiers de Nouvelle-Aquitaine.",
         body="""<p>Les associations de proximité ont été en première ligne : distribution alimentaire, maintien du lien avec les familles, accompagnement scolaire à distance.</p>
<p>Les centres sociaux soulignent la fatigue des équipes et la difficulté à toucher les jeunes adultes, mais aussi des coopérations nouvelles avec les bailleurs et les services de l’État.</p>"""),
    dict(path="/fr/actualites/articles/decouvrez-le-1er-numero-de-leco-des-quartiers", kind="news", type="Actualité", code=None,
         title="Découvrez le 1er numéro de L’Eco des quartiers", date="15/10/2019", iso="2019-10-15",
         authors=None, reading="1 min", tags=["Développement économique"], in_sitemap=False, jsonld=None,
         pdfs=[("/wp-content/uploads/2019/10/Eco-des-quartiers-n1.pdf", "eco", "Télécharger L’Eco des quartiers n°1")],
         lead="Le Club Dév Eco des centres de ressources politique de la ville publie le premier numéro de sa lettre, L’Eco des quartiers.",
         body="""<p>PQN-A a contribué à ce numéro consacré au développement économique des quartiers, avec une expérience de boutique éphémère à Bergerac.</p>"""),
]
OLD = {  # old WordPress root slugs -> new paths
    "/decouvrez-le-1er-numero-de-leco-des-quartiers/": "/fr/actualites/articles/decouvrez-le-1er-numero-de-leco-des-quartiers",
    "/les-rencontres-regionales-2022-a-poitiers/": "/fr/actualites/articles/les-rencontres-regionales-2022-a-poitiers",
    "/qui-sommes-nous/": "/fr/qui-sommes-nous",
    "/category/actualites/": "/fr/actualites/articles",
}


def layout(title, main, canonical, head="", body_class="page"):
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>PQN-A | {esc(title)}</title>
<link rel="canonical" href="{canonical}">
{head}<link rel="icon" href="/build/images/favicon.png">
</head>
<body class="{body_class}">
<header class="site"><div class="wrap"><a href="/fr/" class="logo">Pays et Quartiers de Nouvelle-Aquitaine</a>
<ul class="main-links"><li><a href="/fr/actualites/articles">Actualités</a></li><li><a href="/fr/ressources/analyses">Ressources</a></li><li><a href="/fr/agenda">Agenda</a></li><li><a href="/fr/qui-sommes-nous">Qui sommes-nous ?</a></li></ul>
<ul class="langs"><li><a href="/fr/" class="active">FR</a></li><li><a href="/en/">EN</a></li></ul></div></header>
<div class="layout">
  <div class="col-left"><div class="filters"><p>Filtrer :</p><a href="/fr/ressources/analyses?theme=emploi">Emploi</a> <a href="/fr/ressources/analyses?theme=education">Éducation</a> <a href="/fr/ressources/analyses?theme=solidarites">Solidarités</a></div></div>
  <div class="col-main">
{main}
  </div>
</div>
<div class="newsletter"><p>Recevez notre lettre d'information</p><a href="/fr/newsletter">S'inscrire</a></div>
<footer class="site-footer"><p>PQN-A – Centre de ressources politique de la ville de Nouvelle-Aquitaine</p><a href="/fr/mentions-legales">Mentions légales</a></footer>
</body>
</html>
"""


def jsonld(d):
    if not d["jsonld"]:
        return ""
    authors = [{"@type": "Organization", "name": "Equipe PQN-A"}] + ([{"@type": "Person", "name": "Anne-Sophie Gillion"}]
                                                                      if "Gillion" in (d["authors"] or "") else [])
    keywords = ", ".join(d["tags"])
    # Hand-written by the theme: a trailing comma (repairable), and a second block cut short.
    return f"""<script type="application/ld+json">
{{
  "@context": "https://schema.org",
  "@type": "{d['jsonld']['@type']}",
  "headline": {json.dumps(d['title'], ensure_ascii=False)},
  "datePublished": "{d['jsonld']['datePublished']}",
  "author": {json.dumps(authors, ensure_ascii=False)},
  "keywords": {json.dumps(keywords, ensure_ascii=False)},
}}
</script>
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "Article", "headline": "Oops</script>
"""


def item_page(d):
    css = "resource-page" if d["kind"] == "resource" else "news-page"
    code = f'<span class="code">{d["code"]}</span> ' if d["code"] else ""
    authors = f'\n      <p class="authors">{esc(d["authors"])}</p>' if d["authors"] else ""
    url = BASE + d["path"]
    files = "".join(f'\n      <p><a href="{u}">{esc(label)}</a></p>' for u, _, label in d["pdfs"])
    tags = "".join(f'<li><a href="/fr/ressources/analyses?theme={t.lower().replace(" ", "-")}">{esc(t)}</a></li>' for t in d["tags"])
    main = f"""    <div class="{css}">
      {code}<span class="type">{esc(d["type"])}</span>
      <h1>{esc(d["title"])}</h1>{authors}
      <p class="date">Publié le {d["date"]}</p>
      <p class="reading">Temps de lecture : {d["reading"]}</p>
      <div class="share"><a href="https://twitter.com/intent/tweet?url={url}">Twitter</a> <a href="https://www.linkedin.com/shareArticle?url={url}">LinkedIn</a> <a href="mailto:?subject={esc(d["title"])}&amp;body={url}">E-mail</a></div>
      <div class="lead"><p>{esc(d["lead"])}</p></div>
      <div class="body">{d["body"]}{files}</div>
      <ul class="tags">{tags}</ul>
    </div>"""
    head = (f'<meta name="description" content="{esc(d["lead"])}">\n<meta property="og:title" content="{esc(d["title"])}">\n'
            f'<meta property="og:type" content="website">\n<meta property="og:url" content="{url}">\n'
            f'<meta name="twitter:card" content="summary">\n{jsonld(d)}')
    if d["path"].endswith("les-quartiers-face-a-la-crise-sanitaire"):
        head += f'<link rel="alternate" hreflang="en" href="{BASE}/en/resources/analyses/neighbourhoods-facing-the-health-crisis">\n'
    return layout(d["title"], main, url, head, body_class=f"node {css}")


def card(d, href=None):
    return (f'      <div class="card"><span class="type">{esc(d["type"])}</span><h2><a href="{href or d["path"]}">{esc(d["title"])}</a></h2>'
            f'<p class="date">Publié le {d["date"]}</p><p>{esc(d["lead"])}</p></div>')


def listing(title, cards, next_href=None, prev_href=None, path=""):
    pager = ""
    if next_href or prev_href:
        pager = ('    <nav class="pager">' + (f'<a rel="prev" href="{prev_href}">Précédent</a> ' if prev_href else "")
                 + (f'<a rel="next" href="{next_href}">Suivant</a>' if next_href else "") + "</nav>\n")
    main = f"""    <h1>{esc(title)}</h1>
    <div class="listing">
{chr(10).join(cards)}
    </div>
{pager}"""
    return layout(title, main, BASE + path, body_class="listing-page")


def by(path_end):
    return next(d for d in DOCS if d["path"].endswith(path_end))


def build_listings():
    news = [d for d in DOCS if d["kind"] == "news"]
    page1 = [card(news[0]), card(news[1], news[1]["path"] + "?utm_source=lettre&utm_medium=email"),
             '      <div class="card promo"><h2><a href="/qui-sommes-nous/">Découvrez PQN-A</a></h2><p>Le centre de ressources de la politique de la ville en Nouvelle-Aquitaine.</p></div>']
    page2 = [card(news[2], "/les-rencontres-regionales-2022-a-poitiers/"), card(news[3], "/decouvrez-le-1er-numero-de-leco-des-quartiers/")]
    write(HOST, "fr/actualites/articles.html", listing("Articles", page1, "/fr/actualites/articles?page=2", path="/fr/actualites/articles"))
    write(HOST, "fr/actualites/articles@page=2.html", listing("Articles", page2, prev_href="/fr/actualites/articles", path="/fr/actualites/articles?page=2"))
    res = [card(d) for d in DOCS if d["kind"] == "resource"]
    write(HOST, "fr/ressources/analyses.html", listing("Analyses", res, path="/fr/ressources/analyses"))


def sitemap():
    rows = []
    for path in ["/fr/", "/fr/actualites/articles", "/fr/ressources/analyses", "/fr/qui-sommes-nous", "/fr/agenda"]:
        rows.append(f"  <url><loc>{BASE}{path}</loc><changefreq>weekly</changefreq></url>")
    for d in DOCS:
        if d["in_sitemap"]:
            alt = ""
            if d["path"].endswith("crise-sanitaire"):
                alt = (f'<xhtml:link rel="alternate" hreflang="fr" href="{BASE}{d["path"]}"/>'
                       f'<xhtml:link rel="alternate" hreflang="en" href="{BASE}/en/resources/analyses/neighbourhoods-facing-the-health-crisis"/>')
            y, m, dd = d["iso"].split("-")
            rows.append(f"  <url><loc>{BASE}{d['path']}</loc>{alt}<lastmod>{d['iso']}T09:00:00+01:00</lastmod></url>")
    for path in ["/en/", "/en/about", "/en/resources/analyses/neighbourhoods-facing-the-health-crisis"]:
        rows.append(f"  <url><loc>{BASE}{path}</loc></url>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' + "\n".join(rows) + "\n</urlset>\n")


def simple_page(path, title, text, lang="fr"):
    main = f'    <div class="page-content"><h1>{esc(title)}</h1><p>{esc(text)}</p></div>'
    return layout(title, main, BASE + path).replace('<html lang="fr">', f'<html lang="{lang}">')


DOC_TYPE = {"Actualité": "actualité", "Événement": "événement", "Analyse": "publication", "Paroles": "publication"}


def expected():
    docs = []
    for d in sorted(DOCS, key=lambda d: d["iso"], reverse=True):
        extra = {"code": d["code"]} if d["code"] else {}
        extra["temps_de_lecture"] = d["reading"]
        authors = [a.strip() for a in (d["authors"] or "").split(",") if a.strip()]
        found = (["sitemap"] if d["in_sitemap"] else []) + ["listing"]
        docs.append({"url": BASE + d["path"], "title": d["title"], "date": d["iso"], "doc_type": DOC_TYPE[d["type"]],
                     "tags": d["tags"], "attachments": len(d["pdfs"]),
                     "pdf_phrases": [ph for _, k, _ in d["pdfs"] for ph in PHRASES[k]],
                     "attachment_urls": [BASE + u for u, _, _ in d["pdfs"]], "authors": authors, "extra": extra,
                     "date_from": "jsonld" if d["jsonld"] else "text:publié", "found_in": found})
    return {
        "notes": (
            "PQN-A replica: the new site (CMS unknown: platform 'generic'), every page under /fr/ (a few /en/ translations). "
            "pqn-a.fr is canonical (as on the saved page), www.pqn-a.fr an alias. Traps: (1) Two URL generations: old WordPress root "
            "slugs with a trailing slash 301 to the new URLs: listing page 2 links '/decouvrez-le-1er-numero-de-leco-des-quartiers/' "
            "(the only way to that document: it is not in the sitemap; its identity is the NEW URL) and "
            "'/les-rencontres-regionales-2022-a-poitiers/' (also in the sitemap under its new URL: one document); the promo card "
            "links '/qui-sommes-nous/', which lands on /fr/qui-sommes-nous: not a document. (2) Channels: /sitemap.xml (urlset with "
            "xhtml:link hreflang alternates, /en/ pages and /fr/ section pages that are not documents; the newest article, the "
            "2024 call for projects, is not in it yet) and the listings /fr/actualites/articles (?page=2 by a[rel=next]) and "
            "/fr/ressources/analyses; facet links ?theme= are not pages to follow; a listing link carries utm_ parameters. "
            "(3) Item pages: no main/article element (scope .resource-page / .news-page), code label (DT-1, PV-6, in extra.code), "
            "type label (Analyse, Paroles -> publication; Événement -> événement; Actualité -> actualité), authors 'Equipe PQN-A , "
            "Anne-Sophie Gillion' (space before the comma) or none, 'Publié le 15/03/2021', 'Temps de lecture : 2 min' "
            "(extra.temps_de_lecture), share links, lead, body, tag links. Two pages carry JSON-LD with a trailing comma and a "
            "second, truncated block; the call for projects says 'clôture le 15/03/2024' after its 'Publié le'. (4) Files: "
            "document.pdf?v=2 (a query on the file URL), a PDF kept at its old WordPress upload path (/wp-content/uploads/2019/10/, "
            "the same bytes as IREV's and the network's copies of L'Eco des quartiers n°1)."),
        "documents": docs, "errors": [],
        "duplicates": {BASE + old: BASE + new for old, new in OLD.items() if "/articles/" in new},
        "must_not_fetch": [BASE + "/fr/ressources/analyses?theme="],
        "not_documents": [BASE + "/fr/qui-sommes-nous", BASE + "/en/", BASE + "/fr/actualites/articles", BASE + "/fr/ressources/analyses"],
    }


def build():
    for d in DOCS:
        write(HOST, d["path"].lstrip("/") + ".html", item_page(d))
    build_listings()
    write(HOST, "fr/index.html", simple_page("/fr/", "Accueil", "Pays et Quartiers de Nouvelle-Aquitaine, centre de ressources politique de la ville."))
    write(HOST, "index.html", simple_page("/", "Accueil", "Pays et Quartiers de Nouvelle-Aquitaine."))
    write(HOST, "fr/qui-sommes-nous.html", simple_page("/fr/qui-sommes-nous", "Qui sommes-nous ?", "PQN-A est le centre de ressources politique de la ville de Nouvelle-Aquitaine, né du rapprochement de deux associations en 2019."))
    write(HOST, "fr/agenda.html", simple_page("/fr/agenda", "Agenda", "Les prochains rendez-vous du réseau."))
    write(HOST, "en/index.html", simple_page("/en/", "Home", "Neighbourhoods and towns of Nouvelle-Aquitaine.", "en"))
    write(HOST, "en/about.html", simple_page("/en/about", "About us", "PQN-A is the urban policy resource centre of Nouvelle-Aquitaine.", "en"))
    write(HOST, "en/resources/analyses/neighbourhoods-facing-the-health-crisis.html",
          simple_page("/en/resources/analyses/neighbourhoods-facing-the-health-crisis", "Neighbourhoods facing the health crisis",
                      "A summary in English of our working paper DT-1.", "en"))
    write(HOST, "sitemap.xml", sitemap())
    write(HOST, "robots.txt", f"User-agent: *\nDisallow: /admin/\nDisallow: /fr/recherche\n\nSitemap: {BASE}/sitemap.xml\n")
    write_json(HOST, "fr/ressources/analyses/crise-sanitaire/document.pdf.json", pdf_spec(CRISE))
    write_json(HOST, "fr/ressources/analyses/paroles-dhabitants/pv-6-paroles-dhabitants.pdf.json", pdf_spec(PAROLES))
    irev_spec = json.loads((SITES / "www.irev.fr/sites/default/files/atoms/files/eco_des_quartiers_n1.pdf.json").read_text())
    write_json(HOST, "wp-content/uploads/2019/10/Eco-des-quartiers-n1.pdf.json", irev_spec)
    routes = {old: {"redirect": new, "status": 301} for old, new in OLD.items()}
    routes["/fr/ressources/analyses/crise-sanitaire/document.pdf?v=2"] = {"file": "fr/ressources/analyses/crise-sanitaire/document.pdf"}
    write_json(HOST, "_site.json", {"aliases": ["www.pqn-a.fr"], "routes": routes})
    write_json(HOST, "_expected.json", expected())


if __name__ == "__main__":
    build()
    print("ok")
