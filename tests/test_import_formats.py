"""Every register format offices keep goes through the one reader with the same row report:
.xls and .ods as LibreOffice saves them, CSV as Excel saves it (UTF-8 with a BOM, «;»; cp1251,
«,»), and each kind of unreadable file has its own message."""

from __future__ import annotations

import shutil
import zipfile
from datetime import date
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from commission.db.engine import Database
from commission.domain.iin import Sex, make_iin
from commission.services import auth
from commission.services.client_import import ImportRefused, RowOutcome, import_clients
from commission.services.client_import_columns import preview_header
from commission.services.import_csv import separator
from tests.clients_world import World, build_world
from tests.import_samples import DATA, SOFFICE, convert, workbook_as_csv
from tests.test_client_import import EXPECTED, _register_known, _report, messy_workbook


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    """The reader is the same whatever the engine: these run on SQLite only (the imports'
    writing is tested on both engines in test_client_import and test_measure_import)."""
    return sqlite_db


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


@pytest.mark.parametrize("name", ["messy.xls", "messy.ods", "messy-utf8-bom.csv"])
def test_every_format_gives_the_report_of_the_xlsx(
    db: Database, world: World, tmp_path: Path, name: str
) -> None:
    _register_known(db, world)
    path = shutil.copy(DATA / name, tmp_path / name)
    trial = import_clients(db, world.officer_a, path, dry_run=True)
    assert _report(trial) == EXPECTED
    assert trial.header_row == 4 and trial.warnings == ()
    assert _report(import_clients(db, world.officer_a, path)) == EXPECTED
    again = import_clients(db, world.officer_a, path)  # idempotent in every format
    assert {r.outcome for r in again.rows} == {RowOutcome.UNCHANGED, RowOutcome.REJECTED}


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_a_list_saved_by_libreoffice_today_imports(
    db: Database, world: World, tmp_path: Path
) -> None:
    _register_known(db, world)
    xls = convert(messy_workbook(tmp_path / "today.xlsx"), "xls", tmp_path)
    assert _report(import_clients(db, world.officer_a, xls, dry_run=True)) == EXPECTED


def test_csv_in_cp1251_with_commas_is_read_with_a_warning(
    db: Database, world: World, tmp_path: Path
) -> None:
    iin = make_iin(date(1985, 5, 5), Sex.MALE, 41)
    path = tmp_path / "список.csv"
    text = f'ФИО,ИИН,Категория,Адрес\r\nПетров Пётр Ильич,{iin},условное,"Косшы, ул. Мира, 1"\r\n'
    path.write_bytes(text.encode("cp1251"))
    preview = preview_header(world.officer_a, path)
    assert [c.text for c in preview.columns] == ["ФИО", "ИИН", "Категория", "Адрес"]
    assert "Kazakh letters" in str(preview.warnings[0])
    result = import_clients(db, world.officer_a, path)
    assert _report(result) == [(2, "created", None)]
    assert "Windows-1251" in str(result.warnings[0])
    hinted = tmp_path / "hinted.csv"  # Excel's «sep=» line names the separator
    hinted.write_text(f"sep=,\nФИО,ИИН,Категория\nПетров Пётр,{iin},условное\n", encoding="utf-8")
    assert _report(import_clients(db, world.officer_a, hinted, dry_run=True)) == [
        (3, "unchanged", None)
    ]
    utf8 = tmp_path / "utf8.csv"
    utf8.write_text(workbook_as_csv(messy_workbook(tmp_path / "m.xlsx"), "\t"), encoding="utf-8")
    assert import_clients(db, world.officer_a, utf8, dry_run=True).warnings == ()


def test_the_separator_is_the_one_that_splits_the_lines_alike() -> None:
    assert separator(["ФИО;ИИН;Адрес\r\n", "Иванов;1;ул. Мира, 1\r\n"]) == ";"
    assert separator(["ФИО,ИИН\n", '"Иванов, И.",1\n']) == ","
    assert separator(["ФИО\tИИН\n", "Иванов\t1\n"]) == "\t"


def _refusal(db: Database, world: World, path: Path) -> str:
    with pytest.raises(ImportRefused) as caught:
        import_clients(db, world.officer_a, path, dry_run=True)
    with pytest.raises(ImportRefused) as previewed:
        preview_header(world.officer_a, path)
    assert str(previewed.value) == str(caught.value)  # the dialog says what the import says
    return str(caught.value)


def test_each_unreadable_file_has_its_own_message(
    db: Database, world: World, tmp_path: Path
) -> None:
    good = messy_workbook(tmp_path / "good.xlsx")
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    broken_xls = tmp_path / "broken.xls"
    broken_xls.write_bytes((DATA / "messy.xls").read_bytes()[:1500])
    pdf = tmp_path / "list.xlsx"
    pdf.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    text = tmp_path / "text.xlsx"
    text.write_text("ФИО;ИИН\nИванов;900101300012\n", encoding="utf-8")
    docx = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    doc = tmp_path / "letter.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le") * 40)

    missing = _refusal(db, world, tmp_path / "missing.xlsx")
    protected = _refusal(db, world, DATA / "protected.xlsx")
    damaged = {_refusal(db, world, p) for p in (truncated, broken_xls)}
    unsupported = {_refusal(db, world, p) for p in (pdf, text, docx, doc)}
    assert "not there" in missing
    assert "password" in protected
    assert len(damaged) == 1 and "damaged" in damaged.pop()
    assert len(unsupported) == 1 and "not a table the import reads" in unsupported.pop()


def test_an_iin_of_a_child_or_of_the_1800s_is_refused_where_a_client_is_entered(
    db: Database, world: World, tmp_path: Path
) -> None:
    from commission.domain.enums import ClientCategory
    from commission.services import clients
    from commission.services.errors import InvalidInput

    child = make_iin(date(date.today().year - 10, 1, 1), Sex.FEMALE, 42)
    old = make_iin(date(1890, 1, 1), Sex.MALE, 43)
    path = tmp_path / "list.csv"
    path.write_text(f"ФИО;ИИН;Категория\nДети Дана;{child};условное\nСтаров Иван;{old};условное\n")
    reasons = [str(r.reason) for r in import_clients(db, world.officer_a, path).rows]
    assert "younger than 14" in reasons[0] and "before 1900" in reasons[1]
    data = clients.ClientData(
        iin=child,
        surname="Дети",
        given_name="Дана",
        district_id=world.district_a,
        category=ClientCategory.CONDITIONAL,
    )
    with pytest.raises(InvalidInput, match="younger than 14") as caught:
        clients.create_client(db, world.officer_a, data)
    assert caught.value.field == "iin"
