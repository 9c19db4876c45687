# PDF specs, part 3: Labo Cités.

ECHOS_17 = dict(
    title="Les Echos de Labo Cités n°17 – Artisanat et commerce de proximité dans les quartiers",
    author="Labo Cités – Centre de ressources et d’échanges pour le développement social urbain",
    subject="Les Echos de Labo Cités, n°17, juin 2018",
    creation_date="2018-06-14",
    columns=2,
    header="Les Echos de Labo Cités – n°17 – juin 2018",
    footer="Labo Cités – Auvergne-Rhône-Alpes – www.labo-cites.org",
    text="""
# Introduction
Ce numéro des Echos rend compte du cycle de qualification consacré à l’artisanat et au commerce de proximité, organisé par Labo Cités entre octobre 2017 et mars 2018. Trois journées ont réuni plus de cent vingt participants : chefs de projet politique de la ville, développeurs économiques, managers de centre-ville, représentants des chambres consulaires, bailleurs sociaux et commerçants. Elles se sont tenues à Saint-Étienne, à Vaulx-en-Velin et à Grenoble.

Le choix de ce thème répondait à une demande forte des territoires. Dans la région, de nombreux centres commerciaux de quartier construits entre 1960 et 1980 connaissent une vacance élevée, tandis que l’artisanat, pourtant très présent dans les quartiers, reste peu visible dans les politiques publiques.

# Première partie : un état des lieux
## Des polarités commerciales en difficulté
Les diagnostics présentés lors de la première journée convergent. Les pôles commerciaux de quartier souffrent d’un déficit d’accessibilité, d’une image dégradée, d’un vieillissement des bâtiments et d’une copropriété souvent complexe qui bloque toute intervention. Les commerces alimentaires de base résistent, mais les services et l’équipement de la personne ont largement disparu. La concurrence des grandes surfaces périphériques et, plus récemment, du commerce en ligne accentue ces difficultés.

Les habitants, eux, expriment un attachement réel à ces lieux. Les enquêtes menées dans plusieurs quartiers montrent que le petit centre commercial reste le premier lieu de rencontre, avant même l’école ou le centre social. Sa disparition est vécue comme un abandon.

## Un artisanat méconnu
L’artisanat représente pourtant un gisement important. Les répertoires des métiers recensent, dans les quartiers prioritaires de la région, plusieurs milliers d’entreprises artisanales : bâtiment, réparation automobile, coiffure, alimentation, services à la personne. Beaucoup sont des entreprises unipersonnelles, dont le dirigeant habite le quartier mais exerce son activité ailleurs, faute de local adapté.

À Saint-Étienne, une enquête conduite avec la chambre de métiers a révélé que les artisans du quartier de Montreynaud étaient trois fois plus nombreux que ne le pensaient les services municipaux. La plupart stockaient leur matériel dans un garage ou une cave, et recevaient leurs clients à domicile ou sur les chantiers.

# Deuxième partie : des leviers d’action
## Restructurer les pôles commerciaux
Lorsque la situation est trop dégradée, seule une restructuration lourde permet de relancer un pôle commercial. C’est le choix qui a été fait dans plusieurs quartiers concernés par le nouveau programme de renouvellement urbain : démolition du centre commercial existant, reconstruction de cellules moins nombreuses mais mieux situées, le long des axes de passage, et intégration dans des immeubles mixtes. Ces opérations exigent un portage foncier de long terme, que les opérateurs privés ne sont pas prêts à assumer seuls.

L’établissement public national chargé de la restructuration des espaces commerciaux et artisanaux, désormais intégré à l’Agence nationale de la cohésion des territoires, intervient dans ce cadre. Les participants ont souligné la nécessité d’anticiper son intervention dès la phase de conception des projets urbains.

## Accompagner les commerçants en place
Une restructuration ne se décrète pas sans les commerçants. Plusieurs territoires ont mis en place un accompagnement individuel des commerçants existants : diagnostic de leur offre, aide au transfert dans les nouvelles cellules, formation au numérique, soutien à la transmission lorsque le dirigeant approche de la retraite. La présence d’un interlocuteur unique, souvent le manager de commerce, facilite grandement ces démarches.

## Tester de nouveaux commerces
Les dispositifs de boutique à l’essai et de boutique éphémère permettent d’ouvrir des cellules vacantes à de nouveaux porteurs de projet. À Saint-Chamond, la ville a ainsi proposé une cellule rénovée à des créateurs sélectionnés par un comité associant la chambre de commerce et les commerçants voisins. Ces dispositifs ont un effet d’entraînement réel, mais ils restent coûteux et ne traitent pas les causes structurelles de la vacance.

## Offrir des locaux aux artisans
Pour les artisans, le besoin prioritaire est celui de locaux adaptés : ateliers de petite taille, avec un accès facile pour les véhicules utilitaires, un espace de stockage et des loyers modérés. Les villages d’artisans et les ateliers relais construits dans le cadre du renouvellement urbain répondent à ce besoin, à condition d’être conçus avec les futurs occupants. Une expérience présentée à Grenoble a montré l’intérêt de réunir les artisans dès l’esquisse du projet, afin d’ajuster la taille des cellules, la hauteur des portes et l’organisation des circulations.

# Troisième partie : les conditions de réussite
## Un diagnostic partagé
Tous les intervenants ont insisté sur l’importance d’un diagnostic partagé, qui ne se limite pas à compter les cellules vacantes. Il s’agit de comprendre les flux de clientèle, les pratiques d’achat des habitants, les attentes des commerçants et les capacités réelles d’investissement des propriétaires. Ce diagnostic doit associer les habitants, par des enquêtes et des marches exploratoires.

## Une gouvernance claire
La multiplicité des acteurs constitue souvent un frein : ville, intercommunalité, bailleurs, copropriétaires, chambres consulaires, État. Les territoires qui avancent le plus vite sont ceux qui ont désigné un pilote unique, doté de moyens d’ingénierie, et qui ont formalisé les engagements de chacun dans une convention.

## Le temps long
Enfin, la revitalisation du commerce et de l’artisanat dans les quartiers demande du temps. Entre le diagnostic et l’ouverture de nouvelles cellules, il s’écoule souvent plus de cinq ans. Les participants ont plaidé pour des dispositifs d’attente, comme l’occupation temporaire des locaux vacants par des associations ou des créateurs, afin de maintenir une activité pendant la durée des travaux.

# Ressources
Retrouvez sur le site de Labo Cités les supports des intervenants, les fiches d’expérience présentées lors des journées et la vidéo consacrée à la boutique à l’essai de Saint-Chamond, dans la série « L’innovation au cœur des quartiers ».
""")

GUIDE_IMMO = dict(
    title="Immobilier d’activité en quartier prioritaire – Guide pratique à l’usage des collectivités",
    author="Labo Cités",
    subject="Guide pratique, novembre 2020",
    creation_date="2020-11-05",
    columns=2,
    header="Labo Cités – Guide immobilier d’activité – 2020",
    footer="Labo Cités – Centre de ressources politique de la ville Auvergne-Rhône-Alpes",
    text="""
# À qui s’adresse ce guide ?
Ce guide s’adresse aux élus et aux techniciens des communes et des intercommunalités qui envisagent de créer, de reprendre ou de redynamiser un équipement d’immobilier d’activité situé dans un quartier prioritaire ou à ses abords. Il a été élaboré à partir d’un travail collectif mené en 2019 et 2020 avec une quinzaine de territoires de la région, dont Villeurbanne, Vénissieux, Saint-Fons, Grenoble, Échirolles, Clermont-Ferrand, Saint-Étienne et Annemasse.

# Pourquoi de l’immobilier d’activité dans les quartiers ?
Les quartiers prioritaires sont souvent des espaces presque exclusivement résidentiels. L’implantation de locaux d’activité y poursuit plusieurs objectifs : diversifier les fonctions urbaines, offrir des solutions d’hébergement aux entrepreneurs issus du quartier, attirer des entreprises extérieures susceptibles de recruter localement et modifier l’image du territoire auprès des investisseurs.

Ces objectifs ne sont pas toujours compatibles entre eux. Un équipement pensé pour attirer des entreprises extérieures ne répond pas forcément aux besoins des créateurs locaux, qui recherchent de petites surfaces, des loyers très bas et un accompagnement. Il est donc essentiel de clarifier la cible prioritaire avant toute décision.

# Étape 1 : qualifier la demande
La première erreur, la plus fréquente, consiste à construire avant d’avoir qualifié la demande. Une étude de marché sérieuse doit recenser les entreprises déjà présentes dans le quartier et alentour, interroger les créateurs accompagnés par les structures d’aide à la création, analyser les demandes reçues par le service économique de l’intercommunalité et comparer l’offre existante dans un rayon de quelques kilomètres.

Cette étude doit aussi s’intéresser aux activités informelles. Nombre d’habitants exercent une activité sans local, faute de solution adaptée : leur identification permet d’estimer une demande latente que les statistiques ne révèlent pas.

# Étape 2 : choisir le bon produit
Hôtel d’entreprises, pépinière, atelier relais, centre d’affaires de quartier, espace de travail partagé, local commercial en pied d’immeuble : chaque produit répond à un besoin distinct. La pépinière s’adresse aux entreprises de moins de trois ans et associe hébergement et accompagnement. L’hôtel d’entreprises accueille des entreprises plus mûres, sans limitation de durée. L’atelier relais permet à une entreprise de production de s’installer avant d’acquérir ses propres murs. Le centre d’affaires de quartier, enfin, offre domiciliation, bureaux à l’heure et services mutualisés.

Le guide recommande de privilégier des bâtiments modulables, dont les cloisons peuvent être déplacées, afin d’adapter l’offre à l’évolution de la demande sans travaux lourds.

# Étape 3 : construire le modèle économique
Les équipements d’immobilier d’activité en quartier prioritaire sont rarement rentables au sens strict. Le niveau des loyers que peuvent acquitter les entreprises hébergées ne permet pas de couvrir à la fois l’amortissement de l’investissement, l’entretien et l’animation. Il faut donc accepter une part de financement public durable, en la justifiant par les retombées attendues en matière d’emploi et d’activité.

Plusieurs leviers permettent d’améliorer l’équilibre : la mutualisation de la gestion avec d’autres équipements de l’intercommunalité, la location d’espaces de réunion à des structures extérieures, la mise en place d’un loyer progressif sur trois ans pour accompagner la croissance des entreprises, ou encore la participation d’investisseurs privés ou de foncières solidaires au portage des murs.

# Étape 4 : organiser la gestion et l’animation
Les retours d’expérience sont unanimes : un équipement sans animateur présent sur place se vide progressivement. L’animateur assure l’accueil des entreprises, organise des temps collectifs, fait le lien avec les acteurs de l’emploi et de la création d’entreprise, et veille à l’insertion du bâtiment dans la vie du quartier.

La gestion peut être confiée à un bailleur social, à une société d’économie mixte, à une association spécialisée ou à une entreprise privée, dans le cadre d’une délégation de service public ou d’un marché. Quel que soit le montage, la collectivité doit conserver des moyens de suivi : tableau de bord trimestriel, comité de pilotage annuel, indicateurs d’occupation, de création d’emplois et d’embauche d’habitants du quartier.

# Étape 5 : ouvrir l’équipement sur le quartier
Un bâtiment d’activité peut facilement devenir une enclave, fréquentée par des salariés qui arrivent en voiture et repartent le soir sans contact avec les habitants. Pour l’éviter, les territoires ont développé différentes pratiques : portes ouvertes régulières, accueil de stagiaires du collège voisin, mise à disposition de salles pour les associations, recrutement prioritaire d’habitants, participation des entreprises aux événements du quartier.

# Étape 6 : évaluer
L’évaluation doit porter sur les effets de l’équipement sur les entreprises hébergées, mais aussi sur le quartier et ses habitants. Le guide propose une grille de quinze indicateurs, organisée autour de trois questions : l’équipement est-il occupé et par qui ? Les entreprises hébergées se développent-elles ? Les habitants du quartier en bénéficient-ils, comme entrepreneurs, comme salariés ou comme usagers ?

# Trois exemples en Auvergne-Rhône-Alpes
À Vénissieux, un hôtel d’entreprises de deux mille mètres carrés, construit dans le cadre du renouvellement urbain des Minguettes, accueille une trentaine d’entreprises et un espace de travail partagé. Son taux d’occupation dépasse quatre-vingt-dix pour cent depuis trois ans, grâce à une animatrice présente à temps plein et à une offre de bureaux à partir de dix mètres carrés.

À Clermont-Ferrand, des locaux en pied d’immeuble du quartier Saint-Jacques ont été transformés en ateliers pour artisans d’art, en partenariat avec le bailleur social et la chambre de métiers. Les loyers, très modérés, sont compensés par l’engagement des artisans à animer des ateliers d’initiation pour les habitants.

À Échirolles, un centre d’affaires de quartier propose la domiciliation de plus de cent cinquante micro-entreprises, des permanences d’experts-comptables et de juristes, et un accompagnement à la réponse aux marchés publics.

# Annexe : points de vigilance
Vérifier la compatibilité du projet avec le règlement d’urbanisme et les servitudes de la copropriété ; anticiper les besoins de stationnement et de livraison ; prévoir un budget d’entretien réaliste dès l’origine ; associer les services de l’emploi à la sélection des entreprises ; ne pas sous-estimer le temps de commercialisation, souvent supérieur à deux ans.
""")
