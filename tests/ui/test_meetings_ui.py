"""The meetings area as a secretary uses it: create a meeting, fill it in, mark who sat, record
the items, finalise, save the documents, amend; and the work plan beside it.

The commission is the one of ``tests.test_meetings.build_world``: eleven voting members and a
non-voting prosecutor, three agencies. The sitting is dated 12 March 2026 so that it has taken
place whatever day the tests run on.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from commission import i18n
from commission.db.engine import Database
from commission.devtools.screen_review import checks
from commission.domain.deadlines import DeadlineKind, DeadlineRule
from commission.domain.enums import (
    AgendaItemKind,
    AttendanceStatus,
    DecisionKind,
    MeetingStatus,
    MinutesState,
    WorkPlanState,
)
from commission.services import (
    agenda,
    attendance,
    auth,
    calendar,
    decisions,
    meetings,
    minutes,
    workplan,
)
from commission.services.context import Actor
from commission.services.decisions import DecisionView
from commission.ui.admin.forms import FormDialog, select_data, to_qdate
from commission.ui.admin.tables import format_date
from commission.ui.context import AppContext
from commission.ui.export_worker import ExportWorker
from commission.ui.meetings.area import MeetingsArea
from commission.ui.meetings.attendance_tab import STATUSES, AttendanceTab
from commission.ui.meetings.decision_dialog import AGENCY_ROLE, DecisionDialog
from commission.ui.meetings.meeting_page import AmendDialog, MeetingPage
from commission.ui.meetings.minutes_tab import ExtractDialog, MinutesTab
from commission.ui.meetings.missing_texts import MissingTextsDialog
from commission.ui.meetings.new_meeting_dialog import NewMeetingDialog
from commission.ui.meetings.signed_scan import SignWithoutScanDialog
from commission.ui.meetings.workplan_tab import PlanItemDialog, PutOnAgendaDialog
from tests.conftest import make_admin
from tests.exports.conftest import docx_lines, index_of
from tests.test_meetings import CHAIR, World, build_world

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

MEETING_DAY = date(2026, 3, 12)
TODAY = date(2026, 3, 20)  # the area's clock: a week after the sitting
PLACE = "актовый зал акимата"


def clock() -> date:
    return TODAY


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))


@pytest.fixture
def world(sqlite_db: Database) -> World:
    return build_world(sqlite_db, make_admin(sqlite_db))


@pytest.fixture
def ctx(world: World) -> AppContext:
    return AppContext(world.db, world.secretary)


@pytest.fixture
def area(qtbot: QtBot, ctx: AppContext) -> Iterator[MeetingsArea]:
    widget = MeetingsArea(ctx, clock=clock)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    with qtbot.waitExposed(widget):
        widget.show()
    yield widget
    _close_messages()


def _close_messages() -> None:
    for message in QApplication.topLevelWidgets():
        if isinstance(message, QMessageBox) and message.isVisible():
            message.close()


def _dialog(parent: QWidget, kind: type[FormDialog]) -> FormDialog:
    found = [d for d in parent.findChildren(kind) if d.isVisible()]
    assert len(found) == 1, f"expected one open {kind.__name__}"
    return found[0]


def _save(dialog: FormDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None
    button.click()


def _choose(tab: AttendanceTab, member_id: int, status: AttendanceStatus | None) -> None:
    """What a click in the row's attendance list does."""
    combo = tab.row_widgets(member_id).status
    index = STATUSES.index(status)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def _type(edit: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Typing Cyrillic (QTest's key clicks know only ASCII)."""
    edit.setFocus(Qt.FocusReason.OtherFocusReason)
    if isinstance(edit, QPlainTextEdit):
        edit.insertPlainText(text)
    else:
        edit.insert(text)


def _finish(qtbot: QtBot, worker: ExportWorker | None) -> ExportWorker:
    assert worker is not None
    with qtbot.waitSignal(worker.sig_finished, timeout=20000):
        pass
    return worker


def _anyway(qtbot: QtBot, owner: MinutesTab, asked: object) -> ExportWorker:
    """A Kazakh document of a record typed in Russian: the missing texts are listed first;
    «Export anyway» writes it."""
    assert isinstance(asked, MissingTextsDialog) and asked.found.missing
    qtbot.mouseClick(asked.export_button, Qt.MouseButton.LeftButton)
    return owner.workers[-1]


def _create_meeting(qtbot: QtBot, area: MeetingsArea) -> MeetingPage:
    qtbot.mouseClick(area.meetings.new_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(area, NewMeetingDialog)
    assert isinstance(dialog, NewMeetingDialog)
    assert dialog.number.value() == 1
    # The next working day by the commission's calendar (Nauryz falls in that week).
    expected = calendar.working_calendar(area.ctx.db).next_working_day(TODAY)
    assert dialog.meeting_date.date() == to_qdate(expected)
    dialog.meeting_date.setDate(to_qdate(MEETING_DAY))
    _type(dialog.place.ru_edit, PLACE)
    _save(dialog)
    assert area.page is not None and area.stack.currentWidget() is area.page
    return area.page


def _add_item(page: MeetingPage, kind: AgendaItemKind, title: str, speaker: str) -> None:
    """As the agenda tab's «Add item…» and the item editor's «Heard» take it."""
    dialog = page.agenda_tab.add_item()
    assert dialog is not None
    select_data(dialog.kind, kind.value)
    dialog.title.ru_edit.setPlainText(title)
    dialog.speakers.ru_edit.setPlainText(speaker)
    _save(dialog)
    assert dialog.saved is not None
    editor = page.agenda_tab.editor
    assert editor.item_id() == dialog.saved.id
    editor.fields.heard_speaker.ru_edit.setText(speaker)
    assert editor.save()


def _add_decision(
    page: MeetingPage,
    kind: DecisionKind,
    text: str,
    *,
    lead: int | None = None,
    co: tuple[int, ...] = (),
    term: DeadlineRule | None = None,
    votes: tuple[int, int, int] | None = None,
    all_but_against: int | None = None,
) -> DecisionView:
    """As the decision form takes it: kind, text, agencies, term and vote."""
    dialog = page.agenda_tab.editor.decided.add_decision()
    assert isinstance(dialog, DecisionDialog)
    select_data(dialog.kind, kind.value)
    dialog.text.ru_edit.setPlainText(text)
    if lead is not None:
        select_data(dialog.lead, lead)
    for row in range(dialog.co_executors.count()):
        entry = dialog.co_executors.item(row)
        if int(entry.data(AGENCY_ROLE)) in co:
            entry.setCheckState(Qt.CheckState.Checked)
    if term is not None:
        select_data(dialog.term.term_kind, term.kind.value)
        if term.fixed_date is not None:
            dialog.term.fixed_date.setDate(to_qdate(term.fixed_date))
        if term.days is not None:
            dialog.term.days.setValue(term.days)
    if votes is not None:
        dialog.vote.vote_counted.setChecked(True)
        dialog.vote.votes_for.setValue(votes[0])
        dialog.vote.votes_against.setValue(votes[1])
        dialog.vote.votes_abstained.setValue(votes[2])
    if all_but_against is not None:
        dialog.vote.vote_all.setChecked(True)
        dialog.vote.votes_against.setValue(all_but_against)
        dialog.vote.dissenters.setText("Ли В. С.")
    _save(dialog)
    assert dialog.saved is not None, dialog.error_label.text()
    return dialog.saved


def _record_items(world: World, page: MeetingPage) -> None:
    """Three items with decisions and votes, entered in the agenda tab."""
    police, employment = world.agencies["police"].id, world.agencies["employment"].id
    page.show_tab(page.agenda_tab)
    _add_item(page, AgendaItemKind.POLICE_REPORT, "Об итогах работы полиции", "Касымов Е. Б.")
    _add_decision(page, DecisionKind.NOTE, "Информацию принять к сведению.")
    patrols = _add_decision(
        page,
        DecisionKind.INSTRUCTION,
        "Усилить патрулирование в вечернее время.",
        lead=police,
        term=DeadlineRule(DeadlineKind.FIXED, fixed_date=date(2026, 4, 10)),
        all_but_against=1,
    )
    assert patrols.number == "1.2" and patrols.votes_for == 9 and patrols.adopted
    _add_item(
        page, AgendaItemKind.CRIME_PREVENTION, "О профилактике среди молодёжи", "Дюсенова М. А."
    )
    fair = _add_decision(
        page,
        DecisionKind.INSTRUCTION,
        "Организовать ярмарку вакансий для молодёжи.",
        lead=employment,
        co=(police,),
        term=DeadlineRule(DeadlineKind.WORKING_DAYS, days=10),
        votes=(9, 0, 1),
    )
    assert fair.number == "2.1" and fair.due_dates
    _add_item(page, AgendaItemKind.OTHER, "О плане работы на II квартал", "Нурланова А. Е.")
    _add_decision(page, DecisionKind.NOTE, "План работы одобрить.")
    assert [i.position for i in page.agenda_tab.items()] == [1, 2, 3]


def _text_of(path: Path) -> list[str]:
    return docx_lines(path.read_bytes())


# ------------------------------------------------------------------------------ the flow


def test_secretary_records_a_sitting_and_saves_the_minutes(
    qtbot: QtBot, area: MeetingsArea, ctx: AppContext, world: World, tmp_path: Path
) -> None:
    page = _create_meeting(qtbot, area)
    assert page.tabs.currentWidget() is page.details_tab
    assert "Meeting No. 1 of 12.03.2026" in page.header.text()
    assert "Planned" in page.header.text() and "draft" in page.header.text()

    # Details: the chair of the sitting among the members valid that day, the start, control.
    details = page.details_tab
    chair = world.member(CHAIR)
    index = details.chair.findData(chair.id)
    assert index > 0
    details.chair.setCurrentIndex(index)
    details.start_time.check.setChecked(True)
    _type(details.control_assigned_to.ru_edit, "заместителя акима района")
    qtbot.mouseClick(details.save_button, Qt.MouseButton.LeftButton)
    assert details.saved_label.text()
    stored = meetings.get_meeting(world.db, world.secretary, page.meeting_id)
    assert stored.chair_member_id == chair.id and stored.place == PLACE
    assert stored.start_time is not None and stored.control_assigned_to

    # The steps allowed now: approve, hold, postpone, cancel; finalising (the date is past).
    assert page.approve_button.isVisible() and page.held_button.isVisible()
    assert page.finalise_button.isVisible() and not page.amend_button.isVisible()
    assert not page.signed_button.isVisible() and not page.banner.isVisible()
    page.approve_button.click()
    assert "Agenda approved" in page.header.text() and page.reopen_button.isVisible()

    # Attendance: no quorum until six of the eleven voting members sit.
    page.show_tab(page.attendance_tab)
    tab = page.attendance_tab
    # Before anyone is marked: what the sitting needs, not an alarm.
    assert tab.quorum_label.text() == ("Quorum expected: at least 6 of 11 voting members present")
    assert tab.quorum_label.styleSheet() == ""
    voting = [r for r in tab.sheet.rows if r.is_voting] if tab.sheet else []
    # The reason's hint is only in the rows where a reason can be typed.
    assert all(not w.reason.placeholderText() for w in tab._rows)
    for row in voting[:5]:
        _choose(tab, row.member_id, AttendanceStatus.PRESENT)
    assert tab.quorum_label.text().startswith("No quorum: 5 of 11")
    assert "at least 6" in tab.quorum_label.text()
    # The sixth comes as a substitute: stored once the substitute's name is typed.
    substituted = voting[5].member_id
    _choose(tab, substituted, AttendanceStatus.REPLACED)
    assert tab.hint_label.text() and tab.row_widgets(substituted).substitute.isEnabled()
    assert tab.quorum_label.text().startswith("No quorum")
    _type(tab.row_widgets(substituted).substitute, "Ержанов Б. К.")
    qtbot.keyClick(tab.row_widgets(substituted).substitute, Qt.Key.Key_Return)
    assert tab.quorum_label.text().startswith("Quorum: 6 of 11")
    absent = voting[6].member_id
    _choose(tab, absent, AttendanceStatus.ABSENT)
    assert tab.row_widgets(absent).reason.isEnabled()
    assert tab.row_widgets(absent).reason.placeholderText() == "e.g. on leave"
    assert not tab.row_widgets(voting[0].member_id).reason.placeholderText()
    _type(tab.row_widgets(absent).reason, "отпуск")
    qtbot.keyClick(tab.row_widgets(absent).reason, Qt.Key.Key_Return)
    qtbot.mouseClick(tab.all_present_button, Qt.MouseButton.LeftButton)
    assert tab.quorum_label.text().startswith("Quorum: 10 of 11")
    sheet = attendance.attendance_sheet(world.db, world.secretary, page.meeting_id)
    marks = {r.member_id: r for r in sheet.rows}
    assert marks[substituted].status is AttendanceStatus.REPLACED
    assert marks[substituted].substitute_name == "Ержанов Б. К."
    assert marks[absent].status is AttendanceStatus.ABSENT
    assert marks[absent].absence_reason == "отпуск"
    # A guest.
    _type(tab.guest_box.guest_name, "Омаров Т. Т.")
    _type(tab.guest_box.guest_job, "прокурор района")
    qtbot.mouseClick(tab.guest_box.add_guest_button, Qt.MouseButton.LeftButton)
    assert tab.guest_box.guests.rowCount() == 1 and tab.guest_box.guest_name.text() == ""

    # The record of the sitting, then the steps up to final minutes.
    _record_items(world, page)
    page.held_button.click()
    assert "Held" in page.header.text()
    qtbot.mouseClick(page.finalise_button, Qt.MouseButton.LeftButton)
    assert page.meeting is not None and page.meeting.minutes_state is MinutesState.FINAL
    assert page.meeting.status is MeetingStatus.MINUTES_DRAFTED
    assert page.banner.isVisible() and "revision 1" in page.banner.text()
    assert "Amend the minutes" in page.banner.text()
    assert page.read_only and details.read_only and details.save_button.isHidden()
    assert not tab.all_present_button.isEnabled()
    assert not tab.row_widgets(absent).status.isEnabled()
    assert not tab.guest_box.add_guest_button.isEnabled()
    assert page.amend_button.isVisible() and page.signed_button.isVisible()
    assert not page.finalise_button.isVisible()

    # The documents, in both languages, read back.
    page.show_tab(page.minutes_tab)
    minutes_tab = page.minutes_tab
    ru, kk, xlsx = tmp_path / "ru.docx", tmp_path / "kk.docx", tmp_path / "decisions.xlsx"
    assert _finish(qtbot, minutes_tab.export_docx(ru, "ru")).written
    kk_worker = _anyway(qtbot, minutes_tab, minutes_tab.export_docx(kk, "kk"))
    assert _finish(qtbot, kk_worker).written
    assert _finish(qtbot, minutes_tab.export_xlsx(xlsx, "ru")).written
    assert minutes_tab.last_path == xlsx and minutes_tab.notice is not None
    assert "decisions.xlsx" in minutes_tab.notice.label.text() and minutes_tab.notice.isVisible()
    lines = _text_of(ru)
    title = index_of(lines, "ПРОТОКОЛ")
    number = index_of(lines, "г. Косшы | № 1", title)
    index_of(lines, "«12» марта 2026 года", number)
    index_of(lines, "Председательствовал:", number)
    quorum = index_of(lines, "Присутствовали:", number)
    assert "кворум имеется" in lines[quorum]
    heard = index_of(lines, "ПОВЕСТКА ДНЯ", quorum)
    first = index_of(lines, "I. Об итогах работы полиции", heard)
    point = index_of(lines, "1.2. Усилить патрулирование", first)
    assert "10 апреля 2026 года" in " ".join(lines[point : point + 3])
    second = index_of(lines, "2.1. Организовать ярмарку вакансий", point)
    index_of(lines, "3.1. ", second)
    kk_lines = _text_of(kk)
    kk_title = index_of(kk_lines, "ХАТТАМАСЫ")
    kk_number = index_of(kk_lines, "Қосшы қ. | № 1", kk_title)
    index_of(kk_lines, "2026 жылғы «12» наурыз", kk_number)
    index_of(kk_lines, "2.1. ", kk_title)
    sheet_rows = list(openpyxl.load_workbook(xlsx).active.iter_rows(values_only=True))
    assert [r[0] for r in sheet_rows[1:]] == ["1.1", "1.2", "2.1", "3.1"]
    assert "Усилить патрулирование" in str(sheet_rows[2][1])

    # Amending: a reason, the record editable again, finalised as revision 2.
    qtbot.mouseClick(page.amend_button, Qt.MouseButton.LeftButton)
    amend = _dialog(page, AmendDialog)
    _save(amend)
    assert amend.isVisible() and amend.error_label.text()  # the reason is required
    assert isinstance(amend, AmendDialog)
    _type(amend.reason, "опечатка в п. 1.2")
    _save(amend)
    assert page.meeting.minutes_state is MinutesState.AMENDED
    assert not page.read_only and not details.read_only and not details.save_button.isHidden()
    assert "опечатка в п. 1.2" in page.banner.text()
    details.place.ru_edit.setText("малый зал акимата")
    qtbot.mouseClick(details.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.finalise_button, Qt.MouseButton.LeftButton)
    assert page.meeting.minutes_state is MinutesState.FINAL and page.meeting.revision == 2
    assert "revision 2" in page.banner.text() and "revision 2" in page.header.text()
    assert minutes_tab.history.rowCount() == 2
    assert minutes_tab.history.item(1, 3).text() == "опечатка в п. 1.2"
    assert minutes_tab.revision_combo.count() == 3  # as it stands, revisions 1 and 2

    # The first revision is still there to save as it was signed.
    minutes_tab.choose_history_row(0)
    assert minutes_tab.chosen_revision() == 1
    old = tmp_path / "old.docx"
    assert _finish(qtbot, minutes_tab.export_docx(old, "ru")).written
    assert any(PLACE in line for line in _text_of(old))
    minutes_tab.set_revision(None)
    new = tmp_path / "new.docx"
    assert _finish(qtbot, minutes_tab.export_docx(new, "ru")).written
    assert any("малый зал акимата" in line for line in _text_of(new))

    # A folder chosen as the file: one clear message, nothing written.
    before = sorted(os.listdir(tmp_path))
    worker = _finish(qtbot, minutes_tab.export_docx(tmp_path, "ru"))
    assert not worker.written
    assert ctx.open_messages() == [
        f"{tmp_path.name} is a folder, not a file. Choose a file name to save to."
    ]
    assert sorted(os.listdir(tmp_path)) == before

    _close_messages()

    # Back to the list with Esc: the meeting shows its new state.
    with qtbot.waitActive(area):
        area.activateWindow()
    page.tabs.setFocus()
    qtbot.keyClick(page.tabs, Qt.Key.Key_Escape)
    assert area.stack.currentWidget() is area.tabs and area.page is None
    assert area.selected_id() == page.meeting_id
    assert area.model.data(area.model.index(0, 5)) == "Minutes drafted"


# ------------------------------------------------------------------------------ helpers


def _sitting(world: World, *, final: bool = True) -> int:
    """A sitting recorded through the services: everyone present, two items, three points."""
    db, secretary = world.db, world.secretary
    police, employment = world.agencies["police"].id, world.agencies["employment"].id
    meeting = meetings.create_meeting(
        db, secretary, meetings.MeetingData(meeting_date=MEETING_DAY, place=PLACE)
    )
    attendance.mark_all_present(db, secretary, meeting.id)
    first = agenda.add_item(
        db, secretary, meeting.id, agenda.AgendaItemData(AgendaItemKind.OTHER, "Первый вопрос")
    )
    second = agenda.add_item(
        db, secretary, meeting.id, agenda.AgendaItemData(AgendaItemKind.OTHER, "Второй вопрос")
    )
    term = DeadlineRule(DeadlineKind.FIXED, fixed_date=date(2026, 4, 10))
    for item, text, lead in (
        (first.id, "Полиции провести рейды.", police),
        (first.id, "Центру занятости трудоустроить.", employment),
        (second.id, "Полиции отчитаться.", police),
    ):
        decisions.add_decision(
            db,
            secretary,
            item,
            decisions.DecisionData(
                DecisionKind.INSTRUCTION, text, lead_agency_id=lead, deadline=term
            ),
        )
    if final:
        minutes.finalise(db, secretary, meeting.id, meeting.version)
    return meeting.id


def _page(qtbot: QtBot, ctx: AppContext, meeting_id: int) -> MeetingPage:
    page = MeetingPage(ctx, meeting_id, clock=clock)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    with qtbot.waitExposed(page):
        page.show()
    return page


# ------------------------------------------------------------------------------ the list


def test_enter_opens_the_meeting_and_escape_returns(
    qtbot: QtBot, area: MeetingsArea, world: World
) -> None:
    meeting_id = _sitting(world, final=False)
    area.meetings.refresh()
    assert area.model.rowCount() == 1 and area.meetings.open_button.isEnabled()
    with qtbot.waitActive(area):
        area.activateWindow()
    area.table.setFocus()
    area.table.setCurrentIndex(area.model.index(0, 0))
    with qtbot.waitSignal(area.sig_open_meeting) as opened:
        qtbot.keyClick(area.table, Qt.Key.Key_Return)
    assert opened.args == [meeting_id]
    page = area.page
    assert page is not None and area.stack.currentWidget() is page
    assert page.tabs.count() == 4

    # Unsaved details: Esc asks first; Cancel stays on the page.
    page.details_tab.place.ru_edit.setText("другой зал")
    page.tabs.setFocus()
    qtbot.keyClick(page.tabs, Qt.Key.Key_Escape)
    box = next(w for w in page.findChildren(QMessageBox) if w.isVisible())
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert area.page is page and area.stack.currentWidget() is page
    page.request_back()
    box = next(w for w in page.findChildren(QMessageBox) if w.isVisible())
    box.button(QMessageBox.StandardButton.Save).click()
    assert area.page is None and area.stack.currentWidget() is area.tabs
    assert meetings.get_meeting(world.db, world.secretary, meeting_id).place == "другой зал"
    assert area.selected_id() == meeting_id

    # Ctrl+N starts a new meeting from the list.
    area.table.setFocus()
    qtbot.keyClick(area.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(area, NewMeetingDialog)
    assert isinstance(dialog, NewMeetingDialog) and dialog.number.value() == 2
    dialog.reject()


def test_new_meeting_number_follows_the_year_and_duplicates_are_refused(
    qtbot: QtBot, area: MeetingsArea, world: World
) -> None:
    _sitting(world, final=False)
    dialog = area.new_meeting()
    assert dialog.number.value() == 2
    dialog.meeting_date.setDate(to_qdate(date(2027, 1, 20)))
    assert dialog.number.value() == 1  # the next free number of 2027
    dialog.meeting_date.setDate(to_qdate(date(2026, 5, 20)))
    assert dialog.number.value() == 2
    dialog.number.setValue(1)  # typed: kept, and refused as taken
    _save(dialog)
    assert dialog.isVisible() and "already exists" in dialog.error_label.text()
    assert dialog.number.hasFocus() or dialog.error_label.isVisible()
    dialog.number.setValue(7)
    _save(dialog)
    assert not dialog.isVisible()
    assert area.page is not None and area.page.meeting is not None
    assert area.page.meeting.number == 7 and area.page.meeting.meeting_date == date(2026, 5, 20)
    # Its date has not come: it can be approved or postponed, not held or finalised.
    page = area.page
    assert page.approve_button.isVisible() and page.postpone_button.isVisible()
    assert not page.held_button.isVisible() and not page.finalise_button.isVisible()


# ------------------------------------------------------------------------------ the page


def test_lifecycle_buttons_follow_the_state(qtbot: QtBot, ctx: AppContext, world: World) -> None:
    meeting = meetings.create_meeting(
        world.db, world.secretary, meetings.MeetingData(meeting_date=MEETING_DAY)
    )
    page = _page(qtbot, ctx, meeting.id)
    page.postpone_button.click()
    assert "Postponed" in page.header.text()
    shown = [b.text().replace("&", "") for b in page.lifecycle_buttons if b.isVisible()]
    assert shown == ["Plan again", "Cancel the meeting…"]
    page.replan_button.click()
    assert "Planned" in page.header.text()
    box = page.confirm_cancel()
    assert box is not None
    box.button(QMessageBox.StandardButton.No).click()
    assert "Planned" in page.header.text()
    box = page.confirm_cancel()
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    assert "Cancelled" in page.header.text()
    assert not any(b.isVisible() for b in page.lifecycle_buttons)
    stored = meetings.get_meeting(world.db, world.secretary, meeting.id)
    assert stored.status is MeetingStatus.CANCELLED


def test_signed_with_the_scan_then_extracts_sent_follow_the_extracts(
    qtbot: QtBot, ctx: AppContext, world: World, tmp_path: Path
) -> None:
    page = _page(qtbot, ctx, _sitting(world))
    tab = page.minutes_tab
    page.show_tab(tab)
    assert page.signed_button.isVisible()
    page.signed_button.click()  # no scan yet: the secretary is told to attach it
    assert "Minutes drafted" in page.header.text()
    _close_messages()
    renamed = tmp_path / "протокол.pdf"
    renamed.write_bytes(b"PK\x03\x04 a Word file renamed")
    assert tab.signed_box.attach(renamed) is None  # refused by its content
    _close_messages()
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.7 the signed minutes")
    assert tab.signed_box.attach(scan) is not None
    assert tab.history.item(0, 4).text() == "scan.pdf"  # beside the revision it signs
    page.signed_button.click()
    assert "Minutes signed" in page.header.text()
    assert not any(b.text().replace("&", "") == "Extracts sent" for b in page.lifecycle_buttons)

    page.show_tab(tab)
    assert [tab.extracts_box.list.item(i).text().startswith("Not sent") for i in range(2)] == [
        True,
        True,
    ]
    for index, name in enumerate(("police", "employment")):
        path = tmp_path / f"extract{index}.docx"
        worker = tab.export_extract(world.agencies[name].id, path, "ru")
        assert _finish(qtbot, worker).written
    texts = [tab.extracts_box.list.item(i).text() for i in range(2)]
    assert all(t.startswith(f"Sent {format_date(date.today())} — ") for t in texts), texts
    qtbot.waitUntil(lambda: "Extracts sent" in page.header.text())
    assert page.amend_button.isVisible()  # the record can still be corrected


def test_the_chair_records_the_signature_without_the_scan_giving_the_reason(
    qtbot: QtBot, world: World
) -> None:
    meeting_id = _sitting(world)
    page = _page(qtbot, AppContext(world.db, world.chair_user), meeting_id)
    page.signed_button.click()
    dialog = _dialog(page, SignWithoutScanDialog)
    dialog.accept()  # no reason: refused under the field
    assert dialog.isVisible() and dialog.error_label.isVisible()
    dialog.reason.setPlainText("Подлинник у председателя в командировке")
    dialog.accept()
    assert not dialog.isVisible()
    assert "Minutes signed" in page.header.text()


def test_someone_elses_change_is_shown_inline_and_reloaded(
    qtbot: QtBot, ctx: AppContext, world: World
) -> None:
    meeting = meetings.create_meeting(
        world.db, world.secretary, meetings.MeetingData(meeting_date=MEETING_DAY, place=PLACE)
    )
    page = _page(qtbot, ctx, meeting.id)
    details = page.details_tab
    # Another secretary saves first.
    meetings.update_meeting(
        world.db,
        world.secretary,
        meeting.id,
        meeting.version,
        meetings.MeetingData(meeting_date=MEETING_DAY, place="зал заседаний"),
    )
    details.notes.setPlainText("мои заметки")
    assert details.save() is None
    assert "changed by secretary" in details.error_label.text()
    assert not details.reload_button.isHidden()
    assert details.notes.toPlainText() == "мои заметки"  # nothing typed is lost
    details.reload_button.click()
    assert details.place.ru_edit.text() == "зал заседаний" and details.error_label.isHidden()


def test_officers_are_the_members_valid_on_the_date(
    qtbot: QtBot, ctx: AppContext, world: World
) -> None:
    meeting = meetings.create_meeting(
        world.db, world.secretary, meetings.MeetingData(meeting_date=MEETING_DAY)
    )
    page = _page(qtbot, ctx, meeting.id)
    chair = page.details_tab.chair
    assert "Сейтказинов Б. А." in chair.itemText(0) and chair.currentData() is None
    assert chair.count() == 1 + len(world.members)
    # Before the composition's term there is nobody to choose.
    page.details_tab.meeting_date.setDate(to_qdate(date(2025, 12, 1)))
    assert chair.count() == 1 and chair.currentData() is None
    assert page.details_tab.number.value() == 1  # 2025's next number


def test_a_member_reads_but_changes_nothing(qtbot: QtBot, world: World, tmp_path: Path) -> None:
    meeting_id = _sitting(world)
    ctx = AppContext(world.db, world.member_user)
    area = MeetingsArea(ctx, clock=clock)
    qtbot.addWidget(area)
    area.show()
    assert area.meetings.new_button.isHidden()
    page = area.open_meeting(meeting_id)
    assert page.read_only and not any(b.isVisible() for b in page.lifecycle_buttons)
    page.show_tab(page.attendance_tab)
    assert not page.attendance_tab.all_present_button.isEnabled()
    assert page.agenda_tab.is_read_only()
    page.show_tab(page.minutes_tab)
    target = tmp_path / "m.docx"
    assert _finish(qtbot, page.minutes_tab.export_docx(target, "ru")).written


# ------------------------------------------------------------------------------ documents


def test_extract_pdf_and_print_preview(
    qtbot: QtBot, ctx: AppContext, world: World, tmp_path: Path
) -> None:
    page = _page(qtbot, ctx, _sitting(world))
    page.show_tab(page.minutes_tab)
    tab = page.minutes_tab
    assert tab.history.rowCount() == 1 and "final" in tab.state_label.text()

    chooser = tab.export_extract()
    assert isinstance(chooser, ExtractDialog)
    assert chooser.list.count() == 2  # the police and the employment centre
    chooser.reject()
    police = world.agencies["police"].id
    extract = tmp_path / "extract.docx"
    assert _finish(qtbot, tab.export_extract(police, extract, "ru")).written
    lines = _text_of(extract)
    assert any(line.startswith("ВЫПИСКА") for line in lines)
    text = "\n".join(lines)
    assert "Полиции провести рейды" in text and "Полиции отчитаться" in text
    assert "Центру занятости" not in text
    name = tab.file_name("extract", tab.context() or pytest.fail(), "ru", "Отдел полиции")
    assert name == "Extract_No1_2026-03-12_Отдел_полиции_ru"

    pdf = tmp_path / "minutes.pdf"
    assert _finish(qtbot, _anyway(qtbot, tab, tab.export_pdf(pdf, "kk"))).written
    assert pdf.read_bytes().startswith(b"%PDF")

    preview = tab.print_preview("ru")
    assert preview is not None and preview.isVisible()
    preview.close()


def test_a_file_open_in_word_keeps_its_content(
    qtbot: QtBot, ctx: AppContext, world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, ctx, _sitting(world))
    folder = tmp_path / "documents"
    folder.mkdir()
    target = folder / "Протокол.docx"
    target.write_bytes(b"the version on the desk")

    def refused(source: object, destination: object) -> None:
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(os, "replace", refused)
    worker = _finish(qtbot, page.minutes_tab.export_docx(target, "ru"))
    assert not worker.written
    (message,) = ctx.open_messages()
    assert "Протокол.docx" in message and "open in Word" in message
    assert target.read_bytes() == b"the version on the desk"
    assert os.listdir(folder) == ["Протокол.docx"]  # no temporary file left behind


def test_cancel_stops_the_file_from_being_written(
    qtbot: QtBot, ctx: AppContext, world: World, tmp_path: Path
) -> None:
    page = _page(qtbot, ctx, _sitting(world))
    release = threading.Event()

    def slow() -> bytes:
        release.wait(5)
        return b"data"

    target = tmp_path / "never.docx"
    worker = ExportWorker(ctx, page, "Writing…", slow, target)
    worker.start()
    cancel = worker.progress.findChild(QPushButton)
    assert cancel is not None
    cancel.click()
    release.set()
    with qtbot.waitSignal(worker.sig_finished) as finished:
        pass
    assert finished.args == [False] and not target.exists() and not ctx.open_messages()


# ------------------------------------------------------------------------------ work plan


def test_work_plan_question_goes_on_the_agenda(
    qtbot: QtBot, area: MeetingsArea, world: World
) -> None:
    meeting = meetings.create_meeting(
        world.db, world.secretary, meetings.MeetingData(meeting_date=date(2026, 6, 11))
    )
    area.tabs.setCurrentWidget(area.workplan)
    plan = area.workplan
    assert plan.year.value() == 2026 and plan.model.rowCount() == 0
    dialog = plan.open_item_dialog(None)
    assert isinstance(dialog, PlanItemDialog)
    select_data(dialog.quarter, 2)
    dialog.question.ru_edit.setPlainText("О профилактике бытового насилия")
    select_data(dialog.agency, world.agencies["police"].id)
    dialog.speaker.ru_edit.setText("Касымов Е. Б.")
    _save(dialog)
    (row,) = plan.model.rows()
    assert (row.quarter, row.state) == (2, WorkPlanState.PLANNED)
    assert plan.table.current() == row and plan.agenda_button.isEnabled()

    chooser = plan.open_agenda_dialog()
    assert isinstance(chooser, PutOnAgendaDialog) and chooser.meeting.count() == 1
    assert chooser.meeting.currentData() == meeting.id
    _save(chooser)
    (row,) = plan.model.rows()
    assert row.state is WorkPlanState.ON_AGENDA and row.meeting_number == meeting.number
    items = agenda.list_items(world.db, world.secretary, meeting.id)
    assert [i.title for i in items] == ["О профилактике бытового насилия"]
    assert not plan.agenda_button.isEnabled()

    plan.table.select_key(row.id)
    assert plan.set_state(WorkPlanState.DONE) is not None
    (row,) = plan.model.rows()
    assert row.state is WorkPlanState.DONE and plan.model.is_dimmed(row)
    # A question on an agenda is not deleted: the service says why, in one message.
    box = plan.remove_current()
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    assert plan.model.rowCount() == 1 and len(area.ctx.open_messages()) == 1
    assert workplan.list_plan(world.db, world.secretary, 2026)[0].id == row.id


# ------------------------------------------------------------------------------ layout


def _clipped(root: QWidget) -> list[str]:
    """Buttons and labels narrower than their text needs (the screen review's check; a ▲
    narrower than a style's least button width is not cut)."""
    return [f.line() for f in checks.clipped_texts(root, "")]


def test_nothing_is_clipped_in_russian(
    qtbot: QtBot, ctx: AppContext, world: World, tmp_path: Path
) -> None:
    locale = QLocale()
    i18n.install("ru")
    try:
        meeting_id = _sitting(world)
        area = MeetingsArea(ctx, clock=clock)
        qtbot.addWidget(area)
        area.resize(1060, 700)  # a 1280-pixel screen less the navigation
        with qtbot.waitExposed(area):
            area.show()
        assert _clipped(area) == []
        page = area.open_meeting(meeting_id)
        for tab in (page.details_tab, page.attendance_tab, page.agenda_tab, page.minutes_tab):
            page.show_tab(tab)
            QApplication.processEvents()
            assert _clipped(page) == [], type(tab).__name__
        area.grab().save(str(tmp_path / "minutes-tab.png"))
    finally:
        i18n.install("en")
        QLocale.setDefault(locale)


def test_meetings_list_filters_by_state(qtbot: QtBot, tmp_path: Path) -> None:
    from commission.db import migrate
    from commission.domain.enums import MeetingStatus
    from commission.services.demo import build_demo

    db = Database(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    migrate.upgrade(db)
    build_demo(db, Actor.command_line(), seed=1, today=date(2026, 11, 24), clients=20)
    secretary = auth.login(db, "secretary", "demo-demo")
    area = MeetingsArea(AppContext(db, secretary), clock=lambda: date(2026, 11, 24))
    qtbot.addWidget(area)
    area.show()
    qtbot.waitUntil(lambda: area.model.rowCount() > 1)
    everything = area.model.rowCount()
    area.meetings.status_combo.setCurrentIndex(
        area.meetings.status_combo.findData(MeetingStatus.PLANNED)
    )
    assert 0 < area.model.rowCount() < everything
    assert all(
        area.model.row_at(row).status == MeetingStatus.PLANNED  # type: ignore[union-attr]
        for row in range(area.model.rowCount())
    )
    db.dispose()
