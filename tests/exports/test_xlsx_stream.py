"""Streamed tables (``xlsx_stream``), read back: what a user sees in Excel is what the
normal workbooks gave — styles per column, text kept as text, dates as dates."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date, datetime

from openpyxl import load_workbook

from commission.documents.control_register import RegisterRow
from commission.exports.control_register_xlsx import control_register_xlsx
from commission.exports.xlsx_stream import Column, StreamedBook

from .test_letters_and_register import DISCIPLINE, ROWS, TODAY


def test_a_streamed_table_keeps_text_dates_and_styles() -> None:
    book = StreamedBook("Title & more")
    table = book.table(
        "A/B: [table]", [Column("Text", 20), Column("When", 12, centred=True)], "Printed"
    )
    table.append(["+7 701 000 00 00", date(2026, 5, 4)])
    table.append(["обычный\xa0текст\x0b", None])
    table.append([12, "=1+1"])
    sheet = load_workbook(io.BytesIO(book.save())).worksheets[0]
    assert sheet.title == "A B   table"
    assert [c.value for c in sheet[1]] == ["Text", "When"]
    assert sheet["A1"].font.bold and sheet["A1"].fill.fgColor.rgb.endswith("D9D9D9")
    phone, when = sheet[2]
    assert phone.value == "+7 701 000 00 00" and phone.data_type == "s" and phone.quotePrefix
    assert isinstance(when.value, datetime) and when.number_format == "DD.MM.YYYY"
    assert when.alignment.horizontal == "center" and when.alignment.wrap_text
    assert sheet["A3"].value == "обычный текст\n" and not sheet["A3"].quotePrefix
    assert sheet["A3"].alignment.wrap_text and sheet["B3"].value is None
    assert sheet["A4"].value == 12 and sheet["B4"].value == "=1+1"
    assert sheet["B4"].data_type == "s"
    assert sheet.auto_filter.ref == "A1:B4" and sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["A"].width == 20
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.print_title_rows == "$1:$1"


def test_the_register_consumes_its_rows_as_they_come() -> None:
    taken: list[int] = []

    def stream() -> Iterator[RegisterRow]:
        for row in ROWS * 3:
            taken.append(row.decision_id)
            yield row

    data = control_register_xlsx(stream(), DISCIPLINE, TODAY, 2026, "ru")
    book = load_workbook(io.BytesIO(data))
    sheet = book.worksheets[0]
    assert len(taken) == 6 and sheet.max_row == 7
    assert sheet.auto_filter.ref == "A1:L7"
    styles = {style if isinstance(style, str) else style.name for style in book.named_styles}
    assert {"Commission header", "Commission text", "Commission date"} <= styles
