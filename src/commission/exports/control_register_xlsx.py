"""The control register of decisions as a real Excel table, with execution discipline.

Sheet 1: one row per decision — header, frozen panes, autofilter, dates as dates, widths, wrap,
landscape A4 with the header repeated on each page. Sheet 2: execution discipline per lead agency
and quarter. Typed text is stored as text (see ``decisions_xlsx``: «=…» never becomes a formula).
The rows may be a stream read from the database while the file is written (``xlsx_stream``):
100,000 decisions are never held as a list.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from commission.documents.control_register import DisciplineRow, RegisterRow
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.exports import catalog
from commission.exports.wording import Wording, roman
from commission.exports.xlsx_stream import StreamedBook, columns

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
    (QT_TRANSLATE_NOOP("Document", "Discipline score, 0–100"), 14),
)


class _RegisterWords:
    """The words of a register row, looked up once per kind and state, not once per row."""

    def __init__(self, w: Wording) -> None:
        self._w = w
        self._kinds: dict[str, str] = {}
        self._states: dict[str, str] = {}
        self.yes = w.text(catalog.YES)
        self.no = w.text(catalog.NO)

    def kind(self, value: str) -> str:
        if value not in self._kinds:
            self._kinds[value] = self._w.decision_kind(value)
        return self._kinds[value]

    def state(self, value: str) -> str:
        if value not in self._states:
            self._states[value] = self._w.state(value)
        return self._states[value]


def _register_values(row: RegisterRow, w: _RegisterWords) -> list[Any]:
    return [
        row.number,  # text: «1.10» must not become the number 1.1
        row.minutes_number,  # text: «4/2026» must not become a date or a fraction
        row.meeting_date,
        row.text,
        w.kind(row.kind.value),
        w.yes if row.obliges else w.no,
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
        row.score,
    ]


def control_register_xlsx(
    rows: Iterable[RegisterRow],
    discipline: Sequence[DisciplineRow],
    today: date,
    year: int,
    language: str,
) -> bytes:
    """The register (as of ``today``) and the discipline of ``year`` in one workbook; ``rows``
    are consumed once, as they come."""
    w = Wording(language)
    title = w.text(catalog.CONTROL_REGISTER_TITLE, date=w.date_numeric(today))
    book = StreamedBook(title)
    register = book.table(
        w.text(catalog.SHEET_CONTROL_REGISTER), columns(_REGISTER_COLUMNS, w), title
    )
    words = _RegisterWords(w)
    for row in rows:
        register.append(_register_values(row, words))
    second = book.table(
        w.text(catalog.SHEET_DISCIPLINE),
        columns(_DISCIPLINE_COLUMNS, w),
        w.text(catalog.DISCIPLINE_TITLE, year=year),
    )
    for line in discipline:
        second.append(_discipline_values(line, w))
    return book.save()
