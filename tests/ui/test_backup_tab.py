"""The Backups tab as an administrator uses it: back up, spoil the data, restore, all by clicks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from commission import settings as local_settings
from commission.db.engine import Database
from commission.domain.enums import AgencyKind, Role
from commission.services import agencies, audit, backup
from commission.services.context import Actor
from commission.ui.admin import AdministrationArea
from commission.ui.context import AppContext
from tests.conftest import make_admin, make_user

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


def _answer_boxes(answers: list[QMessageBox.StandardButton], seen: list[str]) -> None:
    """Click the given buttons of the message boxes as they come up, in order."""

    def click() -> None:
        if not answers:
            return
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        button = box.button(answers.pop(0))
        assert button is not None, box.text()
        button.click()
        QTimer.singleShot(20, click)

    QTimer.singleShot(0, click)


def _names(db: Database, admin: Actor) -> list[str]:
    return sorted(a.name_ru for a in agencies.list_agencies(db, admin))


def test_back_up_spoil_and_restore_by_clicks(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = make_admin(sqlite_db)
    agencies.create_agency(
        sqlite_db, admin, agencies.AgencyData(AgencyKind.POLICE, "ОП района", "Аудан ПБ")
    )
    area = AdministrationArea(AppContext(sqlite_db, admin))
    qtbot.addWidget(area)
    area.show()
    tab = area.backup_tab
    assert tab is not None
    area.tabs.setCurrentWidget(tab)
    assert tab.list.count() == 0 and "No backup" in tab.last_label.text()
    assert not tab.restore_button.isEnabled()

    qtbot.mouseClick(tab.backup_button, Qt.MouseButton.LeftButton)

    assert tab.list.count() == 1 and "Last backup" in tab.last_label.text()
    made = tab.selected()
    assert made is not None and made.exists() and made.parent == tab.folder()
    # The day's mistake, which the restore must undo.
    agencies.create_agency(sqlite_db, admin, agencies.AgencyData(AgencyKind.NGO, "Лишнее", "Артық"))
    assert _names(sqlite_db, admin) == ["Лишнее", "ОП района"]

    seen: list[str] = []
    _answer_boxes([QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok], seen)
    with qtbot.waitSignal(tab.sig_restored, timeout=10_000):
        qtbot.mouseClick(tab.restore_button, Qt.MouseButton.LeftButton)

    assert made.name in seen[0] and "restored" in seen[1]
    assert _names(sqlite_db, admin) == ["ОП района"]
    assert audit.verify(sqlite_db).ok
    tab.refresh()
    kinds = [tab.list.item(i).text() for i in range(tab.list.count())]
    assert len(kinds) == 2 and any("before a restore" in k for k in kinds)


def test_saying_no_changes_nothing(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = make_admin(sqlite_db)
    area = AdministrationArea(AppContext(sqlite_db, admin))
    qtbot.addWidget(area)
    tab = area.backup_tab
    assert tab is not None
    tab.refresh()
    made = tab.back_up_now()
    assert made is not None
    agencies.create_agency(sqlite_db, admin, agencies.AgencyData(AgencyKind.NGO, "Нужное", "Керек"))
    seen: list[str] = []
    _answer_boxes([QMessageBox.StandardButton.No], seen)
    assert tab.restore(made) is False
    assert _names(sqlite_db, admin) == ["Нужное"]


def test_the_folder_comes_from_the_settings_and_the_tab_is_the_administrators(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path
) -> None:
    admin = make_admin(sqlite_db)
    local_settings.remember_backup_folder(str(tmp_path / "share" / "backups"))
    local_settings.save(local_settings.LocalSettings(language="kk"))  # keeps the folder
    area = AdministrationArea(AppContext(sqlite_db, admin))
    qtbot.addWidget(area)
    tab = area.backup_tab
    assert tab is not None
    tab.refresh()
    assert str(tmp_path / "share" / "backups") in tab.folder_label.text()
    made = tab.back_up_now()
    assert made is not None and made.parent == tmp_path / "share" / "backups"

    secretary = make_user(sqlite_db, admin, "sec", Role.SECRETARY)
    other = AdministrationArea(AppContext(sqlite_db, secretary))
    qtbot.addWidget(other)
    assert other.backup_tab is None


def test_a_configured_database_that_is_missing_is_named_not_replaced(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from commission.ui.launcher import Launcher

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    path = tmp_path / "share" / "commission.sqlite3"
    config = local_settings.LocalSettings(language="en", database_url=f"sqlite:///{path}")
    launcher = Launcher(app, config, config.database_url, configured=True)
    seen: list[str] = []
    _answer_boxes([QMessageBox.StandardButton.Ok], seen)
    assert launcher.start() is False
    assert len(seen) == 1 and str(path) in seen[0] and "not found" in seen[0]
    assert not path.exists() and not path.parent.exists()


def test_the_first_start_of_the_day_makes_the_daily_copy(qtbot: QtBot, sqlite_db: Database) -> None:
    from commission.ui.launcher import Launcher

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    make_admin(sqlite_db)
    launcher = Launcher(app, local_settings.LocalSettings(language="en"), sqlite_db.url)
    launcher.db = sqlite_db
    launcher.daily_backup()
    launcher.daily_backup()  # a second start the same day
    daily = backup.list_backups(launcher.backup_folder(), sqlite_db.url)
    assert [b.label for b in daily] == [backup.DAILY]
