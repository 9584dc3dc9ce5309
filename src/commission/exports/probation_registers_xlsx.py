"""The registers of probation clients and of their social-support cases as real Excel tables.

One sheet each, streamed like the control register (``xlsx_stream``): header row, frozen
panes, autofilter, dates as dates, widths, wrap, landscape A4 with the header repeated on each
page. The rows come from
``services.registers`` already scoped to the user's district and with the IIN masked unless
the role needs it; this module only lays them out.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

from commission.exports import catalog
from commission.exports.wording import Wording
from commission.exports.xlsx_stream import StreamedBook, columns

if TYPE_CHECKING:  # the rows are the registers' own; exports do not import services at run time
    from commission.services.case_register import CaseRow
    from commission.services.registers import ClientRow

_CLIENT_COLUMNS = (
    (catalog.COL_NUMBER, 6),
    (catalog.COL_IIN, 15),
    (catalog.COL_FULL_NAME, 36),
    (catalog.COL_BIRTH_DATE, 12),
    (catalog.COL_CATEGORY, 26),
    (catalog.COL_DISTRICT, 24),
    (catalog.COL_OFFICER, 28),
    (catalog.COL_REGISTERED_ON, 13),
    (catalog.COL_DEREGISTERED_ON, 13),
    (catalog.COL_CASES, 8),
)
_CASE_COLUMNS = (
    (catalog.COL_NUMBER, 6),
    (catalog.COL_CASE_NUMBER, 11),
    (catalog.COL_CLIENT, 28),
    (catalog.COL_DISTRICT, 24),
    (catalog.COL_OPENED_ON, 12),
    (catalog.COL_PROGRAMME_STATE, 16),
    (catalog.COL_OFFICER, 28),
    (catalog.COL_MEASURES_OPEN, 12),
    (catalog.COL_MEASURES_OVERDUE, 12),
)


def _client_values(index: int, row: ClientRow, w: Wording) -> list[Any]:
    return [
        index,
        row.iin,  # text: an IIN is never a number (leading zeros, 12 digits)
        row.full_name,
        row.birth_date,
        w.client_category(row.category.value),
        row.district,
        row.officer or "",
        row.registered_on,
        row.deregistered_on,
        row.case_count,
    ]


def _case_values(index: int, row: CaseRow, w: Wording) -> list[Any]:
    return [
        index,
        row.number,  # text: «1/2026» must not become a date or a fraction
        row.client_name,
        row.district,
        row.opened_on,
        w.programme_state(row.state.value),
        row.officer or "",
        row.measures_open,
        row.measures_overdue,
    ]


def clients_register_xlsx(rows: Iterable[ClientRow], today: date, language: str) -> bytes:
    w = Wording(language)
    title = w.text(catalog.CLIENTS_REGISTER_TITLE, date=w.date_numeric(today))
    book = StreamedBook(title)
    table = book.table(w.text(catalog.SHEET_CLIENTS), columns(_CLIENT_COLUMNS, w), title)
    for index, row in enumerate(rows, start=1):
        table.append(_client_values(index, row, w))
    return book.save()


def cases_register_xlsx(rows: Iterable[CaseRow], today: date, language: str) -> bytes:
    w = Wording(language)
    title = w.text(catalog.CASES_REGISTER_TITLE, date=w.date_numeric(today))
    book = StreamedBook(title)
    table = book.table(w.text(catalog.SHEET_CASES), columns(_CASE_COLUMNS, w), title)
    for index, row in enumerate(rows, start=1):
        table.append(_case_values(index, row, w))
    return book.save()
