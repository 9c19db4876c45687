from crawlers.platforms.generic import GenericSpider


# New site (CMS unknown) under /fr/; old WordPress root slugs (/slug/) redirect to it.
class PqnaSpider(GenericSpider):
    name = "pqn-a"
    display_name = "PQN-A – Pays et Quartiers de Nouvelle-Aquitaine"
    region = "Nouvelle-Aquitaine"
    homepage = "https://pqn-a.fr/fr/"
    hosts = ("pqn-a.fr", "www.pqn-a.fr")
    listing_paths = ("/fr/actualites/articles", "/fr/ressources/analyses")
    item_url_patterns = (r"^/fr/actualites/articles/[^/?#]+$", r"^/fr/ressources/[^/?#]+/[^/?#]+$",
                         r"^/(?!fr/|en/)[^/?#]+/$")  # the old generation, followed to where it lands
    listing_selectors = (".listing",)
    scope_selectors = (".resource-page", ".news-page", "main", "article")
    body_selectors = (".lead, .body",)
    tag_selectors = (".tags a",)
    author_selectors = (".authors",)
    extra_selectors = {"code": ".code", "temps_de_lecture": ".reading"}
    doc_type_rules = ((r"^analyse|^paroles", "publication"), (r"/fr/ressources/", "publication"),
                      (r"/fr/actualites/", "actualité"))
    default_doc_type = "actualité"
