"""Small forms of the control card: a report, an extension request, a comment or a note."""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from commission.domain.enums import ExecutionGrade, ReportKind
from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.services import control
from commission.services.control import ControlCard, ReportData
from commission.ui.admin.forms import FormDialog, from_qdate, make_date_edit, text_of
from commission.ui.context import AppContext


class CardFileProblem(UserError):
    """A file chosen for a report could not be read."""


def report_kind_label(kind: ReportKind) -> str:
    labels = {
        ReportKind.INTERIM: QT_TRANSLATE_NOOP("CardLabels", "Interim"),
        ReportKind.FINAL: QT_TRANSLATE_NOOP("CardLabels", "Final"),
    }
    return QCoreApplication.translate("CardLabels", labels[kind])


def _agency_combo(card: ControlCard) -> QComboBox:
    combo = QComboBox()
    if card.lead_agency_id is not None:
        combo.addItem(card.lead_agency or "?", card.lead_agency_id)
    for agency_id, name in card.co_executors:
        combo.addItem(name, agency_id)
    return combo


class CardReportDialog(FormDialog):
    """Registers an agency's report on a control point, with files attached to it.

    Attributes:
        files: the files to attach once the report is registered.
        saved: the card as stored, once saved.
    """

    def __init__(
        self,
        ctx: AppContext,
        card: ControlCard,
        point_id: int,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Report on decision {number}").format(number=card.number))
        self.point_id = point_id
        self.today = today
        self.files: list[Path] = []
        self.saved: ControlCard | None = None
        self.report_id: int | None = None  # once registered: a retry only attaches files
        self.agency = _agency_combo(card)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Final"), ReportKind.FINAL.value)
        self.kind.addItem(self.tr("Interim"), ReportKind.INTERIM.value)
        self.received = make_date_edit(today)
        self.number = QLineEdit()
        self.number.setMaxLength(50)
        self.text = QPlainTextEdit()
        self.files_label = QLabel(self.tr("No files"))
        self.files_label.setWordWrap(True)
        self.files_button = QPushButton(self.tr("&Attach files…"))
        self.files_button.clicked.connect(self._choose_files)
        files = QWidget()
        row = QHBoxLayout(files)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.files_label, 1)
        row.addWidget(self.files_button)
        self.add_row("agency_id", self.tr("&Agency:"), self.agency)
        self.add_row("kind", self.tr("&Kind:"), self.kind)
        self.add_row("received_on", self.tr("&Received on:"), self.received)
        self.add_row("incoming_number", self.tr("&Incoming No.:"), self.number)
        self.add_row("text", self.tr("&Text:"), self.text)
        self.add_row("content", self.tr("Files:"), files)
        self.finish_form()

    def set_files(self, files: list[Path]) -> None:
        self.files = list(files)
        names = ", ".join(f.name for f in self.files)
        self.files_label.setText(names or self.tr("No files"))

    def _choose_files(self) -> None:
        chosen, _selected = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        if chosen:
            self.set_files([Path(c) for c in chosen])

    def save(self) -> None:
        contents: list[tuple[str, str, bytes]] = []
        for path in self.files:
            try:
                content = path.read_bytes()
            except OSError as exc:
                raise CardFileProblem(
                    QT_TRANSLATE_NOOP("Errors", "The file «{name}» cannot be read."),
                    name=path.name,
                ) from exc
            kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            contents.append((path.name, kind, content))
        data = ReportData(
            agency_id=int(self.agency.currentData()),
            kind=ReportKind(self.kind.currentData()),
            received_on=from_qdate(self.received.date()),
            incoming_number=text_of(self.number),
            text=text_of(self.text),
        )
        db, actor = self.ctx.db, self.ctx.actor
        if self.report_id is None:
            card = control.register_report(db, actor, self.point_id, data, today=self.today)
            self.saved = card
            self.ctx.changes.sig_changed.emit("decisions")
            point = next(p for p in card.points if p.id == self.point_id)
            self.report_id = max(r.id for r in point.reports)
        while contents:
            name, kind, content = contents[0]
            control.attach_file(db, actor, self.report_id, name, kind, content)
            contents.pop(0)
            self.set_files(self.files[1:])


class CardExtensionDialog(FormDialog):
    """Records an agency's request to move a control point's date."""

    def __init__(
        self,
        ctx: AppContext,
        card: ControlCard,
        point_id: int,
        due: date,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(
            self.tr("Extension request on decision {number}").format(number=card.number)
        )
        self.point_id = point_id
        self.today = today
        self.saved: ControlCard | None = None
        self.agency = _agency_combo(card)
        self.requested = make_date_edit(today)
        self.proposed = make_date_edit(due)
        self.reason = QPlainTextEdit()
        self.add_row("agency_id", self.tr("&Agency:"), self.agency)
        self.add_row("requested_on", self.tr("&Requested on:"), self.requested)
        self.add_row("proposed_date", self.tr("&Proposed date:"), self.proposed)
        self.add_row("reason", self.tr("R&eason:"), self.reason)
        self.finish_form()

    def save(self) -> None:
        self.saved = control.request_extension(
            self.ctx.db,
            self.ctx.actor,
            self.point_id,
            int(self.agency.currentData()),
            from_qdate(self.requested.date()),
            from_qdate(self.proposed.date()),
            text_of(self.reason),
            today=self.today,
        )
        self.ctx.changes.sig_changed.emit("decisions")


class CardCommentDialog(FormDialog):
    """A comment for an action (return for rework, removal from control) that ``act`` takes."""

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        label: str,
        act: Callable[[str], ControlCard],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(title)
        self.act = act
        self.saved: ControlCard | None = None
        self.comment = QPlainTextEdit()
        self.add_row("comment", label, self.comment)
        self.finish_form()

    def save(self) -> None:
        self.saved = self.act(text_of(self.comment))
        self.ctx.changes.sig_changed.emit("decisions")


_GRADES = {
    ExecutionGrade.EXECUTED: QT_TRANSLATE_NOOP("CardLabels", "Executed"),
    ExecutionGrade.PARTIAL: QT_TRANSLATE_NOOP("CardLabels", "Partially executed"),
    ExecutionGrade.FORMAL: QT_TRANSLATE_NOOP("CardLabels", "Formal reply (answered without doing)"),
    ExecutionGrade.NOT_EXECUTED: QT_TRANSLATE_NOOP("CardLabels", "Not executed"),
}


def grade_label(grade: ExecutionGrade) -> str:
    return QCoreApplication.translate("CardLabels", _GRADES[grade])


class CardGradeDialog(FormDialog):
    """Accepts a final report with its grade; a grade below «executed» needs its reason, and
    a formal reply sends the report back for rework."""

    def __init__(
        self,
        ctx: AppContext,
        report_id: int,
        version: int,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Grade the report"))
        self.report_id = report_id
        self.version = version
        self.today = today
        self.saved: ControlCard | None = None
        self.grade = QComboBox()
        for grade in ExecutionGrade:
            self.grade.addItem(grade_label(grade), grade.value)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Required for any grade below «executed»"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.grade.currentIndexChanged.connect(self._explain)
        self.add_row("grade", self.tr("&Grade:"), self.grade)
        self.add_row("comment", self.tr("&Reason:"), self.reason)
        self.form.addRow("", self.hint)
        self.finish_form()
        self._explain()

    def chosen(self) -> ExecutionGrade:
        return ExecutionGrade(self.grade.currentData())

    def _explain(self) -> None:
        hints = {
            ExecutionGrade.EXECUTED: self.tr("The control point closes."),
            ExecutionGrade.PARTIAL: self.tr(
                "The control point closes; the agency's discipline score counts it as half."
            ),
            ExecutionGrade.FORMAL: self.tr(
                "The report goes back for rework and the point stays open, as with a return."
            ),
            ExecutionGrade.NOT_EXECUTED: self.tr(
                "The answer is taken; the point stays open until it is executed or removed."
            ),
        }
        self.hint.setText(hints[self.chosen()])

    def save(self) -> None:
        self.saved = control.assess_report(
            self.ctx.db,
            self.ctx.actor,
            self.report_id,
            self.version,
            True,
            text_of(self.reason),
            grade=self.chosen(),
            today=self.today,
        )
        self.ctx.changes.sig_changed.emit("decisions")
