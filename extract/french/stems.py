"""Snowball stems: the index's second view of a text, where words of one family meet.

Each word is replaced by its Snowball French stem, accents folded, marked so that no plain word
equals a stem; plurals and feminines Snowball leaves apart are joined to their base word, and
compounds add their joined forms (see compounds).

PyStemmer (the Snowball C library) rather than the pure-Python snowballstemmer: same algorithm,
same stems, and about 90 times faster uncached (0.08 µs against 6.8 µs a word, measured on the
replica vocabulary), which decides whether a 100,000-document build takes seconds or half an hour.
"""

import Stemmer

from .compounds import joined_forms
from .tokens import STOP_WORDS, fold, words

_STEMMER = Stemmer.Stemmer("french")
# Stems are indexed with this mark in front, so that no plain word can ever equal a stem: a
# MATCH expression then needs no column filter (which costs FTS5 a walk of every position list:
# twice the time of a typical ranked query on 100,000 documents, measured).
STEM_MARK = "ǂ"

# Plural and feminine forms Snowball leaves apart from their base word (`emplois`/`emploi`,
# `créatrice`/`créateur`, `entrepreneuses`/`entrepreneur`, `active`/`actif`, `enjeux`/`enjeu`,
# `numéros`/`numéro`): the base form's stem is indexed too. Rules on the folded word, first match.
_BASE_SUFFIXES = (("trices", "teur"), ("trice", "teur"), ("euses", "eur"), ("euse", "eur"),
                  ("ives", "if"), ("ive", "if"), ("eres", "er"), ("ere", "er"),
                  ("lieux", "lieu"), ("jeux", "jeu"), ("feux", "feu"), ("veux", "veu"))
# Irregular forms of the field's common words (French grammar, not query cases).
_BASE_WORDS = {"travaux": "travail", "baux": "bail", "vitraux": "vitrail", "publique": "public",
               "publiques": "public", "nouvelle": "nouveau", "nouvelles": "nouveau",
               "nouvel": "nouveau", "belle": "beau", "belles": "beau", "vieille": "vieux",
               "vieilles": "vieux"}


def _base(folded: str) -> str | None:
    """The masculine singular of a folded word when Snowball would miss it, else None."""
    base = _BASE_WORDS.get(folded)
    if base is None:
        for suffix, replacement in _BASE_SUFFIXES:
            if folded.endswith(suffix) and len(folded) - len(suffix) >= 2:
                base = folded[:-len(suffix)] + replacement
                break
        else:  # Snowball keeps the s after a vowel: emplois, numéros, vélos, défis, tissus
            if len(folded) >= 4 and folded[-1] == "s" and folded[-2] in "aiou":
                base = folded[:-1]
    return base if base and base != folded and base not in STOP_WORDS else None


_FORMS: dict[str, str] = {}


def stem_forms(word: str) -> str:
    """The indexed stem(s) of one word, space-separated; '' for a stop word.

    Snowball reads accents (`activité` -> `activ`), but a query may be typed without them
    (`activite` -> `activit`): each word is indexed under both stems when they differ, so a
    query reaches the same documents with or without accents; and under the stem of its base
    form when Snowball misses it (`emplois` also as `emploi`, see _base).
    """
    key = word.lower()
    forms = _FORMS.get(key)
    if forms is None:
        folded = fold(key)
        if folded in STOP_WORDS:
            forms = ""
        else:
            both = {fold(_STEMMER.stemWord(key)), _STEMMER.stemWord(folded)}
            base = _base(folded)
            if base:
                both.add(_STEMMER.stemWord(base))
            forms = " ".join(sorted(both))
        if len(_FORMS) > 500_000:  # a bound for pathological corpora; normal French is far below
            _FORMS.clear()
        _FORMS[key] = forms
    return forms


def canonical_stem(folded: str) -> str:
    """The one stem every form of a word is indexed under, whatever its accents, number and
    gender (the stem of its folded base form): what proximity (NEAR) looks for."""
    return _STEMMER.stemWord(_base(folded) or folded)


_MARKED: dict[str, str] = {}


def _marked(word: str) -> str:
    marked = _MARKED.get(word)
    if marked is None:
        if len(_MARKED) > 500_000:
            _MARKED.clear()
        marked = _MARKED[word] = " ".join(STEM_MARK + s for s in stem_forms(word).split())
    return marked


def stem_text(text: str | None, extra=None) -> str:
    """The stemmed view of a text, for the stem columns of the index: marked stems, then those
    of its joined compounds and mixed-case words' parts (after the text: phrases and proximity
    within the text are unchanged), then `extra(words, joined forms)` if given (the tokens of
    the acronyms the text writes, acronyms.stem_text_with)."""
    if not text:
        return ""
    written, joined = words(text), joined_forms(text)
    stems = [m for m in map(_marked, written) if m]
    stems += [m for m in map(_marked, joined) if m]
    if extra:
        stems += extra(written, joined)
    return " ".join(stems)
