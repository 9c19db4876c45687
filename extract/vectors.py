"""The vector paths a PDF page draws (rules, cell borders, text turned into outlines), with
the matrix that maps each one to page space, forms included, through pypdfium2's raw API
(its get_objects wraps each object: 10x slower)."""

from __future__ import annotations

from itertools import islice

from pypdfium2 import raw

MAX_DEPTH = 2  # form XObjects inside form XObjects: as deep as pages are drawn in practice


def paths(page):
    """(path object, its matrix to page space) for every path of the page, inside forms too."""
    return _paths(page.raw)


def path_count(page, at_least: int) -> int:
    """How many paths the page draws, counting up to `at_least`."""
    return sum(1 for _ in islice(paths(page), at_least))


def segment_count(page, at_least: int) -> int:
    """How many path segments the page draws, counting up to `at_least` (text turned into
    outlines draws some twenty per letter)."""
    count = 0
    for obj, _ in paths(page):
        count += raw.FPDFPath_CountSegments(obj)
        if count >= at_least:
            break
    return count


def _paths(container, depth: int = 0, outer=None):
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
