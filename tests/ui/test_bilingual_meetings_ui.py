"""The meetings area in two languages, driven as a secretary drives it: a decision typed in
Kazakh and reopened, a standard phrase that fills both languages, the list of missing texts
before a Kazakh (or Russian) document and «Export anyway», «Fill in», the meeting page's count,
and a Kazakh interface without Russian or English fixed words in these dialogs."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from commission import i18n
from commission.db.engine import Database
from commission.documents.completeness import DECISION_TEXT
from commission.domain.enums import AgendaItemKind, DecisionKind
from commission.services import agenda, attendance, auth, decisions, meetings
from commission.ui.context import AppContext
from commission.ui.export_worker import ExportWorker
from commission.ui.meetings.agenda_item_dialog import AgendaItemDialog
from commission.ui.meetings.decision_dialog import DecisionDialog
from commission.ui.meetings.item_discussion import DiscussionDialog
from commission.ui.meetings.meeting_page import MeetingPage
from commission.ui.meetings.missing_texts import MissingTextsDialog
from commission.ui.meetings.workplan_dialogs import PlanItemDialog
from tests.conftest import make_admin
from tests.exports.conftest import docx_lines
from tests.language import is_russian
from tests.test_meetings import World, build_world
from tests.ui.keyboard import type_text

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

MEETING_DAY = date(2026, 3, 12)
RAIDS_RU = "Отделу полиции провести профилактические рейды."
RAIDS_KK = "Полиция бөлімі профилактикалық рейдтер жүргізсін."


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db, make_admin(db))


@pytest.fixture
def kazakh_interface() -> Iterator[None]:
    locale = QLocale()
    i18n.install("kk")
    try:
        yield
    finally:
        i18n.install("en")
        QLocale.setDefault(locale)


def _sitting(world: World) -> tuple[int, int, int]:
    """A meeting typed in Russian only: (meeting, item, decision)."""
    db, secretary = world.db, world.secretary
    meeting = meetings.create_meeting(
        db, secretary, meetings.MeetingData(meeting_date=MEETING_DAY, place="актовый зал")
    )
    attendance.mark_all_present(db, secretary, meeting.id)
    item = agenda.add_item(
        db, secretary, meeting.id, agenda.AgendaItemData(AgendaItemKind.OTHER, "О профилактике")
    )
    decision = decisions.add_decision(
        db,
        secretary,
        item.id,
        decisions.DecisionData(
            DecisionKind.INSTRUCTION, RAIDS_RU, lead_agency_id=world.agencies["police"].id
        ),
    )
    return meeting.id, item.id, decision.id


def _page(qtbot: QtBot, world: World, meeting_id: int) -> MeetingPage:
    page = MeetingPage(AppContext(world.db, world.secretary), meeting_id)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    with qtbot.waitExposed(page):
        page.show()
    return page


def _decision_dialog(page: MeetingPage, item_id: int, decision_id: int) -> DecisionDialog:
    page.show_tab(page.agenda_tab)
    assert page.agenda_tab.select_item(item_id) is None
    assert page.agenda_tab.editor.decided.select_decision(decision_id)
    dialog = page.agenda_tab.editor.decided.edit_decision()
    assert isinstance(dialog, DecisionDialog)
    return dialog


def _stored(world: World, item_id: int, decision_id: int) -> decisions.DecisionView:
    found = decisions.list_decisions(world.db, world.secretary, item_id)
    return next(d for d in found if d.id == decision_id)


def _save(dialog: DecisionDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None
    button.click()
    assert dialog.saved is not None, dialog.error_label.text()


def _finish(qtbot: QtBot, owner: QWidget, asked: object) -> tuple[MissingTextsDialog, Path]:
    """«Export anyway» in the list shown before the document; the file once written."""
    assert isinstance(asked, MissingTextsDialog) and asked.isVisible()
    qtbot.mouseClick(asked.export_button, Qt.MouseButton.LeftButton)
    worker = owner.workers[-1]  # type: ignore[attr-defined]
    assert isinstance(worker, ExportWorker)
    with qtbot.waitSignal(worker.sig_finished, timeout=20000):
        pass
    assert worker.written and worker.path is not None
    return asked, worker.path


def _rows(table: QTableWidget) -> list[tuple[str, ...]]:
    return [
        tuple(table.item(row, column).text() for column in range(table.columnCount()))
        for row in range(table.rowCount())
    ]


def test_a_kazakh_decision_text_is_saved_and_reopened(qtbot: QtBot, world: World) -> None:
    meeting_id, item_id, decision_id = _sitting(world)
    page = _page(qtbot, world, meeting_id)
    dialog = _decision_dialog(page, item_id, decision_id)
    assert dialog.text.value() == (RAIDS_RU, "")
    assert dialog.text.kk_mark.is_shown()  # the Kazakh is to be filled in
    type_text(dialog.text.kk_edit, RAIDS_KK)
    assert not dialog.text.kk_mark.is_shown()
    _save(dialog)

    stored = _stored(world, item_id, decision_id)
    assert (stored.text, stored.text_kk) == (RAIDS_RU, RAIDS_KK)
    reopened = _decision_dialog(page, item_id, decision_id)
    assert reopened.text.value() == (RAIDS_RU, RAIDS_KK)
    reopened.reject()


def test_a_phrase_fills_both_languages(qtbot: QtBot, world: World) -> None:
    meeting_id, item_id, decision_id = _sitting(world)
    page = _page(qtbot, world, meeting_id)
    dialog = _decision_dialog(page, item_id, decision_id)
    select = dialog.kind.findData(DecisionKind.NOTE.value)
    dialog.kind.setCurrentIndex(select)
    picker = dialog.phrase_picker
    picker.reload()
    offered = [p for p in picker.phrases() if "{" not in p.text.ru + p.text.kk]
    assert offered, "the phrase book offers a note"
    phrase = offered[0]
    action = next(a for a in picker.menu_.actions() if a.toolTip().startswith(phrase.text.ru))
    action.trigger()
    assert dialog.text.value() == (phrase.text.ru, phrase.text.kk)
    assert phrase.text.ru and phrase.text.kk and phrase.text.ru != phrase.text.kk
    _save(dialog)
    stored = _stored(world, item_id, decision_id)
    assert (stored.text, stored.text_kk) == (phrase.text.ru, phrase.text.kk)


def test_a_kazakh_document_lists_russian_only_texts_first(
    qtbot: QtBot, world: World, tmp_path: Path
) -> None:
    meeting_id, _item_id, decision_id = _sitting(world)
    page = _page(qtbot, world, meeting_id)
    page.show_tab(page.minutes_tab)
    target = tmp_path / "kk.docx"
    asked = page.minutes_tab.export_docx(target, "kk")
    assert isinstance(asked, MissingTextsDialog)
    rows = _rows(asked.table)
    assert ("Point 1.1", "Decision text", RAIDS_RU) in rows
    assert any(row[1] == "Place" and row[2] == "актовый зал" for row in rows)
    assert not target.exists()  # nothing written while the user decides

    _dialog, path = _finish(qtbot, page.minutes_tab, asked)
    lines = docx_lines(path.read_bytes())
    assert any("ХАТТАМА" in line for line in lines)  # a Kazakh document …
    assert any(RAIDS_RU in line for line in lines)  # … with the Russian text it had to borrow
    assert decision_id


def test_cancel_writes_nothing_and_fill_in_opens_the_decision_in_kazakh(
    qtbot: QtBot, world: World, tmp_path: Path
) -> None:
    meeting_id, _item_id, _decision_id = _sitting(world)
    page = _page(qtbot, world, meeting_id)
    before = page.completeness_bar.found["kk"]
    assert before.filled < before.total
    page.show_tab(page.minutes_tab)
    target = tmp_path / "kk.docx"
    asked = page.minutes_tab.export_docx(target, "kk")
    assert isinstance(asked, MissingTextsDialog)
    asked.cancel_button.click()
    assert not target.exists() and not page.minutes_tab.workers

    asked = page.minutes_tab.export_docx(target, "kk")
    assert isinstance(asked, MissingTextsDialog)
    row = next(i for i, m in enumerate(asked.found.missing) if m.field == DECISION_TEXT)
    asked.table.selectRow(row)
    qtbot.mouseClick(asked.fill_button, Qt.MouseButton.LeftButton)
    assert not asked.isVisible() and not target.exists()
    dialog = next(d for d in page.findChildren(DecisionDialog) if d.isVisible())
    assert page.agenda_tab.isVisible()
    qtbot.waitUntil(lambda: dialog.text.kk_edit.hasFocus())
    type_text(dialog.text.kk_edit, RAIDS_KK)
    _save(dialog)
    after = page.completeness_bar.found["kk"]
    assert after.filled == before.filled + 1 and after.total == before.total


def test_a_russian_document_lists_kazakh_only_texts(
    qtbot: QtBot, world: World, tmp_path: Path
) -> None:
    meeting_id, item_id, _decision_id = _sitting(world)
    decisions.add_decision(
        world.db,
        world.secretary,
        item_id,
        decisions.DecisionData(
            DecisionKind.INSTRUCTION,
            "",
            lead_agency_id=world.agencies["police"].id,
            text_kk=RAIDS_KK,
        ),
    )
    page = _page(qtbot, world, meeting_id)
    asked = page.minutes_tab.export_docx(tmp_path / "ru.docx", "ru")
    assert isinstance(asked, MissingTextsDialog)
    assert asked.windowTitle() == "Texts without Russian"
    assert _rows(asked.table) == [("Point 1.2", "Decision text", RAIDS_KK)]
    _dialog, path = _finish(qtbot, page.minutes_tab, asked)
    assert any(RAIDS_KK in line for line in docx_lines(path.read_bytes()))


def _russian_translations() -> set[str]:
    """Every interface text's Russian translation that Kazakh words differently."""

    def table(language: str) -> dict[tuple[str, str], str]:
        root = ET.parse(i18n.ts_path(language)).getroot()
        found = {}
        for context in root.iter("context"):
            for message in context.iter("message"):
                key = (context.findtext("name") or "", message.findtext("source") or "")
                found[key] = (message.findtext("translation") or "").replace("&", "")
        return found

    russian, kazakh = table("ru"), table("kk")
    return {text for key, text in russian.items() if text and text != kazakh.get(key)}


def _fixed_words(widget: QWidget) -> list[str]:
    """What the dialog itself writes: labels, buttons, group titles and table headers."""
    texts = [widget.windowTitle()]
    for label in widget.findChildren(QLabel):
        if label.isVisibleTo(widget) and label.text():
            texts.append(label.text())
    for button in widget.findChildren(QAbstractButton):
        if button.isVisibleTo(widget) and button.text():
            texts.append(button.text())
    texts.extend(box.title() for box in widget.findChildren(QGroupBox))
    for table in widget.findChildren(QTableWidget):
        for column in range(table.columnCount()):
            header = table.horizontalHeaderItem(column)
            if header is not None:
                texts.append(header.text())
    return [re.sub(r"<[^>]+>", "", t).replace("&", "") for t in texts if t]


def test_the_kazakh_interface_has_no_russian_fixed_words(
    qtbot: QtBot, world: World, kazakh_interface: None
) -> None:
    meeting_id, item_id, decision_id = _sitting(world)
    page = _page(qtbot, world, meeting_id)
    assert page.completeness_bar.label.text().startswith("Қазақша: ")
    assert "мәтін" in page.completeness_bar.label.text()
    ctx = AppContext(world.db, world.secretary)
    dialogs: list[QWidget] = [
        _decision_dialog(page, item_id, decision_id),
        DiscussionDialog(ctx, item_id, None, page),
        AgendaItemDialog(ctx, meeting_id, page),
        PlanItemDialog(ctx, 2026, None, [], page),
    ]
    asked = page.minutes_tab.export_docx(Path("unused.docx"), "kk")
    assert isinstance(asked, MissingTextsDialog)
    dialogs.append(asked)
    dialogs.append(page.completeness_bar)
    russian = _russian_translations()
    for dialog in dialogs:
        for text in _fixed_words(dialog):
            assert not re.search(r"[A-Za-z]{3,}", text), (type(dialog).__name__, text)
            assert text not in russian and not is_russian(text), (type(dialog).__name__, text)
    asked.reject()
