"""Words hyphenated at line ends joined again, real compounds kept: `déve-` + `loppement` gives
`développement`, `Saint-` + `Denis` gives `Saint-Denis`, `porte-` + `parole` gives `porte-parole`.

The French word list of Debian's wfrench (/usr/share/dict/french) decides when it is there;
without it, heuristics: a capital or a known compound ending (celle-ci, peut-être) keeps the
hyphen, a lowercase continuation is joined.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

WORDLIST = Path("/usr/share/dict/french")
# Second parts of compounds that are words of their own: the hyphen stays.
COMPOUND_ENDS = {"ci", "là", "être", "même", "mêmes", "t-il", "t-elle", "il", "elle", "ils", "elles",
                 "on", "nous", "vous", "je", "tu", "y", "en", "le", "la", "les", "moi", "toi", "lui"}
# Prefixes French writes solid (microcrédit, coconstruire): joined even when the list lacks the word.
PREFIXES = {"micro", "macro", "auto", "co", "multi", "pluri", "inter", "intra", "supra", "hyper",
            "mini", "maxi", "poly", "télé", "bio", "éco", "géo", "socio", "psycho", "agro"}
_BROKEN_END = re.compile(r"(\w+)-$")
_CONTINUATION = re.compile(r"^(\S+)(.*)$")  # the next line's first token, punctuation and all
_WORD = re.compile(r"\w+")


@cache
def words() -> frozenset[str]:
    """The word list, lowercased; empty if wfrench is not installed."""
    try:
        return frozenset(WORDLIST.read_text(encoding="utf-8").lower().split())
    except OSError:
        return frozenset()


def keep_hyphen(head: str, tail: str) -> bool:
    """True if head-tail is a compound, False if the hyphen only broke a word at a line end."""
    if tail[:1].isupper() or tail[:1].isdigit() or tail.lower() in COMPOUND_ENDS:
        return True
    known = words()
    if known:
        compound, joined = f"{head}-{tail}".lower(), f"{head}{tail}".lower()
        if compound in known:
            return True
        if joined in known:
            return False
        # Two known words on both sides and no known join: a compound the list lacks.
        return head.lower() not in PREFIXES and head.lower() in known and tail.lower() in known and len(head) > 2
    return False


def join_lines(text: str) -> str:
    """The text with every word broken at a line end put back on the first line."""
    lines = text.split("\n")
    emptied = set()  # lines whose only word moved up: gone, not a paragraph break
    for i in range(len(lines) - 1):
        if not lines[i].endswith("-"):  # most lines: no regex needed
            continue
        end = _BROKEN_END.search(lines[i])
        # A blank line after the hyphen is a column break inside the word: it goes too.
        nxt = i + 2 if not lines[i + 1] and i + 2 < len(lines) else i + 1
        start = _CONTINUATION.match(lines[nxt])
        if not (end and start) or not start[1][0].isalpha():
            continue
        head, tail = end[1], start[1]
        glue = "-" if keep_hyphen(head, _WORD.match(tail)[0]) else ""
        lines[i] = lines[i][:-1] + glue + tail
        lines[nxt] = start[2].lstrip()
        emptied.update(j for j in range(i + 1, nxt + 1) if not lines[j])
    return "\n".join(line for i, line in enumerate(lines) if i not in emptied)
