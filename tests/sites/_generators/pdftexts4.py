# PDF specs, part 4: Villes au Carré.

STATUTS_2017 = dict(
    title="Statuts de l’association Villes au Carré",
    author="Villes au Carré",
    subject="Statuts adoptés par l’assemblée générale extraordinaire du 31 mai 2017",
    creation_date="2017-05-10",
    columns=2,
    header="Villes au Carré – Statuts – version 2017",
    footer="Villes au Carré – Centre de ressources politique de la ville Centre-Val de Loire",
    text="""
# Préambule
Créée en 2003 à l’initiative de l’État, de la région et des villes concernées par la politique de la ville en région Centre, l’association Villes au Carré est le centre de ressources politique de la ville de la région Centre-Val de Loire. Elle a pour vocation de qualifier les acteurs de la politique de la ville, de favoriser les échanges d’expériences entre territoires et de capitaliser les savoirs produits dans les quartiers prioritaires. Les présents statuts, adoptés en assemblée générale extraordinaire, remplacent les statuts précédents. Ils tiennent compte de la réforme de la géographie prioritaire de 2014 et de l’extension du champ d’intervention de l’association aux territoires ruraux et aux centres-bourgs fragiles.

# Titre I : constitution, objet, siège, durée
## Article 1 – Dénomination
Il est fondé entre les adhérents aux présents statuts une association régie par la loi du 1er juillet 1901 et le décret du 16 août 1901, ayant pour titre « Villes au Carré ».

## Article 2 – Objet
L’association a pour objet de contribuer à la qualification et à la mise en réseau des professionnels, des élus, des associations et des habitants engagés dans la politique de la ville et, plus largement, dans les politiques de cohésion sociale et territoriale en région Centre-Val de Loire. À cette fin, elle organise des journées d’échanges, des cycles de qualification et des groupes de travail ; elle conduit des travaux d’analyse et de capitalisation ; elle diffuse l’information et les ressources utiles aux acteurs ; elle contribue aux travaux du réseau national des centres de ressources politique de la ville.

## Article 3 – Siège social
Le siège social est fixé à Tours. Il pourra être transféré en tout autre lieu de la région par simple décision du conseil d’administration, ratifiée par l’assemblée générale suivante.

## Article 4 – Durée
La durée de l’association est illimitée.

# Titre II : composition
## Article 5 – Membres
L’association se compose de membres de droit, de membres adhérents et de membres associés. Sont membres de droit l’État, représenté par le préfet de région, et la région Centre-Val de Loire. Sont membres adhérents les communes et établissements publics de coopération intercommunale signataires d’un contrat de ville, ainsi que les personnes morales qui en font la demande et dont l’adhésion est acceptée par le conseil d’administration. Sont membres associés les personnes physiques qualifiées, désignées par le conseil d’administration en raison de leurs compétences.

## Article 6 – Cotisation
Les membres adhérents versent une cotisation annuelle dont le montant est fixé chaque année par l’assemblée générale, sur proposition du conseil d’administration. Le barème tient compte de la population des communes et intercommunalités concernées.

## Article 7 – Perte de la qualité de membre
La qualité de membre se perd par la démission adressée par écrit au président, par le non-paiement de la cotisation après rappel, par la dissolution de la personne morale adhérente, ou par la radiation prononcée par le conseil d’administration pour motif grave, l’intéressé ayant été invité à présenter ses observations.

# Titre III : administration et fonctionnement
## Article 8 – Assemblée générale ordinaire
L’assemblée générale ordinaire comprend tous les membres de l’association. Elle se réunit au moins une fois par an, sur convocation du président adressée quinze jours au moins avant la date fixée. Elle entend le rapport moral et le rapport d’activité, approuve les comptes de l’exercice clos, vote le budget prévisionnel et fixe le montant des cotisations. Elle procède au renouvellement des membres élus du conseil d’administration. Les décisions sont prises à la majorité des voix des membres présents ou représentés. Chaque membre présent ne peut détenir plus de deux pouvoirs.

## Article 9 – Assemblée générale extraordinaire
L’assemblée générale extraordinaire est seule compétente pour modifier les statuts, décider la dissolution de l’association ou sa fusion avec une autre association poursuivant un objet analogue. Elle ne délibère valablement que si le tiers au moins des membres est présent ou représenté. Les décisions sont prises à la majorité des deux tiers des voix exprimées.

## Article 10 – Conseil d’administration
L’association est administrée par un conseil d’administration de quinze membres au plus, comprenant les représentants des membres de droit, dix représentants des membres adhérents élus pour trois ans par l’assemblée générale, et trois membres associés. Le conseil se réunit au moins trois fois par an. Il arrête les orientations de l’association, prépare le budget, autorise les dépenses et recrute le directeur ou la directrice.

## Article 11 – Bureau
Le conseil d’administration élit parmi ses membres un bureau composé d’un président, d’un ou plusieurs vice-présidents, d’un trésorier et d’un secrétaire. La présidence est assurée par un élu d’une collectivité adhérente. Le bureau assure la gestion courante de l’association entre deux réunions du conseil.

## Article 12 – Comité d’orientation
Un comité d’orientation, composé de professionnels, de chercheurs et de représentants d’associations, est consulté sur le programme d’activité annuel. Il formule des propositions sur les thèmes de travail et sur les modalités d’association des habitants aux travaux du centre de ressources.

## Article 13 – Rémunération
Les fonctions de membre du conseil d’administration et du bureau sont bénévoles. Les frais engagés dans l’exercice de leur mandat peuvent être remboursés sur justificatifs, selon les modalités fixées par le conseil.

# Titre IV : ressources et comptabilité
## Article 14 – Ressources
Les ressources de l’association comprennent les cotisations de ses membres, les subventions de l’Union européenne, de l’État, des collectivités territoriales et de leurs établissements publics, les rémunérations des prestations qu’elle réalise, ainsi que toute autre ressource autorisée par la loi.

## Article 15 – Comptabilité
Il est tenu une comptabilité conforme au plan comptable des associations. Les comptes annuels sont certifiés par un commissaire aux comptes lorsque les seuils prévus par la réglementation sont atteints.

# Titre V : dissolution
## Article 16 – Dissolution
En cas de dissolution, l’assemblée générale extraordinaire désigne un ou plusieurs liquidateurs. L’actif net, s’il y a lieu, est dévolu à une ou plusieurs associations poursuivant des buts similaires, conformément à la loi.

## Article 17 – Règlement intérieur
Un règlement intérieur peut être établi par le conseil d’administration, qui le fait approuver par l’assemblée générale. Il précise les modalités d’application des présents statuts, notamment en ce qui concerne le fonctionnement des instances et la représentation des membres.

# Adoption
Statuts adoptés par l’assemblée générale extraordinaire réunie à Orléans. Fait en autant d’exemplaires originaux que de parties intéressées, plus deux destinés au dépôt légal. Le président ; la secrétaire.
""")

POLE_ESS = dict(
    title="Pôle ESS – Des idées pour demain : l’économie sociale et solidaire dans les quartiers du Centre-Val de Loire",
    author="Villes au Carré – Pôle économie sociale et solidaire",
    subject="Recueil d’initiatives, mars 2019",
    creation_date="2019-03-14",
    columns=2,
    header="Villes au Carré – Pôle ESS – Des idées pour demain",
    footer="Villes au Carré – mars 2019 – version finale",
    text="""
# Avant-propos
L’économie sociale et solidaire est souvent présente dans les quartiers prioritaires sans être nommée comme telle. Associations d’insertion, régies de quartier, épiceries solidaires, recycleries, coopératives de services, jardins partagés à vocation économique : ces structures créent de l’activité et de l’emploi là où l’économie marchande classique s’est retirée. Ce recueil présente douze initiatives repérées en Centre-Val de Loire par le pôle ESS de Villes au Carré, et propose quelques pistes pour les territoires qui souhaitent les soutenir.

# Pourquoi un pôle ESS ?
Le pôle ESS a été créé pour rapprocher deux mondes qui se connaissent mal : celui de la politique de la ville, organisé autour des contrats de ville et des quartiers prioritaires, et celui de l’économie sociale et solidaire, structuré par les chambres régionales, les réseaux de l’insertion et les financeurs solidaires. Les deux poursuivent pourtant des objectifs communs : créer de l’emploi accessible, répondre à des besoins non satisfaits, renforcer le pouvoir d’agir des habitants.

Le pôle réunit quatre fois par an des chefs de projet politique de la ville, des responsables de structures de l’ESS et des agents des intercommunalités. Il organise des visites d’initiatives et accompagne les territoires qui souhaitent lancer un appel à projets.

# Douze initiatives
## Réemploi et recyclage
À Tours, la recyclerie du quartier des Rives du Cher collecte chaque année plus de cent tonnes d’objets, de meubles et de vêtements. Elle emploie quatorze salariés en parcours d’insertion, dont une majorité d’habitants du quartier, et tient une boutique ouverte cinq jours par semaine. Son atelier de réparation de vélos est devenu un lieu de rencontre apprécié des jeunes.

À Châteauroux, une ressourcerie installée dans un ancien supermarché du quartier Saint-Jean a développé une activité de location de vaisselle pour les fêtes familiales et les événements associatifs, qui représente désormais un tiers de son chiffre d’affaires.

## Alimentation
À Orléans, une épicerie solidaire du quartier de l’Argonne propose des produits à prix réduits aux ménages orientés par les services sociaux, et à prix normal aux autres clients, ce qui favorise la mixité de la fréquentation. Une cuisine partagée attenante permet à des habitantes de préparer des plats vendus lors des marchés et des événements municipaux.

À Bourges, un jardin maraîcher d’insertion implanté en lisière du quartier de la Chancellerie fournit des paniers hebdomadaires à deux cents familles et approvisionne la restauration scolaire de trois écoles.

## Services de proximité
À Blois, une régie de quartier intervient dans l’entretien des espaces extérieurs, le nettoyage des parties communes et les petits travaux dans les logements, pour le compte des bailleurs sociaux. Elle emploie une quarantaine d’habitants, dont certains depuis plus de dix ans, et constitue le premier employeur du quartier.

À Dreux, une conciergerie solidaire propose aux salariés des entreprises de la zone d’activité voisine des services de pressing, de retouches et de petites courses, réalisés par des habitants des Chamards en parcours d’insertion.

## Mobilité
À Vierzon, une plateforme de mobilité loue des scooters et des voitures sans permis à des demandeurs d’emploi qui ont obtenu un entretien ou un contrat, et propose des sessions de préparation au permis de conduire. Plus de la moitié des bénéficiaires ont accédé à un emploi dans les six mois.

## Culture et numérique
À Montargis, une association d’éducation populaire forme des jeunes du quartier du Plateau à la réparation d’ordinateurs reconditionnés, revendus à bas prix aux familles. À Chartres, une coopérative de production audiovisuelle accompagne des jeunes de la Madeleine dans la réalisation de films pour des clients institutionnels.

## Petite enfance et aide aux familles
À Joué-lès-Tours, une crèche associative à vocation d’insertion réserve une partie de ses places aux enfants de parents en recherche d’emploi ou en formation, et propose des horaires étendus adaptés aux emplois décalés. À Vendôme, une association de services à domicile a structuré une offre de garde d’enfants et d’aide aux personnes âgées qui a permis de créer une vingtaine d’emplois durables.

# Ce que nous apprennent ces initiatives
Trois enseignements se dégagent. D’abord, les structures de l’ESS implantées dans les quartiers combinent presque toujours une activité économique et une fonction sociale : lieu de rencontre, de sociabilité, d’information. Ensuite, leur modèle économique repose sur une hybridation des ressources, associant ventes, subventions, aides aux postes d’insertion et bénévolat, ce qui les rend vulnérables aux changements de politiques publiques. Enfin, leur développement dépend fortement de l’accès à des locaux adaptés et abordables.

# Pistes pour les territoires
Les territoires peuvent agir de plusieurs façons : intégrer un volet ESS dans les contrats de ville et leurs avenants ; mobiliser les clauses sociales et les marchés réservés dans la commande publique ; mettre à disposition des locaux vacants en pied d’immeuble ; soutenir la création de pôles territoriaux de coopération économique ; former les agents des services économiques aux spécificités de l’ESS.

Le pôle ESS de Villes au Carré propose d’accompagner les territoires volontaires dans la préparation d’un appel à projets commun, avec l’appui de la région et des réseaux régionaux de l’économie sociale et solidaire.

# Méthode
Les initiatives présentées ont été repérées par un questionnaire adressé aux chefs de projet politique de la ville de la région, complété par des visites et des entretiens avec les responsables des structures. Elles ne prétendent pas à l’exhaustivité : elles illustrent la diversité des formes que peut prendre l’économie sociale et solidaire dans les quartiers.
""")

BILAN_CITESLAB = dict(
    title="Bilan 2021 du dispositif CitésLab en Centre-Val de Loire",
    author="Villes au Carré",
    subject="Détection et amorçage de projets d’entreprise dans les quartiers prioritaires",
    creation_date="2022-03-21",
    columns=2,
    header="Villes au Carré – Bilan CitésLab 2021",
    footer="Villes au Carré – Emploi, insertion et entrepreneuriat",
    text="""
# Le dispositif en bref
CitésLab est un dispositif national soutenu par la Banque des Territoires et, depuis 2020, par Bpifrance dans le cadre de l’offre Entrepreneuriat pour tous. Il finance des chefs de projet chargés de détecter les envies d’entreprendre dans les quartiers prioritaires, d’amorcer les projets et d’orienter les porteurs vers les structures d’accompagnement adaptées. En Centre-Val de Loire, six chefs de projet étaient en poste en 2021, à Orléans, Tours, Blois, Bourges, Chartres et Dreux. Villes au Carré anime leur réseau régional.

# Une année de reprise
Après une année 2020 marquée par les confinements, 2021 a été une année de reprise progressive. Les permanences dans les quartiers ont rouvert au printemps, et les événements collectifs, comme les cafés créateurs et les forums de l’entrepreneuriat, ont pu reprendre à partir de septembre. Les chefs de projet ont conservé certaines pratiques adoptées pendant la crise : rendez-vous en visioconférence, groupes de discussion sur messagerie, ateliers en ligne sur la gestion et le numérique.

# Les chiffres clés
En 2021, les chefs de projet CitésLab ont reçu six cent quarante personnes en premier entretien, contre quatre cent dix en 2020. Parmi elles, trois cent quatre-vingts ont bénéficié d’un accompagnement à l’amorçage de plusieurs séances. Les femmes représentaient quarante-six pour cent des personnes reçues, une proportion en nette hausse par rapport aux années précédentes, qui s’explique notamment par les permanences organisées dans les centres sociaux et les maisons de quartier.

Les porteurs de projet reçus sont jeunes : plus d’un tiers a moins de trente ans. Un peu plus de la moitié sont demandeurs d’emploi, un quart allocataires de minima sociaux. Près de quatre sur dix n’ont aucun diplôme ou un diplôme inférieur au baccalauréat.

Au cours de l’année, les personnes accompagnées ont donné naissance à cent dix-sept entreprises immatriculées, majoritairement sous le régime de la micro-entreprise. Les secteurs les plus représentés sont le transport de personnes et la livraison, le commerce, les services à la personne, la restauration rapide et le bâtiment. Quarante autres porteurs de projet ont été orientés vers une couveuse ou une coopérative d’activité pour tester leur projet avant de créer.

# La détection, cœur du métier
La spécificité de CitésLab tient à la détection. Les chefs de projet ne se contentent pas d’attendre les porteurs de projet : ils vont à leur rencontre, dans les marchés, les salles de sport, les écoles, les associations culturelles et cultuelles, les halls d’immeuble. Ils s’appuient sur des ambassadeurs, habitants ou commerçants du quartier, qui relaient l’information et orientent les personnes intéressées.

Cette démarche permet de toucher des publics qui ne se seraient jamais adressés à une chambre consulaire ou à un réseau d’accompagnement. Elle exige en revanche une grande disponibilité, des horaires décalés et une connaissance fine des quartiers. Le turnover des chefs de projet, relativement élevé, constitue de ce point de vue une fragilité.

# Les partenariats
Les chefs de projet travaillent en lien étroit avec les réseaux d’accompagnement à la création : boutiques de gestion, plateformes de prêt d’honneur, associations de microcrédit, chambres consulaires, couveuses et coopératives d’activité et d’emploi. En 2021, une convention régionale a été signée avec le réseau des plateformes d’initiative locale afin de faciliter l’accès des porteurs de projet des quartiers aux prêts d’honneur. Des rencontres régulières ont également été organisées avec les conseillers de Pôle emploi chargés de la création d’entreprise.

# Paroles de créateurs
Un jeune créateur de Blois, qui a lancé une activité de livraison à vélo, témoigne : sans la permanence au pied de son immeuble, il n’aurait jamais osé franchir le pas. Une habitante de Dreux, devenue traiteur, souligne l’importance des ateliers collectifs, où elle a appris à calculer ses prix et à rédiger un devis. À Bourges, un ancien ouvrier du bâtiment, créateur d’une entreprise de rénovation, insiste sur l’aide reçue pour obtenir un prêt d’honneur et acheter son premier véhicule utilitaire.

# Les difficultés
Les chefs de projet relèvent plusieurs difficultés persistantes : l’accès au financement bancaire, qui reste très limité pour les créateurs sans apport ; la fragilité des micro-entreprises de livraison et de transport, très dépendantes des plateformes numériques ; la méconnaissance des obligations sociales et fiscales, qui expose certains créateurs à des rappels importants au bout de deux ou trois ans ; le manque de locaux à loyer modéré dans les quartiers.

# Perspectives 2022
Pour 2022, le réseau régional prévoit de renforcer le suivi post-création, afin d’améliorer la pérennité des entreprises créées, de développer les actions à destination des femmes, et de mieux articuler le dispositif avec les projets d’immobilier d’activité portés par les collectivités. Une étude sur la pérennité à trois ans des entreprises créées depuis 2018 sera lancée avec l’appui de l’université de Tours.
""")
