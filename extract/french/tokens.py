"""Words as search sees them: cut out of a text, folded, and the stop words that mean nothing.

The index, the queries and the highlighting all cut and fold words here, so that a word typed
in a query and the same word in a document compare equal whatever their accents, case and
ligatures.
"""

import re
import unicodedata

WORD = re.compile(r"[^\W_]+")  # letters and digits: what unicode61 keeps as token characters
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
    return WORD.findall(text or "")
