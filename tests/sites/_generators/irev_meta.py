import sys
sys.path.insert(0, "/tmp/gen")
from common import esc, write, write_json
from pdfspecs import SPECS
from phrases import PHRASES
import irev
from irev import A, B, C, D, E, F, G, I, H, BASE, HOST
from irev_content import *

ROBOTS = """#
# robots.txt
#
# This file is to prevent the crawling and indexing of certain parts
# of your site by web crawlers and spiders run by sites like Yahoo!
# and Google. By telling these "robots" where not to go on your site,
# you save bandwidth and server resources.
#
# This file will be ignored unless it is at the root of your host:
# Used:    http://example.com/robots.txt
# Ignored: http://example.com/site/robots.txt
#
# For more information about the robots.txt standard, see:
# http://www.robotstxt.org/robotstxt.html

User-agent: *
Crawl-delay: 10
# CSS, JS, Images
Allow: /misc/*.css$
Allow: /misc/*.css?
Allow: /misc/*.js$
Allow: /misc/*.js?
Allow: /misc/*.gif
Allow: /misc/*.jpg
Allow: /misc/*.jpeg
Allow: /misc/*.png
Allow: /modules/*.css$
Allow: /modules/*.css?
Allow: /modules/*.js$
Allow: /modules/*.js?
Allow: /modules/*.gif
Allow: /modules/*.jpg
Allow: /modules/*.jpeg
Allow: /modules/*.png
Allow: /profiles/*.css$
Allow: /profiles/*.css?
Allow: /profiles/*.js$
Allow: /profiles/*.js?
Allow: /profiles/*.gif
Allow: /profiles/*.jpg
Allow: /profiles/*.jpeg
Allow: /profiles/*.png
Allow: /themes/*.css$
Allow: /themes/*.css?
Allow: /themes/*.js$
Allow: /themes/*.js?
Allow: /themes/*.gif
Allow: /themes/*.jpg
Allow: /themes/*.jpeg
Allow: /themes/*.png
# Directories
Disallow: /includes/
Disallow: /misc/
Disallow: /modules/
Disallow: /profiles/
Disallow: /scripts/
Disallow: /themes/
# Files
Disallow: /CHANGELOG.txt
Disallow: /cron.php
Disallow: /INSTALL.mysql.txt
Disallow: /INSTALL.pgsql.txt
Disallow: /INSTALL.sqlite.txt
Disallow: /install.php
Disallow: /INSTALL.txt
Disallow: /LICENSE.txt
Disallow: /MAINTAINERS.txt
Disallow: /update.php
Disallow: /UPGRADE.txt
Disallow: /xmlrpc.php
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /filter/tips/
Disallow: /node/add/
Disallow: /search/
Disallow: /user/register/
Disallow: /user/password/
Disallow: /user/login/
Disallow: /user/logout/
# Paths (no clean URLs)
Disallow: /?q=admin/
Disallow: /?q=comment/reply/
Disallow: /?q=filter/tips/
Disallow: /?q=node/add/
Disallow: /?q=search/
Disallow: /?q=user/password/
Disallow: /?q=user/register/
Disallow: /?q=user/login/
Disallow: /?q=user/logout/
# IREV
Disallow: /print/
Disallow: /agenda/

Sitemap: https://www.irev.fr/sitemap.xml
"""

# (row, nid, rss pubDate) - Drupal 7 front page feed: promoted nodes, newest first.
RSS_ITEMS = [
    (A, 233871, "Mon, 15 Mar 2021 09:12:44 +0100", A_LEAD),
    (C, 235410, "Mon, 05 Oct 2020 14:32:11 +0200", C_LEAD),
    (I, 234306, "Tue, 12 May 2020 18:20:05 +0200", I_LEAD),
    (D, 233515, "Tue, 15 Oct 2019 10:30:00 +0200", D_LEAD),
    (F, 232877, "Fri, 01 Mar 2019 17:45:37 +0100", F_LEAD),
]


def rss(entries=None, title_ch="IREV", link="https://www.irev.fr/", description="Institut Régional de la Ville - Centre de ressources politique de la ville Hauts-de-France"):
    items = []
    for (alias, title_, label, _), nid, pub, lead in (entries or RSS_ITEMS):
        title = title_
        desc = ('<div class="field field-name-field-chapeau field-type-text-long field-label-hidden"><div class="field-items">'
                '<div class="field-item even"><p>%s</p></div></div></div><p class="type-contenu">%s</p>'
                '<ul class="links inline"><li class="node-readmore first last"><a href="https://www.irev.fr/%s" rel="tag" title="%s">Lire la suite<span class="element-invisible"> sur %s</span></a></li>\n</ul>'
                % (lead, label, alias, esc(title), esc(title)))
        items.append("""<item>
 <title>%s</title>
 <link>https://www.irev.fr/%s</link>
 <description>%s</description>
 <pubDate>%s</pubDate>
 <dc:creator>irev</dc:creator>
 <guid isPermaLink="false">%d at https://www.irev.fr</guid>
 <comments>https://www.irev.fr/%s#comments</comments>
</item>""" % (esc(title), alias, esc(desc), pub, nid, alias))
    return """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xml:base="https://www.irev.fr/"  xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
 <title>%s</title>
 <link>%s</link>
 <description>%s</description>
 <language>fr</language>
%s
</channel>
</rss>
""" % (esc(title_ch), link, esc(description), "\n".join(items))


SITEMAP_URLS = [
    ("", None, "daily", "1.0"),
    ("propos-de-lirev/presentation", "2018-01-22T10:04:12Z", "yearly", "0.5"),
    ("thematiques/developpement-economique", None, "weekly", "0.7"),
    ("actualites-0", None, "daily", "0.7"),
    (A[0], "2021-04-02T07:51:09Z", "monthly", "0.5"),
    (B[0], "2020-01-08T10:41:52Z", "yearly", "0.5"),
    (C[0], "2020-10-06T08:02:40Z", "monthly", "0.5"),
    (D[0], "2019-11-04T15:02:18Z", "yearly", "0.5"),
    (E[0], "2019-07-02T13:27:55Z", "yearly", "0.5"),
    (F[0], "2019-03-04T09:10:21Z", "yearly", "0.5"),
    (I[0], "2020-05-13T06:44:10Z", "yearly", "0.5"),
    (H[0], "2018-06-11T12:30:00Z", "yearly", "0.5"),
    ("mentions-legales", "2018-05-24T14:00:31Z", "yearly", "0.3"),
]


def sitemap():
    rows = []
    for path, lastmod, freq, prio in SITEMAP_URLS:
        lm = "<lastmod>%s</lastmod>" % lastmod if lastmod else ""
        rows.append("<url><loc>https://www.irev.fr/%s</loc>%s<changefreq>%s</changefreq><priority>%s</priority></url>" % (path, lm, freq, prio))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="https://www.irev.fr/sitemap.xsl"?>\n'
            "<!-- Created by the XML sitemap Drupal module: https://drupal.org/project/xmlsitemap. -->\n"
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + "\n".join(rows) + "\n</urlset>\n")


ERROR_500 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr" version="XHTML+RDFa 1.0" dir="ltr">
<head>
  <title>Erreur | IREV</title>
</head>
<body class="maintenance-page in-maintenance no-sidebars">
  <div id="page"><div id="content"><h1 class="title" id="page-title">Erreur</h1>
  <div class="messages error"><h2 class="element-invisible">Message d'erreur</h2>PDOException : SQLSTATE[HY000] [2002] Connection refused dans lock_may_be_available() (ligne 167 dans /var/www/irev/includes/lock.inc).</div>
  <p>Le site Web a rencontré une erreur inattendue. Veuillez essayer de nouveau plus tard.</p></div></div>
</body>
</html>
"""

ATOMS = "sites/default/files/atoms/files/"
PDFS = {
    "fiche_experience_la_cofabrik.pdf": "cofabrik_fiche",
    "parcours_cooperation-cofabrik.pdf": "cofabrik_parcours",
    "fiche_experience_boutique_essai_denain.pdf": "denain",
    "etude_immobilier_activite_qpv_hdf.pdf": "immo_corrupt",
    "eco_des_quartiers_n1.pdf": "eco_n1",
}


def doc(row, date, doc_type, tags, pdfs, date_from, found_in):
    return {
        "url": BASE + "/" + row[0],
        "title": row[1],
        "date": date,
        "doc_type": doc_type,
        "tags": tags,
        "attachments": len(pdfs),
        "pdf_phrases": [p for k in pdfs for p in PHRASES[k]],
        "attachment_urls": [BASE + "/" + ATOMS + next(f for f, kk in PDFS.items() if kk == k) for k in pdfs],
        "date_from": date_from,
        "found_in": found_in,
    }


ECO = "Développement économique"
EXPECTED = {
    "notes": (
        "IREV replica (Drupal 7, Scald atoms for files). Traps: "
        "(1) robots.txt is the Drupal 7 default (with Crawl-delay: 10) plus Disallow /print/ and /agenda/; every page's sidebar links "
        "the calendar /agenda/2019-03, /agenda/2019-02, /agenda/2019-04 and days /agenda/2019-03-14 (not replicated: fetching them is a robots violation), "
        "every item links /print/<alias> (exists, but disallowed) and the search form and one body link go to /search/node (disallowed). "
        "(2) Discovery: the sitemap lists every item except the Amiens news (only on /actualites-0?page=1); the POP renouvellement urbain news is "
        "only in the sitemap (and on /thematiques/renouvellement-urbain and its feed /taxonomy/term/15/feed, linked only from itself); "
        "rss.xml has 5 promoted items; /taxonomy/term/12/feed (linked from the Développement économique listing) the 5 newest of that term. "
        "(3) The clauses sociales page is in the sitemap and on /thematiques/developpement-economique?page=1 but answers 500: the crawl must record "
        "the error and go on; it is not a document. "
        "(4) Duplicates: /node/233871 is the Cofabrik page again (canonical -> alias); the home page links it, every page has a "
        "<link rel=shortlink href=/node/N>; spiders must never request /node/N URLs (tests assert it); the Club Dev Eco news links the "
        "Cofabrik page as http://irev.fr/... (alias host, 301 to www). Canonicals are relative on most pages (Drupal core) and absolute "
        "on the Denain and Eco des quartiers pages (metatag). "
        "(5) Dates: no date field; evidence is layered: text 'Publié le 15/03/2021' (Cofabrik), meta article:published_time (Denain), "
        "RDFa dc:date content + 'Soumis par ... le lun, 05/10/2020' (immobilier), JSON-LD datePublished (Eco des quartiers), "
        "'Le 27 juin 2019,' (POP), 'Le 1er mars 2019,' (Club), <time datetime> (Amiens), 'Le mardi 12 mai 2020,' (webinaire). "
        "The sidebar 'Prochains rendez-vous' (14 mars 2019, 26 mars 2019) comes BEFORE #content in the DOM: a first-date-on-page "
        "heuristic is wrong. Sitemap <lastmod> is the modification time, never the expected date. "
        "(6) Markup variants: #page-title h1.title on most pages; the Club Dev Eco news is a Panels page with no #page-title and no "
        ".field-name-body (title in .pane-node-title h1, body in .pane-node-body); the doc type is a label above the title "
        "(div.type-contenu) or a 'Type de document' field (list-text, not a taxonomy link). "
        "(7) Tags are the taxonomy links of the node (Thématiques then Mots-clés), in page order; on the Panels page they sit in "
        ".pane-node-terms ul.links (no .field-type-taxonomy-term-reference; the links keep typeof=skos:Concept). /mots-cles/* "
        "term pages are not replicated (404). "
        "(8) Files: 5 PDFs under /sites/default/files/atoms/files/; etude_immobilier_activite_qpv_hdf.pdf is corrupt (the attachment "
        "still counts; extraction must fail gracefully); eco_des_quartiers_n1.pdf has the same spec (same bytes, same sha256) as "
        "Labo Cités' /system/files/documents/publications/2019-10/EcoDesQuartiers_n1.pdf. "
        "(9) Not documents: home, /propos-de-lirev/presentation, /mentions-legales, /contact, listing pages."
    ),
    "documents": [
        doc(A, "2021-03-15", "fiche expérience", [ECO, "Entrepreneuriat", "Économie sociale et solidaire", "Coopérative d'activité et d'emploi"],
            ["cofabrik_fiche", "cofabrik_parcours"], "text", ["sitemap", "feed", "listing"]),
        doc(B, "2019-09-24", "fiche expérience", [ECO, "Commerce de proximité", "Centre-ville"], ["denain"], "meta", ["sitemap", "listing", "term-feed"]),
        doc(C, "2020-10-05", "étude", [ECO, "Immobilier d'activité", "Renouvellement urbain"], ["immo_corrupt"], "rdfa", ["sitemap", "feed", "listing"]),
        doc(D, "2019-10-15", "publication", [ECO, "Club Dév Eco", "Entrepreneuriat", "Commerce de proximité"], ["eco_n1"], "jsonld",
            ["sitemap", "feed", "listing"]),
        doc(E, "2019-06-27", "actualité", ["Renouvellement urbain", ECO], [], "text", ["sitemap"]),
        doc(F, "2019-03-01", "actualité", [ECO, "Club Dév Eco"], [], "text", ["sitemap", "feed", "listing"]),
        doc(G, "2018-11-22", "actualité", [ECO, "Entrepreneuriat", "Création d'entreprise"], [], "time", ["listing"]),
        doc(I, "2020-05-12", "actualité", [ECO, "Commerce de proximité", "Covid-19"], [], "text", ["sitemap", "feed", "listing"]),
    ],
    "errors": [{"url": BASE + "/" + H[0], "status": 500}],
    "duplicates": {BASE + "/node/233871": BASE + "/" + A[0],
                   "http://irev.fr/" + A[0]: BASE + "/" + A[0]},
    "must_not_fetch": [BASE + "/agenda/", BASE + "/print/", BASE + "/search/"],
    "files": {
        "corrupt": [BASE + "/" + ATOMS + "etude_immobilier_activite_qpv_hdf.pdf"],
        "shared_with_other_hosts": {BASE + "/" + ATOMS + "eco_des_quartiers_n1.pdf":
                                    "https://www.labo-cites.org/system/files/documents/publications/2019-10/EcoDesQuartiers_n1.pdf"},
    },
    "not_documents": [BASE + "/", BASE + "/propos-de-lirev/presentation", BASE + "/mentions-legales", BASE + "/contact",
                      BASE + "/thematiques/developpement-economique", BASE + "/thematiques/renouvellement-urbain", BASE + "/actualites-0"],
}


def build():
    write(HOST, "robots.txt", ROBOTS)
    write(HOST, "rss.xml", rss())
    # Drupal 7 taxonomy term feeds (feed_default_items = 5, as for rss.xml).
    write(HOST, "taxonomy/term/12/feed", rss(
        [RSS_ITEMS[0], RSS_ITEMS[1], RSS_ITEMS[2], RSS_ITEMS[3], (B, 233102, "Tue, 24 Sep 2019 15:06:31 +0200", B_LEAD)],
        title_ch="Développement économique", link="https://www.irev.fr/thematiques/developpement-economique",
        description="Entrepreneuriat, commerce de proximité, immobilier d'activité, emploi : les ressources de l'IREV sur l'économie des quartiers prioritaires."))
    write(HOST, "taxonomy/term/15/feed", rss(
        [(E, 233390, "Thu, 27 Jun 2019 16:40:02 +0200", E_LEAD)], title_ch="Renouvellement urbain",
        link="https://www.irev.fr/thematiques/renouvellement-urbain",
        description="Le renouvellement urbain des quartiers prioritaires : ressources et retours d'expérience."))
    write(HOST, "sitemap.xml", sitemap())
    for fname, key in PDFS.items():
        write_json(HOST, ATOMS + fname + ".json", SPECS[key])
    write_json(HOST, "_site.json", {
        "aliases": ["irev.fr"],
        "routes": {"/" + H[0]: {"status": 500, "headers": {"Content-Type": "text/html; charset=utf-8"}, "body": ERROR_500}},
    })
    write_json(HOST, "_expected.json", EXPECTED)


if __name__ == "__main__":
    build()
    print("ok")
