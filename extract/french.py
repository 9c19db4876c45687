"""French for search: accent folding, Snowball stems, and the query language.

Pure functions, no database. The index gets two views of each text: the plain words (FTS5's
own `unicode61 remove_diacritics 2` tokenizer) and the string made by `stem_text`, where each
word is replaced by its Snowball French stem, accents folded. A query is parsed once and turned
into one FTS5 MATCH expression over both views, so `commerces` finds `commerçant` through the
stems while `"boutique à l'essai"` still means those words in that order.

PyStemmer (the Snowball C library) rather than the pure-Python snowballstemmer: same algorithm,
same stems, and about 90 times faster uncached (0.08 µs against 6.8 µs a word, measured on the
replica vocabulary), which decides whether a 100,000-document build takes seconds or half an hour.
"""

import re
import unicodedata
from dataclasses import dataclass, field

import Stemmer

_STEMMER = Stemmer.Stemmer("french")
# Stems are indexed with this mark in front, so that no plain word can ever equal a stem: a
# MATCH expression then needs no column filter (which costs FTS5 a walk of every position list:
# twice the time of a typical ranked query on 100,000 documents, measured).
STEM_MARK = "ǂ"
_WORD = re.compile(r"[^\W_]+")  # letters and digits: what unicode61 keeps as token characters
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "Œ": "oe", "Æ": "ae", "ß": "ss"})

# Snowball's French stop list, trimmed to the forms that carry no search meaning.
STOP_WORDS = frozenset("""
a à afin ai au aux avec c ce ces cet cette d dans de des du elle elles en et eu il ils j je l la
le les leur leurs lui m ma mais me mes moi mon n ne nos notre nous on ou par pas pour qu que qui
s sa se ses son sur t ta te tes toi ton tu un une vos votre vous y été être est sont ont
""".split())
OPERATORS = {"AND": "AND", "ET": "AND", "OR": "OR", "OU": "OR", "NOT": "NOT", "SAUF": "NOT"}


def fold(text: str) -> str:
    """Lower case, accents and ligatures off: `Œuvre Économique` -> `oeuvre economique`."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES).lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    return _WORD.findall(text or "")


_FORMS: dict[str, str] = {}


def stem_forms(word: str) -> str:
    """The indexed stem(s) of one word, space-separated; '' for a stop word.

    Snowball reads accents (`activité` -> `activ`), but a query may be typed without them
    (`activite` -> `activit`): each word is indexed under both stems when they differ, so a
    query reaches the same documents with or without accents.
    """
    key = word.lower()
    forms = _FORMS.get(key)
    if forms is None:
        if fold(key) in STOP_WORDS:
            forms = ""
        else:
            folded = fold(key)
            both = {fold(_STEMMER.stemWord(key)), _STEMMER.stemWord(folded)}
            forms = " ".join(sorted(both))
        if len(_FORMS) > 500_000:  # a bound for pathological corpora; normal French is far below
            _FORMS.clear()
        _FORMS[key] = forms
    return forms


_MARKED: dict[str, str] = {}


def _marked(word: str) -> str:
    marked = _MARKED.get(word)
    if marked is None:
        if len(_MARKED) > 500_000:
            _MARKED.clear()
        marked = _MARKED[word] = " ".join(STEM_MARK + s for s in stem_forms(word).split())
    return marked


def stem_text(text: str | None) -> str:
    """The stemmed view of a text, for the stem columns of the index: marked stems."""
    if not text:
        return ""
    return " ".join(m for m in map(_marked, words(text)) if m)


# ---------- queries ----------
@dataclass
class Term:
    kind: str  # "word", "prefix" or "phrase"
    tokens: list[str]  # folded
    negated: bool = False
    typed: str = ""  # a word as typed (lower case): Snowball reads its accents


@dataclass
class Query:
    """A parsed query: clauses joined by OR, each clause a list of terms joined by AND."""
    clauses: list[list[Term]] = field(default_factory=list)

    @property
    def terms(self) -> list[Term]:
        return [t for clause in self.clauses for t in clause if not t.negated]

    def __bool__(self) -> bool:
        return bool(self.terms)


_QUERY_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')


def parse(text: str) -> Query:
    """`"boutique à l'essai" commerce* -vidéo OR innovation` -> Query.

    Words are ANDed; OR (or OU) separates alternatives; NOT, SAUF or a leading `-` excludes;
    `mot*` is a prefix; quotes keep an exact phrase. Stop words outside quotes are dropped
    unless nothing else is left. Anything else is read as words: no syntax error is possible.
    """
    clauses: list[list[Term]] = [[]]
    negate_next = False
    for m in _QUERY_TOKEN.finditer(text or ""):
        if m.group(3) in OPERATORS:
            op = OPERATORS[m.group(3)]
            if op == "OR" and clauses[-1]:
                clauses.append([])
            negate_next = op == "NOT"
            continue
        if m.group(2) is not None:
            new = _phrase(m.group(2), bool(m.group(1)) or negate_next)
        else:
            new = _bare(m.group(3), negate_next)
        clauses[-1].extend(new)
        negate_next = False
    return Query([_drop_stop_words(c) for c in clauses if any(not t.negated for t in c)])


def _phrase(text: str, negated: bool) -> list[Term]:
    tokens = [fold(w) for w in words(text)]
    return [Term("phrase", tokens, negated)] if tokens else []


def _bare(raw: str, negated: bool) -> list[Term]:
    if raw.startswith("-") and len(raw) > 1:
        raw, negated = raw[1:], True
    prefix = raw.endswith("*")
    terms = [Term("word", [fold(w)], negated, w.lower()) for w in words(raw)]
    if prefix and terms:
        terms[-1].kind = "prefix"
    return terms


def _drop_stop_words(clause: list[Term]) -> list[Term]:
    kept = [t for t in clause if not (t.kind == "word" and t.tokens[0] in STOP_WORDS)]
    return kept if any(not t.negated for t in kept) else clause


def to_match(query: Query) -> str:
    """The FTS5 MATCH expression of a query, for a table of plain and stem columns.

    A word matches one of its marked stems (so any word of its family, typed with or without
    accents); prefixes, phrases and lone stop words match plain words. Returns '' for an empty
    query: callers must not run MATCH ''.
    """
    clauses = [_clause(c) for c in query.clauses]
    clauses = [c for c in clauses if c]
    return " OR ".join(f"({c})" for c in clauses) if len(clauses) > 1 else "".join(clauses)


def _clause(terms: list[Term]) -> str:
    positive = [_term(t) for t in terms if not t.negated]
    negative = [_term(t) for t in terms if t.negated]
    if not positive:
        return ""
    return " AND ".join(positive) + "".join(f" NOT {n}" for n in negative)


def _term(term: Term) -> str:
    if term.kind == "phrase":
        return f'"{" ".join(term.tokens)}"'
    if term.kind == "prefix":
        return f'"{term.tokens[0]}"*'
    stems = stem_forms(term.typed or term.tokens[0]).split()
    if not stems:  # a stop word kept because the query has nothing else
        return f'"{term.tokens[0]}"'
    marked = [f'"{STEM_MARK}{s}"' for s in stems]
    return marked[0] if len(marked) == 1 else f'({" OR ".join(marked)})'


def any_term(query: Query) -> str:
    """A MATCH expression for "any of the positive terms": finds the PDF page that matches best."""
    return " OR ".join(_term(t) for t in query.terms)


# ---------- highlighting ----------
_KEYS: dict[str, tuple[str, frozenset]] = {}


def _keys(word: str) -> tuple[str, frozenset]:
    """(folded form, stems) of a word as written in a text, cached: highlighting reads many."""
    keys = _KEYS.get(word)
    if keys is None:
        if len(_KEYS) > 500_000:
            _KEYS.clear()
        keys = _KEYS[word] = (fold(word), frozenset(stem_forms(word).split()))
    return keys


def _fold_word(word: str) -> str:
    return _keys(word)[0]


def matches(text: str, query: Query, limit: int = 10) -> list[tuple[int, int]]:
    """(start, end) of the first `limit` words of `text` that the query's terms match."""
    wanted = _wanted(query)
    found: list[tuple[int, int]] = []
    for m in _WORD.finditer(text or ""):
        word, stems = _keys(m.group())
        if (word in wanted["words"] or not wanted["stems"].isdisjoint(stems)
                or (wanted["prefixes"] and word.startswith(wanted["prefixes"]))):
            found.append(m.span())
        elif word in wanted["phrase_starts"]:
            found.extend(_phrase_at(text, m, wanted["phrases"]))
        if len(found) >= limit:
            break
    return sorted(set(found))


def _wanted(query: Query) -> dict:
    terms = query.terms
    phrases = [t.tokens for t in terms if t.kind == "phrase"]
    return {
        "words": {t.tokens[0] for t in terms if t.kind == "word"},
        "prefixes": tuple(t.tokens[0] for t in terms if t.kind == "prefix"),
        "stems": {s for t in terms if t.kind == "word"
                  for s in stem_forms(t.typed or t.tokens[0]).split()},
        "phrases": phrases,
        "phrase_starts": {p[0] for p in phrases},
    }


def _phrase_at(text, first, phrases) -> list[tuple[int, int]]:
    following = [first] + [m for _, m in zip(range(max(map(len, phrases)) - 1),
                                              _WORD.finditer(text, first.end()))]
    for tokens in phrases:
        window = following[:len(tokens)]
        if [_fold_word(m.group()) for m in window] == tokens:
            return [m.span() for m in window]
    return []


def snippet(text: str, query: Query, chars: int = 280) -> list[tuple[str, bool]]:
    """About `chars` characters of `text` around its densest matches, as (text, matched)
    segments: the caller escapes and marks them up. Reads only as far as the first matches,
    so a long text costs no more than a short one.
    """
    if not text:
        return []
    hits = matches(text, query)
    start = _best_start(hits, chars)
    if start > 0:
        start = _word_start(text, start)
    end = min(len(text), start + chars)
    if end < len(text):
        end = max(text.rfind(" ", start, end), max((e for s, e in hits if e <= end), default=0), start + 1)
    out = [("… ", False)] if start > 0 else []
    pos = start
    for s, e in hits:
        if s >= pos and e <= end:
            out += [(text[pos:s], False)] if s > pos else []
            out.append((text[s:e], True))
            pos = e
    out += [(text[pos:end], False)] if pos < end else []
    return out + ([(" …", False)] if end < len(text) else [])


def _best_start(hits, chars) -> int:
    """Where to start so the window holds the most matches (earliest wins), with some lead-in."""
    if not hits:
        return 0
    best, best_count = hits[0][0], 0
    for s, _ in hits:
        count = sum(1 for x, _ in hits if s <= x < s + chars * 3 // 4)
        if count > best_count:
            best, best_count = s, count
    return max(0, best - chars // 5)


def _word_start(text, pos) -> int:
    space = text.find(" ", pos)
    return space + 1 if 0 <= space < pos + 30 else pos
