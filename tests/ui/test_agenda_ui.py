"""The agenda tab driven as a secretary drives it: items, their order, decisions through the
dialog (terms on the 2026 calendar, votes and their computed results), cases by initials, text
pasted from Word, and the read-only record. Results are checked through the services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from commission.db.engine import Database
from commission.db.models import Case, Client
from commission.domain.deadlines import DeadlineKind, DeadlineRule
from commission.domain.enums import (
    AdminLevel,
    AgencyKind,
    AgendaItemKind,
    AttendanceStatus,
    ClientCategory,
    CommissionKind,
    ControlState,
    DecisionKind,
    MeetingStatus,
    MemberRole,
    ProgrammeState,
    Role,
)
from commission.domain.iin import Sex, make_iin
from commission.services import (
    agencies,
    agenda,
    attendance,
    calendar,
    composition,
    decisions,
    meetings,
    minutes,
    registers,
)
from commission.services.agenda import AgendaItemData
from commission.services.context import Actor
from commission.services.decisions import DecisionData
from commission.ui.admin.forms import FormDialog, select_data, to_qdate
from commission.ui.context import AppContext
from commission.ui.meetings.agenda_tab import AgendaTab
from commission.ui.meetings.decision_dialog import DecisionDialog
from tests.conftest import make_admin, make_user

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

MEETING_DAY = date(2026, 3, 12)  # Thursday; 21–25 March are the Nauryz days off
EARLIER_DAY = date(2026, 2, 10)
VOTING = 9  # «more than half»: 5 needed
PEOPLE = [
    ("Сейтказинов Бауыржан Амангельдиевич", MemberRole.CHAIR),
    ("Касымов Ерлан Болатович", MemberRole.DEPUTY_CHAIR),
    ("Нурланова Айгерим Ерлановна", MemberRole.SECRETARY),
    ("Дюсенова Мадина Асхатовна", MemberRole.MEMBER),
    ("Ли Виктор Сергеевич", MemberRole.MEMBER),
    ("Ахметова Динара Кайратовна", MemberRole.MEMBER),
    ("Рахимов Серик Талгатович", MemberRole.MEMBER),
    ("Сагинтаева Лаура Маратовна", MemberRole.MEMBER),
    ("Омаров Тимур Тулегенович", MemberRole.MEMBER),
]


@dataclass(frozen=True)
class Sitting:
    admin: Actor
    secretary: Actor
    district_id: int
    police: int
    employment: int
    education: int
    meeting_id: int


def _meeting(db: Database, secretary: Actor, day: date, present: int = VOTING) -> int:
    meeting = meetings.create_meeting(db, secretary, meetings.MeetingData(meeting_date=day))
    rows = [r for r in attendance.attendance_sheet(db, secretary, meeting.id).rows if r.is_voting]
    for index, row in enumerate(rows):
        if index < present:
            status = AttendanceStatus.PRESENT
            attendance.mark(db, secretary, meeting.id, row.member_id, status)
        else:
            status = AttendanceStatus.ABSENT
            attendance.mark(db, secretary, meeting.id, row.member_id, status, "отпуск")
    return meeting.id


def _sitting(db: Database) -> Sitting:
    admin = make_admin(db)
    view = composition.create_commission(
        db,
        admin,
        composition.CommissionData(
            kind=CommissionKind.MERGED,
            name_ru="Межведомственная комиссия по профилактике правонарушений",
            name_kk="Құқық бұзушылықтардың алдын алу жөніндегі ведомствоаралық комиссия",
            akimat_ru="Акимат Целиноградского района",
            akimat_kk="Целиноград ауданының әкімдігі",
        ),
        composition.AdminUnitData(AdminLevel.DISTRICT, "Целиноградский район", "Целиноград ауданы"),
    )
    calendar.ensure_years(db, admin, [2026, 2027])
    for name, role in PEOPLE:
        composition.add_member(
            db,
            admin,
            composition.MemberData(
                full_name=name,
                position_ru="Член комиссии",
                role=role,
                valid_from=date(2026, 1, 1),
            ),
        )

    def agency(name: str, kind: AgencyKind, head: str) -> int:
        data = agencies.AgencyData(kind=kind, name_ru=name, name_kk=name, head_name=head)
        return agencies.create_agency(db, admin, data).id

    police = agency("Отдел полиции", AgencyKind.POLICE, "Касымов Ерлан Болатович")
    employment = agency("Центр занятости", AgencyKind.EMPLOYMENT, "Рахимов Серик Талгатович")
    education = agency("Отдел образования", AgencyKind.EDUCATION, "Сагинтаева Лаура Маратовна")
    secretary = make_user(db, admin, "secretary", Role.SECRETARY)
    return Sitting(
        admin=admin,
        secretary=secretary,
        district_id=view.admin_unit_id,
        police=police,
        employment=employment,
        education=education,
        meeting_id=_meeting(db, secretary, MEETING_DAY),
    )


@pytest.fixture
def sitting(sqlite_db: Database) -> Sitting:
    return _sitting(sqlite_db)


def _tab(qtbot: QtBot, db: Database, actor: Actor, meeting_id: int) -> AgendaTab:
    tab = AgendaTab(AppContext(db, actor), meeting_id)
    qtbot.addWidget(tab)
    tab.resize(1500, 950)
    tab.show()
    return tab


def _item(db: Database, s: Sitting, title: str, kind: AgendaItemKind) -> int:
    return agenda.add_item(db, s.secretary, s.meeting_id, AgendaItemData(kind, title)).id


def _click(qtbot: QtBot, dialog: FormDialog, which: QDialogButtonBox.StandardButton) -> None:
    button = dialog.buttons.button(which)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _save(qtbot: QtBot, dialog: FormDialog) -> None:
    _click(qtbot, dialog, QDialogButtonBox.StandardButton.Save)


def _answer(qtbot: QtBot, box: QMessageBox | None, which: QMessageBox.StandardButton) -> None:
    assert box is not None and box.isVisible()
    button = box.button(which)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _titles(db: Database, s: Sitting) -> list[tuple[int, str, list[str]]]:
    return [
        (i.position, i.title, [d.number for d in i.decisions])
        for i in agenda.list_items(db, s.secretary, s.meeting_id)
    ]


def _decision_dialog(tab: AgendaTab, item_id: int) -> DecisionDialog:
    assert tab.select_item(item_id) is None
    dialog = tab.editor.decided.add_decision()
    assert dialog is not None and dialog.isVisible()
    return dialog


def _stored(db: Database, s: Sitting, item_id: int) -> list[decisions.DecisionView]:
    return decisions.list_decisions(db, s.secretary, item_id)


# ------------------------------------------------------------------------------ the agenda


def test_items_are_added_and_reordered_by_keyboard(
    qtbot: QtBot, sqlite_db: Database, sitting: Sitting
) -> None:
    s = sitting
    tab = _tab(qtbot, sqlite_db, s.secretary, s.meeting_id)
    assert tab.model.rowCount() == 0 and not tab.remove_button.isEnabled()

    for title, kind in (
        ("О профилактике правонарушений среди несовершеннолетних", AgendaItemKind.CRIME_PREVENTION),
        ("Об информации начальника отдела полиции за IV квартал", AgendaItemKind.POLICE_REPORT),
    ):
        dialog = tab.add_item()
        assert dialog is not None
        select_data(dialog.kind, kind.value)
        dialog.title.ru_edit.setPlainText(title)
        dialog.speakers.ru_edit.setPlainText("начальник ОП Касымов Е. Б.")
        _save(qtbot, dialog)
        assert not dialog.isVisible()
    assert tab.review_button.isEnabled()
    review = tab.add_progress_review()
    assert review is not None and review.position == 1
    assert not tab.review_button.isEnabled()  # one such item per meeting

    items = agenda.list_items(sqlite_db, s.secretary, s.meeting_id)
    prevention, police = items[1].id, items[2].id
    for text in ("Информацию принять к сведению.", "Отделу образования усилить работу."):
        decisions.add_decision(
            sqlite_db, s.secretary, prevention, DecisionData(DecisionKind.NOTE, text)
        )
    decisions.add_decision(
        sqlite_db, s.secretary, police, DecisionData(DecisionKind.NOTE, "Принять к сведению.")
    )
    tab.refresh()
    assert [tab.model.index(r, 0).data() for r in range(3)] == [
        "1. О ходе исполнения решений, принятых на заседаниях комиссии",
        "2. О профилактике правонарушений среди несовершеннолетних",
        "3. Об информации начальника отдела полиции за IV квартал",
    ]

    # The review is selected (just added); Alt+Down moves it below the prevention item.
    assert tab.editor.item_id() == review.id
    tab.list.setFocus()
    qtbot.keyClick(tab.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _titles(sqlite_db, s) == [
        (1, "О профилактике правонарушений среди несовершеннолетних", ["1.1", "1.2"]),
        (2, "О ходе исполнения решений, принятых на заседаниях комиссии", []),
        (3, "Об информации начальника отдела полиции за IV квартал", ["3.1"]),
    ]
    assert tab.model.index(0, 0).data().startswith("1. О профилактике")
    assert tab.editor.item_id() == review.id  # the moved item stays selected
    assert tab.list.currentIndex().row() == 1
    assert tab.editor.heading.text().startswith("Item 2")

    # A drop does what QListView asks of the model: move a row before another.
    assert tab.model.moveRow(QModelIndex(), 2, QModelIndex(), 0)
    assert [(p, d) for p, _t, d in _titles(sqlite_db, s)] == [
        (1, ["1.1"]),
        (2, ["2.1", "2.2"]),
        (3, []),
    ]
    tab.select_item(police)
    assert [tab.editor.decided.decision_model.row_at(r).number for r in range(1)] == ["1.1"]
    assert tab.list.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove

    # ▲ moves up; the buttons follow the position.
    qtbot.mouseClick(tab.down_button, Qt.MouseButton.LeftButton)
    assert [p for p, t, _d in _titles(sqlite_db, s) if t.startswith("Об информации")] == [2]
    assert tab.up_button.isEnabled() and tab.down_button.isEnabled()

    # Removing asks first; the following items move up.
    box = tab.remove_current()
    _answer(qtbot, box, QMessageBox.StandardButton.No)
    assert len(_titles(sqlite_db, s)) == 3
    box = tab.remove_current()
    _answer(qtbot, box, QMessageBox.StandardButton.Yes)
    assert [(p, d) for p, _t, d in _titles(sqlite_db, s)] == [(1, ["1.1", "1.2"]), (2, [])]
    assert tab.model.rowCount() == 2
    assert tab.ctx.open_messages() == []  # nothing went wrong on the way


def test_item_fields_are_saved_and_unsaved_changes_are_asked_about(
    qtbot: QtBot, sqlite_db: Database, sitting: Sitting
) -> None:
    s = sitting
    first = _item(sqlite_db, s, "Первый вопрос", AgendaItemKind.OTHER)
    second = _item(sqlite_db, s, "Второй вопрос", AgendaItemKind.OTHER)
    tab = _tab(qtbot, sqlite_db, s.secretary, s.meeting_id)
    editor = tab.editor
    assert editor.item_id() == first and not editor.save_button.isEnabled()

    # As pasted from Word:
    editor.fields.title.ru_edit.setPlainText("Первый вопрос\x0bв две строки\x01")
    editor.fields.heard_speaker.ru_edit.setText("Касымов Е. Б.")
    editor.fields.heard_summary.ru_edit.setPlainText("Информация прилагается.")
    editor.fields.materials_due.set_value(date(2026, 3, 5))
    assert editor.is_dirty() and editor.save_button.isEnabled()

    # Clicking another item asks; Cancel stays, with the edits.
    tab.list.setCurrentIndex(tab.model.index(1, 0))
    box = tab.pending_question
    assert box is not None and editor.item_id() == first
    _answer(qtbot, box, QMessageBox.StandardButton.Cancel)
    assert editor.item_id() == first and editor.is_dirty()
    assert tab.list.currentIndex().row() == 0

    box = tab.select_item(second)
    _answer(qtbot, box, QMessageBox.StandardButton.Save)
    assert editor.item_id() == second
    stored = agenda.list_items(sqlite_db, s.secretary, s.meeting_id)[0]
    assert stored.title == "Первый вопрос в две строки"  # cleaned by the service
    assert (stored.heard_speaker, stored.heard_summary) == (
        "Касымов Е. Б.",
        "Информация прилагается.",
    )
    assert stored.materials_due == date(2026, 3, 5)

    # Discard drops the edits.
    editor.fields.title.ru_edit.setPlainText("Черновик")
    asked = tab.select_item(first)
    assert asked is not None
    discard = asked.button(QMessageBox.StandardButton.Discard)
    assert discard is not None and discard.text() == "&Don't save"  # not Qt's «Discard»
    _answer(qtbot, asked, QMessageBox.StandardButton.Discard)
    assert agenda.list_items(sqlite_db, s.secretary, s.meeting_id)[1].title == "Второй вопрос"

    # Someone else changes the item meanwhile: Save says so inline and keeps the text.
    editor.fields.speakers.ru_edit.setPlainText("Нурланова А. Е.")
    current = agenda.list_items(sqlite_db, s.secretary, s.meeting_id)[0]
    agenda.update_item(
        sqlite_db,
        s.secretary,
        current.id,
        current.version,
        AgendaItemData(AgendaItemKind.OTHER, "Изменено другим"),
    )
    assert not editor.save()
    assert editor.error_label.isVisible() and "changed by" in editor.error_label.text()
    assert editor.fields.speakers.ru_edit.toPlainText() == "Нурланова А. Е."

    # A date after the meeting is refused inline.
    editor.discard()
    tab.refresh()
    editor.fields.materials_due.set_value(date(2026, 4, 1))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "after the meeting" in editor.error_label.text()


def test_speeches_are_added_edited_and_removed(
    qtbot: QtBot, sqlite_db: Database, sitting: Sitting
) -> None:
    s = sitting
    item = _item(sqlite_db, s, "Вопрос", AgendaItemKind.OTHER)
    tab = _tab(qtbot, sqlite_db, s.secretary, s.meeting_id)
    editor = tab.editor
    dialog = editor.add_speech()
    assert dialog is not None
    dialog.speaker.ru_edit.setText("Сейтказинов Б. А.")
    dialog.summary.ru_edit.setPlainText("Предложил усилить работу\x0bс молодежью.")
    _save(qtbot, dialog)
    dialog = editor.add_speech()
    assert dialog is not None
    _save(qtbot, dialog)  # no speaker: refused inline
    assert dialog.isVisible() and dialog.error_label.isVisible()
    dialog.speaker.ru_edit.setText("Касымов Е. Б.")
    _save(qtbot, dialog)
    view = agenda.list_items(sqlite_db, s.secretary, s.meeting_id)[0]
    assert [(d.position, d.speaker, d.summary) for d in view.discussion] == [
        (1, "Сейтказинов Б. А.", "Предложил усилить работу\nс молодежью."),
        (2, "Касымов Е. Б.", None),
    ]
    assert editor.discussion_model.rowCount() == 2

    editor.discussion_table.selectRow(0)
    dialog = editor.edit_speech()
    assert dialog is not None
    dialog.summary.ru_edit.setPlainText("Поддержал.")
    _save(qtbot, dialog)
    editor.discussion_table.selectRow(1)
    _answer(qtbot, editor.remove_speech(), QMessageBox.StandardButton.Yes)
    view = agenda.list_items(sqlite_db, s.secretary, s.meeting_id)[0]
    assert [(d.speaker, d.summary) for d in view.discussion] == [
        ("Сейтказинов Б. А.", "Поддержал.")
    ]
    assert view.id == item


# ------------------------------------------------------------------------------- decisions


def test_instruction_with_executors_and_a_term_moved_off_a_holiday(
    qtbot: QtBot, sqlite_db: Database, sitting: Sitting
) -> None:
    s = sitting
    item = _item(sqlite_db, s, "О профилактике", AgendaItemKind.CRIME_PREVENTION)
    tab = _tab(qtbot, sqlite_db, s.secretary, s.meeting_id)
    dialog = _decision_dialog(tab, item)
    # Nothing clipped on a 1366×768 laptop, with room for the ~30 % longer Russian words.
    hint = dialog.sizeHint()
    assert hint.width() <= 1300 and hint.height() <= 700, hint
    assert dialog.current_kind() is DecisionKind.NOTE  # the first point of an item
    assert dialog.text.ru_edit.toPlainText() == "Информацию принять к сведению."
    select_data(dialog.kind, DecisionKind.INSTRUCTION.value)
    assert dialog.text.ru_edit.toPlainText() == ""  # the note's text was the dialog's own: it goes
    assert dialog.binding.isChecked()  # the commission's default
    raids = "Организовать профилактические рейды в местах досуга молодежи."
    dialog.text.ru_edit.setPlainText(raids)
    select_data(dialog.lead, s.police)
    co = {
        int(dialog.co_executors.item(r).data(Qt.ItemDataRole.UserRole)): dialog.co_executors.item(r)
        for r in range(dialog.co_executors.count())
    }
    assert co[s.police].isHidden()  # the lead is no co-executor
    co[s.employment].setCheckState(Qt.CheckState.Checked)
    co[s.education].setCheckState(Qt.CheckState.Checked)

    select_data(dialog.term.term_kind, DeadlineKind.FIXED.value)
    dialog.term.fixed_date.setDate(to_qdate(date(2026, 3, 22)))  # Sunday, Nauryz
    preview = dialog.term.term_preview.text()
    assert "26.03.2026" in preview and "moved from 22.03.2026" in preview, preview
    select_data(dialog.term.term_kind, DeadlineKind.WORKING_DAYS.value)
    dialog.term.days.setValue(10)
    assert "31.03.2026" in dialog.term.term_preview.text()
    select_data(dialog.term.term_kind, DeadlineKind.PERIODIC.value)
    dialog.term.until.set_value(date(2026, 1, 1))  # before the meeting: said at once
    assert dialog.term.term_preview.styleSheet() and "before the decision date" in (
        dialog.term.term_preview.text()
    )
    select_data(dialog.term.term_kind, DeadlineKind.FIXED.value)

    dialog.vote.vote_counted.setChecked(True)
    dialog.vote.votes_for.setValue(8)
    dialog.vote.votes_against.setValue(1)
    assert dialog.vote.vote_result.text().startswith("Adopted:"), dialog.vote.vote_result.text()
    assert "«against» — 1" in dialog.vote.vote_result.text()
    assert dialog.vote.votes_for.maximum() == VOTING
    _save(qtbot, dialog)
    assert not dialog.isVisible()

    [stored] = _stored(sqlite_db, s, item)
    assert stored.number == "1.1" and stored.kind is DecisionKind.INSTRUCTION
    assert stored.lead_agency_id == s.police
    assert sorted(stored.co_executor_ids) == sorted([s.employment, s.education])
    assert stored.deadline == DeadlineRule(DeadlineKind.FIXED, fixed_date=date(2026, 3, 22))
    assert stored.due_dates == [date(2026, 3, 26)]
    assert (stored.votes_for, stored.votes_against, stored.votes_abstained) == (8, 1, 0)
    assert stored.adopted is True and stored.is_binding
    assert stored.control_state is ControlState.ON_CONTROL
    # The table shows it with the term in short form and the computed result.
    model = tab.editor.decided.decision_model
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    assert cells[0] == "1.1" and cells[3] == "Отдел полиции"
    assert cells[4] == "by 22.03.2026 (control: 26.03.2026)" and cells[5] == "Adopted (8–1–0)"

    # Editing keeps everything and the version guards it.
    tab.editor.decided.select_decision(stored.id)
    dialog = tab.editor.decided.edit_decision()
    assert dialog is not None
    assert dialog.lead.currentData() == s.police and dialog.vote.vote_counted.isChecked()
    assert set(dialog.co_executor_ids()) == {s.employment, s.education}
    dialog.text.ru_edit.setPlainText("Организовать рейды.")
    _save(qtbot, dialog)
    [stored] = _stored(sqlite_db, s, item)
    assert stored.text == "Организовать рейды." and stored.due_dates == [date(2026, 3, 26)]
    assert tab.ctx.open_messages() == []


def test_votes_tie_all_present_and_no_vote(
    qtbot: QtBot, sqlite_db: Database, sitting: Sitting
) -> None:
    s = sitting
    item = _item(sqlite_db, s, "О социальной адаптации", AgendaItemKind.SOCIAL_SUPPORT)
    tab = _tab(qtbot, sqlite_db, s.secretary, s.meeting_id)

    # A note without a vote.
    dialog = _decision_dialog(tab, item)
    assert dialog.vote.vote_none.isChecked() and "No vote" in dialog.vote.vote_result.text()
    _save(qtbot, dialog)

    # A tie: the chair's side appears and decides.
    dialog = _decision_dialog(tab, item)
    select_data(dialog.kind, DecisionKind.RECOMMENDATION.value)
    assert not dialog.binding.isChecked()  # recommendations are advisory by default
    dialog.binding.click()  # the secretary gives this social-support decision binding force
    dialog.text.ru_edit.setPlainText("Рекомендовать центру занятости трудоустроить Б-ова Н. К.")
    select_data(dialog.lead, s.employment)
    assert not dialog.vote.chair_row.isVisible()
    dialog.vote.vote_counted.setChecked(True)
    dialog.vote.votes_for.setValue(3)
    dialog.vote.votes_against.setValue(2)
    # The commission counts a majority of those present (9): 3 «for» is not enough.
    assert dialog.vote.vote_result.text().startswith("Not adopted: «for» are not more than half")
    dialog.vote.votes_for.setValue(4)
    dialog.vote.votes_against.setValue(4)
    assert dialog.vote.chair_row.isVisible()
    assert "tied" in dialog.vote.vote_result.text()
    dialog.vote.chair_for.setChecked(True)
    assert dialog.vote.vote_result.text().startswith("Adopted by the chair's casting vote")
    _save(qtbot, dialog)

    # «All present voted for, except …»: «for» follows the attendance.
    dialog = _decision_dialog(tab, item)
    dialog.text.ru_edit.setPlainText("Отделу образования обеспечить обучение.")
    select_data(dialog.lead, s.education)
    dialog.vote.vote_all.setChecked(True)
    assert not dialog.vote.votes_for.isEnabled()
    dialog.vote.votes_against.setValue(1)
    dialog.vote.votes_abstained.setValue(1)
    assert dialog.vote.votes_for.value() == VOTING - 2
    dialog.vote.dissenters.setText("Ли В. С., Омаров Т. Т.")
    assert dialog.vote.vote_result.text().startswith("Adopted:")
    _save(qtbot, dialog)

    note, tie, all_but = _stored(sqlite_db, s, item)
    assert (note.kind, note.votes_for, note.adopted) == (DecisionKind.NOTE, None, None)
    assert note.text == "Информацию принять к сведению."
    assert note.control_state is ControlState.NOT_CONTROLLED
    assert (tie.votes_for, tie.votes_against, tie.adopted, tie.casting_vote_used) == (
        4,
        4,
        True,
        True,
    )
    assert tie.is_binding and tie.kind is DecisionKind.RECOMMENDATION
    assert (all_but.votes_for, all_but.votes_against, all_but.votes_abstained) == (7, 1, 1)
    assert all_but.adopted is True and all_but.dissenters == "Ли В. С., Омаров Т. Т."
    assert [d.number for d in _stored(sqlite_db, s, item)] == ["1.1", "1.2", "1.3"]

    # ▲ ▼ and Alt+Up renumber the points.
    editor = tab.editor
    editor.decided.select_decision(all_but.id)
    editor.decided.decision_table.setFocus()
    qtbot.keyClick(editor.decided.decision_table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [d.id for d in _stored(sqlite_db, s, item)] == [note.id, all_but.id, tie.id]
    qtbot.mouseClick(editor.decided.decision_up_button, Qt.MouseButton.LeftButton)
    numbers = [(d.id, d.number) for d in _stored(sqlite_db, s, item)]
    assert numbers == [(all_but.id, "1.1"), (note.id, "1.2"), (tie.id, "1.3")]
    assert editor.decided.current_decision() is not None
    assert editor.decided.current_decision().id == all_but.id  # type: ignore[union-attr]

    # Removing asks first.
    _answer(qtbot, editor.decided.remove_decision(), QMessageBox.StandardButton.Yes)
    assert [d.number for d in _stored(sqlite_db, s, item)] == ["1.1", "1.2"]


def test_without_quorum_the_refusal_is_shown_inline(
    qtbot: QtBot, sqlite_db: Database, sitting: Sitting
) -> None:
    s = sitting
    meeting_id = _meeting(sqlite_db, s.secretary, date(2026, 4, 16), present=4)
    item = agenda.add_item(
        sqlite_db, s.secretary, meeting_id, AgendaItemData(AgendaItemKind.OTHER, "Вопрос")
    ).id
    tab = _tab(qtbot, sqlite_db, s.secretary, meeting_id)
    dialog = _decision_dialog(tab, item)
    assert dialog.intro.isVisible() and "no quorum" in dialog.intro.text()
    dialog.text.ru_edit.setPlainText("Информацию принять к сведению; рассмотреть повторно.")
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "4 of 9 voting members are present and 5 are needed" in dialog.error_label.text()
    typed = dialog.text.ru_edit.toPlainText()
    assert typed == "Информацию принять к сведению; рассмотреть повторно."
    assert _stored(sqlite_db, s, item) == []
    _click(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)


def test_text_pasted_from_word_is_saved_clean(
    qtbot: QtBot, sqlite_db: Database, sitting: Sitting
) -> None:
    s = sitting
    item = _item(sqlite_db, s, "Вопрос", AgendaItemKind.OTHER)
    tab = _tab(qtbot, sqlite_db, s.secretary, s.meeting_id)
    dialog = _decision_dialog(tab, item)
    select_data(dialog.kind, DecisionKind.INSTRUCTION.value)
    select_data(dialog.lead, s.police)
    pasted = QMimeData()
    pasted.setText("Усилить контроль\x0bза поднадзорными\x01 лицами.")
    dialog.text.ru_edit.insertFromMimeData(pasted)
    assert "\x01" not in dialog.text.ru_edit.toPlainText()
    dialog.vote.dissenters.setText("x")  # ignored: no vote
    _save(qtbot, dialog)
    [stored] = _stored(sqlite_db, s, item)
    assert stored.text == "Усилить контроль\nза поднадзорными лицами."

    # Typed in past the clean-up (e.g. set programmatically), the service still cleans it.
    tab.editor.decided.select_decision(stored.id)
    dialog = tab.editor.decided.edit_decision()
    assert dialog is not None
    dialog.text.ru_edit.setPlainText("Раз\x0bдва\x01 три")
    _save(qtbot, dialog)
    assert _stored(sqlite_db, s, item)[0].text == "Раз\nдва три"
    assert tab.editor.decided.decision_model.index(0, 2).data() == "Раз два три"


def test_removal_and_extension_of_earlier_decisions(
    qtbot: QtBot, sqlite_db: Database, sitting: Sitting
) -> None:
    s = sitting
    earlier = _meeting(sqlite_db, s.secretary, EARLIER_DAY)
    old_item = agenda.add_item(
        sqlite_db, s.secretary, earlier, AgendaItemData(AgendaItemKind.OTHER, "Старый вопрос")
    ).id
    first, second = (
        decisions.add_decision(
            sqlite_db,
            s.secretary,
            old_item,
            DecisionData(
                DecisionKind.INSTRUCTION,
                text,
                lead_agency_id=s.police,
                deadline=DeadlineRule(DeadlineKind.FIXED, fixed_date=date(2026, 3, 10)),
            ),
        )
        for text in ("Провести рейды.", "Провести обучение.")
    )
    version = meetings.get_meeting(sqlite_db, s.secretary, earlier).version
    for status in (MeetingStatus.AGENDA_APPROVED, MeetingStatus.HELD):
        version = meetings.set_status(sqlite_db, s.secretary, earlier, version, status).version

    tab = _tab(qtbot, sqlite_db, s.secretary, s.meeting_id)
    review = tab.add_progress_review()
    assert review is not None
    assert tab.editor.progress_box.isVisible()
    assert [p.ref.number for p in tab.editor.progress_model.rows()] == ["1.1", "1.2"]

    dialog = tab.editor.decided.add_decision()
    assert dialog is not None
    select_data(dialog.kind, DecisionKind.REMOVE_FROM_CONTROL.value)
    assert dialog.targets_box.isVisible() and not dialog.term.isVisible()
    assert [r.ref.decision_id for r in dialog.targets.results] == [first.id, second.id]
    assert dialog.targets.check(first.id)
    assert dialog.text.ru_edit.plain_text() == (
        "Снять с контроля пункт 1.1 протокола №\u00a02 от 10 февраля 2026 года."
    )
    _save(qtbot, dialog)

    dialog = tab.editor.decided.add_decision()
    assert dialog is not None
    select_data(dialog.kind, DecisionKind.EXTEND.value)
    assert [r.ref.decision_id for r in dialog.targets.results] == [second.id]  # removed: gone
    assert dialog.targets.check(second.id)
    assert dialog.targets.set_term(second.id, date(2026, 4, 30))
    assert "30 апреля 2026 года" in dialog.text.ru_edit.toPlainText()
    _save(qtbot, dialog)

    removal, extension = _stored(sqlite_db, s, review.id)
    assert removal.removes == (first.id,)
    assert extension.extends == ((second.id, date(2026, 4, 30)),)
    old = {d.id: d for d in _stored(sqlite_db, s, old_item)}
    assert old[first.id].control_state is ControlState.REMOVED
    assert old[second.id].due_dates == [date(2026, 4, 30)]

    # Reopened, the removal still shows the point it removed (no longer offered by search).
    tab.editor.decided.select_decision(removal.id)
    dialog = tab.editor.decided.edit_decision()
    assert dialog is not None
    assert dialog.targets.removes() == (first.id,)
    assert "point 1.1 of minutes No. 2 of 10.02.2026" in dialog.targets.summary.text()
    _click(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)
    assert tab.ctx.open_messages() == []


# ------------------------------------------------------------------------------------ cases


def _case(db: Database, s: Sitting, surname: str, given: str, patronymic: str, number: str) -> int:
    with db.transaction() as session:
        born = date(1990, 5, 17)
        seq, year = (int(part) for part in number.split("/"))
        client = Client(
            iin=make_iin(born, Sex.MALE, seq),
            surname=surname,
            given_name=given,
            patronymic=patronymic,
            search_name=registers.search_key(surname, given, patronymic),
            birth_date=born,
            sex=Sex.MALE,
            district_id=s.district_id,
            category=ClientCategory.RELEASED,
            registered_address="г. Косшы, ул. Абая, 1",
        )
        case = Case(
            client=client,
            year=year,
            seq=seq,
            number=number,
            opened_on=date(2026, 2, 1),
            state=ProgrammeState.IN_PROGRESS,
        )
        session.add(case)
        session.flush()
        return case.id


def test_a_case_is_linked_by_initials(qtbot: QtBot, sqlite_db: Database, sitting: Sitting) -> None:
    s = sitting
    bekenov = _case(sqlite_db, s, "Бекенов", "Нурлан", "Кайратович", "14/2026")
    _case(sqlite_db, s, "Омарова", "Айгуль", "Сериковна", "15/2026")
    item = _item(sqlite_db, s, "О социальной адаптации", AgendaItemKind.SOCIAL_SUPPORT)
    tab = _tab(qtbot, sqlite_db, s.secretary, s.meeting_id)
    picker = tab.editor.link_case()
    assert picker is not None
    for letter in "бек":  # typed letter by letter (QTest cannot type Cyrillic keys)
        picker.search.insert(letter)
    qtbot.waitUntil(lambda: picker.labels() == ["No. 14/2026 — Б-ов Н. К."], timeout=3000)
    _save(qtbot, picker)
    assert not picker.isVisible()

    [view] = agenda.list_items(sqlite_db, s.secretary, s.meeting_id)
    assert [(c.case_id, c.label) for c in view.cases] == [(bekenov, "Б-ов Н. К.")]
    shown = [tab.editor.cases_list.item(r).text() for r in range(tab.editor.cases_list.count())]
    assert shown == ["No. 14/2026 — Б-ов Н. К."]
    assert not any("Бекенов" in text or "Нурлан" in text for text in shown)

    # Linked already: offered but not selectable again.
    picker = tab.editor.link_case()
    assert picker is not None
    picker.search.setText("14/2026")
    picker.search_now()
    assert picker.labels() == ["No. 14/2026 — Б-ов Н. К. (already linked)"]
    _click(qtbot, picker, QDialogButtonBox.StandardButton.Cancel)

    tab.editor.cases_list.setCurrentRow(0)
    _answer(qtbot, tab.editor.unlink_case(), QMessageBox.StandardButton.Yes)
    assert agenda.list_items(sqlite_db, s.secretary, s.meeting_id)[0].cases == []
    assert view.id == item


# -------------------------------------------------------------------------------- read only


def test_read_only_disables_all_editing(
    qtbot: QtBot, sqlite_db: Database, sitting: Sitting
) -> None:
    s = sitting
    first = _item(sqlite_db, s, "Первый", AgendaItemKind.OTHER)
    _item(sqlite_db, s, "Второй", AgendaItemKind.OTHER)
    decisions.add_decision(
        sqlite_db, s.secretary, first, DecisionData(DecisionKind.NOTE, "Принять к сведению.")
    )
    tab = _tab(qtbot, sqlite_db, s.secretary, s.meeting_id)
    changed: list[bool] = []
    tab.sig_changed.connect(lambda: changed.append(True))
    tab.set_read_only(True)

    assert tab.list.dragDropMode() == QAbstractItemView.DragDropMode.NoDragDrop
    assert not tab.model.flags(tab.model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    for button in (tab.add_button, tab.review_button, tab.remove_button, tab.up_button):
        assert not button.isVisible()
    assert tab.add_item() is None and tab.add_progress_review() is None
    assert tab.remove_current() is None
    tab.list.setFocus()
    qtbot.keyClick(tab.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert not tab.move_current(1)
    assert not tab.model.moveRow(QModelIndex(), 0, QModelIndex(), 2)
    assert [i.title for i in agenda.list_items(sqlite_db, s.secretary, s.meeting_id)] == [
        "Первый",
        "Второй",
    ]

    editor = tab.editor
    assert editor.fields.title.ru_edit.isReadOnly()
    assert editor.fields.heard_speaker.kk_edit.isReadOnly()
    assert not editor.fields.kind.isEnabled() and not editor.save_bar.isVisible()
    editor.fields.title.ru_edit.setPlainText("Изменено")  # programmatically: still never saved
    assert not editor.is_dirty() and not editor.save()
    for button in (
        editor.add_speech_button,
        editor.link_case_button,
        editor.decided.add_decision_button,
        editor.decided.remove_decision_button,
        editor.decided.decision_up_button,
    ):
        assert not button.isEnabled()
    assert editor.decided.add_decision() is None and editor.link_case() is None
    editor.decided.select_decision(editor.decided.decision_model.row_at(0).id)
    assert editor.decided.remove_decision() is None and not editor.decided.move_decision(1)
    dialog = editor.decided.edit_decision()  # opens to read
    assert dialog is not None and dialog.read_only
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save) is None
    assert dialog.text.ru_edit.isReadOnly() and not dialog.kind.isEnabled()
    _click(qtbot, dialog, QDialogButtonBox.StandardButton.Close)
    assert changed == []

    tab.set_read_only(False)
    assert tab.add_button.isVisible() and editor.decided.add_decision_button.isEnabled()
    assert tab.list.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove


def test_final_minutes_lock_the_tab(qtbot: QtBot, sqlite_db: Database, sitting: Sitting) -> None:
    s = sitting
    _item(sqlite_db, s, "Вопрос", AgendaItemKind.OTHER)
    tab = _tab(qtbot, sqlite_db, s.secretary, s.meeting_id)
    assert not tab.is_read_only()
    version = meetings.get_meeting(sqlite_db, s.secretary, s.meeting_id).version
    final = minutes.finalise(sqlite_db, s.secretary, s.meeting_id, version)
    tab.ctx.changes.sig_changed.emit("meetings")  # as the meeting page announces it
    assert tab.is_read_only() and not tab.add_button.isVisible()
    assert tab.editor.fields.title.ru_edit.isReadOnly()
    minutes.amend(sqlite_db, s.secretary, s.meeting_id, final.version, "Опечатка в фамилии")
    tab.ctx.changes.sig_changed.emit("meetings")
    assert not tab.is_read_only() and tab.add_button.isEnabled()
    assert tab.ctx.open_messages() == []


def test_a_member_only_reads(qtbot: QtBot, sqlite_db: Database, sitting: Sitting) -> None:
    s = sitting
    _item(sqlite_db, s, "Вопрос", AgendaItemKind.OTHER)
    member = make_user(sqlite_db, s.admin, "member", Role.MEMBER)
    tab = _tab(qtbot, sqlite_db, member, s.meeting_id)
    assert tab.is_read_only() and tab.model.rowCount() == 1
    assert not tab.add_button.isVisible() and tab.editor.fields.title.ru_edit.isReadOnly()
