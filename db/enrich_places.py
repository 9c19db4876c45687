"""Territories named in a document: communes, départements, régions, and QPV names.

Pure functions over the gazetteer (db/enrich_gazetteer.py). A name counts only when written with
its capitals. Each mention gets a score from 0 to 1 made of visible parts (`_score`): how
distinctive the name is (several words, a large town; not an ordinary word, a first name or
part of a longer name), context cues before it ("à", "ville de", "département du") or after it
("(59)"), and whether it lies in the source's region or near the other places of the document.
Homonyms go to the one the context points at: the department number, then a cue of kind
(commune or département), then the source's region, then the other places' regions, then
mainland France, then the larger town.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from db.enrich_gazetteer import (ABBREVIATIONS, TOKEN, Gazetteer, Place, accent_key, fast_fold,
                                 name_key, today)

RULE = "lieux-1"  # bump when the scoring or cues below change
THRESHOLD = 0.5  # a mention scoring less is not a place
ARTICLES = {"le", "la", "les", "l"}
FUNCTION_WORDS = ARTICLES | {"de", "du", "des", "d", "en", "sur", "sous", "lez", "aux", "au", "et",
                             "a", "y"}
_GAP = re.compile(r"^[ \t\r\n\-'’]{1,4}$")
_KIND_ORDER = {"region": 0, "departement": 1, "commune": 2}


@dataclass
class Candidate:
    field: str
    text: str
    start: int
    end: int
    places: list[Place]
    elided: bool  # "au Havre": the article went into the preposition


@dataclass
class Mention:
    place: Place  # today's commune for a former one
    field: str
    surface: str
    start: int
    end: int
    score: float
    cue: str = ""


# ---------- candidates: the longest gazetteer name at each capitalised word ----------
def candidates(field: str, text: str, gaz: Gazetteer) -> list[Candidate]:
    tokens = list(TOKEN.finditer(text or ""))
    folded = fast_fold("\n".join(t.group() for t in tokens)).split("\n") if tokens else []
    keys = [ABBREVIATIONS.get(k, k) for k in folded]
    found, done = [], 0
    for i in _starts(tokens, keys):
        hit = _longest_at(text, tokens, keys, i, gaz) if i >= done else None
        if hit:
            n, places, elided = hit
            found.append(Candidate(field, text, tokens[i].start(), tokens[i + n - 1].end(), places, elided))
            done = i + n
    return found


def _starts(tokens, keys) -> list[int]:
    """Where a name may start: a capitalised word, or an article before one ("à la Courneuve")."""
    upper = [i for i, t in enumerate(tokens) if t.group()[0].isupper()]
    articles = [i - 1 for i in upper if i and keys[i - 1] in ARTICLES]
    return sorted(set(upper + articles))


def _longest_at(text, tokens, keys, i, gaz):
    for n in range(min(gaz.longest.get(keys[i], 0), len(tokens) - i), 0, -1):
        key = tuple(keys[i:i + n])
        places, elided = gaz.names.get(key), False
        if not places and i and keys[i - 1] in ("au", "du", "aux", "des"):
            places, elided = gaz.elided.get(key), True
        if places and _glued(text, tokens[i:i + n]) and _capitalised(tokens[i:i + n], places[0].name):
            return n, places, elided
    return None


def _glued(text, tokens) -> bool:
    return all(_GAP.match(text[a.end():b.start()]) for a, b in zip(tokens, tokens[1:]))


def _capitalised(tokens, name: str) -> bool:
    """Every capitalised word of the official name but its articles is capitalised in the text."""
    official = TOKEN.findall(name)[-len(tokens):]  # "Havre" of "Le Havre" after "au"
    return all(not o[0].isupper() or fast_fold(o) in FUNCTION_WORDS or t.group()[0].isupper()
               for o, t in zip(official, tokens))


def context_regions(found: list[Candidate], gaz: Gazetteer) -> dict[str, set]:
    """Region -> the telling names of the document that lie there: unambiguous, not ordinary
    words, and either of several words or a town of 10,000 people or more."""
    regions: dict[str, set] = {}
    for c in found:
        place, key = c.places[0], name_key(c.text[c.start:c.end])
        if len({p.region for p in c.places}) == 1 and not place.common_word and key not in gaz.stopnames \
                and (distinctive(place.name, place.kind) or place.population >= 10_000):
            regions.setdefault(place.region, set()).add(key)
    return regions


@lru_cache(maxsize=100_000)
def distinctive(name: str, kind: str) -> bool:
    """Several meaningful words ("Vaulx-en-Velin"), but not "Saint-Jean" nor "La Madeleine"."""
    words = [w for w in name_key(name) if w not in FUNCTION_WORDS]
    return kind == "region" or (len(words) > 1 and words[0] not in ("saint", "sainte"))


# ---------- resolving and scoring ----------
# Cues read in the 40 characters before a name (folded: no accents, lower case). A strong cue
# names the kind of place; a weak one ("à", "en") only says that a place may follow.
_CUES = [
    ("commune", "strong", re.compile(r"\b(?:ville|commune|mairie|maire|municipalite|agglomeration|"
                                     r"metropole|centre-ville|communaute urbaine)\s+(?:de|d|du|des)\s*"
                                     r"(?:la |le |les |l')?$")),
    ("departement", "strong", re.compile(r"\b(?:departement|conseil departemental|prefecture)\s+"
                                         r"(?:de |d'|du |des |de la |de l')?$")),
    ("region", "strong", re.compile(r"\bregion\s+(?:de |d')?$")),
    ("commune", "weak", re.compile(r"\b(?:a|au|aux)\s+(?:la |le |les |l')?$")),
    ("departement", "weak", re.compile(r"\b(?:en|dans (?:le|la|l'|les))\s*$")),
]
# "rue de Paris", "quartier Saint-Jean", "lycée Jean Moulin": a name after these is not the place.
_NOT_A_PLACE = re.compile(r"\b(?:rue|avenue|av|boulevard|bd|place|allee|impasse|quai|chemin|route|"
                          r"cours|square|quartier|quartier prioritaire|qpv|cite|residence|ecole|"
                          r"college|lycee|eglise|gare|parc|stade|centre social|maison|hopital|porte|"
                          r"mme|mlle|m|monsieur|madame)\s+(?:de la |de l'|de |du |des |d')?$")
_LONGER_NAME = re.compile(r"^[ \t]+(?:du|de|des|de la|d')\s*[A-ZÀ-Ý]")  # "Mas du Taureau"
_DEPT_NUMBER = re.compile(r"^\s*\(\s*(\d{2,3}|2[AB])\s*\)")
_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s*|\n\s*)$")


@dataclass
class _Cue:
    kind: str = ""  # commune, departement, region
    strength: str = ""  # number, strong, weak
    text: str = ""


def resolve(c: Candidate, gaz: Gazetteer, source_regions: set[str], context: dict[str, set]) -> Mention:
    raw = c.text[max(0, c.start - 40):c.start]
    before = fast_fold(raw)
    surface = c.text[c.start:c.end]
    cue = _read_cue(before, raw, c.text[c.end:c.end + 12], c.places, c.elided)
    place = _choose(_same_accents(c.places, surface), cue, source_regions, context)
    if cue.kind and not _cue_fits(cue.kind, place):
        cue = _Cue()
    if c.field == "titre":  # no sentence start: titles often open on the place ("Denain : …")
        before, raw = " " + before, " " + raw
    score = _score(place, surface, cue, (before, raw, c.text[c.end:c.end + 6]), gaz, source_regions, context)
    return Mention(today(place, gaz), c.field, surface, c.start, c.end, score, cue.text)


def _read_cue(before: str, raw: str, after: str, places, elided: bool) -> _Cue:
    number = _DEPT_NUMBER.match(after)
    if number and any(p.departement == number.group(1) for p in places):
        return _Cue("commune", "number", f"({number.group(1)})")
    for kind, strength, rx in _CUES:
        m = rx.search(before)
        if m:  # shown as written when folding kept the length ("à", not "a")
            shown = raw[m.start():m.end()] if len(raw) == len(before) else m.group()
            return _Cue(kind, strength, shown.strip())
    if elided:  # "au Havre", "des Mureaux": the contraction is the cue
        return _Cue("commune", "weak", "au/du")
    return _Cue()


def _same_accents(places: list[Place], surface: str) -> list[Place]:
    """"Ville" is not "Villé": keep the names written with the same accents, if any."""
    key = accent_key(surface)
    same = [p for p in places if accent_key(p.name)[-len(key):] == key]
    return same or places


def _choose(places, cue: _Cue, source_regions, context) -> Place:
    if cue.strength == "number":
        places = [p for p in places if p.departement == cue.text[1:-1]] or places
    elif cue.kind:
        places = [p for p in places if _cue_fits(cue.kind, p)] or places
    return min(places, key=lambda p: (
        _KIND_ORDER[p.kind], p.region not in source_regions, p.region not in context,
        p.departement.startswith("97") or len(p.departement) > 2, -p.population, p.code))


def _cue_fits(cue_kind: str, place: Place) -> bool:
    return cue_kind == place.kind or (cue_kind == "departement" and place.kind == "region")


def _score(place, surface, cue: _Cue, around, gaz, source_regions, context) -> float:
    """0.4, plus what makes the name a place here, minus what makes it something else.
    `around`: the folded and the raw text before the name, the raw text after it."""
    before = around[0]
    key = name_key(surface)
    score = 0.4 + (0.2 if distinctive(place.name, place.kind) else 0)
    score += {"region": 0.4, "departement": 0.2}.get(place.kind) or _size_bonus(place.population)
    score += {"number": 0.5, "strong": 0.4, "weak": 0.3}.get(cue.strength, 0)
    score -= _ambiguity(place, key, gaz) * _cue_relief(cue, key in gaz.stopnames)
    score -= _form_doubts(place, surface, cue, *around)
    if _NOT_A_PLACE.search(before):
        score -= 0.6
    if place.region in source_regions:
        score += 0.2
    elif not cue.kind and _far(place, key, source_regions, context):
        score -= 0.3
    return round(max(0.0, min(1.0, score)), 2)


def _far(place: Place, key: tuple, source_regions: set[str], context: dict[str, set]) -> bool:
    """Outside the source's region with no other place of the text there; for a source of no
    region, a weak name far from the text's other places ("Saint-Jean" beside "Villeurbanne")."""
    if place.kind == "region" or context.get(place.region, set()) - {key}:
        return False
    elsewhere = any(names - {key} for names in context.values())
    return bool(source_regions) or (elsewhere and weak(place))


def weak(place: Place) -> bool:
    """One word, and not a large town: "Saint-Jean", "Denain", but not "Marseille"."""
    return not distinctive(place.name, place.kind) and place.population < 50_000


def _ambiguity(place: Place, key: tuple, gaz: Gazetteer) -> float:
    """How much the name is also something else: an ordinary word, a first name."""
    penalty = 0.5 if key in gaz.stopnames else 0.0
    if place.common_word:
        penalty += 0.4 if place.kind != "commune" else _common_penalty(place.population)
    return penalty


def _cue_relief(cue: _Cue, stopname: bool) -> float:
    """A strong cue lifts most of the doubt; "à Marie" is still a person."""
    if cue.strength in ("number", "strong"):
        return 0.3
    return 0.6 if cue.strength == "weak" and not stopname else 1.0


def _form_doubts(place: Place, surface: str, cue: _Cue, before: str, raw: str, after: str) -> float:
    single = weak(place)
    doubt = 0.3 if single and _LONGER_NAME.match(after) else 0.0  # "au Mas du Taureau"
    if not cue.kind:
        doubt += 0.2 if single and _SENTENCE_START.search(before) else 0.0  # a capital that says nothing
        doubt += 0.2 if surface[:1].islower() else 0.0  # "de la Madeleine": a church, a quartier
        doubt += 0.3 if _after_a_name(raw) else 0.0  # "Grand Paris", "Jean Moulin"
    return doubt


_CAPITALISED_WORD = re.compile(r"([A-ZÀ-Ý][\w’'-]*)[ \t]+$")


def _after_a_name(raw: str) -> bool:
    m = _CAPITALISED_WORD.search(raw)
    return bool(m) and fast_fold(m.group(1)) not in FUNCTION_WORDS and not _SENTENCE_START.search(raw[:m.start()])


def _size_bonus(population: int) -> float:
    return next((bonus for floor, bonus in ((100_000, 0.5), (20_000, 0.3), (5_000, 0.2), (1_000, 0.1))
                 if population >= floor), 0.0)


def _common_penalty(population: int) -> float:
    return 0.5 if population < 20_000 else 0.3 if population < 100_000 else 0.0


# ---------- QPV ----------
_NAME = r"[A-ZÀ-Ý][\w'’-]*(?:[ \t]+(?:(?:de|du|des|la|le|les|l'|d')[ \t]*)?[A-ZÀ-Ý][\w'’-]*)*"
_QPV = re.compile(r"(?:\bquartiers?[ \t]+prioritaires?(?:[ \t]+de[ \t]+la[ \t]+politique[ \t]+de[ \t]+la[ \t]+ville)?"
                  r"|\bQPV)[ \t]*[:«\"“]?[ \t]*((?:de[ \t]+la|de[ \t]+l'|de|du|des|d')[ \t]*)?(" + _NAME + ")")


def find_qpv(text: str, gaz: Gazetteer) -> list[tuple[str, int, int]]:
    """(name, start, end) of the quartiers written as such: "quartier prioritaire des Chamards",
    "QPV Saint-Jean". "quartiers prioritaires de Roubaix" names a commune, not a quartier."""
    found = []
    for m in _QPV.finditer(text or ""):
        name = m.group(2).strip(" '’-")
        key = name_key(name)
        of_a_place = bool(m.group(1)) and key in gaz.names
        starts_badly = key[0] in FUNCTION_WORDS and not (key[0] in ARTICLES and len(key) > 1)
        if key and not of_a_place and not starts_badly:
            found.append((name, m.start(2), m.start(2) + len(name)))
    return found


# ---------- a document ----------
@dataclass
class Found:
    place: Place
    score: float
    mentions: int
    in_title: bool
    evidence: str


def find(text: str, gaz: Gazetteer, source_regions: set[str] = frozenset()) -> list[Mention]:
    """The place mentions of one text scoring at least THRESHOLD, in text order."""
    return [m for m in _mentions({"texte": text}, gaz, source_regions) if m.score >= THRESHOLD]


def collect(fields: dict[str, str], gaz: Gazetteer, source_regions: set[str]) -> list[Found]:
    """The places of a document, best first: one per place, scored on its best mention, with a
    little more for repeated mentions and for a mention in the title (field "titre")."""
    by_place: dict[tuple, list[Mention]] = {}
    for m in _mentions(fields, gaz, source_regions):
        if m.score >= THRESHOLD:
            by_place.setdefault((m.place.kind, m.place.code), []).append(m)
    for field, text in fields.items():
        for name, start, end in find_qpv(text, gaz):
            place = Place("qpv", "qpv:" + "-".join(name_key(name)), name, "", "")
            by_place.setdefault(("qpv", place.code), []).append(
                Mention(place, field, name, start, end, 0.8, "quartier prioritaire"))
    found = [_found(mentions, fields) for mentions in by_place.values()]
    return sorted(found, key=lambda f: (-f.score, -f.mentions, -f.place.population, f.place.code))


def _mentions(fields: dict[str, str], gaz: Gazetteer, source_regions: set[str]) -> list[Mention]:
    found = [c for field, text in fields.items() if text for c in candidates(field, text, gaz)]
    context = context_regions(found, gaz)
    return [resolve(c, gaz, source_regions, context) for c in found]


def _found(mentions: list[Mention], fields: dict[str, str]) -> Found:
    best = max(mentions, key=lambda m: m.score)
    in_title = any(m.field == "titre" for m in mentions)
    score = min(1.0, best.score + 0.05 * (len(mentions) - 1) + (0.1 if in_title else 0))
    return Found(best.place, round(score, 2), len(mentions), in_title, _evidence(best, fields[best.field]))


def _evidence(m: Mention, text: str) -> str:
    start, end = max(0, m.start - 50), min(len(text), m.end + 30)
    snippet = " ".join(text[start:end].split())
    cue = f" ; indice : « {m.cue} »" if m.cue else ""
    return f"{m.field} : « {'…' if start else ''}{snippet}{'…' if end < len(text) else ''} »{cue}"
