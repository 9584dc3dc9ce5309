"""The Qt PDF (and so the print preview) read back page by page: no empty page, nothing in the
margins, the page number 10 mm from the edge, rows and kept paragraphs whole, the closing
paragraph with both signatures, the draft mark on every page."""

from __future__ import annotations

import dataclasses
import itertools
import re
from pathlib import Path

import docx
import pytest
from docx.shared import Mm
from PySide6.QtGui import QTextDocument, QTextTable
from PySide6.QtWidgets import QApplication

from commission.documents.minutes import MinutesContext
from commission.domain.enums import MinutesState
from commission.exports import catalog
from commission.exports.blocks import DocumentBlocks
from commission.exports.minutes_layout import minutes_blocks
from commission.exports.minutes_pdf import minutes_pdf, page_layout, render_pdf, text_document
from commission.exports.page import OFFICE_PAGE, PageSetup
from commission.exports.qt_pages import line_boxes
from commission.exports.wording import Wording
from tests.exports.pages import (
    Page,
    minutes_variants,
    page_of,
    pdf_bytes_pages,
    with_long_tables,
)

pytestmark = pytest.mark.gui

# Enough one-line fillers to move the end of a page over every line of the closing part.
FILLERS = range(0, 46)


def _check_page_geometry(pages: list[Page], page: PageSetup, name: str) -> None:
    assert pages, name
    for number, found in enumerate(pages, start=1):
        body = found.body(page.top)
        assert body, f"{name}: page {number} holds no text"
        for word in body:
            where = f"{name}: page {number}, {word.text!r} at {word}"
            assert word.left >= page.left - 0.5 and word.right <= found.width - page.right + 0.5, (
                where
            )
            assert word.bottom <= found.height - page.bottom + 0.5, where
        header = found.header(page.top)
        assert all(word.top >= page.header - 0.2 for word in header), (name, number, header)
        numbers = [word.text for word in header if word.text.isdigit()]
        assert numbers == ([] if number == 1 else [str(number)]), (name, number, header)


def _check_closing(pages: list[Page], ctx: MinutesContext, language: str, name: str) -> None:
    """The closing paragraph and both signatures on one page, the appendix's the next."""
    w = Wording(language)
    control = " ".join(w.text(catalog.CONTROL, who="X").split()[:3])
    chair, secretary = w.text(catalog.CHAIR), w.text(catalog.SECRETARY)
    where = {text: page_of(pages, text) for text in (control, chair, secretary)}
    assert all(len(found) == 1 for found in where.values()), (name, where)
    assert len({found[0] for found in where.values()}) == 1, (name, where)
    appendix = w.text(catalog.APPENDIX, number=ctx.number, date=w.date_of(ctx.meeting_date))
    appendix = appendix.replace("\xa0", " ")
    assert page_of(pages, appendix) == [where[chair][0] + 1], (name, where)


def test_every_page_holds_together_wherever_the_pages_end(
    qapp: QApplication, ctx: MinutesContext, tmp_path: Path
) -> None:
    for language, fillers in (("ru", FILLERS), ("kk", range(1, 46, 3))):
        for name, doc in minutes_variants(ctx, language, fillers).items():
            pages = pdf_bytes_pages(render_pdf(doc), tmp_path)
            _check_page_geometry(pages, OFFICE_PAGE, name)
            _check_closing(pages, ctx, language, name)
    doc = minutes_blocks(ctx, Wording("kk"))
    # Tables cut over pages; the last one runs to some 50 pages, where Qt's page boundaries
    # had drifted half a line away from the painter's.
    for times, lines in [(6, n) for n in range(0, 46, 9)] + [(120, 0)]:
        pages = pdf_bytes_pages(render_pdf(with_long_tables(doc, times, lines)), tmp_path)
        name = f"long tables, {times} times, {lines} lines"
        assert times < 100 or len(pages) > 40, name
        _check_page_geometry(pages, OFFICE_PAGE, name)
        _check_closing(pages, ctx, "kk", name)


def _top_level(document: QTextDocument) -> list[tuple[str, int, int]]:
    """(text, first page, last page) of the root frame's paragraphs and tables."""
    height = document.pageSize().height()
    found = []
    it = document.rootFrame().begin()
    while not it.atEnd():
        frame = it.currentFrame()
        if isinstance(frame, QTextTable):
            tops = []
            for row in range(frame.rows()):
                tops += _row_pages(document, frame, row)
            found.append(("<table>", min(tops), max(tops)))
        elif frame is None and it.currentBlock().text():
            boxes = line_boxes(document, it.currentBlock())
            pages = [int((top + 0.5) // height) for top, _bottom in boxes]
            found.append((it.currentBlock().text(), pages[0], pages[-1]))
        it += 1
    return found


def _row_pages(document: QTextDocument, table: QTextTable, row: int) -> list[int]:
    height = document.pageSize().height()
    pages = []
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        block = document.findBlock(cell.firstPosition())
        while block.isValid() and block.position() <= cell.lastPosition():
            pages += [int((top + 0.5) // height) for top, _bottom in line_boxes(document, block)]
            block = block.next()
    return pages


def _documents(ctx: MinutesContext) -> list[tuple[str, DocumentBlocks]]:
    variants = minutes_variants(ctx, "ru", FILLERS) | minutes_variants(ctx, "kk", range(0, 46, 5))
    doc = minutes_blocks(ctx, Wording("ru"))
    long_tables = {f"long-{n}": with_long_tables(doc, 6, n) for n in range(0, 46, 3)}
    return list((variants | long_tables).items())


def test_rows_and_headings_never_split(qapp: QApplication, ctx: MinutesContext) -> None:
    heading = re.compile(r"^[IVXLC]+\. ")
    for name, doc in _documents(ctx):
        document = text_document(doc, page_layout())
        it = document.rootFrame().begin()
        while not it.atEnd():
            table = it.currentFrame()
            if isinstance(table, QTextTable):
                # Each part of a table on one page: a table Qt runs over the page's foot loses
                # the bottom border of the last row there.
                pages = {p for row in range(table.rows()) for p in _row_pages(document, table, row)}
                assert len(pages) == 1, (name, table.firstPosition())
            it += 1
        height = document.pageSize().height()
        block = document.begin()
        while block.isValid():  # no line of text runs over a page's end
            for top, bottom in line_boxes(document, block) if block.text() else []:
                assert int(top // height) == int((bottom - 1) // height), (name, block.text())
            block = block.next()
        elements = _top_level(document)
        for (text, first, last), (_next, after, _end) in itertools.pairwise(elements):
            if heading.match(text):
                assert first == last == after, (name, text)


def test_draft_mark_on_every_page_of_a_draft_only(
    qapp: QApplication, ctx: MinutesContext, tmp_path: Path
) -> None:
    draft = minutes_pdf(dataclasses.replace(ctx, minutes_state=MinutesState.DRAFT), "kk")
    pages = pdf_bytes_pages(draft, tmp_path, "draft.pdf")
    assert len(pages) >= 2
    for page in pages:
        marks = [word for word in page.header(OFFICE_PAGE.top) if word.text == "ЖОБА"]
        assert len(marks) == 1, page.header(OFFICE_PAGE.top)
        assert marks[0].right == pytest.approx(210 - OFFICE_PAGE.right, abs=1)  # top right
    final = pdf_bytes_pages(minutes_pdf(ctx, "ru"), tmp_path, "final.pdf")
    assert not any("ПРОЕКТ" in page.text for page in final)


def test_the_akimat_template_sets_the_pdf_margins(
    qapp: QApplication, ctx: MinutesContext, tmp_path: Path
) -> None:
    own = docx.Document()
    section = own.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(35), Mm(10)
    section.top_margin, section.bottom_margin = Mm(25), Mm(25)
    template = tmp_path / "akimat.docx"
    own.save(str(template))
    setup = PageSetup(left=35, right=10, top=25, bottom=25)
    pages = pdf_bytes_pages(minutes_pdf(ctx, "ru", template), tmp_path)
    _check_page_geometry(pages, setup, "akimat template")
    assert min(word.left for page in pages for word in page.body(setup.top)) < 36
