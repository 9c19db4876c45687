from crawlers.platforms.wordpress import WordPressSpider


# WordPress; posts at the root without a trailing slash, sparse ids (paged through the API).
class ResoVillesSpider(WordPressSpider):
    name = "reso-villes"
    display_name = "RésO Villes"
    region = "Bretagne, Pays de la Loire"
    homepage = "https://resovilles.com/"
    hosts = ("resovilles.com", "www.resovilles.com")
    category_doc_types = {"publications": "publication", "études": "étude", "pôle data & quartiers": "étude",
                          "rencontres": "événement", "actualités": "actualité", "vie du réseau": "actualité"}
    default_doc_type = "actualité"
