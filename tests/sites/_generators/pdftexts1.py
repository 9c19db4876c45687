# PDF specs, part 1: IREV (Cofabrik fiche, parcours) - text written for the replica sites.

COFABRIK_FICHE = dict(
    title="Fiche expérience – La Cofabrik, coopérative d’activité et d’emploi à Roubaix",
    author="IREV – Institut régional de la ville",
    subject="Développement économique des quartiers prioritaires : entrepreneuriat coopératif",
    creation_date="2021-03-12",
    columns=2,
    header="IREV – Fiches expériences « Développement économique et quartiers »",
    footer="IREV, Institut régional de la ville – Hauts-de-France – www.irev.fr",
    text="""
# Le contexte
Roubaix compte parmi les villes les plus jeunes de France métropolitaine, mais aussi parmi celles où le taux de pauvreté reste le plus élevé. Près de la moitié de sa population vit dans l’un des quartiers prioritaires de la politique de la ville : l’Alma, l’Épeule, le Pile, les Trois-Ponts ou encore le secteur Hommelet. Le tissu économique y a été profondément transformé par la disparition de l’industrie textile, qui structurait à la fois l’emploi, l’habitat et la vie sociale jusqu’aux années 1980.

Depuis une dizaine d’années, les acteurs locaux constatent pourtant un dynamisme entrepreneurial réel chez les habitants. Beaucoup exercent déjà une activité, parfois de manière informelle : couture et retouche, cuisine de traiteur, petits travaux de rénovation, aide administrative, réparation de téléphones. Ce qui leur manque n’est ni l’envie ni le savoir-faire, mais un cadre sécurisant pour tester leur activité sans perdre leurs droits sociaux, et un collectif pour ne pas rester isolés face aux démarches.

# L’origine du projet
La Cofabrik est née en 2016 de la rencontre entre une coopérative d’activité et d’emploi de la métropole lilloise, un centre social du quartier de l’Alma et le service développement économique de la ville. Le constat partagé était simple : les dispositifs classiques de création d’entreprise, pensés pour des porteurs de projet disposant d’un apport, d’un réseau et d’une maîtrise de l’écrit, laissaient de côté une grande partie des habitants des quartiers.

Le choix du statut coopératif s’est imposé rapidement. Dans une coopérative d’activité et d’emploi, l’entrepreneur développe sa propre activité mais il n’immatricule pas d’entreprise : il devient entrepreneur-salarié de la coopérative, qui porte juridiquement et comptablement son activité. Il conserve ainsi une protection sociale complète, peut cumuler son chiffre d’affaires avec certaines allocations pendant la phase de démarrage, et bénéficie d’un accompagnement collectif.

# Les objectifs
Le projet poursuit trois objectifs. Le premier consiste à rendre visible et légale une activité économique qui existe déjà dans les quartiers, en offrant aux habitants un statut protecteur. Le deuxième vise à créer de l’emploi durable, d’abord pour les entrepreneurs eux-mêmes, ensuite, lorsque l’activité le permet, pour d’autres habitants. Le troisième, plus qualitatif, cherche à changer le regard porté sur les quartiers, en montrant qu’ils sont aussi des lieux de production et d’initiative.

# Le fonctionnement au quotidien
La Cofabrik occupe un ancien atelier de confection de quatre cents mètres carrés, réhabilité avec l’appui du bailleur social propriétaire des murs. Le rez-de-chaussée accueille un espace de travail partagé, une cuisine professionnelle et un atelier de couture équipé de machines industrielles. L’étage regroupe des bureaux, une salle de formation et le pôle d’accompagnement.

Chaque nouvel entrepreneur signe d’abord un contrat d’appui au projet d’entreprise, d’une durée de six mois renouvelable. Pendant cette période, il teste son activité, facture ses premiers clients sous le numéro de la coopérative et participe à des ateliers collectifs hebdomadaires : calcul du prix de revient, prospection, usage des outils numériques, obligations fiscales. Lorsque le chiffre d’affaires devient suffisant, il signe un contrat de travail d’entrepreneur-salarié et se voit verser un salaire calculé sur la marge dégagée par son activité.

Les fonctions support sont mutualisées : comptabilité, facturation, assurance, gestion de la paie. Chaque entrepreneur contribue au fonctionnement de la coopérative à hauteur de dix pour cent de sa marge brute. Après trois ans, il peut devenir associé et participer aux décisions lors de l’assemblée générale annuelle.

# Les publics accompagnés
Les entrepreneurs accueillis sont très majoritairement des habitants des quartiers prioritaires de Roubaix et de Tourcoing. Les femmes représentent près des deux tiers des effectifs, ce qui distingue nettement la Cofabrik des dispositifs classiques de création d’entreprise. Un tiers des personnes accompagnées étaient allocataires du revenu de solidarité active à leur entrée, un autre tiers inscrites comme demandeurs d’emploi depuis plus d’un an.

Les activités développées sont variées : restauration et traiteur, couture et retouche, coiffure à domicile, services administratifs, rénovation intérieure, réparation de vélos, animation d’ateliers pour enfants. Une partie des entrepreneurs s’adresse d’abord à une clientèle de voisinage, d’autres ont rapidement trouvé des clients institutionnels, comme les centres sociaux ou les bailleurs, qui leur confient des prestations régulières.

# Les résultats
Depuis son ouverture, la coopérative Cofabrik a accompagné quarante-deux porteurs de projet jusqu’à la signature d’un contrat d’entrepreneur-salarié. Vingt-sept d’entre eux exercent toujours leur activité au sein de la coopérative, huit ont créé leur propre entreprise individuelle ou leur société, et sept ont retrouvé un emploi salarié classique, souvent grâce aux compétences et au réseau acquis pendant le parcours.

Le chiffre d’affaires cumulé des entrepreneurs a dépassé six cent mille euros en 2020, malgré les fermetures liées à la crise sanitaire. Les activités de traiteur et de couture ont été les plus touchées, mais plusieurs entrepreneuses se sont reconverties en quelques semaines dans la fabrication de masques en tissu, commandés par la ville et par des entreprises du territoire.

# Les partenaires
Le projet associe la ville de Roubaix, la Métropole européenne de Lille, la région Hauts-de-France, l’État au titre du contrat de ville, la Banque des Territoires et deux bailleurs sociaux. Le centre social de l’Alma assure l’orientation des habitants et l’accueil de premier niveau. Les partenaires de l’emploi, Pôle emploi, la mission locale et le plan local pour l’insertion et l’emploi, orientent également des candidats.

# Le modèle économique
Le budget annuel de fonctionnement s’élève à environ trois cent vingt mille euros. Les contributions des entrepreneurs en couvrent un peu moins d’un quart. Le reste provient de subventions publiques, principalement au titre de la politique de la ville et de l’accompagnement à la création d’activité, et de financements privés issus de fondations d’entreprise. L’objectif affiché est d’atteindre quarante pour cent d’autofinancement d’ici cinq ans, en augmentant le nombre d’entrepreneurs et en développant des prestations collectives vendues aux collectivités.

# Les difficultés rencontrées
L’équipe souligne trois difficultés principales. La première tient à la complexité des règles de cumul entre revenus d’activité et prestations sociales, qui oblige à un suivi individuel fin et à un dialogue constant avec la caisse d’allocations familiales. La deuxième concerne l’accès au financement : les banques restent réticentes à prêter à des entrepreneurs sans historique, même portés par une coopérative. La troisième est liée à la maîtrise de l’écrit et du numérique, qui reste un frein pour une partie des entrepreneurs et justifie un accompagnement renforcé.

# Les enseignements
L’expérience montre que le statut d’entrepreneur-salarié est particulièrement adapté aux habitants des quartiers prioritaires : il sécurise la prise de risque, il valorise des compétences acquises hors de tout diplôme et il rompt l’isolement du créateur. Elle montre aussi l’importance d’un lieu physique identifié, ouvert sur le quartier, où l’on peut passer sans rendez-vous.

Les partenaires insistent enfin sur la durée. Il faut en moyenne deux ans pour qu’une activité atteigne un niveau de revenu comparable au salaire minimum, et les financeurs doivent accepter ce temps long. Les conventions pluriannuelles signées en 2019 ont, de ce point de vue, profondément changé la capacité de la coopérative à se projeter.

# Pour aller plus loin
Contact : pôle développement économique de l’IREV. Voir aussi la fiche « Parcours de coopération », qui détaille les étapes de l’accompagnement, et les fiches consacrées aux couveuses d’entreprises de la région.
""")

COFABRIK_PARCOURS = dict(
    title="Parcours de coopération : du projet à l’activité avec la Cofabrik",
    author="IREV – Institut régional de la ville",
    subject="Les étapes de l’accompagnement des entrepreneurs-salariés",
    creation_date="2021-03-12",
    columns=2,
    header="IREV – Développement économique – Parcours de coopération",
    footer="IREV – Fiche outil",
    text="""
# Pourquoi décrire un parcours ?
Les acteurs qui souhaitent reproduire l’expérience de la Cofabrik posent souvent la même question : concrètement, que se passe-t-il entre le moment où une habitante pousse la porte avec une idée et celui où elle se verse un salaire ? Cette fiche outil décrit les six étapes du parcours, telles que l’équipe les a formalisées après quatre années de pratique. Elle ne constitue pas un modèle à appliquer tel quel, mais une base de discussion pour les territoires.

# Étape 1 : le premier accueil
Le premier contact a presque toujours lieu sans rendez-vous, lors des permanences ouvertes du mardi et du jeudi. Une chargée d’accueil écoute le projet, vérifie qu’il relève bien d’une activité économique et présente le fonctionnement de la coopérative. Aucune pièce n’est demandée à ce stade. L’objectif est de créer un climat de confiance et de lever l’idée, très répandue, selon laquelle la création d’activité serait réservée à ceux qui disposent d’un capital.

Environ un visiteur sur trois revient pour un deuxième entretien. Les autres sont réorientés vers des structures plus adaptées : formation qualifiante, recherche d’emploi salarié, accompagnement social. Cette réorientation fait partie intégrante du travail et fait l’objet d’un suivi avec les partenaires.

# Étape 2 : le diagnostic partagé
Le deuxième entretien, d’une durée d’une heure et demie, permet d’établir un diagnostic partagé. On y examine la situation administrative de la personne, ses droits sociaux, ses compétences, ses premiers clients potentiels et ses besoins en matériel. Le conseiller et l’entrepreneur rédigent ensemble une feuille de route de trois mois, volontairement courte et concrète : trouver trois clients, fixer un prix, ouvrir un compte professionnel, suivre deux ateliers.

# Étape 3 : le test d’activité
Après la signature du contrat d’appui, l’entrepreneur peut facturer sous le numéro de la coopérative. C’est la phase de test. Les premières factures sont relues par l’équipe, qui vérifie les mentions obligatoires et la cohérence des prix. L’entrepreneur est invité à tenir un carnet de bord hebdomadaire, sur papier ou sur téléphone, où il note ses heures, ses dépenses et ses contacts.

La durée de cette étape varie fortement selon les activités. Pour une couturière disposant déjà d’une clientèle, quelques semaines suffisent. Pour un projet de restauration, qui exige un local aux normes et des investissements, il faut souvent compter six mois à un an. Au total, le parcours dure en moyenne quatorze mois entre le premier accueil et la signature du contrat d’entrepreneur-salarié.

# Étape 4 : les ateliers collectifs
Les ateliers collectifs constituent le cœur de la méthode. Ils ont lieu chaque vendredi matin et sont ouverts à tous les entrepreneurs, quel que soit leur stade d’avancement. Le programme suit un cycle de dix séances : se présenter en deux minutes, calculer son prix de revient, comprendre sa fiche de paie, prospecter sans démarcher, utiliser les réseaux sociaux, répondre à une petite commande publique, gérer les impayés, préparer un rendez-vous bancaire, prendre soin de sa santé au travail et préparer l’assemblée générale.

Les entrepreneurs les plus expérimentés animent régulièrement une partie des séances. Cette transmission entre pairs est jugée décisive par les participants, qui y trouvent des exemples proches de leur propre situation et des conseils très pratiques.

# Étape 5 : le contrat d’entrepreneur-salarié
Lorsque l’activité dégage une marge suffisante pour financer au moins un salaire à temps partiel, l’entrepreneur signe un contrat à durée indéterminée avec la coopérative. Son salaire est ajusté chaque trimestre en fonction de son chiffre d’affaires. Il cotise au régime général et ouvre des droits à la retraite et à l’assurance chômage, ce qui constitue un changement majeur pour des personnes souvent éloignées de l’emploi stable depuis de nombreuses années.

# Étape 6 : le sociétariat ou l’essaimage
Trois ans après la signature de son contrat, l’entrepreneur peut devenir associé de la coopérative en acquérant une part sociale. Il participe alors aux décisions stratégiques. D’autres choisissent de quitter la coopérative pour créer leur propre structure : l’équipe les accompagne dans cette transition, en les aidant notamment à choisir leur statut et à reprendre leur clientèle.

# Les outils mobilisés
Plusieurs outils simples ont été élaborés au fil du temps : une grille d’entretien d’accueil d’une page, un tableur de calcul du prix de revient traduit en quatre langues, un modèle de devis et de facture, un calendrier annuel des obligations déclaratives et un guide illustré des droits sociaux des entrepreneurs-salariés. Ils sont mis à disposition des autres territoires sur simple demande.

# Les conditions de réussite
Trois conditions apparaissent essentielles pour transposer le parcours. Il faut d’abord un lieu ouvert, situé dans le quartier ou à proximité immédiate, accessible à pied et identifié par les habitants. Il faut ensuite une équipe stable, capable de suivre les entrepreneurs dans la durée : le départ d’un conseiller se traduit presque toujours par des abandons. Il faut enfin des partenaires de l’emploi et de l’action sociale convaincus de l’intérêt de la démarche, qui orientent les habitants et acceptent que la réussite se mesure sur plusieurs années.

# Les indicateurs suivis
La coopérative suit une quinzaine d’indicateurs, présentés chaque année au comité de pilotage : nombre de premiers accueils, taux de transformation en contrat d’appui, durée des parcours, chiffre d’affaires par activité, revenus moyens versés, sorties positives, part des femmes et des habitants des quartiers prioritaires. Elle réalise également tous les deux ans une enquête qualitative auprès des entrepreneurs sortis de la coopérative, afin de mesurer l’effet du parcours sur leur situation professionnelle et personnelle.
""")
