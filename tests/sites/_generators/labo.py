import sys, json
sys.path.insert(0, "/tmp/gen")
from common import esc, write, write_json
from labo_content import *
from pdfspecs import SPECS
from phrases import PHRASES

HOST = "www.labo-cites.org"
BASE = "https://www.labo-cites.org"

TERMS = {"Développement économique": 12, "Commerce": 14, "Artisanat": 15, "Renouvellement urbain": 9,
         "Immobilier d'activité": 31, "Entrepreneuriat": 27, "Emploi-insertion": 11,
         "Économie sociale et solidaire": 29, "Réseau des centres de ressources": 40}

MENU = [("Accueil", "/"), ("Publications", "/publications"), ("Qui sommes-nous ?", "/labo-cites/qui-sommes-nous"), ("Contact", "/contact")]


def menu(active):
    lis = []
    for label, href in MENU:
        cls = "menu-item" + (" menu-item--active-trail" if href == active else "")
        act = ' class="is-active"' if href == active else ""
        lis.append('<li class="%s"><a href="%s"%s data-drupal-link-system-path="%s">%s</a></li>' % (
            cls, href, act, {"/": "<front>", "/publications": "publications", "/contact": "contact"}.get(href, "node/12"), esc(label)))
    return "\n".join(lis)


HEAD_TAIL = """<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/labocites/favicon.ico" type="image/vnd.microsoft.icon" />
"""

SIDEBAR = """          <aside class="layout-sidebar-first" role="complementary">
              <div class="region region-sidebar-first">
    <div class="views-element-container block block-views block-views-blockagenda-block-1" id="block-views-block-agenda-block-1">
  <h2>Agenda</h2>
      <div><div class="view view-agenda view-id-agenda view-display-id-block_1 js-view-dom-id-7b1e0c4a">
      <div class="view-content">
          <div class="views-row"><div class="views-field views-field-field-date-evenement"><div class="field-content"><time datetime="2021-03-25T08:30:00Z">25 mars 2021</time>
</div></div><div class="views-field views-field-title"><span class="field-content">Webinaire : les cités éducatives, un an après</span></div></div>
    <div class="views-row"><div class="views-field views-field-field-date-evenement"><div class="field-content"><time datetime="2021-04-08T12:00:00Z">8 avril 2021</time>
</div></div><div class="views-field views-field-title"><span class="field-content">Rencontre régionale des délégués du préfet, Lyon</span></div></div>
    </div>
</div>
</div>
  </div>
<div id="block-lettredinformation" class="block block-block-content block-block-content-3f0a0e2c">
  <h2>Lettre d'information</h2>
      <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>Chaque mois, l'actualité de la politique de la ville en Auvergne-Rhône-Alpes.</p>
<p><a class="button" href="https://labo-cites.us12.list-manage.com/subscribe?u=4a1f0c&amp;id=9b2e77" target="_blank">Je m'abonne</a></p></div>
  </div>
  </div>

          </aside>
"""

FOOTER = """      <footer role="contentinfo">
          <div class="region region-footer">
    <div id="block-pieddepage" class="block block-block-content block-block-content-8c1d2b9f">
      <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p><strong>Labo Cités</strong> – Centre de ressources et d'échanges pour le développement social urbain<br />Lyon – Auvergne-Rhône-Alpes</p>
<p>Avec le soutien de l'ANCT, de la Région Auvergne-Rhône-Alpes et des collectivités adhérentes.</p></div>
  </div>
<nav role="navigation" aria-labelledby="block-labocites-footer-menu" id="block-labocites-footer" class="block block-menu navigation menu--footer">
  <h2 class="visually-hidden" id="block-labocites-footer-menu">Pied de page</h2>
  <ul class="menu">
    <li class="menu-item"><a href="/contact" data-drupal-link-system-path="contact">Contact</a></li>
    <li class="menu-item"><a href="/rss.xml" data-drupal-link-system-path="rss.xml">Flux RSS</a></li>
    <li class="menu-item"><a href="https://twitter.com/LaboCites">Twitter</a></li>
    <li class="menu-item"><a href="https://www.youtube.com/channel/UCl4boCitesVideos">YouTube</a></li>
  </ul>
</nav>
  </div>
      </footer>
"""

COOKIES = """<div id="cookies-banner" class="cookies-banner" role="dialog" aria-live="polite" aria-label="Gestion des cookies">
  <p>Labo Cités utilise des cookies de mesure d'audience. Vous pouvez les accepter ou les refuser.</p>
  <button type="button" class="button cookies-accept">Tout accepter</button> <button type="button" class="button cookies-refuse">Tout refuser</button> <a href="/contact">Personnaliser</a>
</div>
"""


def page(*, title, head, body_class, crumbs, content, active=None, sidebar=True, current_path="node"):
    bc = ""
    if crumbs:
        lis = "\n".join('          <li>\n                  <a href="%s">%s</a>\n              </li>' % (h, esc(l)) for l, h in crumbs)
        bc = """      <div class="region region-breadcrumb">
    <div id="block-labocites-breadcrumbs" class="block block-system block-system-breadcrumb-block">
        <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">Fil d'Ariane</h2>
    <ol>
%s
        </ol>
  </nav>
  </div>
  </div>
""" % lis
    return """<!DOCTYPE html>
<html lang="fr" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">
  <head>
    <meta charset="utf-8" />
%s%s    <title>%s | Labo Cités</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm9xT1bLr3kV0yZ8aP4sE2fWcN6uD7hJgK5iR0tYw.css" />
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5zA7bC.css" />

    <script src="/core/assets/vendor/modernizr/modernizr.min.js?v=3.11.7"></script>
<script src="/core/misc/modernizr-additional-tests.js?v=3.11.7"></script>

  </head>
  <body class="%s">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      Aller au contenu principal
    </a>

      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div class="layout-container">

  <header role="banner">
      <div class="region region-header">
    <div id="block-labocites-branding" class="block block-system block-system-branding-block">
        <a href="/" rel="home" class="site-logo">
      <img src="/themes/custom/labocites/logo.svg" alt="Accueil" />
    </a>
        <div class="site-name">
      <a href="/" title="Accueil" rel="home">Labo Cités</a>
    </div>
        <div class="site-slogan">Centre de ressources politique de la ville Auvergne-Rhône-Alpes</div>
  </div>
<div class="search-block-form block block-search container-inline" data-drupal-selector="search-block-form" id="block-labocites-search" role="search">
      <form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8">
  <div class="js-form-item form-item js-form-type-search form-type-search js-form-item-keys form-item-keys form-no-label">
      <label for="edit-keys" class="visually-hidden">Rechercher</label>
        <input title="Saisir les termes à rechercher." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search" />
        </div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Rechercher" class="button js-form-submit form-submit" />
</div>
</form>
  </div>
  </div>

  </header>

      <div class="region region-primary-menu">
    <nav role="navigation" aria-labelledby="block-labocites-main-menu-menu" id="block-labocites-main-menu" class="block block-menu navigation menu--main">
            
  <h2 class="visually-hidden" id="block-labocites-main-menu-menu">Navigation principale</h2>
  

        
              <ul class="menu">
%s
    </ul>
  


  </nav>

  </div>

%s
    

  <main role="main">
    <a id="main-content" tabindex="-1"></a>
    <div class="layout-content">
        <div class="region region-content">
    <div data-drupal-messages-fallback class="hidden"></div>
%s
  </div>

    </div>
%s
  </main>

%s
</div>
  </div>

    %s
    <script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","scriptPath":null,"pathPrefix":"","currentPath":"%s","currentPathIsAdmin":false,"isFront":%s,"currentLanguage":"fr"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"user":{"uid":0,"permissionsHash":"5c1d7f0e2a"}}</script>
<script src="/sites/default/files/js/js_Rk2mV9pL1xT3cB7yN5fQ8wE0aZ4uH6sD2jG1iO3tY.js"></script>

  </body>
</html>
""" % (head, HEAD_TAIL, esc(title), body_class, menu(active), bc, content, SIDEBAR if sidebar else "", FOOTER, COOKIES,
       current_path, "true" if body_class == "path-frontpage" else "false")


def title_block(title):
    return """<div id="block-labocites-page-title" class="block block-core block-page-title-block">
  
    
      
  <h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">%s</span>
</h1>


  </div>
""" % esc(title)


def f_items(name, ftype, label, items):
    inner = "\n".join('<div class="field__item">%s</div>' % i for i in items)
    return """  <div class="field field--name-%s field--type-%s field--label-above">
    <div class="field__label">%s</div>
          <div class="field__items">
              %s
          </div>
      </div>
""" % (name, ftype, esc(label), inner)


def f_single(name, ftype, label, value):
    if label:
        return """  <div class="field field--name-%s field--type-%s field--label-inline clearfix">
    <div class="field__label">%s</div>
              <div class="field__item">%s</div>
          </div>
""" % (name, ftype, esc(label), value)
    return '  <div class="field field--name-%s field--type-%s field--label-hidden field__item">%s</div>\n' % (name, ftype, value)


def tags_field(names):
    return f_items("field-thematiques", "entity-reference", "Thématiques",
                   ['<a href="/taxonomy/term/%d" hreflang="fr">%s</a>' % (TERMS[n], esc(n)) for n in names])


def docs_field(files):
    items = []
    for href, name, size in files:
        items.append('<span class="file file--mime-application-pdf file--application-pdf"><a href="%s" type="application/pdf">%s</a></span>\n  <span class="file-size">%s</span>' % (href, name, size))
    return f_items("field-documents", "file", "Documents", items)


def body_field(html):
    return '  <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">%s</div>\n' % html


def share(url, title):
    return """  <span class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="%s" data-a2a-title="%s"><a class="a2a_dd addtoany_share" href="https://www.addtoany.com/share#url=%s&amp;title=%s"><img src="/modules/contrib/addtoany/images/share_save_171_16.png" alt="Partager" /></a><a class="a2a_button_facebook"></a><a class="a2a_button_twitter"></a><a class="a2a_button_linkedin"></a><a class="a2a_button_email"></a></span>
""" % (url, esc(title), url.replace(":", "%3A").replace("/", "%2F"), esc(title).replace(" ", "%20"))


def article(nid, ntype, alias, title, fields):
    return """<div id="block-labocites-content" class="block block-system block-system-main-block">
  
    
      
<article role="article" about="/%s" class="node node--type-%s node--view-mode-full">

  
    

  
  <div class="node__content">
%s
  </div>

</article>

  </div>
""" % (alias, ntype.replace("_", "-"), "".join(fields))


def node_page(*, nid, ntype, alias, title, fields, head_extra="", canonical_abs=True, crumbs=None):
    url = BASE + "/" + alias
    head = '<link rel="canonical" href="%s" />\n<link rel="shortlink" href="%s/node/%d" />\n%s' % (
        url if canonical_abs else "/" + alias, BASE, nid, head_extra)
    content = title_block(title) + article(nid, ntype, alias, title, fields)
    return page(title=title, head=head, body_class="path-node page-node-type-%s" % ntype.replace("_", "-"),
                crumbs=crumbs or [("Accueil", "/"), ("Publications", "/publications")], content=content, active="/publications",
                current_path="node/%d" % nid)


def type_field(label):
    return f_single("field-type-publication", "entity-reference", "Type", label)


def time_field(iso, human):
    return f_single("field-date-publication", "datetime", None, '<time datetime="%s" class="datetime">%s</time>\n' % (iso, human))


PDF17 = BASE + "/system/files/documents/publications/2018-06/LesEchos_LaboCites_17BD.pdf"
PDF_GUIDE_PRIVATE = "/system/files/documents/publications/2020-11/Guide_ImmobilierActivite_QPV.pdf"
PDF_GUIDE_PUBLIC = "/sites/default/files/documents/publications/2020-11/Guide_ImmobilierActivite_QPV.pdf"
PDF_ECO = BASE + "/system/files/documents/publications/2019-10/EcoDesQuartiers_n1.pdf"

L = {}
L["L1"] = dict(nid=1187, alias="publication/les-echos-de-labo-cites-ndeg17-artisanat-et-commerce-de-proximite-dans-les-quartiers",
               title="Les Echos de Labo Cités n°17 : artisanat et commerce de proximité dans les quartiers",
               ntype="publication", label="Publication", date="2018-06-15", human="15 juin 2018", tags=["Développement économique", "Commerce", "Artisanat"],
               summary="Retour sur le cycle de qualification consacré à l'artisanat et au commerce de proximité dans les quartiers prioritaires.")
L["L2"] = dict(nid=1265, alias="publication/saint-chamond-experimente-ma-boutique-lessai-une-video-de-la-serie-linnovation-au",
               title="Saint-Chamond expérimente « Ma boutique à l'essai » : une vidéo de la série « L'innovation au cœur des quartiers »",
               ntype="publication", label="Vidéo", date="2019-02-05", tags=["Commerce", "Développement économique"],
               summary="À Saint-Chamond, la ville teste de nouveaux commerces dans des cellules vacantes de son centre-ville.")
L["L3"] = dict(nid=1342, alias="publication/vaulx-en-velin-maintenir-le-commerce-de-proximite-pendant-le-renouvellement-urbain",
               title="Vaulx-en-Velin : maintenir le commerce de proximité pendant le renouvellement urbain",
               ntype="fiche_experience", label="Fiche expérience", date="2019-12-03", tags=["Commerce", "Renouvellement urbain"],
               summary=L3_LEAD)
L["L4"] = dict(nid=1498, alias="publication/immobilier-dactivite-en-quartier-prioritaire-guide-pratique-lusage-des-collectivites",
               title="Immobilier d'activité en quartier prioritaire : guide pratique à l'usage des collectivités",
               ntype="publication", label="Étude", date="2020-11-12", human="12 novembre 2020", tags=["Développement économique", "Immobilier d'activité"],
               summary="Un guide en six étapes pour créer ou relancer un équipement d'immobilier d'activité dans un quartier prioritaire.")
L["L5"] = dict(nid=1321, alias="publication/leco-des-quartiers-ndeg1-la-lettre-du-club-dev-eco-des-centres-de-ressources",
               title="L'Eco des quartiers n°1 : la lettre du Club Dév Eco des centres de ressources",
               ntype="publication", label="Publication", date="2019-10-21", tags=["Développement économique", "Réseau des centres de ressources"],
               summary="Le Club Dév Eco du réseau national des centres de ressources politique de la ville publie le premier numéro de sa lettre.")
L["L6"] = dict(nid=1556, alias="publication/villeurbanne-une-couveuse-dentreprises-au-pied-des-immeubles-de-saint-jean",
               title="Villeurbanne : une couveuse d'entreprises au pied des immeubles de Saint-Jean",
               ntype="fiche_experience", label="Fiche expérience", date="2021-01-18", tags=["Entrepreneuriat", "Développement économique"],
               summary=L6_LEAD)
L["L7"] = dict(nid=1278, alias="publication/venissieux-une-conciergerie-solidaire-aux-minguettes",
               title="Vénissieux : une conciergerie solidaire aux Minguettes",
               ntype="publication", label="Vidéo", date="2019-04-02", human="2 avril 2019", tags=["Emploi-insertion", "Économie sociale et solidaire"],
               summary="Aux Minguettes, une conciergerie solidaire emploie des habitants et rend service au quartier.")


def build_L1():
    d = L["L1"]
    body = L1_BODY + '\n<p><a href="%s">Télécharger Les Echos de Labo Cités n°17 (PDF)</a> – voir aussi <a href="/%s">la vidéo sur Saint-Chamond</a>.</p>' % (PDF17, L["L2"]["alias"])
    fields = [type_field(d["label"]),
              f_single("field-collection", "string", "Collection", "Les Echos de Labo Cités"),
              time_field("2018-06-15T12:00:00Z", "15 juin 2018"),
              body_field(body),
              docs_field([(PDF17, "LesEchos_LaboCites_17BD.pdf", "1.15 Mo")]),
              tags_field(d["tags"]), share(BASE + "/" + d["alias"], d["title"])]
    return node_page(nid=d["nid"], ntype=d["ntype"], alias=d["alias"], title=d["title"], fields=fields)


def build_L2():
    d = L["L2"]
    url = BASE + "/" + d["alias"]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "VideoObject", "name": d["title"],
         "description": "À Saint-Chamond, la ville teste de nouveaux commerces dans des cellules vacantes de son centre-ville grâce au dispositif Ma boutique à l'essai.",
         "thumbnailUrl": "https://i.ytimg.com/vi/Hq3vR8kLm2c/hqdefault.jpg", "uploadDate": "2019-02-05T10:00:00+01:00",
         "duration": "PT6M12S", "embedUrl": "https://www.youtube-nocookie.com/embed/Hq3vR8kLm2c",
         "publisher": {"@type": "Organization", "name": "Labo Cités", "url": BASE + "/"}},
        {"@type": "WebPage", "@id": url, "name": d["title"], "datePublished": "2019-02-05T10:00:00+01:00",
         "dateModified": "2019-02-07T16:21:40+01:00", "isPartOf": {"@type": "WebSite", "name": "Labo Cités", "url": BASE + "/"}}]}
    head = '<script type="application/ld+json">%s</script>\n' % json.dumps(ld, ensure_ascii=False)
    video = """  <div class="field field--name-field-video field--type-video-embed-field field--label-hidden field__item"><div class="video-embed-field-provider-youtube video-embed-field-responsive-video"><iframe width="854" height="480" frameborder="0" allowfullscreen="allowfullscreen" src="https://www.youtube-nocookie.com/embed/Hq3vR8kLm2c?autoplay=0&amp;start=0&amp;rel=0"></iframe>
</div>
</div>
"""
    body = L2_BODY + '\n<p>À lire aussi&nbsp;: <a href="/node/1187">Les Echos de Labo Cités n°17</a>.</p>'
    fields = [type_field(d["label"]), f_single("field-collection", "string", "Série", "L'innovation au cœur des quartiers"),
              video, body_field(body), tags_field(d["tags"]), share(url, d["title"])]
    return node_page(nid=d["nid"], ntype=d["ntype"], alias=d["alias"], title=d["title"], fields=fields, head_extra=head)


def build_L3():
    # A page rendered by the Bootstrap-based "dossiers" theme: no Drupal field classes at all.
    d = L["L3"]
    url = BASE + "/" + d["alias"]
    tags = "".join('<li><a class="badge badge-secondary" href="/taxonomy/term/%d">%s</a></li>' % (TERMS[t], esc(t)) for t in d["tags"])
    return """<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" />
  <title>%s | Labo Cités</title>
  <link rel="canonical" href="%s" />
  <link rel="shortlink" href="%s/node/%d" />
  <meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
  <link rel="stylesheet" href="/themes/custom/labodossiers/css/bootstrap.min.css?v=4.6.0" />
  <link rel="stylesheet" href="/themes/custom/labodossiers/css/style.css?r4k2p" />
</head>
<body>
<nav class="navbar navbar-expand-lg navbar-light bg-light">
  <div class="container">
    <a class="navbar-brand" href="/"><img src="/themes/custom/labocites/logo.svg" height="40" alt="Labo Cités" /></a>
    <button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#navbarMain" aria-controls="navbarMain" aria-expanded="false" aria-label="Menu"><span class="navbar-toggler-icon"></span></button>
    <div class="collapse navbar-collapse" id="navbarMain">
      <ul class="navbar-nav ml-auto">
        <li class="nav-item"><a class="nav-link" href="/">Accueil</a></li>
        <li class="nav-item active"><a class="nav-link" href="/publications">Publications</a></li>
        <li class="nav-item"><a class="nav-link" href="/labo-cites/qui-sommes-nous">Qui sommes-nous ?</a></li>
        <li class="nav-item"><a class="nav-link" href="/contact">Contact</a></li>
      </ul>
    </div>
  </div>
</nav>
<div class="container mt-3">
  <ol class="breadcrumb bg-transparent px-0">
    <li class="breadcrumb-item"><a href="/">Accueil</a></li>
    <li class="breadcrumb-item"><a href="/publications">Publications</a></li>
    <li class="breadcrumb-item active" aria-current="page">Fiche expérience</li>
  </ol>
  <div class="row">
    <div class="col-lg-8">
      <article>
        <span class="badge badge-info text-uppercase">%s</span>
        <h1 class="display-5 mt-2">%s</h1>
        <p class="text-muted small">Publié le 3 décembre 2019 – Fiche réalisée par Labo Cités</p>
        <p class="lead">%s</p>
        <div class="wysiwyg">
%s
        </div>
        <ul class="list-inline tags mt-4">%s</ul>
        <div class="share mt-3"><span>Partager :</span>
          <a class="btn btn-sm btn-outline-secondary" href="https://www.facebook.com/sharer/sharer.php?u=%s" target="_blank" rel="noopener">Facebook</a>
          <a class="btn btn-sm btn-outline-secondary" href="https://twitter.com/intent/tweet?url=%s" target="_blank" rel="noopener">Twitter</a>
          <a class="btn btn-sm btn-outline-secondary" href="https://www.linkedin.com/sharing/share-offsite/?url=%s" target="_blank" rel="noopener">LinkedIn</a>
        </div>
      </article>
    </div>
    <div class="col-lg-4">
      <div class="card mb-3"><div class="card-body">
        <h5 class="card-title">Dans la même série</h5>
        <p class="card-text">Les fiches expérience de Labo Cités présentent des actions conduites dans les quartiers de la région : contexte, démarche, résultats, contacts.</p>
        <a href="/publications" class="card-link">Toutes les publications</a>
      </div></div>
      <div class="card"><div class="card-body">
        <h5 class="card-title">Agenda</h5>
        <p class="card-text"><time datetime="2020-01-16T09:00:00Z">16 janvier 2020</time> – Vœux et rencontre du réseau</p>
      </div></div>
    </div>
  </div>
</div>
<footer class="bg-dark text-light py-4 mt-5">
  <div class="container">
    <p class="mb-1"><strong>Labo Cités</strong> – Centre de ressources politique de la ville Auvergne-Rhône-Alpes</p>
    <p class="small mb-0"><a class="text-light" href="/contact">Contact</a> · <a class="text-light" href="/rss.xml">Flux RSS</a></p>
  </div>
</footer>
<div class="alert alert-secondary fixed-bottom mb-0 cookies" role="alert">Ce site utilise des cookies de mesure d'audience. <button class="btn btn-sm btn-primary">Accepter</button> <button class="btn btn-sm btn-secondary">Refuser</button></div>
<script src="/themes/custom/labodossiers/js/jquery.slim.min.js"></script>
<script src="/themes/custom/labodossiers/js/bootstrap.bundle.min.js"></script>
</body>
</html>
""" % (esc(d["title"]), url, BASE, d["nid"], esc(d["label"]), esc(d["title"]), L3_LEAD, L3_BODY, tags, url, url, url)


def og(url, title, desc, published=None, modified=None, image=None):
    s = ('<meta property="og:site_name" content="Labo Cités" />\n<meta property="og:type" content="article" />\n'
         '<meta property="og:url" content="%s" />\n<meta property="og:title" content="%s" />\n<meta property="og:description" content="%s" />\n'
         % (url, esc(title), esc(desc)))
    if image:
        s += '<meta property="og:image" content="%s" />\n' % image
    if published:
        s += '<meta property="article:published_time" content="%s" />\n' % published
    if modified:
        s += '<meta property="article:modified_time" content="%s" />\n' % modified
    return s


def build_L4():
    d = L["L4"]
    url = BASE + "/" + d["alias"]
    head = og(url, d["title"], d["summary"], published="2020-11-12T09:15:00+01:00", modified="2021-02-03T10:40:12+01:00",
              image=BASE + "/sites/default/files/styles/og/public/2020-11/couverture_guide_immo.jpg")
    fields = [type_field(d["label"]), time_field("2020-11-12T12:00:00Z", "12 novembre 2020"), body_field(L4_BODY),
              docs_field([(PDF_GUIDE_PRIVATE, "Guide_ImmobilierActivite_QPV.pdf", "2.3 Mo")]),
              tags_field(d["tags"]), share(url, d["title"])]
    return node_page(nid=d["nid"], ntype=d["ntype"], alias=d["alias"], title=d["title"], fields=fields, head_extra=head)


def build_L5():
    d = L["L5"]
    url = BASE + "/" + d["alias"]
    head = og(url, d["title"], d["summary"], published="2019-10-21T14:03:27+02:00", modified="2019-10-21T14:10:02+02:00")
    fields = [type_field(d["label"]), body_field(L5_BODY),
              docs_field([(PDF_ECO, "EcoDesQuartiers_n1.pdf", "1.04 Mo")]),
              tags_field(d["tags"]), share(url, d["title"])]
    return node_page(nid=d["nid"], ntype=d["ntype"], alias=d["alias"], title=d["title"], fields=fields, head_extra=head, canonical_abs=False)


def build_L6():
    d = L["L6"]
    url = BASE + "/" + d["alias"]
    fields = [type_field(d["label"]),
              f_single("field-chapo", "text-long", None, "<p>%s</p>" % L6_LEAD),
              body_field(L6_BODY), tags_field(d["tags"]), share(url, d["title"])]
    return node_page(nid=d["nid"], ntype=d["ntype"], alias=d["alias"], title=d["title"], fields=fields)


def build_L7():
    d = L["L7"]
    url = BASE + "/" + d["alias"]
    video = """  <div class="field field--name-field-video field--type-video-embed-field field--label-hidden field__item"><div class="video-embed-field-provider-youtube video-embed-field-responsive-video"><iframe width="854" height="480" frameborder="0" allowfullscreen="allowfullscreen" src="https://www.youtube-nocookie.com/embed/Zt7pW3nQe5s?autoplay=0&amp;start=0&amp;rel=0"></iframe>
</div>
</div>
"""
    fields = [type_field(d["label"]), f_single("field-collection", "string", "Série", "L'innovation au cœur des quartiers"),
              time_field("2019-04-02T12:00:00Z", "2 avril 2019"), video, body_field(L7_BODY), tags_field(d["tags"]), share(url, d["title"])]
    return node_page(nid=d["nid"], ntype=d["ntype"], alias=d["alias"], title=d["title"], fields=fields)


ORDER = ["L6", "L4", "L3", "L5", "L7", "L2", "L1"]  # newest first


def teaser(key):
    d = L[key]
    date = ('<div class="field field--name-field-date-publication field--type-datetime field--label-hidden field__item">'
            '<time datetime="%sT12:00:00Z" class="datetime">%s</time></div>' % (d["date"], d["human"])) if d.get("human") else ""
    return """    <div class="views-row"><article role="article" about="/%s" class="node node--type-%s node--view-mode-teaser">
  <h2>
    <a href="/%s" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">%s</span>
</a>
  </h2>
  <div class="node__content">
    <div class="field field--name-field-type-publication field--type-entity-reference field--label-hidden field__item">%s</div>
    %s
    <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>%s</p></div>
  <ul class="links inline"><li class="node-readmore"><a href="/%s" rel="tag" title="%s" hreflang="fr">Lire la suite<span class="visually-hidden"> de %s</span></a></li></ul>
  </div>
</article>
</div>
""" % (d["alias"], d["ntype"].replace("_", "-"), d["alias"], esc(d["title"]), esc(d["label"]), date, d["summary"], d["alias"], esc(d["title"]), esc(d["title"]))


def pager(current, total):
    lis = []
    if current > 0:
        lis.append('<li class="pager__item pager__item--first"><a href="?page=0" title="Aller à la première page"><span class="visually-hidden">Première page</span><span aria-hidden="true">« Premier</span></a></li>')
        lis.append('<li class="pager__item pager__item--previous"><a href="?page=%d" title="Aller à la page précédente" rel="prev"><span class="visually-hidden">Page précédente</span><span aria-hidden="true">‹‹</span></a></li>' % (current - 1))
    for p in range(total):
        if p == current:
            lis.append('<li class="pager__item is-active"><a href="?page=%d" title="Page courante"><span class="visually-hidden">Page courante</span>%d</a></li>' % (p, p + 1))
        else:
            lis.append('<li class="pager__item"><a href="?page=%d" title="Aller à la page %d"><span class="visually-hidden">Page </span>%d</a></li>' % (p, p + 1, p + 1))
    if current < total - 1:
        lis.append('<li class="pager__item pager__item--next"><a href="?page=%d" title="Aller à la page suivante" rel="next"><span class="visually-hidden">Page suivante</span><span aria-hidden="true">››</span></a></li>' % (current + 1))
        lis.append('<li class="pager__item pager__item--last"><a href="?page=%d" title="Aller à la dernière page"><span class="visually-hidden">Dernière page</span><span aria-hidden="true">Dernier »</span></a></li>' % (total - 1))
    return """  <nav class="pager" role="navigation" aria-labelledby="pagination-heading">
    <h4 id="pagination-heading" class="visually-hidden">Pagination</h4>
    <ul class="pager__items js-pager__items">
      %s
    </ul>
  </nav>
""" % "\n      ".join(lis)


def listing(current):
    keys = ORDER[:5] if current == 0 else ORDER[5:]
    content = title_block("Publications") + """<div id="block-labocites-content" class="block block-system block-system-main-block">
      <div class="views-element-container"><div class="view view-publications view-id-publications view-display-id-page_1 js-view-dom-id-2c9f8e4d1a">
        <div class="view-filters">
      <form action="/publications" method="get" id="views-exposed-form-publications-page-1" accept-charset="UTF-8">
  <div class="form--inline clearfix">
  <div class="js-form-item form-item js-form-type-select form-type-select js-form-item-type form-item-type">
      <label for="edit-type">Type</label>
        <select data-drupal-selector="edit-type" id="edit-type" name="type" class="form-select"><option value="All" selected="selected">- Tout -</option><option value="3">Publication</option><option value="4">Vidéo</option><option value="5">Fiche expérience</option><option value="6">Étude</option></select>
        </div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--2"><input data-drupal-selector="edit-submit-publications" type="submit" id="edit-submit-publications" value="Filtrer" class="button js-form-submit form-submit" />
</div>
</div>
</form>
    </div>
      <div class="view-content">
%s      </div>
%s
</div>
</div>
  </div>
""" % ("".join(teaser(k) for k in keys), pager(current, 2))
    head = '<link rel="canonical" href="%s/publications" />\n' % BASE if current == 0 else ""
    return page(title="Publications", head=head, body_class="path-publications", crumbs=[("Accueil", "/")], content=content, active="/publications", current_path="publications")


def simple(path, title, body, nid, active=None):
    content = title_block(title) + article(nid, "page", path, title, [body_field(body)])
    head = '<link rel="canonical" href="%s/%s" />\n<link rel="shortlink" href="%s/node/%d" />\n' % (BASE, path, BASE, nid)
    return page(title=title, head=head, body_class="path-node page-node-type-page", crumbs=[("Accueil", "/")], content=content, active=active,
                current_path="node/%d" % nid)


def home():
    cards = "".join("""<div class="views-row"><h3><a href="/%s">%s</a></h3><p>%s</p></div>
""" % (L[k]["alias"], esc(L[k]["title"]), L[k]["summary"]) for k in ["L6", "L4", "L5"])
    content = """<div id="block-labocites-content" class="block block-system block-system-main-block">
  <div class="views-element-container"><div class="view view-frontpage view-id-frontpage view-display-id-page_1">
    <h2>Dernières publications</h2>
    <div class="view-content">
%s    </div>
    <div class="more-link"><a href="/publications">Toutes les publications</a></div>
    <div class="feed-icons"><a href="%s/rss.xml" class="feed-icon">S'abonner à Labo Cités</a></div>
  </div></div>
</div>
""" % (cards, BASE)
    head = '<link rel="canonical" href="%s/" />\n<meta name="description" content="Labo Cités, centre de ressources politique de la ville Auvergne-Rhône-Alpes." />\n' % BASE
    return page(title="Accueil", head=head, body_class="path-frontpage", crumbs=None, content=content, active="/", current_path="node/1")


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
# CSS, JS, Images
Allow: /core/*.css$
Allow: /core/*.css?
Allow: /core/*.js$
Allow: /core/*.js?
Allow: /core/*.gif
Allow: /core/*.jpg
Allow: /core/*.jpeg
Allow: /core/*.png
Allow: /core/*.svg
Allow: /profiles/*.css$
Allow: /profiles/*.css?
Allow: /profiles/*.js$
Allow: /profiles/*.js?
Allow: /profiles/*.gif
Allow: /profiles/*.jpg
Allow: /profiles/*.jpeg
Allow: /profiles/*.png
Allow: /profiles/*.svg
# Directories
Disallow: /core/
Disallow: /profiles/
# Files
Disallow: /README.txt
Disallow: /web.config
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /filter/tips
Disallow: /node/add/
Disallow: /search/
Disallow: /user/register/
Disallow: /user/password/
Disallow: /user/login/
Disallow: /user/logout/
# Paths (no clean URLs)
Disallow: /index.php/admin/
Disallow: /index.php/comment/reply/
Disallow: /index.php/filter/tips
Disallow: /index.php/node/add/
Disallow: /index.php/search/
Disallow: /index.php/user/password/
Disallow: /index.php/user/register/
Disallow: /index.php/user/login/
Disallow: /index.php/user/logout/

Sitemap: https://www.labo-cites.org/sitemap.xml
"""

LASTMOD = {"L1": "2018-06-18T09:44:10+02:00", "L2": "2019-02-07T16:21:40+01:00", "L3": "2019-12-04T11:05:52+01:00",
           "L4": "2021-02-03T10:40:12+01:00", "L5": "2019-10-21T14:10:02+02:00", "L6": "2021-01-19T08:12:33+01:00",
           "L7": "2019-04-03T09:30:00+02:00"}


def urlset(entries):
    rows = []
    for loc, lastmod, freq, prio in entries:
        lm = "<lastmod>%s</lastmod>" % lastmod if lastmod else ""
        rows.append('<url><loc>%s</loc><xhtml:link rel="alternate" hreflang="fr" href="%s"/>%s<changefreq>%s</changefreq><priority>%s</priority></url>' % (loc, loc, lm, freq, prio))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="/sitemap_generator/default/sitemap.xsl"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">'
            + "".join(rows) + "</urlset>\n")


def sitemaps():
    index = ('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="/sitemap_generator/default/sitemap.xsl"?>\n'
             '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             '<sitemap><loc>https://www.labo-cites.org/sitemap.xml?page=1</loc><lastmod>2021-02-03T10:41:00+01:00</lastmod></sitemap>'
             '<sitemap><loc>https://www.labo-cites.org/sitemap.xml?page=2</loc><lastmod>2021-02-03T10:41:00+01:00</lastmod></sitemap>'
             '</sitemapindex>\n')
    p1 = urlset([(BASE + "/", None, "daily", "1.0"), (BASE + "/publications", None, "daily", "0.8"),
                 (BASE + "/labo-cites/qui-sommes-nous", "2018-01-10T15:00:00+01:00", "yearly", "0.5")]
                + [(BASE + "/" + L[k]["alias"], LASTMOD[k], "monthly", "0.5") for k in ["L1", "L2", "L5", "L7"]])
    p2 = urlset([(BASE + "/" + L[k]["alias"], LASTMOD[k], "monthly", "0.5") for k in ["L3", "L4", "L6"]])
    return index, p1, p2


RSS_DATES = {"L6": "Mon, 18 Jan 2021 10:02:00 +0100", "L4": "Thu, 12 Nov 2020 09:15:00 +0100",
             "L5": "Mon, 21 Oct 2019 14:03:27 +0200", "L7": "Tue, 02 Apr 2019 11:30:00 +0200", "L1": "Fri, 15 Jun 2018 14:00:00 +0200"}


def rss():
    items = []
    for k in ["L6", "L4", "L5", "L7", "L1"]:
        d = L[k]
        desc = '<p>%s</p><a href="%s/%s" hreflang="fr">Lire la suite</a>' % (d["summary"], BASE, d["alias"])
        items.append("""<item>
  <title>%s</title>
  <link>%s/%s</link>
  <description>%s</description>
  <pubDate>%s</pubDate>
    <dc:creator>Labo Cités</dc:creator>
    <guid isPermaLink="false">%d at https://www.labo-cites.org</guid>
    </item>""" % (esc(d["title"]), BASE, d["alias"], esc(desc), RSS_DATES[k], d["nid"]))
    return """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xml:base="https://www.labo-cites.org/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:foaf="http://xmlns.com/foaf/0.1/" xmlns:og="http://ogp.me/ns#" xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#" xmlns:schema="http://schema.org/" xmlns:sioc="http://rdfs.org/sioc/ns#" xmlns:sioct="http://rdfs.org/sioc/types#" xmlns:skos="http://www.w3.org/2004/02/skos/core#" xmlns:xsd="http://www.w3.org/2001/XMLSchema#">
  <channel>
    <title>Labo Cités</title>
    <link>https://www.labo-cites.org/</link>
    <description>Centre de ressources politique de la ville Auvergne-Rhône-Alpes</description>
    <language>fr</language>
    
    %s
  </channel>
</rss>
""" % "\n    ".join(items)


def expected():
    def doc(k, doc_type, pdf_keys, att_urls, date_from, found_in):
        d = L[k]
        return {"url": BASE + "/" + d["alias"], "title": d["title"], "date": d["date"], "doc_type": doc_type,
                "tags": d["tags"], "attachments": len(att_urls),
                "pdf_phrases": [p for pk in pdf_keys for p in PHRASES[pk]],
                "attachment_urls": att_urls, "date_from": date_from, "found_in": found_in}
    return {
        "notes": (
            "Labo Cités replica (Drupal 9, private files). Traps: "
            "(1) sitemap.xml is a simple_sitemap index of https://www.labo-cites.org/sitemap.xml?page=1 and ?page=2 "
            "(served by _site.json routes from sitemap-pages/*.xml, as application/xml); every item is in one of them. "
            "(2) /publications is paginated Drupal 8 style with relative hrefs (?page=1, rel=next); page 1 links back to ?page=0, "
            "which is a second URL for the first page. rss.xml has 5 items. "
            "(3) Duplicates: /node/1187 is Les Echos n°17 again (canonical -> alias), linked from the Saint-Chamond video page; "
            "spiders must never request /node/N URLs (tests assert it). "
            "(4) Dates are layered: <time datetime> date field (Echos 17, guide, Vénissieux), JSON-LD only (Saint-Chamond video: "
            "VideoObject.uploadDate and WebPage.datePublished), og/article:published_time meta only (Eco des quartiers: no visible date), "
            "text 'Publié le 3 décembre 2019' (Vaulx-en-Velin), text 'Le 18 janvier 2021,' (Villeurbanne). The sidebar 'Agenda' block "
            "carries <time datetime> elements (25 mars 2021, 8 avril 2021; 16 janvier 2020 on the Bootstrap page): never take them. "
            "(5) Markup variants: standard Classy markup (h1.page-title span.field--name-title, .field--name-body, "
            ".field--name-field-thematiques a, .file--application-pdf a) except the Vaulx-en-Velin page, rendered by a Bootstrap "
            "theme with no field classes (h1 in article, .lead, .wysiwyg, ul.tags a.badge). "
            "(6) doc_type comes from the visible 'Type' field (Publication, Vidéo, Étude, Fiche expérience) or the badge on the "
            "Bootstrap page; videos have no attachment. The Saint-Chamond slug is cut at ~100 characters (title longer than URL). "
            "(7) Files: Les Echos n°17 PDF is served with Content-Disposition: attachment (route with file + headers) and is "
            "linked twice on its page (one attachment); the guide PDF link (relative, /system/files/...) answers 302 to "
            "/sites/default/files/...; EcoDesQuartiers_n1.pdf has the same spec (same sha256) as IREV's eco_des_quartiers_n1.pdf. "
            "(8) Tags are the Thématiques term links (/taxonomy/term/N, not replicated). "
            "(9) Not documents: home, /publications listing pages, /labo-cites/qui-sommes-nous, /contact."),
        "documents": [
            doc("L1", "publication", ["echos17"], [PDF17], "time", ["sitemap", "feed", "listing"]),
            doc("L2", "vidéo", [], [], "jsonld", ["sitemap", "listing"]),
            doc("L3", "fiche expérience", [], [], "text", ["sitemap", "listing"]),
            doc("L4", "étude", ["guide_immo"], [BASE + PDF_GUIDE_PRIVATE], "time", ["sitemap", "feed", "listing"]),
            doc("L5", "publication", ["eco_n1"], [PDF_ECO], "meta", ["sitemap", "feed", "listing"]),
            doc("L6", "fiche expérience", [], [], "text", ["sitemap", "feed", "listing"]),
            doc("L7", "vidéo", [], [], "time", ["sitemap", "feed", "listing"]),
        ],
        "errors": [],
        "duplicates": {BASE + "/node/1187": BASE + "/" + L["L1"]["alias"],
                       BASE + "/publications?page=0": BASE + "/publications"},
        "must_not_fetch": [BASE + "/search/"],
        "files": {
            "redirected": {BASE + PDF_GUIDE_PRIVATE: BASE + PDF_GUIDE_PUBLIC},
            "content_disposition_attachment": [PDF17],
            "shared_with_other_hosts": {PDF_ECO: "https://www.irev.fr/sites/default/files/atoms/files/eco_des_quartiers_n1.pdf"},
        },
        "not_documents": [BASE + "/", BASE + "/publications", BASE + "/publications?page=1", BASE + "/labo-cites/qui-sommes-nous", BASE + "/contact"],
    }


def build():
    for k, fn in [("L1", build_L1), ("L2", build_L2), ("L3", build_L3), ("L4", build_L4), ("L5", build_L5), ("L6", build_L6), ("L7", build_L7)]:
        write(HOST, L[k]["alias"] + ".html", fn())
    write(HOST, "node/1187.html", build_L1())
    write(HOST, "publications.html", listing(0))
    write(HOST, "publications@page=0.html", listing(0))
    write(HOST, "publications@page=1.html", listing(1))
    write(HOST, "index.html", home())
    write(HOST, "labo-cites/qui-sommes-nous.html", simple("labo-cites/qui-sommes-nous", "Qui sommes-nous ?", ABOUT_BODY, 12, active="/labo-cites/qui-sommes-nous"))
    write(HOST, "contact.html", simple("contact", "Contact",
                                       "<p>Labo Cités – Lyon. Pour toute demande, écrivez-nous à l'adresse contact@labo-cites.org.</p>", 14, active="/contact"))
    write(HOST, "robots.txt", ROBOTS)
    write(HOST, "rss.xml", rss())
    index, p1, p2 = sitemaps()
    write(HOST, "sitemap.xml", index)
    write(HOST, "sitemap-pages/page-1.xml", p1)
    write(HOST, "sitemap-pages/page-2.xml", p2)
    write_json(HOST, "system/files/documents/publications/2018-06/LesEchos_LaboCites_17BD.pdf.json", SPECS["echos17"])
    write_json(HOST, PDF_GUIDE_PUBLIC.lstrip("/") + ".json", SPECS["guide_immo"])
    write_json(HOST, "system/files/documents/publications/2019-10/EcoDesQuartiers_n1.pdf.json", SPECS["eco_n1"])
    xml = {"Content-Type": "application/xml; charset=utf-8"}
    write_json(HOST, "_site.json", {"routes": {
        "/sitemap.xml?page=1": {"file": "sitemap-pages/page-1.xml", "headers": xml},
        "/sitemap.xml?page=2": {"file": "sitemap-pages/page-2.xml", "headers": xml},
        PDF_GUIDE_PRIVATE: {"redirect": PDF_GUIDE_PUBLIC, "status": 302, "headers": {"Cache-Control": "private, must-revalidate"}},
        "/system/files/documents/publications/2018-06/LesEchos_LaboCites_17BD.pdf": {
            "file": "system/files/documents/publications/2018-06/LesEchos_LaboCites_17BD.pdf",
            "headers": {"Content-Type": "application/pdf",
                        "Content-Disposition": "attachment; filename=\"LesEchos_LaboCites_17BD.pdf\"",
                        "Cache-Control": "private"}},
    }})
    write_json(HOST, "_expected.json", expected())


if __name__ == "__main__":
    build()
    print("ok")
