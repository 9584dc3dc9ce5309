"""First run: probing a database without touching it, and the ordered, retryable set-up."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text

from commission.db.engine import Database
from commission.domain.enums import AdminLevel, CommissionKind, Language, Role
from commission.domain.messages import UserError
from commission.services import auth, composition, first_run
from tests.conftest import PASSWORD, make_admin

ADMIN = first_run.FirstAdmin("admin", "Нурланова Айгуль", PASSWORD, Language.KK)
COMMISSION = first_run.NewCommission(
    composition.CommissionData(
        kind=CommissionKind.MERGED,
        name_ru="Межведомственная комиссия по профилактике правонарушений",
        name_kk="Құқық бұзушылық профилактикасы жөніндегі ведомствоаралық комиссия",
        akimat_ru="Акимат Целиноградского района",
        akimat_kk="Целиноград ауданының әкімдігі",
    ),
    composition.AdminUnitData(AdminLevel.DISTRICT, "Целиноградский район", "Целиноград ауданы"),
)


def test_probe_of_a_missing_file_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "commission.sqlite3"
    probe = first_run.probe(f"sqlite:///{path}")
    assert probe.is_new and not probe.has_schema
    assert not path.exists() and not path.parent.exists()


def test_probe_refuses_a_folder_and_a_foreign_file(tmp_path: Path) -> None:
    with pytest.raises(UserError):
        first_run.probe(f"sqlite:///{tmp_path}")
    foreign = tmp_path / "notes.sqlite3"
    foreign.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(UserError):
        first_run.probe(f"sqlite:///{foreign}")


def test_probe_refuses_a_file_that_could_not_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    with pytest.raises(UserError):
        first_run.probe(f"sqlite:///{blocker / 'commission.sqlite3'}")


def test_probe_tells_new_from_set_up(db: Database) -> None:
    probe = first_run.probe(db.url)
    assert probe.has_schema and probe.is_new and not probe.has_commission
    make_admin(db)
    assert not first_run.probe(db.url).is_new


def test_set_up_creates_the_administrator_then_the_commission(db: Database) -> None:
    opened, actor = first_run.set_up(db.url, ADMIN, COMMISSION)
    try:
        assert actor.role == Role.ADMINISTRATOR and actor.language == Language.KK
        assert auth.login(opened, "admin", PASSWORD).login == "admin"
        view = composition.commission_or_none(opened)
        assert view is not None
        assert view.name_kk.startswith("Құқық бұзушылық")
        assert view.admin_unit_ru == "Целиноградский район"
    finally:
        opened.dispose()


def test_set_up_is_retried_after_the_commission_step_failed(db: Database) -> None:
    broken = replace(COMMISSION, unit=replace(COMMISSION.unit, name_ru="  "))
    with pytest.raises(UserError):
        first_run.set_up(db.url, ADMIN, broken)
    assert not auth.needs_first_admin(db)  # the administrator was written first
    assert composition.commission_or_none(db) is None
    opened, actor = first_run.set_up(db.url, ADMIN, COMMISSION)  # same password: logged in
    opened.dispose()
    assert actor.login == "admin"
    assert composition.commission_or_none(db) is not None
    with db.reading() as session:
        assert session.execute(text("SELECT count(*) FROM users")).scalar() == 1


def test_set_up_refuses_a_database_someone_else_set_up(db: Database) -> None:
    auth.create_first_admin(db, "chief", "Другой администратор", PASSWORD)
    with pytest.raises(UserError):
        first_run.set_up(db.url, ADMIN, COMMISSION)


def test_set_up_migrates_a_new_file(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    opened, _actor = first_run.set_up(url, ADMIN, COMMISSION)
    opened.dispose()
    probe = first_run.probe(url)
    assert probe.has_schema and probe.has_users and probe.has_commission
