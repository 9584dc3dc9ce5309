"""Engine and transaction set-up for the two supported engines: SQLite and PostgreSQL."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

# Re-exported: the rest of the program reads where the database is from here.
from commission.db.location import APP_AUTHOR as APP_AUTHOR
from commission.db.location import APP_NAME as APP_NAME
from commission.db.location import ENV_URL as ENV_URL
from commission.db.location import data_dir as data_dir
from commission.db.location import default_url as default_url
from commission.db.location import demo_url as demo_url
from commission.db.location import resolve_url as resolve_url
from commission.db.unique_races import duplicate_of
from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.private_files import create_private_file, private_folder

SQLITE_BUSY_TIMEOUT_MS = 10_000
# session.info key: (first seq, last seq, last hash) of the audit entries a transaction wrote.
AUDIT_WRITTEN = "commission_audit_written"

log = logging.getLogger(__name__)


class DatabaseUnavailable(UserError):
    """The database cannot be reached or opened; nothing was written."""


class DatabaseMissing(DatabaseUnavailable):
    """The configured database file is not there (an unmounted share, a moved file); a new,
    empty one is made only when asked for, never in its place."""


class ConcurrentEdit(UserError):
    """Someone else saved the same record first; the user's copy is stale."""


def safe_url(url: str | URL) -> str:
    """The URL for showing to people and writing to logs: never the password. An embedded
    database is shown as its file's path («C:\\Users\\…\\commission.sqlite3»), which is what a
    secretary recognises, rather than a URL with the path percent-encoded."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return "?"
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        return str(parsed.database)
    return parsed.render_as_string(hide_password=True)


def _sqlite_on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # pysqlite's own transaction handling fights SQLAlchemy's; take it over (see SQLAlchemy's
    # "Serializable isolation / Savepoints / Transactional DDL" notes for pysqlite).
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL: a commit someone made by hand survives a power cut, not only a crash of the program
    # (NORMAL in WAL mode may lose the last commits). It costs one more fsync per commit, which
    # a person typing never notices (README, «Durability»).
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def _sqlite_on_begin(conn: Any) -> None:
    # BEGIN IMMEDIATE: take the write lock up front so that two writers wait for each other
    # (busy_timeout) instead of failing half-way when a read lock cannot be upgraded.
    # Read-only sessions (``Database.reading``) begin deferred: with WAL they never wait.
    writing = conn.get_execution_options().get("commission_write", True)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")


def _unsupported(url: str | URL) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        QT_TRANSLATE_NOOP(
            "Errors", "Unsupported database address: {url}. Use an SQLite file or PostgreSQL."
        ),
        url=safe_url(url),  # "?" when it does not parse: it may hold a password in clear
    )


def missing(url: str | URL) -> DatabaseMissing:
    return DatabaseMissing(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database file {url} was not found. If it is on a network drive or a removable "
            "disk, connect it and try again. A new database is created only by the first-run "
            "set-up or by «commission-admin db upgrade --create».",
        ),
        url=safe_url(url),
    )


def _create_sqlite_file(path: Path, parsed: URL) -> None:
    """An empty file readable by its owner only: SQLite gives its journal and WAL the same
    rights, so the personal data never sits in a file other local users may read."""
    try:
        private_folder(path.parent)
        create_private_file(path)
    except OSError as exc:  # a file where the folder should be, no rights, no drive
        raise DatabaseUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database file {url} cannot be opened or written. Nothing was saved.",
            ),
            url=safe_url(parsed),
        ) from exc


def make_engine(url: str, *, create: bool = True) -> Engine:
    """An engine for ``url``; a missing SQLite file is created (owner-only) when ``create``,
    else ``DatabaseMissing``, now and on every later connection, so that a share unmounted
    while the program runs is never replaced by an empty file."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise _unsupported(url) from exc
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        path = Path(database) if database and database != ":memory:" else None
        if path is not None and not path.exists():
            if not create:
                raise missing(parsed)
            _create_sqlite_file(path, parsed)
        engine = create_engine(parsed, future=True)
        if path is not None:

            def refuse_missing(*_args: Any) -> None:
                if not path.exists():
                    raise missing(parsed)

            event.listen(engine, "do_connect", refuse_missing)
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    if parsed.get_backend_name() == "postgresql":
        try:
            return create_engine(
                parsed,
                pool_pre_ping=True,  # a server restarted overnight must not break the morning
                connect_args={"connect_timeout": 5, "application_name": "commission"},
            )
        except (ArgumentError, ImportError) as exc:  # e.g. a driver that is not installed
            raise _unsupported(parsed) from exc
    raise _unsupported(parsed)


class Database:
    """One database and the way every user action opens its transaction on it."""

    def __init__(
        self, url: str, checkpoint_folder: Path | None = None, *, create: bool = True
    ) -> None:
        """``create=False`` for a database that must already exist: what the desktop
        application and the administrator's commands open (see ``make_engine``)."""
        from commission.db.audit_checkpoints import CheckpointLog, database_key, default_folder

        self.url = url
        self.engine = make_engine(url, create=create)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.checkpoints = CheckpointLog(
            checkpoint_folder or default_folder(), database_key(self.engine.url)
        )

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def display_url(self) -> str:
        return safe_url(self.engine.url)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session for one user action: committed if it ends normally, rolled back if not."""
        try:
            with self._sessions.begin() as session:
                yield session
            self.checkpoint(session)
        except StaleDataError as exc:
            raise ConcurrentEdit(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The record was changed by another user while you were editing it. "
                    "Nothing was saved; open it again to see the current version.",
                )
            ) from exc
        except IntegrityError as exc:
            # A unique race lost on PostgreSQL (see ``db.unique_races``); rolled back above.
            duplicate = duplicate_of(exc)
            if duplicate is None:
                raise
            raise duplicate from exc
        except DBAPIError as exc:
            if self._unusable(exc):
                raise self.unavailable(exc) from exc
            raise

    def checkpoint(self, session: Session) -> None:
        """After a commit that appended to the audit trail, note its new head outside the
        database (``db.audit_checkpoints``). The commit stands even if the note fails."""
        written = session.info.pop(AUDIT_WRITTEN, None)
        if written is None:
            return
        first_seq, seq, digest = written
        try:
            self.checkpoints.append(first_seq, seq, digest)
        except OSError as exc:
            log.warning("audit checkpoint not written: %s", type(exc).__name__)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading what one screen shows; it never writes."""
        try:
            with self._sessions() as session:
                session.connection(execution_options={"commission_write": False})
                yield session
                session.rollback()
        except DBAPIError as exc:
            if self._unusable(exc):
                raise self.unavailable(exc) from exc
            raise

    def _unusable(self, exc: DBAPIError) -> bool:
        """The database cannot serve at all, as opposed to refusing one statement."""
        if isinstance(exc, OperationalError) or exc.connection_invalidated:
            return True
        # SQLite's plain DatabaseError: "file is not a database", "disk image is malformed".
        return self.is_sqlite and type(exc.orig) is sqlite3.DatabaseError

    def unavailable(self, exc: BaseException) -> DatabaseUnavailable:
        text = str(getattr(exc, "orig", exc)).lower()
        if self.is_sqlite and ("locked" in text or "busy" in text):
            return DatabaseUnavailable(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The database file is busy with another program. Nothing was saved; "
                    "try again in a moment.",
                )
            )
        if self.is_sqlite:
            return DatabaseUnavailable(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The database file {url} cannot be opened or written. Nothing was saved.",
                ),
                url=self.display_url,
            )
        return DatabaseUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database server {url} is not reachable. Nothing was saved; check the "
                "network and try again.",
            ),
            url=self.display_url,
        )

    def ping(self) -> None:
        """Raise ``DatabaseUnavailable`` unless a trivial query succeeds."""
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
        except (OperationalError, DBAPIError) as exc:
            raise self.unavailable(exc) from exc

    def dispose(self) -> None:
        self.engine.dispose()
