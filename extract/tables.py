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

from pdfplumber.table import TableFinder, TableSettings
from pypdfium2 import raw

from extract import vectors
from extract.chars import Boxes, upright
from extract.clean import clean_text

MIN_PATHS = 4  # vector paths a page draws before a ruled table is looked for (a grid needs 4+)
FLAT = 0.01  # points: a segment this close to level (or plumb) is a horizontal (vertical) edge
_SETTINGS = TableSettings.resolve(None)


def page_tables(page, textpage) -> list[list[list[str | None]]]:
    """Rows of cells of each ruled table on the page (tables of one row are no tables)."""
    if vectors.path_count(page, MIN_PATHS) < MIN_PATHS:
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
        for obj, matrix in vectors.paths(self.page):
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
