"""The client import dialog on a small messy workbook: the columns recognised, one named by
hand (and remembered), the trial run's row report, the real import, a second import that
changes nothing, the report workbook, a damaged file, and Cancel."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from argon2 import PasswordHasher
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from commission import settings as local_settings
from commission.db.engine import Database
from commission.db.models import Client
from commission.domain.iin import Sex, make_iin
from commission.services import auth
from commission.services.client_import import (
    Cancelled,
    ImportCancelled,
    ImportResult,
    Progress,
    import_clients,
)
from commission.services.context import Actor
from commission.ui.admin.forms import select_data
from commission.ui.clients import import_kinds
from commission.ui.clients.area import ClientsArea
from commission.ui.clients.import_dialog import ImportDialog
from commission.ui.clients.import_worker import ImportWorker
from commission.ui.context import AppContext
from tests.clients_world import World, build_world

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

IVANOV = make_iin(date(2005, 3, 1), Sex.MALE, 17)  # starts with 0: Excel drops it
SIDOROVA = make_iin(date(1990, 5, 5), Sex.FEMALE, 88)
NOBODY = make_iin(date(1995, 1, 9), Sex.MALE, 300)
PETROVA_BAD = make_iin(date(1979, 7, 2), Sex.FEMALE, 5)[:-1] + "0"
ARTICLES = "Осужден по статье"


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))


@pytest.fixture
def world(sqlite_db: Database) -> World:
    return build_world(sqlite_db)


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    """A title above the header, an IIN that lost its leading zero, spaces inside an IIN,
    an empty row, a wrong check digit, the same IIN twice, a row without a name, and an
    articles column whose header the import does not know."""
    assert IVANOV.startswith("0") and make_iin(date(1979, 7, 2), Sex.FEMALE, 5) != PETROVA_BAD
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Список лиц, состоящих на учете службы пробации Косшы"])
    sheet.merge_cells("A1:F1")
    sheet.append([])
    sheet.append(["№", "Ф.И.О.", "ИИН", ARTICLES, "Категория учета", "Примечание"])
    sheet.append([1, "Иванов Иван Иванович", int(IVANOV), "190 ч.1", "условно", None])
    sheet.append([2, "Петрова Анна", PETROVA_BAD, "188", "УДО", "=A1"])
    sheet.append([None, None, None, None, None, None])
    sheet.append([3, "  Сидорова  Мария ", f"{SIDOROVA[:6]} {SIDOROVA[6:]}", "188 ч.2", "УДО", ""])
    sheet.append([4, "Иванов Иван", IVANOV, "190", "условно", "повтор"])
    sheet.append([5, None, NOBODY, "191", "условно", None])
    path = tmp_path / "Список Косшы.xlsx"
    book.save(path)
    return path


_areas: list[ClientsArea] = []


@pytest.fixture(autouse=True)
def _keep_areas() -> Iterator[None]:
    """qtbot holds its widgets weakly: the area must live as long as its dialog."""
    yield
    _areas.clear()


def _dialog(qtbot: QtBot, db: Database, actor: Actor) -> ImportDialog:
    area = ClientsArea(AppContext(db, actor))
    qtbot.addWidget(area)
    _areas.append(area)
    area.show()
    qtbot.mouseClick(area.import_button, Qt.MouseButton.LeftButton)
    dialog = area.import_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _rows(dialog: ImportDialog) -> list[tuple[str, str, str]]:
    table = dialog.report
    rows = []
    for row in range(table.rowCount()):
        cells = [table.item(row, c) for c in range(3)]
        rows.append(tuple(c.text() if c is not None else "" for c in cells))
    return rows  # type: ignore[return-value]


def _clients(db: Database) -> list[tuple[str, str, str | None]]:
    with db.reading() as s:
        return [
            (c.iin, c.surname, c.articles)
            for c in s.scalars(select(Client).order_by(Client.surname))
        ]


def _columns(dialog: ImportDialog) -> list[tuple[str, ...]]:
    grid = dialog.columns_grid
    found = []
    for row in range(1, grid.rowCount()):
        cells = []
        for column in range(3):
            item = grid.itemAtPosition(row, column)
            widget = item.widget() if item is not None else None
            text = getattr(widget, "text", None) or getattr(widget, "currentText", None)
            cells.append(text() if text else "")
        found.append(tuple(cells))
    return found


EXPECTED_REPORT = [
    ("4", "created", ""),
    ("5", "rejected", "The IIN check digit does not match; the number has a typing error."),
    ("7", "created", ""),
    ("8", "rejected", "The same IIN is already on row 4 of this file; the row was skipped."),
    ("9", "rejected", "Enter the client's surname."),
]

EXPECTED_REPORT_RU = [
    ("4", "created", ""),
    ("5", "rejected", "Контрольная цифра ИИН не совпадает: в номере допущена опечатка."),
    ("7", "created", ""),
    ("8", "rejected", "Такой же ИИН уже есть в строке 4 этого файла; строка пропущена."),
    ("9", "rejected", "Укажите фамилию клиента."),
]


def test_officer_checks_imports_and_reimports_a_messy_list(
    qtbot: QtBot, sqlite_db: Database, world: World, messy: Path, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, sqlite_db, world.officer_a)
    assert "your district, Косшы" in dialog.district_label.text()
    assert not dialog.check_button.isEnabled() and not dialog.import_button.isEnabled()
    dialog.set_file(messy)
    assert dialog.header_label.text().startswith("Header found on row 3: 4 of 6 columns")
    assert _columns(dialog) == [
        ("A", "№", "Row number (recognised, not imported)"),
        ("B", "Ф.И.О.", "Full name (recognised)"),
        ("C", "ИИН", "IIN (recognised)"),
        ("D", ARTICLES, "— not imported —"),
        ("E", "Категория учета", "Register category (recognised)"),
        ("F", "Примечание", "— not imported —"),
    ]
    assert sorted(dialog.column_combos) == ["D", "F"]
    assert dialog.choose_button.nextInFocusChain() is dialog.column_combos["D"]  # Tab order
    select_data(dialog.column_combos["D"], "articles")
    assert dialog.mapping() == {"D": "articles"}

    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=20000)
    assert dialog.error_label.isHidden(), dialog.error_label.text()
    assert _rows(dialog) == EXPECTED_REPORT
    assert dialog.counts_label.text() == (
        "Created: 2, updated: 0, unchanged: 0, rejected: 3. "
        "Trial run: nothing was written to the database."
    )
    assert _clients(sqlite_db) == []
    # The choice is remembered on this computer as soon as it was used.
    assert local_settings.load().import_columns == {"осужден по статье": "articles"}

    changes: list[str] = []
    dialog.ctx.changes.sig_changed.connect(changes.append)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=20000)
    assert _rows(dialog) == EXPECTED_REPORT
    assert dialog.counts_label.text() == "Created: 2, updated: 0, unchanged: 0, rejected: 3."
    assert _clients(sqlite_db) == [
        (IVANOV, "Иванов", "190 ч.1"),
        (SIDOROVA, "Сидорова", "188 ч.2"),
    ]
    assert changes == ["clients"]

    report = tmp_path / "отчет.xlsx"
    export = dialog.save_report(report)
    assert export is not None
    with qtbot.waitSignal(export.sig_finished, timeout=20000) as done:
        pass
    assert done.args == [True]
    sheet = openpyxl.load_workbook(report).active
    assert sheet is not None
    values = [tuple(c.value for c in row) for row in sheet.iter_rows(min_row=2, max_col=3)]
    # The report is a Russian document (the interface here is not translated): its reasons too.
    assert [(v[0], v[2] or "") for v in values] == [
        (int(r), why) for r, _, why in EXPECTED_REPORT_RU
    ]
    assert all(v[1] for v in values)

    # The same list again: nothing changes, every accepted row is «unchanged».
    dialog.close()
    again = _dialog(qtbot, sqlite_db, world.officer_a)
    again.set_file(messy)
    assert again.column_combos["D"].currentData() == "articles"  # offered from last time
    qtbot.mouseClick(again.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.worker is None, timeout=20000)
    assert [(r, o) for r, o, _ in _rows(again)] == [
        ("4", "unchanged"),
        ("5", "rejected"),
        ("7", "unchanged"),
        ("8", "rejected"),
        ("9", "rejected"),
    ]
    assert again.counts_label.text() == "Created: 0, updated: 0, unchanged: 2, rejected: 3."
    assert len(_clients(sqlite_db)) == 2


def test_a_damaged_file_gives_one_clear_message(
    qtbot: QtBot, sqlite_db: Database, world: World, tmp_path: Path
) -> None:
    damaged = tmp_path / "список.xlsx"
    damaged.write_bytes(b"PK\x03\x04 this is not really a workbook")
    dialog = _dialog(qtbot, sqlite_db, world.officer_a)
    dialog.set_file(damaged)
    assert dialog.error_label.text() == (
        "The file is damaged and cannot be read; nothing was imported. Open it in Excel or "
        "LibreOffice and save it again."
    )
    assert not dialog.check_button.isEnabled() and not dialog.import_button.isEnabled()
    assert dialog.column_combos == {}


def test_cancel_stops_the_import_with_nothing_changed(
    qtbot: QtBot, sqlite_db: Database, world: World, messy: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    db, actor = sqlite_db, world.officer_a

    def run(progress: Progress, cancelled: Cancelled) -> ImportResult:
        return import_clients(
            db, actor, messy, dry_run=False, progress=progress, cancelled=cancelled
        )

    worker = ImportWorker(parent, "Importing…", run)
    worker.cancel()  # pressed before the thread reached its first check
    with qtbot.waitSignal(worker.sig_finished, timeout=20000) as done:
        worker.start()
    assert isinstance(done.args[0], ImportCancelled)
    assert worker.is_finished() and _clients(sqlite_db) == []


def test_closing_the_dialog_during_an_import_cancels_it(
    qtbot: QtBot,
    sqlite_db: Database,
    world: World,
    messy: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def import_after_close(*args: Any, cancelled: Cancelled, **kwargs: Any) -> ImportResult:
        for _ in range(100_000):  # the real import, started only once Close was pressed
            if cancelled():
                break
            time.sleep(0.001)
        return import_clients(*args, cancelled=cancelled, **kwargs)

    spec = import_kinds.SPECS[import_kinds.ImportKind.CLIENTS]
    monkeypatch.setitem(
        import_kinds.SPECS, import_kinds.ImportKind.CLIENTS, replace(spec, run=import_after_close)
    )
    dialog = _dialog(qtbot, sqlite_db, world.officer_a)
    dialog.set_file(messy)
    assert dialog.run_import() is not None
    assert not dialog.import_button.isEnabled() and not dialog.choose_button.isEnabled()
    dialog.reject()
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=20000)
    assert dialog.error_label.text() == "The import was cancelled; nothing was changed."
    assert _clients(sqlite_db) == [] and dialog.import_button.isEnabled()
    dialog.reject()
    assert not dialog.isVisible()


def test_a_sheet_of_measures_and_a_csv_without_kazakh_letters(
    qtbot: QtBot, sqlite_db: Database, world: World, tmp_path: Path
) -> None:
    from commission.domain.enums import ClientCategory
    from commission.services import clients

    clients.create_client(
        sqlite_db,
        world.officer_a,
        clients.ClientData(
            iin=SIDOROVA,
            surname="Сидорова",
            given_name="Мария",
            district_id=world.district_a,
            category=ClientCategory.CONDITIONAL,
        ),
    )
    sheet = tmp_path / "мероприятия.csv"
    sheet.write_bytes(
        "№;ИИН;ФИО;Потребность;Мероприятие;Примечание\r\n"
        f"1;{SIDOROVA};Сидорова М.;Трудоустройство;Направить в центр занятости;\r\n"
        f"2;{NOBODY};Никто;Жилье;Общежитие;\r\n".encode("cp1251")
    )
    dialog = _dialog(qtbot, sqlite_db, world.officer_a)
    dialog.set_kind(import_kinds.ImportKind.MEASURES)
    dialog.set_file(sheet)
    assert "Windows-1251" in dialog.warning_label.text() and dialog.warning_label.isVisible()
    assert _columns(dialog) == [
        ("A", "№", "Row number (recognised, not imported)"),
        ("B", "ИИН", "Client's IIN (recognised)"),
        ("C", "ФИО", "Client (recognised, not imported)"),
        ("D", "Потребность", "Kind of need (recognised)"),
        ("E", "Мероприятие", "Measure (recognised)"),
        ("F", "Примечание", "— not imported —"),
    ]
    changes: list[str] = []
    dialog.ctx.changes.sig_changed.connect(changes.append)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=20000)
    assert [(r, o) for r, o, _ in _rows(dialog)] == [("2", "created"), ("3", "rejected")]
    assert changes == ["cases"]
    # Back to clients: the same file is read again as a client list.
    dialog.set_kind(import_kinds.ImportKind.CLIENTS)
    assert _columns(dialog)[3] == ("D", "Потребность", "— not imported —")
