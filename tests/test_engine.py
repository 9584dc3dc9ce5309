"""When the database is not what it should be: the user gets a plain message, data stays intact."""

from __future__ import annotations

import os
import threading
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, event, func, select, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.pool import NullPool

from commission.db import migrate
from commission.db.engine import Database, DatabaseUnavailable, data_dir, safe_url
from commission.db.models import Agency, AuditEntry
from commission.domain.enums import AgencyKind
from commission.domain.messages import UserError
from commission.services import agencies, audit, auth
from tests.conftest import PASSWORD, make_admin

SECRET = "secret123"
UNREACHABLE = f"postgresql+psycopg://nobody:{SECRET}@127.0.0.1:1/none"


def _agency(name: str) -> agencies.AgencyData:
    return agencies.AgencyData(kind=AgencyKind.OTHER, name_ru=name, name_kk=name)


def _told_plainly(exc: UserError) -> str:
    """The message as the user and the log see it, with the whole chain of causes."""
    shown = exc.render()
    assert shown
    logged = "".join(traceback.format_exception(exc))
    assert SECRET not in shown
    assert SECRET not in str(exc)
    assert SECRET not in logged
    return shown


# ------------------------------------------------------------------------------- PostgreSQL


def test_unreachable_server_is_reported_without_the_password() -> None:
    db = Database(UNREACHABLE)
    try:
        assert SECRET not in db.display_url
        with pytest.raises(DatabaseUnavailable) as err:
            db.ping()
        shown = _told_plainly(err.value)
        assert "127.0.0.1" in shown
        assert "not reachable" in shown
    finally:
        db.dispose()


def test_every_entry_point_on_an_unreachable_server_says_unavailable() -> None:
    db = Database(UNREACHABLE)
    try:
        calls: list[Callable[[], object]] = [
            lambda: migrate.upgrade(db),
            lambda: migrate.ensure_current(db),
            lambda: auth.needs_first_admin(db),
            lambda: auth.login(db, "admin", PASSWORD),
            lambda: auth.create_first_admin(db, "admin", "Admin", PASSWORD),
        ]
        for call in calls:
            with pytest.raises(DatabaseUnavailable) as err:
                call()
            _told_plainly(err.value)
    finally:
        db.dispose()


@pytest.mark.parametrize(
    "url",
    [
        "not a database address",
        f"mysql://root:{SECRET}@localhost/commission",
        f"postgresql+nosuchdriver://u:{SECRET}@localhost/commission",
    ],
)
def test_unsupported_address_is_a_user_error(url: str) -> None:
    with pytest.raises(DatabaseUnavailable) as err:
        Database(url)
    _told_plainly(err.value)


# ----------------------------------------------------------------------------------- SQLite

GARBAGE = {
    "random": bytes(range(256)) * 40,
    "text": "Это не база данных, а список телефонов.\n".encode() * 20,
    "zip": b"PK\x03\x04" + b"\x00" * 4000,  # a .docx renamed by mistake
    "short": b"hello",
}


@pytest.mark.parametrize("kind", sorted(GARBAGE))
def test_a_file_that_is_not_a_database_is_left_untouched(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "commission.sqlite3"
    content = GARBAGE[kind]
    path.write_bytes(content)
    db = Database(f"sqlite:///{path}")
    try:
        with pytest.raises(UserError) as err:
            migrate.upgrade(db)
        assert isinstance(err.value, DatabaseUnavailable | migrate.NotOurDatabase)
        assert "commission.sqlite3" in err.value.render()
        with pytest.raises(DatabaseUnavailable):
            db.ping()
        with pytest.raises(DatabaseUnavailable):
            auth.needs_first_admin(db)
    finally:
        db.dispose()
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["commission.sqlite3"]
    backups = data_dir() / "backups"
    assert not backups.exists() or not any(backups.iterdir())


def test_a_folder_where_the_folder_should_be_is_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "Commission"
    blocker.write_text("not a folder")
    with pytest.raises(DatabaseUnavailable) as err:
        db = Database(f"sqlite:///{blocker / 'data' / 'commission.sqlite3'}")
        try:
            migrate.upgrade(db)
        finally:
            db.dispose()
    assert "commission.sqlite3" in err.value.render()
    assert blocker.read_text() == "not a folder"


def test_a_folder_given_as_the_database_file(tmp_path: Path) -> None:
    folder = tmp_path / "commission.sqlite3"
    folder.mkdir()
    db = Database(f"sqlite:///{folder}")
    try:
        with pytest.raises(DatabaseUnavailable):
            migrate.upgrade(db)
    finally:
        db.dispose()


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Iterator[Path]:
    """A folder, writable now; the test makes it read-only. Skipped where that has no effect."""
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o555)
    probe = folder / "probe"
    try:
        probe.touch()
    except PermissionError:
        pass
    else:  # root (os.geteuid() == 0) with CAP_DAC_OVERRIDE ignores file modes
        probe.unlink()
        folder.chmod(0o755)
        pytest.skip(f"file modes are not enforced for this user (euid {os.geteuid()})")
    folder.chmod(0o755)
    yield folder
    folder.chmod(0o755)
    for child in folder.iterdir():
        child.chmod(0o644)


def test_a_read_only_folder_is_a_clear_error(read_only_dir: Path) -> None:
    read_only_dir.chmod(0o555)
    db = Database(f"sqlite:///{read_only_dir / 'commission.sqlite3'}")
    try:
        with pytest.raises(DatabaseUnavailable) as err:
            migrate.upgrade(db)
        assert "cannot be opened or written" in err.value.render()
    finally:
        db.dispose()
    assert list(read_only_dir.iterdir()) == []


@pytest.mark.parametrize("folder_writable", [True, False])
def test_a_read_only_database_file_refuses_writes_plainly(
    read_only_dir: Path, sqlite_template: Path, folder_writable: bool
) -> None:
    path = read_only_dir / "commission.sqlite3"
    path.write_bytes(sqlite_template.read_bytes())
    before = path.read_bytes()
    path.chmod(0o444)
    if not folder_writable:
        read_only_dir.chmod(0o555)
    db = Database(f"sqlite:///{path}")
    try:
        with pytest.raises(DatabaseUnavailable):
            make_admin(db)
    finally:
        db.dispose()
    assert path.read_bytes() == before


def test_a_busy_sqlite_file_is_a_clear_error(db_url: str) -> None:
    if not db_url.startswith("sqlite"):
        pytest.skip("SQLite's file lock")
    db = Database(db_url)
    admin = make_admin(db)
    blocker = create_engine(db_url, poolclass=NullPool)
    with blocker.connect() as conn:
        conn.exec_driver_sql("PRAGMA busy_timeout = 0")
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        waiting = Database(db_url)
        try:
            event.listen(
                waiting.engine,
                "connect",
                lambda dbapi_conn, _rec: dbapi_conn.execute("PRAGMA busy_timeout = 100"),
            )
            with pytest.raises(DatabaseUnavailable) as err:
                agencies.create_agency(waiting, admin, _agency("Акимат"))
            assert "busy" in err.value.render()
        finally:
            waiting.dispose()
        conn.exec_driver_sql("ROLLBACK")
    blocker.dispose()
    assert agencies.create_agency(db, admin, _agency("Акимат")).id > 0
    db.dispose()


# ---------------------------------------------------------------- PostgreSQL going away


def _killer(url: str) -> Engine:
    return create_engine(make_url(url), poolclass=NullPool, isolation_level="AUTOCOMMIT")


def _terminate_others(killer: Engine) -> int:
    """Terminate every other session of the test database, and wait until they are gone."""
    with killer.connect() as conn:
        return len(
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            ).all()
        )


def _counts(db: Database) -> tuple[int, int]:
    with db.reading() as session:
        agencies_n = session.scalar(select(func.count()).select_from(Agency)) or 0
        entries_n = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
        return agencies_n, entries_n


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_server_restart_between_two_actions(db_url: str) -> None:
    db = Database(db_url)
    killer = _killer(db_url)
    try:
        admin = make_admin(db)
        agencies.create_agency(db, admin, _agency("Полиция"))
        assert _terminate_others(killer) >= 1
        try:
            agencies.create_agency(db, admin, _agency("Прокуратура"))
        except DatabaseUnavailable:
            agencies.create_agency(db, admin, _agency("Прокуратура"))  # the user tries again
        assert [a.name_ru for a in agencies.list_agencies(db, admin)] == [
            "Полиция",
            "Прокуратура",
        ]
        _terminate_others(killer)
        assert auth.login(db, "admin", PASSWORD).login == "admin"
        assert audit.verify(db).ok
    finally:
        db.dispose()
        killer.dispose()


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
@pytest.mark.parametrize("when", ["INSERT INTO audit_entries", "UPDATE audit_head", "COMMIT"])
def test_a_write_cut_off_half_way_leaves_nothing(db_url: str, when: str) -> None:
    db = Database(db_url)
    killer = _killer(db_url)
    try:
        admin = make_admin(db)
        agencies.create_agency(db, admin, _agency("Полиция"))
        before = _counts(db)
        armed = threading.Event()
        armed.set()

        def cut(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
            if armed.is_set() and statement.lstrip().upper().startswith(when.upper()):
                armed.clear()
                _terminate_others(killer)

        def cut_commit(conn: Any) -> None:
            if armed.is_set():
                armed.clear()
                _terminate_others(killer)

        if when == "COMMIT":
            event.listen(db.engine, "commit", cut_commit)
        else:
            event.listen(db.engine, "before_cursor_execute", cut)
        with pytest.raises(DatabaseUnavailable) as err:
            agencies.create_agency(db, admin, _agency("Прокуратура"))
        assert not armed.is_set(), "the cut never happened"
        assert "not reachable" in err.value.render()

        assert _counts(db) == before
        assert audit.verify(db).ok
        # The next action works on a fresh connection, and the chain goes on.
        agencies.create_agency(db, admin, _agency("Прокуратура"))
        assert _counts(db) == (before[0] + 1, before[1] + 1)
        assert audit.verify(db).ok
    finally:
        db.dispose()
        killer.dispose()


def test_an_embedded_database_is_shown_as_its_file_path() -> None:
    # A Windows path must not come out percent-encoded («C%3A%5CUsers…»).
    windows = "sqlite:///C:\\Users\\Айгуль\\AppData\\Local\\Akimat\\Commission\\commission.sqlite3"
    assert safe_url(windows) == (
        "C:\\Users\\Айгуль\\AppData\\Local\\Akimat\\Commission\\commission.sqlite3"
    )
    assert safe_url("sqlite:////home/sec/commission.sqlite3") == "/home/sec/commission.sqlite3"
    assert SECRET not in safe_url(f"postgresql+psycopg://app:{SECRET}@db.akimat.kz/commission")
    assert safe_url("not a url") == "?"
