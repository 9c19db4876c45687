from crawlers.platforms.generic import GenericSpider


class CrpvGuyaneSpider(GenericSpider):
    """Guess: platform unknown; documents are assumed to sit one level under a section
    (`/<section>/<slug>`), found through /sitemap.xml. To verify with `crpv probe crpv-guyane`."""

    name = "crpv-guyane"
    display_name = "CRPV Guyane"
    region = "Guyane"
    homepage = "https://crpv-guyane.org/"
    hosts = ("crpv-guyane.org", "www.crpv-guyane.org")
    address_confirmed = False
    enabled = False
    item_url_patterns = (r"^/[^/?#]+/[^/?#]+/?$",)
    default_doc_type = "publication"
