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
