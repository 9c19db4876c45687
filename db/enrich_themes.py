"""Themes of a document from the reviewable vocabulary reference/themes.yml.

Pure functions. Words are compared by their French Snowball stems through
extract/french/stems.py (the search module's stemmer, so a theme term and a search query see the
same stems); the file's header explains the matching and the score to the documentalists who
maintain it.
"""

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from extract.french import fold, stem_forms, words

VOCABULARY = Path(__file__).resolve().parent.parent / "reference" / "themes.yml"
FIELD_NAMES = {"title": "titre", "tags": "mots-clés", "summary": "résumé", "body": "texte",
               "files": "fichiers"}


@dataclass(frozen=True)
class Part:
    kind: str  # stem, exact (folded word), caps (written in capitals)
    values: frozenset

    def matches(self, token: "Token") -> bool:
        if self.kind == "stem":
            return not self.values.isdisjoint(token.stems)
        return (token.folded if self.kind == "exact" else token.surface) in self.values


@dataclass(frozen=True)
class Term:
    theme: str
    label: str
    parts: tuple[Part, ...]


@dataclass(frozen=True)
class Token:
    surface: str
    folded: str
    stems: frozenset
    keys: tuple = ()  # how terms starting with this word are indexed


@dataclass
class Vocabulary:
    threshold: float
    weights: dict[str, float]
    caps: dict[str, int]
    themes: list[str]
    parents: dict[str, str] = field(default_factory=dict)  # theme -> the theme it is part of
    by_first: dict[str, list[Term]] = field(default_factory=dict)
    version: str = ""


@dataclass
class ThemeHit:
    theme: str
    score: float
    evidence: dict  # field (in French) -> {term: occurrences}


# ---------- the vocabulary ----------
@lru_cache(maxsize=4)
def load(path: Path = VOCABULARY) -> Vocabulary:
    raw = path.read_bytes()
    spec = yaml.safe_load(raw)
    vocab = Vocabulary(spec["threshold"], spec["weights"], spec["caps"],
                       [t["theme"] for t in spec["themes"]],
                       {t["theme"]: t["part_of"] for t in spec["themes"] if t.get("part_of")},
                       version=f"{path.name}@{hashlib.sha256(raw).hexdigest()[:8]}")
    for entry in spec["themes"]:
        for label in entry["terms"]:
            term = _term(entry["theme"], str(label))
            if term.parts:
                for key in _keys(term.parts[0]):
                    vocab.by_first.setdefault(key, []).append(term)
    return vocab


def _term(theme: str, label: str) -> Term:
    exact = label.startswith("=")
    parts = []
    for word in words(label.lstrip("=")):
        if word.isupper() and len(word) > 1:
            parts.append(Part("caps", frozenset([word])))
        elif exact:
            parts.append(Part("exact", frozenset([fold(word)])))
        elif stem_forms(word):  # stop words are skipped, in terms as in texts
            parts.append(Part("stem", frozenset(stem_forms(word).split())))
    return Term(theme, label, tuple(parts))


def _keys(part: Part) -> list[str]:
    return [f"{part.kind}:{v}" for v in part.values]


# ---------- a text ----------
_TOKENS: dict[str, Token | None] = {}


def tokens(text: str | None) -> list[Token]:
    """The words of a text that carry meaning (stop words dropped), with their stems."""
    out = []
    for word in words(text or ""):
        token = _TOKENS.get(word, False)
        if token is False:
            forms = stem_forms(word)
            token = _token(word, forms) if forms else None
            if len(_TOKENS) > 500_000:
                _TOKENS.clear()
            _TOKENS[word] = token
        if token:
            out.append(token)
    return out


def _token(word: str, forms: str) -> Token:
    stems, folded = frozenset(forms.split()), fold(word)
    keys = (*(f"stem:{s}" for s in stems), f"exact:{folded}", f"caps:{word}")
    return Token(word, folded, stems, keys)


def count(text: str | None, vocab: Vocabulary) -> dict[str, dict[str, int]]:
    """theme -> {term: occurrences}; one match per theme at a place, the longest."""
    toks = tokens(text)
    counts: dict[str, dict[str, int]] = {}
    free_from: dict[str, int] = {}  # per theme, where the last match ended
    for i, token in enumerate(toks):
        best: dict[str, Term] = {}
        for term in (t for k in token.keys if k in vocab.by_first for t in vocab.by_first[k]):
            if i >= free_from.get(term.theme, 0) and _matches_at(term, toks, i):
                if len(term.parts) > len(best.get(term.theme, Term("", "", ())).parts):
                    best[term.theme] = term
        for theme, term in best.items():
            free_from[theme] = i + len(term.parts)
            per_term = counts.setdefault(theme, {})
            per_term[term.label] = per_term.get(term.label, 0) + 1
    return counts


def _matches_at(term: Term, toks: list[Token], i: int) -> bool:
    if i + len(term.parts) > len(toks):
        return False
    return all(part.matches(toks[i + n]) for n, part in enumerate(term.parts))


def assign(fields: dict[str, str | None], vocab: Vocabulary) -> list[ThemeHit]:
    """The themes reaching the threshold, best first. `fields`: title, tags, summary, body, files."""
    scores: dict[str, float] = {}
    evidence: dict[str, dict] = {}
    for name, text in fields.items():
        for theme, per_term in count(text, vocab).items():
            hits = min(sum(per_term.values()), vocab.caps[name])
            scores[theme] = scores.get(theme, 0) + vocab.weights[name] * hits
            evidence.setdefault(theme, {})[FIELD_NAMES[name]] = per_term
    hits = {t: ThemeHit(t, round(s, 1), evidence[t]) for t, s in scores.items() if s >= vocab.threshold}
    for child in [h for t, h in hits.items() if t in vocab.parents]:
        parent = hits.setdefault(vocab.parents[child.theme], ThemeHit(vocab.parents[child.theme], 0, {}))
        parent.score = max(parent.score, child.score)
        parent.evidence.setdefault("thèmes", {})[child.theme] = child.score
    order = {t: i for i, t in enumerate(vocab.themes)}
    hits = list(hits.values())
    return sorted(hits, key=lambda h: (-h.score, order[h.theme]))
