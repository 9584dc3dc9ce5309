"""Letters to agencies: one per agency, numbered once in the outgoing register however often and
in whichever language they are printed, with the head in the dative and the executor's line."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from docx import Document
from sqlalchemy import func, select

from commission.db import migrate
from commission.db.engine import Database
from commission.db.models import (
    Agency,
    AuditEntry,
    Commission,
    ControlPoint,
    Decision,
    Member,
    OutgoingLetter,
)
from commission.documents.letter import LetterContext
from commission.domain.control import ComputedState
from commission.domain.enums import ControlPointState, MemberRole, Role
from commission.domain.iin import Sex
from commission.domain.permissions import PermissionDenied
from commission.exports.files import ExportTargetUnavailable
from commission.exports.letter_docx import letter_docx
from commission.services import auth, letters
from commission.services.context import Actor
from commission.services.demo import build_demo
from tests.conftest import make_user
from tests.test_cli import run_as
from tests.test_overview import FRIDAY, World, build

DEMO_TODAY = date(2026, 11, 24)
REPLY_BY = date(2026, 3, 31)  # four working days after FRIDAY, Nauryz days off between


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))


@pytest.fixture
def world(db: Database) -> World:
    world = build(db)
    with db.transaction() as session:
        commission = session.scalars(select(Commission)).one()
        session.add(
            Member(
                commission_id=commission.id,
                full_name="Нурланова Айгуль Ерлановна",
                position_ru="главный специалист аппарата акима",
                role=MemberRole.SECRETARY,
                valid_from=date(2025, 1, 1),
                phone="8 (71651) 3-12-45",
            )
        )
        police = session.get_one(Agency, world.police)
        police.head_name = "Касымов Ерлан Бахытович"
        police.head_position = "начальник отдела полиции Целиноградского района"
        police.head_position_kk = "Целиноград ауданының полиция бөлімінің бастығы"
        employment = session.get_one(Agency, world.employment)
        employment.head_name = "Рахимова Сауле Тулегеновна"  # sex from the patronymic
        session.get_one(Decision, world.overdue).text_kk = "Есепте тұрғандарды жұмысқа орналастыру"
    return world


def _numbers(db: Database) -> list[tuple[str, int, str | None]]:
    with db.reading() as session:
        rows = session.execute(
            select(
                OutgoingLetter.number, OutgoingLetter.agency_id, OutgoingLetter.items_key
            ).order_by(OutgoingLetter.id)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def _text(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells).replace("\xa0", " ")


def test_letters_per_agency(db: Database, world: World) -> None:
    due = letters.letters_due(db, world.secretary, FRIDAY)
    by_agency = {letter.agency_id: letter for letter in due}
    assert set(by_agency) == {world.police, world.employment}
    assert [i.decision_id for i in by_agency[world.police].items] == [world.overdue]
    assert [i.decision_id for i in by_agency[world.employment].items] == [world.overdue, world.soon]
    letter = by_agency[world.employment]
    assert letter.number is None and letter.today == FRIDAY and letter.reply_by == REPLY_BY
    assert letter.agency_name.ru == "Центр занятости" and letter.commission_name.ru
    assert letter.head_name == "Рахимова С. Т." and letter.head_sex is Sex.FEMALE
    assert letter.secretary == "А. Нурланова"
    assert (letter.executor, letter.executor_phone) == ("Нурланова А. Е.", "8 (71651) 3-12-45")
    police = by_agency[world.police]
    assert police.head_position.kk.startswith("Целиноград") and police.head_sex is Sex.MALE
    item = police.items[0]
    assert item.text.ru.startswith("Обеспечить") and item.text.kk.startswith("Есепте")
    with db.reading() as session:
        point = session.scalar(
            select(ControlPoint.id).where(ControlPoint.decision_id == world.overdue)
        )
    assert item.control_point_id == point and police.items_key == str(point)

    overdue_only = letters.letters_due(db, world.secretary, FRIDAY, overdue_only=True)
    assert all([i.decision_id for i in ltr.items] == [world.overdue] for ltr in overdue_only)
    one = letters.letters_due(db, world.secretary, FRIDAY, agency_id=world.police)
    assert [ltr.agency_id for ltr in one] == [world.police]


def test_printing_twice_in_two_languages_registers_one_letter_per_agency(
    db: Database, world: World, tmp_path: Path
) -> None:
    s = world.secretary
    files: dict[str, list[bytes]] = {"ru": [], "kk": []}

    def writer(language: str) -> Callable[[LetterContext], Path]:
        def write(letter: LetterContext) -> Path:
            data = letter_docx(letter, language)
            files[language].append(data)
            path = tmp_path / f"{letter.number}-{language}.docx".replace("/", "-")
            path.write_bytes(data)
            return path

        return write

    first = letters.record_letters(db, s, FRIDAY, letters.letters_due(db, s, FRIDAY), writer("ru"))
    again = letters.record_letters(db, s, FRIDAY, letters.letters_due(db, s, FRIDAY), writer("kk"))
    assert [x.number for x in first] == [x.number for x in again] == ["12-17/1", "12-17/2"]
    assert not any(x.reprinted for x in first) and all(x.reprinted for x in again)
    assert len(_numbers(db)) == 2
    police_ru, police_kk = _text(files["ru"][0]), _text(files["kk"][0])
    assert "Исх. № 12-17/1 от 20.03.2026" in police_ru
    assert "Шығ. № 12-17/1, 20.03.2026" in police_kk
    # The head in the dative, the decisions and the executor in the letter's language.
    assert "Начальнику отдела полиции Целиноградского района\nКасымову Е. Б." in police_ru
    assert "Целиноград ауданының полиция бөлімінің бастығы\nЕ. Б. Касымовқа" in police_kk
    assert "Обеспечить ТРУДОУСТРОЙСТВО" in police_ru and "Есепте тұрғандарды" in police_kk
    assert "Обеспечить" not in police_kk
    assert "Исп.: Нурланова А. Е., тел. 8 (71651) 3-12-45" in police_ru
    assert "Орынд.: А. Е. Нурланова, тел. 8 (71651) 3-12-45" in police_kk
    employment_ru = _text(files["ru"][1])
    assert "Центр занятости\nРуководителю\nРахимовой С. Т." in employment_ru
    with db.reading() as session:
        audited = session.scalar(
            select(func.count()).where(AuditEntry.entity == OutgoingLetter.__tablename__)
        )
    assert audited == 2  # a reprint registers nothing


def test_a_reprint_on_a_later_day_keeps_the_letters_date(db: Database, world: World) -> None:
    s = world.secretary
    letters.record_letters(db, s, FRIDAY, letters.letters_due(db, s, FRIDAY))
    thursday = date(2026, 3, 26)  # the first working day after Nauryz
    again = letters.record_letters(db, s, thursday, letters.letters_due(db, s, thursday))
    assert [x.number for x in again] == ["12-17/1", "12-17/2"]
    police = again[0]
    assert police.today == FRIDAY and police.reply_by == REPLY_BY
    assert police.items[0].state is ComputedState.OVERDUE
    assert "Исх. № 12-17/1 от 20.03.2026" in _text(letter_docx(police, "ru"))
    # Once the reply date has passed, the same points make a new reminder.
    later = date(2026, 4, 1)
    reminder = letters.record_letters(db, s, later, letters.letters_due(db, s, later))
    assert [x.number for x in reminder] == ["12-17/3", "12-17/4"]
    assert not any(x.reprinted for x in reminder)


def test_a_new_overdue_point_makes_a_new_letter(db: Database, world: World) -> None:
    s = world.secretary
    first = letters.record_letters(db, s, FRIDAY, letters.letters_due(db, s, FRIDAY))
    with db.transaction() as session:
        # «far» (police) had an earlier point, due a week ago and still open.
        session.add(
            ControlPoint(
                decision_id=world.far,
                original_due_date=date(2026, 3, 13),
                due_date=date(2026, 3, 13),
                state=ControlPointState.OPEN,
            )
        )
    again = letters.record_letters(db, s, FRIDAY, letters.letters_due(db, s, FRIDAY))
    by_agency = {x.agency_id: x for x in again}
    assert by_agency[world.police].number == "12-17/3" and not by_agency[world.police].reprinted
    assert by_agency[world.employment].number == first[1].number == "12-17/2"
    assert by_agency[world.employment].reprinted
    assert [n for n, *_ in _numbers(db)] == ["12-17/1", "12-17/2", "12-17/3"]
    keys = {agency: key for _, agency, key in _numbers(db)[2:]}
    assert keys[world.police] == by_agency[world.police].items_key
    assert len(keys[world.police].split(",")) == 2


def test_numbers_run_per_year(db: Database, world: World) -> None:
    s = world.secretary
    first = letters.record_letters(db, s, FRIDAY, letters.letters_due(db, s, FRIDAY))
    assert [x.number for x in first] == ["12-17/1", "12-17/2"]
    next_year = letters.record_letters(
        db, s, date(2027, 1, 11), letters.letters_due(db, s, FRIDAY)[:1]
    )
    assert [x.number for x in next_year] == ["12-17/1"]
    with db.reading() as session:
        rows = session.execute(
            select(OutgoingLetter.year, OutgoingLetter.seq).order_by(OutgoingLetter.id)
        ).all()
    assert [tuple(r) for r in rows] == [(2026, 1), (2026, 2), (2027, 1)]
    assert letters.record_letters(db, s, FRIDAY, []) == []


def test_a_letter_that_cannot_be_saved_takes_no_number(
    db: Database, world: World, tmp_path: Path
) -> None:
    """Numbered and written in one transaction: if the second file fails, the first is
    removed and the outgoing register stays as it was."""
    s = world.secretary
    due = letters.letters_due(db, s, FRIDAY)
    assert len(due) == 2
    written: list[Path] = []

    def write(letter: LetterContext) -> Path:
        if written:
            raise ExportTargetUnavailable("The folder cannot be written to.")
        path = tmp_path / f"{letter.number}.docx".replace("/", "-")
        path.write_bytes(b"letter")
        written.append(path)
        return path

    with pytest.raises(ExportTargetUnavailable):
        letters.record_letters(db, s, FRIDAY, due, write)
    assert written and not written[0].exists()
    assert _numbers(db) == []
    numbered = letters.record_letters(db, s, FRIDAY, due)
    assert [letter.number for letter in numbered] == ["12-17/1", "12-17/2"]


def test_without_a_secretary_the_acting_user_is_the_executor(db: Database, world: World) -> None:
    with db.transaction() as session:
        for member in session.scalars(select(Member).where(Member.role == MemberRole.SECRETARY)):
            session.delete(member)
    letter = letters.letters_due(db, world.secretary, FRIDAY)[0]
    assert letter.executor == "Secretary" and letter.executor_phone is None
    assert letter.secretary is None
    command_line = Actor(None, "cli:root", "root", Role.SECRETARY)
    assert letters.letters_due(db, command_line, FRIDAY)[0].executor is None


def test_letters_need_the_permission(db: Database, world: World) -> None:
    member = make_user(db, world.admin, "member", Role.MEMBER)
    with pytest.raises(PermissionDenied):
        letters.letters_due(db, member, FRIDAY)
    due = letters.letters_due(db, world.secretary, FRIDAY)
    with pytest.raises(PermissionDenied):
        letters.record_letters(db, world.chair, FRIDAY, due)


# --- command line on the demo ---------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('letters') / 'demo.sqlite3'}"
    db = Database(url)
    migrate.upgrade(db)
    build_demo(db, Actor.command_line(), seed=1, today=DEMO_TODAY, clients=30)
    db.dispose()
    yield url


def test_export_letters_one_file_per_agency_and_again_in_kazakh(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = Database(demo_url)
    try:
        secretariat = Actor(None, "test", "Test", Role.SECRETARY)
        expected = letters.letters_due(db, secretariat, DEMO_TODAY)
        before = _numbers(db)
    finally:
        db.dispose()
    assert len(expected) >= 2
    folder = tmp_path / "letters"
    args = ("--db", demo_url, "export", "letters", "-o", str(folder), "--date", "2026-11-24")
    code, out, err = run_as(capsys, "secretary", *args)
    assert code == 0, err
    files = sorted(folder.glob("*-ru.docx"))
    assert len(files) == len(expected) == len(out.strip().splitlines())
    assert "рабоч" in _text(files[0].read_bytes())
    assert "printed again" not in out

    code, out, err = run_as(capsys, "secretary", *args, "--lang", "kk")
    assert code == 0, err
    assert out.count("printed again") == len(expected)
    kk_files = sorted(folder.glob("*-kk.docx"))
    assert [f.name[:-8] for f in kk_files] == [f.name[:-8] for f in files]
    assert "жұмыс күн" in _text(kk_files[0].read_bytes())
    db = Database(demo_url)
    try:
        assert len(_numbers(db)) == len(before) + len(expected)
    finally:
        db.dispose()

    overdue = tmp_path / "overdue"
    code, out, _ = run_as(
        capsys, "secretary", "--db", demo_url, "export", "letters", "--overdue", "--agency",
        str(expected[0].agency_id), "-o", str(overdue), "--date", "2026-11-24",
    )  # fmt: skip
    assert code == 0
    assert len(list(overdue.glob("*.docx"))) <= 1
