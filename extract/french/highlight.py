"""Highlighting: where a query's terms stand in a text, and the snippet around the best of them.

Done in Python on the stored text rather than by FTS5's snippet(): the words are matched as
the index matches them (folded words, stems, prefixes, phrases), and only as far as the first
matches are read, so a long text costs no more than a short one.
"""

import re

from .query import Query
from .readable import SHORT_CHARS, readable
from .stems import stem_forms
from .tokens import STOP_WORDS, WORD, fold

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
    for m in WORD.finditer(text or ""):
        word, stems = _keys(m.group())
        if (word in wanted["words"] or not wanted["stems"].isdisjoint(stems)
                or (wanted["prefixes"] and word.startswith(wanted["prefixes"]))):
            found.append(m.span())
        elif word in wanted["phrase_starts"]:
            found.extend(_phrase_at(text, m, wanted["phrases"]))
        elif wanted["form_starts"] and not wanted["form_starts"].isdisjoint(stems):
            found.extend(_form_at(text, m, wanted["forms"]))
        if len(found) >= limit:
            break
    return sorted(set(found))


def _terms(query: Query) -> list:
    """The query's terms, an acronym's (acronyms.py) as its typed words and its other forms."""
    return [x for t in query.terms for x in ([*t.parts, *t.forms] if t.kind == "expanded" else [t])]


def _wanted(query: Query) -> dict:
    terms = _terms(query)
    phrases = [t.tokens for t in terms if t.kind == "phrase"]
    forms = [t.tokens for t in terms if t.kind == "form"]
    return {
        "forms": forms,
        "form_starts": {f[0] for f in forms},
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
                                              WORD.finditer(text, first.end()))]
    for tokens in phrases:
        window = following[:len(tokens)]
        if [_fold_word(m.group()) for m in window] == tokens:
            return [m.span() for m in window]
    return []


def _form_at(text, first, forms) -> list[tuple[int, int]]:
    """The words of a written-out form (canonical stems) starting at `first`, stop words
    between them included: `quartiers prioritaires de la politique de la ville`."""
    first_stems = _keys(first.group())[1]
    for stems in forms:
        spans = _form_spans(text, first, stems) if stems[0] in first_stems else []
        if spans:
            return spans
    return []


def _form_spans(text, first, stems) -> list[tuple[int, int]]:
    spans, following = [first.span()], WORD.finditer(text, first.end())
    for stem in stems[1:]:
        for m in following:
            folded, stems_of = _keys(m.group())
            if stem in stems_of:
                spans.append(m.span())
                break
            if folded not in STOP_WORDS:
                return []
        else:
            return []
    return spans


def readable_snippet(text: str, query: Query, labels=(), chars: int = 280) -> list[tuple[str, bool]]:
    """The snippet of a text without page furniture and with each sentence once (readable.py):
    the sentences around the best matches are cleaned, then the snippet is cut from them.
    Cleaning a whole 13,000-character body took 20 ms, a page of 20 hits' first lines 12 ms;
    the snippet's own sentences take about 0.2 ms a hit, and nothing when they stand within
    one long line (measured, benchmarks/README.md). A summary that repeats the body's first
    sentence stands within those sentences when the match is at the start."""
    if not text:
        return []
    hits = matches(text, query)
    start = _best_start(hits, chars)
    begin = _sentence_start(text, start)
    end = _sentence_end(text, start + chars)
    region = text[begin:end]
    if "\n" in region or len(region) < SHORT_CHARS:
        out = snippet(readable(region, labels), query, chars)
    else:  # within one long line: no furniture line, no summary and body; the matches kept
        out = _cut(region, [(s - begin, e - begin) for s, e in hits if s >= begin and e <= end], chars)
    if begin > 0 and out[:1] != [("… ", False)]:
        out.insert(0, ("… ", False))
    if end < len(text) and out[-1:] != [(" …", False)]:
        out.append((" …", False))
    return out


_SENTENCE_BOUNDARY = re.compile(r"\n|(?<=[.!?…])\s")
LOOK = 160  # characters searched for a sentence's start or end


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence or line holding `pos` starts (or `pos`, if none within LOOK)."""
    low = max(0, pos - LOOK)
    found = [m.end() for m in _SENTENCE_BOUNDARY.finditer(text, low, pos)]
    return found[-1] if found else (0 if low == 0 else pos)


def _sentence_end(text: str, pos: int) -> int:
    if pos >= len(text):
        return len(text)
    m = _SENTENCE_BOUNDARY.search(text, pos, pos + LOOK // 2)
    return m.start() if m else pos


def snippet(text: str, query: Query, chars: int = 280) -> list[tuple[str, bool]]:
    """About `chars` characters of `text` around its densest matches, as (text, matched)
    segments: the caller escapes and marks them up. Reads only as far as the first matches,
    so a long text costs no more than a short one.
    """
    if not text:
        return []
    return _cut(text, matches(text, query), chars)


def _cut(text: str, hits: list[tuple[int, int]], chars: int) -> list[tuple[str, bool]]:
    """The snippet of `text` around the densest of `hits` (its matches, in order)."""
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
