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
from commission.db.models import AdminUnit, Agency, Commission, User, UserCommission
from commission.domain.enums import Language, Role
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.permissions import Permission
from commission.services import audit
from commission.services.auth import hash_password
from commission.services.common import check_lengths, clean_text, get_for_edit, get_or_fail
from commission.services.context import Actor
from commission.services.errors import InvalidInput
from commission.services.scope import NoCommission, acting_commission, commission_ids_of_user

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
    # The commissions a secretary, chair, member or administrator works for; none for an officer.
    commission_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class UserInput:
    full_name: str
    role: Role
    agency_id: int | None = None
    district_id: int | None = None
    is_active: bool = True
    language: Language = Language.RU
    # None: a new user works for the acting commission of the administrator adding them, an
    # edited one keeps theirs. A probation officer works for his district, never a commission.
    commission_ids: tuple[int, ...] | None = None


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


def _view(user: User, commission_ids: list[int] | tuple[int, ...] = ()) -> UserView:
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
        commission_ids=tuple(commission_ids),
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


def _commissions_wanted(session: Session, actor: Actor, data: UserInput) -> list[int] | None:
    """The commissions the user is to work for (sorted), or None to keep those they have."""
    if data.role == Role.PROBATION_OFFICER:
        if data.commission_ids:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A probation officer works for a district, not for a commission: leave the "
                    "commissions empty.",
                ),
                "commission_ids",
            )
        return []
    if data.commission_ids is None:
        return None
    wanted = sorted(set(data.commission_ids))
    if not wanted:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Choose at least one commission the user works for."),
            "commission_ids",
        )
    known = set(session.scalars(select(Commission.id).where(Commission.id.in_(wanted))))
    for commission_id in wanted:
        if commission_id not in known:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "There is no commission with the number {id}."),
                "commission_ids",
                id=commission_id,
            )
    return wanted


def _default_commissions(session: Session, actor: Actor) -> list[int]:
    """A new user works where the administrator adding them works now; none before the first
    commission is described (the first-run wizard adds users before that)."""
    try:
        return [acting_commission(session, actor).id]
    except NoCommission:
        return []


def _link_commissions(session: Session, actor: Actor, user: User, wanted: list[int]) -> None:
    """Make the user's links exactly ``wanted``; each link added or removed is audited."""
    current = set(commission_ids_of_user(session, user.id))
    for commission_id in sorted(current - set(wanted)):
        link = session.get_one(UserCommission, (user.id, commission_id))
        audit.record_delete(session, actor, link)
    for commission_id in wanted:
        if commission_id in current:
            continue
        link = UserCommission(user_id=user.id, commission_id=commission_id, updated_by=actor.login)
        session.add(link)
        audit.record_create(session, actor, link)


def _commissions_by_user(session: Session) -> dict[int, list[int]]:
    found: dict[int, list[int]] = {}
    rows = session.execute(
        select(UserCommission.user_id, UserCommission.commission_id).order_by(
            UserCommission.commission_id
        )
    )
    for user_id, commission_id in rows:
        found.setdefault(user_id, []).append(commission_id)
    return found


def list_users(db: Database, actor: Actor) -> list[UserView]:
    actor.require(Permission.MANAGE_USERS)
    with db.reading() as session:
        links = _commissions_by_user(session)
        return [
            _view(u, links.get(u.id, ()))
            for u in session.scalars(select(User).order_by(User.login))
        ]


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
            wanted = _commissions_wanted(session, actor, data)
            if wanted is None:
                wanted = _default_commissions(session, actor)
            session.add(user)
            audit.record_create(session, actor, user)
            _link_commissions(session, actor, user, wanted)
            return _view(user, wanted)
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
        wanted = _commissions_wanted(session, actor, data)
        _apply(user, data)
        audit.record_update(session, actor, user)
        if wanted is not None:
            _link_commissions(session, actor, user, wanted)
        return _view(user, commission_ids_of_user(session, user.id))


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
        return _view(user, commission_ids_of_user(session, user.id))


def set_language(db: Database, actor: Actor, language: Language) -> None:
    """Each user keeps their own interface language."""
    if actor.user_id is None:
        return
    with db.transaction() as session:
        user = get_or_fail(session, User, actor.user_id)
        user.ui_language = language
        audit.record_update(session, actor, user)
