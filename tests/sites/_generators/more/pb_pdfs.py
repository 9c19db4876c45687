# PDF texts of the Profession Banlieue replica. Phrases in PHRASES occur only here.

REGIE = dict(
    title="Fiche expérience – Une régie de quartier pour l’emploi des habitants à Saint-Denis",
    author="Profession Banlieue",
    subject="Fiches expérience : emploi, insertion, économie de proximité en Seine-Saint-Denis",
    creation_date="2021-03-10",
    columns=1,
    header="Profession Banlieue – Les fiches expérience",
    footer="Profession Banlieue, centre de ressources politique de la ville de Seine-Saint-Denis",
    text="""
# Le territoire
Le quartier Franc-Moisin – Bel-Air compte un peu plus de dix mille habitants, dont une large part de jeunes de moins de vingt-cinq ans. Le taux de chômage y dépasse nettement la moyenne communale et les offres d’emploi non qualifiées de proximité sont rares, alors que les bailleurs et la ville confient chaque année à des entreprises extérieures l’entretien des espaces communs.

# La naissance de la régie
L’idée est venue d’une association d’habitants qui constatait que les entreprises de nettoyage intervenant dans les halls n’employaient presque personne du quartier. Après deux années de préfiguration, la régie a été créée sous forme associative avec trois collèges : habitants, bailleurs sociaux et collectivités. Le label du Comité national de liaison des régies de quartier a été obtenu dès la deuxième année.

# Les activités
La régie assure l’entretien des halls et des parties communes, la gestion des encombrants, l’entretien des espaces verts et de petits travaux de second œuvre. Elle a développé une activité de médiation autour des déchets, confiée à des salariés formés à l’accueil des locataires. Les salariés en insertion sont encadrés par quatre encadrants techniques, eux-mêmes anciens habitants du quartier pour deux d’entre eux.

# Les résultats
En 2020, la régie a salarié soixante-dix-huit habitants en parcours d’insertion, dont trente et une femmes. Parmi les sorties de l’année, plus de la moitié ont débouché sur un emploi durable ou une formation qualifiante, principalement dans la propreté, le bâtiment et la logistique. Les bailleurs constatent une baisse nette des réclamations des locataires sur l’entretien des parties communes.

# Les conditions de réussite
Les partenaires soulignent le rôle décisif de la Maison de l’emploi dans l’accès aux marchés publics grâce aux clauses sociales, et la nécessité de contrats pluriannuels avec les bailleurs pour stabiliser l’activité. La gouvernance à trois collèges oblige à un dialogue constant, mais elle garantit que la régie reste un outil au service du quartier.

# Contact
Pour en savoir plus, le pôle documentation de Profession Banlieue tient à disposition les bilans annuels de la régie et les comptes rendus des rencontres du réseau des régies de Seine-Saint-Denis.
""")

COUVEUSE = dict(
    title="Fiche expérience – Une couveuse d’entreprises pour les créateurs des quartiers à Aubervilliers",
    author="Profession Banlieue",
    subject="Création d’activité et quartiers prioritaires",
    creation_date="2019-02-18",
    columns=2,
    header="Profession Banlieue – Les fiches expérience",
    footer="Profession Banlieue – www.professionbanlieue.org",
    text="""
# Pourquoi une couveuse
Les porteurs de projet des quartiers d’Aubervilliers se heurtent aux mêmes obstacles : absence d’apport personnel, méconnaissance des démarches, crainte de perdre leurs droits sociaux. La couveuse leur permet de tester leur activité en grandeur réelle, sans créer d’entreprise, grâce à un contrat d’appui au projet d’entreprise.

# Le fonctionnement
Chaque entrepreneur à l’essai facture ses clients sous le numéro de la couveuse, qui tient sa comptabilité et l’assure. Il bénéficie d’un rendez-vous individuel chaque quinzaine et d’ateliers collectifs sur la fixation des prix, la prospection et la gestion. La durée du test ne dépasse pas dix-huit mois.

# Les publics
La couveuse accueille surtout des femmes, souvent mères de famille, qui ont déjà une activité informelle de restauration, de couture ou de services à la personne. Un tiers des entrepreneurs habitent le quartier de la Maladrerie, un autre tiers celui des Quatre-Chemins.

# Les résultats
Sur les trois premières années, la couveuse d’Aubervilliers a accueilli cinquante-six porteurs de projet, dont trente-trois ont immatriculé leur entreprise à la sortie. Les autres ont retrouvé un emploi salarié ou une formation ; très peu ont abandonné sans solution. Le taux de survie à trois ans des entreprises créées reste comparable à la moyenne nationale.

# Les enseignements
La proximité compte autant que l’expertise : la permanence tenue dans les locaux de la régie de quartier a davantage attiré que les rendez-vous au centre-ville. Les partenaires recommandent enfin de prévoir dès le départ un accompagnement après la sortie de la couveuse, période où les créateurs se sentent le plus seuls.
""")

CAHIER = dict(
    title="Les Cahiers de Profession Banlieue – Développement économique et quartiers",
    author="Profession Banlieue",
    subject="Actes du cycle de qualification « Développement économique et politique de la ville »",
    creation_date="2019-06-14",
    columns=1,
    header="Les Cahiers de Profession Banlieue",
    footer="Profession Banlieue – Les Cahiers",
    text="""
# Avant-propos
Ce cahier rassemble les interventions du cycle de qualification consacré au développement économique des quartiers, organisé par Profession Banlieue entre octobre 2018 et mars 2019. Il s’adresse aux chefs de projet, aux développeurs économiques et aux élus qui cherchent à articuler le volet économique des contrats de ville avec les stratégies des intercommunalités.

# Les quartiers, des territoires productifs
Les quartiers prioritaires de Seine-Saint-Denis comptent davantage de créations d’entreprises qu’on ne le croit. Plusieurs intervenants ont rappelé que la difficulté tient moins à l’envie d’entreprendre qu’à la pérennité des entreprises créées et à leur accès aux marchés. Le commerce et les services de proximité y jouent un rôle social autant qu’économique.

# L’immobilier d’activité
La question des locaux revient dans toutes les séances. Les pieds d’immeuble vacants, les hôtels d’entreprises et les ateliers relais ne trouvent preneur que s’ils sont accompagnés d’une animation. Le cycle a montré que les loyers progressifs et les baux précaires facilitent l’installation des jeunes entreprises, à condition d’être assortis d’un suivi.

# L’emploi et les clauses sociales
Les clauses d’insertion des marchés publics et des chantiers de renouvellement urbain représentent un levier important. Elles ont permis en Seine-Saint-Denis de réaliser plusieurs centaines de milliers d’heures de travail par an au bénéfice des habitants des quartiers, en lien avec les facilitateurs des maisons de l’emploi.

# Synthèse
Le cycle a mis en lumière l’intérêt d’une approche intégrée : les stratégies qui combinent l’accompagnement des créateurs, l’offre de locaux et la mobilisation des grandes entreprises du territoire obtiennent les résultats les plus durables. Les participants ont demandé que le cycle se poursuive par des visites de terrain en 2020.
""")

PHRASES = {
    "regie": ["la régie a salarié soixante-dix-huit habitants"],
    "couveuse": ["a accueilli cinquante-six porteurs de projet"],
    "cahier": ["plusieurs centaines de milliers"],
}
