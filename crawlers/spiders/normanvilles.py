from crawlers.platforms.wordpress import WordPressSpider


class NormanvillesSpider(WordPressSpider):
    """Guess: Normanvilles publishes on the WordPress of ORS-CREAI Normandie, a host shared with
    that health observatory. Before enabling, find with `crpv probe normanvilles` the category or
    post type of Normanvilles' own publications and harvest only that: the whole API would bring
    ORS-CREAI's studies in."""

    name = "normanvilles"
    display_name = "Normanvilles"
    region = "Normandie"
    homepage = "https://orscreainormandie.org/"
    hosts = ("orscreainormandie.org", "www.orscreainormandie.org")
    address_confirmed = False
    enabled = False
    default_doc_type = "publication"
