"""The control card and the register's actions as the secretary, a member and the chair use
them: reports registered and assessed, an extension granted, removal from control, the control
register read back with openpyxl, letters written one per agency."""

from __future__ import annotations

import gc
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from commission.db.engine import Database
from commission.db.models import OutgoingLetter
from commission.domain.control import ComputedState
from commission.domain.enums import (
    ControlPointState,
    ControlState,
    ExecutionGrade,
    ExtensionState,
    Language,
    ReportAssessment,
    ReportKind,
    Role,
)
from commission.services import control, decisions
from commission.services.context import Actor
from commission.ui.admin.forms import FormDialog, select_data, to_qdate
from commission.ui.context import AppContext
from commission.ui.decisions.area import DecisionsArea
from commission.ui.decisions.card_dialogs import (
    CardCommentDialog,
    CardExtensionDialog,
    CardGradeDialog,
    CardReportDialog,
)
from commission.ui.decisions.control_card import ControlCardDialog
from commission.ui.decisions.register_actions import export_register, send_letters
from commission.ui.open_file import opened_folder
from tests.conftest import make_admin, make_user
from tests.test_decisions import Sitting, fixed, held, instruction, make_sitting, new_item

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

DUE = date(2026, 4, 10)  # a Friday
TODAY = date(2026, 4, 8)  # the clock: two working days before the term


def clock() -> date:
    return TODAY


@dataclass
class Data:
    sitting: Sitting
    first: int
    second: int
    chair: Actor
    member: Actor


@pytest.fixture
def data(sqlite_db: Database) -> Data:
    s = make_sitting(sqlite_db, make_admin(sqlite_db))
    ids = []
    for title in ("Рейды", "Трудоустройство"):
        item = new_item(sqlite_db, s.secretary, s.meeting_id, title)
        rule = instruction(s.police, fixed(DUE), co_executor_ids=(s.employment,))
        ids.append(decisions.add_decision(sqlite_db, s.secretary, item, rule).id)
    held(sqlite_db, s.meeting_id)
    chair = make_user(sqlite_db, s.admin, "chair", Role.CHAIR)
    member = make_user(sqlite_db, s.admin, "member", Role.MEMBER)
    return Data(s, ids[0], ids[1], chair, member)


def _card(qtbot: QtBot, db: Database, actor: Actor, decision_id: int) -> ControlCardDialog:
    card = ControlCardDialog(AppContext(db, actor), decision_id, clock=clock)
    qtbot.addWidget(card)
    card.show()
    return card


def _save(dialog: FormDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None
    button.click()


def _register(
    card: ControlCardDialog, agency: int, kind: ReportKind, files: tuple[Path, ...] = ()
) -> None:
    card.register_button.click()
    dialog = card.dialog
    assert isinstance(dialog, CardReportDialog)
    select_data(dialog.agency, agency)
    select_data(dialog.kind, kind.value)
    dialog.number.setText("вх-15")
    dialog.text.setPlainText("Рейды проведены.")
    dialog.set_files(list(files))
    _save(dialog)
    assert dialog.result() == FormDialog.DialogCode.Accepted, dialog.error_label.text()


def test_secretary_opens_the_card_registers_and_accepts_a_final_report(
    qtbot: QtBot, sqlite_db: Database, data: Data, tmp_path: Path
) -> None:
    s = data.sitting
    ctx = AppContext(sqlite_db, s.secretary)
    changes: list[str] = []
    ctx.changes.sig_changed.connect(changes.append)
    area = DecisionsArea(ctx, clock=clock)
    qtbot.addWidget(area)
    area.show()
    area.refresh()
    qtbot.waitUntil(lambda: area.model.rowCount() == 2)
    row = next(r for r in range(2) if area.model.id_at(r) == data.first)
    area.table.activated.emit(area.model.index(row, 0))
    card = area.card
    assert card is not None and card.isVisible()
    assert card.card is not None and card.card.decision_id == data.first
    assert "Отдел полиции" in card.header.text() and "Центр занятости" in card.header.text()
    # The head of the card: the decision as its title, today's state as a coloured badge.
    assert card.header.title.text().startswith("Decision ")
    assert card.header.badge.text() and card.header.tone.value in {"active", "warning", "alert"}
    assert card.points_table.rowCount() == 1
    assert not card.accept_button.isEnabled()

    scan = tmp_path / "ответ.pdf"
    scan.write_bytes(b"%PDF-1.4 report")
    _register(card, s.police, ReportKind.FINAL, (scan,))
    assert "decisions" in changes
    assert card.reports_table.rowCount() == 1
    assert card.reports_table.item(0, 6).text() == "ответ.pdf"
    assert card.accept_button.isEnabled()
    card.accept_button.click()
    grading = card.dialog
    assert isinstance(grading, CardGradeDialog)
    assert grading.chosen() is ExecutionGrade.EXECUTED  # the grade offered first
    _save(grading)
    assert grading.result() == FormDialog.DialogCode.Accepted, grading.error_label.text()

    stored = control.control_card(sqlite_db, s.secretary, data.first, TODAY)
    [point] = stored.points
    assert point.state is ControlPointState.EXECUTED_ON_TIME and point.executed_on == TODAY
    assert stored.stored_state is ControlState.EXECUTED
    assert stored.state is ComputedState.EXECUTED
    [report] = point.reports
    assert report.assessment is ReportAssessment.ACCEPTED
    assert [a.file_name for a in report.attachments] == ["ответ.pdf"]
    assert not card.register_button.isEnabled() and not card.accept_button.isEnabled()


def test_secretary_returns_a_report_for_rework_with_a_comment(
    qtbot: QtBot, sqlite_db: Database, data: Data
) -> None:
    s = data.sitting
    card = _card(qtbot, sqlite_db, s.secretary, data.second)
    _register(card, s.employment, ReportKind.INTERIM)
    card.return_button.click()
    dialog = card.dialog
    assert isinstance(dialog, CardCommentDialog)
    _save(dialog)  # no comment: refused inline, the form stays open
    assert dialog.error_label.isVisible() and dialog.isVisible()
    dialog.comment.setPlainText("Нет сведений о результатах рейдов.")
    _save(dialog)
    assert not dialog.isVisible()
    stored = control.control_card(sqlite_db, s.secretary, data.second, TODAY)
    [report] = stored.points[0].reports
    assert report.assessment is ReportAssessment.RETURNED
    assert report.comment == "Нет сведений о результатах рейдов."
    assert stored.stored_state is ControlState.REWORK
    assert stored.points[0].state is ControlPointState.OPEN
    assert card.reports_table.item(0, 5).text() == "Нет сведений о результатах рейдов."


def test_a_member_sees_no_action_buttons(qtbot: QtBot, sqlite_db: Database, data: Data) -> None:
    card = _card(qtbot, sqlite_db, data.member, data.first)
    assert card.card is not None
    for button in (
        card.register_button,
        card.accept_button,
        card.return_button,
        card.extension_button,
        card.grant_button,
        card.refuse_button,
        card.remove_button,
    ):
        assert button.isHidden()
    assert not card.meeting_button.isHidden()


def test_chair_grants_an_extension_and_removes_from_control(
    qtbot: QtBot, sqlite_db: Database, data: Data
) -> None:
    s = data.sitting
    secretary = _card(qtbot, sqlite_db, s.secretary, data.first)
    assert secretary.grant_button.isHidden() and secretary.remove_button.isHidden()
    secretary.extension_button.click()
    dialog = secretary.dialog
    assert isinstance(dialog, CardExtensionDialog)
    dialog.proposed.setDate(to_qdate(date(2026, 4, 24)))
    dialog.reason.setPlainText("Ожидается ответ ДП области.")
    _save(dialog)
    assert dialog.result() == FormDialog.DialogCode.Accepted, dialog.error_label.text()
    assert secretary.extensions_table.rowCount() == 1

    chair = _card(qtbot, sqlite_db, data.chair, data.first)
    assert chair.register_button.isHidden() and chair.accept_button.isHidden()
    assert chair.grant_button.isEnabled()
    chair.grant_button.click()
    stored = control.control_card(sqlite_db, data.chair, data.first, TODAY)
    [point] = stored.points
    assert point.due_date == date(2026, 4, 24) and point.original_due_date == DUE
    assert point.extensions[0].state is ExtensionState.GRANTED
    assert chair.points_table.item(0, 1).text() == "24.04.2026"

    chair.remove_button.click()
    note = chair.dialog
    assert isinstance(note, CardCommentDialog)
    note.comment.setPlainText("Исполнено по существу.")
    _save(note)
    stored = control.control_card(sqlite_db, data.chair, data.first, TODAY)
    assert stored.stored_state is ControlState.REMOVED and stored.removed_on == TODAY
    assert stored.removal_note == "Исполнено по существу."
    assert stored.points[0].state is ControlPointState.CANCELLED
    assert not chair.remove_button.isEnabled() and not chair.grant_button.isEnabled()


def test_the_card_opens_the_meeting_record(qtbot: QtBot, sqlite_db: Database, data: Data) -> None:
    card = _card(qtbot, sqlite_db, data.member, data.first)
    with qtbot.waitSignal(card.sig_show_meeting) as blocker:
        card.meeting_button.click()
    assert blocker.args == [data.sitting.meeting_id]


def test_export_register_writes_a_workbook(
    qtbot: QtBot, sqlite_db: Database, data: Data, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "register.xlsx"
    worker = export_register(
        AppContext(sqlite_db, data.sitting.secretary), parent, target, today=TODAY
    )
    assert worker is not None
    qtbot.waitUntil(lambda: worker.is_finished(), timeout=20000)
    assert worker.written
    qtbot.waitUntil(gc.isenabled)  # paused while the thread ran (see ui.gc_guard), then back
    book = openpyxl.load_workbook(target)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    numbers = [r[0] for r in rows]
    assert "1.1" in numbers and "2.1" in numbers
    assert len(book.worksheets) == 2


def test_send_letters_writes_one_docx_per_agency(
    qtbot: QtBot, sqlite_db: Database, data: Data, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    ctx = AppContext(sqlite_db, data.sitting.secretary)
    sending = send_letters(ctx, parent, tmp_path, today=TODAY)
    assert sending is not None and len(sending.letters) == 2
    yes = sending.box.button(QMessageBox.StandardButton.Yes)
    assert yes is not None
    with qtbot.waitSignal(sending.sig_finished, timeout=30000) as blocker:
        yes.click()
    assert blocker.args == [2]
    files = sorted(p.name for p in tmp_path.glob("*.docx"))
    assert len(files) == 2
    assert all(name.startswith("12-17_") for name in files)
    assert {letter.number for letter in sending.letters} == {"12-17/1", "12-17/2"}


def test_letters_to_a_folder_that_cannot_be_written_take_no_numbers(
    qtbot: QtBot, sqlite_db: Database, data: Data, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    not_a_folder = tmp_path / "letters.txt"
    not_a_folder.write_text("a file where the folder should be")
    sending = send_letters(
        AppContext(sqlite_db, data.sitting.secretary), parent, not_a_folder, today=TODAY
    )
    assert sending is not None
    with qtbot.waitSignal(sending.sig_finished, timeout=30000) as blocker:
        sending.box.button(QMessageBox.StandardButton.Yes).click()  # type: ignore[union-attr]
    assert blocker.args == [0]
    qtbot.waitUntil(gc.isenabled)
    with sqlite_db.reading() as session:
        assert session.scalar(select(func.count()).select_from(OutgoingLetter)) == 0
    assert not_a_folder.read_text() == "a file where the folder should be"


def test_letters_sent_again_in_kazakh_keep_their_numbers(
    qtbot: QtBot, sqlite_db: Database, data: Data, tmp_path: Path
) -> None:
    """The secretary writes the letters in Russian, then in Kazakh: one number per letter."""
    parent = QWidget()
    qtbot.addWidget(parent)
    numbers = []
    for language in (Language.RU, Language.KK):
        actor = replace(data.sitting.secretary, language=language)
        sending = send_letters(AppContext(sqlite_db, actor), parent, tmp_path, today=TODAY)
        assert sending is not None
        with qtbot.waitSignal(sending.sig_finished, timeout=30000):
            sending.box.button(QMessageBox.StandardButton.Yes).click()  # type: ignore[union-attr]
        numbers.append(sorted(letter.number or "" for letter in sending.letters))
        assert all(letter.reprinted == (language is Language.KK) for letter in sending.letters)
        qtbot.waitUntil(gc.isenabled)
    assert numbers[0] == numbers[1] == ["12-17/1", "12-17/2"]
    with sqlite_db.reading() as session:
        assert session.scalar(select(func.count()).select_from(OutgoingLetter)) == 2
    # Said by the window's notice, not a box to dismiss.
    assert sending.notice is not None and sending.notice.path == tmp_path
    assert "2 letter(s)" in sending.notice.label.text()
    assert "printed again" in sending.notice.label.text()
    assert [b for b in parent.findChildren(QMessageBox) if b.isVisible()] == []
    assert len(list(tmp_path.glob("*.docx"))) == 4  # each language under its own name


class _Opened(QObject):
    """Receives what the program asks the desktop to open (Qt's own URL handler hook)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open_url(self, url: QUrl) -> None:
        self.urls.append(url)


def test_the_agencys_attached_reply_opens_from_the_card(
    qtbot: QtBot, sqlite_db: Database, data: Data, tmp_path: Path
) -> None:
    s = data.sitting
    card = _card(qtbot, sqlite_db, s.secretary, data.first)
    scan = tmp_path / "ответ ОП.pdf"
    scan.write_bytes(b"%PDF-1.4 the reply")
    assert not card.open_files_button.isEnabled()
    _register(card, s.police, ReportKind.INTERIM, (scan,))
    assert card.open_files_button.isEnabled()
    opened = _Opened()
    QDesktopServices.setUrlHandler("file", opened, "open_url")
    try:
        card.open_files_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    [url] = opened.urls
    copy = Path(url.toLocalFile())
    assert copy.read_bytes() == b"%PDF-1.4 the reply"
    assert copy.suffix == ".pdf" and copy.is_relative_to(opened_folder())
