"""FTS5 MATCH expressions of a parsed query, over an index of plain and stem columns.

One expression reads both views of the text: words through their marked stems (any word of
their family), prefixes, phrases and lone stop words through the plain words, compounds
through their joined form or their parts near each other. Also the expressions that rank
(proximity), exclude (exclusion) and find a PDF's best page (any_term).
"""

from .query import Query, Term
from .stems import STEM_MARK, canonical_stem, stem_forms
from .tokens import STOP_WORDS, words


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
    if term.kind == "expanded":  # as typed (every word), or any other form (acronyms.py)
        typed = " AND ".join(_expression(t) for t in term.parts)
        others = ([f'"{t}"' for t in term.tokens if t.startswith(STEM_MARK)]  # indexed: ǂǂqpv
                  or [_expression(t) for t in term.forms])
        return _any_of([f"({typed})" if len(term.parts) > 1 else typed] + others)
    if term.kind == "form":  # a written-out form: its canonical stems near each other
        return _near(term.tokens)
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
        alternatives.append(_near([canonical_stem(p) for p in parts]))
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
    stems = list(dict.fromkeys(canonical_stem(t.tokens[0]) for t in query.clauses[0]
                               if t.kind == "word" and not t.negated and t.tokens[0] not in STOP_WORDS))
    return _near(stems) if 1 < len(stems) <= 8 else ""


def any_term(query: Query) -> str:
    """A MATCH expression for "any of the positive terms": finds the PDF page that matches best."""
    return " OR ".join(_term(t) for t in query.terms)
