PHRASES = {
    "cofabrik_fiche": ["la coopérative Cofabrik a accompagné quarante-deux porteurs de projet"],
    "cofabrik_parcours": ["le parcours dure en moyenne quatorze mois"],
    "denain": ["dans la vitrine de la rue de Villars"],
    "immo_corrupt": [],
    "eco_n1": ["neuf centres de ressources ont mis en commun"],
    "echos17": ["les artisans du quartier de Montreynaud"],
    "guide_immo": ["un loyer progressif sur trois ans"],
    "statuts": ["Le siège social est fixé à Tours"],
    "pole_ess": ["la recyclerie du quartier des Rives du Cher"],
    "citeslab": ["les chefs de projet CitésLab ont reçu six cent quarante personnes"],
}
