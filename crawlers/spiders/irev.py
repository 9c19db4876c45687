from crawlers.platforms.drupal import DrupalSpider


class IrevSpider(DrupalSpider):
    name = "irev"
    display_name = "IREV – Institut régional de la ville"
    region = "Hauts-de-France"
    homepage = "https://www.irev.fr/"
    platform = "drupal7"
    hosts = ("www.irev.fr", "irev.fr")
    listing_paths = ("/thematiques/developpement-economique", "/actualites-0")
    # Items are aliases under a section; /node/N shortlinks duplicate them and are skipped.
    item_url_patterns = (r"^/thematiques/[^/]+/[^/?#]+$", r"^/actualites-0/[^/?#]+$",
                         r"^/ressources/[^/]+/[^/?#]+$", r"^/publications/[^/?#]+$")
    doc_type_rules = ((r"fiche[- ]exp", "fiche expérience"), (r"/actualites", "actualité"),
                      (r"[ée]tude", "étude"), (r"publication", "publication"))
    default_doc_type = "publication"
