import sys
sys.path.insert(0, "/tmp/gen")
from common import esc, write, write_json
from irev_content import *

HOST = "www.irev.fr"
BASE = "https://www.irev.fr"

HEAD_CSS = """  <style type="text/css" media="all">
@import url("https://www.irev.fr/modules/system/system.base.css?q8h2kw");
@import url("https://www.irev.fr/modules/system/system.menus.css?q8h2kw");
@import url("https://www.irev.fr/modules/system/system.messages.css?q8h2kw");
@import url("https://www.irev.fr/modules/system/system.theme.css?q8h2kw");
</style>
<style type="text/css" media="all">
@import url("https://www.irev.fr/modules/field/theme/field.css?q8h2kw");
@import url("https://www.irev.fr/modules/node/node.css?q8h2kw");
@import url("https://www.irev.fr/sites/all/modules/contrib/views/css/views.css?q8h2kw");
@import url("https://www.irev.fr/sites/all/modules/contrib/scald/modules/providers/scald_file/scald_file.css?q8h2kw");
</style>
<style type="text/css" media="all">
@import url("https://www.irev.fr/sites/all/modules/contrib/eu_cookie_compliance/css/eu_cookie_compliance.css?q8h2kw");
@import url("https://www.irev.fr/sites/all/themes/irev/css/styles.css?q8h2kw");
</style>
<style type="text/css" media="print">
@import url("https://www.irev.fr/sites/all/themes/irev/css/print.css?q8h2kw");
</style>
  <script type="text/javascript" src="https://www.irev.fr/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="https://www.irev.fr/misc/jquery.once.js?v=1.2"></script>
<script type="text/javascript" src="https://www.irev.fr/misc/drupal.js?q8h2kw"></script>
<script type="text/javascript" src="https://www.irev.fr/sites/default/files/languages/fr_Xh2mQ0r4pQ1aB7Ys0.js?q8h2kw"></script>
<script type="text/javascript" src="https://www.irev.fr/sites/all/modules/contrib/eu_cookie_compliance/js/eu_cookie_compliance.js?q8h2kw"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {"basePath":"\\/","pathPrefix":"","ajaxPageState":{"theme":"irev","theme_token":"m7Gk0Yx2cQpR9sLw3VnT1uEoZ4aB8dFh"},"eu_cookie_compliance":{"popup_enabled":1,"popup_agreed_enabled":0,"popup_hide_agreed":0,"popup_clicking_confirmation":false,"popup_scrolling_confirmation":false,"popup_html_info":"","popup_link":"\\/mentions-legales","popup_position":false,"domain":"","cookie_lifetime":"100"},"urlIsAjaxTrusted":{"\\/search\\/node":true}});
//--><!]]>
</script>"""

DOCTYPE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr" version="XHTML+RDFa 1.0" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/terms/"
  xmlns:foaf="http://xmlns.com/foaf/0.1/"
  xmlns:og="http://ogp.me/ns#"
  xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"
  xmlns:sioc="http://rdfs.org/sioc/ns#"
  xmlns:sioct="http://rdfs.org/sioc/types#"
  xmlns:skos="http://www.w3.org/2004/02/skos/core#"
  xmlns:xsd="http://www.w3.org/2001/XMLSchema#">
"""

MAIN_MENU = [
    ("Accueil", "/"),
    ("L'IREV", "/propos-de-lirev/presentation"),
    ("Développement économique", "/thematiques/developpement-economique"),
    ("Actualités", "/actualites-0"),
    ("Agenda", "/agenda/2019-03"),
    ("Contact", "/contact"),
]


def header(active=None):
    items = []
    for i, (label, href) in enumerate(MAIN_MENU):
        cls = ["menu-%d" % (218 + i * 7)]
        if i == 0:
            cls.append("first")
        if i == len(MAIN_MENU) - 1:
            cls.append("last")
        a_cls = ' class="active"' if href == active else ""
        if href == active:
            cls.append("active-trail")
        items.append('<li class="%s"><a href="%s"%s>%s</a></li>' % (" ".join(cls), href, a_cls, esc(label)))
    return """  <div id="skip-link">
    <a href="#main-content" class="element-invisible element-focusable">Aller au contenu principal</a>
  </div>
    <div id="page-wrapper"><div id="page">

  <div id="header" class="without-secondary-menu"><div class="section clearfix">

          <a href="/" title="Accueil" rel="home" id="logo">
        <img src="https://www.irev.fr/sites/all/themes/irev/logo.png" alt="Accueil" />
      </a>

          <div id="name-and-slogan" class="element-invisible">
                  <div id="site-name" class="element-invisible">
            <strong>
              <a href="/" title="Accueil" rel="home"><span>IREV</span></a>
            </strong>
          </div>
                  <div id="site-slogan">
            Institut Régional de la Ville - Centre de ressources politique de la ville Hauts-de-France          </div>
              </div> <!-- /#name-and-slogan -->

      <div class="region region-header">
    <div id="block-search-form" class="block block-search">
  <div class="content">
    <form action="/search/node" method="post" id="search-block-form" accept-charset="UTF-8"><div><div class="container-inline">
      <h2 class="element-invisible">Formulaire de recherche</h2>
    <div class="form-item form-type-textfield form-item-search-block-form">
  <label class="element-invisible" for="edit-search-block-form--2">Rechercher </label>
 <input title="Indiquer les termes à rechercher" type="text" id="edit-search-block-form--2" name="search_block_form" value="" size="15" maxlength="128" class="form-text" />
</div>
<div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="Rechercher" class="form-submit" /></div><input type="hidden" name="form_build_id" value="form-Zr3bY0kq1W8sV2nX5tPc9uLmE4aJ7hGd" />
<input type="hidden" name="form_id" value="search_block_form" />
</div>
</div></form>  </div>
</div>
<div id="block-block-7" class="block block-block reseaux-sociaux">
  <div class="content">
    <ul class="social"><li><a href="https://twitter.com/IREV_HDF" target="_blank">Twitter</a></li><li><a href="https://www.linkedin.com/company/irev" target="_blank">LinkedIn</a></li><li><a href="/rss.xml" class="feed">Flux RSS</a></li></ul>  </div>
</div>
  </div>

          <div id="main-menu" class="navigation">
        <h2 class="element-invisible">Menu principal</h2><ul id="main-menu-links" class="links clearfix">%s</ul>      </div> <!-- /#main-menu -->

  </div></div> <!-- /.section, /#header -->
""" % "".join(items)


def breadcrumb_html(crumbs):
    parts = ['<a href="%s">%s</a>' % (href, esc(label)) for label, href in crumbs[:-1]]
    parts.append('<span class="current">%s</span>' % esc(crumbs[-1][0]))
    return """      <div id="breadcrumb"><div class="breadcrumb"><span class="breadcrumb-label">Vous êtes ici : </span>%s</div></div>
""" % " › ".join(parts)


SIDEBAR = """      <div id="sidebar-first" class="column sidebar"><div class="section">
          <div class="region region-sidebar-first">
    <div id="block-views-agenda-block-calendrier" class="block block-views">

        <h2>Agenda</h2>

  <div class="content">
    <div class="view view-agenda view-id-agenda view-display-id-block_calendrier">
  <div class="date-nav-wrapper clearfix">
    <div class="date-nav item-list">
      <div class="date-heading">
        <h3><a href="/agenda/2019-03" title="Voir le mois complet">mars 2019</a></h3>
      </div>
      <ul class="pager">
        <li class="date-prev"><a href="/agenda/2019-02" title="Aller au mois précédent" rel="nofollow">&laquo;</a></li>
        <li class="date-next"><a href="/agenda/2019-04" title="Aller au mois suivant" rel="nofollow">&raquo;</a></li>
      </ul>
    </div>
  </div>
  <div class="calendar-calendar"><div class="month-view">
<table class="mini">
  <thead><tr><th class="days mon">L</th><th class="days tue">M</th><th class="days wed">M</th><th class="days thu">J</th><th class="days fri">V</th><th class="days sat">S</th><th class="days sun">D</th></tr></thead>
  <tbody>
    <tr><td class="empty"></td><td class="empty"></td><td class="empty"></td><td class="empty"></td><td id="agenda-2019-03-01" class="fri mini"><div class="month mini-day-off">1</div></td><td class="sat mini">2</td><td class="sun mini">3</td></tr>
    <tr><td class="mon mini">4</td><td class="tue mini">5</td><td class="wed mini">6</td><td class="thu mini">7</td><td class="fri mini">8</td><td class="sat mini">9</td><td class="sun mini">10</td></tr>
    <tr><td class="mon mini">11</td><td class="tue mini">12</td><td class="wed mini">13</td><td id="agenda-2019-03-14" class="thu mini has-events"><div class="month mini-day-on"><a href="/agenda/2019-03-14">14</a></div></td><td class="fri mini">15</td><td class="sat mini">16</td><td class="sun mini">17</td></tr>
    <tr><td class="mon mini">18</td><td class="tue mini">19</td><td class="wed mini">20</td><td class="thu mini">21</td><td class="fri mini">22</td><td class="sat mini">23</td><td class="sun mini">24</td></tr>
    <tr><td class="mon mini">25</td><td id="agenda-2019-03-26" class="tue mini has-events"><div class="month mini-day-on"><a href="/agenda/2019-03-26">26</a></div></td><td class="wed mini">27</td><td class="thu mini">28</td><td class="fri mini">29</td><td class="sat mini">30</td><td class="sun mini">31</td></tr>
  </tbody>
</table>
</div></div>
</div>  </div>
</div>
<div id="block-views-agenda-block-prochains" class="block block-views">

        <h2>Prochains rendez-vous</h2>

  <div class="content">
    <div class="view view-agenda view-id-agenda view-display-id-block_prochains">
      <div class="view-content">
      <div class="views-row views-row-1 views-row-odd views-row-first">
  <div class="views-field views-field-field-date-evenement"><div class="field-content"><span class="date-display-single">14 mars 2019</span></div></div>
  <div class="views-field views-field-title"><span class="field-content"><a href="/agenda/2019-03-14">Lille : rencontre régionale des délégués du préfet</a></span></div>
</div>
  <div class="views-row views-row-2 views-row-even views-row-last">
  <div class="views-field views-field-field-date-evenement"><div class="field-content"><span class="date-display-single">26 mars 2019</span></div></div>
  <div class="views-field views-field-title"><span class="field-content"><a href="/agenda/2019-03-26">Amiens : cycle de qualification « Commerce et quartiers »</a></span></div>
</div>
    </div>
      <div class="more-link"><a href="/agenda/2019-03">Tout l'agenda</a></div>
</div>  </div>
</div>
<div id="block-simplenews-1" class="block block-simplenews">

        <h2>Lettre d'information</h2>

  <div class="content">
    <p>Recevez chaque mois l'actualité de la politique de la ville en Hauts-de-France.</p>
    <form class="simplenews-subscribe" action="/newsletter/subscriptions" method="post" id="simplenews-block-form-1" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-mail">
  <label for="edit-mail">Courriel <span class="form-required" title="Ce champ est requis.">*</span></label>
 <input type="text" id="edit-mail" name="mail" value="" size="20" maxlength="128" class="form-text required" />
</div>
<input type="submit" id="edit-submit--2" name="op" value="S'abonner" class="form-submit" /><input type="hidden" name="form_id" value="simplenews_block_form_1" />
</div></form>  </div>
</div>
  </div>
      </div></div> <!-- /.section, /#sidebar-first -->
"""

FOOTER = """  <div id="footer-wrapper"><div class="section">
      <div id="footer" class="clearfix">
        <div class="region region-footer">
    <div id="block-block-2" class="block block-block">
  <div class="content">
    <p><strong>IREV - Institut Régional de la Ville</strong><br />Centre de ressources politique de la ville des Hauts-de-France<br />Lille</p>
<p>L'IREV est soutenu par l'Agence nationale de la cohésion des territoires, la Région Hauts-de-France et les collectivités adhérentes.</p>  </div>
</div>
<div id="block-menu-menu-pied-de-page" class="block block-menu">
  <div class="content">
    <ul class="menu"><li class="first leaf"><a href="/mentions-legales">Mentions légales</a></li>
<li class="leaf"><a href="/contact">Contact</a></li>
<li class="last leaf"><a href="/rss.xml">Flux RSS</a></li>
</ul>  </div>
</div>
  </div>
      </div> <!-- /#footer -->
  </div></div> <!-- /.section, /#footer-wrapper -->

</div></div> <!-- /#page, /#page-wrapper -->
<div id="sliding-popup" class="sliding-popup-bottom eu-cookie-withdraw-wrapper">
  <div class="popup-content info">
    <div id="popup-text">
      <h2>Ce site utilise des cookies</h2>
      <p>Nous utilisons des cookies pour mesurer l'audience du site et améliorer votre expérience de navigation. En poursuivant votre visite, vous acceptez leur utilisation.</p>
      <button type="button" class="find-more-button eu-cookie-compliance-more-button">En savoir plus</button>
    </div>
    <div id="popup-buttons">
      <button type="button" class="agree-button eu-cookie-compliance-default-button">OK, j'accepte</button>
      <button type="button" class="decline-button eu-cookie-compliance-default-button">Non, merci</button>
    </div>
  </div>
</div>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
var _paq = _paq || [];_paq.push(["trackPageView"]);_paq.push(["enableLinkTracking"]);(function(){var u="https://stats.irev.fr/";_paq.push(["setTrackerUrl",u+"matomo.php"]);_paq.push(["setSiteId","1"]);})();
//--><!]]>
</script>
</body>
</html>
"""


def page(*, title, head_meta="", body_class, crumbs, main, active=None, sidebar=True):
    return (DOCTYPE + """<head profile="http://www.w3.org/1999/xhtml/vocab">
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="https://www.irev.fr/sites/all/themes/irev/favicon.ico" type="image/vnd.microsoft.icon" />
%s<meta name="generator" content="Drupal 7 (http://drupal.org)" />
  <title>%s | IREV</title>
%s
</head>
<body class="%s" >
%s%s
  <div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">

%s
%s
    <div id="content" class="column"><div class="section">
            <a id="main-content"></a>
%s
    </div></div> <!-- /.section, /#content -->

  </div></div> <!-- /#main, /#main-wrapper -->

""" % (head_meta, esc(title), HEAD_CSS, body_class, header(active), "",
       breadcrumb_html(crumbs) if crumbs else "", SIDEBAR if sidebar else "", main)) + FOOTER


# ---------------------------------------------------------------- fields

def field(name, ftype, items_html, label=None, extra_item_attr=""):
    label_cls = "field-label-above" if label else "field-label-hidden"
    lab = '<div class="field-label">%s:&nbsp;</div>' % esc(label) if label else ""
    items = "".join('<div class="field-item %s"%s>%s</div>' % ("even" if i % 2 == 0 else "odd", extra_item_attr, h)
                    for i, h in enumerate(items_html))
    return '<div class="field field-name-%s field-type-%s %s">%s<div class="field-items">%s</div></div>' % (
        name, ftype, label_cls, lab, items)


def terms(name, label, pairs):
    links = ['<a href="%s" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">%s</a>' % (href, esc(t))
             for t, href in pairs]
    return field(name, "taxonomy-term-reference", links, label=label)


def atoms(docs):
    # Scald "file" atoms as IREV renders them: title, weight, download link.
    out = []
    for sid, title, fname, size in docs:
        out.append("""<div class="scald-atom scald-atom-file atom-%d">
  <div class="atom-title"><span class="file-icon pdf"></span>%s</div>
  <div class="atom-infos">Poids : %s</div>
  <div class="atom-download"><a href="https://www.irev.fr/sites/default/files/atoms/files/%s" target="_blank" title="%s">Téléchargement</a></div>
</div>""" % (sid, esc(title), size, fname, esc(title)))
    return field("field-documents", "atom-reference", out, label="Documents à télécharger")


def favoris(nid):
    return ('<div class="node-actions"><span class="flag-wrapper flag-favoris flag-favoris-%d">'
            '<a href="/flag/flag/favoris/%d?destination=node/%d&amp;token=9sQ1kLm2Zx8Yp" title="Ajouter ce contenu à vos favoris" '
            'class="flag flag-action flag-link-toggle" rel="nofollow">Favoris</a><span class="flag-throbber">&nbsp;</span></span></div>' % (nid, nid, nid))


def share(nid, title, alias):
    u = "https%3A%2F%2Fwww.irev.fr%2Fnode%2F" + str(nid)
    t = esc(title).replace(" ", "+")
    return """<div class="service-links"><h2 class="element-invisible">Partager</h2><div class="item-list"><ul><li class="first"><a href="https://www.facebook.com/sharer.php?u=%s&amp;t=%s" title="Partager sur Facebook" class="service-links-facebook" rel="nofollow" target="_blank">Facebook</a></li>
<li><a href="https://twitter.com/share?url=%s&amp;text=%s" title="Partager sur Twitter" class="service-links-twitter" rel="nofollow" target="_blank">Twitter</a></li>
<li><a href="https://www.linkedin.com/shareArticle?mini=true&amp;url=%s&amp;title=%s" title="Partager sur LinkedIn" class="service-links-linkedin" rel="nofollow" target="_blank">LinkedIn</a></li>
<li class="last"><a href="mailto:?subject=%s&amp;body=%s" title="Envoyer par courriel" class="service-links-mail" rel="nofollow">Courriel</a></li>
</ul></div></div>
<span class="print-link"><span class="print_html"><a href="https://www.irev.fr/print/%s" title="Afficher une version imprimable de cette page." class="print-page" onclick="window.open(this.href); return false" rel="nofollow">Version imprimable</a></span></span>""" % (
        u, t, u, t, u, t, t, u, alias)


def node_wrap(nid, ntype, alias, title, inner, promoted=True):
    return """<div id="node-%d" class="node node-%s%s view-mode-full clearfix" about="/%s" typeof="sioc:Item foaf:Document">
  <span property="dc:title" content="%s" class="rdf-meta element-hidden"></span>
  <div class="content">
    %s
  </div>
</div>""" % (nid, ntype, " node-promoted" if promoted else "", alias, esc(title), inner)


def content_region(inner):
    return """  <div class="region region-content">
    <div id="block-system-main" class="block block-system">
  <div class="content">
    %s
  </div>
</div>
  </div>""" % inner


THEME_ECO = ("Développement économique", "/thematiques/developpement-economique")

# ---------------------------------------------------------------- items
ITEMS = {}


def item_A(as_node=False):
    nid, alias = 233871, "thematiques/developpement-economique/fiche-experience-la-cofabrik"
    title = "Fiche expérience : la Cofabrik, coopérative d'activité et d'emploi à Roubaix"
    inner = (field("field-chapeau", "text-long", ["<p>%s</p>" % A_LEAD], extra_item_attr="")
             + "\n    " + field("body", "text-with-summary", [A_BODY], extra_item_attr=' property="content:encoded"')
             + "\n    " + atoms([(10412, "Fiche expérience - La Cofabrik", "fiche_experience_la_cofabrik.pdf", "363.96 Ko"),
                                (10413, "Parcours de coopération avec la Cofabrik", "parcours_cooperation-cofabrik.pdf", "271.4 Ko")])
             + "\n    " + terms("field-thematiques", "Thématiques", [THEME_ECO])
             + "\n    " + terms("field-mots-cles", "Mots-clés", [("Entrepreneuriat", "/mots-cles/entrepreneuriat"),
                                                              ("Économie sociale et solidaire", "/mots-cles/economie-sociale-et-solidaire"),
                                                              ("Coopérative d'activité et d'emploi", "/mots-cles/cooperative-dactivite-et-demploi")])
             + "\n    " + share(nid, title, alias))
    main = ("""<div class="type-contenu">Fiche expérience</div>
%s
            <h1 class="title" id="page-title">%s</h1>
                  <div class="tabs"></div>
%s""" % (favoris(nid), esc(title), content_region(node_wrap(nid, "fiche-experience", alias, title, inner))))
    head = ('<meta name="description" content="%s" />\n<link rel="canonical" href="/%s" />\n<link rel="shortlink" href="/node/%d" />\n'
            % (esc(A_LEAD), alias, nid))
    return alias if not as_node else "node/%d" % nid, page(
        title=title, head_meta=head,
        body_class="html not-front not-logged-in one-sidebar sidebar-first page-node page-node- page-node-%d node-type-fiche-experience" % nid,
        crumbs=[("Accueil", "/"), THEME_ECO, (title, None)], main=main)


def item_B():
    nid, alias = 233102, "thematiques/developpement-economique/ma-boutique-lessai-denain-redynamise-le-commerce-de-son-centre-ville"
    title = "Ma boutique à l'essai : Denain redynamise le commerce de son centre-ville"
    url = BASE + "/" + alias
    inner = (field("field-chapeau", "text-long", ["<p>%s</p>" % B_LEAD])
             + "\n    " + field("body", "text-with-summary", [B_BODY], extra_item_attr=' property="content:encoded"')
             + "\n    " + atoms([(9877, "Fiche expérience - Ma boutique à l'essai à Denain", "fiche_experience_boutique_essai_denain.pdf", "412.08 Ko")])
             + "\n    " + terms("field-thematiques", "Thématiques", [THEME_ECO])
             + "\n    " + terms("field-mots-cles", "Mots-clés", [("Commerce de proximité", "/mots-cles/commerce-de-proximite"),
                                                              ("Centre-ville", "/mots-cles/centre-ville")])
             + "\n    " + share(nid, title, alias))
    main = ("""<div class="type-contenu">Fiche expérience</div>
%s
            <h1 class="title" id="page-title">%s</h1>
                  <div class="tabs"></div>
%s""" % (favoris(nid), esc(title), content_region(node_wrap(nid, "fiche-experience", alias, title, inner, promoted=False))))
    lead_plain = B_LEAD.replace("&nbsp;", " ")
    head = ("""<meta name="description" content="%s" />
<link rel="canonical" href="%s" />
<link rel="shortlink" href="%s/node/%d" />
<meta property="og:site_name" content="IREV" />
<meta property="og:type" content="article" />
<meta property="og:url" content="%s" />
<meta property="og:title" content="%s" />
<meta property="og:description" content="%s" />
<meta property="og:updated_time" content="2020-01-08T11:41:52+01:00" />
<meta property="og:image" content="https://www.irev.fr/sites/default/files/styles/og/public/atoms/images/denain_boutique.jpg" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:title" content="%s" />
<meta property="article:published_time" content="2019-09-24T15:06:31+02:00" />
<meta property="article:modified_time" content="2020-01-08T11:41:52+01:00" />
""" % (esc(lead_plain), url, BASE, nid, url, esc(title), esc(lead_plain), esc(title)))
    return alias, page(title=title, head_meta=head,
                       body_class="html not-front not-logged-in one-sidebar sidebar-first page-node page-node- page-node-%d node-type-fiche-experience" % nid,
                       crumbs=[("Accueil", "/"), THEME_ECO, (title, None)], main=main)


def item_C():
    nid, alias = 235410, "thematiques/developpement-economique/limmobilier-dactivite-dans-les-quartiers-prioritaires-des-hauts-de-france"
    title = "L'immobilier d'activité dans les quartiers prioritaires des Hauts-de-France"
    inner = ("""<div class="submitted">
      <span property="dc:date dc:created" content="2020-10-05T14:32:11+02:00" datatype="xsd:dateTime" rel="sioc:has_creator">Soumis par <span class="username" xml:lang="" about="/users/irev" typeof="sioc:UserAccount" property="foaf:name" datatype="">irev</span> le lun, 05/10/2020 - 14:32</span>    </div>
    """ + field("field-type-publication", "list-text", ["Étude"], label="Type de document")
             + "\n    " + field("field-chapeau", "text-long", ["<p>%s</p>" % C_LEAD])
             + "\n    " + field("body", "text-with-summary", [C_BODY], extra_item_attr=' property="content:encoded"')
             + "\n    " + atoms([(11205, "Étude - L'immobilier d'activité en QPV", "etude_immobilier_activite_qpv_hdf.pdf", "1.62 Mo")])
             + "\n    " + terms("field-thematiques", "Thématiques", [THEME_ECO])
             + "\n    " + terms("field-mots-cles", "Mots-clés", [("Immobilier d'activité", "/mots-cles/immobilier-dactivite"),
                                                              ("Renouvellement urbain", "/mots-cles/renouvellement-urbain")])
             + "\n    " + share(nid, title, alias))
    main = ("""%s
            <h1 class="title" id="page-title">%s</h1>
                  <div class="tabs"></div>
%s""" % (favoris(nid), esc(title), content_region(node_wrap(nid, "publication", alias, title, inner))))
    head = '<link rel="canonical" href="/%s" />\n<link rel="shortlink" href="/node/%d" />\n' % (alias, nid)
    return alias, page(title=title, head_meta=head,
                       body_class="html not-front not-logged-in one-sidebar sidebar-first page-node page-node- page-node-%d node-type-publication" % nid,
                       crumbs=[("Accueil", "/"), THEME_ECO, (title, None)], main=main)


def item_D():
    nid, alias = 233515, "thematiques/developpement-economique/leco-des-quartiers-ndeg1-le-developpement-economique-dans-les-quartiers"
    title = "L'Eco des quartiers n°1 : le développement économique dans les quartiers"
    url = BASE + "/" + alias
    inner = (field("field-type-publication", "list-text", ["Publication"], label="Type de document")
             + "\n    " + field("field-chapeau", "text-long", ["<p>%s</p>" % D_LEAD])
             + "\n    " + field("body", "text-with-summary", [D_BODY], extra_item_attr=' property="content:encoded"')
             + "\n    " + atoms([(10006, "L'Eco des quartiers n°1 - Club Dév Eco", "eco_des_quartiers_n1.pdf", "1.04 Mo")])
             + "\n    " + terms("field-thematiques", "Thématiques", [THEME_ECO])
             + "\n    " + terms("field-mots-cles", "Mots-clés", [("Club Dév Eco", "/mots-cles/club-dev-eco"),
                                                              ("Entrepreneuriat", "/mots-cles/entrepreneuriat"),
                                                              ("Commerce de proximité", "/mots-cles/commerce-de-proximite")])
             + "\n    " + share(nid, title, alias))
    main = ("""%s
            <h1 class="title" id="page-title">%s</h1>
                  <div class="tabs"></div>
%s""" % (favoris(nid), esc(title), content_region(node_wrap(nid, "publication", alias, title, inner))))
    ld = """<script type="application/ld+json">{
    "@context": "https://schema.org",
    "@graph": [
        {
            "@type": "Article",
            "headline": "L\\u0027Eco des quartiers n°1 : le développement économique dans les quartiers",
            "name": "L\\u0027Eco des quartiers n°1 : le développement économique dans les quartiers",
            "description": "Le premier numéro de la lettre du Club Dév Eco vient de paraître.",
            "datePublished": "2019-10-15T10:30:00+02:00",
            "dateModified": "2019-11-04T16:02:18+01:00",
            "author": {
                "@type": "Organization",
                "name": "IREV",
                "url": "https://www.irev.fr/"
            },
            "publisher": {
                "@type": "Organization",
                "name": "IREV - Institut Régional de la Ville",
                "url": "https://www.irev.fr/",
                "logo": {"@type": "ImageObject", "url": "https://www.irev.fr/sites/all/themes/irev/logo.png"}
            },
            "mainEntityOfPage": "%s"
        }
    ]
}</script>
""" % url
    head = ('<meta name="description" content="%s" />\n<link rel="canonical" href="%s" />\n<link rel="shortlink" href="%s/node/%d" />\n%s'
            % (esc(D_LEAD), url, BASE, nid, ld))
    return alias, page(title=title, head_meta=head,
                       body_class="html not-front not-logged-in one-sidebar sidebar-first page-node page-node- page-node-%d node-type-publication" % nid,
                       crumbs=[("Accueil", "/"), THEME_ECO, (title, None)], main=main)


THEME_RU = ("Renouvellement urbain", "/thematiques/renouvellement-urbain")


def item_E():
    nid, alias = 233390, "thematiques/renouvellement-urbain/retour-sur-le-pop-renouvellement-urbain"
    title = "Retour sur le POP renouvellement urbain"
    inner = (field("field-chapeau", "text-long", ["<p>%s</p>" % E_LEAD])
             + "\n    " + field("body", "text-with-summary", [E_BODY], extra_item_attr=' property="content:encoded"')
             + "\n    " + terms("field-thematiques", "Thématiques", [THEME_RU, THEME_ECO])
             + "\n    " + share(nid, title, alias))
    main = ("""<div class="type-contenu">Actualité</div>
%s
            <h1 class="title" id="page-title">%s</h1>
                  <div class="tabs"></div>
%s""" % (favoris(nid), esc(title), content_region(node_wrap(nid, "article", alias, title, inner, promoted=False))))
    head = '<link rel="canonical" href="/%s" />\n<link rel="shortlink" href="/node/%d" />\n' % (alias, nid)
    return alias, page(title=title, head_meta=head,
                       body_class="html not-front not-logged-in one-sidebar sidebar-first page-node page-node- page-node-%d node-type-article" % nid,
                       crumbs=[("Accueil", "/"), THEME_RU, (title, None)], main=main)


ACTU = ("Actualités", "/actualites-0")


def item_F():
    # Rendered through a Panels node template: no #page-title, no .field-name-body.
    nid, alias = 232877, "actualites-0/lancement-du-club-dev-eco-en-hauts-de-france"
    title = "Lancement du Club Dév Eco en Hauts-de-France"
    main = """  <div class="region region-content">
    <div id="block-system-main" class="block block-system">
  <div class="content">
    <div class="panel-display panel-2col-stacked clearfix" id="panel-actualite">
  <div class="panel-panel panel-col-top">
    <div class="inside"><div class="panel-pane pane-custom pane-1 surtitre"><div class="pane-content">Actualité</div></div>
<div class="panel-separator"></div><div class="panel-pane pane-node-title"><div class="pane-content"><h1>%s</h1></div></div>
<div class="panel-separator"></div><div class="panel-pane pane-custom pane-2 favoris"><div class="pane-content">%s</div></div>
</div>
  </div>
  <div class="center-wrapper">
    <div class="panel-panel panel-col-first">
      <div class="inside"><div class="panel-pane pane-entity-field pane-node-field-chapeau chapo"><div class="pane-content"><p><strong>%s</strong></p></div></div>
<div class="panel-separator"></div><div class="panel-pane pane-node-body texte"><div class="pane-content">%s</div></div>
</div>
    </div>
    <div class="panel-panel panel-col-last">
      <div class="inside"><div class="panel-pane pane-node-terms"><h2 class="pane-title">Thématiques</h2><div class="pane-content"><ul class="links"><li class="taxonomy-term-reference-0 first"><a href="/thematiques/developpement-economique" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">Développement économique</a></li>
<li class="taxonomy-term-reference-1 last"><a href="/mots-cles/club-dev-eco" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">Club Dév Eco</a></li>
</ul></div></div>
<div class="panel-separator"></div><div class="panel-pane pane-node-links"><div class="pane-content">%s</div></div>
</div>
    </div>
  </div>
</div>
  </div>
</div>
  </div>""" % (esc(title), favoris(nid), F_LEAD, F_BODY, share(nid, title, alias))
    head = '<link rel="canonical" href="/%s" />\n<link rel="shortlink" href="/node/%d" />\n' % (alias, nid)
    return alias, page(title=title, head_meta=head,
                       body_class="html not-front not-logged-in one-sidebar sidebar-first page-node page-node- page-node-%d node-type-article panels-page" % nid,
                       crumbs=[("Accueil", "/"), ACTU, (title, None)], main=main, active="/actualites-0")


def item_G():
    nid, alias = 232514, "actualites-0/entreprendre-dans-les-quartiers-retour-sur-la-rencontre-damiens"
    title = "Entreprendre dans les quartiers : retour sur la rencontre d'Amiens"
    date_field = ('<div class="field field-name-field-date-publication field-type-datetime field-label-hidden"><div class="field-items"><div class="field-item even">'
                  '<time datetime="2018-11-22T00:00:00+01:00" class="date-display-single">22 novembre 2018</time></div></div></div>')
    inner = (date_field
             + "\n    " + field("field-chapeau", "text-long", ["<p>%s</p>" % G_LEAD])
             + "\n    " + field("body", "text-with-summary", [G_BODY], extra_item_attr=' property="content:encoded"')
             + "\n    " + terms("field-thematiques", "Thématiques", [THEME_ECO])
             + "\n    " + terms("field-mots-cles", "Mots-clés", [("Entrepreneuriat", "/mots-cles/entrepreneuriat"),
                                                              ("Création d'entreprise", "/mots-cles/creation-dentreprise")])
             + "\n    " + share(nid, title, alias))
    main = ("""<div class="type-contenu">Actualité</div>
%s
            <h1 class="title" id="page-title">%s</h1>
                  <div class="tabs"></div>
%s""" % (favoris(nid), esc(title), content_region(node_wrap(nid, "article", alias, title, inner, promoted=False))))
    head = '<link rel="canonical" href="/%s" />\n<link rel="shortlink" href="/node/%d" />\n' % (alias, nid)
    return alias, page(title=title, head_meta=head,
                       body_class="html not-front not-logged-in one-sidebar sidebar-first page-node page-node- page-node-%d node-type-article" % nid,
                       crumbs=[("Accueil", "/"), ACTU, (title, None)], main=main, active="/actualites-0")


def item_I():
    nid, alias = 234306, "actualites-0/commerce-de-proximite-un-webinaire-pour-tenir-bon-pendant-la-crise"
    title = "Commerce de proximité : un webinaire pour tenir bon pendant la crise"
    inner = (field("field-chapeau", "text-long", ["<p>%s</p>" % I_LEAD])
             + "\n    " + field("body", "text-with-summary", [I_BODY], extra_item_attr=' property="content:encoded"')
             + "\n    " + terms("field-thematiques", "Thématiques", [THEME_ECO])
             + "\n    " + terms("field-mots-cles", "Mots-clés", [("Commerce de proximité", "/mots-cles/commerce-de-proximite"),
                                                              ("Covid-19", "/mots-cles/covid-19")])
             + "\n    " + share(nid, title, alias))
    main = ("""<div class="type-contenu">Actualité</div>
%s
            <h1 class="title" id="page-title">%s</h1>
                  <div class="tabs"></div>
%s""" % (favoris(nid), esc(title), content_region(node_wrap(nid, "article", alias, title, inner))))
    head = '<link rel="canonical" href="/%s" />\n<link rel="shortlink" href="/node/%d" />\n' % (alias, nid)
    return alias, page(title=title, head_meta=head,
                       body_class="html not-front not-logged-in one-sidebar sidebar-first page-node page-node- page-node-%d node-type-article" % nid,
                       crumbs=[("Accueil", "/"), ACTU, (title, None)], main=main, active="/actualites-0")


# ---------------------------------------------------------------- listings
H_ALIAS = "thematiques/emploi-insertion/les-clauses-sociales-dinsertion-un-levier-pour-lemploi-des-habitants"
H_TITLE = "Les clauses sociales d'insertion, un levier pour l'emploi des habitants"


def teaser(i, n, alias, title, label, summary, date_txt=None):
    cls = "views-row views-row-%d views-row-%s" % (i, "odd" if i % 2 else "even")
    if i == 1:
        cls += " views-row-first"
    if i == n:
        cls += " views-row-last"
    d = '\n  <div class="views-field views-field-created"><span class="field-content">%s</span></div>' % date_txt if date_txt else ""
    return """  <div class="%s">
  <div class="views-field views-field-type"><span class="field-content type-contenu">%s</span></div>
  <div class="views-field views-field-title"><h2 class="field-content"><a href="/%s">%s</a></h2></div>%s
  <div class="views-field views-field-field-chapeau"><div class="field-content"><p>%s</p></div></div>
  <div class="views-field views-field-view-node"><span class="field-content"><a href="/%s">Lire la suite</a></span></div>
</div>
""" % (cls, esc(label), alias, esc(title), d, summary, alias)


def pager(base, current, total):
    if total <= 1:
        return ""
    lis = []
    if current > 0:
        first = base
        prev = base if current == 1 else "%s?page=%d" % (base, current - 1)
        lis.append('<li class="pager-first first"><a title="Aller à la première page" href="%s">« premier</a></li>' % first)
        lis.append('<li class="pager-previous"><a title="Aller à la page précédente" href="%s">‹ précédent</a></li>' % prev)
    for p in range(total):
        href = base if p == 0 else "%s?page=%d" % (base, p)
        if p == current:
            lis.append('<li class="pager-current%s">%d</li>' % (" first" if p == 0 else (" last" if p == total - 1 else ""), p + 1))
        else:
            lis.append('<li class="pager-item"><a title="Aller à la page %d" href="%s">%d</a></li>' % (p + 1, href, p + 1))
    if current < total - 1:
        lis.append('<li class="pager-next"><a title="Aller à la page suivante" href="%s?page=%d">suivant ›</a></li>' % (base, current + 1))
        lis.append('<li class="pager-last last"><a title="Aller à la dernière page" href="%s?page=%d">dernier »</a></li>' % (base, total - 1))
    return '<h2 class="element-invisible">Pages</h2><div class="item-list"><ul class="pager">%s</ul></div>' % "".join(lis)


def listing(*, title, base, rows, current, total, description="", active=None, term_id=None):
    n = len(rows)
    body = "".join(teaser(i + 1, n, *r) for i, r in enumerate(rows))
    desc = '<div class="taxonomy-term-description"><p>%s</p></div>' % description if description else ""
    main = """            <h1 class="title" id="page-title">%s</h1>
                  <div class="tabs"></div>
  <div class="region region-content">
    <div id="block-system-main" class="block block-system">
  <div class="content">
    <div class="view view-liste-contenus view-id-liste_contenus view-display-id-page view-dom-id-4f1c2a9e7d">
        <div class="view-header">
      %s    </div>
      <div class="view-content">
%s    </div>
  %s
  <div class="feed-icon"><a href="%s" class="feed-icon" title="S'abonner à %s"><img src="https://www.irev.fr/misc/feed.png" width="16" height="16" alt="S'abonner à %s" /></a></div>
</div>  </div>
</div>
  </div>""" % (esc(title), desc, body, pager(base, current, total),
                "/taxonomy/term/%d/feed" % term_id if term_id else "/rss.xml", esc(title), esc(title))
    head = '<link rel="canonical" href="%s" />\n<link rel="shortlink" href="/taxonomy/term/%d" />\n' % (base, term_id) if term_id else '<link rel="canonical" href="%s" />\n' % base
    if current:
        head = ""  # Drupal 7 core prints no canonical on ?page=N of a view page
    if term_id:
        head = '<link rel="alternate" type="application/rss+xml" title="%s" href="https://www.irev.fr/taxonomy/term/%d/feed" />\n' % (esc(title), term_id) + head
    bc = "html not-front not-logged-in one-sidebar sidebar-first %s" % ("page-taxonomy page-taxonomy-term page-taxonomy-term- page-taxonomy-term-%d" % term_id if term_id else "page-actualites-0")
    return page(title=title, head_meta=head, body_class=bc, crumbs=[("Accueil", "/"), (title, None)], main=main, active=active)


def snippet(s, n=200):
    s = s.replace("&nbsp;", " ")
    return s if len(s) <= n else s[: s.rfind(" ", 0, n)] + "…"


A = ("thematiques/developpement-economique/fiche-experience-la-cofabrik",
     "Fiche expérience : la Cofabrik, coopérative d'activité et d'emploi à Roubaix", "Fiche expérience", snippet(A_LEAD))
B = ("thematiques/developpement-economique/ma-boutique-lessai-denain-redynamise-le-commerce-de-son-centre-ville",
     "Ma boutique à l'essai : Denain redynamise le commerce de son centre-ville", "Fiche expérience", snippet(B_LEAD))
C = ("thematiques/developpement-economique/limmobilier-dactivite-dans-les-quartiers-prioritaires-des-hauts-de-france",
     "L'immobilier d'activité dans les quartiers prioritaires des Hauts-de-France", "Étude", snippet(C_LEAD))
D = ("thematiques/developpement-economique/leco-des-quartiers-ndeg1-le-developpement-economique-dans-les-quartiers",
     "L'Eco des quartiers n°1 : le développement économique dans les quartiers", "Publication", snippet(D_LEAD))
E = ("thematiques/renouvellement-urbain/retour-sur-le-pop-renouvellement-urbain",
     "Retour sur le POP renouvellement urbain", "Actualité", snippet(E_LEAD))
F = ("actualites-0/lancement-du-club-dev-eco-en-hauts-de-france", "Lancement du Club Dév Eco en Hauts-de-France", "Actualité", snippet(F_LEAD))
G = ("actualites-0/entreprendre-dans-les-quartiers-retour-sur-la-rencontre-damiens",
     "Entreprendre dans les quartiers : retour sur la rencontre d'Amiens", "Actualité", snippet(G_LEAD))
I = ("actualites-0/commerce-de-proximite-un-webinaire-pour-tenir-bon-pendant-la-crise",
     "Commerce de proximité : un webinaire pour tenir bon pendant la crise", "Actualité", snippet(I_LEAD))
H = (H_ALIAS, H_TITLE, "Fiche expérience",
     "Marchés publics, chantiers du renouvellement urbain, achats des bailleurs : comment les clauses sociales ouvrent l'emploi aux habitants des quartiers.")

ECO_DESC = "Entrepreneuriat, commerce de proximité, immobilier d'activité, emploi : les ressources de l'IREV sur l'économie des quartiers prioritaires."


def print_page(alias, title, lead, body):
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="fr" xml:lang="fr">
  <head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <title>%s | IREV</title>
    <meta name="robots" content="noindex, nofollow, noarchive" />
    <link rel="canonical" href="https://www.irev.fr/%s" />
    <link type="text/css" rel="stylesheet" media="all" href="https://www.irev.fr/sites/all/modules/contrib/print/css/print.css" />
  </head>
  <body>
        <div class="print-logo"><img class="print-logo" src="https://www.irev.fr/sites/all/themes/irev/logo.png" alt="" id="logo" /></div>
    <div class="print-site_name">Publié sur <em>IREV</em> (https://www.irev.fr)</div>
    <p />
    <div class="print-breadcrumb"><a href="https://www.irev.fr/">Accueil</a> &gt; <a href="https://www.irev.fr/thematiques/developpement-economique">Développement économique</a> &gt; %s</div>
    <hr class="print-hr" />
    <div class="print-content"><h1 class="print-title">%s</h1>
<div class="field field-name-field-chapeau"><p>%s</p></div>
<div class="field field-name-body">%s</div>
</div>
    <div class="print-footer"></div>
    <hr class="print-hr" />
    <div class="print-source_url"><strong>URL source:</strong> <a href="https://www.irev.fr/%s">https://www.irev.fr/%s</a></div>
    <div class="print-links"></div>
  </body>
</html>
""" % (esc(title), alias, esc(title), esc(title), lead, body, alias, alias)


def simple_page(path, title, body, nid, crumbs, active=None, ntype="page"):
    inner = field("body", "text-with-summary", [body], extra_item_attr=' property="content:encoded"')
    main = """            <h1 class="title" id="page-title">%s</h1>
                  <div class="tabs"></div>
%s""" % (esc(title), content_region(node_wrap(nid, ntype, path, title, inner, promoted=False)))
    head = '<link rel="canonical" href="/%s" />\n<link rel="shortlink" href="/node/%d" />\n' % (path, nid)
    return page(title=title, head_meta=head,
                body_class="html not-front not-logged-in one-sidebar sidebar-first page-node page-node- page-node-%d node-type-%s" % (nid, ntype),
                crumbs=crumbs, main=main, active=active)


def home():
    rows = [A, C, I, D, F]
    cards = "".join("""<div class="views-row">
  <div class="views-field views-field-type"><span class="field-content type-contenu">%s</span></div>
  <div class="views-field views-field-title"><h3 class="field-content"><a href="/%s">%s</a></h3></div>
  <div class="views-field views-field-field-chapeau"><div class="field-content">%s</div></div>
</div>
""" % (esc(r[2]), r[0], esc(r[1]), r[3]) for r in rows)
    main = """  <div class="region region-content">
    <div id="block-block-12" class="block block-block bloc-une">
  <h2>À la une</h2>
  <div class="content">
    <p>Découvrez la fiche expérience consacrée à la coopérative d'activité et d'emploi roubaisienne&nbsp;: <a href="/node/233871">la Cofabrik</a>.</p>  </div>
</div>
<div id="block-views-front-block" class="block block-views">
  <h2>Dernières publications</h2>
  <div class="content">
    <div class="view view-front view-id-front view-display-id-block"><div class="view-content">
%s</div>
  <div class="more-link"><a href="/actualites-0">Toutes les actualités</a></div>
</div>  </div>
</div>
  </div>""" % cards
    head = '<link rel="alternate" type="application/rss+xml" title="IREV RSS" href="https://www.irev.fr/rss.xml" />\n<link rel="canonical" href="/" />\n<link rel="shortlink" href="/" />\n<meta name="description" content="Centre de ressources politique de la ville des Hauts-de-France." />\n'
    html = page(title="Accueil", head_meta=head, body_class="html front not-logged-in one-sidebar sidebar-first page-node",
                crumbs=None, main=main, active="/")
    return html.replace("<title>Accueil | IREV</title>", "<title>IREV | Institut Régional de la Ville</title>")


def build():
    files = {}
    for fn in (item_A, item_B, item_C, item_D, item_E, item_F, item_G, item_I):
        alias, html = fn()
        files[alias + ".html"] = html
    alias, html = item_A(as_node=True)
    files["node/233871.html"] = html
    files["print/" + A[0] + ".html"] = print_page(A[0], A[1], A_LEAD, A_BODY)
    files["thematiques/developpement-economique.html"] = listing(
        title="Développement économique", base="/thematiques/developpement-economique",
        rows=[A, C, D], current=0, total=2, description=ECO_DESC, active="/thematiques/developpement-economique", term_id=12)
    files["thematiques/developpement-economique@page=1.html"] = listing(
        title="Développement économique", base="/thematiques/developpement-economique",
        rows=[B, H], current=1, total=2, description=ECO_DESC, active="/thematiques/developpement-economique", term_id=12)
    files["thematiques/renouvellement-urbain.html"] = listing(
        title="Renouvellement urbain", base="/thematiques/renouvellement-urbain", rows=[E], current=0, total=1,
        description="Le renouvellement urbain des quartiers prioritaires : ressources et retours d'expérience.", term_id=15)
    files["actualites-0.html"] = listing(title="Actualités", base="/actualites-0", rows=[I, D, F], current=0, total=2, active="/actualites-0")
    files["actualites-0@page=1.html"] = listing(title="Actualités", base="/actualites-0", rows=[G], current=1, total=2, active="/actualites-0")
    files["index.html"] = home()
    files["propos-de-lirev/presentation.html"] = simple_page(
        "propos-de-lirev/presentation", "Présentation de l'IREV", ABOUT_BODY, 1517,
        [("Accueil", "/"), ("L'IREV", "/propos-de-lirev/presentation"), ("Présentation de l'IREV", None)], active="/propos-de-lirev/presentation")
    files["mentions-legales.html"] = simple_page(
        "mentions-legales", "Mentions légales",
        "<p>Éditeur : IREV - Institut Régional de la Ville, association loi 1901. Directeur de la publication : le président de l'association.</p>"
        "<p>Hébergement : prestataire d'hébergement mutualisé situé en France.</p>"
        "<p>Cookies : ce site utilise un outil de mesure d'audience. Vous pouvez refuser ce suivi depuis le bandeau d'information.</p>",
        1520, [("Accueil", "/"), ("Mentions légales", None)])
    files["contact.html"] = page(
        title="Contact", head_meta="", body_class="html not-front not-logged-in one-sidebar sidebar-first page-contact",
        crumbs=[("Accueil", "/"), ("Contact", None)], active="/contact",
        main="""            <h1 class="title" id="page-title">Contact</h1>
  <div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
<form class="user-info-from-cookie contact-form" action="/contact" method="post" id="contact-site-form" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-name">
  <label for="edit-name">Votre nom <span class="form-required" title="Ce champ est requis.">*</span></label>
 <input type="text" id="edit-name" name="name" value="" size="60" maxlength="255" class="form-text required" />
</div><div class="form-item form-type-textfield form-item-mail">
  <label for="edit-mail--2">Votre adresse de courriel <span class="form-required" title="Ce champ est requis.">*</span></label>
 <input type="text" id="edit-mail--2" name="mail" value="" size="60" maxlength="255" class="form-text required" />
</div><div class="form-item form-type-textarea form-item-message">
  <label for="edit-message">Message <span class="form-required" title="Ce champ est requis.">*</span></label>
 <div class="form-textarea-wrapper resizable"><textarea id="edit-message" name="message" cols="60" rows="5" class="form-textarea required"></textarea></div>
</div><input type="hidden" name="form_id" value="contact_site_form" /><div class="form-actions form-wrapper" id="edit-actions--2"><input type="submit" id="edit-submit--3" name="op" value="Envoyer le message" class="form-submit" /></div></div></form></div></div></div>""")
    return files


if __name__ == "__main__":
    for rel, html in build().items():
        write(HOST, rel, html)
    print("ok")
