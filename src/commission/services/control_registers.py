"""The control register, reminders and execution discipline.

Read models are built on ``services.overview`` (the computed control state in SQL, the
register's ids and rows), so the rule of what is overdue or due soon lives in one place.
The letters to agencies about these items are ``services.letters``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from commission.db.engine import Database
from commission.db.models import (
    Agency,
    AgendaItem,
    ControlPoint,
    Decision,
    DecisionAssignee,
    ExecutionReport,
    Meeting,
)
from commission.documents.control_register import DisciplineRow, RegisterRow
from commission.domain.control import FINAL_STATES, ComputedState
from commission.domain.enums import (
    AssigneeRole,
    ControlPointState,
    ControlState,
    ExecutionGrade,
    Language,
)
from commission.domain.permissions import Permission
from commission.services import overview
from commission.services.context import Actor
from commission.services.overview import ADOPTED_MEETING_STATUSES, DecisionFilter
from commission.services.scope import acting_or_none, scope_ids

__all__ = [
    "DisciplineRow",
    "DueItem",
    "RegisterRow",
    "discipline",
    "due_items",
    "register_rows",
    "register_stream",
]

# Decisions read at a time by ``register_stream``: large enough that the per-query cost
# vanishes, small enough that an export of 100,000 decisions never holds them all.
_STREAM_CHUNK = 2000

_DUE_STATES = (ComputedState.OVERDUE, ComputedState.DUE_SOON)


def _require_register(actor: Actor) -> None:
    if not (actor.can(Permission.EXPORT_REGISTERS) or actor.can(Permission.VIEW_COMMISSION)):
        actor.require(Permission.VIEW_COMMISSION)  # refused with the usual message


# --- the control register -----------------------------------------------------------------


def register_rows(
    db: Database,
    actor: Actor,
    today: date,
    state: ComputedState | None = None,
    agency_id: int | None = None,
    language: str | None = None,
    *,
    commission_ids: Collection[int] | None = None,
) -> list[RegisterRow]:
    """Adopted decisions by due date (none last), narrowed to ``state`` and ``agency_id``
    (lead or co-executor); texts and names in ``language`` (default: the actor's). The acting
    commission's, or those of ``commission_ids`` (each readable by ``actor``)."""
    return list(
        register_stream(db, actor, today, state, agency_id, language, commission_ids=commission_ids)
    )


def register_stream(
    db: Database,
    actor: Actor,
    today: date,
    state: ComputedState | None = None,
    agency_id: int | None = None,
    language: str | None = None,
    *,
    commission_ids: Collection[int] | None = None,
) -> Iterator[RegisterRow]:
    """The rows of ``register_rows``, read from the database a chunk at a time as they are
    consumed (an export writes them while the next are read). The permission is checked and
    the register's order fixed when called, not at the first row."""
    _require_register(actor)
    if language is not None:
        actor = replace(actor, language=Language(language))
    filters = DecisionFilter(
        state=state, agency_id=agency_id, commission_ids=_tuple_or_none(commission_ids)
    )
    ids = overview.decision_ids(db, actor, filters, today)
    return _stream_rows(db, actor, ids, today)


def _stream_rows(db: Database, actor: Actor, ids: list[int], today: date) -> Iterator[RegisterRow]:
    for start in range(0, len(ids), _STREAM_CHUNK):
        rows = overview.decision_rows(db, actor, ids[start : start + _STREAM_CHUNK], today)
        executed = _executed_dates(db, [r.id for r in rows if r.state is ComputedState.EXECUTED])
        for r in rows:
            yield RegisterRow(
                decision_id=r.id,
                number=r.number,
                meeting_number=r.meeting_number,
                meeting_date=r.meeting_date,
                text=r.text,
                kind=r.kind,
                is_binding=r.is_binding,
                lead_agency=r.lead_agency,
                co_executors=r.co_executors,
                due_date=r.due_date,
                executed_on=executed.get(r.id),
                state=r.state,
                days_overdue=r.days_overdue,
            )


def _tuple_or_none(ids: Collection[int] | None) -> tuple[int, ...] | None:
    return None if ids is None else tuple(sorted(ids))


def _executed_dates(db: Database, ids: list[int]) -> dict[int, date]:
    """The decision's execution date, else the last one of its control points."""
    if not ids:
        return {}
    result: dict[int, date] = {}
    with db.reading() as session:
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            last_point = (
                select(ControlPoint.decision_id, func.max(ControlPoint.executed_on).label("last"))
                .where(ControlPoint.decision_id.in_(part))
                .group_by(ControlPoint.decision_id)
                .subquery()
            )
            query = (
                select(Decision.id, Decision.executed_on, last_point.c.last)
                .outerjoin(last_point, last_point.c.decision_id == Decision.id)
                .where(Decision.id.in_(part))
            )
            for decision_id, executed_on, last in session.execute(query):
                if executed_on or last:
                    result[decision_id] = executed_on or last
    return result


# --- reminders ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DueItem:
    """A decision due soon or overdue.

    Attributes:
        working_days: working days from today to the due date; negative when overdue.
    """

    decision_id: int
    number: str
    meeting_number: int
    meeting_date: date
    text: str
    lead_agency: str | None
    due_date: date
    state: ComputedState
    working_days: int

    @property
    def days_overdue(self) -> int:
        return max(0, -self.working_days)


def due_items(
    db: Database, actor: Actor, today: date, *, commission_ids: Collection[int] | None = None
) -> list[DueItem]:
    """What is overdue or due soon, by due date (the most overdue first); of the acting
    commission, or of ``commission_ids`` (each readable by ``actor``)."""
    _require_register(actor)
    ids: list[int] = []
    asked = _tuple_or_none(commission_ids)
    for state in _DUE_STATES:
        ids += overview.decision_ids(
            db, actor, DecisionFilter(state=state, commission_ids=asked), today
        )
    rows = overview.decision_rows(db, actor, ids, today)
    with db.reading() as session:
        calendar = overview.control_context(session, today, acting_or_none(session, actor)).calendar
    items = [
        DueItem(
            decision_id=r.id,
            number=r.number,
            meeting_number=r.meeting_number,
            meeting_date=r.meeting_date,
            text=r.text,
            lead_agency=r.lead_agency,
            due_date=r.due_date,
            state=r.state,
            working_days=calendar.working_days_between(today, r.due_date),
        )
        for r in rows
        if r.due_date is not None
    ]
    items.sort(key=lambda i: (i.due_date, i.meeting_date, i.number, i.decision_id))
    return items


# --- execution discipline -----------------------------------------------------------------


def discipline(
    db: Database,
    actor: Actor,
    year: int,
    today: date | None = None,
    language: str | None = None,
    *,
    commission_ids: Collection[int] | None = None,
) -> list[DisciplineRow]:
    """Per lead agency and quarter of ``year`` (by the control points' current due dates):
    points due, executed on time, executed late, overdue (open and past due on ``today``),
    and the average working days late of those executed late. Cancelled points and decisions
    are left out, as are decisions of meetings not held yet. Of the acting commission, or
    summed over ``commission_ids`` (the oblast's view; each readable by ``actor``)."""
    _require_register(actor)
    today = today or date.today()
    query = (
        select(
            Agency.id,
            Agency.name_ru,
            Agency.name_kk,
            Agency.short_name_ru,
            Agency.short_name_kk,
            ControlPoint.id.label("point_id"),
            ControlPoint.due_date,
            ControlPoint.state,
            ControlPoint.executed_on,
            Decision.control_state,
        )
        .join(Decision, ControlPoint.decision_id == Decision.id)
        .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
        .join(Meeting, AgendaItem.meeting_id == Meeting.id)
        .join(
            DecisionAssignee,
            (DecisionAssignee.decision_id == Decision.id)
            & (DecisionAssignee.role == AssigneeRole.LEAD),
        )
        .join(Agency, DecisionAssignee.agency_id == Agency.id)
        .where(
            Meeting.status.in_(ADOPTED_MEETING_STATUSES),
            ControlPoint.due_date >= date(year, 1, 1),
            ControlPoint.due_date <= date(year, 12, 31),
            ControlPoint.state != ControlPointState.CANCELLED,
            Decision.control_state != ControlState.CANCELLED,
        )
    )
    with db.reading() as session:
        acting = acting_or_none(session, actor)
        scope = scope_ids(session, actor, commission_ids, acting=acting)
        calendar = overview.control_context(session, today, acting).calendar
        found = session.execute(query.where(Meeting.commission_id.in_(scope))).all()
        grades = _grades(session, year)
    names: dict[int, str] = {}
    counts: dict[tuple[int, int], list[Any]] = {}
    for row in found:
        names[row.id] = overview.name_in(
            Language(language) if language else actor.language,
            row.short_name_ru or row.name_ru,
            row.short_name_kk or row.name_kk,
        )
        quarter = (row.due_date.month - 1) // 3 + 1
        entry = counts.setdefault((row.id, quarter), [0, 0, 0, 0, [], 0, 0, 0])
        entry[0] += 1
        partial = (row.point_id, None) in grades
        entry[7] += grades.get((row.point_id, row.id), 0)
        executed = row.state in (
            ControlPointState.EXECUTED_ON_TIME,
            ControlPointState.EXECUTED_LATE,
        )
        if executed:
            late = row.state is ControlPointState.EXECUTED_LATE or (
                row.executed_on is not None and row.executed_on > row.due_date
            )
            if late:
                entry[2] += 1
                entry[6] += partial
                if row.executed_on is not None:
                    entry[4].append(calendar.working_days_between(row.due_date, row.executed_on))
            else:
                entry[1] += 1
                entry[5] += partial
        elif row.control_state not in FINAL_STATES and row.due_date < today:
            entry[3] += 1
    result = [
        DisciplineRow(
            agency_id=agency_id,
            agency=names[agency_id],
            quarter=quarter,
            due=entry[0],
            on_time=entry[1],
            late=entry[2],
            overdue=entry[3],
            average_days_late=sum(entry[4]) / len(entry[4]) if entry[4] else None,
            partial_on_time=entry[5],
            partial_late=entry[6],
            formal=entry[7],
        )
        for (agency_id, quarter), entry in counts.items()
    ]
    result.sort(key=lambda r: (r.agency.casefold(), r.agency_id, r.quarter))
    return result


def _grades(session: Session, year: int) -> dict[tuple[int, int | None], int]:
    """Per control point due in ``year``: ``(point, None)`` when a report graded «partially
    executed» closed it, and ``(point, agency)`` the number of that agency's answers graded
    «formal reply». Graded reports below «executed» are few: one query, not one per point."""
    rows = session.execute(
        select(ExecutionReport.control_point_id, ExecutionReport.agency_id, ExecutionReport.grade)
        .join(ControlPoint, ExecutionReport.control_point_id == ControlPoint.id)
        .where(
            ControlPoint.due_date >= date(year, 1, 1),
            ControlPoint.due_date <= date(year, 12, 31),
            ExecutionReport.grade.in_([ExecutionGrade.PARTIAL, ExecutionGrade.FORMAL]),
        )
    )
    result: dict[tuple[int, int | None], int] = {}
    for point_id, agency_id, grade in rows:
        key = (point_id, None if grade is ExecutionGrade.PARTIAL else agency_id)
        result[key] = result.get(key, 0) + 1
    return result
