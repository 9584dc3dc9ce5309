"""Control of execution: the register, reminders, discipline, CLI (letters: ``test_letters``)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from openpyxl import load_workbook
from sqlalchemy import select

from commission.db import migrate
from commission.db.engine import Database
from commission.db.models import ControlPoint
from commission.domain.control import ComputedState
from commission.domain.enums import ControlPointState, Role
from commission.services import auth, control_registers, overview
from commission.services.context import Actor
from commission.services.demo import build_demo
from commission.services.overview import DecisionFilter
from tests.conftest import make_user
from tests.test_cli import run_as
from tests.test_overview import FRIDAY, World, build

DEMO_TODAY = date(2026, 11, 24)


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))


@pytest.fixture
def world(db: Database) -> World:
    return build(db)


# --- register -----------------------------------------------------------------------------


def test_register_rows_and_filters(db: Database, world: World) -> None:
    s = world.secretary
    rows = control_registers.register_rows(db, s, FRIDAY)
    ids = [r.decision_id for r in rows]
    assert set(ids) == {world.overdue, world.soon, world.executed, world.note, world.far}
    assert ids == overview.decision_ids(db, s, DecisionFilter(), FRIDAY)
    by_id = {r.decision_id: r for r in rows}
    overdue = by_id[world.overdue]
    assert overdue.number == "1.1" and overdue.meeting_number == 1
    assert overdue.meeting_date == date(2026, 2, 10)
    assert overdue.state is ComputedState.OVERDUE and overdue.days_overdue
    assert overdue.lead_agency == "ОП" and overdue.co_executors == ("Центр занятости",)
    assert overdue.due_date == date(2026, 3, 2)
    assert by_id[world.soon].state is ComputedState.DUE_SOON
    assert by_id[world.executed].state is ComputedState.EXECUTED

    only_overdue = control_registers.register_rows(db, s, FRIDAY, state=ComputedState.OVERDUE)
    assert [r.decision_id for r in only_overdue] == [world.overdue]
    employment = control_registers.register_rows(db, s, FRIDAY, agency_id=world.employment)
    assert {r.decision_id for r in employment} == {world.overdue, world.soon}
    both = control_registers.register_rows(
        db, s, FRIDAY, state=ComputedState.DUE_SOON, agency_id=world.police
    )
    assert both == []


def test_register_streamed_in_chunks_is_the_register(
    db: Database, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An export reads the register a chunk at a time; across chunk borders nothing is lost,
    doubled or reordered."""
    s = world.secretary
    whole = control_registers.register_rows(db, s, FRIDAY)
    monkeypatch.setattr(control_registers, "_STREAM_CHUNK", 2)
    assert len(whole) == 5
    assert list(control_registers.register_stream(db, s, FRIDAY)) == whole


def test_register_shows_the_execution_date(db: Database, world: World) -> None:
    with db.transaction() as session:
        point = session.scalars(
            select(ControlPoint).where(ControlPoint.decision_id == world.executed)
        ).one()
        point.executed_on = date(2026, 2, 27)
    rows = control_registers.register_rows(db, world.secretary, FRIDAY)
    executed = next(r for r in rows if r.decision_id == world.executed)
    assert executed.executed_on == date(2026, 2, 27)
    assert all(r.executed_on is None for r in rows if r.decision_id != world.executed)


def test_due_items(db: Database, world: World) -> None:
    items = control_registers.due_items(db, world.secretary, FRIDAY)
    assert [i.decision_id for i in items] == [world.overdue, world.soon]
    overdue, soon = items
    assert overdue.state is ComputedState.OVERDUE and overdue.working_days < 0
    row = overview.decision_rows(db, world.secretary, [world.overdue], FRIDAY)[0]
    assert overdue.days_overdue == row.days_overdue
    assert overdue.lead_agency == "ОП"
    # Friday 20 March → 26 and 27 March: Nauryz days off in between.
    assert soon.state is ComputedState.DUE_SOON and soon.working_days == 2
    assert soon.due_date == date(2026, 3, 27)
    assert control_registers.due_items(db, world.secretary, date(2026, 1, 5)) == []


def test_a_member_may_read_the_register(db: Database, world: World) -> None:
    member = make_user(db, world.admin, "member", Role.MEMBER)
    assert control_registers.register_rows(db, member, FRIDAY)


# --- discipline ---------------------------------------------------------------------------


def test_discipline_per_agency_and_quarter(db: Database, world: World) -> None:
    with db.transaction() as session:
        # «far» (police) also had a point due 10 March, executed three working days late.
        late = date(2026, 3, 10)
        session.add(
            ControlPoint(
                decision_id=world.far,
                original_due_date=late,
                due_date=late,
                state=ControlPointState.EXECUTED_LATE,
                executed_on=date(2026, 3, 13),
            )
        )
        # An executed point without a date counts as on time; a cancelled one not at all.
        session.add(
            ControlPoint(
                decision_id=world.far,
                original_due_date=date(2026, 3, 11),
                due_date=date(2026, 3, 11),
                state=ControlPointState.CANCELLED,
            )
        )
    rows = control_registers.discipline(db, world.secretary, 2026, today=FRIDAY)
    table = {(r.agency_id, r.quarter): r for r in rows}
    assert set(table) == {(world.police, 1), (world.police, 2), (world.employment, 1)}
    police = table[(world.police, 1)]  # executed on time, overdue (draft left out), late
    assert (police.due, police.on_time, police.late, police.overdue) == (3, 1, 1, 1)
    assert police.average_days_late == 3.0
    assert police.agency == "ОП"
    q2 = table[(world.police, 2)]
    assert (q2.due, q2.on_time, q2.late, q2.overdue, q2.average_days_late) == (1, 0, 0, 0, None)
    employment = table[(world.employment, 1)]  # due 27 March: not overdue on Friday the 20th
    assert (employment.due, employment.overdue) == (1, 0)
    later = control_registers.discipline(db, world.secretary, 2026, today=date(2026, 4, 1))
    assert next(r for r in later if r.agency_id == world.employment).overdue == 1
    assert control_registers.discipline(db, world.secretary, 2025, today=FRIDAY) == []


# --- command line on the demo ---------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('control') / 'demo.sqlite3'}"
    db = Database(url)
    migrate.upgrade(db)
    build_demo(db, Actor.command_line(), seed=1, today=DEMO_TODAY, clients=30)
    db.dispose()
    yield url


def _demo_items(url: str) -> list[control_registers.DueItem]:
    db = Database(url)
    try:
        return control_registers.due_items(db, Actor.command_line(), DEMO_TODAY)
    finally:
        db.dispose()


def test_remind_lists_overdue_items(demo_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_as(
        capsys, "secretary", "--db", demo_url, "remind", "--date", DEMO_TODAY.isoformat()
    )
    assert code == 0 and not err
    items = _demo_items(demo_url)
    assert any(i.state is ComputedState.OVERDUE for i in items)
    lines = out.strip().splitlines()
    assert len(lines) == len(items)
    overdue_lines = [line for line in lines if line.startswith("overdue:")]
    assert len(overdue_lines) == sum(i.state is ComputedState.OVERDUE for i in items)
    assert "working day" in overdue_lines[0]

    code, out, _ = run_as(capsys, "secretary", "--db", demo_url, "remind", "--date", "2020-01-06")
    assert code == 0 and len(out.strip().splitlines()) == 1 and "nothing" in out


def test_export_register_only_overdue(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "register.xlsx"
    code, _, err = run_as(
        capsys, "secretary", "--db", demo_url, "export", "register", "decisions", "-o", str(target),
        "--status", "overdue", "--date", "2026-11-24",
    )  # fmt: skip
    assert code == 0, err
    sheet = load_workbook(target).worksheets[0]
    states = [row[10] for row in sheet.iter_rows(min_row=2, values_only=True)]
    overdue = [i for i in _demo_items(demo_url) if i.state is ComputedState.OVERDUE]
    assert states and len(states) == len(overdue)
    assert set(states) == {"просрочено"}


def test_export_register_refuses_an_unknown_state(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_as(
        capsys, "secretary", "--db", demo_url, "export", "register", "decisions", "-o",
        str(tmp_path / "x.xlsx"), "--status", "late",
    )  # fmt: skip
    assert code == 2
    assert "overdue" in err and "due_soon" in err
    assert not (tmp_path / "x.xlsx").exists()
