STNAZAIRE = dict(
    title="Entreprendre dans le quartier de la Bouletterie à Saint-Nazaire – étude",
    author="RésO Villes",
    subject="Étude sur l’entrepreneuriat des habitants d’un quartier prioritaire",
    creation_date="2016-11-07",
    columns=2,
    header="RésO Villes – Études",
    footer="RésO Villes, centre de ressources politique de la ville Bretagne – Pays de la Loire",
    text="""
# Objet de l’étude
À la demande de la ville de Saint-Nazaire et de la CARENE, RésO Villes a conduit en 2016 une étude sur les freins et les leviers de la création d’activité par les habitants du quartier de la Bouletterie. L’étude repose sur quarante entretiens avec des habitants, des commerçants, des structures d’accompagnement et des agents des services municipaux.

# Ce que disent les habitants
Les personnes rencontrées expriment souvent un projet ancien, mûri pendant des années, mais jamais formalisé. Elles redoutent la complexité administrative et la perte de leurs allocations. Plusieurs disent ne pas savoir à qui s’adresser et ne pas oser pousser la porte des réseaux d’accompagnement du centre-ville.

# Les ressources du quartier
La Bouletterie dispose pourtant d’atouts : une maison de quartier très fréquentée, une galerie commerciale en cours de rénovation et un tissu associatif dense. Dix-sept habitants interrogés exercent déjà une activité rémunérée non déclarée, le plus souvent dans la couture, la coiffure ou la réparation automobile.

# Recommandations
L’étude recommande d’installer une permanence de l’accompagnement à la création dans la maison de quartier, de créer un local d’essai dans la galerie commerciale et de former les agents d’accueil à l’orientation des porteurs de projet. Elle propose enfin de suivre pendant trois ans une cohorte de créateurs pour mesurer les effets du dispositif.
""")

PROJET = dict(
    title="Projet associatif de RésO Villes 2024-2030",
    author="RésO Villes",
    subject="Orientations du centre de ressources pour la période 2024-2030",
    creation_date="2024-06-20",
    columns=1,
    header="RésO Villes – Projet associatif",
    footer="RésO Villes – Projet associatif 2024-2030",
    text="""
# Nos valeurs
RésO Villes réunit les villes, les intercommunalités, l’État et les acteurs de la politique de la ville de Bretagne et des Pays de la Loire. L’association défend une politique de la ville fondée sur la coopération entre les territoires, la reconnaissance du pouvoir d’agir des habitants et l’égalité d’accès aux droits.

# Trois orientations
Le projet associatif fixe trois orientations pour les six années à venir : accompagner les professionnels dans un contexte de transformation des contrats de ville, mieux observer les quartiers grâce au Pôle Data et Quartiers, et élargir le réseau aux villes moyennes et aux territoires ruraux fragiles.

# Une gouvernance renouvelée
Le conseil d’administration comptera désormais un collège des professionnels, aux côtés des collèges des collectivités et des partenaires. Un comité d’orientation réunira deux fois par an des habitants engagés dans les conseils citoyens des deux régions.

# Les moyens
Pour conduire ce projet, l’équipe sera renforcée d’une chargée de mission observation et d’un poste partagé avec le réseau national. Le budget prévisionnel repose sur un équilibre entre cotisations des adhérents, subventions de l’État et conventions de prestation, avec un objectif de huit adhérents supplémentaires d’ici 2026.
""")

RAPPORT = dict(
    title="RésO Villes – Rapport d’activité 2023",
    author="RésO Villes",
    subject="Rapport d’activité de l’association pour l’année 2023",
    creation_date="2024-05-06",
    columns=1,
    header="RésO Villes – Rapport d’activité 2023",
    footer="RésO Villes – Rapport d’activité",
    text="""
# L’année en bref
En 2023, RésO Villes a organisé trente-huit journées de qualification, rencontres régionales et ateliers, qui ont réuni plus de mille deux cents participants. L’association a accompagné quatorze collectivités dans l’élaboration de leur nouveau contrat de ville.

# Qualification des acteurs
Le cycle consacré aux cités éducatives et celui sur la participation des habitants ont été les plus suivis. Les formations à distance ont permis de toucher des professionnels de villes moyennes éloignées de Nantes et de Rennes.

# Observation
Le Pôle Data et Quartiers a publié les portraits statistiques des quartiers prioritaires des deux régions et répondu à une trentaine de demandes d’appui des collectivités. Un tableau de bord partagé des quartiers bretons a été mis en ligne à l’automne.

# Vie associative
L’assemblée générale du 15 juin a accueilli trois nouveaux adhérents. Le conseil d’administration s’est réuni six fois et a engagé l’écriture du projet associatif 2024-2030.
""")

PHRASES = {
    "stnazaire": ["Dix-sept habitants interrogés exercent déjà une activité"],
    "projet": ["réunira deux fois par an des habitants engagés"],
    "rapport": ["trente-huit journées de qualification"],
}
