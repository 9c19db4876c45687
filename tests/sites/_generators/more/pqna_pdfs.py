CRISE = dict(
    title="DT-1 – Les quartiers face à la crise sanitaire : premiers enseignements",
    author="PQN-A – Pays et Quartiers de Nouvelle-Aquitaine",
    subject="Document de travail : enquête auprès des acteurs des quartiers prioritaires",
    creation_date="2021-03-12",
    columns=2,
    header="PQN-A – Documents de travail",
    footer="PQN-A, Pays et Quartiers de Nouvelle-Aquitaine",
    text="""
# Méthode
Entre janvier et mars 2021, PQN-A a mené des entretiens avec vingt-deux acteurs des quartiers prioritaires de Nouvelle-Aquitaine : centres sociaux, associations de proximité, délégués du préfet, chefs de projet et bailleurs. Les entretiens ont porté sur la période du premier confinement et sur les mois qui ont suivi.

# Une mobilisation de proximité
Les associations ont assuré la distribution alimentaire, le maintien du lien avec les familles isolées et l’accompagnement scolaire à distance. Dans onze quartiers sur les quatorze étudiés, des habitants bénévoles ont rejoint les équipes professionnelles pendant le premier confinement.

# Des fragilités révélées
La fracture numérique est apparue comme la difficulté la plus partagée : absence d’ordinateur, forfaits limités, méconnaissance des démarches en ligne. Les jeunes adultes sans emploi ni formation sont restés le public le plus difficile à joindre.

# Premiers enseignements
Les coopérations nées pendant la crise entre associations, bailleurs et services de l’État méritent d’être consolidées. PQN-A propose de les inscrire dans les avenants aux contrats de ville et de soutenir les postes d’adultes relais dans la durée.
""")

PAROLES = dict(
    title="PV-6 – Paroles d’habitants : vivre dans un quartier de ville moyenne",
    author="PQN-A – Pays et Quartiers de Nouvelle-Aquitaine",
    subject="Recueil de témoignages d’habitants de quartiers prioritaires de villes moyennes",
    creation_date="2023-01-30",
    columns=1,
    header="PQN-A – Paroles",
    footer="PQN-A – Paroles d’habitants",
    text="""
# Pourquoi ce recueil
Les villes moyennes de Nouvelle-Aquitaine comptent près d’un tiers des quartiers prioritaires de la région. Leurs habitants s’expriment rarement dans les études consacrées à la politique de la ville, davantage tournées vers les grandes agglomérations.

# Ce que disent les habitants
À Périgueux, à Niort ou à Villeneuve-sur-Lot, les personnes rencontrées parlent d’abord de mobilité : sans voiture, les lieux d’emploi et les services publics deviennent difficiles à atteindre. Une habitante de Niort raconte qu’il lui faut deux bus et une heure et quart pour rejoindre son travail à la zone industrielle.

# Le sentiment d’être oubliés
Beaucoup décrivent un quartier calme mais vieillissant, où les commerces ont fermé l’un après l’autre. Ils attendent des projets de rénovation qu’ils ramènent de la vie, pas seulement des façades neuves.

# Suites
Ces témoignages nourriront le cycle de rencontres consacré aux villes moyennes que PQN-A organisera en 2023.
""")

PHRASES = {
    "crise": ["Dans onze quartiers sur les quatorze étudiés"],
    "paroles": ["deux bus et une heure et quart pour rejoindre son travail"],
    "eco": ["neuf centres de ressources ont mis en commun"],
}
