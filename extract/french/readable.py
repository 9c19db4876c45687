"""Readable text for snippets: page furniture and repeated sentences left out.

A document's text as the search shows it is its summary then its body, and the pages it comes
from repeat themselves (the summary is often the body's first sentence, a lead paragraph is
shown twice) and carry furniture: a date line ("Publié le 15/03/2021"), a category or type
label alone on its line ("Actualité", the document's own type and keywords), a breadcrumb
("Accueil > Ressources > Publications"), "Lire la suite", "Temps de lecture : 2 min". Those
lines are dropped, and a sentence said again (accents, case, spacing and punctuation aside) is
kept once: where it first stands, in its fullest version (a summary cut short with "[…]", or
abridged, gives way to the body's whole sentence).
"""

import re
import unicodedata

from .tokens import WORD, fold, words

_MONTHS = "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
# On folded text: dates, reading times, and the words that introduce them.
_DATES = re.compile(
    r"\b(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}(?:t[\d:+.z-]*)?"
    rf"|(?:1er|\d{{1,2}})?\s*(?:{_MONTHS})\s+\d{{4}}|\d{{1,2}}h\d{{0,2}}"
    r"|temps de lecture\s*:?\s*\d+\s*(?:min\w*|mn)?)\b")
_DATE_WORDS = frozenset("""publie publiee publication poste postee redige redigee mis mise a jour
le la les du de par date dates modifie modifiee derniere dernier cree creee lu lecture en ligne
depuis""".split())
# Labels a site puts alone on a line (folded, punctuation aside).
LABELS = frozenset("""accueil|actualite|actualites|a la une|agenda|evenement|evenements|
publication|publications|ressource|ressources|lire la suite|lire plus|en savoir plus|voir plus|
voir aussi|a lire aussi|partager|partager cet article|imprimer|retour|retour a la liste|
haut de page|vous etes ici|favoris|telecharger|telechargement|facebook|twitter|linkedin|email|
mail|envoyer par mail|suivez nous|sommaire|article|articles|menu|rechercher|newsletter|
fiche experience|fiches experience|document|documents|focus|zoom|dossier""".replace("\n", "").split("|"))
_BREADCRUMB = re.compile(r"\s(?:>|›|»|/|\||•|·|→)\s")
_TRAILING = re.compile(r"\s*(?:lire la suite|en savoir plus|lire plus|\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\))"
                       r"\s*(?:»|›|→|…|\.\.\.)?\s*$", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[^\W\d_]|[«\"“(])")
# A link's label alone on its line: "Télécharger L'Eco des quartiers n°1", "Lire la fiche de l'IREV".
_ACTION = re.compile(r"(?:lire|telecharger|voir|acceder|consulter|decouvrir|en savoir)\b")
LINK_WORDS = 8
SHORT = 12  # words of a line that may be furniture
SHORT_CHARS = 160  # more characters than twelve words take
TRAILING_CHARS = 40  # where "Lire la suite" and the like are looked for at a line's end
SHORTER_WORDS = 6  # a cut sentence must keep this many words to be known for the whole one
LEAD = 12  # sentences near the start compared for shorter versions (summaries stand there)


def _key(text: str) -> str:
    """Words folded, one space apart. Folded in C (NFKD, then ASCII): the pure-Python fold of
    tokens.py made this module four times slower; letters outside Latin fall back to it."""
    lower = text.lower()
    if not lower.isascii():
        lower = unicodedata.normalize("NFKD", lower.replace("œ", "oe").replace("æ", "ae")
                                      ).encode("ascii", "ignore").decode()
    return " ".join(WORD.findall(lower)) or " ".join(words(fold(text)))


def is_furniture(line: str, labels: frozenset[str] = frozenset(), longest: int = 0) -> bool:
    """A short line that is only a date, a label or a breadcrumb. `longest`: the length of the
    longest label (a line longer than it and than SHORT_CHARS is text)."""
    if len(line) > max(SHORT_CHARS, longest):
        return False
    key = _key(line)
    if not key or key in labels:
        return True
    if len(key.split()) > SHORT:
        return False
    if key in LABELS or key.startswith("vous etes ici"):
        return True
    pieces = _BREADCRUMB.split(line)
    if len(pieces) >= 3 and all(len(words(p)) <= 5 for p in pieces):
        return True
    if _ACTION.match(key) and len(key.split()) <= LINK_WORDS and not line.rstrip().endswith("."):
        return True
    folded = fold(line)
    rest = words(_DATES.sub(" ", folded))
    return _DATES.search(folded) is not None and all(w in _DATE_WORDS or w in LABELS or w.isdigit()
                                                     for w in rest)


def readable(text: str | None, labels=()) -> str:
    """The text without furniture lines and with each sentence once (see the module's doc).
    `labels`: the document's title, type, keywords and source name, furniture when alone on a
    line (the title stands above the snippet already)."""
    known = frozenset(_key(label) for label in labels if label)
    longest = max((len(label) for label in labels if label), default=0) + 10
    kept: list[tuple[str, list[str]]] = []  # (sentence, its key's words)
    seen: set[str] = set()
    lines: list[list[int]] = []  # indexes into kept, per line
    for line in (text or "").splitlines():
        line = line.strip()
        trailing = _TRAILING.search(line, max(0, len(line) - TRAILING_CHARS))
        line = line[:trailing.start()] if trailing else line
        if is_furniture(line, known, longest):
            continue
        lines.append([k for k in (_keep(s, kept, seen) for s in _SENTENCE_END.split(line)) if k is not None])
    return "\n".join(" ".join(kept[k][0] for k in line) for line in lines if line)


def _keep(sentence: str, kept: list, seen: set) -> int | None:
    """Index of the sentence in `kept` if it is new; None if said already (or a cut version of
    one said before). A whole sentence said after a cut version of it replaces that version."""
    key = _key(sentence)
    if not key or key in seen:
        return None
    seen.add(key)
    tokens = key.split()
    if len(tokens) >= SHORTER_WORDS:
        for k, (_, earlier) in enumerate(kept[:LEAD]):
            if _shortened(tokens, earlier):
                return None  # a shorter version of a sentence already kept
            if _shortened(earlier, tokens):
                kept[k] = (sentence, tokens)  # the whole sentence where its shorter version stood
                return None
    kept.append((sentence, tokens))
    return len(kept) - 1


def _shortened(short: list[str], whole: list[str]) -> bool:
    """`short` is `whole` cut or abridged: its words, in order, are `whole`'s (a subsequence),
    from the same first word; it has SHORTER_WORDS of them, and its first SHORTER_WORDS are
    `whole`'s or it holds half of `whole`'s words."""
    if short[0] != whole[0] or not SHORTER_WORDS <= len(short) < len(whole) or (
            len(whole) > 2 * len(short) and short[:SHORTER_WORDS] != whole[:SHORTER_WORDS]):
        return False
    rest = iter(whole)
    return all(word in rest for word in short)
