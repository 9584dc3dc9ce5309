"""One row of a sheet of measures as read: the client's IIN or the case number, the date a
new case opens, and the measure's cells (kind of need, action, agency, deadline, state,
outcome), or the reason the row cannot be read."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from commission.domain.enums import MeasureState, NeedKind
from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.services.client_import_cells import cell_date, cell_iin, cell_text
from commission.services.errors import InvalidInput
from commission.services.measure_import_headers import (
    MeasureField,
    measure_state_of,
    need_kind_of,
)

M = MeasureField
_KAZAKH_LETTERS = frozenset("әғқңөұүһі")


@dataclass
class SheetRow:
    """One data row of the sheet as read, before it meets the database."""

    number: int
    iin: str | None = None
    case_number: str | None = None
    opened_on: date | None = None
    measure: MeasureCells | None = None
    reason: UserError | None = None


@dataclass(frozen=True)
class MeasureCells:
    need_kind: NeedKind
    action: str
    agency: str | None
    deadline: date | None
    state: MeasureState | None
    outcome: str | None
    completed_on: date | None


def is_kazakh(text: str) -> bool:
    return bool(_KAZAKH_LETTERS & set(text.casefold()))


def action_key(text: str | None) -> str:
    return " ".join((text or "").casefold().replace("ё", "е").split())


def _letter(columns: Mapping[MeasureField, int], name: MeasureField) -> str:
    from openpyxl.utils import get_column_letter  # on use: not before the first paint

    return str(get_column_letter(columns[name] + 1))


def read_row(number: int, values: Sequence[Any], columns: Mapping[MeasureField, int]) -> SheetRow:
    def cell(name: MeasureField) -> Any:
        index = columns.get(name)
        return values[index] if index is not None and index < len(values) else None

    def day(name: MeasureField) -> date | None:
        return cell_date(cell(name), _letter(columns, name)) if name in columns else None

    row = SheetRow(number)
    try:
        iin = cell_iin(cell(M.IIN)) if M.IIN in columns else ""
        row.iin = iin or None
        row.case_number = cell_text(cell(M.CASE_NUMBER))
        if row.iin is None and row.case_number is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The row names neither the client's IIN nor a case."),
                "iin",
            )
        row.opened_on = day(M.OPENED_ON)
        if M.ACTION in columns:
            row.measure = _measure_cells(cell, day)
    except UserError as reason:
        row.reason = reason
    return row


def _measure_cells(
    cell: Callable[[MeasureField], Any], day: Callable[[MeasureField], date | None]
) -> MeasureCells:
    action = cell_text(cell(M.ACTION))
    if action is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Describe the action to be taken."), "action"
        )
    need_text = cell_text(cell(M.NEED_KIND))
    need = need_kind_of(need_text)
    if need is None:
        if need_text is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The kind of need is missing."), "need_kind"
            )
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The kind of need «{need}» is unknown."),
            "need_kind",
            need=need_text,
        )
    state_text = cell_text(cell(M.STATE))
    state = measure_state_of(state_text)
    if state is None and state_text is not None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The state of the measure «{state}» is unknown."),
            "state",
            state=state_text,
        )
    return MeasureCells(
        need_kind=need,
        action=action,
        agency=cell_text(cell(M.AGENCY)),
        deadline=day(M.DEADLINE),
        state=state,
        outcome=cell_text(cell(M.OUTCOME)),
        completed_on=day(M.COMPLETED_ON),
    )
