from crawlers.platforms.drupal import DrupalSpider


class LaboCitesSpider(DrupalSpider):
    name = "labo-cites"
    display_name = "Labo Cités"
    region = "Auvergne-Rhône-Alpes"
    homepage = "https://www.labo-cites.org/"
    platform = "drupal8"
    hosts = ("www.labo-cites.org", "labo-cites.org")
    listing_paths = ("/publications",)
    item_url_patterns = (r"^/publication/[^/?#]+$", r"^/actualite/[^/?#]+$")
    doc_type_rules = ((r"vid[ée]o|l-?innovation-au", "vidéo"), (r"/actualite/", "actualité"),
                      (r"[ée]tude", "étude"), (r"fiche[- ]exp", "fiche expérience"))
    default_doc_type = "publication"
