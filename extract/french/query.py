"""The query language: what a user types, read into terms, and written back as text.

`"boutique à l'essai" commerce* -vidéo OU innovation titre:emploi` becomes a Query of clauses
of Terms; match turns it into an FTS5 expression, highlight finds its words in a text, and
unparse writes it again for the suggestions. Anything typed is read as words: no query is an
error.
"""

import re
from dataclasses import dataclass, field

from .compounds import capital_parts, mixed_case
from .stems import STEM_MARK
from .tokens import STOP_WORDS, fold, words


@dataclass
class Term:
    # "word", "prefix", "phrase" or "compound" (Saint-Denis, co-working, CitésLab); acronyms
    # add "expanded" (an acronym or a written-out form, with its other forms) and "form" (a
    # written-out form, matched as a phrase of stems), see acronyms.py
    kind: str
    tokens: list[str]  # folded: the word, the prefix, or the words of a phrase or compound
    negated: bool = False
    raw: str = ""  # as typed: Snowball reads a word's accents; suggestions quote it
    column: str | None = None  # "title" for `titre:mot`
    parts: list["Term"] = field(default_factory=list)  # "expanded": the terms as typed (all of them)
    forms: list["Term"] = field(default_factory=list)  # "expanded": the other forms (any of them)

    @property
    def typed(self) -> str:
        return self.raw.lower()


@dataclass
class Query:
    """A parsed query: clauses joined by OR, each clause a list of terms joined by AND.
    `exclusions` holds the excluded terms of a query that has nothing else (`-vidéo`)."""
    clauses: list[list[Term]] = field(default_factory=list)
    exclusions: list[Term] = field(default_factory=list)

    @property
    def terms(self) -> list[Term]:
        return [t for clause in self.clauses for t in clause if not t.negated]

    def __bool__(self) -> bool:
        return bool(self.terms)


# Operators in capitals or not: French users type `emploi ou formation`, `emploi sauf jeunes`.
OPERATORS = {"AND": "AND", "ET": "AND", "OR": "OR", "OU": "OR", "NOT": "NOT", "SAUF": "NOT"}
FIELDS = {"titre": "title", "title": "title"}
MAX_TERMS = 32  # words of a query read; the rest (a pasted paragraph) is ignored
MIN_PREFIX = 3  # `a*` would read most of the index: a shorter prefix is read as a word
_QUERY_TOKEN = re.compile(r'([-+]?)(?:([^\W\d_]+):)?"([^"]*)"?|(\S+)')
_TYPED = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "＇": "'",
                        "“": '"', "”": '"', "«": '"', "»": '"', "„": '"', "‟": '"', "＂": '"',
                        "‐": "-", "‑": "-", "−": "-", STEM_MARK: " ", "\u00ad": None,
                        "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None,
                        "\ufeff": None})
# FTS5 and Lucene syntax with no meaning here: NEAR groups (their words stay), NEAR/3, boosts
# and fuzziness (`mot^2`, `mot~`).
_NEAR_GROUP = re.compile(r"\bNEAR\s*\(([^()]*?)(?:,\s*\d+\s*)?\)")
_SYNTAX = re.compile(r"\bNEAR\b(?:/\d+)?|(?<=\w)[\^~][\d.]*")
_WORD_OR_COMPOUND = re.compile(r"[^\W_]+(?:[-.][^\W_]+)*")


def parse(text: str) -> Query:
    """`"boutique à l'essai" commerce* -vidéo OU innovation titre:emploi` -> Query.

    Words are ANDed; OR/OU separates alternatives; NOT, SAUF or a leading `-` excludes (in
    capitals or not); `mot*` is a prefix; quotes (also « », “ ”) keep an exact phrase;
    `titre:` keeps a word or phrase to titles; elisions (l', d', qu', with ' or ’) are cut off;
    words joined by hyphens or dots are one compound (Saint-Denis, co-working, Q.P.V.). Stop
    words outside quotes are dropped unless nothing else is left. Anything else is read as
    words: no syntax error is possible.
    """
    text = _SYNTAX.sub(" ", _NEAR_GROUP.sub(r" \1 ", (text or "").translate(_TYPED)))
    clauses: list[list[Term]] = [[]]
    negate_next, column_next = False, None
    for m in _QUERY_TOKEN.finditer(text):
        sign, name, phrase, bare = m.groups()
        op = OPERATORS.get(bare.upper()) if bare else None
        if op:
            if op == "OR" and clauses[-1]:
                clauses.append([])
            negate_next = op == "NOT"
            continue
        if bare and bare.endswith(":") and _field(bare[:-1]):  # `titre: emploi`
            column_next = _field(bare[:-1])
            continue
        negated = negate_next or sign == "-"
        if phrase is not None:  # `"…"`, `-"…"`, `titre:"…"`; `mot:"…"` is a word and a phrase
            field_name = _field(name or "")
            new = _bare(name, negated) if name and not field_name else []
            new += _phrase(phrase, negated, field_name or column_next)
        else:
            new = _bare(bare, negate_next, column_next)
        clauses[-1].extend(new)
        negate_next, column_next = False, None
    kept = [_drop_stop_words(c) for c in _at_most(clauses, MAX_TERMS)
            if any(not t.negated for t in c)]
    if kept:
        return Query(kept)
    return Query([], [t for c in clauses for t in c if t.negated])


def _at_most(clauses: list[list[Term]], n: int) -> list[list[Term]]:
    out = []
    for clause in clauses:
        out.append(clause[:max(n, 0)])
        n -= len(clause)
    return out


def _phrase(text: str, negated: bool, column: str | None = None) -> list[Term]:
    tokens = [fold(w) for w in words(text)]
    return [Term("phrase", tokens, negated, text.strip(), column)] if tokens else []


def _field(name: str) -> str | None:
    """The column of a field name (`titre`, `title`, FTS5's `{title}`), else None."""
    return FIELDS.get(fold(name.strip("{}")))


def _bare(raw: str, negated: bool, column: str | None = None) -> list[Term]:
    """Terms of one whitespace-free piece of a query: `-l'auto-entrepreneur*` and the like."""
    signs, raw = _signs(raw)
    name, colon, rest = raw.partition(":")
    if colon and _field(name) and rest:  # titre:emploi, -titre:emploi, titre:-emploi
        column, (more, raw) = _field(name), _signs(rest)
        signs += more
    negated = negated or "-" in signs
    terms = []
    for piece in raw.split("'"):  # elisions: l'emploi, qu'il, d’entreprises
        terms += [_term_of(m.group(), negated, column) for m in _WORD_OR_COMPOUND.finditer(piece)]
    if terms and raw.rstrip(")]}.,;:!?").endswith("*") and terms[-1].kind == "word":
        if len(terms[-1].tokens[0]) >= MIN_PREFIX:
            terms[-1].kind = "prefix"
    return terms


def _signs(raw: str) -> tuple[str, str]:
    """(`-`/`+` signs in front, the rest): `-emploi` -> ('-', 'emploi')."""
    rest = raw.lstrip("-+")
    return raw[:len(raw) - len(rest)], rest


def _term_of(text: str, negated: bool, column: str | None) -> Term:
    parts = words(text)
    if len(parts) == 1 and mixed_case(text):
        parts = capital_parts(text)  # CitésLab
    elif len(parts) > 1 and all(len(p) == 1 for p in parts):  # Q.P.V.
        text, parts = "".join(parts), ["".join(parts)]
    if len(parts) == 1:
        return Term("word", [fold(text)], negated, text, column)
    return Term("compound", [fold(p) for p in parts], negated, text, column)


def _drop_stop_words(clause: list[Term]) -> list[Term]:
    kept = [t for t in clause if not (t.kind == "word" and t.tokens[0] in STOP_WORDS)]
    return kept if any(not t.negated for t in kept) else clause


def unparse(query: Query, quotes: bool = True) -> str:
    """A query's text again, as the parser reads it (stop words outside quotes left out): what
    a suggestion proposes. `quotes=False`: phrases as plain words."""
    return " OU ".join(" ".join(_text(t, quotes) for t in clause) for clause in query.clauses)


def any_word(query: Query) -> str:
    """`a OU b OU c` for a query `a b c`."""
    return " OU ".join(_text(t) for t in query.terms)


def _text(term: Term, quotes: bool = True) -> str:
    if term.kind == "phrase":
        text = f'"{term.raw}"' if quotes else term.raw
    else:
        text = term.raw + ("*" if term.kind == "prefix" else "")
    return ("-" if term.negated else "") + ("titre:" if term.column else "") + text
