from crawlers.platforms.wordpress import WordPressSpider


# Two WordPress installs, both harvested: the 2015 site (API under /site2015/wordpress/) and
# villes-et-territoires.fr, a separate database (its ids ~16954958), not an alias.
class VillesEtTerritoiresSpider(WordPressSpider):
    name = "villes-et-territoires"
    display_name = "Villes et Territoires Occitanie"
    region = "Occitanie"
    homepage = "https://villes-et-territoires.fr/"
    hosts = ("www.villesetterritoireslr.fr", "villes-et-territoires.fr", "villesetterritoireslr.fr")
    other_sites = ("villes-et-territoires.fr",)
    api_roots = ("/wp-json/", "/site2015/wordpress/wp-json/", "/?rest_route=/", "/site2015/wordpress/?rest_route=/")
    # "Accéder au document": the theme shows some PDFs (a custom field) that the API does not.
    archive_paths = ("/category/nos-actions/",)
    category_doc_types = {"nos productions & publications": "publication", "nos actions": "publication",
                          "actus": "actualité", "actualités": "actualité"}
    default_doc_type = "actualité"
