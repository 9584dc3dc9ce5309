"""The stored control state (``decisions.open_due``, ``decisions.undated_state``) against the
domain's Python rule, which stays the reference: on every combination of the rule's inputs, on
the demo and on a generated register, and after every kind of control change the services make.
"""

from __future__ import annotations

import importlib
import itertools
import sys
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import selectinload

from commission.db.engine import Database
from commission.db.models import Decision, Meeting
from commission.domain.control import (
    ComputedState,
    computed_state,
    dated_state,
    due_soon_limit,
    undated_state,
)
from commission.domain.enums import ControlPointState, ControlState, DecisionKind
from commission.domain.workcalendar import WorkingCalendar
from commission.services import auth, control_registers, control_state, demo, overview
from commission.services.calendar import load_calendar
from commission.services.context import Actor
from commission.services.overview import ADOPTED_MEETING_STATUSES, DecisionFilter, DecisionSort
from tests import test_control as control_tests
from tests import test_decisions as decision_tests
from tests.conftest import make_admin
from tests.test_decisions import make_sitting

TODAY = date(2026, 12, 7)
BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def _bench_register() -> Any:
    """The benchmark script as a module: it imports its neighbours as a script does."""
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    return importlib.import_module("bench_decisions_register")


def test_undated_then_dated_is_the_computed_state() -> None:
    calendar = WorkingCalendar([])
    today = date(2026, 4, 8)
    soon = due_soon_limit(today, calendar, 5)
    positions = [None, today - timedelta(days=3), today, today + timedelta(days=3), soon]
    for stored, kind, earliest in itertools.product(ControlState, DecisionKind, positions):
        dates = [] if earliest is None else [earliest]
        expected = computed_state(stored, kind, dates, today, calendar, 5)
        got = dated_state(undated_state(stored, kind, earliest), earliest, today, soon)
        assert got is expected, (stored, kind, earliest)


def _python_states(db: Database, today: date) -> dict[int, tuple[ComputedState, date | None]]:
    """Every adopted decision's state and earliest open due date by the Python rule alone,
    from its control points (not from the stored columns)."""
    result: dict[int, tuple[ComputedState, date | None]] = {}
    with db.reading() as session:
        calendar = load_calendar(session)
        decisions = session.scalars(
            select(Decision)
            .join(Decision.agenda_item)
            .join(Meeting)
            .where(Meeting.status.in_(ADOPTED_MEETING_STATUSES))
            .options(selectinload(Decision.control_points))
        ).all()
        for d in decisions:
            due = [p.due_date for p in d.control_points if p.state is ControlPointState.OPEN]
            state = computed_state(
                d.control_state,
                d.kind,
                due,
                today,
                calendar,
                overview.DEFAULT_DUE_SOON_WORKING_DAYS,
            )
            result[d.id] = (state, min(due, default=None))
    return result


def _stored_matches_the_rule(db: Database, actor: Actor, today: date) -> None:
    with db.reading() as session:
        assert control_state.stale_decisions(session) == []
    expected = _python_states(db, today)
    everything = DecisionFilter()
    ids = overview.decision_ids(db, actor, everything, today)
    assert set(ids) == set(expected)
    rows = overview.decision_rows(db, actor, ids, today)
    assert {r.id: r.state for r in rows} == {i: s for i, (s, _) in expected.items()}
    counts = overview.decision_state_counts(db, actor, everything, today)
    python_counts = Counter(s for s, _ in expected.values())
    assert {s: n for s, n in counts.items() if n} == dict(python_counts)
    for state in (ComputedState.OVERDUE, ComputedState.DUE_SOON, ComputedState.ON_CONTROL):
        found = overview.decision_ids(db, actor, DecisionFilter(state=state), today)
        assert sorted(found) == sorted(i for i, (s, _) in expected.items() if s is state)


def _first_pages_are_the_lists_beginning(db: Database, actor: Actor, today: date) -> None:
    """The first screen, read by walking the due-date index, is exactly the beginning of the
    whole sorted list, whatever the filter, the direction and the page's length."""
    for filters in (
        DecisionFilter(),
        DecisionFilter(state=ComputedState.ON_CONTROL),
        DecisionFilter(state=ComputedState.OVERDUE),
        DecisionFilter(state=ComputedState.DUE_SOON),
        DecisionFilter(binding=True),
        DecisionFilter(due_from=today),
    ):
        for sort in (DecisionSort.DUE, DecisionSort.STATE):
            for descending in (False, True):
                whole = overview.decision_ids(db, actor, filters, today, sort, descending)
                for limit in (1, 3, 40, len(whole) + 5):
                    page = overview.decision_ids(
                        db, actor, filters, today, sort, descending, limit=limit
                    )
                    assert page == whole[:limit], (filters, sort, descending, limit)


def test_the_demo_stores_what_the_rule_says(db: Database) -> None:
    demo.build_demo(db, Actor.command_line(), seed=3, today=TODAY, clients=10)
    secretary = auth.login(db, "secretary", "demo-demo")
    for today in (TODAY, TODAY - timedelta(days=40), TODAY + timedelta(days=60)):
        _stored_matches_the_rule(db, secretary, today)
    _first_pages_are_the_lists_beginning(db, secretary, TODAY)
    dashboard = overview.dashboard(db, secretary, TODAY)
    python_counts = Counter(s for s, _ in _python_states(db, TODAY).values())
    assert dashboard.overdue == python_counts[ComputedState.OVERDUE] > 0
    assert dashboard.due_soon == python_counts[ComputedState.DUE_SOON] > 0

    # The reminders' first screen: the same counts, and the first items by due date.
    items = control_registers.due_items(db, secretary, TODAY)
    due = overview.due_list(db, secretary, TODAY, limit=3)
    assert (due.overdue, due.due_soon) == (dashboard.overdue, dashboard.due_soon)
    assert due.total == len(items) > 3
    assert [r.due_date for r in due.rows] == [i.due_date for i in items[:3]]
    assert {r.id for r in due.rows} <= {i.decision_id for i in items}
    assert [r.state for r in due.rows] == [i.state for i in items[:3]]


def test_a_generated_register_stores_what_the_rule_says(db: Database) -> None:
    """The benchmark's generator copies rows with core statements: the copies carry the
    stored state, and a bulk write behind the program is found and repaired by ``refresh``."""
    multiply = _bench_register().multiply
    demo.build_demo(db, Actor.command_line(), seed=1, today=TODAY, clients=10)
    have = multiply(db, 600)
    assert have >= 600
    secretary = auth.login(db, "secretary", "demo-demo")
    _stored_matches_the_rule(db, secretary, TODAY)
    _first_pages_are_the_lists_beginning(db, secretary, TODAY)

    with db.engine.begin() as conn:
        conn.execute(
            update(Decision.__table__)  # type: ignore[arg-type]
            .where(Decision.control_state == ControlState.ON_CONTROL)
            .values(control_state=ControlState.EXECUTED)
        )
    with db.reading() as session:
        stale = control_state.stale_decisions(session, limit=5)
    assert len(stale) == 5
    with db.engine.begin() as conn:
        control_state.refresh_all(conn)
    _stored_matches_the_rule(db, secretary, TODAY)


# Every kind of control change, through the services, as the services' own tests make them.
CHANGES: list[Callable[..., None]] = [
    decision_tests.test_note_without_term_is_not_controlled,
    decision_tests.test_changing_the_term_keeps_points_that_stay,
    decision_tests.test_remove_from_control,
    decision_tests.test_extend_moves_the_term_and_keeps_history,
    decision_tests.test_terms_follow_a_moved_meeting,
    control_tests.test_final_reports_close_points_on_time_or_late,
    control_tests.test_return_for_rework_needs_a_comment,
    control_tests.test_extension_granted_moves_the_term_to_a_working_day,
    control_tests.test_permissions_and_removal_from_control,
]


@pytest.mark.parametrize("change", CHANGES, ids=lambda f: f.__name__.removeprefix("test_"))
def test_every_control_change_keeps_the_stored_state(
    sqlite_db: Database, change: Callable[..., None]
) -> None:
    sitting = make_sitting(sqlite_db, make_admin(sqlite_db))
    change(sqlite_db, sitting)
    with sqlite_db.reading() as session:
        assert control_state.stale_decisions(session) == []
        assert session.scalar(select(Decision.id).limit(1)) is not None
    for today in (date(2026, 4, 9), date(2026, 6, 1)):
        _stored_matches_the_rule(sqlite_db, sitting.secretary, today)


def test_the_register_benchmark_runs_at_a_tiny_size(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A smoke run so the benchmark does not rot; its figures are not looked at here."""
    _bench_register().measure("SQLite", f"sqlite:///{tmp_path / 'bench.sqlite3'}", [300], 1)
    printed = capsys.readouterr().out
    assert "first screen: service + lazy model" in printed
    assert "reminders" in printed
