"""The counts of one period: what the quarterly statistics and the public report compare.

Each function reads one period of the commissions in ``scope`` and returns plain counts keyed
by the line keys of ``documents.reports``; ``quarterly`` puts three periods side by side.
Control points are classified as the execution discipline classifies them
(``control_registers.discipline``): by their current due date, cancelled ones left out, and
"overdue" meaning still open and past due on ``today``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, SQLColumnExpression, and_, case, func, or_, select
from sqlalchemy.orm import Session

from commission.db.models import (
    Agency,
    AgendaItem,
    AgendaItemCase,
    Case,
    Client,
    ControlPoint,
    Decision,
    DecisionAssignee,
    ExecutionReport,
    Extension,
    Measure,
    Meeting,
)
from commission.documents import reports as r
from commission.documents.minutes import Bilingual
from commission.domain.control import FINAL_STATES
from commission.domain.enums import (
    AssigneeRole,
    ControlPointState,
    ControlState,
    ExecutionGrade,
    ExtensionState,
    MeasureState,
    MeetingKind,
)
from commission.services.overview import ADOPTED_MEETING_STATUSES

_EXECUTED = (ControlPointState.EXECUTED_ON_TIME, ControlPointState.EXECUTED_LATE)
_NOT_PROVIDED = (MeasureState.REFUSED, MeasureState.IMPOSSIBLE)


@dataclass
class AgencyCounts:
    name: Bilingual
    due: int = 0
    on_time: int = 0
    late: int = 0
    overdue: int = 0
    # Of the executed points, those a report graded «partially executed» closed; and the
    # agency's answers graded «formal reply» (domain.discipline's P and R).
    partial_on_time: int = 0
    partial_late: int = 0
    formal: int = 0


@dataclass
class CommissionCounts:
    lines: Counter[str] = field(default_factory=Counter)
    questions: Counter[str] = field(default_factory=Counter)  # by agenda kind
    agencies: dict[int, AgencyCounts] = field(default_factory=dict)


def _held(scope: Collection[int], start: date, end: date) -> ColumnElement[bool]:
    return and_(
        Meeting.commission_id.in_(scope),
        Meeting.status.in_(ADOPTED_MEETING_STATUSES),
        Meeting.meeting_date.between(start, end),
    )


def _in_scope(scope: Collection[int]) -> ColumnElement[bool]:
    return and_(Meeting.commission_id.in_(scope), Meeting.status.in_(ADOPTED_MEETING_STATUSES))


Span = tuple[date, date]


def _within(column: SQLColumnExpression[Any], spans: Sequence[Span]) -> ColumnElement[bool]:
    return or_(*(column.between(start, end) for start, end in spans))


def _buckets(spans: Sequence[Span], day: date) -> list[int]:
    """The spans ``day`` falls in (a year's previous period is also its year-ago one)."""
    return [index for index, (start, end) in enumerate(spans) if start <= day <= end]


def commission_counts(
    session: Session, scope: Collection[int], spans: Sequence[Span], today: date
) -> list[CommissionCounts]:
    """Sittings, questions, decisions and their execution, one ``CommissionCounts`` per
    ``(start, end)`` span: each kind of record is read once for all the spans, grouped by its
    date, and the dates sorted into the spans here."""
    result = [CommissionCounts() for _ in spans]

    def add(day: date | None, key: str, n: int) -> None:
        for index in _buckets(spans, day) if day is not None else ():
            result[index].lines[key] += n

    held = and_(_in_scope(scope), _within(Meeting.meeting_date, spans))
    for day, kind, n in session.execute(
        select(Meeting.meeting_date, Meeting.kind, func.count(Meeting.id))
        .where(held)
        .group_by(Meeting.meeting_date, Meeting.kind)
    ):
        add(day, r.SITTINGS_HELD, n)
        if kind is MeetingKind.EXTRAORDINARY:
            add(day, r.SITTINGS_EXTRAORDINARY, n)
    for day, item_kind, n in session.execute(
        select(Meeting.meeting_date, AgendaItem.kind, func.count(AgendaItem.id))
        .join(Meeting, AgendaItem.meeting_id == Meeting.id)
        .where(held)
        .group_by(Meeting.meeting_date, AgendaItem.kind)
    ):
        add(day, r.QUESTIONS_TOTAL, n)
        for index in _buckets(spans, day):
            result[index].questions[item_kind.value] += n
    for day, binding, state, n in session.execute(
        select(Meeting.meeting_date, Decision.is_binding, Decision.control_state, func.count())
        .select_from(Decision)
        .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
        .join(Meeting, AgendaItem.meeting_id == Meeting.id)
        .where(held)
        .group_by(Meeting.meeting_date, Decision.is_binding, Decision.control_state)
    ):
        add(day, r.DECISIONS_ADOPTED, n)
        if binding:
            add(day, r.DECISIONS_BINDING, n)
        if state not in (ControlState.NOT_CONTROLLED, ControlState.CANCELLED):
            add(day, r.DECISIONS_CONTROLLED, n)
    _count_points(session, scope, spans, today, result)
    for removed_on, n in session.execute(
        select(Decision.removed_on, func.count(Decision.id))
        .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
        .join(Meeting, AgendaItem.meeting_id == Meeting.id)
        .where(
            _in_scope(scope),
            Decision.control_state == ControlState.REMOVED,
            _within(Decision.removed_on, spans),
        )
        .group_by(Decision.removed_on)
    ):
        add(removed_on, r.REMOVED, n)
    decided = func.coalesce(Extension.decided_on, Extension.requested_on)
    for decided_on, n in session.execute(
        select(decided, func.count(Extension.id))
        .join(ControlPoint, Extension.control_point_id == ControlPoint.id)
        .join(Decision, ControlPoint.decision_id == Decision.id)
        .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
        .join(Meeting, AgendaItem.meeting_id == Meeting.id)
        .where(
            _in_scope(scope),
            Extension.state == ExtensionState.GRANTED,
            _within(decided, spans),
        )
        .group_by(decided)
    ):
        add(decided_on, r.EXTENDED, n)
    return result


def _count_points(
    session: Session,
    scope: Collection[int],
    spans: Sequence[Span],
    today: date,
    result: Sequence[CommissionCounts],
) -> None:
    lead = and_(
        DecisionAssignee.decision_id == Decision.id, DecisionAssignee.role == AssigneeRole.LEAD
    )
    query = (
        select(
            ControlPoint.due_date,
            ControlPoint.state,
            ControlPoint.executed_on,
            Decision.control_state,
            Agency.id.label("agency_id"),
            func.coalesce(Agency.short_name_ru, Agency.name_ru).label("ru"),
            func.coalesce(Agency.short_name_kk, Agency.name_kk).label("kk"),
            _graded(ExecutionGrade.PARTIAL).label("partial"),
            _graded(ExecutionGrade.FORMAL, by_lead=True).label("formal"),
        )
        .join(Decision, ControlPoint.decision_id == Decision.id)
        .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
        .join(Meeting, AgendaItem.meeting_id == Meeting.id)
        .outerjoin(DecisionAssignee, lead)
        .outerjoin(Agency, DecisionAssignee.agency_id == Agency.id)
        .where(
            _in_scope(scope),
            _within(ControlPoint.due_date, spans),
            ControlPoint.state != ControlPointState.CANCELLED,
            Decision.control_state != ControlState.CANCELLED,
        )
    )
    for row in session.execute(query):
        outcome = _outcome(row.state, row.due_date, row.executed_on, row.control_state, today)
        for index in _buckets(spans, row.due_date):
            _count_point(result[index], outcome, row)


def _graded(grade: ExecutionGrade, *, by_lead: bool = False) -> Any:
    """Reports on the point graded ``grade`` (the lead agency's only, ``by_lead``): graded
    reports below «executed» are few, so a correlated count costs little."""
    query = select(func.count(ExecutionReport.id)).where(
        ExecutionReport.control_point_id == ControlPoint.id, ExecutionReport.grade == grade
    )
    if by_lead:
        query = query.where(ExecutionReport.agency_id == Agency.id)
    return query.correlate(ControlPoint, Agency).scalar_subquery()


def _count_point(counts: CommissionCounts, outcome: str | None, row: Any) -> None:
    counts.lines[r.POINTS_DUE] += 1
    if outcome:
        counts.lines[outcome] += 1
    if row.agency_id is None:
        return
    agency = counts.agencies.setdefault(row.agency_id, AgencyCounts(Bilingual(row.ru, row.kk)))
    agency.due += 1
    agency.formal += row.formal or 0
    if outcome == r.EXECUTED_ON_TIME:
        agency.on_time += 1
        agency.partial_on_time += 1 if row.partial else 0
    elif outcome == r.EXECUTED_LATE:
        agency.late += 1
        agency.partial_late += 1 if row.partial else 0
    elif outcome == r.OVERDUE:
        agency.overdue += 1


def _outcome(
    state: ControlPointState,
    due: date,
    executed_on: date | None,
    decision_state: ControlState,
    today: date,
) -> str | None:
    """Executed on time, late, overdue today, or None (open and not yet due, or closed by
    the decision's removal from control)."""
    if state in _EXECUTED:
        late = state is ControlPointState.EXECUTED_LATE or (
            executed_on is not None and executed_on > due
        )
        return r.EXECUTED_LATE if late else r.EXECUTED_ON_TIME
    if decision_state not in FINAL_STATES and due < today:
        return r.OVERDUE
    return None


@dataclass
class ProbationCounts:
    lines: Counter[str] = field(default_factory=Counter)
    categories: Counter[str] = field(default_factory=Counter)  # on the register at the end
    needs: dict[str, Counter[str]] = field(default_factory=dict)  # need kind → outcome → n
    agencies: dict[int, tuple[Bilingual, int]] = field(default_factory=dict)  # provided


def probation_counts(
    session: Session,
    clients: ColumnElement[bool],
    scope: Collection[int],
    spans: Sequence[Span],
) -> list[ProbationCounts]:
    """The register, cases and measures of the clients ``clients`` selects (the districts
    the actor may see under the commissions in ``scope``), one ``ProbationCounts`` per
    ``(start, end)`` span. The register and the cases are read in one pass each for every
    span: they have no index on their dates, and an oblast's clients are read once, not nine
    times."""
    result = [ProbationCounts() for _ in spans]
    _count_register(session, clients, spans, result)
    _count_cases(session, clients, spans, result)
    for (start, end), counts in zip(spans, result, strict=True):
        _count_measures(session, clients, scope, start, end, counts)
    return result


def _sum(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _count_register(
    session: Session,
    clients: ColumnElement[bool],
    spans: Sequence[Span],
    result: Sequence[ProbationCounts],
) -> None:
    columns: list[ColumnElement[int]] = []
    for start, end in spans:
        on_register = and_(
            or_(Client.registered_on.is_(None), Client.registered_on <= end),
            or_(Client.deregistered_on.is_(None), Client.deregistered_on > end),
        )
        columns += [
            _sum(on_register),
            _sum(Client.registered_on.between(start, end)),
            _sum(Client.deregistered_on.between(start, end)),
        ]
    query = select(Client.category, *columns).where(clients).group_by(Client.category)
    for category, *sums in session.execute(query):
        for index, counts in enumerate(result):
            on, registered, deregistered = (int(n) for n in sums[3 * index : 3 * index + 3])
            counts.categories[category.value] += on
            counts.lines[r.ON_REGISTER] += on
            counts.lines[r.REGISTERED] += registered
            counts.lines[r.DEREGISTERED] += deregistered


def _count_cases(
    session: Session,
    clients: ColumnElement[bool],
    spans: Sequence[Span],
    result: Sequence[ProbationCounts],
) -> None:
    columns: list[ColumnElement[int]] = []
    for start, end in spans:
        columns += [
            _sum(Case.opened_on.between(start, end)),
            _sum(Case.approved_on.between(start, end)),
            _sum(
                and_(Case.approved_on <= end, or_(Case.closed_on.is_(None), Case.closed_on > end))
            ),
        ]
    row = session.execute(
        select(*columns).select_from(Case).join(Client, Case.client_id == Client.id).where(clients)
    ).one()
    for index, counts in enumerate(result):
        opened, approved, with_programme = (int(n) for n in row[3 * index : 3 * index + 3])
        counts.lines[r.CASES_OPENED] = opened
        counts.lines[r.PROGRAMMES_APPROVED] = approved
        counts.lines[r.CASES_WITH_PROGRAMME] = with_programme


def _count_measures(
    session: Session,
    clients: ColumnElement[bool],
    scope: Collection[int],
    start: date,
    end: date,
    counts: ProbationCounts,
) -> None:
    done = (
        select(Measure.need_kind, Measure.state, Measure.agency_id, func.count(Measure.id))
        .join(Case, Measure.case_id == Case.id)
        .join(Client, Case.client_id == Client.id)
        .where(clients, Measure.completed_on.between(start, end))
        .group_by(Measure.need_kind, Measure.state, Measure.agency_id)
    )
    provided_by: Counter[int] = Counter()
    for need, state, agency_id, n in session.execute(done):
        outcome = _measure_outcome(state)
        if outcome is None:
            continue
        counts.needs.setdefault(need.value, Counter())[outcome] += n
        counts.lines[outcome] += n
        if outcome == r.MEASURES_PROVIDED and agency_id is not None:
            provided_by[agency_id] += n
    if provided_by:
        for agency in session.scalars(select(Agency).where(Agency.id.in_(provided_by))):
            name = Bilingual(
                agency.short_name_ru or agency.name_ru, agency.short_name_kk or agency.name_kk
            )
            counts.agencies[agency.id] = (name, provided_by[agency.id])
    counts.lines[r.ESCALATIONS] = int(
        session.scalar(
            select(func.count())
            .select_from(AgendaItemCase)
            .join(AgendaItem, AgendaItemCase.agenda_item_id == AgendaItem.id)
            .join(Meeting, AgendaItem.meeting_id == Meeting.id)
            .where(_held(scope, start, end), AgendaItemCase.is_escalation.is_(True))
        )
        or 0
    )


def _measure_outcome(state: MeasureState) -> str | None:
    if state is MeasureState.PROVIDED:
        return r.MEASURES_PROVIDED
    if state in _NOT_PROVIDED:
        return r.MEASURES_NOT_PROVIDED
    if state is MeasureState.REDIRECTED:
        return r.MEASURES_REDIRECTED
    return None  # assigned, in progress or escalated: not an outcome yet


def case_question_ids(session: Session, scope: Collection[int], start: date, end: date) -> set[int]:
    """The agenda items heard in the period that examine a client's case."""
    return set(
        session.scalars(
            select(AgendaItemCase.agenda_item_id)
            .join(AgendaItem, AgendaItemCase.agenda_item_id == AgendaItem.id)
            .join(Meeting, AgendaItem.meeting_id == Meeting.id)
            .where(_held(scope, start, end))
        )
    )
