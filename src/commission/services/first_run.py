"""The first run on a computer: what the chosen database holds, and setting up a new one.

The first-run wizard asks everything first and writes only at the end, in this order: the
database is opened and brought to the current schema, the administrator is created, then the
commission. A failed step can be retried: an administrator made by an earlier attempt is
logged in with the same password instead of being created twice.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from commission.db import migrate
from commission.db.engine import Database, DatabaseUnavailable, safe_url
from commission.db.models import Commission, User
from commission.domain.enums import Language
from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.services import auth, composition
from commission.services.context import Actor


@dataclass(frozen=True)
class DatabaseProbe:
    """What a database already holds; all ``False`` for a file that does not exist yet."""

    has_schema: bool
    has_users: bool
    has_commission: bool

    @property
    def is_new(self) -> bool:
        """No account yet: the wizard creates the administrator."""
        return not self.has_users


_NOTHING = DatabaseProbe(has_schema=False, has_users=False, has_commission=False)


def _sqlite_file(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    return Path(parsed.database or "")


def _can_create(path: Path) -> bool:
    """Whether the file could be created, judged without creating anything: the nearest
    existing folder above it must be a folder we may write into."""
    folder = path.absolute().parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)


def probe(url: str) -> DatabaseProbe:
    """Look at the database at ``url`` without creating or changing anything.

    Raises ``UserError`` when it cannot be read, belongs to another program, or was made by a
    newer version of Commission.
    """
    try:
        path = _sqlite_file(url)
    except ArgumentError as exc:
        raise DatabaseUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors", "Unsupported database address: {url}. Use an SQLite file or PostgreSQL."
            ),
            url="?",
        ) from exc
    if path is not None:
        if str(path) in ("", ".", ":memory:") or path.is_dir():
            raise DatabaseUnavailable(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The database file {url} cannot be opened or written. Nothing was saved.",
                ),
                url=safe_url(url),
            )
        if not path.exists() or path.stat().st_size == 0:
            if not _can_create(path):
                raise DatabaseUnavailable(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The database file {url} cannot be opened or written. Nothing was saved.",
                    ),
                    url=safe_url(url),
                )
            return _NOTHING  # connecting would create the file: a probe must not
    db = Database(url)
    try:
        if migrate.check_known(db) is None:
            return _NOTHING
        with db.reading() as session:
            users = session.scalar(select(func.count()).select_from(User)) or 0
            commission = session.scalar(select(Commission.id).limit(1))
    finally:
        db.dispose()
    return DatabaseProbe(
        has_schema=True, has_users=users > 0, has_commission=commission is not None
    )


@dataclass(frozen=True)
class FirstAdmin:
    login: str
    full_name: str
    password: str
    language: Language = Language.RU


@dataclass(frozen=True)
class NewCommission:
    data: composition.CommissionData
    unit: composition.AdminUnitData


def _administrator(db: Database, admin: FirstAdmin) -> Actor:
    if auth.needs_first_admin(db):
        return auth.create_first_admin(
            db, admin.login, admin.full_name, admin.password, admin.language
        )
    try:  # made by an earlier attempt whose commission step failed
        return auth.login(db, admin.login, admin.password)
    except auth.LoginFailed as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The database already has users; log in instead.")
        ) from exc


def set_up(url: str, admin: FirstAdmin, commission: NewCommission | None) -> tuple[Database, Actor]:
    """Open and migrate the database, create the administrator, then the commission.

    Returns the open database and the administrator, logged in. ``commission`` is ``None``
    when the database already describes one.
    """
    db = Database(url)
    try:
        migrate.upgrade(db)
        actor = _administrator(db, admin)
        if commission is not None and composition.commission_or_none(db) is None:
            view = composition.create_commission(db, actor, commission.data, commission.unit)
            actor = replace(actor, commission_id=view.id)  # linked to it by create_commission
    except BaseException:
        db.dispose()
        raise
    return db, actor
