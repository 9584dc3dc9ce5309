"""Table columns wide enough for their longest word: no word broken in two in Word,
LibreOffice or the Qt PDF («трудоустройств|о», «07.07.202|6»)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from commission.exports.blocks import Align, DocumentBlocks, Paragraph, Style, Table, bold, para
from commission.exports.columns import MIN_SIZE_PT, fit_table, word_width_mm
from commission.exports.docx_render import render_docx
from commission.exports.minutes_pdf import render_pdf
from commission.exports.page import OFFICE_PAGE
from tests.exports.pages import libreoffice_pdfs, pdf_bytes_pages

Cell = tuple[Paragraph, ...]

# The programme's columns and words that broke in them.
WIDTHS = (0.06, 0.2, 0.4, 0.2, 0.14)
ROWS = [
    ("№", "Вид помощи", "Мероприятие", "Ответственный орган", "Срок"),
    (
        "1",
        "трудоустройство",
        "Направить на краткосрочное обучение",
        "Центр занятости",
        "18.05.2025",
    ),
    ("2", "документы, удостоверяющие личность", "Оказать содействие", "ЦОН", "09.06.2025"),
    ("3", "жеке басын куәландыратын құжаттар", "Ведомствоаралық кеңес", "Жұмыспен", "12.10.2024"),
    ("4", "социальные выплаты", "Консультация Дюсеновой М. А.", "Отдел", "28.06.2025"),
]


def _cell(text: str, header: bool = False) -> Cell:
    if header:
        return (para(bold(text), style=Style.TABLE, align=Align.CENTER),)
    return (para(text, style=Style.TABLE),)


def programme_like_table() -> Table:
    rows = tuple(tuple(_cell(text, index == 0) for text in row) for index, row in enumerate(ROWS))
    return Table(rows=rows, widths=WIDTHS, borders=True, header_rows=1)


def test_columns_that_hold_their_words_keep_their_shares() -> None:
    table = Table(rows=((_cell("а"), _cell("б")),), widths=(0.3, 0.7))
    assert fit_table(table, 165).widths == (0.3, 0.7)


def test_a_narrow_column_takes_room_from_the_others() -> None:
    table = fit_table(programme_like_table(), OFFICE_PAGE.text_width)
    assert sum(table.widths) == pytest.approx(1.0)
    size = table.size_pt or 12.0
    assert size >= 11  # nearly room enough at the table's size
    for column, share in enumerate(table.widths):
        longest = max(
            word_width_mm(word, size, bold=index == 0)
            for index, row in enumerate(ROWS)
            for word in row[column].split()
        )
        assert share * OFFICE_PAGE.text_width >= longest, (column, share)
    assert table.widths[1] > WIDTHS[1]  # «трудоустройство», «куәландыратын»


def test_words_too_long_for_any_width_make_the_text_smaller() -> None:
    words = ("Ведомствоаралықкомиссияның",) * 6
    table = Table(rows=(tuple(_cell(w) for w in words),), widths=(1 / 6,) * 6, borders=True)
    fitted = fit_table(table, OFFICE_PAGE.text_width)
    assert fitted.size_pt is not None and MIN_SIZE_PT <= fitted.size_pt < 12


def test_a_name_bound_to_its_initials_is_one_word() -> None:
    wide = word_width_mm("Дюсеновой\u00a0М.\u00a0А.", 12)
    assert wide > word_width_mm("Дюсеновой", 12) + word_width_mm("М.", 12)


def _words(table: Table) -> set[str]:
    return {
        word.strip(",.")
        for row in table.rows
        for cell in row
        for paragraph in cell
        for word in paragraph.text.replace("\u00a0", " ").split()
    }


def test_no_word_is_broken_by_libreoffice(tmp_path: Path) -> None:
    doc = DocumentBlocks("table", "ru", [programme_like_table()])
    pages = libreoffice_pdfs({"table": render_docx(doc)}, tmp_path)["table"]
    printed = {word.text.strip(",.") for page in pages for word in page.words}
    assert _words(programme_like_table()) <= printed


def test_no_word_is_broken_in_the_qt_pdf(qapp: QApplication, tmp_path: Path) -> None:
    doc = DocumentBlocks("table", "ru", [programme_like_table()])
    pages = pdf_bytes_pages(render_pdf(doc), tmp_path)
    printed = {word.text.strip(",.") for page in pages for word in page.words}
    assert _words(programme_like_table()) <= printed
