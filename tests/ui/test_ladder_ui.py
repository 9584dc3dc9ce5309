"""Graded execution and the escalation ladder on the control card, and the outgoing register's
window, as the secretary uses them: a final report graded «formal reply» needs its reason and
reopens the point; the ladder's first two steps each write a numbered letter, the second citing
the first's number and date; the register lists both, filters and saves them as .xlsx; in the
Kazakh interface a removal by a commission decision is said in Kazakh."""

from __future__ import annotations

import gc
import io
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from commission.db import migrate
from commission.db.engine import Database
from commission.db.models import Decision
from commission.domain.enums import (
    ControlPointState,
    ControlState,
    ExecutionGrade,
    LadderStep,
    Language,
    ReportKind,
)
from commission.services import auth, control
from commission.services.context import Actor
from commission.services.demo import build_demo
from commission.ui.admin.forms import FormDialog, select_data
from commission.ui.context import AppContext
from commission.ui.decisions.card_dialogs import CardGradeDialog
from commission.ui.decisions.control_card import ControlCardDialog
from commission.ui.decisions.outgoing_register import (
    OutgoingRegisterButton,
    OutgoingRegisterDialog,
)
from tests.ui.test_control_card_ui import (
    TODAY,
    Data,
    _card,
    _Opened,
    _register,
    _save,
    clock,
)
from tests.ui.test_control_card_ui import data as data

DEMO_TODAY = date(2026, 11, 23)

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


def _text(path: Path) -> str:
    document = Document(io.BytesIO(path.read_bytes()))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells).replace("\xa0", " ")


def test_formal_reply_then_two_steps_of_the_ladder(
    qtbot: QtBot, sqlite_db: Database, data: Data, tmp_path: Path
) -> None:
    s = data.sitting
    card = _card(qtbot, sqlite_db, s.secretary, data.first)
    assert card.ladder.take_button.isVisible() and not card.ladder.take_button.isEnabled()
    _register(card, s.police, ReportKind.FINAL)
    card.accept_button.click()
    grading = card.dialog
    assert isinstance(grading, CardGradeDialog)
    select_data(grading.grade, ExecutionGrade.FORMAL.value)
    _save(grading)  # no reason: refused, the form stays open
    assert grading.result() != FormDialog.DialogCode.Accepted
    assert grading.error_label.text()
    grading.reason.setPlainText("Отписка: не указано, какие рейды проведены.")
    _save(grading)
    assert grading.result() == FormDialog.DialogCode.Accepted, grading.error_label.text()

    stored = control.control_card(sqlite_db, s.secretary, data.first, TODAY)
    assert stored.points[0].state is ControlPointState.OPEN
    assert stored.stored_state is ControlState.REWORK
    assert card.reports_table.item(0, 4).text().endswith("Formal reply (answered without doing)")
    assert card.register_button.isEnabled()  # the point is open again for the next answer

    ladder = card.ladder
    assert ladder.take_button.isEnabled() and "Reminder letter" in ladder.take_button.text()
    opened = _Opened()
    QDesktopServices.setUrlHandler("file", opened, "open_url")
    try:
        ladder.take_button.click()
        assert ladder.table.rowCount() == 1 and ladder.table.item(0, 1).text() == "12-17/1"
        assert "Letter to the agency's head" in ladder.take_button.text()
        ladder.take_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert ladder.table.rowCount() == 2 and ladder.table.item(1, 1).text() == "12-17/2"
    first, second = (Path(url.toLocalFile()) for url in opened.urls)
    assert "12-17/1" in _text(first)
    head = _text(second)
    assert "12-17/2" in head and "№ 12-17/1 от 08.04.2026" in head
    assert "О ненадлежащем исполнении решений комиссии" in head  # in the documents' language

    # The register's window from the decisions toolbar: both letters, filtered, saved.
    button = OutgoingRegisterButton(AppContext(sqlite_db, s.secretary), clock=clock)
    qtbot.addWidget(button)
    button.click()
    window = button.dialog
    assert isinstance(window, OutgoingRegisterDialog)
    qtbot.addWidget(window)
    assert [r.number for r in window.rows] == ["12-17/2", "12-17/1"]
    shown = [window.table.item(r, 2).text() for r in range(window.table.rowCount())]
    assert shown == ["Letter to the agency's head", "Reminder letter"]
    assert window.table.item(0, 5).text() == "12-17/1"  # the head letter cites the reminder
    assert window.table.item(0, 4).text().startswith("1.1 ")
    select_data(window.kind, LadderStep.HEAD_LETTER.value)
    assert [r.number for r in window.rows] == ["12-17/2"]
    select_data(window.kind, None)
    target = tmp_path / "outgoing.xlsx"
    worker = window.export(target)
    assert worker is not None
    qtbot.waitUntil(lambda: worker.is_finished(), timeout=20000)
    assert worker.written
    qtbot.waitUntil(gc.isenabled)
    rows = list(openpyxl.load_workbook(target).worksheets[0].iter_rows(values_only=True))
    numbers = {row[0] for row in rows}
    assert {"12-17/1", "12-17/2"} <= numbers
    kinds = {row[2] for row in rows}
    assert {"напоминание", "письмо руководителю"} <= kinds


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = Database(f"sqlite:///{tmp_path_factory.mktemp('ladder') / 'demo.sqlite3'}")
    migrate.upgrade(db)
    build_demo(db, Actor.command_line(), seed=2, today=DEMO_TODAY, clients=10)
    yield db
    db.dispose()


def test_a_removal_by_decision_reads_in_kazakh(
    qtbot: QtBot, demo_db: Database, in_kazakh: None
) -> None:
    secretary = auth.login(demo_db, "secretary", "demo-demo")
    with demo_db.reading() as session:
        removed = session.scalar(
            select(Decision.id)
            .where(Decision.removed_by_decision_id.is_not(None))
            .order_by(Decision.id)
            .limit(1)
        )
    assert removed is not None, "the demo removes decisions from control by a decision"
    kazakh = AppContext(demo_db, replace(secretary, language=Language.KK))
    card = ControlCardDialog(kazakh, removed, clock=lambda: DEMO_TODAY)
    qtbot.addWidget(card)
    header = card.header.text()
    assert "бақылаудан алынды" in header and "хаттаманың" in header
    assert "Снято" not in header
