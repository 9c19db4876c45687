"""Text normalisation shared by every extractor."""

import re
import unicodedata

# Typographic ligatures that PDF producers emit as single code points.
LIGATURES = {
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
    "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st",
}
# Invisible characters: soft hyphen, zero-width spaces and joiners, BOM.
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
# Spaces that are not U+0020: tab, no-break (French typography puts them before : ; ! ?), thin...
ODD_SPACES = "\t\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))

_REPLACE = {**LIGATURES, **{c: "" for c in INVISIBLE}, **{c: " " for c in ODD_SPACES},
            "\u2028": "\n", "\u2029": "\n", "\f": "\n", "\v": "\n"}
# A regex finds the few characters to replace: str.translate with a dict looks up every
# character of the text in Python, ten times slower on a page of text.
_ODD = re.compile("[" + re.escape("".join(_REPLACE)) + "]")
# Control characters left by broken PDF text layers (keep \n).
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")
_SPACES = re.compile(r" {2,}")
_BLANK_LINES = re.compile(r"\n{3,}")
_ANY_WS = re.compile(r"\s+")


def clean_text(s: str | None) -> str:
    """Normalise extracted text, keeping its line structure.

    NFC, ligatures expanded, soft hyphens and zero-width characters removed, every kind of space
    made a plain space, runs of spaces collapsed, each line stripped, 3+ newlines made 2.
    """
    if not s:
        return ""
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    s = unicodedata.normalize("NFC", _ODD.sub(lambda m: _REPLACE[m[0]], s))
    s = _CONTROL.sub("", s)
    s = _SPACES.sub(" ", s)
    s = "\n".join(line.strip() for line in s.split("\n"))
    return _BLANK_LINES.sub("\n\n", s).strip()


def collapse_ws(s: str | None) -> str:
    """One line: clean_text, then every whitespace run (newlines too) becomes one space."""
    return _ANY_WS.sub(" ", clean_text(s)).strip()
