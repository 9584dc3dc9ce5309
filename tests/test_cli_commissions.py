"""commission-admin on an oblast's server: units and commissions added, users linked to them,
``--commission`` choosing which one a command works for; on both engines."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import select

from commission.db.engine import Database
from commission.db.models import User, UserCommission
from commission.services import audit
from tests.test_cli import PASSWORD, _one_error_line, run, run_as


def _links(url: str, login: str) -> list[int]:
    db = Database(url)
    try:
        with db.reading() as session:
            user = session.scalar(select(User).where(User.login == login))
            assert user is not None
            return list(
                session.scalars(
                    select(UserCommission.commission_id)
                    .where(UserCommission.user_id == user.id)
                    .order_by(UserCommission.commission_id)
                )
            )
    finally:
        db.dispose()


def _add_user(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    url: str,
    *args: str,
    before: tuple[str, ...] = (),
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSWORD}\n"))
    return run_as(capsys, "admin", "--db", url, *before, "user", "add", *args)


def test_an_oblast_server_from_the_command_line(
    db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(capsys, "--db", db_url, "demo", "--clients", "10")[0] == 0
    code, out, err = run_as(capsys, "admin", "--db", db_url, "commission", "list")
    assert (code, err) == (0, "")
    (first,) = out.strip().splitlines()
    commission_1, unit_text, kind, name_ru, name_kk = first.split("\t")
    assert kind == "merged" and "Целиноград" in name_ru and "Целиноград" in name_kk
    code, out, _ = run_as(capsys, "admin", "--db", db_url, "unit", "list")
    oblast = next(line for line in out.splitlines() if "\toblast\t" in line).split("\t")[0]
    assert (
        unit_text
        == "unit "
        + next(line for line in out.splitlines() if "\tdistrict\t" in line).split("\t")[0]
    )

    code, out, err = run_as(
        capsys, "admin", "--db", db_url, "unit", "add", "--parent", oblast, "--level", "district",
        "--name-ru", "Аршалынский район", "--name-kk", "Аршалы ауданы", "--kato", "114000000",
    )  # fmt: skip
    assert (code, err) == (0, "")
    unit = out.split()[1]
    code, out, err = run_as(
        capsys, "admin", "--db", db_url, "commission", "add", "--unit", unit,
        "--name-ru", "Комиссия Аршалынского района", "--name-kk", "Аршалы ауданының комиссиясы",
        "--akimat-ru", "Акимат Аршалынского района", "--akimat-kk", "Аршалы ауданының әкімдігі",
        "--short-name-ru", "МВК Аршалынского района",
    )  # fmt: skip
    assert (code, err) == (0, ""), err
    commission_2 = out.split()[1]
    assert _links(db_url, "admin") == [int(commission_1), int(commission_2)]

    # Two commissions now: a new user's one must be named, and the message lists them.
    code, out, err = _add_user(capsys, monkeypatch, db_url, "sec2", "--role", "secretary",
                               "--name", "Секретарь")  # fmt: skip
    assert (code, out) == (1, "")
    line = _one_error_line(err)
    assert "several commissions" in line and "МВК Аршалынского района" in line
    secretary = ("sec2", "--role", "secretary", "--name", "Секретарь")
    code, out, err = _add_user(
        capsys, monkeypatch, db_url, *secretary, before=("--commission", commission_2)
    )
    assert (code, err) == (0, ""), err
    assert _links(db_url, "sec2") == [int(commission_2)]
    code, _, err = _add_user(capsys, monkeypatch, db_url, "both", "--role", "member",
                             "--name", "Член", "--commission", commission_1,
                             "--commission", commission_2)  # fmt: skip
    assert (code, err) == (0, ""), err
    assert _links(db_url, "both") == [int(commission_1), int(commission_2)]
    officer = ("officer3", "--role", "probation_officer", "--name", "Офицер", "--district", unit)
    code, _, err = _add_user(capsys, monkeypatch, db_url, *officer)
    assert (code, err) == (0, ""), err
    assert _links(db_url, "officer3") == []

    # A commission the user does not work for is refused, before or after the command.
    for args in (
        ("--commission", commission_1, "remind"),
        ("remind", "--commission", commission_1),
    ):
        code, out, err = run_as(capsys, "sec2", "--db", db_url, *args, password=PASSWORD)
        assert (code, out) == (1, ""), args
        assert f"do not work for the commission number {commission_1}" in _one_error_line(err)
    code, _, err = run_as(
        capsys, "sec2", "--db", db_url, "remind", "--commission", commission_2, password=PASSWORD
    )
    assert (code, err) == (0, ""), err

    db = Database(db_url)
    try:
        assert audit.verify(db, deep=True).ok
    finally:
        db.dispose()


def test_bad_units_and_commissions_are_refused(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "--db", db_url, "demo", "--clients", "10")[0] == 0
    code, out, err = run_as(
        capsys, "admin", "--db", db_url, "commission", "add", "--unit", "999",
        "--name-ru", "К", "--name-kk", "К", "--akimat-ru", "А",
    )  # fmt: skip
    assert (code, out) == (1, "") and "999" in _one_error_line(err)
    code, out, err = run_as(
        capsys, "admin", "--db", db_url, "unit", "add", "--level", "city",
        "--name-ru", "Город", "--name-kk", "Қала", "--kato", "12",
    )  # fmt: skip
    assert (code, out) == (1, "") and "KATO" in _one_error_line(err)
    code, out, err = run_as(capsys, "secretary", "--db", db_url, "commission", "list")
    assert (code, out) == (1, "") and "role does not allow" in _one_error_line(err)


def test_the_oblast_demo_from_the_command_line(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", db_url, "demo", "--oblast", "--clients", "10")
    assert (code, err) == (0, "")
    assert "oblast, secretary2" in out and "secretary3" in out
    code, out, _ = run_as(capsys, "admin", "--db", db_url, "commission", "list")
    assert code == 0 and len(out.strip().splitlines()) == 4
    code, out, err = run_as(capsys, "admin", "--db", db_url, "audit", "verify", "--deep")
    assert (code, err) == (0, "") and "intact" in out
