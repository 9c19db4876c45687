"""The character layer of a PDF page with pypdfium2: words with their boxes, for extract.layout.

pdfium reads a page's characters many times faster than pdfminer (see benchmarks/README.md,
"PDF extraction"), so the text of every page comes from here; pdfplumber stays for tables.
Words are the runs of non-space characters of pdfium's text (pdfium inserts generated spaces
and line breaks where glyphs stand apart), with the loose boxes of their first and last
characters: font-height boxes, so that every word of a line has the same top and bottom.
"""

from __future__ import annotations

import re

from pypdfium2 import raw

_WORD = re.compile(r"\S+")
# Characters a broken text layer is made of: replacement char, private-use glyph codes, controls.
_BROKEN = re.compile(r"[\ufffd\ue000-\uf8ff\x00-\x08\x0e-\x1f]|\(cid:\d+\)")
BROKEN_SHARE = 0.3  # a text layer with this share of unreadable characters is no text layer


def page_words(textpage, page_height: float) -> list[dict]:
    """Words as pdfplumber's extract_words() gives them: text, x0, x1, top, bottom, upright.

    Two raw calls per word (its first and last characters' boxes): this loop is most of the
    cost of reading a page, so it stays flat.
    """
    text = textpage.get_text_range()
    if len(text) != textpage.count_chars():  # never seen; the indexes would not match the boxes
        text = "".join(textpage.get_text_range(i, 1) or " " for i in range(textpage.count_chars()))
    # pdfium marks a hyphen that ends a line as U+FFFE: it is a hyphen, to join (extract.hyphens).
    text = text.replace("\ufffe", "-")
    rect, box, handle = raw.FS_RECTF(), raw.FPDFText_GetLooseCharBox, textpage.raw
    words: list[dict] = []
    append = words.append
    for match in _WORD.finditer(text):
        start, end = match.span()
        box(handle, start, rect)
        x0, top, bottom = rect.left, rect.top, rect.bottom
        if end - 1 != start:
            box(handle, end - 1, rect)
        right, last_top, last_bottom = rect.right, rect.top, rect.bottom
        # One row from its first to its last character: one word. Else pdfium joined glyphs
        # that sit apart without a generated space between them. (_word inlined.)
        if right >= x0 and abs(last_top - top) < 0.5 * max(top - bottom, 1.0):
            append({"text": match.group(), "x0": x0, "x1": right,
                    "top": page_height - max(top, last_top),
                    "bottom": page_height - min(bottom, last_bottom), "upright": True})
        else:
            words.extend(_split_apart(textpage, match, page_height, rect))
    return words


def _box(textpage, index: int, page_height: float, rect) -> tuple[float, float, float, float]:
    raw.FPDFText_GetLooseCharBox(textpage.raw, index, rect)
    return rect.left, rect.right, page_height - rect.top, page_height - rect.bottom


def _split_apart(textpage, match, page_height: float, rect) -> list[dict]:
    """Per character: a new word wherever a glyph does not follow the previous one on its row."""
    words: list[dict] = []
    for index, char in enumerate(match.group(), match.start()):
        x0, x1, top, bottom = _box(textpage, index, page_height, rect)
        last = words[-1] if words else None
        if last and last["x1"] - 1 <= x0 and abs(last["top"] - top) < 0.5 * max(bottom - top, 1.0):
            last.update(text=last["text"] + char, x1=x1, bottom=max(last["bottom"], bottom))
        else:
            words.append(_word(char, x0, x1, top, bottom))
    return words


def _word(text: str, x0: float, x1: float, top: float, bottom: float) -> dict:
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "upright": True}


def broken(text: str) -> bool:
    """True if a text layer is mostly unreadable glyph codes (a font without a Unicode map)."""
    visible = re.sub(r"\s+", "", text)
    unreadable = sum(len(match) for match in _BROKEN.findall(visible))
    return bool(visible) and unreadable >= BROKEN_SHARE * len(visible)


def path_count(page, at_least: int) -> int:
    """How many vector paths (rules, cell borders) the page draws, counting up to `at_least`:
    a page without them has no ruled table, and pdfplumber's table finder is skipped.
    Top-level objects through the raw API: pypdfium2's get_objects wraps each one, 10x slower."""
    count = 0
    for index in range(raw.FPDFPage_CountObjects(page.raw)):
        if raw.FPDFPageObj_GetType(raw.FPDFPage_GetObject(page.raw, index)) == raw.FPDF_PAGEOBJ_PATH:
            count += 1
            if count >= at_least:
                break
    return count
