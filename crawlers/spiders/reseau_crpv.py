import re

from crawlers.platforms.wordpress import WordPressSpider

# The centres of the network, as their names appear in text, -> one spelling.
CENTRES = {
    "IREV": r"IREV|Institut r[ée]gional de la ville", "Labo Cités": r"Labo Cit[ée]s", "Villes au Carré": r"Villes au Carr[ée]",
    "RésO Villes": r"R[ée]sO Villes", "Profession Banlieue": r"Profession Banlieue", "PQN-A": r"PQN-A|Pays et Quartiers de Nouvelle-Aquitaine",
    "Villes et Territoires": r"Villes et Territoires", "ORIV": r"ORIV", "Trajectoire Ressources": r"Trajectoire Ressources",
    "Ressources & Territoires": r"Ressources (?:&|et) Territoires", "Normanvilles": r"Normanvilles",
    "CRPV PACA": r"CRPV PACA", "Ville Caraïbe": r"Ville Cara[ïi]be", "Cité Ressources": r"Cit[ée] Ressources",
    "Pôle Ressources": r"P[ôo]le Ressources",
}
# "à l'initiative de l'IREV", "de Labo Cités", "du CRPV PACA": the first centre named after it.
INITIATIVE = re.compile(r"[àa] l['’]initiative (?:de la |du |des |de l['’]|d['’]|de )(?P<name>"
                        + "|".join(f"(?:{p})" for p in CENTRES.values()) + r")\b")


# The national network's WordPress: posts and the `publication` custom type; events are posts
# with a `type-evenement` term; each item may name the centre it comes from.
class ReseauCrpvSpider(WordPressSpider):
    name = "reseau-crpv"
    display_name = "Réseau national des centres de ressources politique de la ville"
    region = "France"
    homepage = "https://www.reseau-crpv.fr/"
    hosts = ("www.reseau-crpv.fr", "reseau-crpv.fr")
    post_types = ("post", "publication")
    taxonomy_doc_types = {"type-evenement": "événement"}
    type_doc_types = {"publication": "publication"}
    category_doc_types = {"actualités": "actualité"}
    default_doc_type = "actualité"

    def extra_fields(self, item) -> dict:
        match = INITIATIVE.search(item.get("body") or "")
        if not match:
            return {}
        name = match.group("name")
        return {"centre": next(c for c, p in CENTRES.items() if re.fullmatch(p, name))}
