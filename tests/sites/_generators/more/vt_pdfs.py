COMMERCE = dict(
    title="Dossier thématique – La revitalisation du commerce",
    author="Villes et Territoires Occitanie",
    subject="Commerce de proximité, centres anciens et quartiers prioritaires",
    creation_date="2018-06-12",
    columns=2,
    header="Villes et Territoires – Dossier thématique",
    footer="Villes et Territoires Occitanie – centre de ressources politique de la ville",
    text="""
# Un constat partagé
Dans la plupart des villes moyennes d’Occitanie, la vacance commerciale des centres anciens a plus que doublé en dix ans. Les quartiers prioritaires situés en centre-ville, à Béziers, Carcassonne, Lodève ou Alès, concentrent les rez-de-chaussée vides et les commerces fragiles.

# Les leviers mobilisés
Les collectivités combinent plusieurs outils : le droit de préemption sur les fonds de commerce, les boutiques à l’essai, les aides à la rénovation des devantures et le recrutement d’un manager de centre-ville. Le dossier montre que ces outils ne produisent d’effet durable que s’ils s’inscrivent dans une stratégie d’ensemble associant logement, espaces publics et stationnement.

# Trois expériences
À Lodève, une foncière publique a racheté onze locaux de la Grand-Rue pour y installer des artisans d’art. À Alès, une boutique à l’essai accueille chaque année un nouveau commerçant. À Béziers, la requalification des allées Paul-Riquet a été accompagnée d’un fonds d’aide aux commerçants.

# Recommandations
Le dossier invite les villes à connaître finement leur appareil commercial avant d’agir, à associer les propriétaires de murs et à prévoir dès le départ les moyens d’animation. La revitalisation suppose enfin une coordination étroite entre le contrat de ville et le programme Action cœur de ville.
""")

CONSEILS = dict(
    title="Cahier – Les conseils citoyens en Occitanie, premiers pas",
    author="Villes et Territoires Occitanie",
    subject="Participation des habitants et contrats de ville",
    creation_date="2016-04-18",
    columns=1,
    header="Villes et Territoires – Les cahiers",
    footer="Villes et Territoires – Cahier conseils citoyens",
    text="""
# Pourquoi ce cahier
La loi de programmation pour la ville et la cohésion urbaine a rendu obligatoire la création de conseils citoyens dans chaque quartier prioritaire. Un an après, Villes et Territoires a interrogé les membres de vingt-six conseils citoyens et les agents chargés de les accompagner.

# Des débuts contrastés
Certains conseils se sont rapidement saisis des instances du contrat de ville ; d’autres peinent à réunir leurs membres tirés au sort. Les habitants disent manquer d’information et de temps, les professionnels de repères sur leur propre rôle.

# Ce qui aide
Un lieu de réunion identifié, un budget de fonctionnement même modeste et une formation commune aux habitants et aux professionnels favorisent l’installation durable des conseils. Quatre conseils citoyens sur dix ont obtenu un local mis à disposition par la commune.

# Pistes de travail
Le cahier propose de mutualiser la formation des conseillers citoyens à l’échelle régionale et de créer un réseau d’échanges entre conseils citoyens.
""")

ACTES = dict(
    title="Actes de la journée « Commerce et centres anciens »",
    author="Villes et Territoires Occitanie",
    subject="Journée régionale du 21 mars 2019 à Narbonne",
    creation_date="2019-03-28",
    columns=1,
    header="Villes et Territoires – Actes",
    footer="Villes et Territoires – Actes de la journée du 21 mars 2019",
    text="""
# Ouverture
La journée a réuni à Narbonne quatre-vingt-dix élus, chefs de projet et développeurs économiques autour d’une question simple : comment faire revenir des commerces dans les centres anciens classés en quartier prioritaire ?

# Table ronde
Les intervenants ont insisté sur la maîtrise du foncier commercial. Une foncière régionale de redynamisation pourrait porter les murs le temps de remettre les locaux aux normes et de trouver des preneurs, avant de les revendre.

# Ateliers
Trois ateliers ont porté sur les boutiques à l’essai, la reconversion des locaux vides en logements ou en services, et l’accompagnement des commerçants déjà installés face à la concurrence des zones périphériques.

# Conclusion
Les participants ont demandé la création d’un groupe de travail régional ; il se réunira pour la première fois à l’automne à Perpignan.
""")

HABITANTS = dict(
    title="Guide – Associer les habitants au renouvellement urbain",
    author="Villes et Territoires Occitanie",
    subject="Participation des habitants aux projets du NPNRU",
    creation_date="2024-02-05",
    columns=1,
    header="Villes et Territoires – Guides",
    footer="Villes et Territoires Occitanie – villes-et-territoires.fr",
    text="""
# À qui s’adresse ce guide
Ce guide s’adresse aux chefs de projet renouvellement urbain, aux bailleurs et aux élus qui veulent associer les habitants à toutes les étapes d’un projet, du diagnostic au relogement.

# Les maisons du projet
Une maison du projet ouverte en soirée et le samedi, où l’on peut consulter les plans et poser ses questions, reste l’outil le plus apprécié. À Nîmes Pissevin, la maison du projet a accueilli plus de trois mille visiteurs en deux ans.

# Les ateliers de co-conception
Les ateliers sur l’aménagement des espaces publics fonctionnent lorsque les marges de manœuvre sont réelles et annoncées clairement dès le départ. Les habitants doivent savoir ce qui est encore discutable et ce qui ne l’est plus.

# Le relogement
Le guide consacre un chapitre au relogement, moment où l’inquiétude des familles est la plus forte, et recommande un référent unique par ménage pendant toute la durée de l’opération.
""")

PHRASES = {
    "commerce": ["une foncière publique a racheté onze locaux de la Grand-Rue"],
    "conseils": ["Quatre conseils citoyens sur dix ont obtenu un local"],
    "actes": ["une foncière régionale de redynamisation pourrait porter les murs"],
    "habitants": ["a accueilli plus de trois mille visiteurs en deux ans"],
}
