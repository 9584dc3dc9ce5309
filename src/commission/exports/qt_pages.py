"""Pages of a QTextDocument that hold together, as Word's keep rules make them in the .docx.

Qt's rich text knows page breaks but not keep-with-next, and it splits a table row over two
pages (the lower half without its bottom border). So the document is laid out, read back line by
line, and where a page falls badly the HTML is made again with a page break placed earlier:

* a paragraph that keeps with the next one (headings, the closing paragraph, the blank line
  above a table) shares a page with the first line of what follows, and is not split itself;
  a run of such paragraphs moves as a whole;
* a table that keeps together (the signatures) stays on one page with that run;
* a table row that would straddle two pages, or that Qt moves to the next page, starts a new
  table on the next page, the header rows repeated above it: each part ends with its own
  bottom border;
* a short paragraph does not leave a single line alone on a page (Word's widow control).

What cannot be helped (a run or a row taller than a page) is left as Qt lays it out. Every round
adds one page break and never undoes one, so the rounds end; nothing before the new break moves,
so the next round reads on from there. A break before a paragraph is set on the laid-out
document itself (Qt then lays out only what follows); only a table cut makes the HTML again.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFormat, QTextTable

from commission.exports.blocks import DocumentBlocks, Paragraph, Table
from commission.exports.html_render import Breaks, Item, items
from commission.exports.page import SPECS

_MAX_ROUNDS = 400
_SHORT_PARAGRAPH_LINES = 6
_RELAYOUT_REACH = 2500.0  # Qt keeps a layout checkpoint every 2000 px of the root frame


@dataclass(frozen=True)
class Span:
    """The pages of an element's first and last line."""

    first: int
    last: int


@dataclass(frozen=True)
class _Fix:
    breaks: Breaks
    at: int  # the element (of ``html_render.items``) that now begins a page
    paragraph: QTextBlock | None = None  # set when the break can be made in place


def paginate(doc: DocumentBlocks, build: Callable[[Breaks], QTextDocument]) -> QTextDocument:
    """The document ``build`` makes, with the page breaks that keep ``doc``'s blocks together."""
    breaks = Breaks()
    document = build(breaks)
    elements = _elements(document)
    start = 0
    changed = False
    for _ in range(_MAX_ROUNDS):
        try:
            fix = _next_fix(doc, _Pages(document, elements, changed), breaks, start)
        except _Stale:
            fix = _Fix(breaks, start)  # the same breaks, laid out afresh
        if fix is None:
            break
        breaks, start = fix.breaks, fix.at
        if fix.paragraph is not None:  # the same elements, laid out again from the break on
            # Qt lays out again from a checkpoint up to 2000 px above the change: what lies
            # there moves too, so the next round reads on from above it.
            start = _element_above(document, elements, fix.at, _RELAYOUT_REACH)
            cursor = QTextCursor(fix.paragraph)
            form = fix.paragraph.blockFormat()
            form.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            cursor.setBlockFormat(form)
            changed = True
        else:
            document = build(breaks)
            elements = _elements(document)
            changed = False
    document.pageCount()  # laid out to the end for the painter
    return document


def _element_above(
    document: QTextDocument, elements: list[QTextBlock | QTextTable], index: int, reach: float
) -> int:
    """The first element that ends less than ``reach`` above element ``index``'s top."""
    layout = document.documentLayout()

    def rect(element: QTextBlock | QTextTable) -> QRectF:
        if isinstance(element, QTextTable):
            return layout.frameBoundingRect(element)
        return layout.blockBoundingRect(element)

    top = rect(elements[index]).top()
    while index > 0 and rect(elements[index - 1]).bottom() > top - reach:
        index -= 1
    return index


def line_boxes(document: QTextDocument, block: QTextBlock) -> list[tuple[float, float]]:
    """Top and bottom of each line of ``block``, in the document's coordinates (the document
    laid out: Qt lays out lazily, ``pageCount`` finishes it)."""
    text_layout = block.layout()
    if text_layout is None or text_layout.lineCount() == 0:
        return []
    # Qt places the rectangle's corner at the layout's position (plus its frame's offset);
    # line positions count from there.
    origin = document.documentLayout().blockBoundingRect(block).top()
    boxes = []
    for index in range(text_layout.lineCount()):
        line = text_layout.lineAt(index)
        boxes.append((origin + line.y(), origin + line.y() + line.height()))
    return boxes


def content_pages(document: QTextDocument) -> list[int]:
    """The pages that hold at least one line of text, in order."""
    height = document.pageSize().height()
    document.pageCount()
    pages: set[int] = set()
    block = document.begin()
    while block.isValid():
        if block.text().strip():
            pages.update(_page(top, height) for top, _bottom in line_boxes(document, block))
        block = block.next()
    return sorted(pages)


@dataclass(frozen=True)
class SplitBlock:
    """A paragraph whose lines fall on two or more pages, and which of them are on ``page``."""

    block: QTextBlock
    origin: QPointF  # where its QTextLayout's lines are drawn from, in document coordinates
    lines: tuple[int, ...]


def split_blocks(document: QTextDocument) -> dict[int, list[SplitBlock]]:
    """By page, the paragraphs that continue from or onto another page.

    Qt draws every line of a paragraph that touches a page, also the one just above the page
    (clipped away on paper, but left in the PDF for search and copy to find in the margin);
    the painter draws these paragraphs line by line instead.
    """
    height = document.pageSize().height()
    document.pageCount()
    found: dict[int, list[SplitBlock]] = {}
    block = document.begin()
    while block.isValid():
        boxes = line_boxes(document, block)
        pages = [_page(top, height) for top, _bottom in boxes]
        if len(set(pages)) > 1:
            origin = document.documentLayout().blockBoundingRect(block).topLeft()
            for page in sorted(set(pages)):
                lines = tuple(i for i, on in enumerate(pages) if on == page)
                found.setdefault(page, []).append(SplitBlock(block, origin, lines))
        block = block.next()
    return found


def _page(y: float, height: float) -> int:
    return int((y + 0.5) // height)


def _elements(document: QTextDocument) -> list[QTextBlock | QTextTable]:
    """The root frame's paragraphs and tables; empty blocks are Qt's own, around tables."""
    found: list[QTextBlock | QTextTable] = []
    it = document.rootFrame().begin()
    while not it.atEnd():
        frame = it.currentFrame()
        if isinstance(frame, QTextTable):
            found.append(frame)
        elif frame is None and it.currentBlock().text():
            found.append(it.currentBlock())
        it += 1
    return found


@dataclass(frozen=True)
class Row(Span):
    """A table row: its pages, the top of its first line, the height of its tallest cell's
    lines (what the row needs wherever it is put, page breaks aside)."""

    top: float = 0.0
    content: float = 0.0


Boxes = Callable[[QTextBlock], list[tuple[float, float]]]


def _row(
    document: QTextDocument, boxes_of: Boxes, table: QTextTable, row: int, height: float
) -> Row:
    tops: list[float] = []
    content = 0.0
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        block = document.findBlock(cell.firstPosition())
        lines = 0.0
        while block.isValid() and block.position() <= cell.lastPosition():
            boxes = boxes_of(block)
            tops += [top for top, _bottom in boxes]
            lines += sum(bottom - top for top, bottom in boxes)
            block = block.next()
        content = max(content, lines)
    if not tops:
        return Row(-1, -1)
    return Row(_page(min(tops), height), _page(max(tops), height), min(tops), content)


class _Stale(Exception):
    """Qt's layout after a change in place put a line over a page's end: lay out afresh."""


class _Pages:
    """Where each top-level element of the laid-out document fell.

    ``changed``: the document was changed in place since it was made. Qt then lays out only
    what follows the change, and that layout is sometimes wrong (a line run over the page's
    end); reading such a line raises ``_Stale``.
    """

    def __init__(
        self, document: QTextDocument, elements: list[QTextBlock | QTextTable], changed: bool
    ) -> None:
        document.pageCount()  # finishes the layout before it is read
        self.document = document
        self.height = document.pageSize().height()
        self.elements = elements
        self.changed = changed
        self._rows: dict[int, list[Row]] = {}

    def boxes(self, block: QTextBlock) -> list[tuple[float, float]]:
        found = line_boxes(self.document, block)
        if self.changed and any(
            _page(top, self.height) != _page(bottom - 1, self.height) for top, bottom in found
        ):
            raise _Stale
        return found

    def rows(self, index: int) -> list[Row]:
        table = self.elements[index]
        assert isinstance(table, QTextTable)
        if index not in self._rows:
            self._rows[index] = [
                _row(self.document, self.boxes, table, row, self.height)
                for row in range(table.rows())
            ]
        return self._rows[index]

    def line_pages(self, index: int) -> list[int]:
        element = self.elements[index]
        if isinstance(element, QTextTable):
            return []
        return [_page(top, self.height) for top, _bottom in self.boxes(element)]

    def span(self, index: int) -> Span:
        element = self.elements[index]
        if isinstance(element, QTextTable):
            rows = [row for row in self.rows(index) if row.first >= 0]
            return Span(rows[0].first, rows[-1].last) if rows else Span(-1, -1)
        boxes = self.boxes(element)
        if not boxes:
            return Span(-1, -1)
        return Span(_page(boxes[0][0], self.height), _page(boxes[-1][0], self.height))


def _lone_line(pages: list[int]) -> bool:
    """A short paragraph split with one line alone on a page (Word's widow and orphan control
    moves it whole; a long one is left split, as moving it would leave half a page empty)."""
    if len(pages) < 2 or len(pages) > _SHORT_PARAGRAPH_LINES or pages[0] == pages[-1]:
        return False
    return pages.count(pages[0]) == 1 or pages.count(pages[-1]) == 1


def _keeps(doc: DocumentBlocks, item: Item) -> bool:
    """Whether ``item`` must share a page with the element after it."""
    if item.kind == "space":
        return True
    block = doc.blocks[item.block]
    return isinstance(block, Paragraph) and (
        block.keep_with_next or SPECS[block.style].keep_with_next
    )


def _next_fix(doc: DocumentBlocks, pages: _Pages, breaks: Breaks, start: int) -> _Fix | None:
    """One more page break that mends the first bad page fall from element ``start`` on."""
    order = items(doc, breaks)
    if len(order) != len(pages.elements):  # not the HTML we made: leave Qt's pages as they are
        return None
    for index in range(start, len(order)):
        item = order[index]
        if item.kind == "table":
            fix = _mend_table(doc, order, pages, index, breaks)
        elif _keeps(doc, item) and index + 1 < len(order):
            here, after = pages.span(index), pages.span(index + 1)
            bad = here.first != here.last or (after.first >= 0 and here.last != after.first)
            fix = _break_before_run(doc, order, pages, index, breaks) if bad else None
        elif _lone_line(pages.line_pages(index)):
            fix = _break_before_run(doc, order, pages, index, breaks)
        else:
            fix = None
        if fix is not None:
            return fix
    return None


def _mend_table(
    doc: DocumentBlocks, order: list[Item], pages: _Pages, index: int, breaks: Breaks
) -> _Fix | None:
    item = order[index]
    table = doc.blocks[item.block]
    assert isinstance(table, Table)
    rows = pages.rows(index)
    if table.keep_together:
        span = pages.span(index)
        if span.first != span.last:
            return _break_before_run(doc, order, pages, index, breaks)
        return None
    header = min(table.header_rows, len(table.rows))
    first_body = max(item.first_row, header)
    # Qt's rows of this part: the header rows, then the body rows first_body … end_row - 1.
    previous = rows[header - 1] if header else None
    for offset, row in enumerate(range(first_body, item.end_row)):
        span = rows[header + offset] if header + offset < len(rows) else Row(-1, -1)
        # Qt moves a row that does not fit to the next page itself, but stretches the row above
        # to the page's foot, where its bottom border is cut off: the table is cut there instead.
        moved = previous is not None and row != first_body and span.first > previous.last
        previous = span
        if span.first == span.last and not moved:
            continue
        if row == first_body:
            if item.first_row == 0:  # the table's first row: move the table, with its run
                fix = _break_before_run(doc, order, pages, index, breaks)
                if fix is not None:
                    return fix
            continue  # a row taller than a page: nothing helps
        better = breaks.with_break(item.block, row)
        if better == breaks:
            return None
        # The rows after the cut go onto fresh pages: where those fill up follows from the rows'
        # heights, so the later cuts of this table are made in the same round.
        for later in _later_cuts(rows, header, row - first_body + header, pages.height):
            better = better.with_break(item.block, later - header + first_body)
        return _Fix(better, index)
    return None


def _later_cuts(rows: list[Row], header: int, cut: int, height: float) -> list[int]:
    """The rows (of ``rows``, Qt's rows of a table part) that would begin the pages after the one
    beginning at ``cut``, its header rows repeated on each; none when heights are unknown."""
    pitches = [
        below.top - above.top - above.content
        for above, below in itertools.pairwise(rows)
        if above.first == above.last == below.first and above.content > 0
    ]
    if not pitches or any(row.first < 0 for row in rows):
        return []
    padding = sorted(pitches)[len(pitches) // 2]  # borders and cell padding of one row
    need = [row.content + padding for row in rows]
    top = sum(need[:header]) + padding  # the header rows and the table's own border
    cuts = []
    used = top
    for index in range(cut, len(rows)):
        if used + need[index] > height and used > top:
            cuts.append(index)
            used = top
        used += need[index]
    return cuts


def _break_before_run(
    doc: DocumentBlocks, order: list[Item], pages: _Pages, index: int, breaks: Breaks
) -> _Fix | None:
    """A page break before the run of keep-with-next elements that ends at ``index``."""
    start = index
    while start > 0 and _keeps(doc, order[start - 1]):
        start -= 1
    first = pages.span(start).first
    if start == 0 or first < 0 or pages.span(start - 1).last < first:
        return None  # already at the top of a page: the run is longer than a page
    item = order[start]
    if item.kind == "table" and item.first_row:
        return None
    better = breaks.with_break(item.block)
    if better == breaks:
        return None
    element = pages.elements[start]
    paragraph = element if item.kind == "p" and isinstance(element, QTextBlock) else None
    return _Fix(better, start, paragraph)
