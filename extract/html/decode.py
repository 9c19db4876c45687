"""Page bytes to a tree: the charset found as a browser would, then lxml's parse.

Pages lie about their charset (Latin-1 declared on UTF-8 bytes, UTF-8 declared on cp1252), so
the declaration is checked against the bytes before it is trusted.
"""

import codecs
import re

from bs4 import BeautifulSoup

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.I)
# Labels that browsers read as windows-1252 (WHATWG Encoding standard).
_AS_CP1252 = {"latin-1", "iso8859-1", "ascii", "cp1252"}


def _codec(label: str | bytes | None) -> str | None:
    if isinstance(label, bytes):
        label = label.decode("ascii", "ignore")
    try:
        name = codecs.lookup(label.strip()).name if label else None
    except LookupError:
        return None
    return "cp1252" if name in _AS_CP1252 else name


def _is_utf8_text(data: bytes) -> bool:
    """Valid UTF-8 with some non-ASCII: real UTF-8 (mislabelled pages exist), not an accident."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return not data.isascii()


def decode_html(data: str | bytes, encoding: str | None = None) -> str:
    """Page bytes as text: BOM, then the given or declared charset, then UTF-8, cp1252, latin-1.

    `encoding` is the HTTP header's charset when known. A page declaring a single-byte charset
    whose bytes are valid UTF-8 is read as UTF-8; a page declaring UTF-8 that is not falls back
    to cp1252 (then latin-1, which never fails).
    """
    if isinstance(data, str):
        return data
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(name, "replace")
    head = data[:4096]
    found = _CHARSET.search(head) or _XML_ENCODING.search(head)
    declared = _codec(encoding) or _codec(found and found[1])
    if declared and declared != "utf-8" and _is_utf8_text(data):
        declared = "utf-8"
    for name in dict.fromkeys(filter(None, (declared, "utf-8", "cp1252"))):
        try:
            return data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("latin-1")


def parse(html: str | bytes) -> BeautifulSoup:
    """A BeautifulSoup tree (lxml parser) of the decoded page."""
    return BeautifulSoup(decode_html(html), "lxml")
