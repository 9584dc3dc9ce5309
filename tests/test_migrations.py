"""The schema comes only from migrations, and an unknown (newer) database is never touched."""

from __future__ import annotations

import logging
import os
import sqlite3
import uuid
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from commission.db import migrate, name_index
from commission.db.base import Base
from commission.db.engine import Database
from commission.domain.enums import Role
from commission.services import registers
from commission.services.context import Actor
from commission.services.registers import search_key
from tests import migration_steps
from tests.conftest import _pg_url


def test_migrations_match_the_models(db: Database) -> None:
    with db.engine.connect() as conn:
        # The name index (FTS5 table, trigram index) is made by hand, as env.py says.
        context = MigrationContext.configure(conn, opts={"include_name": name_index.not_in_models})
        diff = compare_metadata(context, Base.metadata)
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
    for ident, surname, given, iin in [
        (1, "Әбілқайыров", "Нұрлан", "850101300011"),
        (2, "Петров", "Иван", "850101300022"),
    ]:
        statements.append(
            "INSERT INTO clients (id, iin, surname, given_name, search_name, birth_date, sex,"
            " district_id, category, consent_given, version, created_at, updated_at) VALUES"
            f" ({ident}, '{iin}', '{surname}', '{given}', '{search_key(surname, given)}',"
            f" '1985-01-01', 'male', 1, 'conditional', 1, {common})"
        )
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
    # Clients made before the name index are found by letters inside their names.
    secretary = Actor(None, "secretary", "Секретарь", Role.SECRETARY)
    assert registers.client_ids(db, secretary, "ЛҚАЙ") == [1]
    assert registers.client_ids(db, secretary, "иван") == [2]
    assert registers.client_ids(db, secretary, "нұрлан әбіл") == [1]
    backup = sqlite3.connect(result.backup)
    try:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert backup.execute("SELECT count(*) FROM decisions").fetchone() == (3,)
    finally:
        backup.close()
    db.dispose()


def _downgrade(db: Database, target: str) -> None:
    migration_steps.downgrade(db, target)


def _name_index_objects(db: Database) -> set[str]:
    if db.is_sqlite:
        query = "SELECT name FROM sqlite_master WHERE name LIKE 'clients_fts%'"
    else:
        query = "SELECT indexname FROM pg_indexes WHERE indexname = 'ix_clients_search_name_trgm'"
    with db.engine.connect() as conn:
        return set(conn.execute(text(query)).scalars())


def test_name_index_goes_down_and_up_again(db: Database) -> None:
    """0003 down removes the name index and its triggers; up again rebuilds it with the
    clients already there."""
    assert _name_index_objects(db)
    _downgrade(db, "0002")
    assert _name_index_objects(db) == set()
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO admin_units (id, level, name_ru, name_kk, version, created_at,"
                " updated_at) VALUES (1, 'district', 'Район', 'Аудан', 1, '2026-01-01',"
                " '2026-01-01')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO clients (id, iin, surname, given_name, search_name, birth_date,"
                " sex, district_id, category, consent_given, version, created_at, updated_at)"
                " VALUES (1, '850101300011', 'Сейтқали', 'Дана', 'сейтқали дана',"
                " '1985-01-01', 'female', 1, 'conditional', TRUE, 1, '2026-01-01',"
                " '2026-01-01')"
            )
        )
    migrate.upgrade(db)
    secretary = Actor(None, "secretary", "Секретарь", Role.SECRETARY)
    assert registers.client_ids(db, secretary, "ЙТҚАЛ") == [1]


def test_postgresql_without_the_right_to_create_pg_trgm_still_migrates(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A server whose administrator gave the program's user a schema but not the right to
    create extensions: the migration goes through without the trigram index, says so in the
    log, and letters inside a name are still found (by reading every row)."""
    base_url = _pg_url()
    if not base_url:
        pytest.skip("PostgreSQL not configured")
    base = make_url(base_url)
    suffix = f"{os.getpid()}_{uuid.uuid4().hex[:8]}"
    role, name = f"commission_noext_{suffix}", f"commission_noext_{suffix}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE ROLE "{role}" LOGIN'))
            conn.execute(text(f'CREATE DATABASE "{name}"'))
            conn.execute(text(f'GRANT CONNECT ON DATABASE "{name}" TO "{role}"'))
        owner = create_engine(base.set(database=name), isolation_level="AUTOCOMMIT")
        with owner.connect() as conn:
            conn.execute(text(f'GRANT USAGE, CREATE ON SCHEMA public TO "{role}"'))
        owner.dispose()
        db = Database(base.set(database=name, username=role).render_as_string(False))
        try:
            with caplog.at_level(logging.WARNING):
                migrate.upgrade(db)
            assert "pg_trgm" in caplog.text
            assert migrate.current_revision(db) == migrate.head_revision()
            assert _name_index_objects(db) == set()
            with db.engine.begin() as conn:
                conn.execute(
                    text(
                        "INSERT INTO admin_units (id, level, name_ru, name_kk, version,"
                        " created_at, updated_at) VALUES (1, 'district', 'Район', 'Аудан', 1,"
                        " '2026-01-01', '2026-01-01')"
                    )
                )
                conn.execute(
                    text(
                        "INSERT INTO clients (id, iin, surname, given_name, search_name,"
                        " birth_date, sex, district_id, category, consent_given, version,"
                        " created_at, updated_at) VALUES (1, '850101300011', 'Әбілқайыров',"
                        " 'Нұрлан', 'әбілқайыров нұрлан', '1985-01-01', 'male', 1,"
                        " 'conditional', TRUE, 1, '2026-01-01', '2026-01-01')"
                    )
                )
            secretary = Actor(None, "secretary", "Секретарь", Role.SECRETARY)
            assert registers.client_ids(db, secretary, "ЛҚАЙ") == [1]
        finally:
            db.dispose()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        admin.dispose()
