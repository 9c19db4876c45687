"""Centres of the network known by name whose site address is not confirmed.

Shown by `crpv sources` and written to the `sources` table with `address_confirmed = 0` and no
host, never harvested: a spider on a guessed address would publish a stranger's pages. Once an
address is confirmed, write the centre's spider (README, "Adding a centre") and drop it here.
"""

CENTRES = (
    {"slug": "pole-ressources", "name": "Pôle Ressources Ville et Développement Social",
     "region": "Île-de-France (Val-d'Oise, Hauts-de-Seine, Yvelines)",
     "notes": "Contributeur de L'Eco des quartiers n°1 ; adresse du site non confirmée, non collecté."},
    {"slug": "cite-ressources", "name": "Cité Ressources", "region": None,
     "notes": "Contributeur de L'Eco des quartiers n°1 ; site et région non confirmés, non collecté."},
)


def rows() -> list[dict]:
    """Rows for the `sources` table."""
    return [{**centre, "homepage": None, "platform": None, "hosts": [], "licence_note": None,
             "address_confirmed": 0, "enabled": 0} for centre in CENTRES]
