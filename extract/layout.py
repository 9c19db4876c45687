"""Reading order of a PDF page from word positions: columns, full-width blocks, paragraphs.

pdfplumber's extract_text() reads each visual row straight across the page, so on a page laid
out in columns it interleaves the columns' lines and no sentence stays whole. Here the order
comes from geometry alone, never from the content stream:

1. words are joined into fragments: runs of words on one row with ordinary spaces between
   them (a gap wider than about one font height, such as a gutter, ends a fragment);
2. a gutter is a vertical band of white between fragments on the same rows, where the lines
   on its right start at one x; the fragments that cross it (titles, running headers,
   footers, boxes) cut the page into vertical segments, read in place, and each segment with
   columns beside the band is read left side, then right side; every piece is analysed
   again, which finds the next gutter of 3+ columns;
3. a piece without a gutter is one column: its fragments are grouped into lines, top to
   bottom, and the lines into blocks at large vertical gaps.

Blocks are separated by a blank line, lines by a newline.
"""

from __future__ import annotations

import re
import statistics
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import pairwise
from math import floor
from operator import attrgetter

# The hot loops write min(a, b) as `b if b < a else a` and max(a, b) as `b if b > a else a`
# (the same results, without a call): see benchmarks/README.md, "PDF extraction".
# ruff: noqa: FURB136, PLR1730

Band = tuple[float, float]  # a gutter: white from x0 to x1
_TOP_X0 = attrgetter("top", "x0")
_X0 = attrgetter("x0")
_TOP = attrgetter("top")

WORD_GAP = 0.8  # font heights: a wider gap between two words on a row ends a fragment
# font heights: a wider gap between two words, drawn one after the other, is left to
# _fragments (there is room for a word between them, drawn elsewhere in the stream)
RUN_GAP = 0.5
TIGHT = 0.15  # font heights: closer words are one token pdfplumber split (superscript, kerning)
SAME_ROW = 0.5  # share of the smaller height that words or lines of one row overlap
NEAR_ROW = 0.25  # same, for lines of two columns (their baselines need not match)
EDGE = 1.0  # points a fragment may stick into a gutter without crossing it
ALIGN = 1.5  # points between the starts of lines aligned on one left edge
MIN_COLUMN_LINES = 3  # a segment with fewer lines is no evidence of columns
MIN_COLUMN_WIDTH = 5.0  # font heights: narrower "columns" are labels or table cells, read in rows
WIDE_GUTTER = 1.5  # font heights: a gutter this wide needs only one line beside it
DISTINCT = 1.5  # a gutter is this many times wider than a stretched line's spaces
MAX_CANDIDATES = 12  # gutter candidates tried per piece, the likeliest first
MAX_DEPTH = 16
PRUNE = 8  # open fragments in a bucket of _fragments beyond which closed ones are dropped
LINE_GAP = 0.5  # font heights of white between lines of one paragraph, at most
BLOCK_GAP = 0.6  # font heights of white beyond the usual line spacing that start a new block
LEVEL = 1.5  # font heights between the bottoms of two columns that end level
MAX_LINES_BELOW = 2  # lines of a heading under balanced columns; more is the left column's end
HEADING = 1.1  # font heights: text this much larger than the body is a heading
CELL_ROWS = 0.8  # share of a side's rows level with a row on the other side, in a table
CELL_FIGURES = 0.6  # share of a side's fragments that are figures, in a table
# Figures: digits with their separators, signs, units and brackets, or a dash for "none";
# one or more, as close cells may make one fragment.
_ONE_FIGURE = r"(?:[-+−–(]?\d[\d\s.,:/]*\s?(?:%|€|k€|M€|‰|pts?|points?|ans|h)?\)?|[—–-])"
_FIGURE = re.compile(rf"{_ONE_FIGURE}(?:\s+{_ONE_FIGURE})*")
DROP_CAP = 2.0  # font heights: a letter this tall, leading a row, is a drop cap


@dataclass(slots=True)
class Frag:
    """Words on one row, close enough to be one piece of a line."""

    x0: float
    x1: float
    top: float
    bottom: float
    parts: list[str] = field(default_factory=list)
    last_top: float = 0.0  # the last word's extent: the next word must sit on its row
    last_bottom: float = 0.0
    words: int = 1  # how many words it holds (_river tells a single word from a phrase)

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def text(self) -> str:
        return "".join(self.parts)


def page_text(page) -> str:
    """Text of a pdfplumber page in reading order (columns one after the other)."""
    return words_text(page.extract_words())


def words_text(words: list[dict]) -> str:
    """Text in reading order of words as pdfplumber's extract_words() gives them."""
    upright = [(w["x0"], w["x1"], w["top"], w["bottom"], w["text"])
               for w in words if w.get("upright", True)]
    return reading_order(upright, [w["text"] for w in words if not w.get("upright", True)])


Word = tuple[float, float, float, float, str]  # x0, x1, top, bottom (top-down), text


def reading_order(words: list[Word], rotated: list[str] = ()) -> str:
    """Text in reading order of upright words (in content stream order, which is never
    trusted, but speeds things up: see _runs), then of rotated text: margin labels and
    stamps have no place in the flow, they go last."""
    heights = [bottom - top for _, _, top, bottom, _ in words]
    body = _body_height(heights)
    reach = max(heights) / 2 if heights else 0.0
    blocks = _layout(_fragments(_runs(words, body), body, reach), body, 0)
    texts = ["\n".join(block) for block in blocks]
    texts.append(" ".join(rotated))
    return "\n\n".join(t for t in texts if t)


def _body_height(heights: list[float]) -> float:
    """The median text height: the body font size, the unit of every threshold."""
    positive = [h for h in heights if h > 0]
    return statistics.median(positive) if positive else 10.0


def _overlap(a_top: float, a_bottom: float, b_top: float, b_bottom: float,
             share: float = SAME_ROW) -> bool:
    """True if two vertical extents overlap by `share` of the smaller one."""
    shared = min(a_bottom, b_bottom) - max(a_top, b_top)
    return shared >= share * max(min(a_bottom - a_top, b_bottom - b_top), 0.1)


# Words to fragments ----------------------------------------------------------------------------

def _runs(words: list[Word], body: float) -> list[tuple]:
    """Words that follow one another in the given (content stream) order, each a space right
    of the last on its row, joined as one item for _fragments: it would join them all the
    same, and a line drawn in one go, as most are, becomes one item instead of one per word.

    An item is (x0, x1, top, bottom, text, first_top, first_bottom, last_top, last_bottom,
    words): its extent, its text, the extents of its first and last words, against which
    _fragments tests what comes before and after it, and its number of words.
    """
    runs: list[tuple] = []
    x0 = x1 = top = bottom = first_top = first_bottom = last_top = last_bottom = 0.0
    parts: list[str] = []
    for w_x0, w_x1, w_top, w_bottom, w_text in words:
        if parts:  # the tests of _fragments against the run's last word (see there)
            height, last_height = w_bottom - w_top, last_bottom - last_top
            smaller = last_height if last_height < height else height
            gap = w_x0 - x1
            shared = ((w_bottom if w_bottom < last_bottom else last_bottom)
                      - (w_top if w_top > last_top else last_top))
            if (-0.5 * smaller <= gap <= RUN_GAP * smaller
                    and shared >= SAME_ROW * (0.1 if 0.1 > smaller else smaller)):
                parts.append(w_text if gap < TIGHT * smaller else " " + w_text)
                if w_x1 > x1:
                    x1 = w_x1
                if w_top < top:
                    top = w_top
                if w_bottom > bottom:
                    bottom = w_bottom
                last_top, last_bottom = w_top, w_bottom
                continue
            runs.append((x0, x1, top, bottom, "".join(parts), first_top, first_bottom, last_top, last_bottom,
                         len(parts)))
        x0, x1, top, bottom, parts = w_x0, w_x1, w_top, w_bottom, [w_text]
        first_top = last_top = w_top
        first_bottom = last_bottom = w_bottom
    if parts:
        runs.append((x0, x1, top, bottom, "".join(parts), first_top, first_bottom, last_top, last_bottom,
                         len(parts)))
    return runs


def _fragments(runs: list[tuple], body: float, reach: float) -> list[Frag]:
    """Join each run of words (see _runs) to the fragment ending just left of it on its row,
    left to right. `reach`: half the tallest word's height."""
    frags: list[Frag] = []
    # Fragments that may still grow, by height on the page: a word looks only near its row.
    open_: dict[int, list[Frag]] = {}
    # Inlined, as it runs for every run of every page: the nearest open fragment on the
    # run's row (_overlap, with its first word) within a word gap, the run then added to it
    # or starting one.
    for x0, x1, r_top, r_bottom, text, top, bottom, end_top, end_bottom, count in sorted(
            runs, key=lambda r: (r[0], r[5])):
        height = bottom - top
        middle = (top + bottom) / 2
        best, best_gap = None, 0.0
        for key in range(floor((middle - reach) / body), floor((middle + reach) / body) + 1):
            bucket = open_.get(key)
            if bucket is None:
                continue
            if len(bucket) > PRUNE:  # fragments left behind (closed) pile up on long rows
                bucket[:] = [f for f in bucket  # max(body, f's height), inlined
                             if x0 - f.x1 <= WORD_GAP * (h if (h := f.bottom - f.top) > body else body)]
            for f in bucket:  # a closed fragment fails the gap test below: no need to drop it
                gap = x0 - f.x1
                last_top, last_bottom = f.last_top, f.last_bottom
                last_height = last_bottom - last_top
                smaller = last_height if last_height < height else height  # min(height, last_height)
                if not -0.5 * smaller <= gap <= WORD_GAP * (smaller if smaller > body else body):
                    continue
                shared = ((bottom if bottom < last_bottom else last_bottom)
                          - (top if top > last_top else last_top))
                if shared >= SAME_ROW * (0.1 if 0.1 > smaller else smaller) and (best is None or abs(gap) < best_gap):
                    best, best_gap = f, abs(gap)
        if best is None:
            frag = Frag(x0, x1, r_top, r_bottom, [text], end_top, end_bottom, count)
            frags.append(frag)
            open_.setdefault(floor(middle / body), []).append(frag)
        else:
            f = best  # _extend, with min(a, b) as `b if b < a else a`, max alike
            last_height = f.last_bottom - f.last_top
            smaller = last_height if last_height < height else height
            f.parts.append(text if x0 - f.x1 < TIGHT * smaller else " " + text)
            if x1 > f.x1:
                f.x1 = x1
            if r_top < f.top:
                f.top = r_top
            if r_bottom > f.bottom:
                f.bottom = r_bottom
            f.last_top, f.last_bottom = end_top, end_bottom
            f.words += count
    return frags


# Rows ------------------------------------------------------------------------------------------

def _rows(frags: list[Frag]) -> list[list[Frag]]:
    """Fragments grouped by row (sharing it with the row's first one), top to bottom,
    each row left to right."""
    rows: list[list[Frag]] = []
    row: list[Frag] = []
    r_top = r_bottom = r_height = 0.0  # the row's first fragment (_overlap inlined)
    for f in sorted(frags, key=_TOP_X0):
        top, bottom = f.top, f.bottom
        if row:
            height = bottom - top
            shorter = height if height < r_height else r_height
            shared = (bottom if bottom < r_bottom else r_bottom) - (top if top > r_top else r_top)
            same = shared >= SAME_ROW * (0.1 if 0.1 > shorter else shorter)
        if row and same:
            row.append(f)
        else:
            row = [f]
            rows.append(row)
            r_top, r_bottom = top, bottom
            r_height = bottom - top
    for row in rows:
        if len(row) > 1:
            row.sort(key=_X0)
    return rows


def _river(left: list[Frag], right: list[Frag]) -> bool:
    """True if the white between a row's two sides looks like one more space of a stretched
    line: single words next to it, and a space beside them about as wide as the white.

    (Only the words next to the white are compared: further along the row may lie the next
    gutter of a 3-column page.)
    """
    if left[-1].words > 1 or right[0].words > 1:
        return False
    spaces = [left[-1].x0 - left[-2].x1] if len(left) > 1 else []
    spaces += [right[1].x0 - right[0].x1] if len(right) > 1 else []
    return bool(spaces) and DISTINCT * max(spaces) >= right[0].x0 - left[-1].x1


def _extent(row: list[Frag]) -> tuple[float, float]:
    if len(row) == 1:  # most rows of a column
        return row[0].top, row[0].bottom
    return min([f.top for f in row]), max([f.bottom for f in row])


# Gutters ---------------------------------------------------------------------------------------

def _row_gaps(frags: list[Frag], body: float) -> list[Band]:
    """White between each fragment and its nearest right neighbour on about the same row."""
    order = sorted(frags, key=lambda f: f.middle)
    middles = [f.middle for f in order]
    reach = max(f.height for f in frags)
    least = WORD_GAP * body
    gaps = []
    for f in frags:
        top, bottom, x1 = f.top, f.bottom, f.x1
        middle = (top + bottom) / 2
        height = bottom - top
        nearest = None
        # The nearest x0 right of the fragment among those sharing NEAR_ROW of the smaller
        # height (_overlap inlined: min and max as conditional expressions).
        for g in order[bisect_left(middles, middle - reach):bisect_right(middles, middle + reach)]:
            x0 = g.x0
            if x0 >= x1 and (nearest is None or x0 < nearest):
                g_top, g_bottom = g.top, g.bottom
                g_height = g_bottom - g_top
                smaller = height if height < g_height else g_height
                shared = (bottom if bottom < g_bottom else g_bottom) - (top if top > g_top else g_top)
                if shared >= NEAR_ROW * (smaller if smaller > 0.1 else 0.1):
                    nearest = x0
        if nearest is not None and nearest - x1 >= least:
            gaps.append((x1, nearest))
    return gaps


def _candidates(frags: list[Frag], body: float) -> list[Band]:
    """Gutter bands, those beside the most lines starting at one x first.

    Row gaps are grouped by where they end: the lines of the column on the right of a gutter
    start at one x. A group's band is the white common to its gaps: it starts at the end of
    the longest line on the left (the lines of a ragged column end anywhere before it).
    """
    groups: list[list[Band]] = []
    for gap in sorted(_row_gaps(frags, body), key=lambda gap: gap[1]):
        if groups and gap[1] - groups[-1][0][1] <= ALIGN:
            groups[-1].append(gap)
        else:
            groups.append([gap])
    bands: dict[Band, int] = {}
    for group in groups:
        band = (max(a for a, _ in group), min(b for _, b in group))
        if band[1] - band[0] >= WORD_GAP * body:  # narrower: spaces that happen to line up
            bands[band] = len(group)
    return sorted(bands, key=lambda band: (-bands[band], band[0] - band[1]))[:MAX_CANDIDATES]


def _sides(frags: list[Frag], band: Band) -> list[int]:
    """For each fragment, 0 if it crosses the band, else -1 or 1: the side of the band it is on
    (computed for every fragment at every candidate band, hence one list at a time).

    A ragged line may stick into the band (it was measured where both columns had a line)
    and a page number may sit in it: only a fragment spanning all of it crosses it.
    """
    lo, hi, twice_middle = band[0] + EDGE, band[1] - EDGE, band[0] + band[1]
    return [0 if f.x0 < lo and f.x1 > hi else -1 if f.x0 + f.x1 < twice_middle else 1
            for f in frags]


Piece = tuple[list[Frag], bool, list[Frag], list[Frag]]  # fragments, is_bar, left side, right side


def _pieces(frags: list[Frag], band: Band, middles: list[float] | None = None,
            sides: list[int] | None = None) -> list[Piece]:
    """Cut at the fragments crossing the band: (fragments, is_bar, left, right) from top to
    bottom, left and right being the piece's fragments on either side of the band.

    A bar is a run of crossing fragments with the side fragments beside them; the pieces
    between bars hold side fragments only. `middles`, `sides`: those of the fragments, if known.
    """
    if sides is None:
        sides = _sides(frags, band)
    if 0 not in sides:
        return [(frags, False, [f for f, side in zip(frags, sides) if side < 0],
                 [f for f, side in zip(frags, sides) if side > 0])]
    crossing = sorted((f for f, side in zip(frags, sides) if not side), key=_TOP)
    if middles is None:
        middles = [(f.top + f.bottom) / 2 for f in frags]
    mids = sorted([m for m, side in zip(middles, sides) if side])
    bars: list[list[float]] = []  # [top, bottom]
    for f in crossing:
        # A crossing fragment joins the bar above it unless side text lies between them.
        if bars and (f.top <= bars[-1][1] or bisect_left(mids, f.top) == bisect_right(mids, bars[-1][1])):
            bars[-1][1] = max(bars[-1][1], f.bottom)
        else:
            bars.append([f.top, f.bottom])
    # Per slot (gap, bar, gap, ..., gap): its fragments, then those left and right of the band.
    slots = [([], [], []) for _ in range(2 * len(bars) + 1)]
    tops = [b[0] for b in bars]
    for f, side, middle in zip(frags, sides, middles):
        m = middle if side else f.top
        i = bisect_right(tops, m) - 1  # last bar starting above
        inside = i >= 0 and m <= bars[i][1]
        slot = slots[2 * i + 1 if inside else 2 * (i + 1)]
        slot[0].append(f)
        if side:
            slot[1 if side < 0 else 2].append(f)
    return [(s[0], k % 2 == 1, s[1], s[2]) for k, s in enumerate(slots) if s[0]]


def _columnar(piece: Piece, band: Band, body: float) -> bool:
    """True if the piece has columns of text on both sides of the band, side by side.

    Justified lines with wide spaces also leave white on a row, even on a few rows at the
    same place (a river). But a gutter stays white over several lines, most lines on its
    right start at one x (some may be indented), and most of its rows are not stretched
    lines (see _river). One line beside a wide gutter is enough: the last column of an
    article may hold a single line.
    """
    frags, _, left, right = piece
    if len(frags) < MIN_COLUMN_LINES:  # fewer fragments than lines needed: no need to sort
        return False
    if not left or not right:
        return False
    # The cheap tests first (all must hold; the order does not change the answer).
    if min(_width(left), _width(right)) < MIN_COLUMN_WIDTH * body:
        return False
    right_rows = _rows(right)
    aligned = sum(abs(row[0].x0 - band[1]) <= ALIGN for row in right_rows)
    if 2 * aligned < len(right_rows) or len(_rows(frags)) < MIN_COLUMN_LINES:
        return False
    left_rows = _rows(left)
    beside = _side_by_side(left_rows, right_rows)
    if _justified_edges(beside, band) >= MIN_COLUMN_LINES:
        return True  # stretched or not, lines ending and starting at one x make columns
    if _cells(right, left_rows, right_rows, beside):
        return False  # a table without rules: read in rows, each label with its values
    distinct = sum(not _river(*pair) for pair in beside)
    if not distinct or 2 * distinct < len(beside):
        return False
    wide = band[1] - band[0] >= WIDE_GUTTER * body
    return min(aligned, distinct) >= 2 or (len(right_rows) == 1 and wide)


def _cells(right: list[Frag], left_rows: list[list[Frag]], right_rows: list[list[Frag]],
           beside: list[tuple[list[Frag], list[Frag]]]) -> bool:
    """True if the right side holds the figures of a table drawn without rules, not a column
    of text: most of its fragments are figures ("23,4 %", "1 250 €", "—") and nearly every
    row has its partner on the other side on the same line (the same top). Read in rows, each
    label keeps its figures; prose is never mostly figures."""
    rows = max(len(left_rows), len(right_rows))
    if rows < MIN_COLUMN_LINES:
        return False
    figures = sum(bool(_FIGURE.fullmatch(f.text)) for f in right)
    if figures < CELL_FIGURES * len(right):
        return False
    level = sum(abs(_extent(a)[0] - _extent(b)[0]) <= ALIGN for a, b in beside)
    return level >= CELL_ROWS * rows


def _width(frags: list[Frag]) -> float:
    return max([f.x1 for f in frags]) - min([f.x0 for f in frags])


def _side_by_side(left_rows: list[list[Frag]],
                  right_rows: list[list[Frag]]) -> list[tuple[list[Frag], list[Frag]]]:
    """(left row, right row) pairs: each right row with the left row it overlaps most, if any."""
    extents = [_extent(row) for row in left_rows]
    tops = [top for top, _ in extents]
    reach = max(f.height for row in left_rows for f in row)
    pairs = []
    for row in right_rows:
        top, bottom = _extent(row)
        best, best_shared = None, 0.0
        lo = bisect_left(tops, top - reach)
        for other, (o_top, o_bottom) in zip(left_rows[lo:bisect_right(tops, bottom)], extents[lo:]):
            shared = min(bottom, o_bottom) - max(top, o_top)
            if shared > best_shared and _overlap(top, bottom, o_top, o_bottom, NEAR_ROW):
                best, best_shared = other, shared
        if best:
            pairs.append((best, row))
    return pairs


def _justified_edges(beside: list[tuple[list[Frag], list[Frag]]], band: Band) -> int:
    """How many rows end exactly at the band's left edge and start again at its right edge."""
    return sum(abs(left[-1].x1 - band[0]) <= ALIGN and abs(right[0].x0 - band[1]) <= ALIGN
               for left, right in beside)


def _in_paragraph(pieces: list[Piece], k: int, body: float) -> bool:
    """True if the lines just above and below piece k (those that exist) span it exactly and
    follow it at line spacing: the piece is a few stretched lines inside a justified
    paragraph, not columns."""
    piece = pieces[k][0]
    x0, x1 = min(f.x0 for f in piece), max(f.x1 for f in piece)
    top, bottom = _extent(piece)
    neighbours = []
    if k > 0:
        row = _rows(pieces[k - 1][0])[-1]
        neighbours.append((row, top - _extent(row)[1]))
    if k + 1 < len(pieces):
        row = _rows(pieces[k + 1][0])[0]
        neighbours.append((row, _extent(row)[0] - bottom))
    return bool(neighbours) and all(
        abs(row[0].x0 - x0) <= ALIGN and abs(row[-1].x1 - x1) <= ALIGN and gap <= LINE_GAP * body
        for row, gap in neighbours)


def _split(frags: list[Frag], body: float) -> list[list[Frag]] | None:
    """The parts of the piece at the first candidate gutter with columns beside it, in
    reading order: each columnar piece as its left side then its right side, and between
    them the rest, top to bottom (whole: a band that is a gutter further down may cut
    through the lines of other columns higher up)."""
    middles = [(f.top + f.bottom) / 2 for f in frags]
    for band in _candidates(frags, body):
        sides = _sides(frags, band)
        if not _may_have_columns(frags, sides, band, body):
            continue  # no piece can be columnar: every flag would be False
        pieces = _pieces(frags, band, middles, sides)
        flags = [not piece[1] and _columnar(piece, band, body) and not _in_paragraph(pieces, k, body)
                 for k, piece in enumerate(pieces)]
        if any(flags):
            parts, rest = [], []
            for (piece, _, left, right), columnar in zip(pieces, flags, strict=True):
                if columnar:
                    left, below = _split_below(left, right, body)
                    parts.extend(([rest] if rest else []) + [left, right])
                    rest = below
                else:
                    rest = rest + piece
            return parts + ([rest] if rest else [])
    return None


def _may_have_columns(frags: list[Frag], sides: list[int], band: Band, body: float) -> bool:
    """False if no piece at this band can be _columnar (necessary conditions only): the sides of
    a piece are within the whole's, so both sides of the whole must be wide enough; and but for
    a wide gutter, two rows of some piece must start at the band's right edge, so two fragments
    of the whole must (most candidates, white between the words of justified lines, fail here)."""
    if band[1] - band[0] < WIDE_GUTTER * body:
        edge = band[1]
        starts = [f for f, side in zip(frags, sides) if side > 0 and -ALIGN <= f.x0 - edge <= ALIGN]
        if len(starts) < 2:
            return False
    left = [f for f, side in zip(frags, sides) if side < 0]
    right = [f for f, side in zip(frags, sides) if side > 0]
    return bool(left and right) and min(_width(left), _width(right)) >= MIN_COLUMN_WIDTH * body


def _split_below(left: list[Frag], right: list[Frag], body: float) -> tuple[list[Frag], list[Frag]]:
    """The left column, and what sits apart below two columns that end level: a heading
    under balanced columns, too short to cross the gutter, is read after both.

    Otherwise a left column running on past the end of the right one is the flow's first
    column (on an article's last page, say): it stays whole.
    """
    bottom = max(f.bottom for f in right)
    rows = _rows(left)
    for i in range(1, len(rows)):
        above, top = _extent(rows[i - 1])[1], _extent(rows[i])[0]
        if top > bottom + BLOCK_GAP * body:
            below = [f for row in rows[i:] for f in row]
            level = abs(above - bottom) <= LEVEL * body
            heading = len(rows) - i <= MAX_LINES_BELOW and min(f.height for f in below) > HEADING * body
            if level and heading and top - above > BLOCK_GAP * body:
                return [f for row in rows[:i] for f in row], below
            break
    return left, []


# Reading order ---------------------------------------------------------------------------------

def _layout(frags: list[Frag], body: float, depth: int) -> list[list[str]]:
    """Blocks (lists of lines) of a piece of page, in reading order."""
    if not frags:
        return []
    # Every part is smaller than frags: a gutter is only taken with side text in a piece
    # apart from any bar (or with no crossing fragment at all), so recursion ends.
    parts = _split(frags, body) if depth < MAX_DEPTH and len(frags) > 1 else None
    if parts is None:
        return _column(frags, body)
    return [block for part in parts for block in _layout(part, body, depth + 1)]


def _column(frags: list[Frag], body: float) -> list[list[str]]:
    """One column: fragments to lines top to bottom, lines to blocks at large gaps."""
    rows = [line for row in _rows(frags) for line in _drop_cap(row, body)]
    extents = [_extent(row) for row in rows]
    gaps = [below[0] - above[1] for above, below in pairwise(extents)]
    usual = max(statistics.median(gaps), 0.0) if gaps else 0.0
    blocks: list[list[str]] = []
    for i, row in enumerate(rows):
        if i == 0 or gaps[i - 1] > usual + BLOCK_GAP * body:
            blocks.append([])
        blocks[-1].append(" ".join(f.text for f in row))
    return blocks


def _drop_cap(row: list[Frag], body: float) -> list[list[Frag]]:
    """A row led by a drop cap (an initial letter some lines tall) holds the lines beside it:
    they are rows of their own, the letter put back at the head of the first one's word."""
    cap = row[0]
    text = cap.text
    if len(row) < 2 or len(text) > 2 or not text.isalpha() or cap.height < DROP_CAP * body:
        return [row]
    lines = _rows(row[1:])
    first = lines[0][0]
    glue = "" if first.text[:1].islower() else " "
    lines[0][0] = Frag(cap.x0, first.x1, min(cap.top, first.top), max(cap.bottom, first.bottom),
                       [text, glue, *first.parts], first.last_top, first.last_bottom, first.words)
    return lines
