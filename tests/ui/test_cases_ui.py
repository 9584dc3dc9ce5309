"""The probation officer's side on screen (offscreen Qt, real SQLite): a case opened for a client,
a programme of three measures for three agencies approved and started, a visit logged, a
blocked measure escalated — and the secretary finds it on the next meeting's agenda. Also: the
district scope, the officer's home against the service, and the officer's reminders."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import docx
import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from commission import settings as local_settings
from commission.db.engine import Database
from commission.domain.control import ComputedState
from commission.domain.enums import CaseEventKind, MeasureState, NeedKind, ProgrammeState
from commission.domain.iin import Sex, make_iin
from commission.services import (
    agenda,
    case_card,
    decisions,
    escalation,
    officer_home,
    release_notices,
)
from commission.ui.admin.forms import select_data, to_qdate
from commission.ui.cases.area import CasesArea
from commission.ui.cases.case_card import COMMISSION_COLUMN, LOG_TEXT_COLUMN, CaseCardDialog
from commission.ui.cases.case_dialogs import EscalationDialog, EventDialog, MeasureDialog
from commission.ui.cases.labels import DUE_SOON_BACKGROUND, OVERDUE_BACKGROUND
from commission.ui.cases.new_case_dialog import NewCaseDialog
from commission.ui.cases.notice_case_dialog import NoticeCaseDialog
from commission.ui.cases.officer_home import OfficerHomeArea
from commission.ui.cases.release_notice_dialog import ReleaseNoticeDialog
from commission.ui.clients.client_card import ClientCardDialog
from commission.ui.context import AppContext
from commission.ui.decisions.control_card import ControlCardDialog
from commission.ui.export_notice import notice_for
from commission.ui.main_window import MainWindow
from commission.ui.meetings.agenda_tab import AgendaTab
from commission.ui.reminders import RemindersDialog, gets_reminders, show_reminders
from tests.conftest import make_admin
from tests.test_cases import Desk, add_client, make_desk, make_programme
from tests.test_decisions import MEETING_DAY, fixed, instruction

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(
        "This plugin does not support propagateSizeHints", "This plugin does not support raise"
    ),
]

TODAY = date(2026, 3, 2)  # a Monday, ten days before the planned meeting of 12.03.2026


def clock() -> date:
    return TODAY


@dataclass
class Office:
    desk: Desk
    officer: AppContext
    secretary: AppContext
    stranger: AppContext


@pytest.fixture
def office(sqlite_db: Database) -> Office:
    desk = make_desk(sqlite_db, make_admin(sqlite_db))
    return Office(
        desk,
        AppContext(sqlite_db, desk.officer, clock=clock),
        AppContext(sqlite_db, desk.s.secretary, clock=clock),
        AppContext(sqlite_db, desk.stranger, clock=clock),
    )


def _plan(qtbot: QtBot, card: CaseCardDialog, need: NeedKind, action: str, agency: int) -> None:
    dialog = card.add_measure()
    assert isinstance(dialog, MeasureDialog)
    select_data(dialog.need, need.value)
    dialog.action.ru_edit.setPlainText(action)
    select_data(dialog.agency, agency)
    dialog.deadline.set_value(date(2026, 3, 31))
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()


def test_officer_builds_a_programme_and_escalates_a_blocked_measure(
    qtbot: QtBot, office: Office, tmp_path: Path
) -> None:
    d = office.desk
    area = CasesArea(office.officer, clock=clock)
    qtbot.addWidget(area)
    area.show()

    # «New case…»: the client found by a few letters of the surname.
    form = area.new_case()
    assert isinstance(form, NewCaseDialog)
    form.search.setText("бек")
    assert form.find_clients() == 1
    form.notes.setPlainText("Нужна работа и документы")
    form.accept()
    card = area.card
    assert card is not None and card.card is not None  # a child of the area: deleted with it
    assert card.card.client_id == d.client_id
    assert card.card.state is ProgrammeState.DRAFT
    assert "Бекенов Нурлан Кайратович" in card.header.text()
    # The head of the card: the case and client as its title, the programme's state as a badge.
    assert card.header.title.text().startswith("Case No. ")
    assert card.header.badge.text() == "Draft" and card.header.tone.value == "neutral"

    # Approving a programme without measures is refused, with the service's reason shown.
    assert card.approve_button.isEnabled()
    card.approve_button.click()
    assert card.card.state is ProgrammeState.DRAFT
    assert "Add at least one measure" in card.error_label.text()

    # The needs, then three measures for three agencies.
    card.set_need(NeedKind.EMPLOYMENT, 1, "Без работы с января")
    card.set_need(NeedKind.DOCUMENTS, 1)
    card.set_need(NeedKind.EDUCATION, 3)
    assert card.save_needs()
    assert [n.kind for n in card.card.needs] == [
        NeedKind.DOCUMENTS,
        NeedKind.EMPLOYMENT,
        NeedKind.EDUCATION,
    ]
    _plan(qtbot, card, NeedKind.EMPLOYMENT, "Направить в центр занятости", d.s.employment)
    _plan(qtbot, card, NeedKind.DOCUMENTS, "Восстановить удостоверение", d.s.police)
    _plan(qtbot, card, NeedKind.EDUCATION, "Курсы сварщика", d.s.education)
    assert len(card.card.measures) == 3
    assert card.measures_table.rowCount() == 3
    assert {m.agency_id for m in card.card.measures} == {
        d.s.employment,
        d.s.police,
        d.s.education,
    }
    assert card.schedule_table.rowCount() == 3

    # Approve, then start: the buttons follow the allowed transitions.
    assert not card.start_button.isEnabled()
    card.approve_button.click()
    assert card.card.state is ProgrammeState.APPROVED
    assert card.start_button.isEnabled() and not card.approve_button.isEnabled()
    card.start_button.click()
    assert card.card.state is ProgrammeState.IN_PROGRESS
    assert card.complete_button.isEnabled()

    # A visit in the log, which is kept apart from the schedule.
    entry = card.add_event()
    assert isinstance(entry, EventDialog)
    select_data(entry.kind, CaseEventKind.VISIT.value)
    entry.text.setPlainText("Посещение по месту жительства")
    entry.accept()
    visits = [e for e in card.card.events if e.kind is CaseEventKind.VISIT]
    assert len(visits) == 1
    assert card.log_table.item(0, LOG_TEXT_COLUMN).text() == "Посещение по месту жительства"  # type: ignore[union-attr]
    assert card.schedule_table.rowCount() == 3

    # The documents measure is blocked: escalated to the commission with the reason.
    documents = next(m for m in card.card.measures if m.need_kind is NeedKind.DOCUMENTS)
    card.select_measure(documents.id)
    assert card.escalate_button.isEnabled()
    sending = card.escalate()
    assert isinstance(sending, EscalationDialog)
    sending.reason.setPlainText("Отдел полиции не выдает справку, нужен запрос комиссии")
    sending.accept()
    escalated = next(m for m in card.card.measures if m.id == documents.id)
    assert escalated.state is MeasureState.ESCALATED
    assert escalated.escalation is not None
    assert escalated.escalation.meeting_date == MEETING_DAY
    assert "meeting No." in card.last_message and "12.03.2026" in card.last_message
    row_of_documents = [m.id for m in card.card.measures].index(documents.id)
    assert "12.03.2026" in card.measures_table.item(row_of_documents, COMMISSION_COLUMN).text()  # type: ignore[union-attr]
    assert not card.escalate_button.isEnabled()

    # The programme printed to sign, written off the GUI thread.
    target = tmp_path / "programme.docx"
    worker = card.print_programme(target)
    assert worker is not None
    with qtbot.waitSignal(worker.sig_finished, timeout=20_000) as finished:
        pass
    assert finished.args == [True]
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert card.card.number in text
    # Said at the bottom of the card, with the file one click away; no box to dismiss.
    notice = notice_for(card)
    assert notice.window() is card and notice.path == target and notice.isVisibleTo(card)

    # The secretary finds the escalated case on the next meeting's agenda.
    items = agenda.list_items(office.secretary.db, office.secretary.actor, d.s.meeting_id)
    proposed = [i for i in items if card.card.number in i.title]
    assert len(proposed) == 1
    assert "Б-ов Н. К." in proposed[0].title and "Бекенов" not in proposed[0].title
    assert escalated.escalation.agenda_item_id == proposed[0].id
    tab = AgendaTab(office.secretary, d.s.meeting_id)
    qtbot.addWidget(tab)
    tab.show()
    row = tab.model.row_of(proposed[0].id)
    shown = tab.model.item_at(row)
    assert shown is not None and shown.title == proposed[0].title

    # The decision taken there links back to the case, with its number and control state.
    decision = decisions.add_decision(
        office.secretary.db,
        office.secretary.actor,
        proposed[0].id,
        instruction(d.s.police, fixed(date(2026, 4, 10))),
    )
    card.reload()
    assert [x.decision_id for x in card.decisions] == [decision.id]
    assert card.decisions_label.isVisibleTo(card)
    number = f"{proposed[0].position}.1"
    assert f"decision {number} of meeting No. 1 of 12.03.2026" in card.decisions_label.text()
    assert "On control" in card.decisions_label.text()
    assert card.measures_table.item(row_of_documents, COMMISSION_COLUMN).text() == (  # type: ignore[union-attr]
        f"decision {number}: On control"
    )
    control = card.open_decision(decision.id)
    assert isinstance(control, ControlCardDialog)
    assert control.card is not None and control.card.decision_id == decision.id
    control.close()
    card.close()


def test_escalation_waits_for_the_nearest_meeting(qtbot: QtBot, office: Office) -> None:
    case_id, measure_ids = make_programme(office.officer.db, office.desk)
    later = AppContext(office.officer.db, office.desk.officer, clock=lambda: date(2026, 3, 16))
    card = CaseCardDialog(later, case_id, clock=later.clock)
    qtbot.addWidget(card)
    card.select_measure(measure_ids[2])
    sending = card.escalate()
    assert isinstance(sending, EscalationDialog)
    sending.reason.setPlainText("Нет мест на курсах")
    sending.accept()
    assert "No meeting is planned yet" in card.last_message
    row = [m.id for m in card.card.measures].index(measure_ids[2])  # type: ignore[union-attr]
    assert (
        card.measures_table.item(row, COMMISSION_COLUMN).text() == "waiting for the nearest meeting"
    )  # type: ignore[union-attr]
    waiting = escalation.waiting_escalations(office.secretary.db, office.secretary.actor)
    assert [w.measure_id for w in waiting] == [measure_ids[2]]


def test_an_officer_never_sees_another_districts_case(qtbot: QtBot, office: Office) -> None:
    case_id, _ = make_programme(office.officer.db, office.desk)
    area = CasesArea(office.stranger, clock=clock)
    qtbot.addWidget(area)
    area.show()
    area.refresh()
    assert area.model.rowCount() == 0
    form = area.new_case()
    form.search.setText("бек")
    assert form.find_clients() == 0
    form.reject()

    card = CaseCardDialog(office.stranger, case_id, clock=clock)
    qtbot.addWidget(card)
    assert card.card is None
    assert any("no longer exists" in m for m in office.stranger.open_messages())
    assert card.header.text() == ""

    home = OfficerHomeArea(office.stranger, clock=clock)
    qtbot.addWidget(home)
    home.refresh()
    assert home.home is not None
    assert (home.due_table.rowCount(), home.drafts_table.rowCount()) == (0, 0)
    assert home.clients_table.rowCount() == 0


def test_officer_home_lists_exactly_the_due_measures(qtbot: QtBot, office: Office) -> None:
    db, d = office.officer.db, office.desk
    make_programme(db, d)
    other = add_client(db, d.s.district_id, "Жумабаев", "Ерлан", None, 2, d.officer.user_id)
    expected = officer_home.due_measures(db, d.officer, TODAY)
    assert {m.state for m in expected} == {ComputedState.OVERDUE, ComputedState.DUE_SOON}

    home = OfficerHomeArea(office.officer, clock=clock)
    qtbot.addWidget(home)
    home.show()
    assert home.home is not None
    assert home.due_table.rowCount() == len(expected)
    for row, due in enumerate(expected):
        number = home.due_table.item(row, 0)
        state = home.due_table.item(row, 6)
        assert number is not None and state is not None
        assert number.text() == due.case_number
        assert home.due_table.item(row, 3).text() == due.action  # type: ignore[union-attr]
        if due.state is ComputedState.OVERDUE:
            assert number.background().color() == OVERDUE_BACKGROUND
            assert state.text() == f"overdue by {due.days_overdue} working day(s)"
        else:
            assert number.background().color() == DUE_SOON_BACKGROUND
    assert home.clients_table.rowCount() == 2
    assert home.drafts_table.rowCount() == 0

    # A case opened for the second client has no programme yet.
    form = home.new_case()
    form.search.setText("жума")
    assert form.find_clients() == 1
    form.accept()
    assert home.card is not None
    assert home.card.card is not None and home.card.card.client_id == other
    home.card.close()
    home.refresh()
    assert home.drafts_table.rowCount() == 1

    # Double click on a due measure opens its case with the measure selected.
    card = home.open_due(0)
    assert card is not None
    selected = card.selected_measure()
    assert selected is not None and selected.id == expected[0].measure_id
    card.close()

    # And one on «My clients» opens the client's card (an audited reading of personal data).
    row = next(
        r
        for r in range(home.clients_table.rowCount())
        if home.clients_table.item(r, 0).text().startswith("Жумабаев")  # type: ignore[union-attr]
    )
    home.clients_table.activated.emit(home.clients_table.model().index(row, 0))
    client_card = home.dialog
    assert isinstance(client_card, ClientCardDialog) and client_card.isVisible()
    assert client_card.card is not None and client_card.card.id == other
    client_card.close()


def test_release_notice_opens_a_draft_case(qtbot: QtBot, office: Office) -> None:
    area = CasesArea(office.officer, clock=clock)
    qtbot.addWidget(area)
    form = area.release_notice()
    assert isinstance(form, ReleaseNoticeDialog)
    assert form.district.count() == 1  # the officer's own district only
    form.institution.setText("Учреждение ЕЦ-166/11")
    form.surname.setText("Омаров")
    form.given_name.setText("Данияр")
    valid = make_iin(date(1985, 1, 1), Sex.MALE, 12)
    form.iin.setText(valid[:-1] + str((int(valid[-1]) + 1) % 10))
    form.release.setDate(to_qdate(date(2026, 4, 15)))
    form.set_needs([NeedKind.HOUSING, NeedKind.DOCUMENTS])
    form.accept()
    assert form.recorded is None and form.error_label.text()  # the wrong IIN is refused
    assert form.iin.hasFocus() or not form.isActiveWindow()
    form.iin.setText(valid)
    form.accept()
    assert form.recorded is not None and form.recorded.case_created
    card = area.card
    assert card is not None and card.card is not None
    assert card.card.state is ProgrammeState.DRAFT
    assert {n.kind for n in card.card.needs} == {NeedKind.HOUSING, NeedKind.DOCUMENTS}
    assert card.card.client_name.startswith("Омаров Данияр")


def test_officer_starts_on_my_cases_and_is_reminded_of_his_measures(
    qtbot: QtBot, office: Office
) -> None:
    db, d = office.officer.db, office.desk
    make_programme(db, d)
    expected = officer_home.due_measures(db, d.officer, TODAY)
    config = local_settings.LocalSettings()
    config.last_area = "cases"
    window = MainWindow(office.officer, config)
    qtbot.addWidget(window)
    assert window.areas[window.nav.currentRow()].key == "my_cases"
    assert window.areas[0].key == "my_cases"

    assert gets_reminders(d.officer)
    window.show_area("cases")
    dialog = show_reminders(office.officer, window, clock=clock)
    assert isinstance(dialog, RemindersDialog)
    assert dialog.measures and not dialog.isModal()
    assert dialog.model.rowCount() == len(expected)
    for row, due in enumerate(expected):
        assert dialog.cell_text(row, 0) == due.case_number
        assert dialog.cell_text(row, dialog.state_column) == dialog.state_text(due)
    assert dialog.overdue_rows()
    with qtbot.waitSignal(dialog.sig_open_register):
        dialog.open_register_button.click()
    assert window.areas[window.nav.currentRow()].key == "my_cases"
    dialog.close()

    # The secretary keeps the decisions' reminders and is not on «My cases».
    secretary = MainWindow(office.secretary, local_settings.LocalSettings())
    qtbot.addWidget(secretary)
    assert "my_cases" not in [a.key for a in secretary.areas]
    reminders = show_reminders(office.secretary, secretary, clock=clock)
    assert reminders is None or not reminders.measures
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog):
            widget.close()


def test_secretary_reads_a_case_without_changing_it(qtbot: QtBot, office: Office) -> None:
    case_id, _ = make_programme(office.officer.db, office.desk)
    card = CaseCardDialog(office.secretary, case_id, clock=clock)
    qtbot.addWidget(card)
    assert card.card is not None
    assert not card.approve_button.isVisible() and not card.add_measure_button.isVisibleTo(card)
    assert not card.save_needs_button.isVisibleTo(card)
    before = case_card.case_card(office.secretary.db, office.secretary.actor, case_id, TODAY)
    assert before.state is ProgrammeState.APPROVED


def test_a_notice_without_iin_opens_its_case_once_the_iin_is_known(
    qtbot: QtBot, office: Office
) -> None:
    d = office.desk
    kept = release_notices.record_release_notice(
        office.officer.db,
        d.officer,
        release_notices.ReleaseNoticeData(
            received_on=date(2026, 2, 20),
            institution="Учреждение ЕЦ-166/11",
            surname="Омаров",
            given_name="Данияр",
            patronymic="Серикович",
            expected_release=date(2026, 4, 15),
            district_id=d.s.district_id,
            needs_text="Жилья нет",
        ),
        today=TODAY,
    )
    assert kept.case_id is None
    area = CasesArea(office.officer, clock=clock)
    qtbot.addWidget(area)
    area.show()
    assert area.notice_case_button.isVisible()
    area.notice_case_button.click()
    form = area.dialog
    assert isinstance(form, NoticeCaseDialog)
    assert form.notice.count() == 1 and "Омаров Данияр Серикович" in form.notice.currentText()
    assert (form.surname.text(), form.given_name.text(), form.patronymic.text()) == (
        "Омаров",
        "Данияр",
        "Серикович",
    )
    assert "Учреждение ЕЦ-166/11" in form.details.text() and "Жилья нет" in form.details.text()
    form.accept()
    assert form.opened is None and form.error_label.text()  # no IIN yet: refused
    form.iin.setText(make_iin(date(1985, 1, 1), Sex.MALE, 12))
    form.set_needs([NeedKind.HOUSING])
    form.accept()
    assert form.opened is not None and form.opened.case_created
    card = area.card
    assert card is not None and card.card is not None
    assert card.card.id == form.opened.case_id and card.card.state is ProgrammeState.DRAFT
    assert card.card.client_name == "Омаров Данияр Серикович"
    assert {n.kind for n in card.card.needs} == {NeedKind.HOUSING}
    card.close()
    # Nothing waits any more; the secretary has no such button.
    again = area.notice_case()
    assert again.notice.count() == 0 and again.save_button is not None
    assert not again.save_button.isEnabled()
    again.close()
    secretary_area = CasesArea(office.secretary, clock=clock)
    qtbot.addWidget(secretary_area)
    assert not secretary_area.notice_case_button.isVisibleTo(secretary_area)
