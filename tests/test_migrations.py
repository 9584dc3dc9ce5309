"""The schema comes only from migrations, and an unknown (newer) database is never touched."""

from __future__ import annotations

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


def test_sqlite_upgrade_backs_up_first(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    migrate.upgrade(db)
    with db.engine.begin() as conn:
        # Pretend the file was at an older revision of the same history.
        conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": migrate.head_revision()})
    path = migrate.backup_sqlite(db, "manual")
    assert path is not None and path.exists() and path.stat().st_size > 0
    db.dispose()
