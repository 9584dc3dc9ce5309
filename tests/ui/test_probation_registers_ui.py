"""The clients and cases registers as .xlsx from the GUI («Реестр клиентов (.xlsx)…» in the
clients area, «Реестр дел (.xlsx)…» in the cases area), written off the GUI thread and read
back: the rows are the service's, an officer's file holds his district only, and the IIN is
masked for the secretary."""

from __future__ import annotations

import gc
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from argon2 import PasswordHasher
from pytestqt.qtbot import QtBot

from commission.db.engine import Database
from commission.domain.enums import ClientCategory
from commission.domain.iin import Sex, make_iin
from commission.services import auth, cases, clients, probation_exports
from commission.services.clients import ClientData
from commission.services.context import Actor
from commission.ui.cases.area import CasesArea
from commission.ui.clients.area import ClientsArea
from commission.ui.context import AppContext
from commission.ui.export_worker import ExportWorker
from tests.clients_world import World, build_world

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

TODAY = date(2026, 3, 16)


def clock() -> date:
    return TODAY


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))


@pytest.fixture
def world(sqlite_db: Database) -> World:
    w = build_world(sqlite_db)
    people = [
        (w.officer_a, w.district_a, "Жақсыбеков", "Ерлан", 1),
        (w.officer_a, w.district_a, "Иванова", "Анна", 2),
        (w.officer_b, w.district_b, "Өтегенов", "Нұрлан", 3),
    ]
    for officer, district, surname, given, serial in people:
        saved = clients.create_client(
            sqlite_db,
            officer,
            ClientData(
                iin=make_iin(date(1988, 6, serial), Sex.MALE, serial),
                surname=surname,
                given_name=given,
                district_id=district,
                category=ClientCategory.CONDITIONAL,
            ),
        )
        assert saved.client_id is not None
        cases.open_case(sqlite_db, officer, saved.client_id, date(2026, 3, 2))
    return w


def _written(qtbot: QtBot, worker: ExportWorker | None) -> list[tuple[Any, ...]]:
    assert worker is not None
    qtbot.waitUntil(worker.is_finished, timeout=20000)
    assert worker.written
    qtbot.waitUntil(gc.isenabled)  # paused while the thread ran (see ui.gc_guard)
    sheet = openpyxl.load_workbook(worker.path).worksheets[0]
    return list(sheet.iter_rows(min_row=2, values_only=True))


def _clients_area(qtbot: QtBot, db: Database, actor: Actor) -> ClientsArea:
    area = ClientsArea(AppContext(db, actor), clock=clock)
    qtbot.addWidget(area)
    area.show()
    return area


def _cases_area(qtbot: QtBot, db: Database, actor: Actor) -> CasesArea:
    area = CasesArea(AppContext(db, actor), clock=clock)
    qtbot.addWidget(area)
    area.show()
    return area


def test_clients_register_from_the_clients_area(
    qtbot: QtBot, sqlite_db: Database, world: World, tmp_path: Path
) -> None:
    area = _clients_area(qtbot, sqlite_db, world.officer_a)
    assert area.register_button.isVisible()
    rows = _written(qtbot, area.export_register(tmp_path / "officer.xlsx"))
    expected = probation_exports.clients_register(sqlite_db, world.officer_a)
    assert len(rows) == len(expected) == 2
    assert {r[5] for r in rows} == {"Косшы"}  # his district only
    assert [r[2] for r in rows] == [r.full_name for r in expected]
    assert all(len(str(r[1])) == 12 and str(r[1]).isdigit() for r in rows)  # he needs the IIN

    area = _clients_area(qtbot, sqlite_db, world.secretary)
    assert area.register_button.isVisible()
    rows = _written(qtbot, area.export_register(tmp_path / "secretary.xlsx"))
    assert len(rows) == len(probation_exports.clients_register(sqlite_db, world.secretary)) == 3
    assert all(str(r[1]).endswith("******") for r in rows)  # masked for her role


def test_cases_register_from_the_cases_area(
    qtbot: QtBot, sqlite_db: Database, world: World, tmp_path: Path
) -> None:
    area = _cases_area(qtbot, sqlite_db, world.officer_b)
    assert area.register_button.isVisible()
    rows = _written(qtbot, area.export_register(tmp_path / "officer.xlsx"))
    expected = probation_exports.cases_register(sqlite_db, world.officer_b, TODAY)
    assert len(rows) == len(expected) == 1
    assert (rows[0][2], rows[0][3]) == ("Өтегенов Н.", "Целиноградский район")

    area = _cases_area(qtbot, sqlite_db, world.secretary)
    rows = _written(qtbot, area.export_register(tmp_path / "secretary.xlsx"))
    assert len(rows) == len(probation_exports.cases_register(sqlite_db, world.secretary, TODAY))
    assert len(rows) == 3


def test_roles_without_the_clients_get_no_register(
    qtbot: QtBot, sqlite_db: Database, world: World, tmp_path: Path
) -> None:
    for actor in (world.chair, world.admin, world.member):
        assert _clients_area(qtbot, sqlite_db, actor).export_register(tmp_path / "x.xlsx") is None
        assert _cases_area(qtbot, sqlite_db, actor).export_register(tmp_path / "y.xlsx") is None
    assert not (tmp_path / "x.xlsx").exists() and not (tmp_path / "y.xlsx").exists()
