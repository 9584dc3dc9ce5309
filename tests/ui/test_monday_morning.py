"""Issue 4's acceptance flow, on the demo data, on a Monday morning.

The secretary opens the app and sees which agency owes what, sends every reminder letter in one
action, records three replies, the chair grants one extension, and the control register is
exported for the chair. Every figure is checked against the decisions in the database, computed
here with the domain's Python rule (the register itself uses the SQL form of it).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import docx
import openpyxl
import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from commission import settings as local_settings
from commission.db import migrate
from commission.db.engine import Database
from commission.db.models.control import Decision, OutgoingLetter
from commission.db.models.organisation import Agency, Commission
from commission.domain.control import ComputedState, computed_state
from commission.domain.enums import (
    AssigneeRole,
    ControlPointState,
    ControlState,
    ExtensionState,
    ReportKind,
)
from commission.exports.wording import Wording
from commission.services import auth, control
from commission.services.calendar import load_calendar
from commission.services.context import Actor
from commission.services.demo import DEMO_PASSWORD, build_demo
from commission.ui.admin.forms import FormDialog, select_data, to_qdate
from commission.ui.context import AppContext
from commission.ui.decisions.area import DecisionsArea
from commission.ui.decisions.card_dialogs import (
    CardExtensionDialog,
    CardGradeDialog,
    CardReportDialog,
)
from commission.ui.decisions.control_card import ControlCardDialog
from commission.ui.main_window import MainWindow
from commission.ui.reminders import RemindersDialog

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(
        "This plugin does not support propagateSizeHints", "This plugin does not support raise"
    ),
]

MONDAY = date(2026, 11, 23)
DUE = (ComputedState.OVERDUE, ComputedState.DUE_SOON)


def clock() -> date:
    return MONDAY


@dataclass(frozen=True)
class Owed:
    decision_id: int
    number: str
    meeting_number: int
    state: ComputedState
    lead_agency_id: int
    agency_ids: frozenset[int]  # lead and co-executors


def states_in_database(db: Database) -> dict[int, ComputedState]:
    """Every decision's state today, by the domain rule on the stored rows."""
    with db.reading() as session:
        calendar = load_calendar(session)
        commission = session.scalars(select(Commission)).one()
        return {
            d.id: computed_state(
                d.control_state,
                d.kind,
                [p.due_date for p in d.control_points if p.state is ControlPointState.OPEN],
                MONDAY,
                calendar,
                commission.due_soon_working_days,
            )
            for d in session.scalars(select(Decision))
        }


def owed_in_database(db: Database) -> list[Owed]:
    states = states_in_database(db)
    with db.reading() as session:
        owed = []
        for d in session.scalars(select(Decision).where(Decision.id.in_(list(states)))):
            if states[d.id] not in DUE:
                continue
            lead = next(a.agency_id for a in d.assignees if a.role is AssigneeRole.LEAD)
            owed.append(
                Owed(
                    d.id,
                    f"{d.agenda_item.position}.{d.position}",
                    d.agenda_item.meeting.number,
                    states[d.id],
                    lead,
                    frozenset(a.agency_id for a in d.assignees),
                )
            )
        return owed


def agency_names(db: Database) -> dict[int, str]:
    """Agencies as lists show them: the short name where there is one."""
    with db.reading() as session:
        return {a.id: a.short_name_ru or a.name_ru for a in session.scalars(select(Agency))}


@pytest.fixture(scope="module")
def monday_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("monday") / "demo.sqlite3"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    build_demo(db, Actor.command_line(), seed=1, today=MONDAY, clients=20)
    yield db
    db.dispose()


def _open_card(qtbot: QtBot, area: DecisionsArea, decision_id: int) -> ControlCardDialog:
    area.search_edit.clear()
    area.refresh()
    row = next(r for r in range(area.model.rowCount()) if area.model.id_at(r) == decision_id)
    area.table.activated.emit(area.model.index(row, 0))
    card = area.card
    assert card is not None and card.isVisible()
    return card


def _save(dialog: FormDialog) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.result() == FormDialog.DialogCode.Accepted, dialog.error_label.text()


def test_a_monday_morning_of_the_secretary(
    qtbot: QtBot, monday_db: Database, tmp_path: Path
) -> None:
    db = monday_db
    names = agency_names(db)
    owed = owed_in_database(db)
    assert {o.state for o in owed} == set(DUE), "the demo has overdue and due-soon decisions"

    # 1. On start: the reminders say which agency owes what.
    secretary = AppContext(db, auth.login(db, "secretary", DEMO_PASSWORD), clock=clock)
    window = MainWindow(secretary, local_settings.LocalSettings())
    qtbot.addWidget(window)
    window.show()
    window.show_reminders_once()  # read off the GUI thread once the window has painted
    qtbot.waitUntil(
        lambda: any(isinstance(w, RemindersDialog) for w in QApplication.topLevelWidgets())
    )
    [reminders] = [w for w in QApplication.topLevelWidgets() if isinstance(w, RemindersDialog)]
    shown = {(i.decision_id, i.lead_agency, i.state) for i in reminders.items}
    assert shown == {(o.decision_id, names[o.lead_agency_id], o.state) for o in owed}
    assert len(reminders.overdue_rows()) == sum(o.state is ComputedState.OVERDUE for o in owed)
    reminders.open_register_button.click()
    area = window.stack.currentWidget()
    assert isinstance(area, DecisionsArea)
    reminders.close()
    with db.reading() as session:
        total = session.scalar(select(func.count()).select_from(Decision))
    qtbot.waitUntil(lambda: area.model.rowCount() == total)

    # 2. All the reminder letters in one action: one per agency that owes anything.
    owed_by_agency: dict[int, set[str]] = defaultdict(set)
    for o in owed:
        for agency in o.agency_ids:
            owed_by_agency[agency].add(o.number)
    folder = tmp_path / "letters"
    folder.mkdir()
    with db.reading() as session:
        earlier = set(session.scalars(select(OutgoingLetter.number)))
    sending = area.send_letters(folder)
    assert sending is not None
    yes = sending.box.button(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(sending.sig_finished, timeout=60000) as blocker:
        yes.click()
    assert blocker.args == [len(owed_by_agency)]
    files = sorted(folder.glob("*.docx"))
    assert len(files) == len(owed_by_agency)
    with db.reading() as session:
        numbers = set(session.scalars(select(OutgoingLetter.number))) - earlier
    assert len(numbers) == len(files)
    for letter in sending.letters:
        assert letter.number in numbers
        text = "\n".join(p.text for p in docx.Document(str(folder / _file_of(letter))).paragraphs)
        # Addressed to the head: by the recorded position, else by the agency's name.
        addressed = letter.head_position.ru or letter.agency_name.ru
        assert addressed.split()[-1] in text
        assert {i.number for i in letter.items} == owed_by_agency[letter.agency_id]

    # 3. Three replies come in: final reports on overdue decisions, accepted.
    overdue = [o for o in owed if o.state is ComputedState.OVERDUE]
    assert len(overdue) >= 3
    replied = overdue[:3]
    for n, o in enumerate(replied, start=1):
        card = _open_card(qtbot, area, o.decision_id)
        card.register_button.click()
        dialog = card.dialog
        assert isinstance(dialog, CardReportDialog)
        select_data(dialog.agency, o.lead_agency_id)
        select_data(dialog.kind, ReportKind.FINAL.value)
        dialog.number.setText(f"вх-{n}")
        dialog.text.setPlainText("Мероприятия проведены, результаты прилагаются.")
        _save(dialog)
        assert card.accept_button.isEnabled()
        card.accept_button.click()
        grading = card.dialog  # a final report is graded: «executed» is offered first
        assert isinstance(grading, CardGradeDialog)
        _save(grading)
        card.close()

    # 4. The chair grants one extension the secretary recorded.
    due_soon = next(o for o in owed if o.state is ComputedState.DUE_SOON)
    card = _open_card(qtbot, area, due_soon.decision_id)
    point = card.selected_point()
    assert point is not None
    new_date = point.due_date + timedelta(days=28)
    card.extension_button.click()
    request = card.dialog
    assert isinstance(request, CardExtensionDialog)
    request.proposed.setDate(to_qdate(new_date))
    request.reason.setPlainText("Ожидается финансирование по бюджетной программе.")
    _save(request)
    card.close()
    chair = AppContext(db, auth.login(db, "chair", DEMO_PASSWORD), clock=clock)
    chair_card = ControlCardDialog(chair, due_soon.decision_id, clock=clock)
    qtbot.addWidget(chair_card)
    chair_card.show()
    row = next(
        r
        for r, p in enumerate(chair_card.card.points)
        if p.id == point.id  # type: ignore[union-attr]
    )
    chair_card.points_table.selectRow(row)
    assert chair_card.grant_button.isEnabled()
    chair_card.grant_button.click()
    chair_card.close()

    # The database now says what the secretary did.
    for o in replied:
        stored = control.control_card(db, secretary.actor, o.decision_id, MONDAY)
        reports = [r for p in stored.points for r in p.reports if r.incoming_number]
        assert any(r.incoming_number.startswith("вх-") for r in reports)
        assert any(p.state is ControlPointState.EXECUTED_LATE for p in stored.points)
    extended = control.control_card(db, secretary.actor, due_soon.decision_id, MONDAY)
    [ext_point] = [p for p in extended.points if p.id == point.id]
    assert ext_point.due_date == new_date
    assert ext_point.extensions[-1].state is ExtensionState.GRANTED
    now = states_in_database(db)
    assert all(now[o.decision_id] is not ComputedState.OVERDUE for o in replied)
    assert now[due_soon.decision_id] is not ComputedState.DUE_SOON

    # 5. The control register for the chair: every row and state as in the database.
    area.refresh()
    target = tmp_path / "Контрольный реестр.xlsx"
    worker = area.export_register(target)
    assert worker is not None
    qtbot.waitUntil(worker.is_finished, timeout=30000)
    assert worker.written
    book = openpyxl.load_workbook(target)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == total
    words = Wording("ru")
    expected_counts: dict[str, int] = defaultdict(int)
    for state in now.values():
        expected_counts[words.state(state.value)] += 1
    found_counts: dict[str, int] = defaultdict(int)
    for r in rows:
        found_counts[str(r[10])] += 1
    assert found_counts == expected_counts
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.print_title_rows
    with db.reading() as session:
        removed = session.scalar(
            select(func.count())
            .select_from(Decision)
            .where(Decision.control_state == ControlState.REMOVED)
        )
    assert found_counts[words.state(ComputedState.REMOVED.value)] == removed


def _file_of(letter: object) -> str:
    from commission.ui.decisions.register_actions import letter_file_name

    return letter_file_name(letter)  # type: ignore[arg-type]
