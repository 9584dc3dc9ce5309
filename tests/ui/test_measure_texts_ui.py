"""A measure's action and outcome in both languages, and the Kazakh programme printed after
the officer has seen which texts it would borrow from Russian."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from commission import i18n
from commission.db.engine import Database
from commission.domain.enums import MeasureState
from commission.services import case_card
from commission.ui.cases.case_card import CaseCardDialog
from commission.ui.cases.case_dialogs import MeasureDialog, MeasureOutcomeDialog
from commission.ui.context import AppContext
from tests.conftest import make_admin
from tests.test_cases import Desk, make_desk, make_programme
from tests.ui.keyboard import type_text

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(
        "This plugin does not support propagateSizeHints", "This plugin does not support raise"
    ),
]

TODAY = date(2026, 3, 2)
ACTION_KK = {
    "Направить в центр занятости": "Халықты жұмыспен қамту орталығына жолдау",
    "Восстановить удостоверение": "Жеке куәлікті қалпына келтіру",
    "Курсы сварщика": "Дәнекерлеуші курстары",
}


def clock() -> date:
    return TODAY


@pytest.fixture
def desk(sqlite_db: Database) -> Desk:
    return make_desk(sqlite_db, make_admin(sqlite_db))


@pytest.fixture
def card(qtbot: QtBot, sqlite_db: Database, desk: Desk) -> CaseCardDialog:
    case_id, _ids = make_programme(sqlite_db, desk)
    dialog = CaseCardDialog(AppContext(sqlite_db, desk.officer, clock=clock), case_id, clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.fixture
def kazakh() -> Iterator[None]:
    locale = QLocale()
    i18n.install("kk")
    try:
        yield
    finally:
        i18n.install("en")
        QLocale.setDefault(locale)


def _row_of(card: CaseCardDialog, action: str) -> int:
    assert card.card is not None
    return next(i for i, m in enumerate(card.card.measures) if m.action == action)


def _edit(qtbot: QtBot, card: CaseCardDialog, action: str) -> MeasureDialog:
    card.measures_table.selectRow(_row_of(card, action))
    assert card.edit_measure_button.isEnabled()
    dialog = card.edit_measure()
    assert isinstance(dialog, MeasureDialog)
    return dialog


def _translate(qtbot: QtBot, card: CaseCardDialog, action: str) -> None:
    dialog = _edit(qtbot, card, action)
    assert dialog.action.kk_mark.is_shown()  # only Russian so far
    type_text(dialog.action.kk_edit, ACTION_KK[action])
    assert not dialog.action.kk_mark.is_shown()
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()


def _message_button(box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text() == text)
    button.click()


def test_action_and_outcome_in_both_languages_are_kept(
    qtbot: QtBot, card: CaseCardDialog, sqlite_db: Database, desk: Desk
) -> None:
    _translate(qtbot, card, "Направить в центр занятости")
    again = _edit(qtbot, card, "Направить в центр занятости")
    assert again.action.value() == (
        "Направить в центр занятости",
        "Халықты жұмыспен қамту орталығына жолдау",
    )
    again.reject()

    # The outcome, typed in both languages when the measure is finished.
    card.measures_table.selectRow(_row_of(card, "Направить в центр занятости"))
    outcome = card.finish_measure()
    assert isinstance(outcome, MeasureOutcomeDialog)
    type_text(outcome.outcome.ru_edit, "Трудоустроен сварщиком")
    type_text(outcome.outcome.kk_edit, "Дәнекерлеуші болып жұмысқа орналасты")
    with qtbot.waitSignal(outcome.accepted):
        outcome.accept()
    assert card.card is not None
    stored = case_card.case_card(sqlite_db, desk.officer, card.card.id, TODAY)
    (finished,) = [m for m in stored.measures if m.action == "Направить в центр занятости"]
    assert finished.state is MeasureState.PROVIDED
    assert (finished.outcome, finished.outcome_kk) == (
        "Трудоустроен сварщиком",
        "Дәнекерлеуші болып жұмысқа орналасты",
    )
    assert finished.action_kk == "Халықты жұмыспен қамту орталығына жолдау"

    # A finished measure still opens, for its Kazakh only: the Russian stays as recorded.
    reopened = _edit(qtbot, card, "Направить в центр занятости")
    assert reopened.outcome is not None
    assert reopened.outcome.value() == (
        "Трудоустроен сварщиком",
        "Дәнекерлеуші болып жұмысқа орналасты",
    )
    assert reopened.action.ru_edit.isReadOnly() and not reopened.action.kk_edit.isReadOnly()
    assert reopened.outcome.ru_edit.isReadOnly() and not reopened.outcome.kk_edit.isReadOnly()
    reopened.outcome.kk_edit.clear()
    type_text(reopened.outcome.kk_edit, "Жұмысқа орналасты")
    with qtbot.waitSignal(reopened.accepted):
        reopened.accept()
    stored = case_card.case_card(sqlite_db, desk.officer, card.card.id, TODAY)
    (finished,) = [m for m in stored.measures if m.action == "Направить в центр занятости"]
    assert (finished.outcome, finished.outcome_kk) == (
        "Трудоустроен сварщиком",
        "Жұмысқа орналасты",
    )


def test_kazakh_programme_lists_the_missing_texts_first(
    qtbot: QtBot, card: CaseCardDialog, tmp_path: Path
) -> None:
    _translate(qtbot, card, "Направить в центр занятости")
    target = tmp_path / "programme-kk.docx"

    # Cancel: nothing is written.
    assert card.print_programme(target, language="kk") is None
    box = card.missing_question
    assert box is not None and box.isVisible()
    text = box.text()
    assert "Восстановить удостоверение" in text and "Курсы сварщика" in text
    assert "Направить в центр занятости" not in text  # translated already
    assert "Measure 2" in text and "Measure 3" in text
    _message_button(box, "Cancel")
    assert card.worker is None and not target.exists()

    # Export anyway: the programme is written, borrowing the Russian texts.
    assert card.print_programme(target, language="kk") is None
    box = card.missing_question
    assert box is not None and box.isVisible()
    _message_button(box, "Export anyway")
    worker = card.worker
    assert worker is not None
    with qtbot.waitSignal(worker.sig_finished, timeout=20_000) as finished:
        pass
    assert finished.args == [True]
    written = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    tables = "\n".join(
        cell.text for t in docx.Document(str(target)).tables for r in t.rows for cell in r.cells
    )
    assert ACTION_KK["Направить в центр занятости"] in written + tables
    assert "Курсы сварщика" in written + tables


def test_complete_kazakh_programme_is_written_without_asking(
    qtbot: QtBot, card: CaseCardDialog, tmp_path: Path
) -> None:
    for action in ACTION_KK:
        _translate(qtbot, card, action)
    target = tmp_path / "programme-kk.docx"
    worker = card.print_programme(target, language="kk")
    assert worker is not None and card.missing_question is None
    with qtbot.waitSignal(worker.sig_finished, timeout=20_000) as finished:
        pass
    assert finished.args == [True]


def test_kazakh_interface_shows_the_kazakh_action(
    qtbot: QtBot, sqlite_db: Database, desk: Desk, kazakh: None
) -> None:
    case_id, _ids = make_programme(sqlite_db, desk)
    card = CaseCardDialog(AppContext(sqlite_db, desk.officer, clock=clock), case_id, clock=clock)
    qtbot.addWidget(card)
    card.show()
    _translate(qtbot, card, "Курсы сварщика")
    row = _row_of(card, "Курсы сварщика")
    item = card.measures_table.item(row, 1)
    assert item is not None and item.text() == ACTION_KK["Курсы сварщика"]
    # Untranslated measures show their Russian action rather than nothing.
    other = card.measures_table.item(_row_of(card, "Восстановить удостоверение"), 1)
    assert other is not None and other.text() == "Восстановить удостоверение"
