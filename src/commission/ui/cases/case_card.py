"""The card of a case: the individual programme with its needs, measures, activity log and
schedule, the programme's state buttons and the programme printed to sign.

The probation officer changes it; the secretary reads it (the buttons are hidden). After each
action the card reloads and announces the change. The needs are edited in place and saved with
one button; the rest through small forms (``case_dialogs``).
"""

from __future__ import annotations

import html
import mimetypes
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commission.domain.enums import MeasureState, NeedKind, ProgrammeState
from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.domain.permissions import Permission
from commission.domain.programme import (
    ESCALABLE_MEASURE_STATES,
    FINAL_MEASURE_STATES,
    FINAL_PROGRAMME_STATES,
    Timing,
)
from commission.services import case_card, case_reviews, cases, measures
from commission.services.case_card import CaseCard, MeasureView, ScheduleEntry
from commission.services.cases import NeedData
from commission.services.escalation import EscalationResult
from commission.services.measure_terms import DecisionLink
from commission.ui.admin.forms import ErrorLabel
from commission.ui.card_actions import CardActions
from commission.ui.card_header import CardHeader, Tone
from commission.ui.cases.case_dialogs import (
    EscalationDialog,
    EventDialog,
    MeasureDialog,
    MeasureOutcomeDialog,
    ReasonDialog,
    measure_action,
)
from commission.ui.cases.labels import (
    day_text,
    event_kind_label,
    measure_state_label,
    need_kind_label,
    priority_label,
    timing_background,
    timing_text,
)
from commission.ui.context import AppContext
from commission.ui.export_worker import ExportWorker
from commission.ui.labels import reading_as_shown, shown_name
from commission.ui.open_file import open_attachment
from commission.ui.overview_labels import computed_state_label, programme_state_label

MAX_PRIORITY = cases.MAX_PRIORITY
COMMISSION_COLUMN = 6  # of the measures table: where an escalated measure went
LOG_TEXT_COLUMN = 4  # of the log: what happened


class EvidenceUnreadable(UserError):
    """A file chosen as evidence could not be read."""


_PROGRAMME_TONES = {
    ProgrammeState.DRAFT: Tone.NEUTRAL,
    ProgrammeState.APPROVED: Tone.ACTIVE,
    ProgrammeState.IN_PROGRESS: Tone.ACTIVE,
    ProgrammeState.COMPLETED: Tone.DONE,
    ProgrammeState.CLOSED: Tone.DONE,
    ProgrammeState.STOPPED: Tone.ALERT,
}


def _table(headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def _fill(
    table: QTableWidget,
    rows: Sequence[Sequence[str]],
    keep: int,
    backgrounds: Sequence[QColor | None] = (),
) -> None:
    table.blockSignals(True)
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        colour = backgrounds[r] if r < len(backgrounds) else None
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            if colour is not None:
                item.setBackground(QBrush(colour))
            table.setItem(r, c, item)
    table.blockSignals(False)
    table.resizeColumnsToContents()
    for c in range(table.columnCount() - 1):
        table.setColumnWidth(c, min(table.columnWidth(c), 240))
    # Sizing the columns to their contents undoes the stretch of the last one.
    table.horizontalHeader().setStretchLastSection(False)
    table.horizontalHeader().setStretchLastSection(True)
    if rows:
        table.selectRow(min(max(keep, 0), len(rows) - 1))


def escalation_text(result: EscalationResult) -> str:
    """Where an escalated measure went, as the officer is told."""
    if result.meeting_number is None or result.meeting_date is None:
        return QCoreApplication.translate(
            "CaseCardDialog",
            "The measure is sent to the commission. No meeting is planned yet: it waits for the "
            "nearest meeting and goes onto its agenda when the secretary plans it.",
        )
    return QCoreApplication.translate(
        "CaseCardDialog",
        "The measure is sent to the commission: it is proposed for the agenda of meeting "
        "No. {number} of {date}.",
    ).format(number=result.meeting_number, date=day_text(result.meeting_date))


class CaseCardDialog(CardActions, QDialog):
    """The card of one case; open it with ``open()``.

    Attributes:
        card: the card as last read, ``None`` if it could not be read.
        dialog: the form last opened from the card.
        last_message: the last note shown after an action (where an escalation went).
        worker: the programme's export, while one runs.
    """

    changed_table = "cases"

    def __init__(
        self,
        ctx: AppContext,
        case_id: int,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self._clock = clock
        self.card: CaseCard | None = None
        self.dialog: QDialog | None = None
        self.last_message = ""
        self.worker: ExportWorker | None = None
        self.missing_question: QMessageBox | None = None
        self.can_edit = ctx.actor.can(Permission.EDIT_CASES)
        self.setMinimumSize(960, 640)

        self.header = CardHeader()
        self.decisions: list[DecisionLink] = []
        self.decisions_label = QLabel()
        self.decisions_label.setWordWrap(True)
        self.decisions_label.setTextFormat(Qt.TextFormat.RichText)
        self.decisions_label.linkActivated.connect(lambda link: self.open_decision(int(link)))

        self.approve_button = QPushButton(self.tr("Appro&ve"))
        self.start_button = QPushButton(self.tr("S&tart"))
        self.complete_button = QPushButton(self.tr("&Complete"))
        self.stop_button = QPushButton(self.tr("Sto&p…"))
        self.print_button = QPushButton(self.tr("Pro&gramme (.docx)…"))
        self._state_buttons = {
            ProgrammeState.APPROVED: self.approve_button,
            ProgrammeState.IN_PROGRESS: self.start_button,
            ProgrammeState.COMPLETED: self.complete_button,
            ProgrammeState.STOPPED: self.stop_button,
        }
        state_row = QHBoxLayout()
        if self.can_edit:  # the buttons that follow move the programme along
            state_row.addWidget(QLabel(self.tr("Programme:")))
        for button in self._state_buttons.values():
            button.setVisible(self.can_edit)
            state_row.addWidget(button)
        state_row.addStretch(1)
        state_row.addWidget(self.print_button)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._needs_tab(), self.tr("&Needs"))
        self.tabs.addTab(self._measures_tab(), self.tr("&Measures"))
        self.tabs.addTab(self._log_tab(), self.tr("&Log"))
        self.tabs.addTab(self._schedule_tab(), self.tr("Sc&hedule"))

        self.error_label = ErrorLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.decisions_label)
        layout.addLayout(state_row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.approve_button.clicked.connect(lambda: self.move_to(ProgrammeState.APPROVED))
        self.start_button.clicked.connect(lambda: self.move_to(ProgrammeState.IN_PROGRESS))
        self.complete_button.clicked.connect(lambda: self.move_to(ProgrammeState.COMPLETED))
        self.stop_button.clicked.connect(self.stop)
        self.print_button.clicked.connect(lambda: self.print_programme())
        self.reload()
        self.tabs.setFocus()

    # --- the tabs -------------------------------------------------------------------------

    def _needs_tab(self) -> QWidget:
        page = QWidget()
        self.needs_table = _table([self.tr("Kind of help"), self.tr("Priority"), self.tr("Notes")])
        self.needs_table.setRowCount(len(NeedKind))
        self.needs_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.needs_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.priority_combos: list[QComboBox] = []
        for row, kind in enumerate(NeedKind):
            item = QTableWidgetItem(need_kind_label(kind))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, kind.value)
            self.needs_table.setItem(row, 0, item)
            combo = QComboBox()
            for priority in range(1, MAX_PRIORITY + 1):
                combo.addItem(priority_label(priority), priority)
            combo.setCurrentIndex(1)
            self.needs_table.setCellWidget(row, 1, combo)
            self.priority_combos.append(combo)
            self.needs_table.setItem(row, 2, QTableWidgetItem(""))
        self.needs_table.resizeColumnsToContents()
        self.needs_table.setColumnWidth(1, self.needs_table.columnWidth(1) + 24)
        self.assessment = QPlainTextEdit()
        self.assessment.setTabChangesFocus(True)
        self.assessment.setMaximumHeight(80)
        assessment_label = QLabel(self.tr("&Assessment of the life situation:"))
        assessment_label.setBuddy(self.assessment)
        self.save_needs_button = QPushButton(self.tr("&Save the needs"))
        self.save_needs_button.setVisible(self.can_edit)
        self.save_needs_button.clicked.connect(self.save_needs)
        hint = QLabel(
            self.tr("Tick the kinds of help the client needs; double-click a note to edit.")
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addWidget(self.needs_table, 1)
        layout.addWidget(assessment_label)
        layout.addWidget(self.assessment)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_needs_button)
        layout.addLayout(save_row)
        return page

    def _measures_tab(self) -> QWidget:
        page = QWidget()
        self.measures_table = _table(
            [
                self.tr("Kind of help"),
                self.tr("Action"),
                self.tr("Responsible agency"),
                self.tr("Deadline"),
                self.tr("State"),
                self.tr("Where it stands"),
                self.tr("Commission"),
                self.tr("Outcome"),
                self.tr("Completed on"),
                self.tr("Evidence"),
            ]
        )
        self.add_measure_button = QPushButton(self.tr("&Add…"))
        self.edit_measure_button = QPushButton(self.tr("&Edit…"))
        self.work_button = QPushButton(self.tr("&In progress"))
        self.outcome_button = QPushButton(self.tr("&Outcome…"))
        self.escalate_button = QPushButton(self.tr("&Blocked: to the commission…"))
        self.evidence_button = QPushButton(self.tr("Attach evi&dence…"))
        self.decision_button = QPushButton(self.tr("Decision's control ca&rd"))
        self.open_evidence_button = QPushButton(self.tr("O&pen evidence"))
        # Two rows: the measure's own steps, then what leads elsewhere (the commission, the
        # evidence, the decision); eight buttons in one row were cut to «Вынести на ко…».
        steps, links = QHBoxLayout(), QHBoxLayout()
        mine = (self.add_measure_button, self.edit_measure_button, self.work_button)
        for row, row_buttons in (
            (steps, (*mine, self.outcome_button)),
            (links, (self.escalate_button, self.evidence_button)),
        ):
            for button in row_buttons:
                button.setVisible(self.can_edit)
                row.addWidget(button)
        steps.addStretch(1)
        links.addWidget(self.open_evidence_button)
        links.addStretch(1)
        links.addWidget(self.decision_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.measures_table, 1)
        layout.addLayout(steps)
        layout.addLayout(links)
        self.measures_table.itemSelectionChanged.connect(self._update_buttons)
        self.measures_table.doubleClicked.connect(lambda _i: self._double_click_measure())
        self.add_measure_button.clicked.connect(lambda: self.add_measure())
        self.edit_measure_button.clicked.connect(lambda: self.edit_measure())
        self.work_button.clicked.connect(self.start_measure)
        self.outcome_button.clicked.connect(lambda: self.finish_measure())
        self.escalate_button.clicked.connect(lambda: self.escalate())
        self.evidence_button.clicked.connect(lambda: self.attach_evidence())
        self.decision_button.clicked.connect(lambda: self.open_decision())
        self.open_evidence_button.clicked.connect(lambda: self.open_evidence())
        return page

    def _log_tab(self) -> QWidget:
        page = QWidget()
        self.log_table = _table(
            [
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Measure"),
                self.tr("Recorded by"),
                self.tr("What happened"),  # last: it takes the width left
            ]
        )
        self.add_event_button = QPushButton(self.tr("&Add an entry…"))
        self.add_event_button.setVisible(self.can_edit)
        self.add_event_button.clicked.connect(lambda: self.add_event())
        row = QHBoxLayout()
        row.addWidget(self.add_event_button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.log_table, 1)
        layout.addLayout(row)
        return page

    def _schedule_tab(self) -> QWidget:
        page = QWidget()
        self.schedule_table = _table(
            [
                self.tr("Due"),
                self.tr("Kind of help"),
                self.tr("Action"),
                self.tr("Responsible agency"),
                self.tr("Where it stands"),
            ]
        )
        note = QLabel(
            self.tr(
                "Measures still to be done, by due date; an escalated measure follows the term "
                "of the commission's decision."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(note)
        layout.addWidget(self.schedule_table, 1)
        return page

    # --- reading --------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the card again, keeping the selected measure."""
        keep = self.measures_table.currentRow()
        ctx = self.ctx
        card = ctx.run(
            self,
            lambda: case_card.case_card(
                ctx.db, reading_as_shown(ctx.actor), self.case_id, self._clock()
            ),
        )
        if card is None:
            self._update_buttons()
            return
        self.card = card
        self.setWindowTitle(self.tr("Case No. {number}").format(number=card.number))
        self._show_header(card)
        self._show_decisions(card)
        self._show_needs(card)
        schedule = {e.measure_id: e for e in card.schedule}
        _fill(
            self.measures_table,
            [self._measure_cells(m, schedule.get(m.id)) for m in card.measures],
            keep,
            [
                timing_background(schedule[m.id].timing) if m.id in schedule else None
                for m in card.measures
            ],
        )
        actions = {m.id: measure_action(m) for m in card.measures}
        _fill(
            self.log_table,
            [
                [
                    day_text(e.happened_on),
                    event_kind_label(e.kind),
                    actions.get(e.measure_id, "") if e.measure_id is not None else "",
                    e.recorded_by or "",
                    e.text,
                ]
                for e in card.events
            ],
            0,
        )
        _fill(
            self.schedule_table,
            [self._schedule_cells(e) for e in card.schedule],
            0,
            [timing_background(e.timing) for e in card.schedule],
        )
        self._update_buttons()

    def _show_header(self, card: CaseCard) -> None:
        opened = self.tr("Opened on {opened}").format(opened=day_text(card.opened_on))
        if card.approved_on is not None:
            opened += self.tr(", approved on {date}").format(date=day_text(card.approved_on))
        if card.closed_on is not None:
            opened += self.tr(", ended on {date}").format(date=day_text(card.closed_on))
            if card.close_reason:
                opened += f" ({card.close_reason})"
        self.header.show_card(
            self.tr("Case No. {number} — {client}").format(
                number=card.number, client=card.client_name
            ),
            programme_state_label(card.state),
            _PROGRAMME_TONES.get(card.state, Tone.NEUTRAL),
            [
                self.tr("Probation officer: {officer}; district: {district}").format(
                    officer=card.officer or "—", district=card.district
                ),
                opened,
            ],
        )

    def _show_decisions(self, card: CaseCard) -> None:
        """The commission's decisions on the case (reviews at meetings and escalated
        measures), each with its control state; a click opens the decision's control card."""
        ctx = self.ctx
        reviewed = ctx.run(
            self,
            lambda: case_reviews.case_decisions(ctx.db, ctx.actor, card.id, self._clock()),
        )
        found: dict[int, DecisionLink] = {d.decision_id: d for d in reviewed or []}
        for m in card.measures:
            decision = m.escalation.decision if m.escalation else None
            if decision is not None:
                found.setdefault(decision.decision_id, decision)
        self.decisions = sorted(found.values(), key=lambda d: (d.meeting_date, d.number))
        parts = [
            '<a href="{id}">{text}</a>'.format(
                id=d.decision_id,
                text=html.escape(
                    self.tr("decision {number} of meeting No. {meeting} of {date}").format(
                        number=d.number, meeting=d.meeting_number, date=day_text(d.meeting_date)
                    )
                ),
            )
            + html.escape(": " + computed_state_label(d.state))
            for d in self.decisions
        ]
        self.decisions_label.setText(
            html.escape(self.tr("Reviewed by the commission:")) + " " + "; ".join(parts)
        )
        self.decisions_label.setVisible(bool(parts))

    def _show_needs(self, card: CaseCard) -> None:
        assessed = {n.kind: n for n in card.needs}
        editable = self.can_edit and card.state not in FINAL_PROGRAMME_STATES
        for row, kind in enumerate(NeedKind):
            need = assessed.get(kind)
            item = self.needs_table.item(row, 0)
            notes = self.needs_table.item(row, 2)
            assert item is not None and notes is not None
            item.setCheckState(Qt.CheckState.Checked if need else Qt.CheckState.Unchecked)
            flags = Qt.ItemFlag.ItemIsEnabled
            if editable:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            notes.setText(need.notes or "" if need else "")
            notes.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable
                if editable
                else Qt.ItemFlag.ItemIsEnabled
            )
            combo = self.priority_combos[row]
            combo.setCurrentIndex((need.priority if need else 2) - 1)
            combo.setEnabled(editable)
        self.assessment.setPlainText(card.assessment_notes or "")
        self.assessment.setReadOnly(not editable)
        self.save_needs_button.setEnabled(editable)

    def _measure_cells(self, m: MeasureView, entry: ScheduleEntry | None) -> list[str]:
        if entry is None:
            where = ""
        elif entry.decision_state is not None:
            where = computed_state_label(entry.decision_state)
        elif entry.escalated:
            where = self.tr("waiting for the commission")
        else:
            where = timing_text(entry.timing, entry.working_days)
        return [
            need_kind_label(m.need_kind),
            measure_action(m),
            m.agency or "",
            day_text(m.deadline),
            measure_state_label(m.state),
            where,
            self._commission_text(m),
            shown_name(m.outcome or "", m.outcome_kk),
            day_text(m.completed_on),
            ", ".join(a.file_name for a in m.attachments),
        ]

    def _commission_text(self, m: MeasureView) -> str:
        esc = m.escalation
        if esc is None:
            return ""
        if esc.decision is not None:
            return self.tr("decision {number}: {state}").format(
                number=esc.decision.number, state=computed_state_label(esc.decision.state)
            )
        if esc.meeting_number is not None:
            return self.tr("on the agenda of meeting No. {number} of {date}").format(
                number=esc.meeting_number, date=day_text(esc.meeting_date)
            )
        return self.tr("waiting for the nearest meeting")

    def _schedule_cells(self, e: ScheduleEntry) -> list[str]:
        if e.decision_state is not None:
            where = self.tr("commission's decision: {state}").format(
                state=computed_state_label(e.decision_state)
            )
            if e.timing in (Timing.OVERDUE, Timing.DUE_SOON):
                where += f" ({timing_text(e.timing, e.working_days)})"
        elif e.escalated:
            where = self.tr("waiting for the commission")
        else:
            where = timing_text(e.timing, e.working_days)
        return [
            day_text(e.due_date),
            need_kind_label(e.need_kind),
            shown_name(e.action, e.action_kk),
            e.agency or "",
            where,
        ]

    def selected_measure(self) -> MeasureView | None:
        row = self.measures_table.currentRow()
        if self.card is None or not 0 <= row < len(self.card.measures):
            return None
        return self.card.measures[row]

    def select_measure(self, measure_id: int) -> None:
        if self.card is None:
            return
        for row, m in enumerate(self.card.measures):
            if m.id == measure_id:
                self.measures_table.selectRow(row)

    def _update_buttons(self) -> None:
        card = self.card
        for target, button in self._state_buttons.items():
            button.setEnabled(card is not None and target in card.next_states)
        self.print_button.setEnabled(card is not None and bool(card.measures))
        open_case = card is not None and card.state not in FINAL_PROGRAMME_STATES
        working = card is not None and card.state in (
            ProgrammeState.APPROVED,
            ProgrammeState.IN_PROGRESS,
        )
        m = self.selected_measure()
        unfinished = m is not None and m.state not in FINAL_MEASURE_STATES
        self.add_measure_button.setEnabled(open_case)
        # A finished measure opens too: its Kazakh texts may still be added.
        self.edit_measure_button.setEnabled(open_case and m is not None)
        self.work_button.setEnabled(
            working and m is not None and m.state in (MeasureState.ASSIGNED, MeasureState.ESCALATED)
        )
        self.outcome_button.setEnabled(working and unfinished)
        self.escalate_button.setEnabled(
            working and m is not None and m.state in ESCALABLE_MEASURE_STATES
        )
        self.evidence_button.setEnabled(m is not None and card is not None)
        self.open_evidence_button.setEnabled(m is not None and bool(m.attachments))
        self.decision_button.setEnabled(
            m is not None and m.escalation is not None and m.escalation.decision is not None
        )
        self.add_event_button.setEnabled(card is not None)

    # --- actions --------------------------------------------------------------------------

    def move_to(self, target: ProgrammeState) -> bool:
        """Approve, start or complete the programme; the service's refusal is shown."""
        card = self.card
        if card is None:
            return False
        ctx = self.ctx
        return self._act(
            lambda: cases.change_state(
                ctx.db, ctx.actor, card.id, card.version, target, self._clock()
            )
        )

    def stop(self) -> QDialog | None:
        card = self.card
        if card is None:
            return None
        ctx = self.ctx

        def act(reason: str) -> None:
            cases.change_state(
                ctx.db,
                ctx.actor,
                card.id,
                card.version,
                ProgrammeState.STOPPED,
                self._clock(),
                reason,
            )

        return self._open_form(
            ReasonDialog(ctx, self.tr("Stop the programme"), self.tr("&Reason:"), act, self)
        )

    def needs_entered(self) -> list[NeedData]:
        result = []
        for row, kind in enumerate(NeedKind):
            item = self.needs_table.item(row, 0)
            notes = self.needs_table.item(row, 2)
            if item is None or item.checkState() is not Qt.CheckState.Checked:
                continue
            priority = int(self.priority_combos[row].currentData())
            result.append(NeedData(kind, priority, notes.text() if notes else None))
        return result

    def set_need(self, kind: NeedKind, priority: int, notes: str = "") -> None:
        """Tick a kind of help as the officer would (for tests and scripted demos)."""
        row = list(NeedKind).index(kind)
        item = self.needs_table.item(row, 0)
        cell = self.needs_table.item(row, 2)
        assert item is not None and cell is not None
        item.setCheckState(Qt.CheckState.Checked)
        self.priority_combos[row].setCurrentIndex(priority - 1)
        cell.setText(notes)

    def save_needs(self) -> bool:
        card = self.card
        if card is None:
            return False
        ctx = self.ctx
        needs = self.needs_entered()
        notes = self.assessment.toPlainText()
        return self._act(
            lambda: cases.set_needs(ctx.db, ctx.actor, card.id, card.version, needs, notes)
        )

    def add_measure(self) -> QDialog | None:
        if self.card is None:
            return None
        return self._open_form(MeasureDialog(self.ctx, self.card, None, self, today=self._clock()))

    def edit_measure(self) -> QDialog | None:
        m = self.selected_measure()
        if self.card is None or m is None:
            return None
        return self._open_form(MeasureDialog(self.ctx, self.card, m, self, today=self._clock()))

    def _double_click_measure(self) -> None:
        if self.edit_measure_button.isVisible() and self.edit_measure_button.isEnabled():
            self.edit_measure()
        elif self.decision_button.isEnabled():
            self.open_decision()

    def start_measure(self) -> bool:
        m = self.selected_measure()
        if m is None:
            return False
        ctx = self.ctx
        return self._act(
            lambda: measures.set_measure_state(
                ctx.db, ctx.actor, m.id, m.version, MeasureState.IN_PROGRESS, today=self._clock()
            )
        )

    def finish_measure(self) -> QDialog | None:
        m = self.selected_measure()
        if m is None:
            return None
        return self._open_form(MeasureOutcomeDialog(self.ctx, m, self._clock(), self))

    def escalate(self) -> QDialog | None:
        """Mark the selected measure blocked and send it to the commission; then say where."""
        m = self.selected_measure()
        if m is None:
            return None
        dialog = EscalationDialog(self.ctx, m, self._clock(), self)
        dialog.accepted.connect(lambda: self._escalated(dialog.sent))
        return self._open_form(dialog)

    def _escalated(self, result: EscalationResult | None) -> None:
        if result is None:
            return
        from commission.ui.decisions.register_actions import inform  # see ``print_programme``

        self.last_message = escalation_text(result)
        inform(self, self.last_message)

    def open_evidence(self) -> list[Path]:
        """Open the selected measure's evidence files (each opening is audited)."""
        m = self.selected_measure()
        if m is None:
            return []
        opened = (open_attachment(self.ctx, self, a.id) for a in m.attachments)
        return [path for path in opened if path is not None]

    def attach_evidence(self, paths: Sequence[Path] | None = None) -> bool:
        """Attach files to the selected measure (asked for when ``paths`` is None)."""
        m = self.selected_measure()
        if m is None:
            return False
        if paths is None:
            chosen, _selected = QFileDialog.getOpenFileNames(self, self.tr("Attach evidence"))
            paths = [Path(c) for c in chosen]
        if not paths:
            return False
        ctx = self.ctx

        def attach() -> None:
            for path in paths:
                try:
                    content = path.read_bytes()
                except OSError as exc:
                    raise EvidenceUnreadable(
                        QT_TRANSLATE_NOOP("Errors", "The file «{name}» cannot be read."),
                        name=path.name,
                    ) from exc
                kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
                measures.attach_evidence(ctx.db, ctx.actor, m.id, path.name, kind, content)

        return self._act(attach)

    def open_decision(self, decision_id: int | None = None) -> QDialog | None:
        """The control card of a decision on the case (of the selected measure's, if none)."""
        if decision_id is None:
            m = self.selected_measure()
            decision = m.escalation.decision if m and m.escalation else None
            if decision is None:
                return None
            decision_id = decision.decision_id
        from commission.ui.decisions.control_card import ControlCardDialog

        dialog = ControlCardDialog(self.ctx, decision_id, self, clock=self._clock)
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def add_event(self) -> QDialog | None:
        card = self.card
        if card is None:
            return None
        return self._open_form(
            EventDialog(self.ctx, card, self._clock(), self, measures_of_case=card.measures)
        )

    def print_programme(
        self, path: Path | None = None, language: str | None = None
    ) -> ExportWorker | None:
        """Save the programme as .docx to sign, written off the GUI thread; in the user's
        document language unless ``language`` says otherwise.

        When measures lack their text in that language, the list comes first (kept in
        ``missing_question``) and the programme is written only if the user answers «Export
        anyway»: then the worker is in ``worker`` and ``None`` is returned here.
        """
        # Imported on use: they bring python-docx and openpyxl, which the officer's first
        # screen (built from this module) must not wait for.
        from commission.ui.cases import programme_export
        from commission.ui.decisions.register_actions import document_language

        card = self.card
        if card is None:
            return None
        if path is None:
            path = programme_export.choose_path(self, card)
            if path is None:
                return None
        language = language or document_language(self.ctx)
        lines = programme_export.missing_texts(self.ctx, self, card, language)
        if lines is None:
            return None
        target = path

        def write() -> ExportWorker | None:
            self.worker = programme_export.write_programme(self.ctx, self, card, target, language)
            return self.worker

        if lines:
            self.missing_question = programme_export.ask_to_export_anyway(
                self, language, lines, write
            )
            return None
        return write()


def open_case_card(
    ctx: AppContext, case_id: int, parent: QWidget, clock: Callable[[], date] = date.today
) -> CaseCardDialog:
    """Open the card without blocking the caller; it deletes itself when closed."""
    dialog = CaseCardDialog(ctx, case_id, parent, clock=clock)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
