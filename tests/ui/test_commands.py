"""Commands: the main window's toolbar per area and role, the icons, the lists' context menus
and the one notice every export shows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from commission import settings as local_settings
from commission.db import migrate
from commission.db.engine import Database
from commission.domain.permissions import Permission
from commission.resources import resources_dir
from commission.services import auth
from commission.services.context import Actor
from commission.services.demo import DEMO_PASSWORD, build_demo
from commission.ui.admin.tables import RecordTable
from commission.ui.agencies.dialog import AgencyDialog
from commission.ui.commands import ButtonAction
from commission.ui.context import AppContext
from commission.ui.export_notice import ExportNotice
from commission.ui.icon import ICONS, icon, icon_file
from commission.ui.main_window import MainWindow
from commission.ui.meetings.new_meeting_dialog import NewMeetingDialog
from tests.ui.conftest import OpenedUrls

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

TODAY = date(2026, 5, 12)
LOGINS = ("admin", "secretary", "officer", "chair", "member")

# A toolbar command of an area, and the permission without which the role must not see it.
GUARDED: dict[str, dict[str, Permission | None]] = {
    "meetings": {"new_meeting": Permission.EDIT_MEETINGS, "open": None},
    "decisions": {"export_xlsx": None, "letters": Permission.SEND_LETTERS},
    "clients": {"new_person": Permission.EDIT_CLIENTS, "import": Permission.IMPORT_CLIENTS},
    "cases": {"new_case": Permission.EDIT_CASES, "notice": Permission.EDIT_CASES},
    "agencies": {"new": Permission.EDIT_AGENCIES, "edit": Permission.EDIT_AGENCIES},
    "calendar": {"export_ics": None},
}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("commands") / "demo.sqlite3"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    build_demo(db, Actor.command_line(), seed=2, today=TODAY, clients=20)
    yield db
    db.dispose()


def _window(qtbot: QtBot, db: Database, login: str) -> MainWindow:
    ctx = AppContext(db, auth.login(db, login, DEMO_PASSWORD), clock=lambda: TODAY)
    window = MainWindow(ctx, local_settings.LocalSettings())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def _shown(window: MainWindow) -> dict[str, ButtonAction]:
    """The area's commands the toolbar shows, by their icon's name."""
    return {
        a.objectName().removeprefix("toolbar_"): a
        for a in window.toolbar.actions()
        if isinstance(a, ButtonAction) and a.isVisible()
    }


@pytest.mark.parametrize("login", LOGINS)
def test_the_toolbar_shows_the_area_s_commands_the_role_may_use(
    qtbot: QtBot, demo_db: Database, login: str
) -> None:
    window = _window(qtbot, demo_db, login)
    actor = window.ctx.actor
    toolbar = window.toolbar.actions()
    assert window.search_action in toolbar and window.guide_action in toolbar
    assert window.guide_action.shortcut().toString() == "F1"
    keys = [a.key for a in window.areas]
    for area, commands in GUARDED.items():
        if area not in keys:
            continue
        window.show_area(area)
        shown = _shown(window)
        for name, permission in commands.items():
            allowed = permission is None or actor.can(permission)
            assert (name in shown) == allowed, (login, area, name)
        # Only this area's commands: the previous area's left with it.
        assert set(shown) <= set(commands) | {"notice", "new", "new_case", "export_xlsx"}


def test_a_toolbar_command_does_what_its_button_does(qtbot: QtBot, demo_db: Database) -> None:
    window = _window(qtbot, demo_db, "secretary")
    area = window.show_area("meetings")
    _shown(window)["new_meeting"].trigger()
    dialogs = [d for d in area.findChildren(NewMeetingDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()

    agencies = window.show_area("agencies")
    shown = _shown(window)
    assert set(shown) == {"new", "edit"}
    shown["new"].trigger()
    assert [d for d in agencies.findChildren(AgencyDialog) if d.isVisible()]
    # «Edit» follows its button: nothing selected, nothing to edit.
    table = agencies.table  # type: ignore[attr-defined]
    table.view.clearSelection()
    assert not shown["edit"].isEnabled()
    table.view.selectRow(0)
    assert shown["edit"].isEnabled()


def test_every_icon_named_exists_and_loads(qapp: QApplication) -> None:
    for name in ICONS:
        assert icon_file(name).is_file(), name
        assert not icon(name).isNull(), name
    shipped = {p.stem for p in (resources_dir() / "icons" / "tabler").glob("*.svg")}
    assert shipped == set(ICONS.values())  # none missing, none shipped for nothing
    assert (resources_dir() / "icons" / "tabler" / "LICENSE").is_file()


def _row_menu_texts(table: RecordTable[object]) -> list[str]:
    index = table.proxy.index(0, 0)
    at = table.view.visualRect(index).center()
    menu = table.row_menu(at)
    assert menu is not None
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    menu.deleteLater()
    return texts


def test_every_record_list_has_a_row_menu_with_the_row_s_actions(
    qtbot: QtBot, demo_db: Database
) -> None:
    window = _window(qtbot, demo_db, "admin")
    admin = window.show_area("administration")
    checked = 0
    for tab in admin.all_tabs():  # type: ignore[attr-defined]
        tab.refresh()
        for table in tab.findChildren(RecordTable):
            if table.model.rowCount() == 0:
                continue
            texts = _row_menu_texts(table)
            assert texts[-1] == "Copy", type(tab).__name__
            buttons = [a for a in table.row_actions if a is not None and a.isVisible()]
            assert texts[:-1] == [a.text() for a in buttons], type(tab).__name__
            checked += 1
    assert checked >= 5  # users, composition, calendar days, name forms, phrases, audit

    agencies = window.show_area("agencies")
    table = agencies.table  # type: ignore[attr-defined]
    assert _row_menu_texts(table) == ["Edit", "Copy"]
    table.copy_current()
    assert QGuiApplication.clipboard().text() == table.current_text() != ""
    assert table.row_menu(QPoint(5, table.view.viewport().height() + 50)) is None


def test_a_member_s_row_menu_offers_only_copy(qtbot: QtBot, demo_db: Database) -> None:
    window = _window(qtbot, demo_db, "member")
    agencies = window.show_area("agencies")
    assert _row_menu_texts(agencies.table) == ["Copy"]  # type: ignore[attr-defined]


def test_an_export_ends_with_the_notice_not_a_box(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, opened: OpenedUrls
) -> None:
    window = _window(qtbot, demo_db, "secretary")
    area = window.show_area("decisions")
    target = tmp_path / "register.xlsx"
    worker = area.export_register(target)  # type: ignore[attr-defined]
    with qtbot.waitSignal(worker.sig_finished, timeout=30000):
        pass
    notice = window.export_notice
    qtbot.waitUntil(notice.isVisible)
    assert isinstance(notice, ExportNotice) and notice.path == target
    assert "register.xlsx" in notice.label.text()
    assert notice.open_button.isVisible() and notice.folder_button.isVisible()
    assert QApplication.activeModalWidget() is None
    assert [b for b in window.findChildren(QMessageBox) if b.isVisible()] == []

    notice.open_button.click()
    notice.folder_button.click()
    assert [u.toLocalFile() for u in opened.urls] == [str(target), str(tmp_path)]
    notice.close_button.click()
    assert not notice.isVisible()


def test_the_notice_goes_by_itself(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    window = _window(qtbot, demo_db, "member")
    notice = window.export_notice
    notice.timer.setInterval(10)
    notice.announce(tmp_path / "x.docx")
    assert notice.isVisible()
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=2000)


def test_toolbar_actions_are_plain_actions_of_the_window(qtbot: QtBot, demo_db: Database) -> None:
    window = _window(qtbot, demo_db, "secretary")
    window.show_area("decisions")
    window.show_area("meetings")
    names = [a.objectName() for a in window.toolbar.actions() if isinstance(a, QAction)]
    assert "toolbar_letters" not in names and "toolbar_new_meeting" in names


def test_ctrl_f_puts_the_cursor_in_the_area_s_search_wherever_the_focus_is(
    qtbot: QtBot, demo_db: Database
) -> None:
    """Pressed with the focus in the navigation, Ctrl+F still reaches the list's search; an
    area without a search field of its own offers the search across areas."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QApplication

    window = _window(qtbot, demo_db, "secretary")
    decisions = window.show_area("decisions")
    decisions.search_edit.setText("жұмыс")  # type: ignore[attr-defined]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.nav.setFocus()
    assert QApplication.focusWidget() is window.nav
    assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    window.find_action.trigger()
    assert QApplication.focusWidget() is decisions.search_edit  # type: ignore[attr-defined]
    assert decisions.search_edit.selectedText() == "жұмыс"  # type: ignore[attr-defined]
    window.show_area("dashboard")
    window.find_action.trigger()
    assert window.search_dialog is not None and window.search_dialog.isVisible()
    window.search_dialog.close()
