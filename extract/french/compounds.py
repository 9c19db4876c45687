"""Compound words, one name written in pieces: joined by hyphens or dots (`co-working`,
`Saint-Denis`, `Q.P.V.`, `covid-19`) or with inner capitals (`CitésLab`).

The index holds them also as one word (`coworking`, `qpv`) and, for the latter, as their parts
(`Cités Lab`), and a query reads them the same way, so that either spelling finds the other.
"""

import re

from .tokens import WORD, words

# Compounds are found from their rare joints and capitals, then read whole: a third of the cost
# of matching every word.
_JOINED = re.compile(r"[^\W_]+(?:[-.‐‑][^\W_]+)+")
_JOINT = re.compile(r"[-.‐‑](?<=[^\W_].)(?=[^\W_])")
_CAPITAL_INSIDE = re.compile(r"[A-ZÀ-ÖØ-Þ](?<=[a-zß-öø-ÿ].)")
_INNER_CAPITAL = re.compile(r"(?<=[a-zß-öø-ÿ])(?=[A-ZÀ-ÖØ-Þ])")
MAX_JOINED = 5  # parts of a compound; more is a URL's slug


def mixed_case(word: str) -> bool:
    return not (word.islower() or word.isupper() or word.istitle())


def capital_parts(word: str) -> list[str]:
    """The parts of a word with inner capitals: `CitésLab` -> `Cités`, `Lab`."""
    return _INNER_CAPITAL.sub(" ", word).split()


def _whole(text: str, pattern: re.Pattern, found: re.Pattern) -> list[str]:
    """Each match of `pattern` read from the start of the word where `found` matches."""
    out, end = [], 0
    for m in found.finditer(text):
        if m.start() >= end:
            start = m.start()
            while start > 0 and text[start - 1].isalnum():
                start -= 1
            whole = pattern.match(text, start)
            out.append(whole.group())
            end = whole.end()
    return out


def joined_forms(text: str) -> list[str]:
    """The extra words of a text: joined compounds, then the parts of mixed-case words."""
    joined = [words(c) for c in _whole(text, _JOINED, _JOINT)]
    return (["".join(parts) for parts in joined if len(parts) <= MAX_JOINED]
            + [p for w in _whole(text, WORD, _CAPITAL_INSIDE) for p in capital_parts(w)])
