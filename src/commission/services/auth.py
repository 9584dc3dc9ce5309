"""Passwords, log-in with a growing pause after wrong tries, and the first administrator."""

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
from commission.services.password_policy import (
    MIN_PASSWORD_LENGTH,
    WeakPassword,
    check_password_strength,
)
from commission.services.scope import commission_ids_of_user

__all__ = [
    "MIN_PASSWORD_LENGTH",
    "LoginFailed",
    "WeakPassword",
    "actor_of",
    "check_password_strength",
    "create_first_admin",
    "hash_password",
    "login",
    "needs_first_admin",
]

# Wrong passwords in a row before log-in pauses; the longest pause (see ``delay_after``).
FREE_FAILURES = 3
MAX_DELAY_SECONDS = 60
# Who a failed try at a login that does not exist is recorded as: never the text typed.
UNKNOWN_ACTOR = Actor(None, "?", "", Role.MEMBER)

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


def hash_password(password: str, login: str) -> str:
    """The stored form of a new password of ``login``; refused if it is easy to guess."""
    check_password_strength(password, login)
    return _hasher.hash(password)


def hash_published_password(password: str) -> str:
    """The stored form of a password everyone knows anyway (the demo's), without the rules."""
    return _hasher.hash(password)


def _password_matches(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def actor_of(user: User, commission_ids: list[int] | None = None) -> Actor:
    """The user as the acting one; working for exactly one commission, for that one. With
    several, ``commission_id`` stays None until the user chooses (``commissions.choose``)."""
    return Actor(
        user_id=user.id,
        login=user.login,
        full_name=user.full_name,
        role=user.role,
        district_id=user.district_id,
        agency_id=user.agency_id,
        language=user.ui_language,
        commission_id=commission_ids[0] if commission_ids and len(commission_ids) == 1 else None,
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
    password_hash = hash_password(password, login)
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


def delay_after(failures: int) -> timedelta:
    """How long a login must wait after ``failures`` wrong tries in a row.

    The first few are free (typing mistakes); then the pause doubles up to a minute. A guesser
    gets at most about 1,400 tries a day at one login, and the owner of the account, even the
    administrator, is never shut out for longer than a minute after the guessing stops.
    """
    if failures < FREE_FAILURES:
        return timedelta(0)
    return timedelta(seconds=min(2 ** (failures - FREE_FAILURES), MAX_DELAY_SECONDS))


def login(db: Database, login_name: str, password: str) -> Actor:
    """Check the password; a wrong one delays the next try of that login.

    Every refusal gives the same message, whatever the cause (unknown login, wrong password,
    disabled account, a try before the pause is over), and takes the time of a password check:
    neither the answer nor its time tells which logins exist. The pause is kept in the database
    (``User.locked_until``: the earliest moment the next try is heard), so it holds for every
    computer and the command line alike; a try before then is refused without looking at the
    password. The audit records each try and its reason, never what was typed.
    """
    login_name = login_name.strip().lower()
    wrong = LoginFailed(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Wrong login or password. After several wrong tries the next one is heard only "
            "after a pause of up to a minute.",
        )
    )
    with db.transaction() as session:
        # FOR UPDATE: parallel guesses at one login on PostgreSQL wait for each other instead of
        # all slipping in before the pause is written (SQLite's BEGIN IMMEDIATE serialises).
        user = session.scalar(select(User).where(User.login == login_name).with_for_update())
        now = utcnow()
        if user is None:
            # Verify anyway so that timing does not tell which logins exist.
            _password_matches(_dummy(), password)
            # What was typed as the login may be a password typed into the wrong field.
            audit.record(
                session,
                UNKNOWN_ACTOR,
                AuditAction.LOGIN_FAILED,
                "users",
                None,
                {"reason": "unknown login"},
            )
            outcome: UserError | Actor = wrong
        else:
            too_soon = user.locked_until is not None and user.locked_until > now
            # The check runs even when its answer is not used, to take the same time.
            matches = _password_matches(_dummy() if too_soon else user.password_hash, password)
            if too_soon:
                reason = "too soon"
            elif not matches:
                reason = "password"
                user.failed_logins += 1
                pause = delay_after(user.failed_logins)
                user.locked_until = now + pause if pause else None
            elif not user.is_active:
                reason = "inactive"
            else:
                reason = ""
            if reason:
                audit.record(
                    session,
                    actor_of(user),
                    AuditAction.LOGIN_FAILED,
                    "users",
                    user.id,
                    {"reason": reason, "failures": user.failed_logins},
                )
                outcome = wrong
            else:
                user.failed_logins = 0
                user.locked_until = None
                user.last_login_at = now
                if _hasher.check_needs_rehash(user.password_hash):
                    user.password_hash = _hasher.hash(password)
                audit.record(session, actor_of(user), AuditAction.LOGIN, "users", user.id)
                outcome = actor_of(user, commission_ids_of_user(session, user.id))
    # The failed attempt is committed before the error goes up: counting must survive it.
    if isinstance(outcome, UserError):
        raise outcome
    return outcome
