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


def fold(text: str) -> str:
    """Lower case, accents and ligatures off: `Œuvre Économique` -> `oeuvre economique`."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES).lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    return _WORD.findall(text or "")


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


def _canonical(folded: str) -> str:
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


# Words joined by hyphens or dots (`co-working`, `Saint-Denis`, `Q.P.V.`, `covid-19`) and words
# with inner capitals (`CitésLab`): indexed also as one word (`coworking`, `qpv`) and, for the
# latter, as their parts (`Cités Lab`), so that either spelling finds the other. Found from
# their rare joints and capitals, then read whole: a third of the cost of matching every word.
_JOINED = re.compile(r"[^\W_]+(?:[-.‐‑][^\W_]+)+")
_JOINT = re.compile(r"[-.‐‑](?<=[^\W_].)(?=[^\W_])")
_CAPITAL_INSIDE = re.compile(r"[A-ZÀ-ÖØ-Þ](?<=[a-zß-öø-ÿ].)")
_INNER_CAPITAL = re.compile(r"(?<=[a-zß-öø-ÿ])(?=[A-ZÀ-ÖØ-Þ])")
MAX_JOINED = 5  # parts of a compound; more is a URL's slug


def _mixed_case(word: str) -> bool:
    return not (word.islower() or word.isupper() or word.istitle())


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


def _joined_forms(text: str) -> list[str]:
    """The extra words of a text: joined compounds, then the parts of mixed-case words."""
    joined = [words(c) for c in _whole(text, _JOINED, _JOINT)]
    return (["".join(parts) for parts in joined if len(parts) <= MAX_JOINED]
            + [p for w in _whole(text, _WORD, _CAPITAL_INSIDE) for p in _INNER_CAPITAL.sub(" ", w).split()])


def stem_text(text: str | None) -> str:
    """The stemmed view of a text, for the stem columns of the index: marked stems, then those
    of its joined compounds and mixed-case words' parts (after the text: phrases and proximity
    within the text are unchanged)."""
    if not text:
        return ""
    stems = [m for m in map(_marked, words(text)) if m]
    stems += [m for m in map(_marked, _joined_forms(text)) if m]
    return " ".join(stems)


# ---------- queries ----------
@dataclass
class Term:
    kind: str  # "word", "prefix", "phrase" or "compound" (Saint-Denis, co-working, CitésLab)
    tokens: list[str]  # folded: the word, the prefix, or the words of a phrase or compound
    negated: bool = False
    raw: str = ""  # as typed: Snowball reads a word's accents; suggestions quote it
    column: str | None = None  # "title" for `titre:mot`

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
    if len(parts) == 1 and _mixed_case(text):
        parts = _INNER_CAPITAL.sub(" ", text).split()  # CitésLab
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


# ---------- spelling ----------
RESPELLED_LENGTHS = range(4, 31)  # of the words a suggestion may respell
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def edits(word: str) -> set[str]:
    """Every folded word one letter off: one deleted, swapped with the next, changed or added."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return ({a + b[1:] for a, b in splits if b}
            | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
            | {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
            | {a + c + b for a, b in splits for c in _LETTERS}) - {word}


def distance(a: str, b: str) -> int:
    """Letters to delete, add, change or swap (with the next) to make b of a."""
    previous2, previous = [], list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], previous2[j - 2] + 1)
        previous2, previous = previous, row
    return previous[-1]


def to_match(query: Query, columns: bool = True) -> str:
    """The FTS5 MATCH expression of a query, for a table of plain and stem columns.

    A word matches one of its marked stems (so any word of its family, typed with or without
    accents); prefixes, phrases and lone stop words match plain words; a compound matches its
    joined form or its parts near each other. Returns '' for an empty query: callers must not
    run MATCH ''. `columns=False` drops `titre:` (for pages_search, which has no title).
    """
    clauses = [_clause(c, columns) for c in query.clauses]
    clauses = [c for c in clauses if c]
    return " OR ".join(f"({c})" for c in clauses) if len(clauses) > 1 else "".join(clauses)


def exclusion(query: Query) -> str:
    """The MATCH expression of the documents a query of exclusions only (`-vidéo`) leaves out."""
    return " OR ".join(_term(t, columns=True) for t in query.exclusions)


def _clause(terms: list[Term], columns: bool = True) -> str:
    positive = [_term(t, columns) for t in terms if not t.negated]
    negative = [_term(t, columns) for t in terms if t.negated]
    if not positive:
        return ""
    return " AND ".join(positive) + "".join(f" NOT {n}" for n in negative)


def _term(term: Term, columns: bool = False) -> str:
    expression = _expression(term)
    return f"{{title title_stem}} : ({expression})" if columns and term.column else expression


def _expression(term: Term) -> str:
    if term.kind == "phrase":
        return f'"{" ".join(term.tokens)}"'
    if term.kind == "prefix":
        return f'"{term.tokens[0]}"*'
    if term.kind == "compound":
        return _compound(term)
    stems = stem_forms(term.typed or term.tokens[0]).split()
    if not stems:  # a stop word kept because the query has nothing else
        return f'"{term.tokens[0]}"'
    return _any_of([f'"{STEM_MARK}{s}"' for s in stems])


def _any_of(alternatives: list[str]) -> str:
    return alternatives[0] if len(alternatives) == 1 else f'({" OR ".join(alternatives)})'


def _compound(term: Term) -> str:
    """`co-working`: the joined word (`coworking`, as the index also has it), or the parts
    within a few words of each other (the stems of the text leave stop words out)."""
    joined = stem_forms("".join(words(term.typed))).split()
    alternatives = [f'"{STEM_MARK}{s}"' for s in joined]
    parts = [p for p in term.tokens if p not in STOP_WORDS]
    if len(parts) > 1:
        alternatives.append(_near([_canonical(p) for p in parts]))
    elif parts:
        alternatives += [f'"{STEM_MARK}{s}"' for s in stem_forms(parts[0]).split() if s not in joined]
    return _any_of(alternatives) if alternatives else f'"{" ".join(term.tokens)}"'


def _near(stems: list[str]) -> str:
    """NEAR group of marked stems: each word of the text has one to three stems, stop words none."""
    phrases = " ".join(f'"{STEM_MARK}{s}"' for s in stems)
    return f"NEAR({phrases}, {2 * (len(stems) - 1)})"


def proximity(query: Query) -> str:
    """For a query of several words (one clause), the MATCH expression of the documents where
    they stand together: those rank higher (`Pôle emploi`, `politique de la ville`). '' when
    there is nothing to bring together."""
    if len(query.clauses) != 1:
        return ""
    stems = list(dict.fromkeys(_canonical(t.tokens[0]) for t in query.clauses[0]
                               if t.kind == "word" and not t.negated and t.tokens[0] not in STOP_WORDS))
    return _near(stems) if 1 < len(stems) <= 8 else ""


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
        "stems": {s for t in terms if t.kind in ("word", "compound")
                  for w in ([t.typed] if t.kind == "word" else t.tokens)
                  for s in stem_forms(w).split()},
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
