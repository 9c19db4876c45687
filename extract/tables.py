"""Ruled tables of a pypdfium2 page, found by pdfplumber's own table finder.

pdfplumber's TableFinder reads two things of a page: its edges (the sides of drawn lines and
rectangles) and, for the cells' text, its characters. pdfminer parses the whole page to give
them, about 16 ms for a page with a table, more than pdfium takes to read the page and lay out
its text (benchmarks/README.md, "PDF extraction"). Here pdfium gives them, in pdfplumber's
shapes and coordinates (top-down, in points), and the finder and the cell extraction are
pdfplumber's, with its default settings, as `page.extract_tables()` runs them.
"""

from __future__ import annotations

import ctypes
from functools import cached_property
from itertools import islice

from pdfplumber.table import TableFinder, TableSettings
from pypdfium2 import raw

from extract.chars import Boxes, upright
from extract.clean import clean_text

MIN_PATHS = 4  # vector paths a page draws before a ruled table is looked for (a grid needs 4+)
FLAT = 0.01  # points: a segment this close to level (or plumb) is a horizontal (vertical) edge
MAX_DEPTH = 2  # form XObjects inside form XObjects: as deep as tables are drawn in practice
_SETTINGS = TableSettings.resolve(None)


def path_count(page, at_least: int = MIN_PATHS) -> int:
    """How many vector paths the page draws, inside forms too, counting up to `at_least`: a
    page without them has no ruled table. (The raw API: pypdfium2's get_objects wraps each
    object, 10x slower.)"""
    return sum(1 for _ in islice(_paths(page.raw), at_least))


def page_tables(page, textpage) -> list[list[list[str | None]]]:
    """Rows of cells of each ruled table on the page (tables of one row are no tables)."""
    if path_count(page) < MIN_PATHS:
        return []
    source = _PdfiumPage(page, textpage)
    found = TableFinder(source, _SETTINGS).tables
    source.within = [table.bbox for table in found]  # the cells' text is all that is read
    rows = [table.extract(**(_SETTINGS.text_settings or {})) for table in found]
    return [[[clean_text(cell) if cell else cell for cell in row] for row in table]
            for table in rows if len(table) > 1]


class _PdfiumPage:
    """What pdfplumber's TableFinder and Table.extract read of a page: bbox, edges, chars."""

    def __init__(self, page, textpage):
        self.page, self.textpage = page, textpage
        self.width, self.height = page.get_width(), page.get_height()
        self.bbox = (0, 0, self.width, self.height)
        self.within: list[tuple] = [self.bbox]  # chars are read only inside these boxes

    @cached_property
    def edges(self) -> list[dict]:
        edges: list[dict] = []
        for obj, matrix in _paths(self.page.raw):
            for subpath in _subpaths(obj, matrix):
                edges.extend(self._edge(a, b) for a, b in zip(subpath, subpath[1:], strict=False))
        return [edge for edge in edges if edge]

    def _edge(self, a: tuple[float, float], b: tuple[float, float]) -> dict | None:
        """A segment as pdfplumber's edge dict (top-down coordinates), if level or plumb."""
        (x0, y0), (x1, y1) = a, b
        if abs(y1 - y0) <= FLAT:
            orientation = "h"
        elif abs(x1 - x0) <= FLAT:
            orientation = "v"
        else:
            return None
        left, right = min(x0, x1), max(x0, x1)
        top, bottom = self.height - max(y0, y1), self.height - min(y0, y1)
        return {"object_type": "line", "orientation": orientation, "x0": left, "x1": right,
                "top": top, "bottom": bottom, "doctop": top, "width": right - left,
                "height": bottom - top}

    @cached_property
    def chars(self) -> list[dict]:
        """The characters the content draws (not the spaces and line breaks pdfium adds)
        inside `within`, with font-height boxes: the chars of one line share a top, as
        pdfplumber's do. Inside: their middle, as pdfplumber's Table.extract tests it."""
        handle, boxes, chars = self.textpage.raw, Boxes(self.textpage, self.height), []
        for index, char in enumerate(self.textpage.get_text_range()):
            if char in "\r\n":
                continue
            x0, x1, top, bottom = boxes(index)
            across, down = (x0 + x1) / 2, (top + bottom) / 2
            if not any(left <= across < right and high <= down < low for left, high, right, low in self.within):
                continue
            if raw.FPDFText_IsGenerated(handle, index):
                continue
            chars.append({"text": "-" if char == "\ufffe" else char, "x0": x0, "x1": x1,
                          "top": top, "bottom": bottom, "doctop": top,
                          "upright": upright(raw.FPDFText_GetCharAngle(handle, index))})
        return chars


def _paths(container, depth: int = 0, outer=None):
    """(path object, its matrix to page space) for every path, inside forms too."""
    count, get = ((raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject) if depth == 0
                  else (raw.FPDFFormObj_CountObjects, raw.FPDFFormObj_GetObject))
    for index in range(count(container)):
        obj = get(container, index)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind not in (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_FORM):
            continue
        matrix = raw.FS_MATRIX()
        raw.FPDFPageObj_GetMatrix(obj, matrix)
        own = (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)
        combined = _compose(own, outer) if outer else own
        if kind == raw.FPDF_PAGEOBJ_PATH:
            yield obj, combined
        elif depth < MAX_DEPTH:
            yield from _paths(obj, depth + 1, combined)


def _compose(inner: tuple, outer: tuple) -> tuple:
    """The matrix applying `inner`, then `outer` (PDF row-vector convention)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer  # noqa: N806 (the usual names of a matrix's entries)
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
            e * A + f * C + E, e * B + f * D + F)


def _subpaths(obj, matrix: tuple) -> list[list[tuple[float, float]]]:
    """The path's points in page space, one list per subpath (closed ones end where they
    began); curves contribute their control points, as in pdfplumber's curve edges."""
    a, b, c, d, e, f = matrix
    x, y = ctypes.c_float(), ctypes.c_float()
    subpaths: list[list[tuple[float, float]]] = []
    for index in range(raw.FPDFPath_CountSegments(obj)):
        segment = raw.FPDFPath_GetPathSegment(obj, index)
        raw.FPDFPathSegment_GetPoint(segment, x, y)
        point = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
        if raw.FPDFPathSegment_GetType(segment) == raw.FPDF_SEGMENT_MOVETO or not subpaths:
            subpaths.append([point])
        else:
            subpaths[-1].append(point)
        if raw.FPDFPathSegment_GetClose(segment) and subpaths[-1][0] != point:
            subpaths[-1].append(subpaths[-1][0])
    return subpaths
