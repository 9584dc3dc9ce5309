"""The administrator's tab of stored case forms, clicked through."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from commission.db.engine import Database
from commission.domain.declension import Case
from commission.domain.enums import Role
from commission.services import name_forms
from commission.ui.admin import AdministrationArea
from commission.ui.admin.name_forms_tab import NameFormDialog, NameFormsTab
from commission.ui.context import AppContext
from tests.conftest import make_admin, make_user

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


def _tab(
    qtbot: QtBot, db: Database, role: Role | None = None
) -> tuple[AdministrationArea, NameFormsTab]:
    admin = make_admin(db)
    actor = admin if role is None else make_user(db, admin, "user", role)
    area = AdministrationArea(AppContext(db, actor))
    qtbot.addWidget(area)
    area.resize(1000, 600)
    area.show()
    assert area.name_forms_tab is not None
    area.tabs.setCurrentWidget(area.name_forms_tab)
    return area, area.name_forms_tab


def _save(qtbot: QtBot, dialog: QDialogButtonBox) -> None:
    button = dialog.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_form_added_from_the_rule_changed_and_removed(qtbot: QtBot, sqlite_db: Database) -> None:
    _area, tab = _tab(qtbot, sqlite_db)
    assert tab.add_button.isVisible() and tab.model.rowCount() == 0
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    [dialog] = tab.findChildren(NameFormDialog)
    dialog.nominative.setText("Ким А. В.")
    dialog.case.setCurrentIndex(dialog.case.findData(Case.ACCUSATIVE.value))
    qtbot.mouseClick(dialog.suggest_button, Qt.MouseButton.LeftButton)
    assert dialog.form_text.text() == "Кима А. В."  # the rule takes the surname for a man's
    dialog.form_text.setText("Ким А. В.")
    _save(qtbot, dialog.buttons)
    assert not dialog.isVisible()
    rows = tab.model.rows()
    assert [(r.nominative, r.grammatical_case, r.form) for r in rows] == [
        ("Ким А. В.", Case.ACCUSATIVE, "Ким А. В.")
    ]
    current = tab.table.current()
    assert current is not None and current.id == rows[0].id

    edit = tab.open_dialog(current)
    assert edit is not None and edit.nominative.text() == "Ким А. В."
    edit.form_text.setText("")
    _save(qtbot, edit.buttons)
    assert edit.isVisible() and edit.error_label.text()  # refused inline, nothing lost
    assert edit.focusWidget() is edit.form_text
    edit.form_text.setText("Ким  А. В.")
    _save(qtbot, edit.buttons)
    assert tab.model.rows()[0].form == "Ким А. В."

    box = tab.remove(tab.model.rows()[0])
    assert isinstance(box, QMessageBox)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 0 and name_forms.load(sqlite_db) == {}


def test_the_secretary_sees_the_forms_but_does_not_change_them(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    _area, tab = _tab(qtbot, sqlite_db, Role.SECRETARY)
    assert not tab.add_button.isVisible() and not tab.change_button.isEnabled()
    assert tab.open_dialog(None) is None
