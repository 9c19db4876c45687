from crawlers.platforms.wordpress import WordPressSpider


class OrivSpider(WordPressSpider):
    """Guess, never seen from here: a WordPress-like site whose documents carry a `type_de_doc`
    taxonomy. Disabled until `crpv probe oriv` shows the REST API and which post type carries
    type_de_doc (add that type to post_types if it is not `post`)."""

    name = "oriv"
    display_name = "ORIV – Observatoire régional de l'intégration et de la ville"
    region = "Grand Est"
    homepage = "https://www.oriv.org/"
    hosts = ("www.oriv.org", "oriv.org")
    address_confirmed = False
    enabled = False
    # type_de_doc term names (lowercase) -> doc type: likely names, to match with the live terms.
    category_doc_types = {"études": "étude", "étude": "étude", "publications": "publication",
                          "guides": "publication", "actes": "publication", "dossiers": "publication",
                          "fiches expériences": "fiche expérience", "vidéos": "vidéo", "actualités": "actualité"}
    default_doc_type = "publication"
