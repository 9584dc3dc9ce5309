"""Shared fixtures: a migrated database on SQLite and on PostgreSQL, and logged-in users."""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from commission.db import migrate
from commission.db.engine import Database
from commission.domain.enums import Role
from commission.services import auth, users
from commission.services.context import Actor

PG_ENV = "COMMISSION_TEST_PG_URL"
PASSWORD = "correct horse 1"
_counter = itertools.count()


@pytest.fixture(scope="session", autouse=True)
def _qt_application(qapp: object) -> object:
    """One QApplication for the whole run, made first: code under test that needs only a
    QGuiApplication (PDF writing from the command line) must not pre-empt the widgets'."""
    return qapp


@pytest.fixture(autouse=True)
def _no_translator_left_behind() -> Iterator[None]:
    """A test that logs a Russian user in installs the Russian translator; the next test must
    start as it would alone, with the source texts (a test of the admin area read Russian
    labels after the shell's tests otherwise)."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from commission import i18n

    language, locale = i18n.current_language(), QLocale()
    yield
    app = QCoreApplication.instance()
    if i18n._installed and app is not None:
        for translator in i18n._installed:
            app.removeTranslator(translator)
        i18n._installed.clear()
    i18n._current[0] = language
    QLocale.setDefault(locale)


@pytest.fixture(autouse=True)
def _isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test may touch the real user's data directory or database."""
    monkeypatch.setenv("COMMISSION_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("COMMISSION_DATABASE_URL", raising=False)


def _pg_url() -> str | None:
    url = os.environ.get(PG_ENV)
    if not url and os.environ.get("CI"):
        raise RuntimeError(f"{PG_ENV} must be set in CI: the data layer is tested on PostgreSQL")
    return url


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    db.dispose()
    return path


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str | None]:
    url = _pg_url()
    if not url:
        yield None
        return
    base = make_url(url)
    admin_engine = create_engine(base, isolation_level="AUTOCOMMIT")
    name = f"commission_tpl_{os.getpid()}"
    with admin_engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    db = Database(base.set(database=name).render_as_string(hide_password=False))
    migrate.upgrade(db)
    db.dispose()
    yield name
    with admin_engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin_engine.dispose()


def _fresh_pg(template: str) -> tuple[str, str]:
    base = make_url(_pg_url() or "")
    name = f"commission_t_{os.getpid()}_{next(_counter)}"
    engine = create_engine(base, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    engine.dispose()
    return base.set(database=name).render_as_string(hide_password=False), name


def _drop_pg(name: str) -> None:
    engine = create_engine(make_url(_pg_url() or ""), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(
    request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path, pg_template: str | None
) -> Iterator[str]:
    """A freshly migrated, empty database: each test runs once per engine."""
    if request.param == "sqlite":
        path = tmp_path / "commission.sqlite3"
        shutil.copy(sqlite_template, path)
        yield f"sqlite:///{path}"
        return
    if pg_template is None:
        pytest.skip(f"PostgreSQL not configured: set {PG_ENV}")
    url, name = _fresh_pg(pg_template)
    yield url
    _drop_pg(name)


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    """SQLite only: for GUI tests, which exercise the widgets rather than the engine."""
    path = tmp_path / "commission.sqlite3"
    shutil.copy(sqlite_template, path)
    database = Database(f"sqlite:///{path}")
    yield database
    database.dispose()


def make_admin(database: Database) -> Actor:
    return auth.create_first_admin(database, "admin", "Администратор Системы", PASSWORD)


def make_user(
    database: Database, admin_actor: Actor, login: str, role: Role, **kwargs: object
) -> Actor:
    view = users.add_user(
        database,
        admin_actor,
        login,
        PASSWORD,
        users.UserInput(full_name=login.title(), role=role, **kwargs),  # type: ignore[arg-type]
    )
    return auth.login(database, view.login, PASSWORD)


@pytest.fixture
def admin(db: Database) -> Actor:
    return make_admin(db)
