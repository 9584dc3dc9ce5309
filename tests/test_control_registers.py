"""Control of execution: the register, reminders, letters with their numbers, discipline, CLI."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from docx import Document
from openpyxl import load_workbook
from sqlalchemy import func, select

from commission.db import migrate
from commission.db.engine import Database
from commission.db.models import AuditEntry, ControlPoint, OutgoingLetter
from commission.documents.letter import LetterContext
from commission.domain.control import ComputedState
from commission.domain.enums import ControlPointState, Role
from commission.domain.permissions import PermissionDenied
from commission.exports.files import ExportTargetUnavailable
from commission.services import auth, control_registers, overview
from commission.services.context import Actor
from commission.services.demo import build_demo
from commission.services.overview import DecisionFilter
from tests.conftest import make_user
from tests.test_cli import run
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


# --- letters ------------------------------------------------------------------------------


def test_letters_per_agency(db: Database, world: World) -> None:
    letters = control_registers.letters_due(db, world.secretary, FRIDAY)
    by_agency = {letter.agency_id: letter for letter in letters}
    assert set(by_agency) == {world.police, world.employment}
    assert [i.decision_id for i in by_agency[world.police].items] == [world.overdue]
    assert [i.decision_id for i in by_agency[world.employment].items] == [
        world.overdue,
        world.soon,
    ]
    letter = by_agency[world.employment]
    assert letter.number is None and letter.today == FRIDAY and letter.reply_by > FRIDAY
    assert letter.agency_name.ru == "Центр занятости"
    assert letter.commission_name.ru

    overdue_only = control_registers.letters_due(db, world.secretary, FRIDAY, overdue_only=True)
    assert all([i.decision_id for i in letter.items] == [world.overdue] for letter in overdue_only)
    one = control_registers.letters_due(db, world.secretary, FRIDAY, agency_id=world.police)
    assert [letter.agency_id for letter in one] == [world.police]


def test_letters_are_numbered_in_the_register(db: Database, world: World) -> None:
    s = world.secretary
    first = control_registers.record_letters(
        db, s, FRIDAY, control_registers.letters_due(db, s, FRIDAY)
    )
    assert [letter.number for letter in first] == ["12-17/1", "12-17/2"]
    assert len({letter.agency_id for letter in first}) == 2
    again = control_registers.record_letters(
        db, s, FRIDAY, control_registers.letters_due(db, s, FRIDAY, agency_id=world.police)
    )
    assert [letter.number for letter in again] == ["12-17/3"]
    next_year = control_registers.record_letters(
        db, s, date(2027, 1, 11), control_registers.letters_due(db, s, FRIDAY)[:1]
    )
    assert [letter.number for letter in next_year] == ["12-17/1"]
    with db.reading() as session:
        rows = session.execute(
            select(OutgoingLetter.year, OutgoingLetter.seq, OutgoingLetter.agency_id).order_by(
                OutgoingLetter.id
            )
        ).all()
        audited = session.scalar(
            select(func.count()).where(AuditEntry.entity == OutgoingLetter.__tablename__)
        )
    assert [(y, q) for y, q, _ in rows] == [(2026, 1), (2026, 2), (2026, 3), (2027, 1)]
    assert rows[2][2] == world.police
    assert audited == 4
    assert control_registers.record_letters(db, s, FRIDAY, []) == []


def test_a_letter_that_cannot_be_saved_takes_no_number(
    db: Database, world: World, tmp_path: Path
) -> None:
    """Numbered and written in one transaction: if the second file fails, the first is
    removed and the outgoing register stays as it was."""
    s = world.secretary
    letters = control_registers.letters_due(db, s, FRIDAY)
    assert len(letters) == 2
    written: list[Path] = []

    def write(letter: LetterContext) -> Path:
        if written:
            raise ExportTargetUnavailable("The folder cannot be written to.")
        path = tmp_path / f"{letter.number}.docx".replace("/", "-")
        path.write_bytes(b"letter")
        written.append(path)
        return path

    with pytest.raises(ExportTargetUnavailable):
        control_registers.record_letters(db, s, FRIDAY, letters, write)
    assert written and not written[0].exists()
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(OutgoingLetter)) == 0
    # Once the folder works, the numbering starts where it would have.
    numbered = control_registers.record_letters(db, s, FRIDAY, letters)
    assert [letter.number for letter in numbered] == ["12-17/1", "12-17/2"]


def test_letters_need_the_permission(db: Database, world: World) -> None:
    member = make_user(db, world.admin, "member", Role.MEMBER)
    with pytest.raises(PermissionDenied):
        control_registers.letters_due(db, member, FRIDAY)
    letters = control_registers.letters_due(db, world.secretary, FRIDAY)
    with pytest.raises(PermissionDenied):
        control_registers.record_letters(db, world.chair, FRIDAY, letters)
    # A member may read the register, not write letters.
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
    code, out, err = run(capsys, "--db", demo_url, "remind", "--date", DEMO_TODAY.isoformat())
    assert code == 0 and not err
    items = _demo_items(demo_url)
    assert any(i.state is ComputedState.OVERDUE for i in items)
    lines = out.strip().splitlines()
    assert len(lines) == len(items)
    overdue_lines = [line for line in lines if line.startswith("overdue:")]
    assert len(overdue_lines) == sum(i.state is ComputedState.OVERDUE for i in items)
    assert "working day" in overdue_lines[0]

    code, out, _ = run(capsys, "--db", demo_url, "remind", "--date", "2020-01-06")
    assert code == 0 and len(out.strip().splitlines()) == 1 and "nothing" in out


def test_export_letters_one_file_per_agency(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = Database(demo_url)
    try:
        secretariat = Actor(None, "test", "Test", Role.SECRETARY)
        expected = control_registers.letters_due(db, secretariat, DEMO_TODAY)
    finally:
        db.dispose()
    assert len(expected) >= 2
    folder = tmp_path / "letters"
    code, out, err = run(
        capsys, "--db", demo_url, "export", "letters", "-o", str(folder), "--date", "2026-11-24"
    )
    assert code == 0, err
    files = sorted(folder.glob("*.docx"))
    assert len(files) == len(expected) == len(out.strip().splitlines())
    text = "\n".join(
        cell.text for t in Document(str(files[0])).tables for row in t.rows for cell in row.cells
    )
    assert "рабоч" in text

    overdue = tmp_path / "overdue"
    code, out, _ = run(
        capsys, "--db", demo_url, "export", "letters", "--overdue", "--agency",
        str(expected[0].agency_id), "-o", str(overdue), "--date", "2026-11-24",
    )  # fmt: skip
    assert code == 0
    assert len(list(overdue.glob("*.docx"))) <= 1


def test_export_register_only_overdue(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "register.xlsx"
    code, _, err = run(
        capsys, "--db", demo_url, "export", "register", "decisions", "-o", str(target),
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
    code, _, err = run(
        capsys, "--db", demo_url, "export", "register", "decisions", "-o",
        str(tmp_path / "x.xlsx"), "--status", "late",
    )  # fmt: skip
    assert code == 2
    assert "overdue" in err and "due_soon" in err
    assert not (tmp_path / "x.xlsx").exists()
