"""The control register of decisions as a real Excel table, with execution discipline.

Sheet 1: one row per decision — header, frozen panes, autofilter, dates as dates, widths, wrap,
landscape A4 with the header repeated on each page. Sheet 2: execution discipline per lead agency
and quarter. Typed text is stored as text (see ``decisions_xlsx``: «=…» never becomes a formula).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from commission.documents.control_register import DisciplineRow, RegisterRow
from commission.exports import catalog
from commission.exports.decisions_xlsx import _HEADER_FILL, _WRAP, _print_setup, _put, _sheet_title
from commission.exports.wording import Wording, roman

_REGISTER_COLUMNS = (
    (catalog.COL_NUMBER, 7),
    (catalog.COL_MEETING_NUMBER, 10),
    (catalog.COL_MEETING_DATE, 12),
    (catalog.COL_DECISION, 60),
    (catalog.COL_KIND, 18),
    (catalog.COL_BINDING, 10),
    (catalog.COL_LEAD, 30),
    (catalog.COL_CO_EXECUTORS, 30),
    (catalog.COL_DUE_DATE, 12),
    (catalog.COL_EXECUTED_ON, 12),
    (catalog.COL_STATE, 18),
    (catalog.COL_DAYS_OVERDUE, 12),
)
_DISCIPLINE_COLUMNS = (
    (catalog.COL_AGENCY, 40),
    (catalog.COL_QUARTER, 10),
    (catalog.COL_DUE_COUNT, 14),
    (catalog.COL_ON_TIME, 14),
    (catalog.COL_LATE, 16),
    (catalog.COL_OVERDUE_COUNT, 14),
    (catalog.COL_AVERAGE_LATE, 16),
)


def _header(sheet: Any, columns: Sequence[tuple[str, int]], w: Wording) -> None:
    for column, (header, width) in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=column)
        _put(cell, w.text(header))
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        sheet.column_dimensions[get_column_letter(column)].width = width


def _fill(sheet: Any, rows: Sequence[Sequence[Any]], columns: int, title: str) -> None:
    for row, values in enumerate(rows, start=2):
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=row, column=column)
            _put(cell, value)
            cell.alignment = _WRAP
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(columns)}{len(rows) + 1}"
    _print_setup(sheet, title)


def _register_values(row: RegisterRow, w: Wording) -> list[Any]:
    return [
        row.number,  # text: «1.10» must not become the number 1.1
        row.minutes_number,  # text: «4/2026» must not become a date or a fraction
        row.meeting_date,
        row.text,
        w.decision_kind(row.kind.value),
        w.text(catalog.YES if row.obliges else catalog.NO),
        row.lead_agency or "",
        "; ".join(row.co_executors),
        row.due_date,
        row.executed_on,
        w.state(row.state.value),
        row.days_overdue,
    ]


def _discipline_values(row: DisciplineRow, w: Wording) -> list[Any]:
    average = None if row.average_days_late is None else round(row.average_days_late, 1)
    return [
        row.agency,
        w.text(catalog.QUARTER, quarter=roman(row.quarter)),
        row.due,
        row.on_time,
        row.late,
        row.overdue,
        average,
    ]


def control_register_xlsx(
    rows: Sequence[RegisterRow],
    discipline: Sequence[DisciplineRow],
    today: date,
    year: int,
    language: str,
) -> bytes:
    """The register (as of ``today``) and the discipline of ``year`` in one workbook."""
    w = Wording(language)
    workbook = Workbook()
    title = w.text(catalog.CONTROL_REGISTER_TITLE, date=w.date_numeric(today))
    workbook.properties.title = title
    workbook.properties.creator = "Commission"

    sheet = workbook.active
    sheet.title = _sheet_title(w.text(catalog.SHEET_CONTROL_REGISTER))
    _header(sheet, _REGISTER_COLUMNS, w)
    _fill(sheet, [_register_values(r, w) for r in rows], len(_REGISTER_COLUMNS), title)

    second = workbook.create_sheet(_sheet_title(w.text(catalog.SHEET_DISCIPLINE)))
    _header(second, _DISCIPLINE_COLUMNS, w)
    _fill(
        second,
        [_discipline_values(r, w) for r in discipline],
        len(_DISCIPLINE_COLUMNS),
        w.text(catalog.DISCIPLINE_TITLE, year=year),
    )
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
