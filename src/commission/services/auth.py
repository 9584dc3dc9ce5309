"""Passwords, log-in with lock-out, and the first administrator of an empty database."""

from __future__ import annotations

from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select, text

from commission.db.base import utcnow
from commission.db.engine import Database
from commission.db.models import User
from commission.domain.enums import AuditAction, Language, Role
from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.services import audit
from commission.services.common import check_lengths, clean_text
from commission.services.context import Actor

MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15
MIN_PASSWORD_LENGTH = 8

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
_dummy_hash: str | None = None


def _dummy() -> str:
    """A hash to verify against for an unknown login, made once: verifying costs what it costs
    for a real user, so the time of the answer does not tell which logins exist."""
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = _hasher.hash("not a password of anyone")
    return _dummy_hash


class LoginFailed(UserError):
    """Wrong login or password, or the account cannot be used now."""


class WeakPassword(UserError):
    pass


def hash_password(password: str) -> str:
    check_password_strength(password)
    return _hasher.hash(password)


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise WeakPassword(
            QT_TRANSLATE_NOOP("Errors", "The password must have at least {n} characters."),
            n=MIN_PASSWORD_LENGTH,
        )


def _password_matches(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def actor_of(user: User) -> Actor:
    return Actor(
        user_id=user.id,
        login=user.login,
        full_name=user.full_name,
        role=user.role,
        district_id=user.district_id,
        agency_id=user.agency_id,
        language=user.ui_language,
    )


def needs_first_admin(db: Database) -> bool:
    with db.reading() as session:
        return (session.scalar(select(func.count()).select_from(User)) or 0) == 0


def create_first_admin(
    db: Database, login: str, full_name: str, password: str, language: Language = Language.RU
) -> Actor:
    """The administrator account of a new database; refused once any user exists."""
    from commission.services.users import validate_login

    login = validate_login(login)
    name = clean_text(full_name, multiline=False) or login
    check_lengths(User, {"full_name": name})
    password_hash = hash_password(password)
    with db.transaction() as session:
        if not db.is_sqlite:
            # Two set-up dialogs against one new server: without the lock both would count no
            # users and both create an administrator. (SQLite's BEGIN IMMEDIATE serialises.)
            session.execute(text("LOCK TABLE users IN EXCLUSIVE MODE"))
        if session.scalar(select(func.count()).select_from(User)):
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "The database already has users; log in instead.")
            )
        user = User(
            login=login,
            full_name=name,
            role=Role.ADMINISTRATOR,
            password_hash=password_hash,
            ui_language=language,
            updated_by=login,
        )
        session.add(user)
        session.flush()
        actor = actor_of(user)
        audit.record_create(session, actor, user)
        return actor


def login(db: Database, login_name: str, password: str) -> Actor:
    """Check the password; count failures and lock the account after too many."""
    login_name = login_name.strip().lower()
    wrong = LoginFailed(QT_TRANSLATE_NOOP("Errors", "Wrong login or password."))
    with db.transaction() as session:
        user = session.scalar(select(User).where(User.login == login_name))
        anonymous = Actor(None, login_name[:64] or "?", "", Role.MEMBER)
        if user is None:
            # Verify anyway so that timing does not tell which logins exist.
            _password_matches(_dummy(), password)
            audit.record(session, anonymous, AuditAction.LOGIN_FAILED, "users", None)
            outcome: UserError | Actor = wrong
        elif not user.is_active:
            audit.record(
                session,
                actor_of(user),
                AuditAction.LOGIN_FAILED,
                "users",
                user.id,
                {"reason": "inactive"},
            )
            outcome = LoginFailed(
                QT_TRANSLATE_NOOP(
                    "Errors", "This account is disabled. Ask the administrator to enable it."
                )
            )
        elif user.locked_until is not None and user.locked_until > utcnow():
            minutes = max(1, int((user.locked_until - utcnow()).total_seconds() // 60) + 1)
            audit.record(
                session,
                actor_of(user),
                AuditAction.LOGIN_FAILED,
                "users",
                user.id,
                {"reason": "locked"},
            )
            outcome = LoginFailed(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The account is locked after repeated wrong passwords. Try again in "
                    "{minutes} min or ask the administrator to unlock it.",
                ),
                minutes=minutes,
            )
        elif not _password_matches(user.password_hash, password):
            user.failed_logins += 1
            reason = "password"
            if user.failed_logins >= MAX_FAILED_LOGINS:
                user.locked_until = utcnow() + timedelta(minutes=LOCK_MINUTES)
                user.failed_logins = 0
                reason = "locked"
            audit.record(
                session,
                actor_of(user),
                AuditAction.LOGIN_FAILED,
                "users",
                user.id,
                {"reason": reason},
            )
            outcome = wrong
        else:
            user.failed_logins = 0
            user.locked_until = None
            user.last_login_at = utcnow()
            if _hasher.check_needs_rehash(user.password_hash):
                user.password_hash = _hasher.hash(password)
            audit.record(session, actor_of(user), AuditAction.LOGIN, "users", user.id)
            outcome = actor_of(user)
    # The failed attempt is committed before the error goes up: counting must survive it.
    if isinstance(outcome, UserError):
        raise outcome
    return outcome
