"""The demo commission: complete, deterministic, and consistent with the rules the program keeps."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from commission.db import migrate
from commission.db.base import Base
from commission.db.engine import Database
from commission.db.models import (
    Agency,
    AgendaItem,
    AgendaItemCase,
    Attendance,
    Case,
    Client,
    Commission,
    ControlPoint,
    Decision,
    ExecutionReport,
    Extension,
    Measure,
    Meeting,
    Member,
    User,
)
from commission.domain.deadlines import DeadlineKind
from commission.domain.enums import (
    AgendaItemKind,
    AttendanceStatus,
    ControlPointState,
    ControlState,
    DecisionKind,
    ExtensionState,
    MeasureState,
    MeetingStatus,
    MinutesState,
    ReportAssessment,
    ReportKind,
    Role,
)
from commission.domain.iin import check_iin_matches, is_valid_bin, parse_iin
from commission.domain.permissions import PermissionDenied
from commission.services import audit, auth
from commission.services.calendar import load_calendar
from commission.services.context import Actor
from commission.services.demo import DEMO_PASSWORD, DatabaseNotEmpty, build_demo

TODAY = date(2026, 11, 24)
CLIENTS = 60
# Columns that differ between two identical builds: when the row was written, and hashes.
UNSTABLE_COLUMNS = frozenset({"created_at", "updated_at", "password_hash"})
DIGESTED_TABLES = (
    "agencies",
    "members",
    "users",
    "meetings",
    "attendance",
    "agenda_items",
    "decisions",
    "control_points",
    "execution_reports",
    "extensions",
    "clients",
    "cases",
    "measures",
    "case_events",
)


def _build(db: Database, seed: int = 1, today: date = TODAY, clients: int = CLIENTS) -> None:
    build_demo(db, Actor.command_line(), seed=seed, today=today, clients=clients)


def _digest(db: Database) -> str:
    """A hash of the demo's rows, ordered by key, without write times and password hashes."""
    digest = hashlib.sha256()
    tables = {table.name: table for table in Base.metadata.sorted_tables}
    with db.engine.connect() as conn:
        for name in DIGESTED_TABLES:
            table = tables[name]
            columns = [c for c in table.columns if c.name not in UNSTABLE_COLUMNS]
            query = select(*columns).order_by(*table.primary_key.columns)
            for row in conn.execute(query):
                digest.update(repr((name, tuple(row))).encode())
    return digest.hexdigest()


def _fresh_sqlite(path: Path) -> Database:
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    return db


def test_demo_fills_an_empty_database(db: Database) -> None:
    summary = build_demo(db, Actor.command_line(), seed=3, today=TODAY, clients=CLIENTS)

    assert summary.clients == CLIENTS
    assert CLIENTS // 2 < summary.cases <= CLIENTS
    assert summary.agencies >= 15
    assert summary.users == 6
    assert summary.members == 14  # thirteen seats, one of them changed hands during the year
    assert summary.work_plan_items == 12
    assert summary.meetings == 6  # last year's Q4, this year's three, one extraordinary, next one
    assert summary.decisions > 30
    assert summary.control_points >= summary.decisions // 2
    assert summary.extensions == 3
    assert summary.release_notices == 2
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Client)) == summary.clients
        assert session.scalar(select(func.count()).select_from(Decision)) == summary.decisions
        commission = session.scalars(select(Commission)).one()
        assert "пробации" in commission.name_ru and "комиссия" in commission.name_kk
        roles = {u.login: u.role for u in session.scalars(select(User))}
        bins = [a.bin for a in session.scalars(select(Agency)) if a.bin]
    assert roles["officer"] is Role.PROBATION_OFFICER and roles["chair"] is Role.CHAIR
    assert bins and all(is_valid_bin(b) for b in bins)  # month, kind, attribute, check digit
    # The demo accounts really work, with the documented password.
    assert auth.login(db, "secretary", DEMO_PASSWORD).role is Role.SECRETARY


def test_same_seed_and_day_give_the_same_data(tmp_path: Path) -> None:
    first, second, other = (_fresh_sqlite(tmp_path / f"{n}.sqlite3") for n in "abc")
    try:
        _build(first, seed=7)
        _build(second, seed=7)
        _build(other, seed=8)
        assert _digest(first) == _digest(second)
        assert _digest(first) != _digest(other)
    finally:
        for db in (first, second, other):
            db.dispose()


def test_clients_have_valid_unique_iins_matching_birth_and_sex(db: Database) -> None:
    _build(db)
    with db.reading() as session:
        clients = list(session.scalars(select(Client)))
        assert len({c.iin for c in clients}) == len(clients)
        for client in clients:
            check_iin_matches(client.iin, client.birth_date, client.sex)
            assert parse_iin(client.iin).birth_date == client.birth_date
            parts = (client.surname, client.given_name, client.patronymic)
            assert client.search_name == " ".join(p for p in parts if p).casefold()
            assert client.district_id is not None and client.officer_id is not None
            if client.deregistered_on is not None:
                assert client.deregistration_reason is not None
        names = " ".join(f"{c.surname} {c.given_name} {c.patronymic or ''}" for c in clients)
        assert set("әғқңөұүі") & set(names), "Kazakh letters must appear in some names"
        assert any(p.endswith(("ұлы", "қызы")) for p in (c.patronymic or "" for c in clients))
        assert any(p.endswith(("вич", "вна")) for p in (c.patronymic or "" for c in clients))


def test_meetings_are_numbered_within_the_year_and_only_the_next_is_planned(db: Database) -> None:
    _build(db)
    with db.reading() as session:
        meetings = list(session.scalars(select(Meeting).order_by(Meeting.meeting_date)))
        numbers = [(m.year, m.number) for m in meetings]
        assert len(set(numbers)) == len(numbers)
        this_year = [m.number for m in meetings if m.year == TODAY.year]
        assert this_year == list(range(1, len(this_year) + 1))
        *held, planned = meetings
        assert planned.status is MeetingStatus.PLANNED and planned.meeting_date >= TODAY
        assert not session.scalars(
            select(Attendance).where(Attendance.meeting_id == planned.id)
        ).all()
        for meeting in held:
            assert meeting.meeting_date < TODAY
            assert meeting.status in (MeetingStatus.MINUTES_SIGNED, MeetingStatus.EXTRACTS_SENT)
            assert meeting.minutes_state is MinutesState.FINAL
            assert 3 <= len(meeting.agenda_items) <= 5
            assert meeting.guests
            statuses = {a.status for a in meeting.attendance}
            assert AttendanceStatus.ABSENT in statuses and AttendanceStatus.REPLACED in statuses
            for row in meeting.attendance:  # only members in office that day
                member = row.member
                assert member.valid_from <= meeting.meeting_date
                assert member.valid_to is None or member.valid_to >= meeting.meeting_date
        assert sum(m.kind.value == "extraordinary" for m in meetings) == 1
        kinds = [item.kind for item in held[-1].agenda_items]
        assert kinds[0] is AgendaItemKind.PROGRESS_REVIEW
        assert AgendaItemKind.SOCIAL_SUPPORT in kinds and AgendaItemKind.POLICE_REPORT in kinds


def test_every_decision_with_a_term_is_under_control(db: Database) -> None:
    _build(db)
    with db.reading() as session:
        decisions = list(session.scalars(select(Decision)))
        extended = {e.control_point_id for e in session.scalars(select(Extension))
                    if e.state is ExtensionState.GRANTED}  # fmt: skip
        labels: set[tuple[int, int, int]] = set()
        for decision in decisions:
            labels.add(
                (decision.agenda_item.meeting_id, decision.agenda_item_id, decision.position)
            )
            if decision.deadline_kind in (None, DeadlineKind.PERMANENT):
                assert decision.control_points == []
                continue
            points = decision.control_points
            assert points, f"decision {decision.id} has a term but no control point"
            assert (
                decision.assignees and sum(a.role.value == "lead" for a in decision.assignees) == 1
            )
            for point in points:
                if point.id not in extended:
                    assert point.original_due_date == point.due_date
            still_open = [p.due_date for p in points if p.state is ControlPointState.OPEN]
            assert decision.due_date == min(still_open, default=max(p.due_date for p in points))
            assert decision.is_binding is (decision.kind is not DecisionKind.RECOMMENDATION)
        assert len(labels) == len(decisions)


def test_control_outcomes_cover_every_case_relative_to_today(db: Database) -> None:
    _build(db)
    with db.reading() as session:
        calendar = load_calendar(session)
        points = list(session.scalars(select(ControlPoint)))
        open_points = [p for p in points if p.state is ControlPointState.OPEN]
        overdue = [p for p in open_points if p.due_date < TODAY]
        due_soon = [
            p
            for p in open_points
            if p.due_date >= TODAY and calendar.working_days_between(TODAY, p.due_date) <= 5
        ]
        late = [p for p in points if p.state is ControlPointState.EXECUTED_LATE]
        assert overdue and due_soon and late
        for point in late:
            assert point.executed_on is not None and point.executed_on > point.due_date
        for point in overdue:  # overdue is computed; the stored state never says so
            assert point.decision.control_state is not ControlState.OVERDUE
        on_time = [p for p in points if p.state is ControlPointState.EXECUTED_ON_TIME]
        assert on_time and all(p.executed_on and p.executed_on <= p.due_date for p in on_time)

        removed = list(session.scalars(select(Decision).where(Decision.control_state == "removed")))
        assert removed
        for decision in removed:
            remover = session.get(Decision, decision.removed_by_decision_id)
            assert remover is not None and remover.kind is DecisionKind.REMOVE_FROM_CONTROL
            assert remover.agenda_item.kind is AgendaItemKind.PROGRESS_REVIEW
            assert remover.agenda_item.meeting.meeting_date == decision.removed_on
            assert decision.executed_on is not None and decision.executed_on < decision.removed_on

        reports = list(session.scalars(select(ExecutionReport)))
        assert all(r.received_on <= TODAY for r in reports)
        returned = [r for r in reports if r.assessment is ReportAssessment.RETURNED]
        assert returned and returned[0].assessment_comment
        assert returned[0].control_point.decision.control_state is ControlState.REWORK
        interim_only = [
            p
            for p in open_points
            if p.reports and all(r.kind is ReportKind.INTERIM for r in p.reports)
        ]
        assert interim_only

        extensions = {e.state: e for e in session.scalars(select(Extension))}
        assert set(extensions) == set(ExtensionState)
        granted = extensions[ExtensionState.GRANTED]
        moved = session.get(ControlPoint, granted.control_point_id)
        assert moved is not None
        assert moved.original_due_date == granted.old_date
        assert moved.due_date == granted.proposed_date > granted.old_date
        assert granted.decided_by_decision_id is not None
        pending = extensions[ExtensionState.REQUESTED]
        assert pending.decided_on is None and pending.requested_on <= TODAY <= pending.old_date


def test_composition_changes_during_the_year(db: Database) -> None:
    _build(db)
    with db.reading() as session:
        members = list(session.scalars(select(Member)))
        ended = [m for m in members if m.valid_to is not None]
        assert len(ended) == 1
        old = ended[0]
        assert old.valid_to is not None
        successor = next(m for m in members if m.valid_from == old.valid_to + timedelta(days=1))
        assert successor.agency_id == old.agency_id and successor.role is old.role
        assert successor.decree and "О внесении изменений" in successor.decree
        assert [m.role.value for m in members].count("chair") == 1


def test_cases_measures_and_the_escalation(db: Database) -> None:
    _build(db)
    with db.reading() as session:
        cases = list(session.scalars(select(Case)))
        assert len({c.number for c in cases}) == len(cases)
        assert all(c.number == f"{c.seq}/{c.year}" for c in cases)
        assert len({c.state for c in cases}) >= 4
        measures = list(session.scalars(select(Measure)))
        states = {m.state for m in measures}
        assert {MeasureState.PROVIDED, MeasureState.IN_PROGRESS, MeasureState.ESCALATED} <= states
        for measure in measures:
            if measure.state is MeasureState.PROVIDED:
                assert measure.outcome and measure.completed_on and measure.completed_on <= TODAY
        assert any(
            m.deadline and m.deadline < TODAY and m.state is MeasureState.IN_PROGRESS
            for m in measures
        ), "some measures must be overdue"
        escalated = next(m for m in measures if m.state is MeasureState.ESCALATED)
        item = session.get(AgendaItem, escalated.escalated_agenda_item_id)
        assert item is not None and item.kind is AgendaItemKind.SOCIAL_SUPPORT
        assert item.meeting.status is MeetingStatus.PLANNED
        link = session.get(AgendaItemCase, (item.id, escalated.case_id))
        assert link is not None and link.is_escalation


def test_audit_trail_is_whole_after_the_demo(db: Database) -> None:
    _build(db)
    # Deep: every row the demo wrote in bulk carries the entry that holds its state.
    result = audit.verify(db, deep=True)
    assert result.ok and result.checked > 20, result
    assert result.rows_checked > 500


def test_demo_refuses_a_database_that_holds_data(db: Database) -> None:
    _build(db)
    before = _digest(db)
    with pytest.raises(DatabaseNotEmpty):
        _build(db, seed=2)
    assert _digest(db) == before


def test_demo_refuses_where_the_first_administrator_exists(db: Database, admin: Actor) -> None:
    with pytest.raises(DatabaseNotEmpty):
        build_demo(db, admin, today=TODAY, clients=CLIENTS)
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Commission)) == 0


def test_only_an_administrator_builds_the_demo(db: Database) -> None:
    member = Actor(None, "someone", "Someone", Role.MEMBER)
    with pytest.raises(PermissionDenied):
        build_demo(db, member, today=TODAY, clients=CLIENTS)


@pytest.mark.parametrize(
    "today",
    [date(2026, 1, 1), date(2026, 3, 11), date(2026, 12, 31), date(2028, 2, 29), date(2027, 7, 6)],
)
def test_demo_holds_together_on_any_day(sqlite_db: Database, today: date) -> None:
    """Every date is relative to today: the guarantees hold whatever day the demo is built."""
    build_demo(sqlite_db, Actor.command_line(), seed=11, today=today, clients=20)
    with sqlite_db.reading() as session:
        calendar = load_calendar(session)
        points = list(session.scalars(select(ControlPoint)))
        open_due = [p.due_date for p in points if p.state is ControlPointState.OPEN]
        assert any(d < today for d in open_due)
        assert any(d >= today and calendar.working_days_between(today, d) <= 5 for d in open_due)
        assert any(p.state is ControlPointState.EXECUTED_LATE for p in points)
        planned = session.scalars(select(Meeting).where(Meeting.status == "planned")).one()
        assert planned.meeting_date >= today
        assert (
            session.scalar(
                select(func.count())
                .select_from(Meeting)
                .where(Meeting.status != "planned", Meeting.meeting_date >= today)
            )
            == 0
        )
    assert audit.verify(sqlite_db).ok
