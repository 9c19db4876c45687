from crawlers.platforms.generic import GenericSpider


class CrpvMayotteSpider(GenericSpider):
    """Guess: platform unknown; documents are assumed to sit one level under a section
    (`/<section>/<slug>`), found through /sitemap.xml. To verify with `crpv probe crpv-mayotte`."""

    name = "crpv-mayotte"
    display_name = "CRPV Mayotte"
    region = "Mayotte"
    homepage = "https://cdr-mayotte.fr/"
    hosts = ("cdr-mayotte.fr", "www.cdr-mayotte.fr")
    address_confirmed = False
    enabled = False
    item_url_patterns = (r"^/[^/?#]+/[^/?#]+/?$",)
    default_doc_type = "publication"
