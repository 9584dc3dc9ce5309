"""Between commissions: what the districts proposed to the oblast (the oblast's end), what this
district sent up and the oblast's decisions it follows for its akimat (a district's end)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commission.domain.enums import ControlPointState, QuestionState, ReportAssessment
from commission.domain.permissions import Permission
from commission.services import cross_commission, district_control
from commission.services.cross_commission import QuestionView
from commission.services.district_control import DistrictControlLine
from commission.ui.admin.tables import Column, RecordTable, RowsModel
from commission.ui.commands import button_actions
from commission.ui.context import AppContext
from commission.ui.cross.dialogs import (
    TABLE,
    AkimatReportDialog,
    DeclineQuestionDialog,
    PutOnAgendaDialog,
    SendQuestionDialog,
)
from commission.ui.labels import reading_as_shown, shown_name

WATCHED = (TABLE, "agenda_items", "execution_reports", "decisions", "control_points")


def _day(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


class QuestionsModel(RowsModel[QuestionView]):
    """Questions between commissions; ``sender`` shows who sent them (the oblast's list),
    otherwise to whom (the district's list)."""

    def __init__(self, sender: bool, parent: QWidget | None = None) -> None:
        self.by_sender = sender
        super().__init__(parent)

    def make_columns(self) -> list[Column[QuestionView]]:
        return [
            Column(self.tr("Sent on"), lambda q: q.sent_on, text=lambda q: _day(q.sent_on)),
            Column(
                self.tr("From") if self.by_sender else self.tr("To"),
                lambda q: q.from_commission if self.by_sender else q.to_commission,
            ),
            Column(
                self.tr("Question"),
                lambda q: shown_name(q.title, q.title_kk),
                tooltip=lambda q: q.justification,
            ),
            Column(self.tr("Decision it comes from"), lambda q: q.source),
            Column(self.tr("State"), self.state_text, tooltip=lambda q: q.decline_reason),
        ]

    def state_text(self, question: QuestionView) -> str:
        if question.state is QuestionState.ON_AGENDA:
            return self.tr("On the agenda of meeting No. {number} of {date}").format(
                number=question.meeting_number, date=_day(question.meeting_date)
            )
        if question.state is QuestionState.DECLINED:
            return self.tr("Declined: {reason}").format(reason=question.decline_reason or "")
        return self.tr("Sent")

    def is_dimmed(self, row: QuestionView) -> bool:
        return row.state is not QuestionState.SENT


class OblastDecisionsModel(RowsModel[DistrictControlLine]):
    def key_of(self, row: DistrictControlLine) -> tuple[int, int]:
        return (row.control_point_id, row.agency_id)

    def make_columns(self) -> list[Column[DistrictControlLine]]:
        return [
            Column(self.tr("Due"), lambda r: r.due_date, text=lambda r: _day(r.due_date)),
            Column(
                self.tr("Meeting"),
                lambda r: r.meeting_date,
                text=lambda r: self.tr("No. {number} of {date}").format(
                    number=r.meeting_number, date=_day(r.meeting_date)
                ),
            ),
            Column(self.tr("No."), lambda r: r.number),
            Column(self.tr("Decision"), lambda r: r.text, tooltip=lambda r: r.commission),
            Column(self.tr("Executor"), lambda r: r.agency),
            Column(self.tr("State"), self.state_text),
        ]

    def state_text(self, line: DistrictControlLine) -> str:
        if line.state in (ControlPointState.EXECUTED_ON_TIME, ControlPointState.EXECUTED_LATE):
            return self.tr("Executed")
        if line.state is ControlPointState.CANCELLED:
            return self.tr("Cancelled")
        if line.last_assessment is ReportAssessment.PENDING:
            return self.tr("Report sent on {date}").format(date=_day(line.last_report_on))
        if line.last_assessment is ReportAssessment.RETURNED:
            return self.tr("Report returned for rework")
        return self.tr("Overdue") if line.overdue else self.tr("Open")

    def is_dimmed(self, row: DistrictControlLine) -> bool:
        return row.state is not ControlPointState.OPEN


def _panel(table: QWidget, *buttons: QPushButton) -> QWidget:
    panel = QWidget()
    bar = QHBoxLayout()
    bar.addStretch(1)
    for button in buttons:
        bar.addWidget(button)
    layout = QVBoxLayout(panel)
    layout.addLayout(bar)
    layout.addWidget(table, 1)
    return panel


class CrossArea(QWidget):
    """Three lists in tabs: proposed by the districts, sent to the oblast, the oblast
    commission's decisions for this district's akimat."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._clock = clock
        self.can_edit = ctx.actor.can(Permission.EDIT_MEETINGS)
        self.can_report = ctx.actor.can(Permission.ASSESS_REPORTS)

        self.proposed: RecordTable[QuestionView] = RecordTable(
            QuestionsModel(sender=True), stretch_column=2, name="questions_proposed"
        )
        self.proposed.set_key_columns([0, 4])
        self.agenda_button = QPushButton(self.tr("Put on the &agenda…"))
        self.decline_button = QPushButton(self.tr("&Decline…"))
        self.agenda_button.clicked.connect(self.put_on_agenda)
        self.decline_button.clicked.connect(self.decline)

        self.sent: RecordTable[QuestionView] = RecordTable(
            QuestionsModel(sender=False), stretch_column=2, name="questions_sent"
        )
        self.sent.set_key_columns([0, 4])
        self.send_button = QPushButton(self.tr("&Send a question to the oblast…"))
        self.send_button.clicked.connect(self.send_question)

        self.decisions: RecordTable[DistrictControlLine] = RecordTable(
            OblastDecisionsModel(), stretch_column=3, name="oblast_decisions"
        )
        self.decisions.set_key_columns([0, 5])  # the term and the state
        self.report_button = QPushButton(self.tr("Record the &report…"))
        self.report_button.clicked.connect(self.record_report)

        for button in (self.agenda_button, self.decline_button, self.send_button):
            button.setVisible(self.can_edit)
        self.report_button.setVisible(self.can_report)
        self.proposed.set_row_buttons(
            (self.agenda_button, "agenda"), (self.decline_button, "decline")
        )
        self.decisions.set_row_buttons((self.report_button, "report"))
        for table in (self.proposed, self.sent, self.decisions):
            table.sig_selection_changed.connect(self._update_buttons)

        self.tabs = QTabWidget()
        self.tabs.addTab(
            _panel(self.proposed, self.agenda_button, self.decline_button),
            self.tr("Proposed by the districts"),
        )
        self.tabs.addTab(_panel(self.sent, self.send_button), self.tr("Sent to the oblast"))
        self.tabs.addTab(
            _panel(self.decisions, self.report_button), self.tr("Oblast commission decisions")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        ctx.changes.sig_changed.connect(self._on_changed)
        self.refresh()

    def toolbar_actions(self) -> list[QAction]:
        """The toolbar's commands: these buttons' (ui.commands)."""
        return button_actions(
            self,
            (self.send_button, "send"),
            (self.agenda_button, "agenda"),
            (self.decline_button, "decline"),
            (self.report_button, "report"),
        )

    def refresh(self) -> None:
        ctx = self.ctx
        actor = reading_as_shown(ctx.actor)
        proposed = ctx.run(self, lambda: cross_commission.proposed_questions(ctx.db, actor))
        sent = ctx.run(self, lambda: cross_commission.sent_questions(ctx.db, actor))
        lines = ctx.run(
            self, lambda: district_control.oblast_decisions(ctx.db, actor, self._clock())
        )
        self.proposed.set_rows(proposed or [])
        self.sent.set_rows(sent or [])
        self.decisions.set_rows(lines or [])
        self._update_buttons()

    def _on_changed(self, table: str) -> None:
        if table in WATCHED:
            self.refresh()

    def _update_buttons(self) -> None:
        waiting = self.proposed.current()
        open_question = waiting is not None and waiting.state is QuestionState.SENT
        self.agenda_button.setEnabled(self.can_edit and open_question)
        self.decline_button.setEnabled(self.can_edit and open_question)
        line = self.decisions.current()
        self.report_button.setEnabled(
            self.can_report and line is not None and line.state is ControlPointState.OPEN
        )

    def send_question(self) -> SendQuestionDialog:
        dialog = SendQuestionDialog(self.ctx, self._clock(), self)
        dialog.open()
        return dialog

    def put_on_agenda(self) -> PutOnAgendaDialog | None:
        question = self.proposed.current()
        if question is None:
            return None
        dialog = PutOnAgendaDialog(self.ctx, question, self._clock(), self)
        dialog.open()
        return dialog

    def decline(self) -> DeclineQuestionDialog | None:
        question = self.proposed.current()
        if question is None:
            return None
        dialog = DeclineQuestionDialog(self.ctx, question, self._clock(), self)
        dialog.open()
        return dialog

    def record_report(self) -> AkimatReportDialog | None:
        line = self.decisions.current()
        if line is None:
            return None
        dialog = AkimatReportDialog(self.ctx, line, self._clock(), self)
        dialog.open()
        return dialog
