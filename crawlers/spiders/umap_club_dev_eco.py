from crawlers.platforms.umap import UmapSpider


class UmapClubDevEcoSpider(UmapSpider):
    name = "umap-club-dev-eco"
    display_name = "Club Dév Eco – carte des expériences inspirantes (uMap)"
    region = "France"
    homepage = "https://umap.openstreetmap.fr/fr/map/club-dev-eco-crpv-experiences-inspirantes-de-devel_171627"
    hosts = ("umap.openstreetmap.fr",)
    map_id = 171627
    map_slug = "club-dev-eco-crpv-experiences-inspirantes-de-devel"
    licence_note = ("Données de la carte © leurs contributeurs (uMap, fonds OpenStreetMap ODbL) ; "
                    "consultez la carte originale.")
