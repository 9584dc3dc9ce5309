"""The schema comes only from migrations, and an unknown (newer) database is never touched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from commission.db import migrate
from commission.db.base import Base
from commission.db.engine import Database


def test_migrations_match_the_models(db: Database) -> None:
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_upgrade_is_idempotent_and_reports_head(db: Database) -> None:
    result = migrate.upgrade(db)
    assert result.before == result.after == migrate.head_revision()
    assert migrate.current_revision(db) == migrate.head_revision()


def test_newer_database_is_refused_untouched(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))
    with pytest.raises(migrate.DatabaseTooNew) as err:
        migrate.upgrade(db)
    assert "ffff_from_the_future" in err.value.render()
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            "ffff_from_the_future"
        )


def test_empty_sqlite_file_is_created_and_upgraded(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'sub' / 'new.sqlite3'}")
    assert migrate.upgrade(db).before is None
    assert migrate.current_revision(db) == migrate.head_revision()
    db.dispose()


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    with db.engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id INTEGER PRIMARY KEY)"))
    with pytest.raises(migrate.NotOurDatabase):
        migrate.upgrade(db)
    db.dispose()


def test_sqlite_backup_is_a_complete_readable_copy(tmp_path: Path) -> None:
    """The copy made before an upgrade holds everything, even what is still in the WAL."""
    db = Database(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    migrate.upgrade(db)
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO agencies (kind, name_ru, name_kk, is_active, version, created_at,"
                " updated_at) VALUES ('ngo', 'ОО «Шанс»', 'ҚБ «Шанс»', 1, 1, '2026-01-01',"
                " '2026-01-01')"
            )
        )
    path = migrate.backup_sqlite(db, "before-test")
    db.dispose()
    assert path is not None and path.parent.name == "backups"
    copy = sqlite3.connect(path)
    try:
        assert copy.execute("SELECT name_ru FROM agencies").fetchall() == [("ОО «Шанс»",)]
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (
            migrate.head_revision(),
        )
    finally:
        copy.close()


def test_upgrade_from_the_first_revision_keeps_data_and_backs_up(tmp_path: Path) -> None:
    """A secretary's file made by the first release opens in this one with nothing lost."""
    db = Database(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    migrate.upgrade(db, target="0001")
    stamp = "'2026-01-01 00:00:00'"
    common = f"1, {stamp}, {stamp}"
    statements = [
        "INSERT INTO admin_units (id, level, name_ru, name_kk, version, created_at, updated_at)"
        f" VALUES (1, 'district', 'Район', 'Аудан', {common})",
        "INSERT INTO commissions (id, kind, name_ru, name_kk, akimat_ru, akimat_kk,"
        " admin_unit_id, binding_by_default, quorum_numerator, quorum_denominator,"
        " chair_casting_vote, meetings_per_year, day_off_rule, due_soon_working_days,"
        f" version, created_at, updated_at) VALUES (1, 'merged', 'Комиссия', 'Комиссия',"
        f" 'Акимат', 'Әкімдік', 1, 1, 1, 2, 1, 4, 'next', 5, {common})",
        "INSERT INTO meetings (id, commission_id, year, number, meeting_date, format, kind,"
        " status, minutes_state, version, created_at, updated_at) VALUES (1, 1, 2026, 1,"
        f" '2026-03-12', 'in_person', 'regular', 'held', 'draft', {common})",
        "INSERT INTO agenda_items (id, meeting_id, position, kind, title, version, created_at,"
        f" updated_at) VALUES (1, 1, 1, 'other', 'Вопрос', {common})",
    ]
    votes = [(1, 9, 0, False), (2, 4, 4, True), (3, 3, 5, False)]
    for ident, votes_for, against, casting in votes:
        statements.append(
            "INSERT INTO decisions (id, agenda_item_id, position, kind, text, is_binding,"
            " report_to_secretary, votes_for, votes_against, votes_abstained,"
            " casting_vote_used, control_state, version, created_at, updated_at) VALUES"
            f" ({ident}, 1, {ident}, 'instruction', 'Текст', 1, 1, {votes_for}, {against}, 0,"
            f" {int(casting)}, 'on_control', {common})"
        )
    with db.engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))
    result = migrate.upgrade(db)
    assert result.before == "0001" and result.after == migrate.head_revision()
    assert result.backup is not None and result.backup.exists()
    with db.engine.connect() as conn:
        adopted = dict(conn.execute(text("SELECT id, vote_adopted FROM decisions")).all())
        rule = conn.execute(text("SELECT majority_of_present FROM commissions")).scalar()
    assert {k: bool(v) for k, v in adopted.items()} == {1: True, 2: True, 3: False}
    assert bool(rule) is True
    backup = sqlite3.connect(result.backup)
    try:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert backup.execute("SELECT count(*) FROM decisions").fetchone() == (3,)
    finally:
        backup.close()
    db.dispose()
