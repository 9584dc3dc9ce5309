"""User accounts: the administrator creates, edits, unlocks and resets them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from commission.db.base import utcnow
from commission.db.engine import Database
from commission.db.models import AdminUnit, Agency, User
from commission.domain.enums import Language, Role
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.permissions import Permission
from commission.services import audit
from commission.services.auth import hash_password
from commission.services.common import check_lengths, clean_text, get_for_edit, get_or_fail
from commission.services.context import Actor
from commission.services.errors import InvalidInput

_LOGIN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


@dataclass(frozen=True)
class UserView:
    id: int
    login: str
    full_name: str
    role: Role
    agency_id: int | None
    district_id: int | None
    is_active: bool
    locked: bool
    failed_logins: int
    language: Language
    last_login_at: datetime | None
    version: int


@dataclass(frozen=True)
class UserInput:
    full_name: str
    role: Role
    agency_id: int | None = None
    district_id: int | None = None
    is_active: bool = True
    language: Language = Language.RU


def validate_login(login: str) -> str:
    value = login.strip().lower()
    if not _LOGIN.match(value):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A login is 2–64 Latin letters, digits, dots, hyphens or underscores, "
                "starting with a letter or digit.",
            ),
            field="login",
        )
    return value


def _view(user: User) -> UserView:
    return UserView(
        id=user.id,
        login=user.login,
        full_name=user.full_name,
        role=user.role,
        agency_id=user.agency_id,
        district_id=user.district_id,
        is_active=user.is_active,
        locked=user.locked_until is not None and user.locked_until > utcnow(),
        failed_logins=user.failed_logins,
        language=user.ui_language,
        last_login_at=user.last_login_at,
        version=user.version,
    )


def _apply(user: User, data: UserInput) -> None:
    full_name = clean_text(data.full_name, multiline=False)
    if not full_name:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Enter the user's full name."), "full_name")
    check_lengths(User, {"full_name": full_name})
    if data.role == Role.PROBATION_OFFICER and data.district_id is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A probation officer must have a district: it limits which clients they see.",
            ),
            "district_id",
        )
    user.full_name = full_name
    user.role = data.role
    user.agency_id = data.agency_id
    user.district_id = data.district_id
    user.is_active = data.is_active
    user.ui_language = data.language


def _check_references(session: Session, data: UserInput) -> None:
    if data.district_id is not None and session.get(AdminUnit, data.district_id) is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "There is no district with the number {id}."),
            "district_id",
            id=data.district_id,
        )
    if data.agency_id is not None and session.get(Agency, data.agency_id) is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "There is no agency with the number {id}."),
            "agency_id",
            id=data.agency_id,
        )


def list_users(db: Database, actor: Actor) -> list[UserView]:
    actor.require(Permission.MANAGE_USERS)
    with db.reading() as session:
        return [_view(u) for u in session.scalars(select(User).order_by(User.login))]


def officers(db: Database, actor: Actor) -> list[UserView]:
    """Probation officers, for choosing a client's officer (no permission beyond viewing)."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        rows = session.scalars(
            select(User).where(User.role == Role.PROBATION_OFFICER).order_by(User.full_name)
        )
        return [_view(u) for u in rows]


def add_user(db: Database, actor: Actor, login: str, password: str, data: UserInput) -> UserView:
    actor.require(Permission.MANAGE_USERS)
    login = validate_login(login)
    user = User(login=login, password_hash=hash_password(password, login), updated_by=actor.login)
    _apply(user, data)
    try:
        with db.transaction() as session:
            if session.scalar(select(User.id).where(User.login == login)) is not None:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "The login «{login}» is already taken."),
                    "login",
                    login=login,
                )
            _check_references(session, data)
            session.add(user)
            audit.record_create(session, actor, user)
            return _view(user)
    except IntegrityError as exc:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The login «{login}» is already taken."),
            "login",
            login=login,
        ) from exc


def update_user(
    db: Database, actor: Actor, user_id: int, version: int, data: UserInput
) -> UserView:
    actor.require(Permission.MANAGE_USERS)
    with db.transaction() as session:
        user = get_for_edit(session, User, user_id, version)
        if user.id == actor.user_id and (data.role != Role.ADMINISTRATOR or not data.is_active):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "You cannot take the administrator role from your own account or disable it.",
                ),
                "role",
            )
        _check_references(session, data)
        _apply(user, data)
        audit.record_update(session, actor, user)
        return _view(user)


def set_password(db: Database, actor: Actor, user_id: int, password: str) -> None:
    """The administrator resets anyone's password; a user changes their own."""
    if actor.user_id != user_id:
        actor.require(Permission.MANAGE_USERS)
    with db.reading() as session:
        login = get_or_fail(session, User, user_id).login
    # Hashing takes a moment: outside the transaction, which would hold the write lock meanwhile.
    password_hash = hash_password(password, login)
    with db.transaction() as session:
        user = get_or_fail(session, User, user_id)
        user.password_hash = password_hash
        user.failed_logins = 0
        user.locked_until = None
        audit.record_update(session, actor, user)


def unlock_user(db: Database, actor: Actor, user_id: int) -> UserView:
    """Lift the pause after wrong passwords at once: the next try is heard, the count restarts."""
    actor.require(Permission.MANAGE_USERS)
    with db.transaction() as session:
        user = get_or_fail(session, User, user_id)
        user.failed_logins = 0
        user.locked_until = None
        audit.record_update(session, actor, user)
        return _view(user)


def set_language(db: Database, actor: Actor, language: Language) -> None:
    """Each user keeps their own interface language."""
    if actor.user_id is None:
        return
    with db.transaction() as session:
        user = get_or_fail(session, User, actor.user_id)
        user.ui_language = language
        audit.record_update(session, actor, user)
