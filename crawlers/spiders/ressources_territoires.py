from crawlers.platforms.generic import GenericSpider


class RessourcesTerritoiresSpider(GenericSpider):
    """Guess: a custom PHP site whose URL shapes are unknown; documents are assumed to sit one
    level under a section (`/<section>/<slug>`). To verify with `crpv probe ressources-territoires`."""

    name = "ressources-territoires"
    display_name = "Ressources & Territoires"
    region = "Occitanie (ouest)"
    homepage = "https://www.ressources-territoires.com/"
    hosts = ("www.ressources-territoires.com", "ressources-territoires.com")
    address_confirmed = False
    enabled = False
    item_url_patterns = (r"^/[^/?#]+/[^/?#]+/?$",)
    default_doc_type = "publication"
