"""The decisions register: a real table that Excel and LibreOffice read back as typed."""

from __future__ import annotations

import dataclasses
import io
from datetime import datetime

from openpyxl import load_workbook

from commission.documents.minutes import Bilingual, MinutesContext
from commission.exports.decisions_xlsx import decisions_xlsx
from tests.exports.sample import PROGRESS

FORMULA_LIKE = ('=HYPERLINK("http://x")', "+7 701 000 00 00", "-организовать рейды", "@все")


def _sheet(data: bytes):  # type: ignore[no-untyped-def]
    return load_workbook(io.BytesIO(data)).active


def test_a_real_table(ctx: MinutesContext) -> None:
    sheet = _sheet(decisions_xlsx(ctx, "ru"))
    assert sheet.title == "Решения"
    header = [cell.value for cell in sheet[1]]
    assert header == [
        "№",
        "Решение",
        "Вид",
        "Обязательное",
        "Ответственный исполнитель",
        "Соисполнители",
        "Срок",
        "Первый срок исполнения",
        "Итоги голосования",
    ]
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:I11"
    assert sheet.print_title_rows == "$1:$1"
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.fitToWidth == 1
    assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
    assert sheet.column_dimensions["B"].width == 60
    assert sheet["B2"].alignment.wrap_text is True


def test_rows_hold_the_decisions(ctx: MinutesContext) -> None:
    rows = list(_sheet(decisions_xlsx(ctx, "ru")).iter_rows(min_row=2, values_only=True))
    numbers = [row[0] for row in rows]
    assert numbers == ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3"]
    by_number = {row[0]: row for row in rows}
    police = by_number["2.2"]
    assert police[2] == "поручение"
    assert police[3] == "да"
    assert police[4] == "Отдел полиции Целиноградского района"
    assert police[5] == "Отдел образования"
    assert police[6] == "ежеквартально, до 5 числа месяца, следующего за отчетным кварталом"
    assert police[7] == datetime(2026, 4, 6)
    assert police[8] == "«за» — 9, «против» — нет, «воздержались» — нет."
    assert by_number["1.2"][1] == (
        "Снять с контроля пункты 1.2, 2.1 протокола № 2 от 15 декабря 2025 года."
    )


def test_dates_are_dates(ctx: MinutesContext) -> None:
    sheet = _sheet(decisions_xlsx(ctx, "kk"))
    assert sheet.title == "Шешімдер"
    due = [cell for cell in sheet["H"][1:] if cell.value is not None]
    assert due
    assert all(isinstance(cell.value, datetime) for cell in due)
    assert all(cell.number_format == "DD.MM.YYYY" for cell in due)


def test_text_that_looks_like_a_formula_stays_text(ctx: MinutesContext) -> None:
    decisions = tuple(
        dataclasses.replace(PROGRESS.decisions[0], number=f"1.{i}", text=Bilingual(text))
        for i, text in enumerate(FORMULA_LIKE, start=1)
    )
    item = dataclasses.replace(PROGRESS, decisions=decisions)
    sheet = _sheet(decisions_xlsx(dataclasses.replace(ctx, agenda=(item,)), "ru"))
    cells = [sheet.cell(row=row, column=2) for row in range(2, 2 + len(FORMULA_LIKE))]
    assert [cell.value for cell in cells] == list(FORMULA_LIKE)
    assert all(cell.data_type == "s" for cell in cells)
    assert all(cell.quotePrefix for cell in cells)


def test_control_characters_are_cleaned(ctx: MinutesContext) -> None:
    dirty = dataclasses.replace(PROGRESS.decisions[0], text=Bilingual("Текст\x0bиз\x01 Word\x00"))
    item = dataclasses.replace(PROGRESS, decisions=(dirty,))
    sheet = _sheet(decisions_xlsx(dataclasses.replace(ctx, agenda=(item,)), "ru"))
    assert sheet["B2"].value == "Текст\nиз Word"
