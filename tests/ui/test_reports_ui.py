"""The Reports area: a period chosen, its figures and charts shown, the files saved."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from argon2 import PasswordHasher
from pytestqt.qtbot import QtBot

from commission.db.engine import Database
from commission.domain.enums import Language
from commission.services import auth
from commission.ui.context import AppContext
from commission.ui.reports.area import ReportsArea
from tests.test_overview import FRIDAY, World, build

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))


@pytest.fixture
def world(sqlite_db: Database) -> World:
    return build(sqlite_db)


def _rows(area: ReportsArea) -> dict[str, list[str]]:
    table = area.table
    found = {}
    for row in range(table.rowCount()):
        cells = [table.item(row, c) for c in range(table.columnCount())]
        texts = [c.text() if c is not None else "" for c in cells]
        found[texts[0].strip()] = texts[1:]
    return found


def _area(qtbot: QtBot, db: Database, world: World, language: Language) -> ReportsArea:
    actor = replace(world.secretary, language=language)
    area = ReportsArea(AppContext(db, actor), clock=lambda: FRIDAY)
    qtbot.addWidget(area)
    qtbot.waitUntil(lambda: area.stats is not None, timeout=10000)
    return area


def test_the_quarters_figures_in_kazakh(
    qtbot: QtBot, sqlite_db: Database, world: World, in_kazakh: None
) -> None:
    area = _area(qtbot, sqlite_db, world, Language.KK)
    assert area.quarter.currentText() == "I тоқсан" and area.year.value() == 2026
    assert area.quarter.itemText(0) == "Бүкіл жыл"
    assert area.xlsx_button.text() == "Статистика E&xcel-ге…"
    assert area.language.currentData() == "kk"
    rows = _rows(area)
    # Q1 2026, Q4 2025 (the December sitting), Q1 2025.
    assert rows["Өткізілген отырыстар"] == ["1", "1", "0"]
    assert rows["мерзімі өтті"] == ["1", "0", "0"]  # overdue on Friday 20 March
    assert area.table.horizontalHeaderItem(1).text().replace("\n", " ") == "2026 жылғы I тоқсан"
    assert "КОМИССИЯ ЖҰМЫСЫ ТУРАЛЫ СТАТИСТИКАЛЫҚ МӘЛІМЕТТЕР" in area.title.text()
    assert [view.chart is not None for view in area.charts] == [True, True]

    area.quarter.setCurrentIndex(area.quarter.findData(0))  # the whole year: two columns
    qtbot.waitUntil(lambda: area.stats is not None and area.stats.period.quarter is None)
    assert area.table.columnCount() == 3
    area.language.setCurrentIndex(area.language.findData("ru"))
    assert _rows(area)["Проведено заседаний"] == ["1", "1"]


def test_saving_the_statistics_and_the_public_report(
    qtbot: QtBot, sqlite_db: Database, world: World, tmp_path: Path
) -> None:
    area = _area(qtbot, sqlite_db, world, Language.RU)
    xlsx = tmp_path / "stats.xlsx"
    worker = area.export_stats(".xlsx", xlsx)
    assert worker is not None
    with qtbot.waitSignal(worker.sig_finished, timeout=20000) as finished:
        pass
    assert finished.args == [True]
    sheet = openpyxl.load_workbook(xlsx).worksheets[0]
    assert sheet.cell(2, 2).value == "Проведено заседаний" and sheet.cell(2, 3).value == 1
    assert "stats.xlsx" in area.status.text()

    csv_path = tmp_path / "public.csv"
    worker = area.export_public("csv", csv_path)
    assert worker is not None
    with qtbot.waitSignal(worker.sig_finished, timeout=20000):
        pass
    text = csv_path.read_text(encoding="utf-8-sig")
    assert "sittings_held" in text and "<5" in text
    for surname in ("ИВАНОВ", "Әлиев", "Иванова"):
        assert surname.casefold() not in text.casefold()
