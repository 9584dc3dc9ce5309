"""commission-admin as an administrator and a scheduled task meet it: in-process, real databases."""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select, text

from commission import cli
from commission.cli_actor import ENV_PASSWORD
from commission.db import migrate
from commission.db.engine import ENV_URL, Database, data_dir
from commission.db.models import AuditEntry
from commission.domain.enums import AuditAction, Role
from commission.services import auth
from commission.services.demo import DEMO_PASSWORD
from tests.conftest import PASSWORD as PASSWORD_ADMIN
from tests.conftest import make_admin, make_user
from tests.insider import insider_sql

PASSWORD = "long enough 1"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def run_as(
    capsys: pytest.CaptureFixture[str], login: str, *args: str, password: str = DEMO_PASSWORD
) -> tuple[int, str, str]:
    """A command in the name of ``login`` (a demo user unless told), as a scheduled task runs
    it: the password in the environment."""
    before = os.environ.get(ENV_PASSWORD)
    os.environ[ENV_PASSWORD] = password
    try:
        return run(capsys, "--user", login, *args)
    finally:
        if before is None:
            del os.environ[ENV_PASSWORD]
        else:
            os.environ[ENV_PASSWORD] = before


def _insider(url: str, statement: str) -> None:
    db = Database(url)
    try:
        insider_sql(db, statement)
    finally:
        db.dispose()


def _sql(url: str, statement: str) -> None:
    db = Database(url)
    try:
        with db.engine.begin() as conn:
            conn.execute(text(statement))
    finally:
        db.dispose()


def _one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("error: ")
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture
def file_url(tmp_path: Path) -> str:
    """An SQLite file that does not exist yet."""
    return f"sqlite:///{tmp_path / 'admin.sqlite3'}"


@pytest.fixture
def demo_url(db_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    """A database on either engine holding a small demo."""
    code, out, _ = run(capsys, "--db", db_url, "demo", "--clients", "15")
    assert code == 0, out
    return db_url


def test_upgrade_then_current_prints_the_head(
    file_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    head = migrate.head_revision()
    code, out, err = run(capsys, "--db", file_url, "db", "current")  # a missing file: no database
    assert (code, out) == (1, "") and "was not found" in err
    code, out, _ = run(capsys, "--db", file_url, "db", "upgrade", "--create")
    assert code == 0
    assert out.strip() == f"schema upgraded: empty database -> {head}"
    assert run(capsys, "--db", file_url, "db", "current") == (0, f"{head}\n", "")
    code, out, _ = run(capsys, "--db", file_url, "db", "upgrade")
    assert code == 0 and "up to date" in out


def test_current_on_both_engines(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", db_url, "db", "current") == (0, f"{migrate.head_revision()}\n", "")


def test_the_environment_names_the_database(
    db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_URL, db_url)
    assert run(capsys, "db", "current") == (0, f"{migrate.head_revision()}\n", "")


def test_user_add_reads_the_password_from_stdin(
    db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSWORD}\nignored second line\n"))
    code, out, err = run(
        capsys, "--db", db_url, "user", "add", "Anna.K", "--role", "secretary",
        "--name", "Каримова Анна Сергеевна",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "anna.k" in out and "secretary" in out
    assert "Каримова" not in out and PASSWORD not in out  # no personal data, no password
    db = Database(db_url)
    try:
        actor = auth.login(db, "anna.k", PASSWORD)
    finally:
        db.dispose()
    assert actor.full_name == "Каримова Анна Сергеевна"


def test_user_add_with_an_unknown_role_is_a_usage_error(
    file_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys, "--db", file_url, "user", "add", "x1", "--role", "king", "--name", "X"
    )
    assert code == 2
    assert "invalid choice: 'king'" in err


def test_user_add_with_a_short_password_says_why(
    db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    code, out, err = run(
        capsys, "--db", db_url, "user", "add", "bob", "--role", "member", "--name", "Bob"
    )
    assert code == 1 and out == ""
    assert _one_error_line(err) == "error: The password must have at least 10 characters."


def test_user_add_names_an_unknown_agency(
    file_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(capsys, "--db", file_url, "db", "upgrade", "--create")[0] == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSWORD}\n"))
    code, _, err = run(
        capsys, "--db", file_url, "user", "add", "bob", "--role", "member", "--name", "Bob",
        "--agency-id", "99",
    )  # fmt: skip
    assert code == 1
    assert _one_error_line(err) == "error: There is no agency with the number 99."


def test_user_add_on_an_empty_database_asks_for_an_upgrade(
    file_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSWORD}\n"))
    code, _, err = run(
        capsys, "--db", file_url, "user", "add", "bob", "--role", "member", "--name", "Bob"
    )
    assert code == 1
    assert "db upgrade" in _one_error_line(err)


def test_demo_then_audit_verify(demo_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_as(capsys, "admin", "--db", demo_url, "audit", "verify")
    assert (code, err) == (0, "")
    assert out.startswith("audit trail intact: ") and " entries (" in out
    assert int(out.split(": ")[1].split()[0]) > 20
    code, out, err = run_as(capsys, "admin", "--db", demo_url, "audit", "verify", "--deep")
    assert (code, err) == (0, "")
    assert "rows match it" in out


def test_demo_prints_a_summary_and_refuses_a_second_time(
    file_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--db", file_url, "demo", "--seed", "4", "--clients", "12")
    assert code == 0
    assert "12 clients" in out and "meetings" in out and "decisions" in out
    code, out, err = run(capsys, "--db", file_url, "demo", "--clients", "12")
    assert code == 1 and out == ""
    assert "--user" in _one_error_line(err)
    code, out, err = run_as(capsys, "admin", "--db", file_url, "demo", "--clients", "12")
    assert code == 1 and out == ""
    assert "already holds data" in _one_error_line(err)


def test_demo_without_an_address_uses_the_separate_demo_file(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "demo", "--clients", "10")
    assert code == 0 and "demo.sqlite3" in out
    assert (data_dir() / "demo.sqlite3").exists()
    assert not (data_dir() / "commission.sqlite3").exists()


def test_an_edited_audit_entry_is_named(demo_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    _insider(demo_url, "UPDATE audit_entries SET changes='{}' WHERE seq=3")
    code, out, _ = run_as(capsys, "admin", "--db", demo_url, "audit", "verify")
    assert code == 1
    assert out.startswith("audit trail broken at entry #3: ")
    assert "changed" in out


def test_a_deleted_audit_entry_is_named(demo_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    _insider(demo_url, "DELETE FROM audit_entries WHERE seq=5")
    code, out, _ = run_as(capsys, "admin", "--db", demo_url, "audit", "verify")
    assert code == 1
    assert out.startswith("audit trail broken at entry #5: ")
    assert "deleted" in out


def test_a_newer_database_is_refused_by_every_command(
    db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _sql(db_url, "UPDATE alembic_version SET version_num = 'zzzz'")
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSWORD}\n"))
    for command in (
        ["db", "current"],
        ["db", "upgrade"],
        ["demo", "--clients", "10"],
        ["audit", "verify"],
        ["user", "add", "bob", "--role", "member", "--name", "Bob"],
    ):
        code, out, err = run(capsys, "--db", db_url, *command)
        assert code == 1, command
        assert out == ""
        line = _one_error_line(err)
        assert "newer version" in line and "zzzz" in line
    db = Database(db_url)
    try:
        assert migrate.current_revision(db) == "zzzz"  # and nothing was touched
    finally:
        db.dispose()


def test_an_unreachable_server_is_one_line_without_the_password(
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = "postgresql+psycopg://x:S3cretPw@127.0.0.1:1/none"
    for command in (["db", "current"], ["audit", "verify"], ["demo", "--clients", "10"]):
        code, out, err = run(capsys, "--db", url, *command)
        assert code == 1 and out == ""
        line = _one_error_line(err)
        assert "not reachable" in line
        assert "S3cretPw" not in err


def test_a_malformed_address_is_a_plain_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", "not a url:S3cretPw", "db", "current")
    assert code == 1
    assert "S3cretPw" not in _one_error_line(err)


def test_help_and_missing_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--help")[0] == 0
    assert run(capsys)[0] == 2
    assert run(capsys, "db")[0] == 2


# -- acting as a named user ---------------------------------------------------------------------


@pytest.fixture
def office_url(db_url: str) -> str:
    """A database on either engine with an administrator and a member."""
    db = Database(db_url)
    try:
        admin = make_admin(db)
        make_user(db, admin, "member1", Role.MEMBER)
    finally:
        db.dispose()
    return db_url


def _entries(url: str) -> list[AuditEntry]:
    db = Database(url)
    try:
        with db.reading() as session:
            entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))
            session.expunge_all()
            return entries
    finally:
        db.dispose()


def test_a_database_with_users_needs_a_user(
    office_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = len(_entries(office_url))
    for command in (["audit", "verify"], ["remind"], ["demo", "--clients", "10"]):
        code, out, err = run(capsys, "--db", office_url, *command)
        assert (code, out) == (1, ""), command
        assert "--user LOGIN" in _one_error_line(err)
    assert len(_entries(office_url)) == before  # nothing was done


def test_the_owner_upgrades_and_backs_up_without_a_user(
    office_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The test runs as the owner of the SQLite file, and as the PostgreSQL superuser.
    assert run(capsys, "--db", office_url, "db", "current")[0] == 0
    assert run(capsys, "--db", office_url, "db", "upgrade")[0] == 0
    target = tmp_path / ("copy.sqlite3" if office_url.startswith("sqlite") else "copy.dump")
    code, _, err = run(capsys, "--db", office_url, "backup", "-o", str(target))
    assert (code, err) == (0, "") and target.exists()


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="needs root to chown")
def test_someone_else_than_the_file_owner_needs_a_user(
    sqlite_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "office.sqlite3"
    url = f"sqlite:///{path}"
    shutil.copy(sqlite_template, path)
    db = Database(url)
    try:
        make_admin(db)
    finally:
        db.dispose()
    os.chown(path, 65534, 65534)  # the file now belongs to «nobody»
    for command in (["db", "current"], ["backup", "-o", str(tmp_path / "copy.sqlite3")]):
        code, _, err = run(capsys, "--db", url, *command)
        assert code == 1 and "--user LOGIN" in _one_error_line(err), command
    code, out, err = run_as(capsys, "admin", "--db", url, "db", "current", password=PASSWORD_ADMIN)
    assert (code, err) == (0, "") and out.strip() == migrate.head_revision()


def test_a_wrong_password_is_refused_like_in_the_application(
    office_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for login, password in [("admin", "not the password"), ("nobody", PASSWORD_ADMIN)]:
        code, out, err = run_as(
            capsys, login, "--db", office_url, "audit", "verify", password=password
        )
        assert (code, out) == (1, "")
        assert _one_error_line(err).startswith("error: Wrong login or password.")
        assert password not in err
    failed = [e for e in _entries(office_url) if e.action == AuditAction.LOGIN_FAILED.value]
    assert [e.user_login for e in failed[-2:]] == ["admin", "?"]


def test_without_a_terminal_the_password_comes_from_the_environment(
    office_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_PASSWORD, raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSWORD_ADMIN}\n"))  # not a terminal
    code, out, err = run(capsys, "--db", office_url, "--user", "admin", "audit", "verify")
    assert (code, out) == (1, "")
    assert ENV_PASSWORD in _one_error_line(err)


def test_the_user_acts_with_their_role_and_in_their_name(
    office_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSWORD}\n"))
    args = ("user", "add", "clerk", "--role", "secretary", "--name", "Clerk")
    code, out, err = run_as(capsys, "member1", "--db", office_url, *args, password=PASSWORD_ADMIN)
    assert (code, out) == (1, "")
    assert "role does not allow" in _one_error_line(err)

    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSWORD}\n"))
    code, out, err = run_as(capsys, "admin", "--db", office_url, *args, password=PASSWORD_ADMIN)
    assert (code, err) == (0, "")
    entries = _entries(office_url)
    login, created = entries[-2:]
    assert (login.action, login.user_login) == (AuditAction.LOGIN.value, "admin")
    assert (created.action, created.entity, created.user_login) == ("create", "users", "admin")
    code, out, err = run_as(capsys, "admin", "--db", office_url, "audit", "verify", "--deep",
                            password=PASSWORD_ADMIN)  # fmt: skip
    assert (code, err) == (0, "") and "intact" in out
