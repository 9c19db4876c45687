from crawlers.platforms.generic import GenericSpider


class CrpvPacaSpider(GenericSpider):
    """Guess: platform unknown; documents are assumed to sit one level under a section
    (`/<section>/<slug>`), found through /sitemap.xml. To verify with `crpv probe crpv-paca`."""

    name = "crpv-paca"
    display_name = "CRPV PACA"
    region = "Provence-Alpes-Côte d'Azur"
    homepage = "https://www.crpv-paca.org/"
    hosts = ("www.crpv-paca.org", "crpv-paca.org")
    address_confirmed = False
    enabled = False
    item_url_patterns = (r"^/[^/?#]+/[^/?#]+/?$",)
    default_doc_type = "publication"
