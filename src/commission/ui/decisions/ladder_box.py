"""The escalation ladder on the control card: the steps taken (step, number, date) and the one
proposed next, taken with one button; a letter of the ladder opens as a Word file.

The next step is proposed only for a decision overdue or answered formally
(``services.ladder``); the button says which step it takes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commission.domain.enums import LadderStep, Language
from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.domain.permissions import Permission
from commission.services import ladder, outgoing_register
from commission.services.ladder import LadderView, StepView
from commission.ui.context import AppContext
from commission.ui.open_file import opened_folder

_STEPS = {
    LadderStep.REMINDER: QT_TRANSLATE_NOOP("CardLabels", "Reminder letter"),
    LadderStep.HEAD_LETTER: QT_TRANSLATE_NOOP("CardLabels", "Letter to the agency's head"),
    LadderStep.AGENDA: QT_TRANSLATE_NOOP("CardLabels", "Question on the commission's agenda"),
    LadderStep.AKIM: QT_TRANSLATE_NOOP("CardLabels", "Submission to the akim"),
}


def step_label(step: LadderStep) -> str:
    return QCoreApplication.translate("CardLabels", _STEPS[step])


def _day(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value is not None else ""


def document_language(ctx: AppContext) -> str:
    return "kk" if ctx.actor.language is Language.KK else "ru"


def open_letter(
    ctx: AppContext, parent: QWidget, letter_id: int, language: str | None = None
) -> Path | None:
    """Make the registered letter's document again and open it; ``None`` when it could not
    be (the reason was shown)."""
    # Imported on use: python-docx must not load before the window's first paint.
    from commission.exports.escalation_docx import ladder_letter_docx
    from commission.exports.files import write_bytes_safely
    from commission.ui.meetings.minutes_tab import safe_file_name

    lang = language or document_language(ctx)
    letter = ctx.run(
        parent, lambda: outgoing_register.letter_document(ctx.db, ctx.actor, letter_id)
    )
    if letter is None:
        return None
    name = safe_file_name(f"{letter.number or ''} {letter.agency_name.get(lang)} {lang.upper()}")
    path = opened_folder() / "letters" / f"{name}.docx"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_safely(path, ladder_letter_docx(letter, lang))
    except (UserError, OSError) as exc:
        ctx.report(parent, exc)
        return None
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


class LadderBox(QGroupBox):
    """The ladder's history and its next step for one decision.

    Signals:
        sig_taken(): a step was taken (the card reloads).
    """

    sig_taken = Signal()

    def __init__(
        self,
        ctx: AppContext,
        decision_id: int,
        clock: Callable[[], date],
        read_only: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("LadderBox", "Escalation"), parent)
        self.ctx = ctx
        self.decision_id = decision_id
        self._clock = clock
        self.view: LadderView | None = None
        self.opened: Path | None = None
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Step"), self.tr("Outgoing No. / meeting"), self.tr("Date")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        row_height = self.table.fontMetrics().height() + 10
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        # The header and three steps stay readable however the card's dividers are moved.
        self.table.setMinimumHeight(4 * row_height + 6)
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.take_button = QPushButton()
        self.take_button.setVisible(not read_only and ctx.actor.can(Permission.SEND_LETTERS))
        self.open_button = QPushButton(self.tr("Open the &letter"))
        row = QHBoxLayout()
        row.addWidget(self.next_label, 1)
        row.addWidget(self.take_button)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.take_button.clicked.connect(lambda: self.take_next())
        self.open_button.clicked.connect(lambda: self.open_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)

    def reload(self) -> None:
        ctx = self.ctx
        view = ctx.run(
            self, lambda: ladder.ladder(ctx.db, ctx.actor, self.decision_id, self._clock())
        )
        self.view = view
        steps = view.steps if view else ()
        self.table.setRowCount(len(steps))
        for r, step in enumerate(steps):
            for c, text in enumerate(self._cells(step)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        if steps:
            self.table.selectRow(len(steps) - 1)
        proposed = view.proposed if view else None
        if proposed is not None:
            reason = (
                self.tr("answered formally")
                if view is not None and view.formal
                else self.tr("overdue")
            )
            self.next_label.setText(
                self.tr("The decision is {reason}; next step: {step}.").format(
                    reason=reason, step=step_label(proposed)
                )
            )
            self.take_button.setText(self.tr("&Take: {step}").format(step=step_label(proposed)))
        else:
            self.next_label.setText(
                self.tr("No step is due: the decision is neither overdue nor answered formally.")
                if not steps or (view is not None and not (view.overdue or view.formal))
                else self.tr("Every step of the ladder has been taken.")
            )
            self.take_button.setText(self.tr("&Take the next step"))
        self._update_buttons()

    def _cells(self, step: StepView) -> list[str]:
        if step.letter_number is not None:
            where = step.letter_number
        elif step.meeting_number is not None:
            where = self.tr("meeting No. {number} of {date}").format(
                number=step.meeting_number, date=_day(step.meeting_date)
            )
        else:
            where = ""
        return [step_label(step.step), where, _day(step.taken_on)]

    def selected(self) -> StepView | None:
        row = self.table.currentRow()
        if self.view is None or not 0 <= row < len(self.view.steps):
            return None
        return self.view.steps[row]

    def _update_buttons(self) -> None:
        step = self.selected()
        self.open_button.setEnabled(step is not None and step.letter_id is not None)
        self.take_button.setEnabled(self.view is not None and self.view.proposed is not None)

    def take_next(self) -> ladder.TakenStep | None:
        """Take the proposed step; a letter is opened at once, to be printed and signed."""
        view = self.view
        if view is None or view.proposed is None:
            return None
        ctx, step = self.ctx, view.proposed
        taken = ctx.run(
            self,
            lambda: ladder.take_step(ctx.db, ctx.actor, self.decision_id, step, self._clock()),
        )
        if taken is None:
            return None
        ctx.changes.sig_changed.emit("outgoing_letters")
        self.sig_taken.emit()
        if taken.letter is not None and taken.letter.letter_id is not None:
            self.opened = open_letter(ctx, self, taken.letter.letter_id)
        return taken

    def open_selected(self) -> Path | None:
        step = self.selected()
        if step is None or step.letter_id is None:
            return None
        self.opened = open_letter(self.ctx, self, step.letter_id)
        return self.opened
