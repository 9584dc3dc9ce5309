"""The year's work plan as a real Excel table: header, frozen panes, filters, print set-up.

Cells are written as the decisions register writes them (``decisions_xlsx``): a question typed
as «=…», «+…», «-…» or «@…» stays text and never becomes a formula.
"""

from __future__ import annotations

import io
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from commission.documents.plan import PlanContext, PlanRow
from commission.exports import catalog
from commission.exports.decisions_xlsx import _print_setup, _put, _sheet_title
from commission.exports.sanitize import xml_safe
from commission.exports.wording import Wording
from commission.exports.workplan_docx import quarter_words

_WRAP = Alignment(wrap_text=True, vertical="top")
_CENTRED = Alignment(wrap_text=True, vertical="top", horizontal="center")
_HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")

# (header, width in characters)
_COLUMNS = (
    (catalog.COL_NUMBER, 6),
    (catalog.COL_QUARTER, 13),
    (catalog.COL_QUESTION, 60),
    (catalog.COL_RESPONSIBLE, 34),
    (catalog.COL_SPEAKER, 28),
    (catalog.COL_STATE, 22),
    (catalog.COL_MEETING, 12),
)
_CENTRED_COLUMNS = (1, 2, 7)


def workplan_xlsx(ctx: PlanContext, language: str) -> bytes:
    w = Wording(language)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _sheet_title(w.text(catalog.SHEET_PLAN))
    title = w.text(catalog.PLAN_SHORT_TITLE, year=ctx.year)
    workbook.properties.title = xml_safe(title)
    workbook.properties.creator = "Commission"

    for column, (header, width) in enumerate(_COLUMNS, start=1):
        cell = sheet.cell(row=1, column=column)
        _put(cell, w.text(header))
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        sheet.column_dimensions[get_column_letter(column)].width = width

    rows = [row for _quarter, questions in ctx.quarters() for row in questions]
    for index, plan_row in enumerate(rows, start=1):
        for column, value in enumerate(_row(index, plan_row, w), start=1):
            cell = sheet.cell(row=index + 1, column=column)
            _put(cell, value)
            cell.alignment = _CENTRED if column in _CENTRED_COLUMNS else _WRAP

    last = get_column_letter(len(_COLUMNS))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{last}{len(rows) + 1}"
    _print_setup(sheet, title)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _row(number: int, row: PlanRow, w: Wording) -> list[Any]:
    state = catalog.PLAN_STATES.get(row.state)
    meeting = w.text(catalog.NUMBER, number=row.meeting_number) if row.meeting_number else ""
    return [
        number,
        quarter_words(row.quarter, w),
        row.question.get(w.language).strip(),
        row.agency.get(w.language) if row.agency is not None else "",
        row.speaker.get(w.language).strip(),
        w.text(state, context="DocumentPlanState") if state else row.state,
        meeting,
    ]
