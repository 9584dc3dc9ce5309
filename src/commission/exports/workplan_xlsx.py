"""The year's work plan as a real Excel table: header, frozen panes, filters, print set-up.

Cells are written as the decisions register writes them (``decisions_xlsx``): a question typed
as «=…», «+…», «-…» or «@…» stays text and never becomes a formula.
"""

from __future__ import annotations

from typing import Any

from commission.documents.plan import PlanContext, PlanRow
from commission.exports import catalog
from commission.exports.wording import Wording
from commission.exports.workplan_docx import quarter_words
from commission.exports.xlsx_stream import Column, StreamedBook

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
    title = w.text(catalog.PLAN_SHORT_TITLE, year=ctx.year)
    book = StreamedBook(title)
    columns = [
        Column(w.text(header), width, centred=index in _CENTRED_COLUMNS)
        for index, (header, width) in enumerate(_COLUMNS, start=1)
    ]
    table = book.table(w.text(catalog.SHEET_PLAN), columns, title)
    rows = (row for _quarter, questions in ctx.quarters() for row in questions)
    for index, plan_row in enumerate(rows, start=1):
        table.append(_row(index, plan_row, w))
    return book.save()


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
