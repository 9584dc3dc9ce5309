"""The clients', cases' and meetings' lists as a user works them: a click on a header sorts
(the first screen read as a page of a longer list), the filters narrow, a hidden column stays
hidden when the area is built again, and the rows' context menu does what the buttons do."""

from __future__ import annotations

from datetime import date

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import QAbstractItemModel, QPoint, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from commission.db.engine import Database
from commission.domain.enums import (
    ClientCategory,
    MeetingKind,
    ProgrammeState,
)
from commission.services import auth
from commission.ui.admin.forms import select_data
from commission.ui.cases.area import CasesArea
from commission.ui.cases.case_card import CaseCardDialog
from commission.ui.clients.area import ClientsArea, Standing
from commission.ui.clients.client_card import ClientCardDialog
from commission.ui.context import AppContext
from commission.ui.list_tools import FIRST_IDS
from commission.ui.meetings.area import MeetingsArea
from tests.clients_world import World, build_world
from tests.register_world import TODAY, Registers, add_meetings, fill

ROWS = 600


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))


@pytest.fixture
def world(sqlite_db: Database) -> tuple[World, Registers]:
    w = build_world(sqlite_db)
    return w, fill(sqlite_db, w, ROWS)


def clock() -> date:
    return TODAY


def _column(model: QAbstractItemModel, column: int, rows: int) -> list[str]:
    return [str(model.index(r, column).data()) for r in range(rows)]


def _row_point(view: QTableView, row: int) -> QPoint:
    return view.visualRect(view.model().index(row, 1)).center()


def test_clients_sorted_by_a_click_on_the_header(
    qtbot: QtBot, sqlite_db: Database, world: tuple[World, Registers]
) -> None:
    w, _ = world
    area = ClientsArea(AppContext(sqlite_db, w.secretary), clock=clock)
    qtbot.addWidget(area)
    area.resize(1280, 800)
    area.show()
    on_register = ROWS - len([n for n in range(ROWS) if n % 11 == 5])
    # A page of ids for the first screen; the count says how long the list is.
    assert area.model.rowCount() == on_register
    assert area.model.id_at(FIRST_IDS) is None
    assert area.status.text() == f"{on_register} client(s)"
    names = _column(area.model, 1, 5)
    assert names == sorted(names)
    header = area.table.horizontalHeader()
    header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)  # a click on «Full name»
    names = _column(area.model, 1, 5)
    assert names == sorted(names, reverse=True) and names[0].startswith("Өмірзақов")
    header.setSortIndicator(6, Qt.SortOrder.AscendingOrder)  # «Registered on»
    days = [area.model.row_at(r).registered_on for r in range(40)]  # type: ignore[union-attr]
    assert days == sorted(days) and days[0] == date(2025, 1, 6)  # type: ignore[type-var]
    header.setSortIndicator(6, Qt.SortOrder.DescendingOrder)
    days = [area.model.row_at(r).registered_on for r in range(40)]  # type: ignore[union-attr]
    assert days == sorted(days, reverse=True)  # type: ignore[type-var]
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # the IIN: not sortable
    assert header.sortIndicatorSection() == 6


def test_client_filters_narrow_the_list(
    qtbot: QtBot, sqlite_db: Database, world: tuple[World, Registers]
) -> None:
    w, _ = world
    area = ClientsArea(AppContext(sqlite_db, w.secretary), clock=clock)
    qtbot.addWidget(area)
    area.show()
    select_data(area.category_combo, ClientCategory.MINOR)
    shown = {area.model.row_at(r).category for r in range(area.model.rowCount())}  # type: ignore[union-attr]
    assert shown == {ClientCategory.MINOR}
    select_data(area.category_combo, None)
    select_data(area.district_combo, w.district_b)
    assert area.model.rowCount() == len([n for n in range(ROWS) if n % 2 and n % 11 != 5])
    select_data(area.district_combo, None)
    select_data(area.officer_combo, w.officer_a.user_id)
    assert {area.model.row_at(r).officer for r in range(20)} == {"Officer_A"}  # type: ignore[union-attr]
    select_data(area.officer_combo, None)
    select_data(area.standing_combo, Standing.REMOVED)
    assert area.model.rowCount() == len([n for n in range(ROWS) if n % 11 == 5])
    assert area.status.text() == f"{area.model.rowCount()} client(s)"


def test_cases_sorted_and_filtered_and_the_officer_sees_his_own_first(
    qtbot: QtBot, sqlite_db: Database, world: tuple[World, Registers]
) -> None:
    w, made = world
    area = CasesArea(AppContext(sqlite_db, w.secretary), clock=clock)
    qtbot.addWidget(area)
    area.show()
    select_data(area.state_combo, None)  # every state
    assert area.model.rowCount() == ROWS and area.model.id_at(FIRST_IDS) is None
    header = area.table.horizontalHeader()
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # «Case No.»
    assert _column(area.model, 0, 3) == ["1/2025", "3/2025", "5/2025"]
    header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert _column(area.model, 0, 2) == ["600/2026", "598/2026"]
    header.setSortIndicator(8, Qt.SortOrder.AscendingOrder)  # «Deadline»
    deadlines = [area.model.row_at(r).deadline for r in range(10)]  # type: ignore[union-attr]
    assert deadlines == sorted(deadlines) and deadlines[0] == date(2026, 2, 27)  # type: ignore[type-var]

    area.overdue_check.setChecked(True)
    assert area.model.rowCount() == len(made.overdue_cases)
    assert all(area.model.row_at(r).measures_overdue for r in range(area.model.rowCount()))  # type: ignore[union-attr]
    area.overdue_check.setChecked(False)
    select_data(area.state_combo, ProgrammeState.STOPPED)
    states = {area.model.row_at(r).state for r in range(area.model.rowCount())}  # type: ignore[union-attr]
    assert states == {ProgrammeState.STOPPED}
    select_data(area.category_combo, ClientCategory.PAROLE)
    assert area.model.rowCount() == len([n for n in range(ROWS) if n % 6 == 5 and n % 8 == 2])

    mine = CasesArea(AppContext(sqlite_db, w.officer_a), clock=clock)
    qtbot.addWidget(mine)
    mine.show()
    assert mine.officer_combo.currentText() == "Mine and unassigned"
    # «mine», «all officers» and himself: the officers of his district only.
    assert mine.officer_combo.count() == 3
    officers = {mine.model.row_at(r).officer for r in range(mine.model.rowCount())}  # type: ignore[union-attr]
    assert officers == {"Officer_A", None}
    select_data(mine.officer_combo, w.officer_a.user_id)
    officers = {mine.model.row_at(r).officer for r in range(mine.model.rowCount())}  # type: ignore[union-attr]
    assert officers == {"Officer_A"}


def test_a_hidden_column_stays_hidden(
    qtbot: QtBot, sqlite_db: Database, world: tuple[World, Registers]
) -> None:
    w, _ = world
    area = CasesArea(AppContext(sqlite_db, w.secretary), clock=clock)
    qtbot.addWidget(area)
    area.show()
    menu = area.columns.menu()
    [district] = [a for a in menu.actions() if a.text() == "District"]
    district.trigger()  # unticked: hidden
    assert area.table.isColumnHidden(2)
    again = CasesArea(AppContext(sqlite_db, w.secretary), clock=clock)
    qtbot.addWidget(again)
    again.show()
    assert again.table.isColumnHidden(2) and not again.table.isColumnHidden(1)


def test_the_context_menus_do_what_the_buttons_do(
    qtbot: QtBot, sqlite_db: Database, world: tuple[World, Registers]
) -> None:
    w, _ = world
    cases_area = CasesArea(AppContext(sqlite_db, w.officer_a), clock=clock)
    qtbot.addWidget(cases_area)
    cases_area.resize(1280, 800)
    cases_area.show()
    menu = cases_area.row_menu.menu_at(_row_point(cases_area.table, 2))
    assert menu is not None
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "&Open the case",
        "Open the &client's card",
        "&New case…",
    ]
    assert cases_area.table.currentIndex().row() == 2  # the row clicked is the one acted on
    cases_area.open_action.trigger()
    assert isinstance(cases_area.card, CaseCardDialog)
    assert cases_area.card.case_id == cases_area.model.id_at(2)
    cases_area.card.reject()
    cases_area.client_action.trigger()
    assert isinstance(cases_area.client_card, ClientCardDialog)
    cases_area.client_card.reject()
    # The secretary may not open cases: the action is not offered.
    theirs = CasesArea(AppContext(sqlite_db, w.secretary), clock=clock)
    qtbot.addWidget(theirs)
    theirs.resize(1280, 800)
    theirs.show()
    menu = theirs.row_menu.menu_at(_row_point(theirs.table, 0))
    assert menu is not None and "&New case…" not in [a.text() for a in menu.actions()]

    clients_area = ClientsArea(AppContext(sqlite_db, w.officer_a), clock=clock)
    qtbot.addWidget(clients_area)
    clients_area.resize(1280, 800)
    clients_area.show()
    assert clients_area.row_menu.menu_at(_row_point(clients_area.table, 1)) is not None
    clients_area.open_action.trigger()
    assert isinstance(clients_area.card, ClientCardDialog)
    assert clients_area.card.card is not None
    assert clients_area.card.card.id == clients_area.model.id_at(1)
    clients_area.card.reject()
    dialog = clients_area._new_case_for_selected()
    assert dialog is not None and dialog.chosen_client() == clients_area.model.id_at(1)
    dialog.reject()


def test_meetings_sorted_filtered_and_their_menu(
    qtbot: QtBot, sqlite_db: Database, world: tuple[World, Registers]
) -> None:
    w, _ = world
    add_meetings(sqlite_db, w.district_a)
    area = MeetingsArea(AppContext(sqlite_db, w.secretary), clock=clock)
    qtbot.addWidget(area)
    area.resize(1280, 800)
    area.show()
    listed = area.meetings
    assert _column(listed.model, 0, 3) == ["1", "2", "3"]
    listed.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)  # «Date»
    assert _column(listed.model, 0, 3) == ["2", "1", "3"]
    listed.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
    assert _column(listed.model, 0, 3) == ["3", "1", "2"]
    select_data(listed.kind_combo, MeetingKind.EXTRAORDINARY)
    assert _column(listed.model, 0, listed.model.rowCount()) == ["2"]
    select_data(listed.kind_combo, None)
    menu = listed.row_menu.menu_at(_row_point(listed.table, 1))
    assert menu is not None
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "&Open",
        "&Minutes and documents…",
        "&New meeting…",
    ]
    listed.minutes_action.trigger()
    assert area.page is not None and area.page.meeting_id == listed.model.id_at(1)
    assert area.page.tabs.currentWidget() is area.page.minutes_tab


def test_the_lists_headers_and_filters_in_kazakh(
    qtbot: QtBot,
    sqlite_db: Database,
    world: tuple[World, Registers],
    in_kazakh: None,
) -> None:
    w, _ = world
    cases_area = CasesArea(AppContext(sqlite_db, w.officer_a), clock=clock)
    qtbot.addWidget(cases_area)
    cases_area.show()
    headers = [cases_area.model.headerData(c, Qt.Orientation.Horizontal) for c in (4, 8)]
    assert headers == ["Бағдарлама", "Мерзімі"]
    assert cases_area.overdue_check.text() == "Тек мерзімі өткендер"
    assert cases_area.officer_combo.currentText() == "Менікі және қызметкерсіз"
    assert cases_area.state_combo.itemText(0) == "Ашық істер"
    assert cases_area.open_action.text() == "Істі &ашу"
    clients_area = ClientsArea(AppContext(sqlite_db, w.officer_a), clock=clock)
    qtbot.addWidget(clients_area)
    clients_area.show()
    assert [clients_area.standing_combo.itemText(i) for i in range(3)] == [
        "Есепте тұрғандар",
        "Есептен шығарылғандар",
        "Есептегілер мен шығарылғандар",
    ]
    assert clients_area.category_combo.itemText(0) == "Барлық санаттар"
    meetings_area = MeetingsArea(AppContext(sqlite_db, w.secretary), clock=clock)
    qtbot.addWidget(meetings_area)
    assert meetings_area.meetings.kind_combo.itemText(0) == "Барлық түрлері"
