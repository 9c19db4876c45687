"""The character layer of a PDF page with pypdfium2: words with their boxes, for extract.layout.

pdfium reads a page's characters many times faster than pdfminer (see benchmarks/README.md,
"PDF extraction"), so the text of every page comes from here (and the cells of tables, through
extract.tables).
Words are the runs of non-space characters of pdfium's text (pdfium inserts generated spaces
and line breaks where glyphs stand apart), with the loose boxes of their first and last
characters: font-height boxes, so that every word of a line has the same top and bottom.
"""

from __future__ import annotations

import ctypes
import math
import re
import struct

from pypdfium2 import raw

from extract.layout import Word

_WORD = re.compile(r"\S+")
# Characters a broken text layer is made of: replacement char, private-use glyph codes, controls.
_BROKEN = re.compile(r"[\ufffd\ue000-\uf8ff\x00-\x08\x0e-\x1f]|\(cid:\d+\)")
BROKEN_SHARE = 0.3  # a text layer with this share of unreadable characters is no text layer
ANGLE = 0.01  # radians: a character turned less than this is upright


# FPDFText_GetLooseCharBox called without ctypes' argument conversion, into a buffer read in
# one unpack: through pypdfium2's FS_RECTF and its fields, reading a word's boxes costs 1.7
# times as much, and it is done for every word (benchmarks/README.md, "PDF extraction").
_LOOSE_BOX = ctypes.CFUNCTYPE(ctypes.c_int)(ctypes.cast(raw.FPDFText_GetLooseCharBox, ctypes.c_void_p).value)
_RECT = struct.Struct("4f").unpack_from  # FS_RECTF: left, top, right, bottom


def page_words(textpage, page_height: float) -> tuple[list[Word], list[str]]:
    """The page's upright words as extract.layout reads them, (x0, x1, top, bottom, text) in
    points from the top, in the content stream's order; and its rotated words' texts.

    Two raw calls per word (its first and last characters' boxes): this loop is most of the
    cost of reading a page, so it stays flat.
    """
    text = textpage.get_text_range()
    if len(text) != textpage.count_chars():  # never seen; the indexes would not match the boxes
        text = "".join(textpage.get_text_range(i, 1) or " " for i in range(textpage.count_chars()))
    # pdfium marks a hyphen that ends a line as U+FFFE: it is a hyphen, to join (extract.hyphens).
    text = text.replace("\ufffe", "-")
    boxes = Boxes(textpage, page_height)
    box, unpack, handle, rect, buffer = _LOOSE_BOX, _RECT, boxes.handle, boxes.rect, boxes.buffer
    words: list[Word] = []
    rotated: list[str] = []
    append = words.append
    for match in _WORD.finditer(text):
        start, end = match.span()
        box(handle, start, rect)
        x0, top, right, bottom = unpack(buffer)
        if end - 1 != start:
            box(handle, end - 1, rect)
            _, last_top, right, last_bottom = unpack(buffer)
        else:
            last_top, last_bottom = top, bottom
        # One row from its first to its last character: one word. Else pdfium joined glyphs
        # that sit apart without a generated space between them.
        if right >= x0 and abs(last_top - top) < 0.5 * max(top - bottom, 1.0):
            append((x0, right, page_height - (top if top > last_top else last_top),
                    page_height - (bottom if bottom < last_bottom else last_bottom), match.group()))
        elif not upright(raw.FPDFText_GetCharAngle(textpage.raw, start)):
            # Rotated text (a margin label, a rotated table): its characters come in order,
            # one word, which extract.layout keeps out of the flow.
            rotated.append(match.group())
        else:
            words.extend(_split_apart(boxes, match))
    return words, rotated


def upright(angle: float) -> bool:
    """True for pdfium's angle of an upright character: radians from 0 to 2π (-1: unknown)."""
    return angle < ANGLE or angle > 2 * math.pi - ANGLE


class Boxes:
    """Loose boxes of a text page's characters, top-down: (x0, x1, top, bottom)."""

    def __init__(self, textpage, page_height: float):
        self.buffer = (ctypes.c_float * 4)()
        self.rect = ctypes.c_void_p(ctypes.addressof(self.buffer))
        self.handle = ctypes.cast(textpage.raw, ctypes.c_void_p)
        self.page_height = page_height

    def __call__(self, index: int) -> tuple[float, float, float, float]:
        _LOOSE_BOX(self.handle, index, self.rect)
        left, top, right, bottom = _RECT(self.buffer)
        return left, right, self.page_height - top, self.page_height - bottom


def _split_apart(boxes: Boxes, match) -> list[Word]:
    """Per character: a new word wherever a glyph does not follow the previous one on its row."""
    words: list[list] = []  # [x0, x1, top, bottom, text]
    for index, char in enumerate(match.group(), match.start()):
        x0, x1, top, bottom = boxes(index)
        last = words[-1] if words else None
        if last and last[1] - 1 <= x0 and abs(last[2] - top) < 0.5 * max(bottom - top, 1.0):
            last[1], last[3], last[4] = x1, max(last[3], bottom), last[4] + char
        else:
            words.append([x0, x1, top, bottom, char])
    return [tuple(word) for word in words]


def broken(text: str) -> bool:
    """True if a text layer is mostly unreadable glyph codes (a font without a Unicode map)."""
    if not _BROKEN.search(text):  # most pages: nothing to count
        return False
    visible = re.sub(r"\s+", "", text)
    unreadable = sum(len(match) for match in _BROKEN.findall(visible))
    return bool(visible) and unreadable >= BROKEN_SHARE * len(visible)
