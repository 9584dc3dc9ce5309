"""Log-in as a user meets it: first administrator, wrong passwords, lock-out, audit of each try."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import func, select

from commission.db.engine import Database
from commission.db.models import AuditEntry, User
from commission.domain.enums import AuditAction, Role
from commission.domain.messages import UserError
from commission.services import audit, auth, users
from commission.services.context import Actor
from tests.conftest import PASSWORD, make_admin, make_user

WRONG = "Wrong login or password."


def _user(db: Database, login: str) -> User:
    with db.reading() as session:
        user = session.scalar(select(User).where(User.login == login))
        assert user is not None
        session.expunge(user)  # keep the loaded values after the reading session ends
        return user


def _entries(db: Database, action: AuditAction | None = None) -> list[AuditEntry]:
    with db.reading() as session:
        query = select(AuditEntry).order_by(AuditEntry.seq)
        if action is not None:
            query = query.where(AuditEntry.action == action.value)
        entries = list(session.scalars(query))
        session.expunge_all()
        return entries


def _user_count(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(User)) or 0


def test_first_admin_only_on_an_empty_database(db: Database) -> None:
    assert auth.needs_first_admin(db)
    actor = make_admin(db)
    assert actor.role is Role.ADMINISTRATOR
    assert actor.user_id is not None
    assert not auth.needs_first_admin(db)

    with pytest.raises(UserError) as err:
        auth.create_first_admin(db, "intruder", "Someone Else", PASSWORD)
    assert "already has users" in err.value.render()
    assert _user_count(db) == 1
    assert _user(db, "admin").role is Role.ADMINISTRATOR


def test_first_admin_password_is_checked_and_stored_hashed(db: Database) -> None:
    with pytest.raises(auth.WeakPassword):
        auth.create_first_admin(db, "admin", "Admin", "short")
    assert _user_count(db) == 0
    make_admin(db)
    stored = _user(db, "admin").password_hash
    assert PASSWORD not in stored
    assert stored.startswith("$argon2id$")


def test_login_ok_is_case_and_space_insensitive(db: Database, admin: Actor) -> None:
    actor = auth.login(db, "  ADMIN ", PASSWORD)
    assert actor.login == "admin"
    assert actor.user_id == admin.user_id
    assert actor.role is Role.ADMINISTRATOR
    assert _user(db, "admin").last_login_at is not None


def test_wrong_password_message(db: Database, admin: Actor) -> None:
    with pytest.raises(auth.LoginFailed) as err:
        auth.login(db, "admin", "not the password")
    assert err.value.render() == WRONG


def test_unknown_login_gets_the_same_message_as_a_wrong_password(
    db: Database, admin: Actor
) -> None:
    with pytest.raises(auth.LoginFailed) as unknown:
        auth.login(db, "nobody", PASSWORD)
    with pytest.raises(auth.LoginFailed) as wrong:
        auth.login(db, "admin", "not the password")
    assert unknown.value.render() == wrong.value.render() == WRONG
    assert type(unknown.value) is type(wrong.value)


def test_failed_attempts_are_committed_despite_the_error(db: Database, admin: Actor) -> None:
    for _ in range(2):
        with pytest.raises(auth.LoginFailed):
            auth.login(db, "admin", "not the password")
    assert _user(db, "admin").failed_logins == 2
    auth.login(db, "admin", PASSWORD)
    assert _user(db, "admin").failed_logins == 0


def test_five_wrong_passwords_lock_the_account(db: Database, admin: Actor) -> None:
    clerk = make_user(db, admin, "clerk", Role.SECRETARY)
    for _ in range(auth.MAX_FAILED_LOGINS):
        with pytest.raises(auth.LoginFailed) as err:
            auth.login(db, "clerk", "not the password")
        assert err.value.render() == WRONG
    locked_until = _user(db, "clerk").locked_until
    assert locked_until is not None

    with pytest.raises(auth.LoginFailed) as err:
        auth.login(db, "clerk", PASSWORD)
    message = err.value.render()
    assert "locked" in message
    assert str(auth.LOCK_MINUTES) in message
    # Listing users shows the lock to the administrator.
    [view] = [u for u in users.list_users(db, admin) if u.login == "clerk"]
    assert view.locked

    # The administrator unlocks: the right password works again, and only that one.
    assert clerk.user_id is not None
    assert not users.unlock_user(db, admin, clerk.user_id).locked
    assert auth.login(db, "clerk", PASSWORD).login == "clerk"
    with pytest.raises(auth.LoginFailed) as err:
        auth.login(db, "clerk", "not the password")
    assert err.value.render() == WRONG


def test_a_locked_account_does_not_lock_other_accounts(db: Database, admin: Actor) -> None:
    make_user(db, admin, "clerk", Role.SECRETARY)
    for _ in range(auth.MAX_FAILED_LOGINS):
        with pytest.raises(auth.LoginFailed):
            auth.login(db, "clerk", "not the password")
    assert auth.login(db, "admin", PASSWORD).login == "admin"


def test_resetting_the_password_unlocks(db: Database, admin: Actor) -> None:
    clerk = make_user(db, admin, "clerk", Role.SECRETARY)
    for _ in range(auth.MAX_FAILED_LOGINS):
        with pytest.raises(auth.LoginFailed):
            auth.login(db, "clerk", "not the password")
    assert clerk.user_id is not None
    users.set_password(db, admin, clerk.user_id, "a brand new secret")
    assert auth.login(db, "clerk", "a brand new secret").login == "clerk"
    with pytest.raises(auth.LoginFailed):
        auth.login(db, "clerk", PASSWORD)


def test_disabled_user_is_refused(db: Database, admin: Actor) -> None:
    clerk = make_user(db, admin, "clerk", Role.SECRETARY)
    assert clerk.user_id is not None
    view = _user(db, "clerk")
    users.update_user(
        db,
        admin,
        clerk.user_id,
        view.version,
        users.UserInput(full_name="Clerk", role=Role.SECRETARY, is_active=False),
    )
    with pytest.raises(auth.LoginFailed) as err:
        auth.login(db, "clerk", PASSWORD)
    assert "disabled" in err.value.render()


def test_short_password_is_refused_everywhere(db: Database, admin: Actor) -> None:
    with pytest.raises(auth.WeakPassword) as err:
        users.add_user(
            db, admin, "clerk", "1234567", users.UserInput(full_name="C", role=Role.SECRETARY)
        )
    assert "8" in err.value.render()
    assert _user_count(db) == 1
    assert admin.user_id is not None
    with pytest.raises(auth.WeakPassword):
        users.set_password(db, admin, admin.user_id, "short")
    assert auth.login(db, "admin", PASSWORD).login == "admin"
    # Exactly the minimum is enough.
    users.set_password(db, admin, admin.user_id, "12345678")
    assert auth.login(db, "admin", "12345678").login == "admin"


def test_every_attempt_leaves_an_audit_entry(db: Database, admin: Actor) -> None:
    before_ok = len(_entries(db, AuditAction.LOGIN))
    before_failed = len(_entries(db, AuditAction.LOGIN_FAILED))

    auth.login(db, "admin", PASSWORD)
    for login_name, password in [("admin", "wrong password"), ("ghost", PASSWORD)]:
        with pytest.raises(auth.LoginFailed):
            auth.login(db, login_name, password)

    ok = _entries(db, AuditAction.LOGIN)
    failed = _entries(db, AuditAction.LOGIN_FAILED)
    assert len(ok) == before_ok + 1
    assert len(failed) == before_failed + 2
    assert ok[-1].user_login == "admin" and ok[-1].user_id == admin.user_id
    wrong_password, unknown = failed[-2:]
    assert wrong_password.user_login == "admin"
    assert "password" in wrong_password.changes
    assert unknown.user_login == "ghost" and unknown.user_id is None
    # The audit never holds the password that was typed.
    for entry in _entries(db):
        assert PASSWORD not in entry.changes
        assert "wrong password" not in entry.changes
    assert audit.verify(db).ok


def test_locked_and_disabled_attempts_are_audited(db: Database, admin: Actor) -> None:
    make_user(db, admin, "clerk", Role.SECRETARY)
    for _ in range(auth.MAX_FAILED_LOGINS + 1):
        with pytest.raises(auth.LoginFailed):
            auth.login(db, "clerk", "not the password")
    reasons = [e.changes for e in _entries(db, AuditAction.LOGIN_FAILED) if e.user_login == "clerk"]
    assert len(reasons) == auth.MAX_FAILED_LOGINS + 1
    assert all('"locked"' in r for r in reasons[-2:])
    assert all('"password"' in r for r in reasons[:-2])


def test_two_first_admins_at_once_make_exactly_one(db_url: str) -> None:
    """Two set-up dialogs on two PCs against one new server: one wins, the other is told so."""
    outcomes: list[str] = []
    barrier = threading.Barrier(2)

    def set_up(n: int) -> None:
        database = Database(db_url)
        try:
            barrier.wait()
            auth.create_first_admin(database, f"admin{n}", "Admin", PASSWORD)
            outcomes.append("created")
        except UserError:
            outcomes.append("refused")
        except Exception as exc:  # a raw database error: the test fails below
            outcomes.append(f"{type(exc).__name__}: {exc}")
        finally:
            database.dispose()

    workers = [threading.Thread(target=set_up, args=(n,)) for n in range(2)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join(timeout=60)
    assert sorted(outcomes) == ["created", "refused"]
    database = Database(db_url)
    try:
        assert _user_count(database) == 1
        assert audit.verify(database).ok
    finally:
        database.dispose()


def test_unknown_login_takes_as_long_as_a_wrong_password(db: Database, admin: Actor) -> None:
    """The time of the answer must not tell which logins exist."""

    def fastest(login_name: str) -> float:
        times = []
        for _ in range(3):
            start = time.perf_counter()
            with pytest.raises(auth.LoginFailed):
                auth.login(db, login_name, "not the password")
            times.append(time.perf_counter() - start)
        return min(times)

    fastest("ghost")  # the first unknown login may prepare what it compares against
    known = fastest("admin")
    unknown = fastest("ghost")
    assert unknown < 1.6 * known, (unknown, known)
