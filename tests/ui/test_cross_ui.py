"""The area between commissions driven through its widgets: a district secretary sends a
question up, the oblast's secretary sees it proposed and puts it on an agenda; an oblast
decision addressed to the district's akimat shows in the district's list and the report the
district records goes back into the oblast's control card."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from commission.db.engine import Database
from commission.domain.enums import QuestionState
from commission.services import agenda, control
from commission.services.context import Actor
from commission.ui.admin.forms import FormDialog
from commission.ui.context import AppContext
from commission.ui.cross import CrossArea
from tests.conftest import make_admin
from tests.oblast_world import OblastWorld, make_oblast_world, oblast_decision

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

TODAY = date(2026, 3, 18)


@pytest.fixture
def world(sqlite_db: Database) -> OblastWorld:
    return make_oblast_world(sqlite_db, make_admin(sqlite_db))


def _area(qtbot: QtBot, db: Database, actor: Actor) -> CrossArea:
    area = CrossArea(AppContext(db, actor), clock=lambda: TODAY)
    qtbot.addWidget(area)
    area.resize(1100, 600)
    area.show()
    return area


def _save(qtbot: QtBot, dialog: FormDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.error_label.text()


def test_a_question_goes_up_and_onto_the_oblast_agenda(
    qtbot: QtBot, sqlite_db: Database, world: OblastWorld
) -> None:
    w = world
    district = _area(qtbot, sqlite_db, w.district)
    dialog = district.send_question()
    dialog.source.setCurrentIndex(1)  # the district's decision: its question fills the title
    assert dialog.title.value()[0] == "О занятости"
    dialog.justification.setPlainText("Нужна областная программа.")
    _save(qtbot, dialog)
    [sent] = district.sent.model.rows()
    assert sent.state is QuestionState.SENT and sent.source

    oblast = _area(qtbot, sqlite_db, w.oblast)
    assert [q.id for q in oblast.proposed.model.rows()] == [sent.id]
    assert not oblast.agenda_button.isEnabled()  # nothing chosen yet
    assert oblast.proposed.select_key(sent.id)
    assert oblast.agenda_button.isEnabled()
    put = oblast.put_on_agenda()
    assert put is not None and put.meeting.currentData() == w.oblast_meeting
    _save(qtbot, put)
    items = agenda.list_items(sqlite_db, w.oblast, w.oblast_meeting)
    assert items[-1].title == "О занятости"
    [answered] = oblast.proposed.model.rows()
    assert answered.state is QuestionState.ON_AGENDA and not oblast.agenda_button.isEnabled()

    district.refresh()
    [seen] = district.sent.model.rows()
    model = district.sent.model
    assert isinstance(model, type(oblast.proposed.model))
    assert str(answered.meeting_number) in model.state_text(seen)


def test_a_declined_question_needs_a_reason(
    qtbot: QtBot, sqlite_db: Database, world: OblastWorld
) -> None:
    w = world
    district = _area(qtbot, sqlite_db, w.district)
    dialog = district.send_question()
    dialog.title.set_value("О приюте для бездомных", None)
    _save(qtbot, dialog)
    oblast = _area(qtbot, sqlite_db, w.oblast)
    [question] = oblast.proposed.model.rows()
    oblast.proposed.select_key(question.id)
    decline = oblast.decline()
    assert decline is not None
    button = decline.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert decline.isVisible() and decline.error_label.text()  # no reason: refused
    decline.reason.setPlainText("Решается районом.")
    _save(qtbot, decline)
    district.refresh()
    [seen] = district.sent.model.rows()
    assert seen.state is QuestionState.DECLINED and seen.decline_reason == "Решается районом."


def test_an_oblast_decision_reaches_the_district_and_its_report_goes_back(
    qtbot: QtBot, sqlite_db: Database, world: OblastWorld
) -> None:
    w = world
    decision_id = oblast_decision(sqlite_db, w, w.akimat)
    district = _area(qtbot, sqlite_db, w.district)
    [line] = district.decisions.model.rows()
    assert line.decision_id == decision_id and line.agency_id == w.akimat
    assert district.decisions.select_key((line.control_point_id, line.agency_id))
    dialog = district.record_report()
    assert dialog is not None
    dialog.number.setText("12-04/55")
    dialog.text.setPlainText("Рейды проведены, охвачено 40 семей.")
    _save(qtbot, dialog)
    [after] = district.decisions.model.rows()
    assert after.last_report_on == TODAY
    card = control.control_card(sqlite_db, w.oblast, decision_id, TODAY)
    [report] = card.points[0].reports
    assert report.text == "Рейды проведены, охвачено 40 семей."
