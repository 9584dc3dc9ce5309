"""The two-language editors as a secretary uses them: type Russian now, see that Kazakh is
missing, fill it later; the interface's language comes first."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from commission import i18n
from commission.domain.iin import Sex
from commission.ui.bilingual import BilingualLineEdit, BilingualTextEdit, SexCombo
from tests.ui.keyboard import type_text

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


@pytest.fixture
def kazakh_interface() -> Iterator[None]:
    locale = QLocale()
    i18n.install("kk")
    try:
        yield
    finally:
        i18n.install("en")
        QLocale.setDefault(locale)


def test_marks_follow_what_is_typed(qtbot: QtBot) -> None:
    edit = BilingualTextEdit()
    qtbot.addWidget(edit)
    edit.show()
    assert not edit.ru_mark.is_shown() and not edit.kk_mark.is_shown()  # nothing to translate

    with qtbot.waitSignal(edit.changed):
        type_text(edit.ru_edit, "Принять к сведению.")
    assert edit.kk_mark.is_shown() and not edit.ru_mark.is_shown()
    assert edit.kk_mark.toolTip() == "No text in Kazakh"

    type_text(edit.kk_edit, "Ақпарат назарға алынсын.")
    assert not edit.kk_mark.is_shown()
    assert edit.value() == ("Принять к сведению.", "Ақпарат назарға алынсын.")

    edit.ru_edit.clear()
    assert edit.ru_mark.is_shown() and edit.ru_mark.toolTip() == "No text in Russian"


def test_set_value_shows_both_and_keeps_quiet(qtbot: QtBot) -> None:
    edit = BilingualLineEdit()
    qtbot.addWidget(edit)
    changes: list[None] = []
    edit.changed.connect(lambda: changes.append(None))
    edit.set_value("актовый зал акимата", None)
    assert edit.value() == ("актовый зал акимата", "")
    assert edit.kk_mark.is_shown()
    assert changes == []  # loading a record is not an edit
    edit.set_value(None, "   ")
    assert not edit.ru_mark.is_shown() and not edit.kk_mark.is_shown()  # blanks count as empty
    assert edit.is_empty()


def test_read_only_and_focus(qtbot: QtBot) -> None:
    edit = BilingualLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    edit.set_read_only(True)
    assert edit.ru_edit.isReadOnly() and edit.kk_edit.isReadOnly()
    edit.focus_language("kk")
    qtbot.waitUntil(lambda: edit.kk_edit.hasFocus())


def test_narrow_editors_stack_and_wide_ones_stand_side_by_side(qtbot: QtBot) -> None:
    edit = BilingualTextEdit()
    qtbot.addWidget(edit)
    edit.resize(900, 200)
    edit.show()
    qtbot.waitExposed(edit)
    qtbot.waitUntil(lambda: edit.ru_edit.geometry().isValid())
    ru = edit.ru_edit.mapTo(edit, edit.ru_edit.rect().topLeft())
    kk = edit.kk_edit.mapTo(edit, edit.kk_edit.rect().topLeft())
    assert kk.x() > ru.x() and kk.y() == ru.y()
    edit.resize(400, 300)
    qtbot.waitUntil(
        lambda: (
            edit.kk_edit.mapTo(edit, edit.kk_edit.rect().topLeft()).y()
            > edit.ru_edit.mapTo(edit, edit.ru_edit.rect().topLeft()).y()
        )
    )


def test_kazakh_interface_puts_kazakh_first(qtbot: QtBot, kazakh_interface: None) -> None:
    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    before = QLineEdit()
    edit = BilingualLineEdit()
    layout.addWidget(before)
    layout.addWidget(edit)
    form.show()
    qtbot.waitExposed(form)
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert edit.kk_edit.hasFocus()
    qtbot.keyClick(edit.kk_edit, Qt.Key.Key_Tab)
    assert edit.ru_edit.hasFocus()
    labels = {label.text() for label in edit.findChildren(QLabel) if label.text()}
    assert labels == {"Қазақша", "Орысша"}
    edit.set_value("Принять к сведению.", "")
    assert edit.kk_mark.toolTip() == "Қазақша мәтін жоқ"


def test_sex_combo(qtbot: QtBot, kazakh_interface: None) -> None:
    combo = SexCombo()
    qtbot.addWidget(combo)
    assert [combo.itemText(i) for i in range(combo.count())] == ["—", "ер", "әйел"]
    assert combo.value() is None
    combo.set_value(Sex.FEMALE)
    assert combo.value() is Sex.FEMALE
    combo.set_value(None)
    assert combo.value() is None
