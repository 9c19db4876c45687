from crawlers.platforms.generic import GenericSpider


class VilleCaraibeSpider(GenericSpider):
    """Guess: platform unknown, region to confirm; documents are assumed to sit one level under
    a section (`/<section>/<slug>`), found through /sitemap.xml. To verify with
    `crpv probe ville-caraibe`."""

    name = "ville-caraibe"
    display_name = "Ville Caraïbe"
    region = "Martinique"
    homepage = "https://www.villecaraibe.com/"
    hosts = ("www.villecaraibe.com", "villecaraibe.com")
    address_confirmed = False
    enabled = False
    item_url_patterns = (r"^/[^/?#]+/[^/?#]+/?$",)
    default_doc_type = "publication"
