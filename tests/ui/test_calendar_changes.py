"""The calendar's keeper meets the holiday list's changes on start, accepts what he wants, and
confirms Kurban Ait's date (issue 16, point 5)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from commission import settings as local_settings
from commission.db.engine import Database
from commission.services import calendar, calendar_updates
from commission.ui.admin.area import AdministrationArea
from commission.ui.admin.calendar_changes import CalendarChangesDialog, offer_changes
from commission.ui.context import AppContext
from tests.conftest import make_admin
from tests.test_calendar_updates import _seeded_by_an_older_list


def test_the_keeper_accepts_one_change_and_declines_the_other(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    admin = make_admin(sqlite_db)
    _seeded_by_an_older_list(sqlite_db, admin)
    parent = QWidget()
    qtbot.addWidget(parent)
    check = offer_changes(AppContext(sqlite_db, admin), parent)
    qtbot.waitUntil(lambda: check.done, timeout=15_000)
    dialog = check.dialog
    assert isinstance(dialog, CalendarChangesDialog) and dialog.isVisible()
    assert dialog.table.rowCount() == 2
    texts = [dialog.table.item(r, 1).text() for r in range(2)]  # type: ignore[union-attr]
    assert texts[0].startswith("Remove") and texts[1].startswith("Add")  # 31.08.2026, 15.03.2027
    assert dialog.table.item(0, 0).text() == "31.08.2026"  # type: ignore[union-attr]
    dialog.table.item(1, 0).setCheckState(Qt.CheckState.Unchecked)  # type: ignore[union-attr]
    dialog.apply_button.click()
    assert not dialog.isVisible()
    assert date(2026, 8, 31) not in {d.day for d in calendar.list_days(sqlite_db, admin, 2026)}
    assert date(2027, 3, 15) not in {d.day for d in calendar.list_days(sqlite_db, admin, 2027)}
    assert calendar_updates.library_changes(sqlite_db, admin) == []  # declined: not again


def test_the_window_offers_the_changes_once_it_has_painted(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    from PySide6.QtWidgets import QApplication

    from commission.ui.launcher import Launcher
    from commission.ui.main_window import MainWindow
    from tests.ui.test_shell import _setup_commission

    admin = make_admin(sqlite_db)
    _setup_commission(sqlite_db, admin)
    _seeded_by_an_older_list(sqlite_db, admin)
    ctx = AppContext(sqlite_db, admin)
    window = MainWindow(ctx, local_settings.LocalSettings())
    qtbot.addWidget(window)
    window.show()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    launcher = Launcher(app, local_settings.LocalSettings(), sqlite_db.url)
    launcher.offer_calendar_changes(ctx, window)
    qtbot.waitUntil(lambda: launcher.calendar_check is not None, timeout=5_000)
    check = launcher.calendar_check
    qtbot.waitUntil(lambda: check.done, timeout=15_000)  # type: ignore[union-attr]
    assert check.dialog is not None and check.dialog.isVisible()  # type: ignore[union-attr]
    check.dialog.later_button.click()  # type: ignore[union-attr]
    assert len(calendar_updates.library_changes(sqlite_db, admin)) == 2  # kept for next time


def test_kurban_ait_is_marked_and_its_date_confirmed_in_the_tab(
    qtbot: QtBot, sqlite_db: Database, in_kazakh: None
) -> None:
    admin = make_admin(sqlite_db)
    calendar.ensure_years(sqlite_db, admin, [2026])
    area = AdministrationArea(AppContext(sqlite_db, admin))
    qtbot.addWidget(area)
    area.resize(1280, 760)
    area.show()
    area.tabs.setCurrentWidget(area.calendar_tab)
    tab = area.calendar_tab
    assert tab is not None
    tab.year.setValue(2026)
    tab.table.select_key(date(2026, 5, 27))
    row = tab.model.rows().index(tab.model.find(date(2026, 5, 27)))  # type: ignore[arg-type]
    name = tab.model.data(tab.model.index(row, 3))
    assert name == "Құрбан айт — растауды күтеді"  # the list's own «(бағаланған)» said once
    assert tab.confirm_button.isEnabled()
    assert tab.confirm_button.text().replace("&", "") == "Күнін растау…"
    dialog = tab.confirm_current()
    assert dialog is not None
    dialog.date.setDate(QDate(2026, 5, 26))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: tab.model.find(date(2026, 5, 26)) is not None, timeout=5_000)
    moved = tab.model.find(date(2026, 5, 26))
    assert moved is not None and moved.name == "Құрбан айт"
    assert tab.model.find(date(2026, 5, 27)) is None
    tab.table.select_key(date(2026, 5, 26))
    assert not tab.confirm_button.isEnabled()


def test_comparing_a_calendar_that_agrees_says_so(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = make_admin(sqlite_db)
    calendar.ensure_years(sqlite_db, admin, [2026])
    area = AdministrationArea(AppContext(sqlite_db, admin))
    qtbot.addWidget(area)
    area.show()
    tab = area.calendar_tab
    assert tab is not None
    check = tab.compare()
    assert check is not None
    qtbot.waitUntil(lambda: check.done, timeout=15_000)
    assert check.dialog is None
    assert "agrees" in tab.status.text()
