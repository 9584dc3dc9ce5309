"""The phrase book clicked through: the administrator corrects a phrase and the minutes print
the correction; the picker beside a decision's text gives both languages at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from commission import i18n
from commission.db.engine import Database
from commission.domain.enums import DecisionKind, Role
from commission.exports.minutes_docx import minutes_docx
from commission.services import minutes, phrase_book
from commission.ui.admin import AdministrationArea
from commission.ui.admin.phrase_book_tab import PhraseBookTab, PhraseDialog
from commission.ui.context import AppContext
from commission.ui.phrase_picker import PhrasePicker
from tests.conftest import make_admin, make_user
from tests.exports.conftest import docx_lines
from tests.test_minutes import build_sitting

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


def _tab(qtbot: QtBot, area: AdministrationArea) -> PhraseBookTab:
    qtbot.addWidget(area)
    area.resize(1100, 600)
    area.show()
    assert area.phrase_book_tab is not None
    area.tabs.setCurrentWidget(area.phrase_book_tab)
    return area.phrase_book_tab


def _save(qtbot: QtBot, dialog: PhraseDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_an_edited_phrase_is_printed_in_the_minutes(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = make_admin(sqlite_db)
    sitting = build_sitting(sqlite_db, admin)
    area = AdministrationArea(AppContext(sqlite_db, admin))
    tab = _tab(qtbot, area)
    keys = [row.key for row in tab.model.rows()]
    assert keys[:3] == ["note", "remove_executed", "extend_term"]
    assert tab.table.select_key("note")
    qtbot.mouseClick(tab.change_button, Qt.MouseButton.LeftButton)
    [dialog] = tab.findChildren(PhraseDialog)
    assert dialog.text_kk.toPlainText() == "Ақпарат назарға алынсын."
    dialog.text_kk.setPlainText("")
    _save(qtbot, dialog)
    assert dialog.isVisible() and dialog.error_label.text()  # both languages are required
    dialog.text_kk.setPlainText("Ұсынылған ақпарат назарға алынсын.")
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    note = tab.table.current()
    assert note is not None and note.key == "note" and note.is_edited
    assert tab.reset_button.isEnabled()

    ctx = minutes.minutes_context(sqlite_db, admin, sitting.meeting.id)
    kk = docx_lines(minutes_docx(ctx, "kk"))
    assert "1.1. Ұсынылған ақпарат назарға алынсын." in kk  # typed in Russian only
    assert "Осы хаттаманың орындалуын бақылау комиссия хатшысына жүктелсін." in kk
    # A snapshot keeps the phrases it was made with.
    assert minutes.context_from_json(minutes.context_to_json(ctx)).phrases == ctx.phrases

    qtbot.mouseClick(tab.reset_button, Qt.MouseButton.LeftButton)
    note = tab.table.current()
    assert note is not None and not note.is_edited and note.version == 0
    ctx = minutes.minutes_context(sqlite_db, admin, sitting.meeting.id)
    assert "1.1. Ақпарат назарға алынсын." in docx_lines(minutes_docx(ctx, "kk"))

    qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    hidden = tab.table.current()
    assert hidden is not None and not hidden.is_active and tab.active_button.text() == "&Show"

    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    added = next(d for d in tab.findChildren(PhraseDialog) if d.isVisible())
    added.select_kind(DecisionKind.RECOMMENDATION)
    added.text_ru.setPlainText("Рекомендовать акимам сельских округов …")
    added.text_kk.setPlainText("Ауылдық округтер әкімдеріне … ұсынылсын.")
    _save(qtbot, added)
    own = tab.table.current()
    assert own is not None and own.key == "custom-1"
    assert own.decision_kind is DecisionKind.RECOMMENDATION


def test_the_picker_emits_both_languages(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = make_admin(sqlite_db)
    secretary = make_user(sqlite_db, admin, "secretary", Role.SECRETARY)
    picker = PhrasePicker(sqlite_db, secretary)
    qtbot.addWidget(picker)
    picker.set_decision_kind(DecisionKind.NOTE)
    picker.reload()
    labels = [a.text() for a in picker.menu_.actions()]
    assert labels == ["Информацию принять к сведению."]
    with qtbot.waitSignal(picker.chosen) as note:
        picker.menu_.actions()[0].trigger()
    assert note.args == ["Информацию принять к сведению.", "Ақпарат назарға алынсын."]

    picker.set_decision_kind(DecisionKind.EXTEND)
    extend = next(p for p in picker.phrases() if p.key == "extend_term")
    with qtbot.waitSignal(picker.chosen) as term:
        picker.choose(extend, QDate(2026, 4, 30))
    assert term.args == [
        "Продлить срок исполнения до 30.04.2026.",
        "30.04.2026 дейін орындау мерзімі ұзартылсын.",
    ]
    # The sentences the minutes compose and the other fields' phrases are not offered.
    keys = {p.key for p in picker.phrases()}
    assert "extend_point" not in keys and "control_secretary" not in keys

    # The administrator's edit is offered at once; a hidden phrase is not.
    phrase_book.save_phrase(
        sqlite_db, admin, "note", 0, "Информацию принять к сведению.", "Ақпарат назарға алынды."
    )
    picker.set_decision_kind(DecisionKind.NOTE)
    with qtbot.waitSignal(picker.chosen) as edited:
        picker.choose(picker.phrases()[0])
    assert edited.args[1] == "Ақпарат назарға алынды."
    phrase_book.set_phrase_active(sqlite_db, admin, "note", 1, False)
    assert picker.phrases() == []


def test_the_kazakh_interface_shows_the_tab_in_kazakh(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = make_admin(sqlite_db)
    i18n.install("kk")
    try:
        area = AdministrationArea(AppContext(sqlite_db, admin))
        tab = _tab(qtbot, area)
        title = area.tabs.tabText(area.tabs.indexOf(tab))
        headers = [
            tab.model.headerData(i, Qt.Orientation.Horizontal)
            for i in range(tab.model.columnCount())
        ]
        assert title == "&Тіркестер жинағы"
        assert headers == ["Не үшін", "Орыс тілі", "Қазақ тілі", "Жай-күйі"]
        assert tab.add_button.text() == "Тіркес &қосу…"
    finally:
        i18n.install("en")


def test_the_secretary_reads_the_book_but_does_not_change_it(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    admin = make_admin(sqlite_db)
    secretary = make_user(sqlite_db, admin, "secretary", Role.SECRETARY)
    area = AdministrationArea(AppContext(sqlite_db, secretary))
    tab = _tab(qtbot, area)
    assert tab.model.rowCount() > 5
    assert not tab.add_button.isVisible() and not tab.change_button.isEnabled()
    assert tab.open_dialog(tab.model.rows()[0]) is None
