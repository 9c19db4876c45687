"""Writes tests/sites/cosoter-ressources.info/ (PMB OPAC + OAI-PMH replica). Run once; output is committed."""
import html
import json
import sys
from pathlib import Path

sys.path.insert(0, "/tmp/gen")
from cosoter_data import RECORDS

HOST = "cosoter-ressources.info"
BASE = f"https://{HOST}"
OUT = Path("/work/main/tests/sites") / HOST
LISTING = "index.php@lvl=more_results&mode=keyword&user_query=*&nb_per_page=200&page=1"
LIVE = [r for r in RECORDS if not r.get("deleted")]
e = html.escape


def w(rel, text, encoding="utf-8"):
    path = OUT / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding, "xmlcharrefreplace"))


def head(title, charset="utf-8"):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr" lang="fr">
<head>
<meta http-equiv="content-type" content="text/html; charset={charset}" />
<meta name="author" content="PMB Group" />
<meta name="keywords" content="OPAC, web, library, opensource, catalog, catalogue, bibliothèque, médiathèque, pmb, phpmybibli" />
<meta name="description" content="Catalogue en ligne Cosoter." />
<meta name="robots" content="all" />
<title>{e(title)}</title>
<link rel="stylesheet" type="text/css" href="./styles/cosoter/cosoter.css" />
<link rel="alternate" type="application/rss+xml" title="Nouveautés Cosoter" href="./rss.php?id=1" />
<script type="text/javascript" src="./includes/javascript/http_request.js"></script>
<script type="text/javascript" src="./includes/javascript/tablist.js"></script>
</head>
"""


def sidebar():
    newest = sorted(LIVE, key=lambda r: r["datestamp"], reverse=True)[:3]
    items = "\n".join(f'<li><a href="./index.php?lvl=notice_display&amp;id={r["id"]}">{e(r["title"])}</a></li>' for r in newest)
    return f"""<div id="bandeau">
<div id="accueil"><h3><span>Cosoter</span></h3>
<p class="centered"><a href="./index.php?lvl=index"><img src="./images/site/logo_cosoter.png" alt="Accueil" /></a></p></div>
<div id="connexion"><h3>Accès abonné</h3>
<form action="empr.php" method="post" name="myform"><input type="text" name="login" class="login" size="14" /><input type="password" name="password" class="password" size="8" value="" /><input type="submit" name="ok" value="ok" class="bouton" /></form></div>
<div id="adresse"><h3>Adresse</h3>
<span>Cosoter – centre de documentation partagé<br />des centres de ressources politique de la ville<br /></span>
<table class="horaires"><tr><td>Lundi</td><td>9h30 – 17h</td></tr><tr><td>Jeudi</td><td>9h30 – 17h</td></tr></table></div>
<div id="nouveautes"><h3>Dernières notices</h3><ul>
{items}
</ul></div>
</div>
"""


def footer():
    return """<div id="footer"><span id="footer_rss"><a href="./rss.php?id=1" title="Flux RSS des nouveautés"><img src="./images/rss.png" alt="RSS" /></a></span>
<span id="footer_link_sup"><a href="./index.php?lvl=infopages&amp;pagesid=2">Mentions légales</a></span>
<span id="footer_link_pmb"><a class="lien_pmb_footer" href="https://www.sigb.net" title="...une solution libre pour la médiathèque..." target="_blank">pmb</a></span></div>
"""


def navigator():
    return """<div id="navigator"><table width="100%"><tr>
<td class="navig_actions_first_screen"><a href="./index.php?lvl=index" class="avec_recherches"><span>Accueil</span></a></td>
<td class="navig_categ"><a href="./index.php?lvl=categ_see&amp;id=1"><span>Thésaurus</span></a></td>
<td class="navig_etageres"><a href="./index.php?lvl=etagere_see&amp;id=3"><span>Étagères</span></a></td>
</tr></table></div>
"""


def author_links(r):
    return " ; ".join(f'<a href="./index.php?lvl=author_see&amp;id={aid}">{e(name)}</a>, {e(fn)}' for name, aid, fn in r["authors"])


def editeur(r):
    name, pid, town = r["editeur"]
    return f'<a href="./index.php?lvl=publisher_see&amp;id={pid}">{e(name)}</a> ({e(town)})'


def editeur_text(r):
    name, _, town = r["editeur"]
    return f"{name} ({town})"


def collection(r):
    if not r.get("collection"):
        return None
    name, cid, num = r["collection"]
    link = f'<a href="./index.php?lvl=coll_see&amp;id={cid}">{e(name)}</a>'
    return link + (f", n° {e(num)}" if num else "")


def public_rows(r):
    rows = [("Titre", "title", e(r["title"])), ("Type de document", "typdoc", e(r["typdoc"])),
            ("Auteurs", "auteurs", author_links(r)), ("Editeur", "ed1", editeur(r)),
            ("Année de publication", "year", e(r["year"])), ("Collection", "coll", collection(r)),
            ("Importance", "npages", e(r["importance"])),
            ("Présentation", "ill", e(r["presentation"]) if r.get("presentation") else None),
            ("Format", "size", e(r["format"]) if r.get("format") else None),
            ("ISBN/ISSN/EAN", "code", e(r["isbn"]) if r.get("isbn") else None),
            ("Langues", "langues", e(r["langues"])),
            ("Résumé", "resume", "<br />".join(e(p) for p in r["resume"])),
            ("Descripteurs", "categ", "<br />".join(
                f'<a href="./index.php?lvl=categ_see&amp;id={200 + i}" title="Voir les notices de ce descripteur">{e(c)}</a>'
                for i, c in enumerate(r["categories"]))),
            ("Mots-clés", "keywords", " ".join(
                f'<a href="./index.php?lvl=more_results&amp;mode=keyword&amp;user_query={e(k)}&amp;tags=ok">{e(k)}</a>'
                for k in r["keywords"]) or None)]
    if r.get("online"):
        url, label = r["online"]
        rows.append(("En ligne", "lien", f'<a href="{e(url)}" target="_blank">{e(label or url)}</a>'))
    rows.append(("Permalink", "permalink",
                 f'<a href="{BASE}/index.php?lvl=notice_display&amp;id={r["id"]}">{BASE}/index.php?lvl=notice_display&amp;id={r["id"]}</a>'))
    out = []
    for label, css, value in rows:
        if value:
            out.append(f"""<tr class="tr_{css}">
<td class="align_right bg-grey"><span class="etiq_champ">{label} :</span></td>
<td class="public_line_value"><span class="public_{css}">{value}</span></td>
</tr>""")
    return "\n".join(out)


def isbd(r):
    names = " ; ".join(n for n, _, _ in r["authors"])
    coll = f" . - ({r['collection'][0]})" if r.get("collection") else ""
    return (f"{e(r['title'])} [{e(r['typdoc'])}] / {e(names)}&nbsp;. - {e(editeur_text(r))}, {e(r['year'])}"
            f"&nbsp;. - {e(r['importance'])}{e(coll)}.<br /><span class='etiq_champ'>Langues</span>&nbsp;: {e(r['langues'])}")


def docnum(r):
    d = r.get("docnum")
    if not d:
        return ""
    alt = e(f"{d['name']} - application/pdf")
    href = f"{BASE}/{d['script']}?explnum_id={d['explnum']}"
    if d.get("search_fragment"):
        href += '#search="activité quartiers"'
    img = (f"<img src='{BASE}/vig_num.php?explnum_id={d['explnum']}' alt='{alt}' title='{alt}' />" if d["vignette"]
           else f"<img src='{BASE}/images/mimetype/pdf.gif' alt='{alt}' title='{alt}' />")
    return f"""<a name="docnum"><h3><span id="titre_explnum">Documents numériques (1)</span></h3></a>
<table class="docnum"><tr><td class="docnum" style="width:33%"><a href='{href}' title='{alt}' target='_blank'>{img}</a><br />{e(d['name'])}<div class="explnum_type">PDF</div></td><td class="docnum" style="width:33%">&nbsp;</td><td class="docnum" style="width:33%">&nbsp;</td></tr></table>
<div class="explnum_vignette_link"><a href="{BASE}/vig_num.php?explnum_id={d['explnum']}">Agrandir la vignette</a></div>"""


def exemplaires(r):
    return f"""<h3><span id="titre_exemplaires">Exemplaires (1)</span></h3>
<table class="exemplaires" cellpadding="2" width="100%">
<tr class="thead"><th class="expl_header_expl_cote">Cote</th><th class="expl_header_tdoc_libelle">Support</th><th class="expl_header_location_libelle">Localisation</th><th class="expl_header_section_libelle">Section</th><th>Disponibilité</th></tr>
<tr class="even item_expl expl_available"><td class="expl_cote">DOC {r['id']:05d}</td><td class="tdoc_libelle">{e(r['typdoc'])}</td><td class="location_libelle">Centre de documentation</td><td class="section_libelle">Développement économique</td><td class="expl_situation"><strong>Disponible</strong></td></tr>
</table>"""


def record_page(r):
    rid = r["id"]
    short = e(r["title"]) + " / " + e(r["authors"][0][0])
    return head(f"{r['title']} | Catalogue en ligne Cosoter") + f"""<body onload="window.defaultStatus='PMB : Accès public';" id="pmbopac">
<script type="text/javascript">function show_what(quoi, id) {{ var whichISBD = document.getElementById('div_isbd' + id); var whichPUBLIC = document.getElementById('div_public' + id); if (quoi == 'ISBD') {{ whichISBD.style.display = 'block'; whichPUBLIC.style.display = 'none'; }} else {{ whichISBD.style.display = 'none'; whichPUBLIC.style.display = 'block'; }} }}</script>
<div id="container"><div id="main"><div id="main_header"><h1 class="titre_opac">Cosoter – centre de documentation partagé des CRPV</h1></div>
<div id="main_hors_footer">
{navigator()}<div id="resultatrech"><h3>Détail de la notice</h3>
<div id="resultatrech_container"><div id="resultatrech_liste">
<div id="el{rid}Parent" class="notice-parent">
<img src="./getgif.php?nomgif=moins" class="img_plus" name="imEx" id="el{rid}Img" title="Moins de détails" alt="moins" border="0" onclick="expandBase('el{rid}', true); return false;" hspace="3" />
<span class="notice-heada">{short}</span>
<br />
</div>
<div id="el{rid}Child" class="notice-child" style="margin-bottom:6px;display:block;width:94%">
<ul id="onglets_isbd_public{rid}" class="onglets_isbd_public">
<li id="onglet_public{rid}" class="isbd_public_active"><a href="#" onclick="show_what('PUBLIC', '{rid}'); return false;">Public</a></li>
<li id="onglet_isbd{rid}" class="isbd_public_inactive"><a href="#" onclick="show_what('ISBD', '{rid}'); return false;">ISBD</a></li>
</ul>
<div class="row"></div>
<div id="div_public{rid}" style="display:block;"><table>
{public_rows(r)}
</table></div>
<div id="div_isbd{rid}" style="display:none;">{isbd(r)}</div>
{docnum(r)}
{exemplaires(r)}
<div class="addthis_toolbox"><a class="addthis_button_facebook" href="https://www.addthis.com/bookmark.php?v=250&amp;winname=addthis&amp;pub=cosoter&amp;s=facebook">Partager</a></div>
</div>
</div></div></div>
</div>
{sidebar()}
</div>
{footer()}
</div>
</body>
</html>
"""


def record_page_latin1(r):
    """An older template (PMB 3.x): one table, <b> labels, plain-text descriptors, iso-8859-1."""
    rid = r["id"]
    def row(label, value):
        return f"<tr><td align='right' class='bg-grey'><b>{label} :</b></td><td>{value}</td></tr>\n"
    names = " ; ".join(f"{n}, {fn}" for n, _, fn in r["authors"])
    rows = (row("Titre", e(r["title"])) + row("Type de document", e(r["typdoc"]))
            + row("Auteurs", e(names)) + row("Editeur", e(editeur_text(r)))
            + row("Ann&eacute;e de publication", e(r["year"])) + row("Collection", e(r["collection"][0]))
            + row("Importance", e(r["importance"])) + row("Langues", e(r["langues"]))
            + row("R&eacute;sum&eacute;", e(" ".join(r["resume"])))
            + row("Descripteurs", e(" ; ".join(r["categories"]))))
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Catalogue en ligne Cosoter</title>
<link rel="stylesheet" type="text/css" href="./styles/1/1.css">
</head>
<body>
<table width="100%" cellspacing="0" cellpadding="0" border="0">
<tr><td id="bandeau" width="190" valign="top">
<h3>Derni&egrave;res notices</h3>
<a href="./index.php?lvl=notice_display&amp;id=186">Entreprendre dans les quartiers prioritaires</a><br>
<table><tr><td><b>Titre :</b></td><td>Lettre d'information n&deg;3</td></tr></table>
</td>
<td valign="top">
<div id="resultatrech_liste">
<div id="notice">
<h3>Notice</h3>
<table width="100%">
{rows}</table>
</div>
</div>
</td></tr>
</table>
<div id="footer"><a href="https://www.sigb.net">pmb</a></div>
</body>
</html>
"""


def listing():
    entries = []
    for i, r in enumerate(LIVE):
        rid = r["id"]
        extra = "&amp;seule=1" if i % 3 == 1 else ""
        entries.append(f"""<div id="el{rid}Parent" class="notice-parent">
<img src="./getgif.php?nomgif=plus" class="img_plus" name="imEx" id="el{rid}Img" title="détail" alt="détail" border="0" onclick="expandBase('el{rid}', true); return false;" hspace="3" />
<span class="notice-heada">{e(r['title'])} / <a href="./index.php?lvl=author_see&amp;id={r['authors'][0][1]}">{e(r['authors'][0][0])}</a></span>
<br />
</div>
<div id="el{rid}Child" class="notice-child" style="margin-bottom:6px;display:none;width:94%">
<table><tr><td class="align_right bg-grey"><span class="etiq_champ">Titre :</span></td><td><a href="./index.php?lvl=notice_display&amp;id={rid}{extra}">{e(r['title'])}</a></td></tr>
<tr><td class="align_right bg-grey"><span class="etiq_champ">Année de publication :</span></td><td>{e(r['year'])}</td></tr></table>
</div>""")
    body = "\n".join(entries)
    return head("Catalogue en ligne Cosoter") + f"""<body onload="window.defaultStatus='PMB : Accès public';" id="pmbopac">
<div id="container"><div id="main"><div id="main_header"><h1 class="titre_opac">Cosoter – centre de documentation partagé des CRPV</h1></div>
<div id="main_hors_footer">
{navigator()}<div id="resultatrech"><div id="resultatrech_see"><h3><span class="searchResult-search"><b>{len(LIVE)}</b> résultat(s) pour la recherche tous les champs « <b>*</b> »</span></h3></div>
<div id="resultatrech_container"><div id="resultatrech_liste">
<span class="espaceResultSearch">&nbsp;</span>
{body}
<div class="row"><a href="./index.php?lvl=bulletin_display&amp;id=9">Voir aussi : bulletin n°3 de la lettre Cosoter</a></div>
</div></div>
<div class="navbar"><form name="form_values" action="./index.php?lvl=more_results" method="post"><input type="hidden" name="user_query" value="*" /><input type="hidden" name="mode" value="keyword" /><input type="hidden" name="page" value="1" /><input type="hidden" name="nb_per_page_custom" value="200" /></form>
<strong>1</strong></div>
</div>
</div>
{sidebar()}
</div>
{footer()}
</div>
</body>
</html>
"""


def home():
    return head("Catalogue en ligne Cosoter") + f"""<body onload="window.defaultStatus='PMB : Accès public';" id="pmbopac">
<div id="container"><div id="main"><div id="main_header"><h1 class="titre_opac">Cosoter – centre de documentation partagé des CRPV</h1></div>
<div id="main_hors_footer">
{navigator()}<div id="search"><form name="search_input" action="./index.php?lvl=more_results" method="post">
<input type="text" name="user_query" class="text_query" value="" size="65" /><input type="hidden" name="mode" value="keyword" /><input type="submit" name="ok" value="Rechercher" class="bouton" /></form></div>
<div id="intro_message"><p>Bienvenue dans Cosoter, le catalogue partagé des centres de ressources politique de la ville : études, fiches d'expérience, guides et actes produits par le réseau.</p></div>
</div>
{sidebar()}
</div>
{footer()}
</div>
</body>
</html>
"""


# ---------- OAI-PMH ----------
def dc(r):
    x = lambda s: html.escape(s, quote=False)
    parts = [f"<dc:title>{x(r['title'])}</dc:title>"]
    for name, _, fn in r["authors"]:
        parts.append(f"<dc:{'creator' if fn == 'Auteur' else 'contributor'}>{x(name)}</dc:{'creator' if fn == 'Auteur' else 'contributor'}>")
    parts.append(f"<dc:type>{x(r['typdoc'])}</dc:type>")
    parts.append(f"<dc:publisher>{x(editeur_text(r))}</dc:publisher>")
    parts.append(f"<dc:date>{x(r['year'])}</dc:date>")
    parts.append(f"<dc:format>{x(r['importance'])}</dc:format>")
    if r.get("isbn"):
        parts.append(f"<dc:identifier>ISBN {x(r['isbn'])}</dc:identifier>")
    parts.append(f"<dc:language>{r['lang_code']}</dc:language>")
    for p in r["resume"]:
        parts.append(f"<dc:description>{x(p)}</dc:description>")
    for s in r["categories"] + r["keywords"]:
        parts.append(f"<dc:subject>{x(s)}</dc:subject>")
    parts.append(f"<dc:identifier>{BASE}/index.php?lvl=notice_display&amp;id={r['id']}</dc:identifier>")
    if r.get("docnum") and r["id"] == 131:  # the only record whose digital document is exported
        parts.append(f"<dc:identifier>{BASE}/doc_num.php?explnum_id={r['docnum']['explnum']}</dc:identifier>")
    inner = "\n".join(parts)
    return f"""<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd">
{inner}
</oai_dc:dc>"""


def oai_data():
    """The OAI-PMH repository the replica server emulates from oai.json (tests/replica/oai.py)."""
    identifier = (f'<description>\n<oai-identifier xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                  f'xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai-identifier '
                  f'http://www.openarchives.org/OAI/2.0/oai-identifier.xsd" '
                  f'xmlns="http://www.openarchives.org/OAI/2.0/oai-identifier">\n<scheme>oai</scheme>'
                  f'<repositoryIdentifier>{HOST}</repositoryIdentifier><delimiter>:</delimiter>'
                  f'<sampleIdentifier>oai:{HOST}:112</sampleIdentifier></oai-identifier></description>')
    toolkit = ('<description><toolkit xsi:schemaLocation="http://oai.dlib.vt.edu/OAI/metadata/toolkit '
               'http://oai.dlib.vt.edu/OAI/metadata/toolkit.xsd"><title>PMB OAI Connector</title><author>'
               '<name>Erwan Martin</name><email>emartin@sigb.net</email><institution>PMB Services</institution>'
               '</author><version>7.4.6</version><URL>http://sigb.net</URL></toolkit></description>')
    records = [{"identifier": f"oai:{HOST}:{r['id']}", "datestamp": r["datestamp"], "sets": ["set_1"],
                **({"deleted": True} if r.get("deleted") else {"metadata": {"oai_dc": dc(r)}})}
               for r in RECORDS]
    return {"base_url": f"{BASE}/ws/connector_out.php?source_id=2", "response_date": "2024-05-13T07:12:44Z",
            "identify": {"repositoryName": "Cosoter - catalogue partagé des CRPV", "protocolVersion": "2.0",
                         "earliestDatestamp": "2016-12-05T17:41:03Z", "deletedRecord": "persistent",
                         "granularity": "YYYY-MM-DDThh:mm:ssZ",
                         "adminEmail": "documentation@cosoter-ressources.info",
                         "description": [identifier, toolkit]},
            # Six records a page: page 1 ends with an md5 token, page 2 with an empty one.
            "page_size": 6, "stylesheet": "connecteurs/out/oai/oai2.xsl", "resumption_notice": PHP_NOTICE,
            "records": records}


# PMB on PHP 8 prints deprecation notices before the XML (display_errors on): a real-world trap.
PHP_NOTICE = ("<br />\n<b>Deprecated</b>:  Function utf8_encode() is deprecated in "
              "<b>/var/www/html/pmb/admin/connecteurs/out/oai/oai_out_protocol.class.php</b> on line <b>412</b><br />\n")


def main():
    routes = {
        "/ws/connector_out.php?source_id=1&verb=Identify": {
            "body": "<html><body><p>Erreur : la source 1 n'est pas un connecteur OAI (JSON-RPC).</p></body></html>",
            "headers": {"Content-Type": "text/html; charset=utf-8"}},
    }
    (OUT / "oai.json").write_text(json.dumps(oai_data(), ensure_ascii=False, indent=1) + "\n")
    for r in LIVE:
        if r.get("latin1"):
            w(f"pages-iso/notice_{r['id']}.html", record_page_latin1(r), "latin-1")
            routes[f"/index.php?lvl=notice_display&id={r['id']}"] = {
                "file": f"pages-iso/notice_{r['id']}.html",
                "headers": {"Content-Type": "text/html; charset=iso-8859-1"}}
        else:
            w(f"index.php@lvl=notice_display&id={r['id']}.html", record_page(r))
        d = r.get("docnum")
        if d:
            routes[f"/{d['script']}?explnum_id={d['explnum']}"] = {
                "file": f"explnum/{d['file']}",
                "headers": {"Content-Type": "application/pdf",
                            "Content-Disposition": f"inline; filename=\"{d['file']}\""}}
    w(LISTING + ".html", listing())
    w("index.html", home())
    w("robots.txt", "User-agent: *\nDisallow: /admin.php\nDisallow: /empr.php\nDisallow: /ajax.php\n"
                    "Disallow: /print.php\nDisallow: /do_resa.php\nDisallow: /vig_num.php\n")
    site = {"aliases": ["www.cosoter-ressources.info"], "oai": "oai.json", "routes": routes}
    (OUT / "_site.json").write_text(json.dumps(site, ensure_ascii=False, indent=2) + "\n")



PDFS = {
    "cahier_irev_12_commerce_renouvellement.pdf": {
        "title": "Les Cahiers de l’IREV n°12 – Commerce et renouvellement urbain",
        "author": "Julien Lefebvre, Samia Benali – IREV",
        "subject": "Retours d’expériences de communes des Hauts-de-France",
        "creation_date": "2019-11-12", "columns": 1,
        "header": "Les Cahiers de l’IREV – n°12 – novembre 2019",
        "footer": "IREV – Institut régional de la ville",
        "blocks": [
            {"heading": "Introduction"},
            {"text": "Un projet de renouvellement urbain dure souvent dix ans. Pendant ce temps, les commerces du quartier doivent continuer à servir les habitants alors que les immeubles sont démolis, les rues déviées et une partie de la clientèle relogée ailleurs. Les communes que nous avons rencontrées ont toutes dû inventer des solutions provisoires."},
            {"heading": "Maintenir l’offre pendant les travaux"},
            {"text": "À Hautmont, la halle provisoire de la place du Marché a accueilli onze commerçants pendant trois ans, le temps de reconstruire le centre commercial. Le bailleur a pris en charge les fluides et la commune a négocié des loyers réduits de moitié."},
            {"text": "Ailleurs, les indemnisations ont été calculées avec les chambres consulaires afin que les commerçants évincés puissent se réinstaller dans le quartier plutôt que de fermer définitivement."},
        ],
    },
    "diagnostic_bouletterie_2016.pdf": {
        "title": "Diagnostic de l’entrepreneuriat dans le quartier de la Bouletterie",
        "author": "Anne Le Goff – RésO Villes",
        "subject": "Étude pour la Ville de Saint-Nazaire et la CARENE",
        "creation_date": "2016-11-28", "columns": 1,
        "header": "RésO Villes – Diagnostic entrepreneuriat – Saint-Nazaire",
        "footer": "RésO Villes – centre de ressources Bretagne Pays de la Loire",
        "blocks": [
            {"heading": "Méthode"},
            {"text": "L’étude repose sur des entretiens individuels : trente-huit créateurs rencontrés entre mars et juin 2016, habitants du quartier ou y exerçant leur activité, ainsi que douze structures d’accompagnement du territoire nazairien."},
            {"heading": "Profils des créateurs"},
            {"text": "La moitié des créateurs interrogés ont moins de trente-cinq ans. Les activités de services à la personne, de transport et de petite restauration dominent ; beaucoup démarrent sous le régime de la micro-entreprise, sans local, depuis leur domicile."},
        ],
    },
    "guide_creer_activite_quartiers.pdf": {
        "title": "Créer son activité dans les quartiers – guide à l’usage des porteurs de projet",
        "author": "Villes au Carré",
        "subject": "Dispositifs d’accompagnement à la création d’entreprise en Centre-Val de Loire",
        "creation_date": "2019-05-20", "columns": 1,
        "header": "Villes au Carré – Guide de la création d’activité",
        "footer": "Villes au Carré – centre de ressources politique de la ville Centre-Val de Loire",
        "blocks": [
            {"heading": "Étape 1 : être accueilli et orienté"},
            {"text": "Les chefs de projet CitésLab reçoivent sans rendez-vous dans les quartiers prioritaires d’Orléans, de Tours, de Blois et de Chartres. Ils aident à formuler l’idée, à vérifier qu’elle répond à un besoin et orientent vers le bon réseau d’accompagnement."},
            {"heading": "Étape 3 : financer son démarrage"},
            {"text": "Plusieurs outils existent selon le projet : le prêt d’honneur à taux zéro peut atteindre huit mille euros et facilite l’obtention d’un prêt bancaire ; le microcrédit de l’Adie s’adresse à ceux qui n’ont pas accès au crédit classique."},
        ],
    },
}


def expected():
    docs = []
    for r in LIVE:
        d = r.get("docnum")
        docs.append({
            "url": f"{BASE}/index.php?lvl=notice_display&id={r['id']}",
            "title": r["title"], "date": __import__("re").search(r"\d{4}", r["year"]).group(0),
            "doc_type": r["doc_type"], "tags": r["categories"] + r["keywords"],
            "attachments": 1 if d else 0, "pdf_phrases": r.get("pdf_phrases", []),
            "attachment_urls": [f"{BASE}/{d['script']}?explnum_id={d['explnum']}"] if d else [],
            "authors": [n for n, _, _ in r["authors"]],
            "links": [r["online"][0]] if r.get("online") else [],
            "date_from": "opac", "found_in": ["oai-pmh", "opac-listing"],
        })
    notes = (
        "Cosoter replica (PMB OPAC 7.x with an OAI-PMH outgoing connector). Traps: (1) OAI discovery: "
        "ws/connector_out.php?source_id=1&verb=Identify answers 200 with an HTML error (a JSON-RPC connector, "
        "not OAI); source_id=2 is the OAI connector; 3..5 are 404 and must not be needed. ListRecords (oai_dc) has "
        "two pages: page 1 ends with an md5 resumptionToken, page 2 with an empty <resumptionToken/>. Record 145 "
        "is a deleted header (status=\"deleted\"): not a document, absent from the OPAC. Responses carry an "
        "<?xml-stylesheet?> processing instruction; the second page starts with a PHP 'Deprecated' notice "
        "(HTML) before the XML declaration. (2) oai_dc lacks collection and extent and exports only one "
        "digital document (record 131): every record page is read as well; the page wins, Dublin Core fills gaps. "
        "(3) OPAC fallback (tests route the connector to 404): the all-records search "
        "index.php?lvl=more_results&mode=keyword&user_query=*&nb_per_page=200&page=1 lists 10 records "
        "('10 résultat(s)'), some linked with &seule=1 (same record), plus author and bulletin links that are not "
        "records; PMB pages through a JavaScript form, so there is no pager link. (4) Record pages: label/value rows "
        "in div#div_publicN (the ISBD tab beside it repeats the data as prose); exemplaires table (5 cells), "
        "docnum table (3 cells), a 'Permalink' row, an addthis share link; the sidebar lists other records and a "
        "two-cell opening-hours table. Record 140 is an older template (PMB 3.x: <b> labels, plain-text "
        "descriptors separated by ' ; ', authors 'Name, Auteur') served as iso-8859-1 bytes with a "
        "Content-Type: text/html; charset=iso-8859-1 header; its sidebar holds a stray 'Titre :' row of another "
        "item. (5) Dates are years: '2018', 'DL 2016', '[2019]'. (6) Digital documents: doc_num.php?explnum_id=41 "
        "(thumbnail link only, label in title 'Nom - application/pdf'), doc_num_data.php?explnum_id=58 (mimetype "
        "icon), doc_num.php?explnum_id=63#search=\"...\" (fragment added by PMB); vig_num.php thumbnails are not "
        "documents (and robots.txt disallows them). (7) 'En ligne' rows link records to pages of IREV and Labo "
        "Cités (document_links joins them). (8) doc_type from the PMB type (video), the collection "
        "(Fiches expériences, Cahiers, Dossiers, Echos, Actes) or the title (Diagnostic, guide, bilan).")
    return {"notes": notes, "documents": docs,
            "not_documents": [f"{BASE}/", f"{BASE}/index.php?lvl=notice_display&id=145"]}


def write_rest():
    for name, spec in PDFS.items():
        spec = {**spec, "corrupt": False, "encrypted": False}
        (OUT / "explnum").mkdir(parents=True, exist_ok=True)
        (OUT / "explnum" / f"{name}.json").write_text(json.dumps(spec, ensure_ascii=False, indent=2) + "\n")
    (OUT / "_expected.json").write_text(json.dumps(expected(), ensure_ascii=False, indent=2) + "\n")


main()
write_rest()
