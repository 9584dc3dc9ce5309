"""The dialogs of the area between commissions: send a question up, put it on an agenda or
decline it, register a district akimat's report on an oblast decision."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from commission.domain.enums import ReportKind
from commission.services import cross_commission, district_control
from commission.services.control import ReportData
from commission.services.cross_commission import QuestionData, QuestionView
from commission.services.district_control import DistrictControlLine
from commission.ui.admin.forms import FormDialog, from_qdate, make_date_edit, text_of
from commission.ui.bilingual import BilingualLineEdit
from commission.ui.context import AppContext

TABLE = "proposed_questions"


class SendQuestionDialog(FormDialog):
    """A question for the oblast commission, from one of the district's decisions or new."""

    def __init__(self, ctx: AppContext, today: date, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Send a question to the oblast commission"))
        self.today = today
        self.saved: QuestionView | None = None
        self.source = QComboBox()
        self.source.addItem(self.tr("— a new question —"), None)
        choices = ctx.run(parent, lambda: cross_commission.source_choices(ctx.db, ctx.actor))
        self._choices = {c.decision_id: c for c in choices or []}
        for choice in choices or []:
            self.source.addItem(choice.label, choice.decision_id)
        self.source.currentIndexChanged.connect(self._source_chosen)
        self.title = BilingualLineEdit()
        self.justification = QPlainTextEdit()
        self.add_row("source_decision_id", self.tr("&From the decision:"), self.source)
        self.add_row("title", self.tr("&Question:"), self.title)
        self.add_row("justification", self.tr("&Justification:"), self.justification)
        self.finish_form()

    def _source_chosen(self) -> None:
        choice = self._choices.get(self.source.currentData())
        if choice is not None and self.title.is_empty():
            self.title.set_value(choice.title, choice.title_kk)

    def save(self) -> None:
        title, title_kk = self.title.value()
        data = QuestionData(
            title=title,
            title_kk=title_kk,
            justification=text_of(self.justification),
            source_decision_id=self.source.currentData(),
        )
        self.saved = cross_commission.send_question(
            self.ctx.db, self.ctx.actor, data, today=self.today
        )
        self.ctx.changes.sig_changed.emit(TABLE)


class PutOnAgendaDialog(FormDialog):
    """Chooses the oblast's meeting whose agenda takes a proposed question."""

    def __init__(
        self, ctx: AppContext, question: QuestionView, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Put on the agenda"))
        self.set_intro(question.title or question.title_kk or "")
        self.question = question
        self.today = today
        self.saved: QuestionView | None = None
        self.meeting = QComboBox()
        meetings = ctx.run(parent, lambda: cross_commission.agenda_meetings(ctx.db, ctx.actor))
        for m in meetings or []:
            label = self.tr("No. {number} of {date}").format(
                number=m.number, date=m.meeting_date.strftime("%d.%m.%Y")
            )
            self.meeting.addItem(label, m.id)
        self.add_row("meeting_id", self.tr("&Meeting:"), self.meeting)
        self.finish_form()

    def save(self) -> None:
        meeting_id = self.meeting.currentData()
        if meeting_id is None:
            return
        self.saved = cross_commission.put_on_agenda(
            self.ctx.db,
            self.ctx.actor,
            self.question.id,
            self.question.version,
            int(meeting_id),
            today=self.today,
        )
        self.ctx.changes.sig_changed.emit(TABLE)
        self.ctx.changes.sig_changed.emit("agenda_items")


class DeclineQuestionDialog(FormDialog):
    """Declines a proposed question; the district reads the reason."""

    def __init__(
        self, ctx: AppContext, question: QuestionView, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Decline the question"))
        self.set_intro(question.title or question.title_kk or "")
        self.question = question
        self.today = today
        self.saved: QuestionView | None = None
        self.reason = QPlainTextEdit()
        self.add_row("decline_reason", self.tr("&Reason:"), self.reason)
        self.finish_form()

    def save(self) -> None:
        self.saved = cross_commission.decline_question(
            self.ctx.db,
            self.ctx.actor,
            self.question.id,
            self.question.version,
            text_of(self.reason),
            today=self.today,
        )
        self.ctx.changes.sig_changed.emit(TABLE)


class AkimatReportDialog(FormDialog):
    """The district akimat's report on a control point of an oblast decision."""

    def __init__(
        self,
        ctx: AppContext,
        line: DistrictControlLine,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(
            self.tr("Report on oblast decision {number}").format(number=line.number)
        )
        self.set_intro(line.text)
        self.line = line
        self.today = today
        self.saved: DistrictControlLine | None = None
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Final"), ReportKind.FINAL.value)
        self.kind.addItem(self.tr("Interim"), ReportKind.INTERIM.value)
        self.received = make_date_edit(today)
        self.number = QLineEdit()
        self.number.setMaxLength(50)
        self.text = QPlainTextEdit()
        self.add_row("kind", self.tr("&Kind:"), self.kind)
        self.add_row("received_on", self.tr("&Received on:"), self.received)
        self.add_row("incoming_number", self.tr("&Incoming No.:"), self.number)
        self.add_row("text", self.tr("&Text:"), self.text)
        self.finish_form()

    def save(self) -> None:
        data = ReportData(
            agency_id=self.line.agency_id,
            kind=ReportKind(self.kind.currentData()),
            received_on=from_qdate(self.received.date()),
            incoming_number=text_of(self.number),
            text=text_of(self.text),
        )
        self.saved = district_control.report_for_akimat(
            self.ctx.db, self.ctx.actor, self.line.control_point_id, data, today=self.today
        )
        self.ctx.changes.sig_changed.emit("execution_reports")
        self.ctx.changes.sig_changed.emit("decisions")
