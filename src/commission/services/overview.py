"""What the main window reads about the commission's work: dashboard, meetings, decisions.

Read models only: plain frozen dataclasses built with a few aggregate queries, never ORM
objects. The computed control state (overdue, due soon) follows ``domain.control``; lists that
can grow come as ids first (``decision_ids``) and rows on demand (``decision_rows``), so that a
lazy table fetches only what it shows.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, time
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    SQLColumnExpression,
    String,
    Subquery,
    and_,
    case,
    exists,
    func,
    literal,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from commission.db.engine import Database
from commission.db.models import (
    Agency,
    AgendaItem,
    Attendance,
    Commission,
    ControlPoint,
    Decision,
    DecisionAssignee,
    Meeting,
)
from commission.domain.control import (
    ACTIVE_STATES,
    FINAL_STATES,
    ComputedState,
    computed_state,
    due_soon_limit,
    working_days_overdue,
)
from commission.domain.enums import (
    AssigneeRole,
    AttendanceStatus,
    ControlPointState,
    ControlState,
    DecisionKind,
    Language,
    MeetingKind,
    MeetingStatus,
)
from commission.domain.permissions import Permission
from commission.domain.workcalendar import WorkingCalendar
from commission.services import registers
from commission.services.calendar import load_calendar
from commission.services.context import Actor
from commission.services.scope import acting_or_none, readable_or_empty, scope_ids, units_under

DEFAULT_DUE_SOON_WORKING_DAYS = 5
TOP_AGENCIES = 5
# A decision is adopted at the sitting; decisions drafted for a meeting not yet held are not on
# control and do not appear in the register or the dashboard.
ADOPTED_MEETING_STATUSES = (
    MeetingStatus.HELD,
    MeetingStatus.MINUTES_DRAFTED,
    MeetingStatus.MINUTES_SIGNED,
    MeetingStatus.EXTRACTS_SENT,
)
UPCOMING_MEETING_STATUSES = (MeetingStatus.PLANNED, MeetingStatus.AGENDA_APPROVED)
_CHUNK = 500  # ids per IN (...) list


# --- shared helpers -----------------------------------------------------------------------


def name_in(language: Language, ru: str, kk: str | None) -> str:
    """The Kazakh name for a Kazakh-speaking user when there is one, else the Russian one."""
    return kk if language is Language.KK and kk else ru


def _agency_name(language: Language, row: Any) -> str:
    ru = row.short_name_ru or row.name_ru
    kk = row.short_name_kk or row.name_kk
    return name_in(language, ru, kk)


def _chunks(ids: Sequence[int], size: int = _CHUNK) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _casefold(value: str | None) -> str | None:
    return None if value is None else value.casefold()


def folded(session: Session, column: SQLColumnExpression[str]) -> tuple[ColumnElement[str], bool]:
    """``column`` case-folded by the database, for searching Cyrillic and Kazakh text.

    SQLite's ``lower()`` folds ASCII only, so it gets Python's ``str.casefold`` as the SQL
    function ``py_casefold`` on the connection in use. PostgreSQL's ``lower()`` folds every
    alphabet (in a database whose ctype is not "C"). Returns the expression and whether the
    query text must be ``casefold``-ed (SQLite) or ``lower``-ed (PostgreSQL) to match it.
    """
    if session.get_bind().dialect.name == "sqlite":
        raw = session.connection().connection.dbapi_connection
        assert raw is not None
        raw.create_function("py_casefold", 1, _casefold, deterministic=True)
        return func.py_casefold(column), True
    return func.lower(column), False


def contains_folded(
    session: Session, column: SQLColumnExpression[str], text: str
) -> ColumnElement[bool]:
    """Case-insensitive "contains ``text``" on both engines."""
    expression, use_casefold = folded(session, column)
    needle = text.casefold() if use_casefold else text.lower()
    return expression.like(f"%{_escape_like(needle)}%", escape="\\")


# --- control context ----------------------------------------------------------------------


@dataclass(frozen=True)
class ControlContext:
    """Everything the computed control state depends on besides the decision itself."""

    today: date
    calendar: WorkingCalendar
    due_soon_working_days: int

    @property
    def due_soon_before(self) -> date:
        return due_soon_limit(self.today, self.calendar, self.due_soon_working_days)

    def state(
        self, stored: ControlState, kind: DecisionKind, earliest_open_due: date | None
    ) -> ComputedState:
        dates = [] if earliest_open_due is None else [earliest_open_due]
        return computed_state(
            stored, kind, dates, self.today, self.calendar, self.due_soon_working_days
        )


def control_context(session: Session, today: date, commission: Commission | None) -> ControlContext:
    """The context for ``today`` in ``commission``: its «due soon» margin. ``None`` (no
    commission set up yet, or a caller that needs only the calendar) takes the default margin;
    never another commission's, since one database may hold an oblast's."""
    days = commission.due_soon_working_days if commission else DEFAULT_DUE_SOON_WORKING_DAYS
    return ControlContext(today, load_calendar(session), days)


def open_due_subquery() -> Subquery:
    """Per decision: the earliest due date of its open control points."""
    return (
        select(
            ControlPoint.decision_id.label("decision_id"),
            func.min(ControlPoint.due_date).label("due"),
        )
        .where(ControlPoint.state == ControlPointState.OPEN)
        .group_by(ControlPoint.decision_id)
        .subquery("open_due")
    )


def state_expression(earliest_open_due: Any, ctx: ControlContext) -> ColumnElement[str]:
    """``domain.control.computed_state`` as SQL, for filtering and counting a whole register.

    Must stay equivalent to the Python rule; ``tests/test_overview.py`` checks both on every
    combination of stored state, kind and date position.
    """
    stored = type_coerce(Decision.control_state, String())
    kind = type_coerce(Decision.kind, String())

    def value(state: ComputedState) -> ColumnElement[str]:
        return literal(state.value, String())

    return case(
        (stored.in_([s.value for s in FINAL_STATES]), stored),
        (earliest_open_due < ctx.today, value(ComputedState.OVERDUE)),
        (earliest_open_due < ctx.due_soon_before, value(ComputedState.DUE_SOON)),
        (
            or_(
                stored == ControlState.NOT_CONTROLLED.value,
                and_(kind == DecisionKind.NOTE.value, earliest_open_due.is_(None)),
            ),
            value(ComputedState.NOT_CONTROLLED),
        ),
        (stored == ControlState.OVERDUE.value, value(ComputedState.ON_CONTROL)),
        else_=stored,
    )


# --- decisions register -------------------------------------------------------------------


@dataclass(frozen=True)
class DecisionFilter:
    """What the decisions register is narrowed to; empty values mean "any"."""

    state: ComputedState | None = None
    agency_id: int | None = None  # lead or co-executor
    year: int | None = None  # of the meeting
    search: str = ""  # in the decision's text, case-insensitive
    meeting_id: int | None = None
    due_from: date | None = None  # the due date (earliest open point, else the term), inclusive
    due_to: date | None = None
    binding: bool | None = None  # True: binding only; False: recommendations only
    # The commissions whose decisions are listed: None is the acting commission's only; the
    # oblast's consolidated register names its districts' (each must be readable).
    commission_ids: tuple[int, ...] | None = None


# The order states are listed and sorted in: what needs attention first.
STATE_ORDER = (
    ComputedState.OVERDUE,
    ComputedState.DUE_SOON,
    ComputedState.ON_CONTROL,
    ComputedState.IN_PROGRESS,
    ComputedState.REWORK,
    ComputedState.EXTENDED,
    ComputedState.EXECUTED,
    ComputedState.REMOVED,
    ComputedState.NOT_CONTROLLED,
    ComputedState.CANCELLED,
)


class DecisionSort(StrEnum):
    """What the register can be sorted by (the columns a user clicks)."""

    DUE = "due"  # the default: what is due first comes first, no term last
    NUMBER = "number"  # meeting date, agenda item, decision: the order of the minutes
    STATE = "state"
    LEAD_AGENCY = "lead_agency"
    KIND = "kind"
    BINDING = "binding"


@dataclass(frozen=True)
class DecisionRow:
    id: int
    number: str  # "2.3": agenda item . decision
    meeting_id: int
    meeting_number: int
    meeting_date: date
    text: str
    kind: DecisionKind
    is_binding: bool
    lead_agency: str | None
    co_executors: tuple[str, ...]
    due_date: date | None  # earliest open control point, else the decision's term
    state: ComputedState
    days_overdue: int | None  # working days


def _register(
    session: Session,
    filters: DecisionFilter,
    ctx: ControlContext,
    scope: Collection[int],
    *,
    with_lead: bool = False,
) -> Subquery:
    """Adopted decisions with their computed state and sort keys, narrowed by ``filters``
    (all but the state, which the callers apply to the result). The lead agency's name is a
    subquery per row: only asked for when the list is sorted by it."""
    open_due = open_due_subquery()
    columns: list[Any] = [
        Decision.id.label("id"),
        state_expression(open_due.c.due, ctx).label("state"),
        func.coalesce(open_due.c.due, Decision.due_date).label("due"),
        Meeting.meeting_date.label("meeting_date"),
        AgendaItem.position.label("item_position"),
        Decision.position.label("position"),
        Decision.kind.label("kind"),
        Decision.is_binding.label("is_binding"),
    ]
    if with_lead:
        columns.append(_lead_agency_name().label("lead_agency"))
    query = (
        select(*columns)
        .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
        .join(Meeting, AgendaItem.meeting_id == Meeting.id)
        .outerjoin(open_due, open_due.c.decision_id == Decision.id)
        .where(Meeting.status.in_(ADOPTED_MEETING_STATUSES), Meeting.commission_id.in_(scope))
    )
    if filters.year is not None:
        query = query.where(Meeting.year == filters.year)
    if filters.agency_id is not None:
        query = query.where(
            exists().where(
                DecisionAssignee.decision_id == Decision.id,
                DecisionAssignee.agency_id == filters.agency_id,
            )
        )
    search = " ".join(filters.search.split())
    if search:
        query = query.where(contains_folded(session, Decision.text, search))
    if filters.meeting_id is not None:
        query = query.where(Meeting.id == filters.meeting_id)
    if filters.binding is not None:
        query = query.where(Decision.is_binding.is_(filters.binding))
    due = func.coalesce(open_due.c.due, Decision.due_date)
    if filters.due_from is not None:
        query = query.where(due >= filters.due_from)
    if filters.due_to is not None:
        query = query.where(due <= filters.due_to)
    return query.subquery("register")


def _lead_agency_name() -> Any:
    """The lead agency's name as lists show it, for sorting by it."""
    return (
        select(func.coalesce(Agency.short_name_ru, Agency.name_ru))
        .join(DecisionAssignee, DecisionAssignee.agency_id == Agency.id)
        .where(
            DecisionAssignee.decision_id == Decision.id,
            DecisionAssignee.role == AssigneeRole.LEAD,
        )
        .limit(1)
        .scalar_subquery()
    )


def _sort_keys(register: Subquery, sort: DecisionSort, descending: bool) -> list[Any]:
    """ORDER BY for ``sort``; ties keep the order of the minutes, then the id."""
    minutes_order = [
        register.c.meeting_date,
        register.c.item_position,
        register.c.position,
        register.c.id,
    ]
    first: list[Any]
    if sort is DecisionSort.DUE:
        first = [register.c.due]
    elif sort is DecisionSort.NUMBER:
        first = []
    elif sort is DecisionSort.STATE:
        first = [
            case(
                {state.value: rank for rank, state in enumerate(STATE_ORDER)},
                value=register.c.state,
                else_=len(STATE_ORDER),
            )
        ]
    elif sort is DecisionSort.LEAD_AGENCY:
        first = [register.c.lead_agency]
    elif sort is DecisionSort.KIND:
        first = [register.c.kind]
    else:
        first = [register.c.is_binding]
    keys = [*first, *minutes_order] if first else minutes_order
    if descending:
        return [k.desc().nulls_last() for k in keys]
    return [k.asc().nulls_last() for k in keys]


def decision_ids(
    db: Database,
    actor: Actor,
    filters: DecisionFilter,
    today: date,
    sort: DecisionSort = DecisionSort.DUE,
    descending: bool = False,
) -> list[int]:
    """Ids of the register's decisions, sorted by ``sort`` (by default by due date, none
    last), ties in the order of the minutes."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        acting = acting_or_none(session, actor)
        register = _register(
            session,
            filters,
            control_context(session, today, acting),
            scope_ids(session, actor, filters.commission_ids, acting=acting),
            with_lead=sort is DecisionSort.LEAD_AGENCY,
        )
        query = select(register.c.id).order_by(*_sort_keys(register, sort, descending))
        if filters.state is not None:
            query = query.where(register.c.state == filters.state.value)
        return list(session.scalars(query))


def _count_states(session: Session, register: Subquery) -> dict[ComputedState, int]:
    counts = dict.fromkeys(ComputedState, 0)
    rows = session.execute(select(register.c.state, func.count()).group_by(register.c.state))
    for state, count in rows:
        counts[ComputedState(state)] = int(count)
    return counts


def decision_state_counts(
    db: Database, actor: Actor, filters: DecisionFilter, today: date
) -> dict[ComputedState, int]:
    """How many decisions each computed state has under ``filters`` (their state ignored)."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        acting = acting_or_none(session, actor)
        ctx = control_context(session, today, acting)
        scope = scope_ids(session, actor, filters.commission_ids, acting=acting)
        return _count_states(session, _register(session, filters, ctx, scope))


def decision_rows(db: Database, actor: Actor, ids: Sequence[int], today: date) -> list[DecisionRow]:
    """The rows of exactly these decisions, in the order of ``ids`` (missing ones, and those
    of commissions ``actor`` may not read, left out)."""
    actor.require(Permission.VIEW_COMMISSION)
    if not ids:
        return []
    with db.reading() as session:
        ctx = control_context(session, today, acting_or_none(session, actor))
        readable = readable_or_empty(session, actor)
        open_due = open_due_subquery()
        base: list[Any] = []
        assignees: dict[int, list[Any]] = {}
        for part in _chunks(ids):
            base.extend(
                session.execute(
                    select(
                        Decision.id,
                        Decision.position,
                        Decision.text,
                        Decision.text_kk,
                        Decision.kind,
                        Decision.is_binding,
                        Decision.control_state,
                        Decision.due_date,
                        AgendaItem.position.label("item_position"),
                        Meeting.id.label("meeting_id"),
                        Meeting.number.label("meeting_number"),
                        Meeting.meeting_date,
                        open_due.c.due.label("open_due"),
                    )
                    .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
                    .join(Meeting, AgendaItem.meeting_id == Meeting.id)
                    .outerjoin(open_due, open_due.c.decision_id == Decision.id)
                    .where(Decision.id.in_(part), Meeting.commission_id.in_(readable))
                )
            )
            for row in session.execute(
                select(
                    DecisionAssignee.decision_id,
                    DecisionAssignee.role,
                    Agency.name_ru,
                    Agency.name_kk,
                    Agency.short_name_ru,
                    Agency.short_name_kk,
                )
                .join(Agency, DecisionAssignee.agency_id == Agency.id)
                .where(DecisionAssignee.decision_id.in_(part))
                .order_by(Agency.name_ru)
            ):
                assignees.setdefault(row.decision_id, []).append(row)
    by_id: dict[int, DecisionRow] = {}
    for row in base:
        lead: str | None = None
        others: list[str] = []
        for assignee in assignees.get(row.id, []):
            name = _agency_name(actor.language, assignee)
            if assignee.role is AssigneeRole.LEAD and lead is None:
                lead = name
            else:
                others.append(name)
        by_id[row.id] = DecisionRow(
            id=row.id,
            number=f"{row.item_position}.{row.position}",
            meeting_id=row.meeting_id,
            meeting_number=row.meeting_number,
            meeting_date=row.meeting_date,
            text=name_in(actor.language, row.text, row.text_kk) or row.text_kk or "",
            kind=row.kind,
            is_binding=row.is_binding,
            lead_agency=lead,
            co_executors=tuple(others),
            due_date=row.open_due or row.due_date,
            state=ctx.state(row.control_state, row.kind, row.open_due),
            days_overdue=working_days_overdue(row.open_due, ctx.today, ctx.calendar)
            if row.control_state not in FINAL_STATES
            else None,
        )
    return [by_id[i] for i in ids if i in by_id]


# --- meetings -----------------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingRow:
    id: int
    year: int
    number: int
    meeting_date: date
    start_time: time | None
    place: str | None
    kind: MeetingKind
    status: MeetingStatus
    agenda_items: int
    decisions: int
    present: int  # members present, substitutes included


def list_meetings(
    db: Database,
    actor: Actor,
    year: int | None = None,
    *,
    commission_ids: Collection[int] | None = None,
) -> list[MeetingRow]:
    """Meetings of ``year`` (all years when ``None``), latest year first, by number: the
    acting commission's, or those of ``commission_ids`` (each readable by ``actor``)."""
    actor.require(Permission.VIEW_COMMISSION)
    items = (
        select(AgendaItem.meeting_id.label("meeting_id"), func.count().label("n"))
        .group_by(AgendaItem.meeting_id)
        .subquery("items")
    )
    decisions = (
        select(AgendaItem.meeting_id.label("meeting_id"), func.count(Decision.id).label("n"))
        .join(Decision, Decision.agenda_item_id == AgendaItem.id)
        .group_by(AgendaItem.meeting_id)
        .subquery("decided")
    )
    present = (
        select(Attendance.meeting_id.label("meeting_id"), func.count().label("n"))
        .where(Attendance.status.in_([AttendanceStatus.PRESENT, AttendanceStatus.REPLACED]))
        .group_by(Attendance.meeting_id)
        .subquery("present")
    )
    query = (
        select(
            Meeting.id,
            Meeting.year,
            Meeting.number,
            Meeting.meeting_date,
            Meeting.start_time,
            Meeting.place,
            Meeting.place_kk,
            Meeting.kind,
            Meeting.status,
            func.coalesce(items.c.n, 0).label("items"),
            func.coalesce(decisions.c.n, 0).label("decisions"),
            func.coalesce(present.c.n, 0).label("present"),
        )
        .outerjoin(items, items.c.meeting_id == Meeting.id)
        .outerjoin(decisions, decisions.c.meeting_id == Meeting.id)
        .outerjoin(present, present.c.meeting_id == Meeting.id)
        .order_by(Meeting.year.desc(), Meeting.number)
    )
    if year is not None:
        query = query.where(Meeting.year == year)
    with db.reading() as session:
        query = query.where(Meeting.commission_id.in_(scope_ids(session, actor, commission_ids)))
        return [
            MeetingRow(
                id=r.id,
                year=r.year,
                number=r.number,
                meeting_date=r.meeting_date,
                start_time=r.start_time,
                # The place as typed in the user's language: a Kazakh list reads Kazakh.
                place=name_in(actor.language, r.place, r.place_kk) if r.place else r.place_kk,
                kind=r.kind,
                status=r.status,
                agenda_items=int(r.items),
                decisions=int(r.decisions),
                present=int(r.present),
            )
            for r in session.execute(query)
        ]


def meeting_years(
    db: Database, actor: Actor, *, commission_ids: Collection[int] | None = None
) -> list[int]:
    """Years that have meetings, latest first (of the commissions as in ``list_meetings``)."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        scope = scope_ids(session, actor, commission_ids)
        return list(
            session.scalars(
                select(Meeting.year)
                .where(Meeting.commission_id.in_(scope))
                .distinct()
                .order_by(Meeting.year.desc())
            )
        )


# --- dashboard ----------------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingBrief:
    id: int
    year: int
    number: int
    meeting_date: date
    start_time: time | None
    place: str | None
    status: MeetingStatus
    place_kk: str | None = None  # the place typed in Kazakh, shown in the Kazakh interface


@dataclass(frozen=True)
class AgencyCount:
    agency_id: int
    name: str
    count: int


@dataclass(frozen=True)
class DashboardData:
    """Attributes:
    state_counts: decisions per computed control state, every state present (zero included).
    top_overdue_agencies: lead agencies with the most overdue decisions, most first.
    clients_on_register, open_cases: ``None`` for roles that may not see clients.
    """

    today: date
    commission_name: str | None
    due_soon_working_days: int
    next_meeting: MeetingBrief | None
    last_held: MeetingBrief | None
    state_counts: Mapping[ComputedState, int] = field(default_factory=dict)
    top_overdue_agencies: tuple[AgencyCount, ...] = ()
    clients_on_register: int | None = None
    open_cases: int | None = None

    def count(self, *states: ComputedState) -> int:
        return sum(self.state_counts.get(s, 0) for s in states)

    @property
    def overdue(self) -> int:
        return self.count(ComputedState.OVERDUE)

    @property
    def due_soon(self) -> int:
        return self.count(ComputedState.DUE_SOON)

    @property
    def on_control(self) -> int:
        """Still being worked on and neither overdue nor due soon."""
        rest = ACTIVE_STATES - {ComputedState.OVERDUE, ComputedState.DUE_SOON}
        return self.count(*rest)

    @property
    def executed(self) -> int:
        return self.count(ComputedState.EXECUTED)


def _brief(meeting: Meeting | None) -> MeetingBrief | None:
    if meeting is None:
        return None
    return MeetingBrief(
        meeting.id,
        meeting.year,
        meeting.number,
        meeting.meeting_date,
        meeting.start_time,
        meeting.place,
        meeting.status,
        meeting.place_kk,
    )


def dashboard(
    db: Database, actor: Actor, today: date, *, commission_ids: Collection[int] | None = None
) -> DashboardData:
    """The numbers the chair and the secretary look at first: of the acting commission, or
    summed over ``commission_ids`` (the oblast's figures; each readable by ``actor``)."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        commission = acting_or_none(session, actor)
        scope = scope_ids(session, actor, commission_ids, acting=commission)
        ctx = control_context(session, today, commission)
        name = None
        if commission is not None:
            name = name_in(
                actor.language,
                commission.short_name_ru or commission.name_ru,
                commission.short_name_kk or commission.name_kk,
            )
        next_meeting = session.scalar(
            select(Meeting)
            .where(
                Meeting.commission_id.in_(scope),
                Meeting.status.in_(UPCOMING_MEETING_STATUSES),
                Meeting.meeting_date >= today,
            )
            .order_by(Meeting.meeting_date, Meeting.number)
            .limit(1)
        )
        last_held = session.scalar(
            select(Meeting)
            .where(
                Meeting.commission_id.in_(scope),
                Meeting.status.in_(ADOPTED_MEETING_STATUSES),
                Meeting.meeting_date <= today,
            )
            .order_by(Meeting.meeting_date.desc(), Meeting.number.desc())
            .limit(1)
        )
        register = _register(session, DecisionFilter(), ctx, scope)
        counts = _count_states(session, register)
        overdue_count = func.count(register.c.id).label("overdue")
        top = session.execute(
            select(
                Agency.id,
                Agency.name_ru,
                Agency.name_kk,
                Agency.short_name_ru,
                Agency.short_name_kk,
                overdue_count,
            )
            .join(DecisionAssignee, DecisionAssignee.agency_id == Agency.id)
            .join(register, register.c.id == DecisionAssignee.decision_id)
            .where(
                DecisionAssignee.role == AssigneeRole.LEAD,
                register.c.state == ComputedState.OVERDUE.value,
            )
            .group_by(
                Agency.id,
                Agency.name_ru,
                Agency.name_kk,
                Agency.short_name_ru,
                Agency.short_name_kk,
            )
            .order_by(overdue_count.desc(), Agency.name_ru)
            .limit(TOP_AGENCIES)
        ).all()
        clients = cases = None
        if actor.can(Permission.VIEW_CLIENTS):
            # The probation figures follow the commissions chosen: a district's, or all.
            units = None
            if commission_ids is not None:
                units = set()
                for unit_id in session.scalars(
                    select(Commission.admin_unit_id).where(Commission.id.in_(scope))
                ):
                    units |= units_under(session, unit_id)
            clients, cases = registers.register_counts(session, actor, units)
        return DashboardData(
            today=today,
            commission_name=name,
            due_soon_working_days=ctx.due_soon_working_days,
            next_meeting=_brief(next_meeting),
            last_held=_brief(last_held),
            state_counts=counts,
            top_overdue_agencies=tuple(
                AgencyCount(r.id, _agency_name(actor.language, r), int(r.overdue)) for r in top
            ),
            clients_on_register=clients,
            open_cases=cases,
        )
