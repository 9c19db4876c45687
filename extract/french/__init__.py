"""French for search: accent folding, Snowball stems, and the query language.

Pure functions, no database. The index gets two views of each text: the plain words (FTS5's
own `unicode61 remove_diacritics 2` tokenizer) and the string made by `stem_text`, where each
word is replaced by its Snowball French stem, accents folded. A query is parsed once and turned
into one FTS5 MATCH expression over both views, so `commerces` finds `commerçant` through the
stems while `"boutique à l'essai"` still means those words in that order.

Modules: `tokens` (words, folding, stop words), `compounds` (`Saint-Denis`, `Q.P.V.`,
`CitésLab`), `stems` (the stemmed view, plurals and feminines), `query` (parse and unparse),
`match` (MATCH expressions), `spelling` (words one letter off), `acronyms` (acronyms and their
written-out forms searched together), `readable` (snippet text without page furniture or
repeated sentences), `highlight` (snippets). The names other packages use are imported here.
"""

from .acronyms import Acronyms, expand, sigles, stem_text_with
from .acronyms import load as load_acronyms
from .acronyms import read as read_acronyms
from .highlight import readable_snippet, snippet
from .match import any_term, exclusion, proximity, to_match
from .query import Query, Term, any_word, parse, unparse
from .readable import readable
from .spelling import RESPELLED_LENGTHS, distance, edits
from .stems import stem_forms, stem_text
from .tokens import fold, words

__all__ = ["RESPELLED_LENGTHS", "Acronyms", "Query", "Term", "any_term", "any_word", "distance",
           "edits", "exclusion", "expand", "fold", "load_acronyms", "parse", "proximity",
           "read_acronyms", "readable", "readable_snippet", "sigles", "snippet", "stem_forms",
           "stem_text", "stem_text_with", "to_match", "unparse", "words"]
