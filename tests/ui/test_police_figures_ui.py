"""The police chief's figures driven as a secretary drives them: the button appears on a
police-report item only, figures typed show their change at once, saved, reopened; closing
with changes asks «Сохранить / Не сохранять»; the final minutes show them read-only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from commission.db.engine import Database
from commission.domain.enums import AgendaItemKind
from commission.domain.police_report import PoliceIndicator
from commission.services import police_report
from commission.ui.meetings.police_figures import PoliceFiguresDialog
from tests.ui.test_agenda_ui import Sitting, _item, _sitting, _tab

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


@pytest.fixture
def sitting(sqlite_db: Database) -> Sitting:
    return _sitting(sqlite_db)


def _dialog(qtbot: QtBot, db: Database, s: Sitting, item_id: int) -> PoliceFiguresDialog:
    tab = _tab(qtbot, db, s.secretary, s.meeting_id)
    assert tab.select_item(item_id) is None
    button = tab.editor.police_button
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = button.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_figures_are_typed_with_the_change_shown_saved_and_reopened(
    qtbot: QtBot, sqlite_db: Database, sitting: Sitting, in_russian: None
) -> None:
    s = sitting
    other = _item(sqlite_db, s, "О профилактике", AgendaItemKind.CRIME_PREVENTION)
    police = _item(sqlite_db, s, "Об информации начальника полиции", AgendaItemKind.POLICE_REPORT)
    tab = _tab(qtbot, sqlite_db, s.secretary, s.meeting_id)
    assert tab.select_item(other) is None
    assert not tab.editor.police_button.isVisible()  # figures belong to the police report

    dialog = _dialog(qtbot, sqlite_db, s, police)
    assert dialog.year.value() == 2025 and dialog.quarter.currentData() == 4
    total = dialog.rows[0]
    qtbot.keyClicks(total.current, "120")
    qtbot.keyClicks(total.last_year, "150")
    assert (total.difference.text(), total.per_cent.text()) == ("\u221230", "\u221220,0\u00a0%")
    street = next(r for r in dialog.rows if r.indicator is PoliceIndicator.CRIMES_STREET)
    qtbot.keyClicks(street.current, "7")
    qtbot.keyClicks(street.last_year, "0")
    assert street.per_cent.text() == "—"  # no per cent of nothing
    qtbot.keyClicks(total.current, "x")  # not a number: the field does not take it
    assert total.current.text() == "120"
    dialog.note.ru_edit.setPlainText("Рост уличной преступности — за счёт краж.")
    dialog.note.kk_edit.setPlainText("Көше қылмысының өсуі ұрлықтар есебінен.")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    stored = police_report.get_report(sqlite_db, s.secretary, police)
    assert stored.pair(PoliceIndicator.CRIMES_TOTAL) == (120, 150)
    assert stored.pair(PoliceIndicator.CRIMES_STREET) == (7, 0)
    assert stored.note_kk == "Көше қылмысының өсуі ұрлықтар есебінен."

    again = _dialog(qtbot, sqlite_db, s, police)
    assert again.rows[0].current.text() == "120"
    assert again.rows[0].per_cent.text() == "\u221220,0\u00a0%"
    assert not again.is_dirty()


@pytest.mark.parametrize("answer", ["save", "discard"])
def test_closing_with_changes_asks(
    qtbot: QtBot, sqlite_db: Database, sitting: Sitting, in_russian: None, answer: str
) -> None:
    s = sitting
    police = _item(sqlite_db, s, "Об информации начальника полиции", AgendaItemKind.POLICE_REPORT)
    dialog = _dialog(qtbot, sqlite_db, s, police)
    qtbot.keyClicks(dialog.rows[0].current, "99")
    dialog.close()
    box = dialog.question
    assert box is not None and box.isVisible() and dialog.isVisible()
    discard = box.button(QMessageBox.StandardButton.Discard)
    assert discard is not None and discard.text() == "&Не сохранять"
    which = (
        QMessageBox.StandardButton.Save if answer == "save" else QMessageBox.StandardButton.Discard
    )
    qtbot.mouseClick(box.button(which), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = police_report.get_report(sqlite_db, s.secretary, police)
    expected = 99 if answer == "save" else None
    assert stored.pair(PoliceIndicator.CRIMES_TOTAL)[0] == expected
