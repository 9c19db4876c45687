CLAUSES = dict(
    title="Fiche repère – Les clauses sociales d’insertion dans les quartiers",
    author="Réseau national des centres de ressources politique de la ville",
    subject="Clauses d’insertion, marchés publics et renouvellement urbain",
    creation_date="2022-05-16",
    columns=1,
    header="Réseau national des CRPV – Fiches repères",
    footer="Réseau national des centres de ressources politique de la ville – www.reseau-crpv.fr",
    text="""
# De quoi parle-t-on
Une clause sociale d’insertion réserve une part des heures de travail d’un marché public à des personnes éloignées de l’emploi. Dans les projets de renouvellement urbain, la charte nationale d’insertion fixe un objectif d’au moins cinq pour cent des heures travaillées.

# Le rôle du facilitateur
Le facilitateur des clauses fait le lien entre les acheteurs publics, les entreprises attributaires et les structures de l’emploi. Il repère les candidats, vérifie leur éligibilité et suit leur parcours dans l’entreprise. Sans lui, les objectifs restent souvent théoriques.

# Ce que montrent les territoires
En Seine-Saint-Denis, les clauses des chantiers de rénovation urbaine ont bénéficié en priorité aux habitants des quartiers concernés. Les centres de ressources ont recensé des taux de sortie vers l’emploi durable proches de quarante pour cent lorsque la clause est associée à une formation qualifiante.

# Points de vigilance
La fiche recommande de ne pas limiter les clauses au bâtiment, d’ouvrir les marchés de services et de nettoyage, et de mesurer la qualité des parcours autant que le volume d’heures.
""")

COMMERCE = dict(
    title="Recueil d’expériences – Le commerce de proximité dans les quartiers",
    author="Réseau national des centres de ressources politique de la ville",
    subject="Expériences des centres de ressources sur le commerce de proximité",
    creation_date="2021-09-20",
    columns=2,
    header="Réseau national des CRPV – Recueils",
    footer="Réseau national des CRPV – Club Dév Eco",
    text="""
# Présentation
Ce recueil rassemble quatorze expériences de maintien ou de retour du commerce dans les quartiers prioritaires, repérées par les centres de ressources membres du Club Dév Eco entre 2019 et 2021.

# Les boutiques à l’essai
Plusieurs villes ont ouvert des boutiques à l’essai dans des locaux vacants. À Saint-Nazaire, deux commerçants sur trois sont restés dans le quartier après leur année de test, un résultat que les partenaires attribuent à l’accompagnement par la chambre de commerce.

# Les foncières
Les foncières de redynamisation rachètent les murs pour maîtriser les loyers et le choix des enseignes. Elles supposent un portage long et un engagement financier important des collectivités et de la Banque des Territoires.

# Les marchés et le commerce non sédentaire
Le recueil souligne enfin le rôle des marchés forains, souvent oubliés des stratégies commerciales, alors qu’ils attirent dans les quartiers une clientèle venue de toute l’agglomération.
""")

PHRASES = {
    "clauses": ["proches de quarante pour cent"],
    "commerce": ["deux commerçants sur trois sont restés dans le quartier"],
    "eco": ["neuf centres de ressources ont mis en commun"],
}
