from crawlers.platforms.spip import SpipSpider


# SPIP with unmarked "URLs propres"; listing and feeds are SPIP defaults to verify live.
class ProfessionBanlieueSpider(SpipSpider):
    name = "profession-banlieue"
    display_name = "Profession Banlieue"
    region = "Île-de-France (Seine-Saint-Denis)"
    homepage = "https://www.professionbanlieue.org/"
    hosts = ("www.professionbanlieue.org", "professionbanlieue.org")
    listing_paths = ("/Les-fiches-experience", "/Publications")
    pager_param = r"debut_(?:autres_)?articles"
    feed_rubriques = (5,)  # Les fiches expérience
    excluded_rubriques = ("Le centre de ressources",)
    default_doc_type = "publication"
