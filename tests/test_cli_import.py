"""``commission-admin import clients``: the summary, the rejected rows, the report workbook,
and one error line for a file that is not a workbook."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from commission import settings
from commission.db import migrate
from commission.db.engine import Database
from commission.db.models import AdminUnit, AuditEntry, Client
from commission.domain.enums import AdminLevel, Role
from tests.conftest import PASSWORD, make_admin, make_user
from tests.test_cli import _one_error_line, run, run_as
from tests.test_client_import import messy_workbook


@pytest.fixture
def url(tmp_path: Path) -> str:
    address = f"sqlite:///{tmp_path / 'import.sqlite3'}"
    db = Database(address)
    migrate.upgrade(db)
    with db.transaction() as s:
        s.add_all(
            [
                AdminUnit(level=AdminLevel.DISTRICT, name_ru="Косшы", name_kk="Қосшы"),
                AdminUnit(level=AdminLevel.DISTRICT, name_ru="Целиноград", name_kk="Целиноград"),
            ]
        )
    db.dispose()
    return address


def _clients(url: str) -> int:
    db = Database(url)
    try:
        with db.reading() as s:
            return int(s.scalar(select(func.count(Client.id))) or 0)
    finally:
        db.dispose()


def test_dry_run_with_report_then_import(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = messy_workbook(tmp_path / "list.xlsx")
    report = tmp_path / "report.xlsx"
    args = ("--db", url, "import", "clients", str(source), "--district", "1")
    code, out, err = run(capsys, *args, "--dry-run", "--report", str(report))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == (
        "import of list.xlsx: 6 created, 0 updated, 0 unchanged, 7 rejected "
        "(dry run: nothing was written)"
    )
    assert lines[1:8] == [
        "row 8: The IIN check digit does not match; the number has a typing error.",
        "row 9: The birth date does not match the IIN.",
        "row 10: The same IIN is already on row 5 of this file; the row was skipped.",
        "row 11: Enter the client's surname.",
        "row 12: The district «Алматы» is not in the list of districts.",
        "row 15: The register category «лишение свободы» is unknown.",
        "row 16: The client belongs to a district you do not serve; the row was skipped.",
    ]
    assert lines[8] == f"report written to {report}"
    sheet = load_workbook(report).active
    assert sheet is not None and sheet.max_row == 14 and sheet.freeze_panes == "A2"
    assert _clients(url) == 0

    assert run(capsys, *args)[0] == 0
    assert _clients(url) == 6
    code, out, _ = run(capsys, *args)
    assert out.splitlines()[0] == (
        "import of list.xlsx: 0 created, 0 updated, 6 unchanged, 7 rejected"
    )
    assert _clients(url) == 6


def test_mapping_and_usage(url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = messy_workbook(tmp_path / "list.xlsx")
    base = ("--db", url, "import", "clients", str(source))
    code, _, err = run(capsys, *base, "--map", "iin")
    assert code == 2 and "FIELD=COLUMN" in err
    code, _, err = run(capsys, *base, "--district", "1", "--map", "nickname=B", "--dry-run")
    assert code == 1 and "«nickname» is not a client field" in _one_error_line(err)
    # Two districts in the database: the command cannot guess which list this is.
    code, _, err = run(capsys, *base, "--dry-run")
    assert code == 1 and "--district" in _one_error_line(err)
    code, out, _ = run(capsys, *base, "--district", "1", "--map", "phone=I", "--dry-run")
    assert code == 0 and out.startswith("import of list.xlsx: 6 created")


def test_not_a_workbook_is_one_error_line(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = tmp_path / "list.xlsx"
    fake.write_text("ФИО;ИИН\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", url, "import", "clients", str(fake), "--district", "1")
    assert (code, out) == (1, "")
    assert "not a table the import reads" in _one_error_line(err)


@pytest.mark.parametrize(
    ("interface", "option", "reason"),
    [
        ("kk", (), "ЖСН-нің бақылау цифры сәйкес келмейді"),  # the interface's language
        ("en", (), "Контрольная цифра ИИН не совпадает"),  # documents are Russian or Kazakh
        ("ru", ("--lang", "kk"), "ЖСН-нің бақылау цифры сәйкес келмейді"),
    ],
)
def test_report_reasons_are_in_the_report_language(
    url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    interface: str,
    option: tuple[str, ...],
    reason: str,
) -> None:
    settings.save(settings.LocalSettings(language=interface))
    source = messy_workbook(tmp_path / "list.xlsx")
    report = tmp_path / "report.xlsx"
    args = ("--db", url, "import", "clients", str(source), "--district", "1", "--dry-run")
    code, _, err = run(capsys, *args, "--report", str(report), *option)
    assert (code, err) == (0, "")
    sheet = load_workbook(report).active
    assert sheet is not None
    reasons = {row[0]: row[2] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert str(reasons[8]).startswith(reason)


def test_an_officer_imports_into_their_own_district_in_their_name(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = Database(url)
    try:
        admin = make_admin(db)
        make_user(db, admin, "officer1", Role.PROBATION_OFFICER, district_id=2)
    finally:
        db.dispose()
    source = messy_workbook(tmp_path / "list.xlsx")
    args = ("--db", url, "import", "clients", str(source))
    code, _, err = run_as(capsys, "officer1", *args, "--district", "1", password=PASSWORD)
    assert code == 1 and "own district, number 2" in _one_error_line(err)
    assert _clients(url) == 0
    code, _out, err = run_as(capsys, "officer1", *args, password=PASSWORD)
    assert code == 0, err
    assert _clients(url) > 0
    db = Database(url)
    try:
        with db.reading() as s:
            districts = set(s.scalars(select(Client.district_id)))
            writers = set(
                s.scalars(select(AuditEntry.user_login).where(AuditEntry.entity == "clients"))
            )
    finally:
        db.dispose()
    assert districts == {2} and writers == {"officer1"}


def test_a_colleagues_csv_and_a_sheet_of_measures(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import date

    from commission.domain.iin import Sex, make_iin

    iin = make_iin(date(1986, 6, 6), Sex.MALE, 61)
    people = tmp_path / "clients.csv"
    people.write_text(f"ФИО;ИИН;Категория\nСериков Серик;{iin};условное\n", encoding="utf-8-sig")
    sheet = tmp_path / "measures.csv"
    sheet.write_text(
        f"ИИН,Потребность,Мероприятие\n{iin},Трудоустройство,Направить в центр занятости\n",
        encoding="utf-8",
    )
    base = ("--db", url, "import")
    code, out, _ = run(capsys, *base, "clients", str(people), "--district", "1")
    assert code == 0 and out.startswith("import of clients.csv: 1 created")
    for expected in ("1 created", "0 created, 0 updated, 1 unchanged"):
        code, out, err = run(capsys, *base, "measures", str(sheet), "--district", "1")
        assert (code, err) == (0, "")
        assert out.startswith(f"import of measures.csv: {expected}")
