"""Profession Banlieue replica: SPIP 3.2, iso-8859-1, unmarked "URLs propres"."""
import sys
from datetime import datetime, timedelta
sys.path.insert(0, "/tmp/crpv-gen")
from common import write, write_json, esc, latin1_entities, pdf_spec
from pb_content import ARTICLES, RUBRIQUES, KW
from pb_pdfs import REGIE, COUVEUSE, CAHIER, PHRASES

HOST = "www.professionbanlieue.org"
BASE = f"https://{HOST}"
PER_PAGE = 3  # the live site shows 10 per page (debut_autres_articles=0,10,20...)
SPECS = {"regie": REGIE, "couveuse": COUVEUSE, "cahier": CAHIER}
MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
DAYS = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
CT = {"Content-Type": "text/html; charset=iso-8859-1"}


def fr_date(iso, weekday=False):
    d = datetime.fromisoformat(iso)
    s = f"{d.day}{'er' if d.day == 1 else ''} {MONTHS[d.month - 1]} {d.year}"
    return f"{DAYS[d.weekday()]} {s}" if weekday else s


def utc(iso):
    return (datetime.fromisoformat(iso) - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")


def typo(s):
    """SPIP's French typography: a no-break space before : ; ! ?"""
    for p in (" :", " ;", " !", " ?"):
        s = s.replace(p, "&nbsp;" + p[1])
    return s.replace("’", "&#8217;")


def page(title, body_class, content, description="", aside=""):
    head_title = f"{title} - Profession Banlieue" if title else "Profession Banlieue"
    desc = f'<meta name="description" content="{esc(description)}" />\n' if description else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="fr" xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr" class="ltr fr no-js">
<head>
<script type='text/javascript'>/*<![CDATA[*/(function(H){{H.className=H.className.replace(/\\bno-js\\b/,'js')}})(document.documentElement);/*]]>*/</script>
<title>{esc(head_title)}</title>
{desc}<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" />
<meta name="generator" content="SPIP 3.2.7 [24473]" />
<link rel="alternate" type="application/rss+xml" title="Syndiquer tout le site" href="spip.php?page=backend" />
<link rel="stylesheet" href="squelettes-dist/css/spip.css" type="text/css" />
<link rel="stylesheet" href="squelettes/css/pb.css" type="text/css" />
</head>
<body class="pas_surlignable {body_class}">
<div class="page">
	<div class="header" id="header">
		<a rel="start home" href="{BASE}/" title="Accueil" class="accueil"><img class="spip_logo" alt="" src="local/cache-vignettes/L150xH60/siteon0.png" /></a>
		<strong id="nom_site_spip">Profession Banlieue</strong>
		<p id="slogan_site_spip">Centre de ressources de la politique de la ville en Seine-Saint-Denis</p>
		<div class="formulaire_spip formulaire_recherche" id="formulaire_recherche"><form action="spip.php?page=recherche" method="get"><div><input type="hidden" name="page" value="recherche" /><input type="text" class="search text" size="10" name="recherche" id="recherche" /><input type="submit" class="submit" value="&gt;&gt;" title="Rechercher" /></div></form></div>
	</div>
	<div class="nav clearfix" id="nav">
		<ul>
			<li><a href="{BASE}/">Accueil</a></li>
			<li><a href="Les-fiches-experience">Les fiches exp&eacute;rience</a></li>
			<li><a href="Publications">Publications</a></li>
			<li><a href="Le-centre-de-ressources">Le centre de ressources</a></li>
		</ul>
	</div>
	<div class="wrapper hfeed">
{aside}	<div class="content hentry" id="content">
{content}
	</div>
	</div>
	<div class="footer clearfix"><p class="colophon">Profession Banlieue &middot; 15 rue Catulienne, 93200 Saint-Denis &middot; <a href="Mentions-legales">Mentions l&eacute;gales</a></p><a href="spip.php?page=plan">Plan du site</a> | <a href="spip.php?page=backend" rel="alternate" title="Syndiquer tout le site">RSS&nbsp;2.0</a></div>
</div>
</body>
</html>
"""


def agenda():
    # Sidebar events sit BEFORE #content in the DOM, with hAtom dates of their own.
    return """	<div class="aside agenda">
		<div class="menu"><h2>Prochains rendez-vous</h2><ul>
			<li><abbr class="published" title="2024-03-14T08:00:00Z">14 mars 2024</abbr> &ndash; <a href="spip.php?page=evenement&amp;id_evenement=88">Cycle de qualification : l&#8217;emploi des jeunes</a></li>
			<li><abbr class="published" title="2024-04-04T08:00:00Z">4 avril 2024</abbr> &ndash; <a href="spip.php?page=evenement&amp;id_evenement=89">Visite : la cit&eacute; de l&#8217;emploi de Bobigny</a></li>
		</ul></div>
	</div>
"""


def info_publi(a):
    if a["template"] == "publication":
        d = datetime.fromisoformat(a["date"])
        return f'<p class="info-publi">Paru en <time datetime="{a["date"][:10]}">{MONTHS[d.month - 1]} {d.year}</time></p>'
    pub = f'<abbr class="published" title="{utc(a["date"])}">{fr_date(a["date"], weekday=True)}</abbr>'
    if a.get("updated"):
        pub += (f'<span class="sep">, </span><span class="update">mis &agrave; jour le '
                f'<abbr class="updated" title="{utc(a["updated"])}">{fr_date(a["updated"])}</abbr></span>')
    return f'<p class="info-publi">{pub}</p>'


def documents(a):
    if not a["pdfs"]:
        return ""
    if a["id"] == 371:  # the document model <doc|left>, as on the saved page
        f, label, size, _ = a["pdfs"][0]
        return (f'\t\t<div class="spip_documents spip_documents_left"><a href="IMG/pdf/{f}" class="spip_doc_lien" '
                f'type="application/pdf">{label} (PDF, {size})</a></div>\n')
    items = "".join(f'<li><a href="IMG/pdf/{f}" class="spip_doc_lien" type="application/pdf" title="PDF - {size}">'
                    f'{esc(label)}</a> <small>(PDF &ndash; {size})</small></li>' for f, label, size, _ in a["pdfs"])
    return f'\t\t<div class="documents documents_joints"><h2 class="h2">Documents joints</h2><ul class="spip">{items}</ul></div>\n'


def keywords(a):
    if not a["tags"]:
        return ""
    if a["template"] == "publication":
        links = ", ".join(f'<a href="{KW[t]}">{esc(t)}</a>' for t in a["tags"])
        return f'\t\t<p class="tags">Th&egrave;mes : {links}</p>\n'
    items = "".join(f'<li><a href="{KW[t]}" rel="tag">{esc(t)}</a></li>' for t in a["tags"])
    return f'\t\t<div class="mots"><h2 class="h2">Mots-cl&eacute;s</h2><ul>{items}</ul></div>\n'


def portfolio(a):
    if a["id"] != 352:
        return ""
    return ('\t\t<div class="portfolio"><a href="IMG/jpg/jardin-4000.jpg" type="image/jpeg" rel="documents_portfolio" '
            'title="Le jardin, printemps 2020"><img src="local/cache-vignettes/L150xH100/jardin-4000-2c3f1.jpg?1591608000" '
            'width="150" height="100" alt="" /></a></div>\n')


def article_page(a):
    rname, rslug = RUBRIQUES[a["rubrique"]]
    title = typo(esc(a["title"]).replace("&#x27;", "'"))
    siblings = [b for b in ARTICLES if b["rubrique"] == a["rubrique"] and b is not a][:4]
    same = "".join(f'<li><a href="{b["slug"]}">{typo(esc(b["title"]))}</a></li>' for b in siblings)
    chapo = f'\t\t\t<div class="chapo entry-summary"><p>{typo(esc(a["chapo"]))}</p></div>\n' if a["chapo"] else ""
    texte = typo(a["texte"])
    if a["template"] == "publication":
        content = f"""		<p class="arbo"><a href="{BASE}/">Accueil</a> &gt; <a href="{rslug}">{esc(rname)}</a> &gt; <strong class="on">{title}</strong></p>
		<div class="publication">
			<p class="surtitre">Les Cahiers de Profession Banlieue</p>
			<h1 class="titre entry-title">{title}</h1>
			{info_publi(a)}
			<div class="chapo">{typo(esc(a["chapo"]))}</div>
			<div class="texte">{texte}</div>
{documents(a)}{keywords(a)}		</div>"""
    else:
        content = f"""		<p class="arbo"><a href="{BASE}/">Accueil</a> &gt; <a href="{rslug}">{esc(rname)}</a> &gt; <strong class="on">{title}</strong></p>
		<div class="cartouche">
			<h1 class="surlignable entry-title">{title}</h1>
			{info_publi(a)}
		</div>
		<div class="surlignable">
{chapo}			<div class="texte entry-content">{texte}</div>
		</div>
{portfolio(a)}{documents(a)}{keywords(a)}		<p class="forum-repondre"><a href="spip.php?page=forum&amp;id_article={a['id']}" rel="noindex nofollow">R&eacute;pondre &agrave; cet article</a></p>"""
    aside = f"""	<div class="aside">
		<div class="menu"><h2>Dans la m&ecirc;me rubrique</h2><ul>{same}</ul></div>
	</div>
"""
    html = page(a["title"], "page_article", content, description=a["chapo"], aside=agenda()) .replace(
        "\t</div>\n\t</div>\n\t<div class=\"footer", "\t</div>\n" + aside + "\t</div>\n\t<div class=\"footer")
    if a["template"] == "legacy":  # imported from the old site: raw windows-1252 bytes, no entities
        html = html.replace("&#8217;", "’").replace("&#339;", "œ")
        return html.encode("cp1252")
    return latin1_entities(html).encode("latin-1")


def pagination(slug, offset, total, param="debut_autres_articles"):
    parts = []
    for n, start in enumerate(range(0, total, PER_PAGE), 1):
        if start == offset:
            parts.append(f'<strong class="on">{n}</strong>')
        else:
            parts.append(f'<a href="{slug}?{param}={start}#pagination_{param[6:]}" class="lien_pagination" rel="nofollow">{n}</a>')
    return '<p class="pagination"><span class="pages">' + '<span class="sep separateur">|</span>'.join(parts) + "</span></p>"


def entry(a, extra=""):
    return (f'<li class="item hentry"><strong class="h3 entry-title"><a href="{a["slug"]}" rel="bookmark">{typo(esc(a["title"]))}</a></strong>'
            f' <small class="info-publi"><abbr class="published" title="{utc(a["date"])}">{fr_date(a["date"])}</abbr></small>'
            f'<div class="introduction entry-content"><p>{typo(esc(a["chapo"]))}{extra}</p></div></li>')


BREVES = """	<div class="aside">
		<div class="menu breves"><h2>Br&egrave;ves</h2><ul>
			<li><a href="Nouvelle-session-du-cycle-emploi">Nouvelle session du cycle emploi</a></li>
			<li><a href="Le-centre-de-documentation-ferme-en-aout">Le centre de documentation ferme en ao&ucirc;t</a></li>
		</ul>
		<a id="pagination_breves"></a><p class="pagination"><span class="pages"><strong class="on">1</strong><span class="sep separateur">|</span><a href="{slug}?debut_breves=2#pagination_breves" class="lien_pagination" rel="nofollow">2</a><span class="sep separateur">|</span><a href="{slug}?debut_breves=4#pagination_breves" class="lien_pagination" rel="nofollow">3</a></span></p></div>
	</div>
"""


def rubrique_page(rid, offset=0):
    name, slug = RUBRIQUES[rid]
    arts = sorted([a for a in ARTICLES if a["rubrique"] == rid], key=lambda a: a["date"], reverse=True)
    shown = arts[offset:offset + PER_PAGE] if rid == 5 else arts
    items = []
    for a in shown:
        extra = ""
        if a["id"] == 305:  # an old hand-written shortlink: it redirects, never follow it
            extra = ' Voir aussi <a href="spip.php?article187">le chantier d&#8217;insertion de Bobigny</a>.'
        items.append(entry(a, extra))
    pager = pagination(slug, offset, len(arts)) if rid == 5 else ""
    intro = {5: "Des actions men&eacute;es dans les quartiers de Seine-Saint-Denis, r&eacute;dig&eacute;es avec leurs porteurs. "
                "Retrouvez aussi nos <a href=\"Les-Cahiers-de-Profession-Banlieue-Developpement-economique-et-quartiers\">Cahiers</a>.",
             3: "Les Cahiers, les actes de rencontres et les dossiers de Profession Banlieue.",
             1: "L&#8217;association, son &eacute;quipe et ses partenaires."}[rid]
    content = f"""		<p class="arbo"><a href="{BASE}/">Accueil</a> &gt; <strong class="on">{esc(name)}</strong></p>
		<div class="cartouche"><h1 class="">{esc(name)}</h1></div>
		<div class="main"><div class="texte"><p>{intro}</p></div></div>
		<div class="liste articles">
			<a id="pagination_autres_articles"></a>
			<h2 class="h2">Articles de cette rubrique</h2>
			<ul class="liste-items">
				{chr(10).join(items)}
			</ul>
			{pager}
		</div>"""
    html = page(name, "page_rubrique", content)
    html = html.replace("\t</div>\n\t</div>\n\t<div class=\"footer", "\t</div>\n" + BREVES.replace("{slug}", slug) + "\t</div>\n\t<div class=\"footer")
    return latin1_entities(html).encode("latin-1")


def home_page():
    latest = sorted([a for a in ARTICLES if a["rubrique"] != 1], key=lambda a: a["date"], reverse=True)[:4]
    items = "".join(f'<li><a href="spip.php?article{a["id"]}">{typo(esc(a["title"]))}</a></li>' for a in latest)
    content = f"""		<div class="cartouche"><h1 class="">Profession Banlieue</h1></div>
		<div class="chapo"><p>Centre de ressources de la politique de la ville en Seine-Saint-Denis depuis 1993.</p></div>
		<div class="menu articles"><h2>Derniers articles</h2><ul>{items}</ul></div>"""
    return latin1_entities(page("", "page_sommaire", content)).encode("latin-1")


def xml_text(s):
    return latin1_entities(esc(s).replace("&#x27;", "'"))


def sitemap():
    # Cached before the newest fiche; lists at most 2000 articles (the replica leaves out the oldest).
    rows = [f"<url>\n <loc>{BASE}/</loc>\n <lastmod>2022-01-20</lastmod>\n <changefreq>daily</changefreq>\n <priority>1.0</priority>\n</url>"]
    for rid, (name, slug) in RUBRIQUES.items():
        rows.append(f"<url>\n <loc>{BASE}/{slug}</loc>\n <lastmod>2022-01-20</lastmod>\n <changefreq>weekly</changefreq>\n <priority>0.7</priority>\n</url>")
    for a in sorted(ARTICLES, key=lambda a: a["date"], reverse=True):
        if a["in_sitemap"]:
            rows.append(f"<url>\n <loc>{BASE}/{a['slug']}</loc>\n <lastmod>{(a.get('updated') or a['date'])[:10]}</lastmod>\n <changefreq>monthly</changefreq>\n <priority>0.5</priority>\n</url>")
    return ('<?xml version="1.0" encoding="iso-8859-1"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + "\n".join(rows) + "\n</urlset>\n").encode("latin-1")


def backend(rid=None):
    arts = [a for a in ARTICLES if a["rubrique"] != 1 and (rid is None or a["rubrique"] == rid)]
    arts = sorted(arts, key=lambda a: a["date"], reverse=True)[:5]  # this site's backend: {0,5}
    items = []
    for a in arts:
        subjects = "".join(f"\n\t\t<dc:subject>{xml_text(t)}</dc:subject>" for t in a["tags"])
        items.append(f"""	<item xml:lang="fr">
		<title>{xml_text(a["title"])}</title>
		<link>{BASE}/{a["slug"]}</link>
		<guid isPermaLink="true">{BASE}/{a["slug"]}</guid>
		<dc:date>{utc(a["date"])}</dc:date>
		<dc:format>text/html</dc:format>
		<dc:language>fr</dc:language>
		<dc:creator>Profession Banlieue</dc:creator>{subjects}
		<description>{xml_text("<p>" + a["chapo"] + "</p>")}</description>
		<content:encoded>{xml_text(a["texte"])}</content:encoded>
	</item>""")
    title = "Profession Banlieue" + (f" - {RUBRIQUES[rid][0]}" if rid else "")
    self_url = f"{BASE}/spip.php?page=backend" + (f"&amp;id_rubrique={rid}" if rid else "")
    return (f"""<?xml version="1.0" encoding="iso-8859-1"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel xml:lang="fr">
	<title>{xml_text(title)}</title>
	<link>{BASE}/</link>
	<description>Centre de ressources de la politique de la ville en Seine-Saint-Denis</description>
	<language>fr</language>
	<generator>SPIP - www.spip.net</generator>
	<atom:link href="{self_url}" rel="self" type="application/rss+xml" />
""" + "\n".join(items) + "\n</channel>\n</rss>\n").encode("latin-1")


ROBOTS = f"""# robots.txt
# @url: {BASE}
# @generator: SPIP 3.2.7 [24473]
# @template: squelettes-dist/robots.txt.html

User-agent: *
Disallow: /local/
Disallow: /ecrire/
Disallow: /plugins-dist/
Disallow: /prive/
Disallow: /squelettes-dist/
Disallow: /squelettes/

Sitemap: {BASE}/sitemap.xml
"""

DOCS = [a for a in ARTICLES if a["rubrique"] != 1]


def expected():
    docs = []
    for a in sorted(DOCS, key=lambda a: a["date"], reverse=True):
        found = []
        if a["in_sitemap"]:
            found.append("sitemap")
        if a in sorted(DOCS, key=lambda a: a["date"], reverse=True)[:5] or a in sorted([d for d in DOCS if d["rubrique"] == 5], key=lambda a: a["date"], reverse=True)[:5]:
            found.append("feed")
        if a["rubrique"] == 5:
            found.append("listing")
        docs.append({
            "url": f"{BASE}/{a['slug']}", "title": a["title"], "date": a["date"][:10],
            "doc_type": "fiche expérience" if a["rubrique"] == 5 else "publication",
            "tags": a["tags"], "attachments": len(a["pdfs"]),
            "pdf_phrases": [ph for p in a["pdfs"] for ph in PHRASES[p[3]]],
            "attachment_urls": [f"{BASE}/IMG/pdf/{p[0]}" for p in a["pdfs"]],
            "extra": {"rubrique": RUBRIQUES[a["rubrique"]][0]},
            "date_from": "time" if a["template"] == "publication" else "hatom",
            "found_in": found,
        })
    return {
        "notes": (
            "Profession Banlieue replica (SPIP 3.2 squelettes-dist, charset iso-8859-1: pages are Latin-1 bytes with &#8217; / &#339; "
            "entities, as SPIP writes them, and served with 'text/html; charset=iso-8859-1' through routes; the Bobigny fiche, imported "
            "from the old site, holds raw windows-1252 bytes for ’ and œ). Unmarked 'URLs propres': articles and rubriques are both root "
            "slugs (/Les-fiches-experience is a rubrique, /Qui-sommes-nous an article), so the body class decides (page_article, "
            "page_rubrique, page_sommaire). Traps: (1) Channels: spip.php?page=sitemap.xml is a stale cache (the newest fiche, Sevran 2023, "
            "is missing) and stands for the 2000-article limit by leaving out the oldest fiche (Bobigny 2014), which only the rubrique "
            "listing reaches, on its third page; spip.php?page=backend and &id_rubrique=5 list the 5 newest (this site's {0,5}) with "
            "dc:date. The sitemap also lists the home page and the three rubriques, which are not documents. "
            "(2) Paging: /Les-fiches-experience?debut_autres_articles=0,3,6 (page size 3 here, 10 on the live site) with SPIP's numbered "
            "pager (a.lien_pagination, no 'next' mark, #pagination_autres_articles anchors, the first page also as =0); the sidebar "
            "'Brèves' has its own pager (debut_breves=2,4) that must not be followed. (3) Shortlinks: an entry on listing page 2 links "
            "spip.php?article187 (301 to the clean URL; spip.php?articleN all redirect) and the home page links articles that way: never "
            "request them. (4) Not documents: /Qui-sommes-nous and /Mentions-legales are articles of the rubrique 'Le centre de "
            "ressources' (excluded), rubriques, the home page. (5) Dates: hAtom abbr.published in .info-publi (with an abbr.updated "
            "'mis à jour le 12 mars 2021' on the Montreuil fiche, not the date); the Publications rubrique uses another template "
            "(div.publication, 'Paru en <time datetime>juin 2019</time>'); a 'Prochains rendez-vous' sidebar with its own hAtom dates "
            "comes BEFORE #content in the DOM. (6) Files: /IMG/pdf/ documents in a spip_documents block (a.spip_doc_lien) and linked "
            "again inline with class spip_in (one attachment), in a documents_joints list, relative URLs; a portfolio JPEG is not an "
            "attachment. (7) doc_type from the rubrique in the breadcrumb (.arbo): 'Les fiches expérience' -> fiche expérience, "
            "'Publications' -> publication; tags are the keywords (.mots a[rel=tag], or p.tags links on the publication template); "
            "extra.rubrique names the rubrique. (8) Cities in the text ('La ville de Saint-Denis', 'Située à La Courneuve', "
            "'Située au cœur du quartier des Beaudottes'). Aliased host professionbanlieue.org."),
        "documents": docs,
        "errors": [],
        "duplicates": {f"{BASE}/spip.php?article{a['id']}": f"{BASE}/{a['slug']}" for a in DOCS},
        "must_not_fetch": [f"{BASE}/spip.php?article", f"{BASE}/Les-fiches-experience?debut_breves="],
        "not_documents": [f"{BASE}/", f"{BASE}/Les-fiches-experience", f"{BASE}/Publications",
                          f"{BASE}/Le-centre-de-ressources", f"{BASE}/Qui-sommes-nous", f"{BASE}/Mentions-legales"],
    }


def build():
    routes = {}
    for a in ARTICLES:
        write(HOST, a["slug"] + ".html", article_page(a))
        routes["/" + a["slug"]] = {"file": a["slug"] + ".html", "headers": CT}
        routes[f"/spip.php?article{a['id']}"] = {"redirect": "/" + a["slug"], "status": 301}
    for rid, (name, slug) in RUBRIQUES.items():
        write(HOST, slug + ".html", rubrique_page(rid))
        routes["/" + slug] = {"file": slug + ".html", "headers": CT}
    for offset in range(0, len([a for a in ARTICLES if a["rubrique"] == 5]), PER_PAGE):
        rel = f"Les-fiches-experience@debut_autres_articles={offset}.html"
        write(HOST, rel, rubrique_page(5, offset))
        routes[f"/Les-fiches-experience?debut_autres_articles={offset}"] = {"file": rel, "headers": CT}
    write(HOST, "index.html", home_page())
    routes["/"] = {"file": "index.html", "headers": CT}
    write(HOST, "robots.txt", ROBOTS)
    write(HOST, "spip.php@page=sitemap.xml", sitemap())
    write(HOST, "sitemap.xml", sitemap())
    write(HOST, "spip.php@page=backend", backend())
    write(HOST, "spip.php@page=backend&id_rubrique=5", backend(5))
    for a in ARTICLES:
        for f, _, _, key in a["pdfs"]:
            write_json(HOST, f"IMG/pdf/{f}.json", pdf_spec(SPECS[key]))
    write_json(HOST, "_site.json", {"aliases": ["professionbanlieue.org"], "routes": routes})
    write_json(HOST, "_expected.json", expected())


if __name__ == "__main__":
    build()
    print("ok")
