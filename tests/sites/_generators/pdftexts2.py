# PDF specs, part 2: IREV Denain, corrupt study, shared Eco des quartiers n°1.

DENAIN_FICHE = dict(
    title="Fiche expérience – Ma boutique à l’essai à Denain",
    author="IREV – Institut régional de la ville",
    subject="Commerce de proximité et revitalisation du centre-ville en quartier prioritaire",
    creation_date="2019-09-23",
    columns=2,
    header="IREV – Fiches expériences « Commerce de proximité »",
    footer="IREV – www.irev.fr – Reproduction autorisée avec mention de la source",
    text="""
# Un centre-ville classé quartier prioritaire
À Denain, dans le Valenciennois, le centre-ville lui-même fait partie du périmètre de la politique de la ville. L’ancienne cité minière et sidérurgique, qui comptait plus de trente mille habitants dans les années 1960, en compte aujourd’hui un peu moins de vingt et un mille. La fermeture des usines Usinor, en 1978 puis au début des années 1980, a entraîné une chute durable de l’emploi, du pouvoir d’achat et de la fréquentation des commerces.

En 2017, le taux de vacance commerciale de l’hypercentre dépassait vingt-cinq pour cent. Les rideaux baissés se concentraient sur les axes historiques, autour de la place Baudin et de la rue de Villars, là même où se tenaient autrefois les principales enseignes de l’agglomération. Pour les habitants, cette vacance était devenue le symbole visible du déclin de la ville.

# Le principe de la boutique à l’essai
Le dispositif « Ma boutique à l’essai », créé en 2013 à Noyon puis diffusé par une fédération nationale, repose sur une idée simple : permettre à un porteur de projet de tester son concept commercial pendant six mois à un an, dans un local vacant remis en état, avec un loyer minoré et un accompagnement renforcé. À l’issue de la période de test, le commerçant peut reprendre le bail commercial à son nom, déménager dans un autre local ou renoncer sans avoir engagé ses économies.

À Denain, la ville a adhéré au réseau en 2018. Un comité de pilotage réunit la municipalité, la communauté d’agglomération de la Porte du Hainaut, la chambre de commerce et d’industrie, la chambre de métiers et de l’artisanat, une banque partenaire, une plateforme de prêt d’honneur et l’association des commerçants.

# Le choix des locaux
Le premier travail a consisté à identifier les locaux vacants et leurs propriétaires. Beaucoup de cellules appartenaient à des particuliers âgés, parfois installés loin de Denain, qui avaient renoncé à louer faute de candidats. L’équipe du manager de centre-ville a rencontré chacun d’eux pour présenter le dispositif et négocier un loyer modéré pendant la phase de test, en échange de la remise en état du local aux frais de la collectivité.

Trois boutiques ont ainsi été rénovées en 2018 et 2019 : façade, vitrine, électricité, sanitaires et mise en accessibilité. Les travaux ont été financés par la ville avec le soutien de l’État, dans le cadre du programme national de revitalisation des villes moyennes, et de la région.

# La sélection des candidats
Chaque boutique fait l’objet d’un appel à candidatures largement diffusé, y compris dans les quartiers, par les centres sociaux et la mission locale. Les candidats présentent leur projet devant le comité de pilotage, qui apprécie sa viabilité, son adéquation avec l’offre existante et la motivation du porteur. Une attention particulière est portée aux projets qui complètent l’offre du centre-ville plutôt qu’à ceux qui la concurrencent.

Lors du premier appel, dix-neuf dossiers ont été déposés pour une seule boutique, un chiffre qui a surpris les élus et démontré l’existence d’un vivier d’entrepreneurs locaux. Les lauréats ont été une créatrice de vêtements pour enfants, un torréfacteur et une épicerie de produits régionaux en circuit court.

# L’accompagnement pendant la phase de test
Le commerçant lauréat bénéficie d’un accompagnement individuel assuré par la chambre de commerce : formation à la gestion, aide à la mise en place de la caisse et de la comptabilité, conseils en merchandising. Il peut obtenir un prêt d’honneur à taux zéro pour constituer son stock, et la banque partenaire s’engage à examiner en priorité sa demande de crédit professionnel.

Le manager de centre-ville joue un rôle de facilitateur au quotidien : il fait le lien avec les services municipaux, intègre les nouveaux commerçants dans les animations commerciales et veille à leur visibilité sur les réseaux sociaux de la ville. Les commerçants voisins, d’abord méfiants, sont devenus des soutiens actifs.

# Les premiers résultats
Sur les trois boutiques ouvertes, deux ont été pérennisées au terme de la période d’essai. La torréfaction s’est installée durablement dans la vitrine de la rue de Villars et emploie aujourd’hui un salarié à temps plein en plus de son gérant. L’épicerie régionale a déménagé dans un local plus grand, situé à deux rues de là, libérant la boutique pour un nouveau candidat. La créatrice de vêtements a préféré arrêter son activité commerciale pour se consacrer à la vente en ligne, sans perte financière grâce au cadre sécurisé du test.

Au-delà de ces chiffres, les partenaires notent un effet d’entraînement. Deux propriétaires ont remis spontanément leurs locaux sur le marché après avoir constaté la rénovation des boutiques voisines, et la fréquentation des rues concernées a progressé selon les comptages réalisés par la chambre de commerce.

# Les limites
Le dispositif reste coûteux pour la collectivité au regard du nombre de commerces créés : les travaux représentent entre vingt et quarante mille euros par local, auxquels s’ajoute le temps de travail des agents. Il ne peut donc constituer à lui seul une politique de revitalisation commerciale. Il doit s’inscrire dans une stratégie plus large qui traite aussi l’habitat, les espaces publics, le stationnement et l’offre de services.

Par ailleurs, les porteurs de projet issus des quartiers prioritaires restent minoritaires parmi les candidats retenus. L’exigence d’un apport personnel, même modeste, et la complexité du dossier de candidature constituent des freins. Le comité de pilotage a décidé en 2019 d’organiser des ateliers de préparation aux candidatures dans les centres sociaux.

# Les perspectives
La ville envisage d’étendre le dispositif à d’autres formes d’activité, notamment l’artisanat d’art et les services, et de créer une boutique partagée où plusieurs créateurs pourraient tester leurs produits simultanément. Une réflexion est également engagée avec le bailleur social pour mobiliser les rez-de-chaussée d’immeubles situés en limite du centre-ville.

# Contacts
Service commerce et attractivité de la ville de Denain ; manager de centre-ville ; chambre de commerce et d’industrie Grand Hainaut. Fiche réalisée par l’IREV dans le cadre du cycle de qualification « Commerce et quartiers ».
""")

IMMO_CORRUPT = dict(
    title="L’immobilier d’activité dans les quartiers prioritaires des Hauts-de-France",
    author="IREV – Institut régional de la ville",
    subject="Étude régionale 2020",
    creation_date="2020-10-01",
    columns=2,
    header="IREV – Étude immobilier d’activité",
    footer="IREV – Étude régionale",
    corrupt=True,
    text="""
# Introduction
Cette étude dresse un état des lieux de l’offre d’immobilier d’activité située dans les quartiers prioritaires de la région ou à leur proximité immédiate : hôtels et pépinières d’entreprises, centres d’affaires de quartier, ateliers relais, locaux commerciaux en pied d’immeuble. Elle s’appuie sur un recensement réalisé auprès des intercommunalités et des bailleurs sociaux, complété par vingt entretiens avec des gestionnaires.

# Principaux constats
Cent quatorze équipements ont été recensés. La moitié d’entre eux a été créée dans le cadre des programmes de renouvellement urbain. Leur taux d’occupation moyen atteint quatre-vingts pour cent, mais il varie fortement selon la localisation, la qualité des locaux et l’existence d’un animateur sur place. Les structures qui proposent un accompagnement des entreprises hébergées affichent de meilleurs résultats que celles qui se limitent à une gestion locative.

# Recommandations
L’étude recommande d’associer systématiquement une fonction d’animation économique à tout projet immobilier, de privilégier des surfaces modulables et des baux souples, et de mieux articuler les projets avec les services de développement économique des intercommunalités.
""")

ECO_QUARTIERS_N1 = dict(
    title="L’Eco des quartiers n°1 – Développer l’économie dans les quartiers prioritaires",
    author="Club Dév Eco – Réseau national des centres de ressources politique de la ville",
    subject="Lettre du Club développement économique des CRPV, numéro 1",
    creation_date="2019-10-08",
    columns=2,
    header="L’Eco des quartiers – Lettre du Club Dév Eco des CRPV – n°1 – automne 2019",
    footer="Réseau national des centres de ressources politique de la ville",
    text="""
# Éditorial
Le développement économique est longtemps resté le parent pauvre de la politique de la ville. Les contrats de ville signés en 2015 en ont pourtant fait l’un de leurs trois piliers, aux côtés de la cohésion sociale et du cadre de vie. Quatre ans plus tard, le bilan est contrasté : les initiatives se sont multipliées, mais elles restent souvent isolées, peu connues au-delà de leur territoire et fragiles dans leur financement.

C’est pour répondre à ce constat que le Club Dév Eco a vu le jour. Dans ce premier numéro, neuf centres de ressources ont mis en commun leurs observations, leurs fiches d’expérience et leurs questions. L’ambition est modeste et concrète : faire circuler ce qui marche, dire aussi ce qui ne marche pas, et donner aux professionnels des repères pour agir.

# Le Club Dév Eco, mode d’emploi
Le Club réunit les chargés de mission développement économique des centres de ressources politique de la ville. Il se retrouve trois fois par an, alternativement à Paris et dans une région, et organise chaque année une visite de terrain. Ses travaux portent sur quatre chantiers : l’entrepreneuriat des habitants, le commerce et l’artisanat de proximité, l’immobilier d’activité et l’emploi, notamment à travers la mobilisation des entreprises.

Le Club alimente une carte collaborative des expériences inspirantes, qui recense déjà plus de soixante-quinze initiatives classées en dix thématiques. Chaque point renvoie vers la fiche du centre de ressources qui a documenté l’action.

# Entreprendre dans les quartiers : des habitants déjà entrepreneurs
Les quartiers prioritaires connaissent un taux de création d’entreprises comparable, voire supérieur, à celui des autres territoires urbains. Mais ces entreprises sont plus fragiles : elles sont plus souvent créées sous le régime de la micro-entreprise, avec des capitaux très faibles, et leur taux de survie à trois ans est inférieur de plusieurs points à la moyenne.

Les expériences recensées par les centres de ressources montrent l’intérêt de trois types de réponses. Les structures d’amorçage, comme les dispositifs de détection installés au cœur des quartiers, repèrent les projets au plus tôt et les orientent. Les couveuses et coopératives d’activité permettent de tester une activité sans risque. Les réseaux de parrainage, enfin, rompent l’isolement des créateurs en les mettant en relation avec des chefs d’entreprise expérimentés.

# Le commerce de proximité, un enjeu de cohésion
Dans de nombreux quartiers, les centres commerciaux construits dans les années 1960 et 1970 ont perdu une grande partie de leurs enseignes. La vacance atteint parfois la moitié des cellules, et les commerces restants souffrent d’une image dégradée. Or le commerce de proximité n’est pas seulement une activité économique : il structure la vie sociale, assure une présence dans l’espace public et conditionne l’attractivité résidentielle.

Plusieurs voies ont été explorées : restructuration complète des pôles commerciaux dans le cadre du renouvellement urbain, portage des murs par une foncière publique, boutiques à l’essai, accompagnement des commerçants en place vers la modernisation de leur offre. Les centres de ressources soulignent qu’aucune de ces voies ne suffit seule, et que la réussite dépend d’un diagnostic précis de la zone de chalandise.

# L’immobilier d’activité, un outil sous-utilisé
Hôtels d’entreprises, pépinières, ateliers partagés et locaux en pied d’immeuble constituent une offre importante dans les quartiers, souvent créée à la faveur des programmes de rénovation urbaine. Cette offre est pourtant inégalement occupée. Les équipements qui fonctionnent le mieux associent un gestionnaire présent sur place, un accompagnement des entreprises hébergées et une politique de loyers progressifs.

Le Club recommande de penser l’immobilier d’activité comme un service plutôt que comme un simple patrimoine, et d’associer dès la conception les acteurs du développement économique, trop souvent absents des projets de renouvellement urbain.

# L’emploi et la mobilisation des entreprises
Le taux de chômage dans les quartiers prioritaires reste plus de deux fois supérieur à celui des autres quartiers des mêmes agglomérations. Les jeunes et les femmes sont particulièrement concernés. Les expériences recensées portent sur les clauses sociales dans les marchés publics, les chartes d’engagement des entreprises, les forums de recrutement organisés au pied des immeubles et les dispositifs de parrainage vers l’emploi.

# Regards croisés des centres de ressources
En Hauts-de-France, l’IREV a accompagné la création d’un groupe régional d’échanges entre développeurs économiques et chefs de projet politique de la ville. En Auvergne-Rhône-Alpes, Labo Cités a consacré une série de vidéos aux initiatives économiques des quartiers. En Centre-Val de Loire, Villes au Carré anime un pôle consacré à l’économie sociale et solidaire. En Bretagne et Pays de la Loire, RésO Villes a publié une étude sur l’entrepreneuriat à Saint-Nazaire. En Seine-Saint-Denis, Profession Banlieue rassemble des fiches d’expérience sur l’emploi et la création d’activité. En Nouvelle-Aquitaine, Pays et Quartiers de Nouvelle-Aquitaine a engagé un travail sur l’économie de proximité dans les petites villes. En Occitanie, Villes et Territoires a produit un dossier thématique sur la revitalisation du commerce.

# Trois questions pour la suite
Comment mesurer l’effet des actions de développement économique sur les habitants eux-mêmes, et pas seulement sur les entreprises implantées dans les quartiers ? Comment mieux articuler la politique de la ville avec les compétences économiques des régions et des intercommunalités ? Comment sécuriser dans la durée le financement des structures d’accompagnement, qui dépendent encore largement de crédits annuels ?

Ces questions seront au cœur des prochains travaux du Club, qui prévoit de publier deux numéros par an et d’organiser en 2020 une journée nationale d’échanges.

# Focus : trois expériences repérées par les centres de ressources
## Une couveuse au pied des tours
À Villeurbanne, dans le quartier Saint-Jean, une couveuse d’entreprises a ouvert ses portes dans un ancien local associatif mis à disposition par le bailleur social. Les porteurs de projet y testent leur activité pendant un an au maximum, sous le numéro de SIRET de la couveuse, avant de créer leur propre structure. La couveuse accueille une quinzaine de personnes à la fois et organise chaque mois un marché de créateurs sur la place du quartier, qui attire une clientèle bien au-delà des habitants.

## Un réseau de commerçants parrains
À Amiens, dans les quartiers nord, une association de commerçants du centre-ville parraine de jeunes créateurs installés dans le pôle commercial du quartier. Chaque parrain consacre deux heures par mois à son filleul : conseils sur l’aménagement de la boutique, la gestion des stocks ou les relations avec les fournisseurs. Les commerçants parrainés soulignent surtout l’intérêt d’être introduits dans les réseaux professionnels de la ville, auxquels ils n’avaient jusque-là pas accès.

## Un forum de l’emploi dans la rue
À Tours, le forum de l’emploi organisé chaque année au cœur du quartier du Sanitas a changé de forme : les stands des entreprises sont installés en plein air, entre les immeubles, et les entretiens se déroulent sans rendez-vous ni curriculum vitae. Les organisateurs constatent que ce format attire des jeunes qui ne fréquentent jamais les structures de l’emploi. Plusieurs entreprises du bâtiment et de la logistique y recrutent désormais une partie de leurs saisonniers.

# Ce qu’en disent les acteurs de terrain
Les chargés de mission interrogés pour ce numéro convergent sur un point : le développement économique des quartiers ne peut être l’affaire des seuls acteurs de la politique de la ville. Il suppose que les services économiques des intercommunalités, les chambres consulaires, les réseaux bancaires et les entreprises elles-mêmes s’engagent, et que les quartiers soient considérés comme des territoires d’opportunités plutôt que comme des territoires à réparer.

Ils insistent aussi sur la nécessité de mieux connaître l’économie réelle des quartiers, largement invisible dans les statistiques : activités exercées à domicile, entreprises domiciliées ailleurs, emplois saisonniers, économie informelle. Plusieurs centres de ressources envisagent de mener ensemble une enquête qualitative sur ce sujet en 2020.

# Agenda
Les prochaines rencontres du Club auront lieu au printemps à Lyon, autour du commerce dans les quartiers en renouvellement urbain, puis à l’automne à Lille, autour de l’entrepreneuriat coopératif.
""")
