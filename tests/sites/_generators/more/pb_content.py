# Articles of the Profession Banlieue replica (SPIP 3.2, iso-8859-1, unmarked "URLs propres").
# rubrique ids: 1 Le centre de ressources, 3 Publications, 5 Les fiches expérience

RUBRIQUES = {
    1: ("Le centre de ressources", "Le-centre-de-ressources"),
    3: ("Publications", "Publications"),
    5: ("Les fiches expérience", "Les-fiches-experience"),
}

KW = {  # mot id -> (title, url)
    "Emploi": "+-Emploi-+", "Insertion": "+-Insertion-+", "Régie de quartier": "+-Regie-de-quartier-+",
    "Création d’activité": "+-Creation-d-activite-+", "Économie sociale et solidaire": "+-Economie-sociale-et-solidaire-+",
    "Commerce de proximité": "+-Commerce-de-proximite-+", "Jardins partagés": "+-Jardins-partages-+",
    "Cadre de vie": "+-Cadre-de-vie-+", "Renouvellement urbain": "+-Renouvellement-urbain-+",
    "Apprentissage du français": "+-Apprentissage-du-francais-+", "Services de proximité": "+-Services-de-proximite-+",
    "Développement économique": "+-Developpement-economique-+",
}

ARTICLES = [
    dict(id=412, slug="Sevran-des-cours-de-francais-pour-acceder-a-l-emploi", rubrique=5, date="2023-05-11T10:20:00",
         title="Sevran : des cours de français pour accéder à l’emploi",
         chapo="À Sevran, un atelier sociolinguistique à visée professionnelle prépare des habitantes des Beaudottes aux entretiens d’embauche et aux métiers de l’aide à domicile.",
         texte="""<p>Située au cœur du quartier des Beaudottes, l’association Femmes relais de Sevran anime depuis 2021 un atelier sociolinguistique tourné vers l’emploi. Trois matinées par semaine, une quinzaine d’habitantes y travaillent le vocabulaire des métiers, la lecture d’une offre d’emploi et la préparation d’un entretien.</p>
<p>La ville de Sevran finance l’atelier au titre du contrat de ville ; Pôle emploi et la mission locale orientent les participantes. Des employeurs de l’aide à domicile et de la restauration collective viennent présenter leurs métiers et proposent des périodes d’immersion.</p>
<h3 class="spip">Premiers résultats</h3>
<p>Sur les deux premières sessions, vingt-quatre participantes ont suivi l’atelier jusqu’au bout ; onze ont signé un contrat de travail ou d’apprentissage dans les six mois.</p>""",
         tags=["Emploi", "Apprentissage du français"], pdfs=[], template="fiche", in_sitemap=False),
    dict(id=398, slug="Clichy-sous-Bois-une-boutique-a-l-essai-au-Chene-Pointu", rubrique=5, date="2022-01-20T14:05:00",
         title="Clichy-sous-Bois : une boutique à l’essai au Chêne-Pointu",
         chapo="La ville de Clichy-sous-Bois a transformé un local vacant du Chêne-Pointu en boutique à l’essai : un commerçant y teste son activité pendant un an avec un loyer réduit.",
         texte="""<p>Le centre commercial du Chêne-Pointu comptait en 2020 près d’un tiers de cellules vides. Dans le cadre du programme de renouvellement urbain, la ville de Clichy-sous-Bois et l’établissement public foncier ont racheté deux locaux et lancé un appel à candidatures.</p>
<p>Le lauréat, un torréfacteur installé jusque-là sur les marchés, bénéficie d’un loyer progressif, d’un accompagnement par la chambre de commerce et d’un prêt d’honneur. Au terme de l’année de test, il pourra signer un bail commercial classique.</p>
<p>L’opération s’inscrit dans une stratégie plus large de reconquête des rez-de-chaussée, portée avec le bailleur et l’intercommunalité Grand Paris – Grand Est.</p>""",
         tags=["Commerce de proximité", "Renouvellement urbain"], pdfs=[], template="fiche", in_sitemap=True),
    dict(id=371, slug="Saint-Denis-une-regie-de-quartier-pour-l-emploi-des-habitants", rubrique=5, date="2021-03-15T09:00:00",
         title="Saint-Denis : une régie de quartier pour l’emploi des habitants",
         chapo="La ville de Saint-Denis, Plaine Commune Habitat et une association d’habitants ont créé en 2015 une régie de quartier.",
         texte="""<p>Située au cœur du quartier Franc-Moisin, la régie emploie aujourd’hui une trentaine d’habitants en insertion pour l’entretien des espaces verts, le nettoyage des halls et de petits travaux de second œuvre.</p>
<p>Son conseil d’administration réunit les trois «&nbsp;collèges&nbsp;» : habitants, bailleurs et collectivités. Le chiffre d’affaires atteint 1,2 million d’euros en 2020.</p>
<h3 class="spip">Les enseignements</h3>
<p>La régie a dû construire sa légitimité auprès des entreprises du BTP ; l’appui de la Maison de l’emploi a été décisif. Pour le détail des parcours, voir <a href="IMG/pdf/fiche_regie_saint-denis.pdf" class="spip_in" type="application/pdf">la fiche complète</a>.</p>""",
         tags=["Emploi", "Insertion", "Régie de quartier"],
         pdfs=[("fiche_regie_saint-denis.pdf", "Fiche expérience", "420 ko", "regie")], template="fiche", in_sitemap=True),
    dict(id=352, slug="La-Courneuve-un-jardin-partage-au-pied-des-tours", rubrique=5, date="2020-06-08T11:30:00",
         title="La Courneuve : un jardin partagé au pied des tours",
         chapo="Située à La Courneuve, la cité des 4000 accueille depuis 2019 un jardin partagé cultivé par une cinquantaine de familles.",
         texte="""<p>Le jardin occupe une ancienne pelouse de huit cents mètres carrés, entre deux barres du quartier. Le bailleur a financé les clôtures et l’arrivée d’eau ; l’association de locataires gère les parcelles et organise chaque samedi un temps de jardinage collectif.</p>
<p>Au-delà des légumes, le jardin est devenu un lieu de rencontre entre générations. Les écoles voisines y mènent des ateliers, et une fête des récoltes réunit chaque automne plusieurs centaines d’habitants.</p>
<p>La ville de La Courneuve envisage d’étendre l’expérience à deux autres secteurs dans le cadre du nouveau programme de renouvellement urbain.</p>""",
         tags=["Cadre de vie", "Jardins partagés"], pdfs=[], template="fiche", in_sitemap=True),
    dict(id=330, slug="Aubervilliers-une-couveuse-pour-les-createurs-des-quartiers", rubrique=5, date="2019-02-21T16:45:00",
         title="Aubervilliers : une couveuse pour les créateurs des quartiers",
         chapo="À Aubervilliers, une couveuse d’entreprises permet aux habitants des quartiers de tester leur projet avant de créer leur entreprise.",
         texte="""<p>La ville d’Aubervilliers et Plaine Commune ont soutenu l’installation d’une couveuse d’entreprises au rez-de-chaussée d’un immeuble de la Maladrerie. Les porteurs de projet y testent leur activité sous un statut protecteur, accompagnés par deux chargées de mission.</p>
<p>Restauration, couture, services à la personne, nettoyage : les activités reflètent les savoir-faire présents dans le quartier. Les entrepreneurs se retrouvent chaque mois pour partager leurs difficultés et leurs bonnes adresses.</p>
<p>Le bilan détaillé des trois premières années figure dans la fiche ci-dessous.</p>""",
         tags=["Création d’activité", "Économie sociale et solidaire"],
         pdfs=[("fiche_couveuse_aubervilliers.pdf", "Fiche expérience couveuse", "310 ko", "couveuse")], template="fiche", in_sitemap=True),
    dict(id=305, slug="Montreuil-une-conciergerie-solidaire-au-Bel-Air", rubrique=5, date="2018-10-04T09:15:00",
         updated="2021-03-12T17:40:00",
         title="Montreuil : une conciergerie solidaire au Bel-Air",
         chapo="La conciergerie solidaire du Bel-Air, à Montreuil, rend des services aux habitants et aux salariés des entreprises voisines tout en créant des emplois d’insertion.",
         texte="""<p>Installée dans un ancien local commercial, la conciergerie propose des retouches, un dépôt de pressing, la réception de colis et de petits services de bricolage. Ses clients sont pour moitié des habitants du quartier, pour moitié des salariés de deux entreprises implantées à proximité.</p>
<p>Les six emplois créés sont occupés par des habitants du Bel-Air recrutés dans le cadre d’un chantier d’insertion. La ville de Montreuil met le local à disposition ; la communauté d’agglomération finance une partie de l’encadrement.</p>
<p>Mise à jour : en 2021, la conciergerie a ouvert une seconde antenne dans le quartier des Ruffins.</p>""",
         tags=["Économie sociale et solidaire", "Services de proximité"], pdfs=[], template="fiche", in_sitemap=True),
    dict(id=187, slug="Bobigny-un-chantier-d-insertion-dans-la-renovation-urbaine", rubrique=5, date="2014-11-20T10:00:00",
         title="Bobigny : un chantier d’insertion dans la rénovation urbaine",
         chapo="À Bobigny, la rénovation du quartier de l’Abreuvoir a servi de support à un chantier d’insertion dans le second œuvre.",
         texte="""<p>La ville de Bobigny a profité de la réhabilitation des logements de l’Abreuvoir pour confier à une association d’insertion une partie des travaux de peinture et de revêtements de sols. Douze habitants du quartier ont été recrutés en contrat à durée déterminée d’insertion.</p>
<p>Le chantier a été organisé en lien étroit avec les entreprises titulaires des marchés, qui ont accueilli les salariés en fin de parcours. Les locataires ont apprécié de voir des voisins travailler sur leurs immeubles.</p>
<p>Cette fiche, parue sur l’ancien site de Profession Banlieue, a été reprise telle quelle.</p>""",
         tags=["Insertion", "Renouvellement urbain"], pdfs=[], template="legacy", in_sitemap=False),
    dict(id=344, slug="Les-Cahiers-de-Profession-Banlieue-Developpement-economique-et-quartiers", rubrique=3, date="2019-06-20T12:00:00",
         title="Les Cahiers de Profession Banlieue : développement économique et quartiers",
         chapo="Les actes du cycle de qualification consacré au développement économique des quartiers de Seine-Saint-Denis, organisé d’octobre 2018 à mars 2019.",
         texte="""<p>Créateurs d’entreprise, immobilier d’activité, commerce de proximité, clauses sociales : ce cahier reprend les interventions des chercheurs, des professionnels et des élus qui ont participé au cycle, ainsi que les échanges avec les participants.</p>
<p>Il propose en conclusion des pistes pour mieux articuler le volet économique des contrats de ville avec les stratégies de développement des établissements publics territoriaux.</p>""",
         tags=["Développement économique", "Emploi"],
         pdfs=[("cahier_dev_eco_quartiers.pdf", "Télécharger le cahier", "1,2 Mo", "cahier")], template="publication", in_sitemap=True),
    # Not documents: institutional articles (excluded rubrique).
    dict(id=2, slug="Qui-sommes-nous", rubrique=1, date="2012-09-03T10:00:00",
         title="Qui sommes-nous ?",
         chapo="Profession Banlieue est le centre de ressources de la politique de la ville en Seine-Saint-Denis.",
         texte="""<p>Créé en 1993, Profession Banlieue accompagne les professionnels de la politique de la ville du département : chefs de projet, agents de développement, travailleurs sociaux, élus et associations. Il organise des cycles de qualification, des rencontres et des visites, et publie des fiches expérience et des cahiers.</p>""",
         tags=[], pdfs=[], template="fiche", in_sitemap=True),
    dict(id=3, slug="Mentions-legales", rubrique=1, date="2012-09-03T10:05:00",
         title="Mentions légales",
         chapo="",
         texte="""<p>Directeur de la publication : le président de l’association. Hébergement : un prestataire associatif. Les contenus du site sont la propriété de Profession Banlieue sauf mention contraire.</p>""",
         tags=[], pdfs=[], template="fiche", in_sitemap=True),
]
