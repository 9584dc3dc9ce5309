"""What falls on each day of a period: the commission's sittings, the control deadlines of its
decisions, a probation officer's measure deadlines, and the working calendar's holidays and
moved working days. The calendar area and the .ics export read the same list.

No client's name is in an event: a measure is told by its case number and the kind of need,
so an exported calendar (Outlook, a phone) never carries personal data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum

from sqlalchemy import select

from commission.db.engine import Database
from commission.db.models import (
    Agency,
    AgendaItem,
    CalendarDay,
    Case,
    ControlPoint,
    Decision,
    Measure,
    Meeting,
)
from commission.domain.control import ComputedState
from commission.domain.enums import ControlPointState, MeetingKind, MeetingStatus, NeedKind
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.permissions import Permission
from commission.domain.programme import OPEN_MEASURE_STATES, OPEN_PROGRAMME_STATES
from commission.domain.workcalendar import DayKind
from commission.services import overview
from commission.services.context import Actor
from commission.services.errors import InvalidInput
from commission.services.registers import district_scope
from commission.services.scope import acting_or_none

# A period longer than this is refused: the calendar shows a month or a week, and an .ics
# for Outlook is made for a year or two at most.
MAX_DAYS = 3 * 366


class EventKind(StrEnum):
    SITTING = "sitting"
    CONTROL_DUE = "control_due"  # an open control point of a decision falls due
    MEASURE_DUE = "measure_due"  # an open measure of the officer's own case falls due


@dataclass(frozen=True)
class Sitting:
    meeting_id: int
    number: int
    year: int
    day: date
    start: time | None
    place: str | None  # in the actor's language
    kind: MeetingKind
    status: MeetingStatus


@dataclass(frozen=True)
class ControlDue:
    decision_id: int
    number: str  # «2.1»
    meeting_number: int
    meeting_date: date
    day: date
    lead_agency: str | None  # in the actor's language
    state: ComputedState


@dataclass(frozen=True)
class MeasureDue:
    case_id: int
    case_number: str
    measure_id: int
    need_kind: NeedKind
    day: date
    agency: str | None
    overdue: bool


@dataclass(frozen=True)
class MarkedDay:
    day: date
    kind: DayKind
    name: str  # as stored: the library's Kazakh name, or the administrator's text
    source: str


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # included
    sittings: tuple[Sitting, ...]
    control: tuple[ControlDue, ...]
    measures: tuple[MeasureDue, ...]
    marked: tuple[MarkedDay, ...]  # holidays, days off and moved working days

    def on(self, day: date) -> tuple[list[Sitting], list[ControlDue], list[MeasureDue]]:
        """What falls on ``day`` (the calendar's cell)."""
        return (
            [s for s in self.sittings if s.day == day],
            [c for c in self.control if c.day == day],
            [m for m in self.measures if m.day == day],
        )


def _check_period(start: date, end: date) -> None:
    if end < start:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The end of the period is before its start."), "end"
        )
    if (end - start).days > MAX_DAYS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Choose a period of at most three years."), "end"
        )


def period(db: Database, actor: Actor, start: date, end: date, today: date) -> Period:
    """Everything of ``actor``'s commission (and, for an officer, his cases) from ``start``
    to ``end`` inclusive, each list by date."""
    actor.require(Permission.VIEW_COMMISSION)
    _check_period(start, end)
    sittings = _sittings(db, actor, start, end)
    control = _control(db, actor, start, end, today)
    with db.reading() as session:
        marked = tuple(
            MarkedDay(row.day, row.kind, row.name, row.source)
            for row in session.scalars(
                select(CalendarDay)
                .where(CalendarDay.day >= start, CalendarDay.day <= end)
                .order_by(CalendarDay.day)
            )
        )
        measures: tuple[MeasureDue, ...] = ()
        if actor.can(Permission.EDIT_CASES) and actor.user_id is not None:
            rows = session.execute(
                select(Measure, Case.number)
                .join(Case, Measure.case_id == Case.id)
                .join(Case.client)
                .where(
                    district_scope(actor, session),
                    Case.officer_id == actor.user_id,
                    Case.state.in_(OPEN_PROGRAMME_STATES),
                    Measure.state.in_(OPEN_MEASURE_STATES),
                    Measure.deadline.is_not(None),
                    Measure.deadline >= start,
                    Measure.deadline <= end,
                )
                .order_by(Measure.deadline, Case.number)
            ).all()
            agency_ids = {m.agency_id for m, _n in rows if m.agency_id is not None}
            names = {
                a.id: overview.name_in(
                    actor.language, a.short_name_ru or a.name_ru, a.short_name_kk or a.name_kk
                )
                for a in session.scalars(select(Agency).where(Agency.id.in_(agency_ids or {0})))
            }
            measures = tuple(
                MeasureDue(
                    case_id=m.case_id,
                    case_number=number,
                    measure_id=m.id,
                    need_kind=m.need_kind,
                    day=m.deadline,
                    agency=names.get(m.agency_id) if m.agency_id is not None else None,
                    overdue=m.deadline < today,
                )
                for m, number in rows
                if m.deadline is not None
            )
    return Period(start, end, sittings, control, measures, marked)


def _sittings(db: Database, actor: Actor, start: date, end: date) -> tuple[Sitting, ...]:
    """The acting commission's meetings of the period, read by their indexed date (not the
    meetings list, whose counts of items and decisions a calendar does not show)."""
    with db.reading() as session:
        commission = acting_or_none(session, actor)
        if commission is None:
            return ()
        rows = session.scalars(
            select(Meeting).where(
                Meeting.commission_id == commission.id,
                Meeting.meeting_date >= start,
                Meeting.meeting_date <= end,
            )
        )
        found = [
            Sitting(
                meeting_id=m.id,
                number=m.number,
                year=m.year,
                day=m.meeting_date,
                start=m.start_time,
                place=overview.name_in(actor.language, m.place, m.place_kk)
                if m.place
                else m.place_kk,
                kind=m.kind,
                status=m.status,
            )
            for m in rows
        ]
    # A sitting without a start time first on its day, on both engines alike.
    return tuple(sorted(found, key=lambda s: (s.day, s.start or time(0), s.number)))


def _control(
    db: Database, actor: Actor, start: date, end: date, today: date
) -> tuple[ControlDue, ...]:
    """Open control points due in the period, with their decision's number and lead agency
    as the register shows them."""
    with db.reading() as session:
        commission = acting_or_none(session, actor)
        if commission is None:
            return ()
        scope = (
            select(Decision.id)
            .join(AgendaItem, AgendaItem.id == Decision.agenda_item_id)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .where(Meeting.commission_id == commission.id)
        )
        points = session.execute(
            select(ControlPoint.decision_id, ControlPoint.due_date)
            .where(
                ControlPoint.state == ControlPointState.OPEN,
                ControlPoint.due_date >= start,
                ControlPoint.due_date <= end,
                ControlPoint.decision_id.in_(scope),
            )
            .order_by(ControlPoint.due_date, ControlPoint.decision_id)
        ).all()
    if not points:
        return ()
    rows = {
        row.id: row
        for row in overview.decision_rows(db, actor, sorted({p[0] for p in points}), today)
    }
    found = []
    for decision_id, due in points:
        row = rows.get(decision_id)
        if row is None:
            continue
        found.append(
            ControlDue(
                decision_id=decision_id,
                number=row.number,
                meeting_number=row.meeting_number,
                meeting_date=row.meeting_date,
                day=due,
                lead_agency=row.lead_agency,
                state=ComputedState.OVERDUE if due < today else row.state,
            )
        )
    return tuple(found)
