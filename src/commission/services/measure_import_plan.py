"""What the rows of a sheet of measures do to the database: the client and case each names,
the measure it adds or updates under the domain's rules, the case opened for a client without
one. Each decision is made before anything is written, so a dry run gives the exact report;
``Planner.steps`` then write it in the import's transaction."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from commission.db.models import Agency, Case, Client, Measure
from commission.domain.enums import MeasureState, ProgrammeState
from commission.domain.iin import normalize_iin
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.programme import (
    FINAL_MEASURE_STATES,
    OPEN_PROGRAMME_STATES,
    WORKING_PROGRAMME_STATES,
    check_measure_transition,
)
from commission.services import audit
from commission.services.cases import new_case
from commission.services.client_import import RowOutcome
from commission.services.client_import_headers import header_key
from commission.services.context import Actor
from commission.services.errors import InvalidInput
from commission.services.measure_import_rows import MeasureCells, SheetRow, action_key, is_kazakh
from commission.services.scope import sees_district

_CHUNK = 500


def _agencies(session: Session) -> dict[str, int]:
    """Active agencies by BIN and by every name they go by, folded as headers are."""
    found: dict[str, int] = {}
    for agency in session.scalars(select(Agency).where(Agency.is_active.is_(True))):
        if agency.bin:
            found[agency.bin] = agency.id
        for name in (agency.name_ru, agency.name_kk, agency.short_name_ru, agency.short_name_kk):
            if name:
                found.setdefault(header_key(name), agency.id)
    return found


def _agency_of(agencies: Mapping[str, int], text: str) -> int | None:
    number = normalize_iin(text)
    if number.isdigit() and len(number) == 12:
        return agencies.get(number)
    return agencies.get(header_key(text))


def _client_missing() -> InvalidInput:
    # Out of scope reads exactly as not on the register: the row must not tell the officer
    # that another district has this person.
    return InvalidInput(
        QT_TRANSLATE_NOOP(
            "Errors",
            "There is no client with this IIN on the register you keep; import the client "
            "list first.",
        ),
        "iin",
    )


def _case_missing(number: str) -> InvalidInput:
    return InvalidInput(
        QT_TRANSLATE_NOOP("Errors", "There is no case No. {number} among the cases you keep."),
        "case_number",
        number=number,
    )


class Context:
    """The rows' clients, cases and measures, read once."""

    def __init__(self, session: Session, actor: Actor, rows: Sequence[SheetRow]) -> None:
        self.session = session
        self.actor = actor
        iins = {r.iin for r in rows if r.iin}
        numbers = {r.case_number for r in rows if r.case_number}
        self.clients = {c.iin: c for c in _in(session, Client, Client.iin, iins)}
        by_number = list(_in(session, Case, Case.number, numbers))
        self.cases_by_number = {c.number: c for c in by_number}
        client_ids = {c.id for c in self.clients.values()} | {c.client_id for c in by_number}
        self.current: dict[int, Case] = {}
        for case in _in(session, Case, Case.client_id, client_ids):
            if case.state in OPEN_PROGRAMME_STATES:
                self.current[case.client_id] = case
        self.measures: dict[int, dict[str, Measure]] = {}
        self.agencies = _agencies(session)

    def sees(self, client: Client) -> bool:
        return sees_district(self.session, self.actor, client.district_id)

    def measures_of(self, case: Case) -> dict[str, Measure]:
        if case.id not in self.measures:
            found: dict[str, Measure] = {}
            for measure in self.session.scalars(select(Measure).where(Measure.case_id == case.id)):
                for text in (measure.action, measure.action_kk):
                    if text:
                        found.setdefault(action_key(text), measure)
            self.measures[case.id] = found
        return self.measures[case.id]


def _in(session: Session, model: Any, column: Any, values: set[Any]) -> list[Any]:
    found: list[Any] = []
    ordered = sorted(values)
    for start in range(0, len(ordered), _CHUNK):
        found.extend(
            session.scalars(select(model).where(column.in_(ordered[start : start + _CHUNK])))
        )
    return found


def client_and_case(ctx: Context, row: SheetRow) -> tuple[Client, Case | None]:
    """The row's client and case (None: a new case is to be opened)."""
    if row.case_number is not None:
        case = ctx.cases_by_number.get(row.case_number)
        client = ctx.session.get(Client, case.client_id) if case is not None else None
        if case is None or client is None or not ctx.sees(client):
            raise _case_missing(row.case_number)
        if row.iin is not None and client.iin != row.iin:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Case No. {number} is another client's."),
                "case_number",
                number=row.case_number,
            )
        return client, case
    client = ctx.clients.get(row.iin or "")
    if client is None or not ctx.sees(client):
        raise _client_missing()
    case = ctx.current.get(client.id)
    if case is None and client.deregistered_on is not None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The client has been removed from the register; no case can be opened."
            ),
            None,
        )
    return client, case


# --- the rows' effect ----------------------------------------------------------------------


class Planner:
    """Decides each row's outcome and queues what it writes; nothing touches the database
    until ``apply`` (never in a dry run)."""

    def __init__(self, ctx: Context, today: date) -> None:
        self.ctx = ctx
        self.today = today
        self.opened_on: dict[int, date] = {}  # client id -> opening date of his new case
        self.new_cases: dict[int, Case] = {}
        self.steps: list[Callable[[], None]] = []
        self.created: list[Measure] = []
        self.updated: list[Measure] = []
        self.unknown_agencies: list[str] = []
        self.first_row: dict[tuple[int, str], int] = {}

    # the new cases: opened on the earliest date the sheet gives for the client

    def note_new_case(self, client: Client, row: SheetRow) -> None:
        dates = [self.today, row.opened_on, row.measure.deadline if row.measure else None]
        earliest = min(d for d in dates if d is not None)
        self.opened_on[client.id] = min(self.opened_on.get(client.id, earliest), earliest)

    def _case_for(self, client: Client) -> Case:
        if client.id not in self.new_cases:
            ctx = self.ctx
            self.new_cases[client.id] = new_case(
                ctx.session, ctx.actor, client, self.opened_on[client.id]
            )
        return self.new_cases[client.id]

    def _open(self, client: Client) -> None:
        self._case_for(client)

    # one row

    def plan(self, row: SheetRow, client: Client, case: Case | None) -> RowOutcome:
        cells = row.measure
        if cells is None:  # a row of the cases register: the case is there, or opened
            if case is not None:
                return RowOutcome.UNCHANGED
            first = self.first_row.setdefault((client.id, ""), row.number)
            if first == row.number:
                self.steps.append(lambda: self._open(client))
                return RowOutcome.CREATED
            return RowOutcome.UNCHANGED  # the case the row above opens
        if case is not None and case.state not in OPEN_PROGRAMME_STATES:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "Case No. {number} has ended; it can no longer be changed."
                ),
                None,
                number=case.number,
            )
        agency_id = self._agency(cells.agency)
        key = action_key(cells.action)
        first = self.first_row.setdefault((client.id, key), row.number)
        if first != row.number:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The same measure of this client is already on row {row} of this file; "
                    "the row was skipped.",
                ),
                "action",
                row=first,
            )
        opened_on = case.opened_on if case is not None else self.opened_on[client.id]
        if cells.deadline is not None and cells.deadline < opened_on:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "The deadline {due} is before the case was opened ({date})."
                ),
                "deadline",
                due=cells.deadline.strftime("%d.%m.%Y"),
                date=opened_on.strftime("%d.%m.%Y"),
            )
        existing = self.ctx.measures_of(case).get(key) if case is not None else None
        if existing is None:
            self._add(client, case, cells, agency_id, opened_on)
            return RowOutcome.CREATED
        assert case is not None
        return self._update(existing, case, cells, agency_id)

    def _agency(self, text: str | None) -> int | None:
        if text is None:
            return None
        found = _agency_of(self.ctx.agencies, text)
        if found is None:
            if text not in self.unknown_agencies:
                self.unknown_agencies.append(text)
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The agency «{agency}» is not in the list of agencies; add it there or "
                    "correct the name.",
                ),
                "agency_id",
                agency=text,
            )
        return found

    def _finish(
        self, state: MeasureState, cells: MeasureCells, opened_on: date
    ) -> tuple[str | None, date | None]:
        """The outcome and completion date a move to ``state`` records, or the reason not."""
        if state not in FINAL_MEASURE_STATES:
            return cells.outcome, None
        if cells.outcome is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Describe the outcome of the measure."), "outcome"
            )
        day = cells.completed_on or self.today
        if day > self.today or day < opened_on:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The completion date must be between the opening of the case and today.",
                ),
                "completed_on",
            )
        return cells.outcome, day

    @staticmethod
    def _working(programme: ProgrammeState) -> None:
        if programme not in WORKING_PROGRAMME_STATES:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "Approve the programme before its measures are worked on."
                ),
                None,
            )

    def _add(
        self,
        client: Client,
        case: Case | None,
        cells: MeasureCells,
        agency_id: int | None,
        opened_on: date,
    ) -> None:
        state = cells.state or MeasureState.ASSIGNED
        if state is not MeasureState.ASSIGNED:
            self._working(case.state if case is not None else ProgrammeState.DRAFT)
            check_measure_transition(MeasureState.ASSIGNED, state)
        outcome, completed_on = self._finish(state, cells, opened_on)

        def add() -> None:
            target = case if case is not None else self._case_for(client)
            kazakh = is_kazakh(cells.action)
            measure = Measure(
                case_id=target.id,
                need_kind=cells.need_kind,
                action="" if kazakh else cells.action,
                action_kk=cells.action if kazakh else None,
                agency_id=agency_id,
                deadline=cells.deadline,
                state=state,
                completed_on=completed_on,
                updated_by=self.ctx.actor.login,
            )
            _set_outcome(measure, outcome)
            self.ctx.session.add(measure)
            audit.record_create(self.ctx.session, self.ctx.actor, measure)
            self.created.append(measure)
            self._start_programme(target, state)

        self.steps.append(add)

    def _update(
        self, measure: Measure, case: Case, cells: MeasureCells, agency_id: int | None
    ) -> RowOutcome:
        changes: dict[str, Any] = {}
        if measure.need_kind is not cells.need_kind:
            changes["need_kind"] = cells.need_kind
        if agency_id is not None and measure.agency_id != agency_id:
            changes["agency_id"] = agency_id
        if cells.deadline is not None and measure.deadline != cells.deadline:
            changes["deadline"] = cells.deadline
        state = cells.state
        moves = state is not None and state is not measure.state
        if changes and measure.state in FINAL_MEASURE_STATES:
            raise _finished()
        outcome = cells.outcome
        if moves:
            assert state is not None
            self._working(case.state)
            check_measure_transition(measure.state, state)
            outcome, completed_on = self._finish(state, cells, case.opened_on)
            changes["state"] = state
            if completed_on is not None:
                changes["completed_on"] = completed_on
        if outcome is not None and outcome not in (measure.outcome, measure.outcome_kk):
            if measure.state in FINAL_MEASURE_STATES:
                raise _finished()
            changes["outcome"] = outcome
        if not changes:
            return RowOutcome.UNCHANGED

        def update() -> None:
            text = changes.pop("outcome", None)
            for name, value in changes.items():
                setattr(measure, name, value)
            if text is not None:
                _set_outcome(measure, text)
            audit.record_update(self.ctx.session, self.ctx.actor, measure)
            self.updated.append(measure)
            self._start_programme(case, measure.state)

        self.steps.append(update)
        return RowOutcome.UPDATED

    def _start_programme(self, case: Case, state: MeasureState) -> None:
        """The first measure that moves starts an approved programme (as on the card)."""
        if state is not MeasureState.ASSIGNED and case.state is ProgrammeState.APPROVED:
            case.state = ProgrammeState.IN_PROGRESS
            audit.record_update(self.ctx.session, self.ctx.actor, case)


def _finished() -> InvalidInput:
    return InvalidInput(
        QT_TRANSLATE_NOOP(
            "Errors", "The measure is already finished; its outcome can no longer change."
        ),
        None,
    )


def _set_outcome(measure: Measure, text: str | None) -> None:
    if text is None:
        return
    if is_kazakh(text):
        measure.outcome_kk = text
    else:
        measure.outcome = text
