"""The probation documents read back from the files: the programme (.docx) in Russian and Kazakh,
the clients and cases registers (.xlsx) with district scope and IIN masking, and the command
``commission-admin export register clients|cases``."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from io import BytesIO
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from sqlalchemy import select

from commission.db import migrate
from commission.db.engine import Database
from commission.db.models import AuditEntry, Client
from commission.domain.permissions import PermissionDenied
from commission.exports.probation_registers_xlsx import cases_register_xlsx, clients_register_xlsx
from commission.exports.programme_docx import programme_docx
from commission.services import probation_exports
from commission.services.context import Actor
from commission.services.demo import build_demo
from commission.services.errors import NotFound
from tests.test_cases import TODAY, Desk, add_client, make_desk, make_programme
from tests.test_cli import run_as


@pytest.fixture
def desk(db: Database, admin: Actor) -> Desk:
    return make_desk(db, admin)


def _text(data: bytes) -> tuple[str, list[list[str]]]:
    doc = Document(BytesIO(data))
    body = "\n".join(p.text for p in doc.paragraphs)
    tables = [[cell.text for cell in row.cells] for t in doc.tables for row in t.rows]
    return body, tables


def test_programme_to_sign_in_russian_and_kazakh(db: Database, desk: Desk) -> None:
    d = desk
    case_id, _ = make_programme(db, d)
    ctx = probation_exports.programme_context(db, d.officer, case_id)
    body, rows = _text(programme_docx(ctx, "ru"))
    assert "ИНДИВИДУАЛЬНАЯ ПРОГРАММА" in body and "(дело № 1/2026)" in body.replace("\xa0", " ")
    assert "Фамилия, имя, отчество: Бекенов Нурлан Кайратович" in body
    assert "Дата рождения: 17.05.1990" in body
    assert "Выявленные потребности: трудоустройство, документы, удостоверяющие личность." in body
    assert rows[0] == ["№", "Вид помощи", "Мероприятие", "Ответственный орган", "Срок"]
    # By deadline: documents (27.02), employment (04.03), education (30.04).
    assert rows[1][1:] == [
        "документы, удостоверяющие личность",
        "Восстановить удостоверение",
        "Отдел полиции",
        "27.02.2026",
    ]
    assert [r[4] for r in rows[1:4]] == ["27.02.2026", "04.03.2026", "30.04.2026"]
    signatures = [
        r for r in rows if r[0] in ("Сотрудник службы пробации", "Лицо, состоящее на учете")
    ]
    assert [r[0] for r in signatures] == ["Сотрудник службы пробации", "Лицо, состоящее на учете"]
    assert signatures[0][1].startswith("__________ ") and "Officer" in signatures[0][1]
    assert "Бекенов" in signatures[1][1].replace("\xa0", " ")
    assert sum("«___» __________ 20___ г." in r[1] for r in rows) == 2

    body, rows = _text(programme_docx(ctx, "kk"))
    assert "ЖЕКЕ БАҒДАРЛАМАСЫ" in body
    assert rows[0] == ["№", "Көмек түрі", "Іс-шара", "Жауапты орган", "Мерзімі"]
    assert "Есепте тұрған адам" in [r[0] for r in rows]
    with db.reading() as session:
        printed = session.scalars(
            select(AuditEntry.entity_id).where(
                AuditEntry.entity == "cases", AuditEntry.action == "print"
            )
        ).all()
    assert printed == [str(case_id)]


def test_programme_is_refused_outside_the_district(db: Database, desk: Desk) -> None:
    d = desk
    case_id, _ = make_programme(db, d)
    # Another district's officer is told nothing: the case looks missing.
    with pytest.raises(NotFound):
        probation_exports.programme_context(db, d.stranger, case_id)
    with pytest.raises(PermissionDenied):
        probation_exports.programme_context(db, d.member, case_id)


def test_registers_are_real_tables_scoped_and_masked(db: Database, desk: Desk) -> None:
    d = desk
    make_programme(db, d)
    add_client(db, d.other_district, "Ахметов", "Али", None, serial=9)
    with db.reading() as session:
        iin = session.get_one(Client, d.client_id).iin

    own = probation_exports.clients_register(db, d.officer)
    assert [r.full_name for r in own] == ["Бекенов Нурлан Кайратович"]
    sheet = load_workbook(BytesIO(clients_register_xlsx(own, TODAY, "ru"))).worksheets[0]
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["№", "ИИН", "ФИО", "Дата рождения"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:J{sheet.max_row}"
    row = [c.value for c in sheet[2]]
    assert row[1] == iin  # the officer needs the whole IIN, kept as text
    assert row[3] == datetime(1990, 5, 17)
    assert sheet.cell(row=2, column=4).is_date
    assert row[4] == "освобожденный из мест лишения свободы"
    assert sheet.page_setup.orientation == "landscape" and sheet.print_title_rows == "$1:$1"

    everyone = probation_exports.clients_register(db, d.s.secretary)
    assert sorted(r.full_name for r in everyone) == ["Ахметов Али", "Бекенов Нурлан Кайратович"]
    sheet = load_workbook(BytesIO(clients_register_xlsx(everyone, TODAY, "kk"))).worksheets[0]
    assert [c.value for c in sheet[1]][1] == "ЖСН"
    assert all(str(r[1].value).endswith("******") for r in sheet.iter_rows(min_row=2))

    cases = probation_exports.cases_register(db, d.officer, TODAY)
    sheet = load_workbook(BytesIO(cases_register_xlsx(cases, TODAY, "ru"))).worksheets[0]
    assert [c.value for c in sheet[2]][1:3] == ["1/2026", "Бекенов Н. К."]
    assert sheet.cell(row=2, column=5).value == datetime(2026, 2, 2)
    assert sheet.cell(row=2, column=6).value == "утверждена"
    assert [sheet.cell(row=2, column=c).value for c in (8, 9)] == [3, 1]
    assert probation_exports.cases_register(db, d.stranger, TODAY) == []
    with pytest.raises(PermissionDenied):
        probation_exports.clients_register(db, d.member)
    with db.reading() as session:
        exports = session.scalars(
            select(AuditEntry.entity).where(AuditEntry.action == "export")
        ).all()
    assert exports == ["clients", "clients", "cases", "cases"]


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('probation') / 'demo.sqlite3'}"
    db = Database(url)
    migrate.upgrade(db)
    build_demo(db, Actor.command_line(), seed=1, today=date(2026, 11, 24), clients=20)
    db.dispose()
    yield url


def test_export_register_clients_and_cases(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clients = tmp_path / "clients.xlsx"
    code, out, err = run_as(
        capsys, "secretary", "--db", demo_url, "export", "register", "clients", "-o", str(clients),
        "--date", "2026-11-24",
    )  # fmt: skip
    assert code == 0, err
    assert out.startswith("clients register (")
    sheet = load_workbook(clients).worksheets[0]
    assert sheet.title == "Клиенты" and sheet.max_row > 1
    assert all(str(r[1].value).endswith("******") for r in sheet.iter_rows(min_row=2))

    # The Kazakh register names the district in Kazakh, whatever the command line speaks.
    code, _out, err = run_as(
        capsys, "secretary", "--db", demo_url, "export", "register", "clients", "-o", str(clients),
        "--lang", "kk",
    )  # fmt: skip
    assert code == 0, err
    sheet = load_workbook(clients).worksheets[0]
    districts = {r[5].value for r in sheet.iter_rows(min_row=2)}
    assert districts and all("ауданы" in str(name) for name in districts), districts

    cases = tmp_path / "cases.xlsx"
    code, out, err = run_as(
        capsys, "secretary", "--db", demo_url, "export", "register", "cases", "-o", str(cases),
        "--lang", "kk",
    )  # fmt: skip
    assert code == 0, err
    sheet = load_workbook(cases).worksheets[0]
    assert sheet.title == "Істер" and [c.value for c in sheet[1]][1] == "Іс №"
    assert all("/" in str(r[1].value) for r in sheet.iter_rows(min_row=2))
