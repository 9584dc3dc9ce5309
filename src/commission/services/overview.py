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
    Decision,
    DecisionAssignee,
    Meeting,
)
from commission.domain.control import (
    ACTIVE_STATES,
    FINAL_STATES,
    ComputedState,
    computed_state,
    dated_state,
    due_soon_limit,
    working_days_overdue,
)
from commission.domain.enums import (
    AssigneeRole,
    AttendanceStatus,
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


def state_expression(ctx: ControlContext) -> ColumnElement[str]:
    """``domain.control.computed_state`` as SQL over the decision's stored columns
    (``open_due``, ``undated_state``, kept by ``services.control_state``), for filtering and
    counting a whole register through indexes.

    Must stay equivalent to the Python rule; ``tests/test_control_state.py`` compares them on
    the demo, on a generated register and after every kind of control change.
    """
    undated = type_coerce(Decision.undated_state, String())

    def value(state: ComputedState) -> ColumnElement[str]:
        return literal(state.value, String())

    return case(
        (undated.in_([s.value for s in FINAL_STATES]), undated),
        (Decision.open_due < ctx.today, value(ComputedState.OVERDUE)),
        (Decision.open_due < ctx.due_soon_before, value(ComputedState.DUE_SOON)),
        else_=undated,
    )


def state_condition(state: ComputedState, ctx: ControlContext) -> ColumnElement[bool]:
    """``state_expression(ctx) == state`` written so that the database can use the indexes on
    ``open_due`` and ``undated_state``: overdue and due soon are ranges of dates."""
    undated = type_coerce(Decision.undated_state, String())
    final = [s.value for s in FINAL_STATES]
    if state is ComputedState.OVERDUE:
        # IS NOT NULL bounds the range below, so that SQLite reads it through the index.
        return and_(
            Decision.open_due.is_not(None), Decision.open_due < ctx.today, undated.not_in(final)
        )
    if state is ComputedState.DUE_SOON:
        return and_(
            Decision.open_due >= ctx.today,
            Decision.open_due < ctx.due_soon_before,
            undated.not_in(final),
        )
    if state.value in final:
        return undated == state.value
    return and_(
        undated == state.value,
        or_(Decision.open_due.is_(None), Decision.open_due >= ctx.due_soon_before),
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
    commission_id: int | None = None  # whose meeting adopted it (the oblast lists several)


def _conditions(
    session: Session,
    filters: DecisionFilter,
    ctx: ControlContext,
    scope: Collection[int],
    state: ComputedState | None,
) -> tuple[list[ColumnElement[bool]], list[ColumnElement[bool]]]:
    """The register's WHERE: on the decision's meeting, and on the decision itself."""
    on_meeting: list[ColumnElement[bool]] = [
        Meeting.status.in_(ADOPTED_MEETING_STATUSES),
        Meeting.commission_id.in_(scope),
    ]
    on_decision: list[ColumnElement[bool]] = []
    if filters.year is not None:
        on_meeting.append(Meeting.year == filters.year)
    if filters.meeting_id is not None:
        on_meeting.append(Meeting.id == filters.meeting_id)
    if filters.agency_id is not None:
        on_decision.append(
            exists().where(
                DecisionAssignee.decision_id == Decision.id,
                DecisionAssignee.agency_id == filters.agency_id,
            )
        )
    search = " ".join(filters.search.split())
    if search:
        on_decision.append(contains_folded(session, Decision.text, search))
    if filters.binding is not None:
        on_decision.append(Decision.is_binding.is_(filters.binding))
    if state is not None:
        on_decision.append(state_condition(state, ctx))
    if filters.due_from is not None:
        on_decision.append(Decision.shown_due >= filters.due_from)
    if filters.due_to is not None:
        on_decision.append(Decision.shown_due <= filters.due_to)
    return on_meeting, on_decision


def _register(
    session: Session,
    filters: DecisionFilter,
    ctx: ControlContext,
    scope: Collection[int],
    *,
    with_lead: bool = False,
    state: ComputedState | None = None,
    more: Sequence[ColumnElement[bool]] = (),
) -> Subquery:
    """Adopted decisions with their computed state and sort keys, narrowed by ``filters``
    but for their state (counts ignore it), by ``state`` when given and by ``more``. The lead
    agency's name is a subquery per row: only asked for when the list is sorted by it."""
    columns: list[Any] = [
        Decision.id.label("id"),
        state_expression(ctx).label("state"),
        Decision.shown_due.label("due"),
        Meeting.meeting_date.label("meeting_date"),
        AgendaItem.position.label("item_position"),
        Decision.position.label("position"),
        Decision.kind.label("kind"),
        Decision.is_binding.label("is_binding"),
    ]
    if with_lead:
        columns.append(_lead_agency_name().label("lead_agency"))
    on_meeting, on_decision = _conditions(session, filters, ctx, scope, state)
    query = (
        select(*columns)
        .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
        .join(Meeting, AgendaItem.meeting_id == Meeting.id)
        .where(*on_meeting, *on_decision, *more)
    )
    return query.subquery("register")


_DATED_STATES = (ComputedState.OVERDUE, ComputedState.DUE_SOON)


def _first_by_due(
    session: Session,
    filters: DecisionFilter,
    ctx: ControlContext,
    scope: Collection[int],
    descending: bool,
    limit: int,
) -> list[int] | None:
    """The decisions among which the first ``limit`` by due date are: found by walking the
    index on ``shown_due`` in order (each decision's meeting checked by its key) up to the
    ``limit``-th, the decisions due that same day completed in the order of the minutes. The
    page is then sorted from these alone, so the first screen costs the same at
    ten thousand decisions as at a hundred thousand. ``None`` when fewer than ``limit`` have a
    due date: those without one (listed last) are needed too."""
    on_meeting, on_decision = _conditions(session, filters, ctx, scope, filters.state)
    adopted = (
        select(AgendaItem.id)
        .join(Meeting, AgendaItem.meeting_id == Meeting.id)
        .where(AgendaItem.id == Decision.agenda_item_id, *on_meeting)
        .exists()
    )
    # Overdue and due soon are ranges of the earliest open due date, which is then the date
    # shown: its own index finds them without stepping over executed decisions.
    key = Decision.open_due if filters.state in _DATED_STATES else Decision.shown_due
    found = [key.is_not(None), adopted, *on_decision]
    walked = session.execute(
        select(Decision.id, key.label("due"))
        .where(*found)
        .order_by(key.desc() if descending else key.asc())
        .limit(limit)
    ).all()
    if len(walked) < limit:
        return None
    last = walked[-1].due
    before = [row.id for row in walked if row.due != last]
    tie_conditions = on_decision
    if filters.state in _DATED_STATES:
        # The day is inside the state's range of dates already: an index lookup of the day,
        # not a walk of the range, with only the final states left to leave out.
        _, tie_conditions = _conditions(session, filters, ctx, scope, None)
        final = [s.value for s in FINAL_STATES]
        tie_conditions.append(type_coerce(Decision.undated_state, String()).not_in(final))
    # The day's own decisions in the order of the minutes, as many as the page still needs.
    # The key leads the ORDER BY though it is one day: so the planner reads the day through
    # its index, rather than every meeting in date order to spare a sort of the day's few.
    minutes_order = [key, Meeting.meeting_date, AgendaItem.position, Decision.position, Decision.id]
    ties = session.scalars(
        select(Decision.id)
        .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
        .join(Meeting, AgendaItem.meeting_id == Meeting.id)
        .where(*on_meeting, *tie_conditions, key == last)
        .order_by(*[k.desc() if descending else k.asc() for k in minutes_order])
        .limit(limit - len(before))
    )
    return before + list(ties)


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
    limit: int | None = None,
) -> list[int]:
    """Ids of the register's decisions, sorted by ``sort`` (by default by due date, none
    last), ties in the order of the minutes; the first ``limit`` only when given (the first
    screen of a list whose length ``decision_state_counts`` gives)."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        acting = acting_or_none(session, actor)
        ctx = control_context(session, today, acting)
        scope = scope_ids(session, actor, filters.commission_ids, acting=acting)
        more: list[ColumnElement[bool]] = []
        if limit is not None and sort is DecisionSort.DUE:
            candidates = _first_by_due(session, filters, ctx, scope, descending, limit)
            more = [] if candidates is None else [Decision.id.in_(candidates)]
        register = _register(
            session,
            filters,
            ctx,
            scope,
            with_lead=sort is DecisionSort.LEAD_AGENCY,
            state=filters.state,
            more=more,
        )
        query = select(register.c.id).order_by(*_sort_keys(register, sort, descending))
        if limit is not None:
            query = query.limit(limit)
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
                        Decision.open_due,
                        Decision.shown_due,
                        Decision.undated_state,
                        AgendaItem.position.label("item_position"),
                        Meeting.id.label("meeting_id"),
                        Meeting.number.label("meeting_number"),
                        Meeting.meeting_date,
                        Meeting.commission_id,
                    )
                    .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
                    .join(Meeting, AgendaItem.meeting_id == Meeting.id)
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
            due_date=row.shown_due,
            state=dated_state(row.undated_state, row.open_due, ctx.today, ctx.due_soon_before),
            days_overdue=working_days_overdue(row.open_due, ctx.today, ctx.calendar)
            if row.control_state not in FINAL_STATES
            else None,
            commission_id=row.commission_id,
        )
    return [by_id[i] for i in ids if i in by_id]


# --- what is due (the reminders) ------------------------------------------------------------

DUE_SCREEN = 100  # reminders shown at once; the rest are in the register


@dataclass(frozen=True)
class DueList:
    """What is overdue or due soon: how many of each, and the first of them by due date (the
    most overdue first), ``rows`` of at most the limit asked for."""

    overdue: int
    due_soon: int
    rows: tuple[DecisionRow, ...]

    @property
    def total(self) -> int:
        return self.overdue + self.due_soon


def due_list(
    db: Database,
    actor: Actor,
    today: date,
    limit: int = DUE_SCREEN,
    *,
    commission_ids: Collection[int] | None = None,
) -> DueList:
    """The reminders' first screen and counts: both read through the index on the earliest
    open due date, so they cost what they show, not the size of the register. Of the acting
    commission, or of ``commission_ids`` (each readable by ``actor``)."""
    actor.require(Permission.VIEW_COMMISSION)
    asked = None if commission_ids is None else tuple(sorted(commission_ids))
    counts: dict[ComputedState, int] = {}
    ids: list[int] = []
    with db.reading() as session:
        acting = acting_or_none(session, actor)
        ctx = control_context(session, today, acting)
        scope = scope_ids(session, actor, asked, acting=acting)
        for state in (ComputedState.OVERDUE, ComputedState.DUE_SOON):
            filters = DecisionFilter(state=state, commission_ids=asked)
            on_meeting, on_decision = _conditions(session, filters, ctx, scope, state)
            counts[state] = int(
                session.scalar(
                    select(func.count())
                    .select_from(Decision)
                    .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
                    .join(Meeting, AgendaItem.meeting_id == Meeting.id)
                    .where(*on_meeting, *on_decision)
                )
                or 0
            )
    for state in (ComputedState.OVERDUE, ComputedState.DUE_SOON):
        if len(ids) < limit and counts[state]:
            filters = DecisionFilter(state=state, commission_ids=asked)
            ids += decision_ids(db, actor, filters, today, limit=limit - len(ids))
    return DueList(
        overdue=counts[ComputedState.OVERDUE],
        due_soon=counts[ComputedState.DUE_SOON],
        rows=tuple(decision_rows(db, actor, ids, today)),
    )


# --- meetings -----------------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingRow:
    id: int
    year: int
    number: int
    meeting_date: date
    start_time: time | None
    place: str | None  # in the actor's language
    kind: MeetingKind
    status: MeetingStatus
    agenda_items: int
    decisions: int
    present: int  # members present, substitutes included
    # The place as typed in each language: the list shows the interface's.
    place_ru: str | None = None
    place_kk: str | None = None


class MeetingSort(StrEnum):
    """What the meetings list can be sorted by (the columns a user clicks)."""

    NUMBER = "number"  # the default: latest year first, by number
    DATE = "date"
    KIND = "kind"
    STATUS = "status"


def _meeting_order(sort: MeetingSort, descending: bool) -> list[Any]:
    """ORDER BY for ``sort``; ties by date, then id."""
    first: list[Any]
    if sort is MeetingSort.NUMBER:
        # The year leads downwards whichever way the numbers go: this year's meetings first.
        keys: list[Any] = [Meeting.number, Meeting.id]
        return [Meeting.year.desc(), *[k.desc() if descending else k.asc() for k in keys]]
    if sort is MeetingSort.KIND:
        first = [case({k.value: rank for rank, k in enumerate(MeetingKind)}, value=Meeting.kind)]
    elif sort is MeetingSort.STATUS:
        first = [
            case({s.value: rank for rank, s in enumerate(MeetingStatus)}, value=Meeting.status)
        ]
    else:
        first = []
    keys = [*first, Meeting.meeting_date, Meeting.id]
    return [k.desc() if descending else k.asc() for k in keys]


def list_meetings(
    db: Database,
    actor: Actor,
    year: int | None = None,
    *,
    commission_ids: Collection[int] | None = None,
    kind: MeetingKind | None = None,
    status: MeetingStatus | None = None,
    sort: MeetingSort = MeetingSort.NUMBER,
    descending: bool = False,
) -> list[MeetingRow]:
    """Meetings of ``year`` (all years when ``None``), of this ``kind`` and ``status`` when
    given, latest year first, by number (or sorted by ``sort``): the acting commission's, or
    those of ``commission_ids`` (each readable by ``actor``)."""
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
        .order_by(*_meeting_order(sort, descending))
    )
    if year is not None:
        query = query.where(Meeting.year == year)
    if kind is not None:
        query = query.where(Meeting.kind == kind)
    if status is not None:
        query = query.where(Meeting.status == status)
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
                place_ru=r.place,
                place_kk=r.place_kk,
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


MEETING_CHOICES = 50  # meetings a filter's drop-down lists at once; typing finds the others


@dataclass(frozen=True)
class MeetingChoice:
    """A meeting as a filter offers it: «No. 3 of 15.06.2026» (and whose, in the oblast)."""

    id: int
    number: int
    meeting_date: date
    commission_id: int


def _meeting_text_condition(text: str) -> ColumnElement[bool] | None:
    """What a typed ``text`` means: a meeting's number, a year, or a date as 15.06.2026
    (day and month alone: in any year). ``None`` when it means none of these."""
    text = text.strip().lstrip("№").strip()
    if text.isdigit():
        conditions: list[ColumnElement[bool]] = [Meeting.number == int(text)]
        if len(text) == 4:
            conditions.append(Meeting.year == int(text))
        return or_(*conditions)
    parts = text.split(".")
    if 2 <= len(parts) <= 3 and all(p.isdigit() for p in parts if p):
        try:
            if len(parts) == 3 and len(parts[2]) == 4:
                return Meeting.meeting_date == date(int(parts[2]), int(parts[1]), int(parts[0]))
            day, month = int(parts[0]), int(parts[1])
            date(2000, month, day)  # a day that exists (29.02 included)
        except ValueError:
            return None
        return and_(
            func.extract("day", Meeting.meeting_date) == day,
            func.extract("month", Meeting.meeting_date) == month,
        )
    return None


def meeting_choices(
    db: Database,
    actor: Actor,
    text: str = "",
    year: int | None = None,
    limit: int = MEETING_CHOICES,
    *,
    commission_ids: Collection[int] | None = None,
) -> list[MeetingChoice]:
    """Meetings that adopted decisions, latest first, at most ``limit``: all of them (of
    ``year`` when given), or those ``text`` names (a number, a year, a date). Of the acting
    commission, or of ``commission_ids`` (each readable by ``actor``), as ``list_meetings``."""
    actor.require(Permission.VIEW_COMMISSION)
    query = select(Meeting.id, Meeting.number, Meeting.meeting_date, Meeting.commission_id).where(
        Meeting.status.in_(ADOPTED_MEETING_STATUSES)
    )
    if year is not None:
        query = query.where(Meeting.year == year)
    if text.strip():
        condition = _meeting_text_condition(text)
        if condition is None:
            return []
        query = query.where(condition)
    query = query.order_by(Meeting.meeting_date.desc(), Meeting.number.desc()).limit(limit)
    with db.reading() as session:
        query = query.where(Meeting.commission_id.in_(scope_ids(session, actor, commission_ids)))
        return [
            MeetingChoice(r.id, r.number, r.meeting_date, r.commission_id)
            for r in session.execute(query)
        ]


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
        counts = _count_states(session, _register(session, DecisionFilter(), ctx, scope))
        register = _register(session, DecisionFilter(), ctx, scope, state=ComputedState.OVERDUE)
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
