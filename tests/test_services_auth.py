"""Log-in as a user meets it: first administrator, wrong passwords, lock-out, audit of each try."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import func, select

from commission.db.base import utcnow
from commission.db.engine import Database
from commission.db.models import AuditEntry, User
from commission.domain.enums import AuditAction, Role
from commission.domain.messages import UserError
from commission.services import audit, auth, users
from commission.services.context import Actor
from tests.conftest import PASSWORD, make_admin, make_user

WRONG = (
    "Wrong login or password. After several wrong tries the next one is heard only after a "
    "pause of up to a minute."
)


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


def _fail(db: Database, login_name: str, times: int = 1) -> None:
    for _ in range(times):
        with pytest.raises(auth.LoginFailed) as err:
            auth.login(db, login_name, "not the password")
        assert err.value.render() == WRONG


def _wait_for_pause_end(db: Database, login_name: str) -> None:
    locked_until = _user(db, login_name).locked_until
    if locked_until is not None:
        time.sleep(max(0.0, (locked_until - utcnow()).total_seconds()) + 0.05)


def test_the_pause_grows_with_wrong_passwords_in_a_row() -> None:
    pauses = [auth.delay_after(n).total_seconds() for n in range(1, 14)]
    assert pauses == [0, 0, 1, 2, 4, 8, 16, 32, 60, 60, 60, 60, 60]


def test_wrong_passwords_pause_the_login_with_the_same_message(db: Database, admin: Actor) -> None:
    clerk = make_user(db, admin, "clerk", Role.SECRETARY)
    _fail(db, "clerk", auth.FREE_FAILURES - 1)
    assert _user(db, "clerk").locked_until is None  # typing mistakes cost nothing
    _fail(db, "clerk")
    paused_until = _user(db, "clerk").locked_until
    assert paused_until is not None and paused_until > utcnow()

    # During the pause even the right password is refused, with the same message, and the
    # refusal neither counts nor lengthens the pause.
    with pytest.raises(auth.LoginFailed) as err:
        auth.login(db, "clerk", PASSWORD)
    assert err.value.render() == WRONG
    assert _user(db, "clerk").failed_logins == auth.FREE_FAILURES
    assert _user(db, "clerk").locked_until == paused_until
    # The administrator sees the pause and the count.
    [view] = [u for u in users.list_users(db, admin) if u.login == "clerk"]
    assert view.locked and view.failed_logins == auth.FREE_FAILURES

    # Once it is over, the right password works and the count restarts.
    _wait_for_pause_end(db, "clerk")
    assert auth.login(db, "clerk", PASSWORD).user_id == clerk.user_id
    assert _user(db, "clerk").failed_logins == 0
    assert _user(db, "clerk").locked_until is None


def test_the_next_wrong_password_doubles_the_pause(db: Database, admin: Actor) -> None:
    make_user(db, admin, "clerk", Role.SECRETARY)
    _fail(db, "clerk", auth.FREE_FAILURES)
    _wait_for_pause_end(db, "clerk")
    _fail(db, "clerk")
    locked_until = _user(db, "clerk").locked_until
    assert locked_until is not None
    assert 1.0 < (locked_until - utcnow()).total_seconds() <= 2.0


def test_the_administrator_unlocks_at_once_and_it_is_audited(db: Database, admin: Actor) -> None:
    clerk = make_user(db, admin, "clerk", Role.SECRETARY)
    _fail(db, "clerk", auth.FREE_FAILURES + 3)
    assert clerk.user_id is not None
    before = len(_entries(db, AuditAction.UPDATE))
    view = users.unlock_user(db, admin, clerk.user_id)
    assert not view.locked and view.failed_logins == 0
    unlock = _entries(db, AuditAction.UPDATE)[before:]
    assert [(e.user_login, e.entity, e.entity_id) for e in unlock] == [
        ("admin", "users", str(clerk.user_id))
    ]
    assert auth.login(db, "clerk", PASSWORD).login == "clerk"
    assert audit.verify(db).ok


def test_a_paused_login_does_not_pause_other_accounts(db: Database, admin: Actor) -> None:
    make_user(db, admin, "clerk", Role.SECRETARY)
    _fail(db, "clerk", auth.FREE_FAILURES + 2)
    assert auth.login(db, "admin", PASSWORD).login == "admin"


def test_resetting_the_password_unlocks(db: Database, admin: Actor) -> None:
    clerk = make_user(db, admin, "clerk", Role.SECRETARY)
    _fail(db, "clerk", auth.FREE_FAILURES + 2)
    assert clerk.user_id is not None
    users.set_password(db, admin, clerk.user_id, "a brand new secret")
    assert auth.login(db, "clerk", "a brand new secret").login == "clerk"
    with pytest.raises(auth.LoginFailed):
        auth.login(db, "clerk", PASSWORD)


def test_disabled_user_is_refused_like_a_wrong_password(db: Database, admin: Actor) -> None:
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
    assert err.value.render() == WRONG
    [row] = [u for u in users.list_users(db, admin) if u.login == "clerk"]
    assert not row.is_active  # the administrator still sees why
    assert '"inactive"' in _entries(db, AuditAction.LOGIN_FAILED)[-1].changes


@pytest.mark.parametrize(
    ("password", "says"),
    [
        ("123456789", "at least 10 characters"),
        ("           ", "spaces only"),
        ("\t\t\t\t\t\t\t\t\t\t", "spaces only"),
        ("1234567890", "most common"),
        ("QwertyUiop", "most common"),
        ("clerk-2024!", "login"),
        ("kreLC 98765", "login"),
    ],
)
def test_weak_passwords_are_refused_everywhere(
    db: Database, admin: Actor, password: str, says: str
) -> None:
    with pytest.raises(auth.WeakPassword) as err:
        users.add_user(
            db, admin, "clerk", password, users.UserInput(full_name="C", role=Role.SECRETARY)
        )
    assert says in err.value.render()
    assert err.value.field == "password"
    assert _user_count(db) == 1
    assert admin.user_id is not None
    with pytest.raises(auth.WeakPassword):
        as_admin = password.replace("clerk", "admin").replace("kreLC", "nimDA")
        users.set_password(db, admin, admin.user_id, as_admin)
    assert auth.login(db, "admin", PASSWORD).login == "admin"


def test_the_first_administrator_cannot_use_the_login_as_password(db: Database) -> None:
    with pytest.raises(auth.WeakPassword):
        auth.create_first_admin(db, "director", "Director", "Director2026")
    assert _user_count(db) == 0


def test_strong_passwords_are_accepted_and_a_short_login_may_appear_inside(
    db: Database, admin: Actor
) -> None:
    assert admin.user_id is not None
    users.set_password(db, admin, admin.user_id, "mq7-rt4-pz")  # exactly the minimum length
    assert auth.login(db, "admin", "mq7-rt4-pz").login == "admin"
    view = users.add_user(
        db, admin, "ab", "tab key and cab", users.UserInput(full_name="Ab", role=Role.SECRETARY)
    )
    assert auth.login(db, view.login, "tab key and cab").login == "ab"


def test_an_old_weak_password_still_logs_in(db: Database, admin: Actor) -> None:
    """The rules apply to new passwords: nobody is locked out by them."""
    with db.transaction() as session:
        user = session.scalar(select(User).where(User.login == "admin"))
        assert user is not None
        user.password_hash = auth.hash_published_password("admin")
    assert auth.login(db, "admin", "admin").login == "admin"


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
    assert unknown.user_login == "?" and unknown.user_id is None
    assert '"unknown login"' in unknown.changes
    # The audit never holds what was typed: a password, or a login that may be one.
    for entry in _entries(db):
        assert PASSWORD not in entry.changes
        assert "wrong password" not in entry.changes
        assert "ghost" not in entry.changes and entry.user_login != "ghost"
    assert audit.verify(db).ok


def test_paused_attempts_are_audited_with_their_reason(db: Database, admin: Actor) -> None:
    make_user(db, admin, "clerk", Role.SECRETARY)
    _fail(db, "clerk", auth.FREE_FAILURES + 1)
    reasons = [e.changes for e in _entries(db, AuditAction.LOGIN_FAILED) if e.user_login == "clerk"]
    assert len(reasons) == auth.FREE_FAILURES + 1
    assert '"too soon"' in reasons[-1]
    assert all('"password"' in r for r in reasons[:-1])


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


def test_parallel_guesses_are_all_counted(db_url: str) -> None:
    """Guesses sent at once from several computers cannot slip in before the pause is set."""
    setup = Database(db_url)
    try:
        make_admin(setup)
    finally:
        setup.dispose()
    barrier = threading.Barrier(4)
    outcomes: list[str] = []

    def guess() -> None:
        database = Database(db_url)
        try:
            barrier.wait()
            auth.login(database, "admin", "a guess at it")
        except auth.LoginFailed:
            outcomes.append("refused")
        except Exception as exc:  # a raw database error: the test fails below
            outcomes.append(f"{type(exc).__name__}: {exc}")
        finally:
            database.dispose()

    workers = [threading.Thread(target=guess) for _ in range(4)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join(timeout=60)
    assert outcomes == ["refused"] * 4
    database = Database(db_url)
    try:
        user = _user(database, "admin")
        # Each guess was heard in turn: the fourth came during the pause the third set.
        assert user.failed_logins == auth.FREE_FAILURES
        assert user.locked_until is not None
        reasons = [e.changes for e in _entries(database, AuditAction.LOGIN_FAILED)]
        assert sum('"too soon"' in r for r in reasons) == 1
    finally:
        database.dispose()
