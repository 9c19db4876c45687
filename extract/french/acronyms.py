"""Acronyms and their written-out forms, searched together (reference/acronymes.yml): `QPV`
also finds `quartiers prioritaires`, and `quartiers prioritaires` also finds `QPV`.

`expand` turns each acronym of a query, and each run of its words that spells a written-out
form, into one Term of kind "expanded": the words as typed (their meaning unchanged), OR the
acronym, OR each other form as a phrase with French morphology (kind "form": its words'
canonical stems in a row, stop words skipped, so `quartier prioritaire` finds `quartiers
prioritaires` and `d'insertion` finds `insertion`). Quoted phrases stay as typed.

The index does the matching once: `sigles` finds in a text its acronyms and written-out forms,
and the stemmed view of the text (stem_text_with) ends with one token per acronym found
(`ǂǂqpv`). A query then reads one token instead of checking phrases' positions: "QPV" on
10,000 documents where "quartiers prioritaires" is everywhere took 290 ms as NEAR groups, and
reads one doclist instead. An index built with another version of the list is searched with
the NEAR groups (`indexed=False`), slower but as right. Pure: the caller reads the list
(db/search.py).
"""

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .compounds import joined_forms
from .query import Query, Term, _term_of
from .stems import STEM_MARK, canonical_stem, stem_text
from .tokens import STOP_WORDS, fold, words

SIGLE_MARK = STEM_MARK * 2  # an acronym's index token: never a stem (ǂ...) or a typed word

MIN_FORM_WORDS = 2  # a written-out form of one word would expand a common word


@dataclass(frozen=True)
class Entry:
    acronym: str  # as written in the list: `QPV`, `CitésLab`
    forms: tuple[str, ...]  # the written-out forms, as written


@dataclass
class Acronyms:
    version: str
    entries: list[Entry]
    by_acronym: dict[str, list[int]]  # acronym_key -> entries
    by_form: dict[tuple[str, ...], list[int]]  # form_key -> entries
    longest: int  # the most words of a form
    by_first: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # a form's first stem -> forms
    surfaces: dict[str, list[int]] = field(default_factory=dict)  # `QPV`, `Qpv`, `Citeslab` -> entries


def form_key(text: str) -> tuple[str, ...]:
    """The canonical stems of a text's words, stop words left out: what a form is matched by."""
    return tuple(canonical_stem(w) for w in map(fold, words(text)) if w not in STOP_WORDS)


def acronym_key(text: str) -> str:
    """`Q.P.V.`, `qpv`, `Cités Lab` -> `qpv`, `qpv`, `citeslab`."""
    return "".join(map(fold, words(text)))


def read(text: str, origin: str = "acronymes.yml") -> Acronyms:
    """The list from its YAML (`version:`, `sigles:` acronym -> forms); a ValueError names what
    is wrong in it."""
    data = yaml.safe_load(text)
    if not isinstance(data, dict) or "version" not in data or not isinstance(data.get("sigles"), dict):
        raise ValueError(f"{origin}: expected `version:` and `sigles:` (an acronym: its forms)")
    entries = []
    for acronym, forms in data["sigles"].items():
        forms = [forms] if isinstance(forms, str) else forms
        if not acronym_key(str(acronym)) or not isinstance(forms, list) or not forms:
            raise ValueError(f"{origin}: {acronym!r}: expected a list of written-out forms")
        for form in forms:
            if not isinstance(form, str) or len(form_key(form)) < MIN_FORM_WORDS:
                raise ValueError(f"{origin}: {acronym}: {form!r}: a form needs {MIN_FORM_WORDS} "
                                 "words that are not stop words")
        entries.append(Entry(str(acronym), tuple(forms)))
    return _indexed(str(data["version"]), entries)


def load(path: Path) -> Acronyms:
    return read(path.read_text(encoding="utf-8"), str(path))


def _indexed(version: str, entries: list[Entry]) -> Acronyms:
    by_acronym: dict[str, list[int]] = {}
    by_form: dict[tuple[str, ...], list[int]] = {}
    for k, entry in enumerate(entries):
        by_acronym.setdefault(acronym_key(entry.acronym), []).append(k)
        for form in entry.forms:
            by_form.setdefault(form_key(form), []).append(k)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for key in by_form:
        by_first.setdefault(key[0], []).append(key)
    surfaces: dict[str, list[int]] = {}
    for k, entry in enumerate(entries):
        for surface in _surfaces("".join(words(entry.acronym))):
            surfaces.setdefault(surface, []).append(k)
    return Acronyms(version, entries, by_acronym, by_form, max(map(len, by_form), default=0),
                    by_first, surfaces)


def _surfaces(acronym: str) -> set[str]:
    """How a text writes an acronym: as listed, in capitals, capitalised, with or without
    accents (`CitésLab`, `CITÉSLAB`, `Citéslab`, `CitesLab`...); never in lower case (`plie`)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", acronym) if not unicodedata.combining(c))
    return {form for base in (acronym, plain) for form in (base, base.upper(), base.capitalize())}


def sigle(entry: Entry) -> str:
    """The index token of an acronym: `ǂǂqpv`."""
    return SIGLE_MARK + acronym_key(entry.acronym)


_CANONICAL: dict[str, str] = {}


def _canonical(word: str) -> str:
    """The canonical stem of a word as written; '' for a stop word. Cached: the build reads
    every word of the corpus."""
    stem = _CANONICAL.get(word)
    if stem is None:
        if len(_CANONICAL) > 500_000:
            _CANONICAL.clear()
        folded = fold(word)
        stem = _CANONICAL[word] = "" if folded in STOP_WORDS else canonical_stem(folded)
    return stem


def sigles(text: str | None, acronyms: Acronyms) -> list[str]:
    """The index tokens of the acronyms a text writes, as acronyms (`QPV`, `Q.P.V.`) or
    written out (`quartiers prioritaires`: each word in any of its forms, in a row, stop words
    between them skipped)."""
    return _sigles(words(text), joined_forms(text or ""), acronyms)


def _sigles(written: list[str], joined: list[str], acronyms: Acronyms) -> list[str]:
    found: set[int] = set()
    for surface in acronyms.surfaces.keys() & set(written).union(joined):
        found.update(acronyms.surfaces[surface])
    # Dictionary lookups in C (map), the few new words in Python: a third of the cost of a loop.
    known = list(map(_CANONICAL.get, written))
    if None in known:
        known = [_canonical(w) if s is None else s for s, w in zip(known, written)]
    stems = [s for s in known if s]
    by_first, by_form = acronyms.by_first, acronyms.by_form
    for i in [i for i, stem in enumerate(stems) if stem in by_first]:
        for key in by_first[stems[i]]:
            if tuple(stems[i:i + len(key)]) == key:
                found.update(by_form[key])
    return sorted({sigle(acronyms.entries[k]) for k in found})


def stem_text_with(acronyms: Acronyms):
    """stem_text, then the tokens of the acronyms the text writes: the index's stemmed view."""
    def stems_and_sigles(text: str | None) -> str:
        return stem_text(text, lambda written, joined: _sigles(written, joined, acronyms))
    return stems_and_sigles


def expand(query: Query, acronyms: Acronyms, indexed: bool = False
           ) -> tuple[Query, list[tuple[str, list[str]]]]:
    """The query with its acronyms and written-out forms expanded, and what was added: (as
    typed, the other forms as the list writes them), for the results page. `indexed`: the
    index holds this list's tokens (stem_text_with), the terms match them."""
    used: list[tuple[str, list[str]]] = []
    clauses = [_expand_terms(c, acronyms, used, indexed) for c in query.clauses]
    exclusions = _expand_terms(query.exclusions, acronyms, used, indexed)
    return Query(clauses, exclusions), used


def _expand_terms(terms: list[Term], acronyms: Acronyms, used: list, indexed: bool) -> list[Term]:
    out, i = [], 0
    while i < len(terms):
        n, found = _match_at(terms, i, acronyms)
        if found:
            entries = [acronyms.entries[k] for k in found]
            term, typed, shown = _expanded(terms[i:i + n], entries)
            if indexed:
                term.tokens = [sigle(e) for e in entries]
            out.append(term)
            if shown and (typed, shown) not in used:
                used.append((typed, shown))
        else:
            out.append(terms[i])
        i += max(n, 1)
    return out


def _match_at(terms: list[Term], i: int, acronyms: Acronyms) -> tuple[int, list[int]]:
    """(words read, entries) of the longest form or acronym starting at terms[i]; (0, [])."""
    first = terms[i]
    for n in range(min(acronyms.longest, len(terms) - i), 1, -1):
        run = terms[i:i + n]
        if not first.negated and all(t.kind == "word" and not t.negated and t.column == first.column
                                     for t in run):
            found = acronyms.by_form.get(tuple(canonical_stem(t.tokens[0]) for t in run))
            if found:
                return n, found
    if first.kind in ("word", "compound"):
        return 1, acronyms.by_acronym.get(acronym_key(first.raw or " ".join(first.tokens)), [])
    return 0, []


def _expanded(run: list[Term], entries: list[Entry]) -> tuple[Term, str, list[str]]:
    """One term for a typed acronym or form; what was typed and the other forms, as the list
    writes them, for the results page."""
    raw = " ".join(t.raw for t in run)
    typed_key, typed_acronym = form_key(raw), acronym_key(raw)
    every = list(dict.fromkeys([e.acronym for e in entries] + [f for e in entries for f in e.forms]))
    # As typed; a form the list writes with its stop words when it is the same words.
    typed = next((x for x in every if len(run) > 1 and _plain(x) == _plain(raw)), raw)
    shown = [x for x in every if acronym_key(x) != typed_acronym and form_key(x) != typed_key]
    forms = [_term_of(e.acronym, False, run[0].column) for e in entries
             if acronym_key(e.acronym) != typed_acronym]
    forms += _phrases([form_key(f) for e in entries for f in e.forms if acronym_key(f) != typed_acronym],
                      typed_key, len(run) > 1, run[0].column)
    term = Term("expanded", [w for t in run for w in t.tokens], run[0].negated, raw, run[0].column,
                parts=run, forms=list({(f.kind, tuple(f.tokens)): f for f in forms}.values()))
    return term, typed, shown


def _plain(text: str) -> list[str]:
    return [w for w in map(fold, words(text)) if w not in STOP_WORDS]


def _phrases(keys: list[tuple[str, ...]], typed: tuple[str, ...], typed_words: bool,
             column: str | None) -> list[Term]:
    """The written-out forms to search, as "form" terms, leaving out those another search
    already covers: one that holds a shorter form's words in a row (`quartier prioritaire de la
    politique de la ville` holds `quartier prioritaire`), and, for typed words, one that holds
    all of them (the typed words find it)."""
    keys = [k for k in dict.fromkeys(keys) if k != typed and not (typed_words and set(typed) <= set(k))]
    kept = [k for k in keys if not any(o != k and _holds(k, o) for o in keys)]
    return [Term("form", list(k), column=column) for k in kept]


def _holds(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))
