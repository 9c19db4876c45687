from crawlers.platforms.wordpress import WordPressSpider


class VillesAuCarreSpider(WordPressSpider):
    name = "villes-au-carre"
    display_name = "Villes au Carré"
    region = "Centre-Val de Loire"
    homepage = "https://www.villesaucarre.org/"
    hosts = ("www.villesaucarre.org", "villesaucarre.org")
    # Content re-imported in August 2022: those posts carry the import date.
    bulk_import_days = ("2022-08-09",)
    category_doc_types = {"publications": "publication", "actualités": "actualité",
                          "fiches expérience": "fiche expérience", "études": "étude"}
    default_doc_type = "actualité"
