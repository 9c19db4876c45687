"""The gazetteer of French territories shipped in reference/ (built by reference/build_gazetteer.py).

Every commune (former ones included: "Cherbourg-Octeville" is still written), département and
région with its INSEE code and a point, indexed by the folded words of its name. Loads in about
0.4 s, once per process.
"""

import csv
import gzip
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

REFERENCE = Path(__file__).resolve().parent.parent / "reference"
TOKEN = re.compile(r"[^\W_]+")
ABBREVIATIONS = {"st": "saint", "ste": "sainte"}
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss"})


@dataclass(frozen=True, slots=True)
class Place:
    kind: str  # commune, departement, region (qpv for the quartiers found in texts)
    code: str  # INSEE code
    name: str
    departement: str
    region: str
    population: int = 0
    latitude: float | None = None
    longitude: float | None = None
    common_word: bool = False  # the name is also an ordinary French word
    parent: str = ""  # for a former commune ("déléguée", "associée"): today's commune

    @property
    def label(self) -> str:
        return self.name if self.kind in ("region", "qpv") else f"{self.name} ({self.departement})"


@dataclass
class Gazetteer:
    names: dict[tuple, list[Place]] = field(default_factory=dict)
    elided: dict[tuple, list[Place]] = field(default_factory=dict)  # "Havre" after "au", "du"
    longest: dict[str, int] = field(default_factory=dict)  # first word -> most words of a name
    communes: dict[str, Place] = field(default_factory=dict)
    departements: dict[str, Place] = field(default_factory=dict)
    regions: dict[str, Place] = field(default_factory=dict)
    stopnames: frozenset = frozenset()
    version: str = ""

    def add(self, name: str, place: Place, table: dict | None = None, folded: str = "") -> None:
        key = key_of(folded) if folded else name_key(name)
        (self.names if table is None else table).setdefault(key, []).append(place)
        self.longest[key[0]] = max(self.longest.get(key[0], 0), len(key))


_COMBINING = re.compile(r"[\u0300-\u036f]+")


def fast_fold(text: str) -> str:
    """extract.french.fold (lower case, no accents, no ligatures), several times faster on long
    texts: the accents go in one regular expression instead of a loop over characters."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.lower().translate(_LIGATURES)))


def key_of(folded: str) -> tuple[str, ...]:
    return tuple(ABBREVIATIONS.get(t, t) for t in TOKEN.findall(folded))


@lru_cache(maxsize=100_000)
def name_key(text: str) -> tuple[str, ...]:
    """The lookup key of a name: its folded words, "St" read as "Saint"."""
    return key_of(fast_fold(text))


def accent_key(text: str) -> tuple[str, ...]:
    """Like name_key but keeping accents: "Ville" and "Villé" differ."""
    return tuple(ABBREVIATIONS.get(t, t) for t in TOKEN.findall(text.lower()))


@lru_cache(maxsize=1)
def load(folder: Path = REFERENCE) -> Gazetteer:
    gaz = Gazetteer()
    for row in _rows(folder / "gazetteer" / "regions.csv"):
        gaz.regions[row["code"]] = Place("region", row["code"], row["name"], "", row["code"],
                                         latitude=_float(row["latitude"]), longitude=_float(row["longitude"]))
    for row in _rows(folder / "gazetteer" / "departements.csv"):
        gaz.departements[row["code"]] = _place("departement", row, row["code"])
    _load_communes(gaz, folder / "gazetteer" / "communes.csv.gz")
    for place in [*gaz.departements.values(), *gaz.regions.values()]:
        if not (place.kind == "departement" and place.code == "75"):  # Paris: the commune
            gaz.add(place.name, place)
    for row in _rows(folder / "place_aliases.csv"):
        table = gaz.regions if row["kind"] == "region" else gaz.departements
        gaz.add(row["alias"], table[row["code"]])
    stop = (folder / "place_stopwords.txt").read_text(encoding="utf-8").splitlines()
    gaz.stopnames = frozenset(name_key(s) for s in stop if s.strip() and not s.startswith("#"))
    build = json.loads((folder / "gazetteer" / "build.json").read_text())
    gaz.version = f"COG decoupage-administratif {build['decoupage_administratif']}"
    return gaz


def _load_communes(gaz: Gazetteer, path: Path) -> None:
    rows = list(_rows(path))
    folded = fast_fold("\n".join(r["name"] for r in rows)).split("\n")  # one call: 4 times faster
    for row, folded_name in zip(rows, folded):
        place = _place("commune", row, row["departement"])
        if not place.parent:
            gaz.communes[place.code] = place
        gaz.add(place.name, place, folded=folded_name)
        article = re.match(r"(Le|Les) (.+)", place.name)
        if article:
            gaz.add(article.group(2), place, gaz.elided)


def _rows(path: Path):
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f)


def _place(kind: str, row: dict, departement: str) -> Place:
    return Place(kind, row.get("insee") or row["code"], row["name"], departement, row["region"],
                 int(row.get("population") or 0), _float(row["latitude"]), _float(row["longitude"]),
                 row["common_word"] == "1", row.get("parent") or "")


def _float(value: str) -> float | None:
    return float(value) if value else None


def regions_of(label: str | None, gaz: Gazetteer) -> set[str]:
    """Region codes of a source's `region` label ("Bretagne, Pays de la Loire", "Seine-Saint-Denis")."""
    codes = set()
    for part in (label or "").split(","):
        for place in gaz.names.get(name_key(part), []):
            if place.kind in ("region", "departement"):
                codes.add(place.region)
    return codes


def today(place: Place, gaz: Gazetteer) -> Place:
    """A former commune as today's commune (INSEE code, point), keeping nothing of the old one."""
    current = gaz.communes.get(place.parent) if place.parent else None
    return current or place
