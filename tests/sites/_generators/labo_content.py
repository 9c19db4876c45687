# Item contents for www.labo-cites.org (Drupal 9).

L1_BODY = """<p>Ce numéro des Echos de Labo Cités rend compte du cycle de qualification consacré à l'artisanat et au commerce de proximité dans les quartiers prioritaires, qui a réuni plus de cent vingt professionnels entre octobre 2017 et mars 2018 à Saint-Étienne, Vaulx-en-Velin et Grenoble.</p>
<p>Chefs de projet politique de la ville, développeurs économiques, managers de commerce, chambres consulaires, bailleurs sociaux et commerçants y ont partagé leurs diagnostics&nbsp;: des centres commerciaux de quartier vieillissants et souvent bloqués par des copropriétés complexes, mais aussi un artisanat très présent et pourtant peu visible dans les politiques publiques.</p>
<h2>Au sommaire</h2>
<ul>
<li>Un état des lieux des polarités commerciales des quartiers de la région&nbsp;;</li>
<li>Restructurer, accompagner, tester&nbsp;: les leviers d'action pour le commerce&nbsp;;</li>
<li>Offrir des locaux adaptés aux artisans&nbsp;;</li>
<li>Diagnostic partagé, gouvernance, temps long&nbsp;: les conditions de réussite.</li>
</ul>
<p>Le document est complété par les fiches d'expérience présentées lors des trois journées et par la vidéo consacrée à la boutique à l'essai de Saint-Chamond.</p>"""

L2_BODY = """<p>Comment redonner vie à un centre-ville dont un commerce sur quatre a baissé le rideau&nbsp;? À Saint-Chamond, dans la vallée du Gier, la ville a choisi de tester de nouveaux commerces plutôt que d'attendre des repreneurs.</p>
<p>Dans cette vidéo de six minutes, l'adjointe au commerce, le manager de centre-ville et deux commerçantes installées grâce au dispositif «&nbsp;Ma boutique à l'essai&nbsp;» racontent le projet&nbsp;: la rénovation d'une cellule vacante, l'appel à candidatures, le comité de sélection associant la chambre de commerce et les commerçants voisins, puis l'accompagnement pendant la période de test.</p>
<p>La vidéo fait partie de la série «&nbsp;L'innovation au cœur des quartiers&nbsp;», qui donne la parole aux acteurs de terrain de la région.</p>
<p><strong>Durée</strong>&nbsp;: 6 min 12 s. <strong>Réalisation</strong>&nbsp;: Labo Cités.</p>"""

L3_LEAD = "Au Mas du Taureau, la ville de Vaulx-en-Velin et ses partenaires ont fait du maintien d'une offre commerciale de proximité un préalable au projet de renouvellement urbain."
L3_BODY = """<p>Le centre commercial du Mas du Taureau, construit au début des années 1970, ne comptait plus que six commerces actifs sur dix-huit cellules en 2016. Supermarché fermé, pharmacie menacée, galerie couverte peu sûre&nbsp;: les habitants devaient prendre le bus pour faire leurs courses.</p>
<h3>La démarche</h3>
<p>Avant même la démolition programmée de la galerie, la ville a engagé un diagnostic avec la métropole, le bailleur et la chambre de commerce. Des enquêtes auprès de quatre cents ménages ont permis de préciser les besoins&nbsp;: une offre alimentaire de qualité, une boulangerie, un bureau de tabac et des services de santé.</p>
<p>Un local provisoire a été aménagé sur la place pour accueillir les commerçants pendant les travaux, et une foncière publique a racheté les murs afin de maîtriser les loyers et la nature des futurs commerces. Un manager de commerce, recruté à mi-temps, accompagne les commerçants en place dans leur transfert.</p>
<h3>Les premiers résultats</h3>
<p>Une supérette indépendante a rouvert, tenue par un habitant du quartier accompagné par une plateforme de prêt d'honneur. La pharmacie a été maintenue et une maison de santé pluriprofessionnelle est en projet dans les futurs rez-de-chaussée.</p>
<h3>Ce que l'on retient</h3>
<ul>
<li>la nécessité d'anticiper la question commerciale très en amont des projets urbains&nbsp;;</li>
<li>l'intérêt d'un portage public des murs pendant la phase de transition&nbsp;;</li>
<li>le rôle d'un interlocuteur unique pour les commerçants.</li>
</ul>"""

L4_BODY = """<p>Hôtels d'entreprises, pépinières, ateliers relais, centres d'affaires de quartier, locaux en pied d'immeuble&nbsp;: ce guide s'adresse aux élus et aux techniciens qui envisagent de créer ou de relancer un équipement d'immobilier d'activité dans un quartier prioritaire.</p>
<p>Issu d'un travail collectif mené avec une quinzaine de territoires de la région, dont Villeurbanne, Vénissieux, Grenoble, Échirolles, Clermont-Ferrand et Saint-Étienne, il propose une démarche en six étapes&nbsp;: qualifier la demande, choisir le bon produit, construire le modèle économique, organiser la gestion et l'animation, ouvrir l'équipement sur le quartier, évaluer.</p>
<p>Chaque étape est illustrée par des exemples et complétée par des points de vigilance. Le guide insiste sur une conviction partagée par tous les territoires rencontrés&nbsp;: un équipement sans animateur présent sur place se vide progressivement.</p>"""

L5_BODY = """<p>Le Club Dév Eco du réseau national des centres de ressources politique de la ville publie le premier numéro de sa lettre, <em>L'Eco des quartiers</em>.</p>
<p>Au programme&nbsp;: l'entrepreneuriat des habitants, le commerce de proximité, l'immobilier d'activité, l'emploi et la mobilisation des entreprises, ainsi qu'une présentation de la carte collaborative des expériences inspirantes du Club.</p>
<p>Labo Cités y présente la série de vidéos «&nbsp;L'innovation au cœur des quartiers&nbsp;» et plusieurs expériences d'Auvergne-Rhône-Alpes.</p>"""

L6_LEAD = "Dans le quartier Saint-Jean, une couveuse d'entreprises installée dans un ancien local associatif permet aux habitants de tester leur activité pendant un an."
L6_BODY = """<p>Le 18 janvier 2021, la couveuse a fêté sa première année d'existence avec une quinzaine d'entrepreneurs à l'essai. Installée au rez-de-chaussée d'un immeuble du bailleur social, elle accueille des porteurs de projet orientés par la mission locale, Pôle emploi, les centres sociaux ou le bouche-à-oreille.</p>
<p>Le principe&nbsp;: pendant douze mois au plus, l'entrepreneur exerce son activité sous le numéro de SIRET de la couveuse, qui facture pour son compte et lui reverse son chiffre d'affaires sous forme de rémunération. Il conserve ses droits sociaux et bénéficie d'un accompagnement individuel et d'ateliers collectifs.</p>
<p>Les activités testées sont variées&nbsp;: cuisine du monde, couture, coiffure afro, soutien scolaire, réparation de téléphones, conciergerie. Un marché de créateurs est organisé chaque mois sur la place du quartier.</p>
<p>Sur la première année, sept entrepreneurs ont créé leur entreprise, trois ont choisi de rejoindre une coopérative d'activité et d'emploi et deux ont retrouvé un emploi salarié.</p>
<p><em>Contact&nbsp;: service développement économique de la ville de Villeurbanne.</em></p>"""

L7_BODY = """<p>Aux Minguettes, une conciergerie solidaire propose aux habitants et aux salariés des entreprises voisines des services du quotidien&nbsp;: dépôt de colis, retouches, petits travaux, aide aux démarches en ligne.</p>
<p>Portée par une association d'insertion, elle emploie huit habitants du quartier en contrat aidé et forme ses salariés aux métiers de l'accueil et des services. Dans cette vidéo, le directeur de l'association, une salariée en parcours et le responsable d'une entreprise cliente présentent le modèle économique et les effets du projet sur le quartier.</p>
<p>Une vidéo de la série «&nbsp;L'innovation au cœur des quartiers&nbsp;». Durée&nbsp;: 5 min 40 s.</p>"""

ABOUT_BODY = """<p>Labo Cités, centre de ressources et d'échanges pour le développement social urbain (anciennement CR•DSU), est le centre de ressources politique de la ville de la région Auvergne-Rhône-Alpes.</p>
<p>Il accompagne les professionnels et les élus des quartiers prioritaires par des cycles de qualification, des journées d'échanges, des publications et des vidéos. Il anime des réseaux régionaux sur le développement économique, la participation des habitants et la gestion urbaine de proximité.</p>"""
