from crawlers.platforms.pmb import PmbSpider


class CosoterSpider(PmbSpider):
    name = "cosoter"
    display_name = "Cosoter – catalogue partagé des centres de ressources politique de la ville"
    region = "France"
    homepage = "https://cosoter-ressources.info/"
    hosts = ("cosoter-ressources.info", "www.cosoter-ressources.info")
    oai_source_ids = (1, 2, 3, 4, 5)
    # Catalogue vocabulary: PMB document types and the centres' collections.
    doc_type_rules = ((r"vid[ée]o|document projet", "vidéo"), (r"fiches?[- ]exp", "fiche expérience"),
                      (r"[ée]tude|diagnostic", "étude"),
                      (r"actes|guide|cahier|dossier|lettre|rapport|echos|bilan", "publication"))
    default_doc_type = "publication"
