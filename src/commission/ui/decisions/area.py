"""The register of decisions and their control: filters and a lazily fetched table."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from commission.domain.control import ComputedState
from commission.domain.permissions import Permission
from commission.services import agencies, overview
from commission.services.overview import DecisionFilter, DecisionRow
from commission.ui.context import AppContext
from commission.ui.decisions import register_actions
from commission.ui.decisions.control_card import ControlCardDialog
from commission.ui.export_worker import ExportWorker
from commission.ui.lazy_model import (
    ChangeWatcher,
    LazyTableModel,
    display_text,
    set_ids_keeping_place,
    setup_table,
)
from commission.ui.overview_labels import (
    binding_label,
    computed_state_label,
    decision_kind_label,
)

SEARCH_DELAY_MS = 300
OVERDUE_BACKGROUND = QColor("#fbe0de")
DUE_SOON_BACKGROUND = QColor("#fdf0cc")
WATCHED_TABLES = (
    "decisions",
    "decision_assignees",
    "control_points",
    "execution_reports",
    "extensions",
    "agenda_items",
    "meetings",
    "agencies",
    "calendar_days",
    "commissions",
)
# The order of the state filter: what needs attention first.
STATE_ORDER = (
    ComputedState.OVERDUE,
    ComputedState.DUE_SOON,
    ComputedState.ON_CONTROL,
    ComputedState.IN_PROGRESS,
    ComputedState.REWORK,
    ComputedState.EXTENDED,
    ComputedState.EXECUTED,
    ComputedState.REMOVED,
    ComputedState.NOT_CONTROLLED,
    ComputedState.CANCELLED,
)


def row_background(row: DecisionRow) -> QColor | None:
    if row.state is ComputedState.OVERDUE:
        return OVERDUE_BACKGROUND
    if row.state is ComputedState.DUE_SOON:
        return DUE_SOON_BACKGROUND
    return None


class DecisionsArea(QWidget):
    """Signals:
    sig_open_decision(int): the user asked to open a decision (double click, Enter).
    sig_show_meeting(int): the meeting where that decision was taken, to open its record
        (from the control card's «Open the meeting record»).
    """

    sig_open_decision = Signal(int)
    sig_show_meeting = Signal(int)

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
        self._today = clock()
        self._loading = False

        self.state_combo = QComboBox()
        self.state_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.agency_combo = QComboBox()
        self.agency_combo.setMinimumContentsLength(24)
        self.agency_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.year_combo = QComboBox()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search in the text of decisions"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)

        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("State:"), self.state_combo),
            (self.tr("Agency:"), self.agency_combo),
            (self.tr("Year:"), self.year_combo),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
            filters.addSpacing(8)
        filters.addWidget(self.search_edit, 1)

        self.register_button = QPushButton(self.tr("Control register (.xlsx)…"))
        self.letters_button = QPushButton(self.tr("Letters to agencies…"))
        self.letters_button.setVisible(ctx.actor.can(Permission.SEND_LETTERS))
        self.card: ControlCardDialog | None = None
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.register_button)
        toolbar.addWidget(self.letters_button)
        toolbar.addStretch(1)

        self.model: LazyTableModel[DecisionRow] = LazyTableModel(
            [
                self.tr("No."),
                self.tr("Meeting"),
                self.tr("Decision"),
                self.tr("Kind"),
                self.tr("Force"),
                self.tr("Lead agency"),
                self.tr("Co-executors"),
                self.tr("Due date"),
                self.tr("State"),
                self.tr("Overdue"),
            ],
            self._fetch,
            self._values,
            self,
            row_background=row_background,
            header_tooltips={9: self.tr("Working days since the due date")},
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        # The text gets the most room; the last column fills what is left, and a narrow window
        # scrolls sideways rather than squeezing the text to nothing.
        setup_table(self.table, (5, 20, 48, 18, 14, 20, 18, 10, 20, 6))
        self.status = QLabel()

        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

        self.state_combo.currentIndexChanged.connect(self._filters_changed)
        self.agency_combo.currentIndexChanged.connect(self._filters_changed)
        self.year_combo.currentIndexChanged.connect(self._filters_changed)
        self.search_edit.textChanged.connect(self.search_timer.start)
        self.search_timer.timeout.connect(self._filters_changed)
        self.table.activated.connect(self._activated)
        self.register_button.clicked.connect(lambda: self.export_register())
        self.letters_button.clicked.connect(lambda: self.send_letters())
        self.model.sig_fetch_failed.connect(self.status.setText)
        self._watcher = ChangeWatcher(self, ctx.changes, WATCHED_TABLES, self.refresh)

    # --- public ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._watcher.shown()

    def refresh(self) -> None:
        """Reload the choices of the filters, the counts and the list, keeping the filters."""
        self._watcher.stale = False
        self._today = self._clock()
        self._loading = True
        try:
            self._load_choices()
        finally:
            self._loading = False
        self._reload(keep_place=True)

    def show_state(self, state: ComputedState | None) -> None:
        """Narrow the list to one computed state (``None``: all), e.g. from the dashboard."""
        if self._watcher.stale:
            self.refresh()
        index = self.state_combo.findData(state.value if state else None)
        self.state_combo.setCurrentIndex(max(0, index))

    def current_filter(self) -> DecisionFilter:
        state = self.state_combo.currentData()
        return DecisionFilter(
            state=ComputedState(state) if state else None,
            agency_id=self.agency_combo.currentData(),
            year=self.year_combo.currentData(),
            search=self.search_edit.text(),
        )

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [i for i in (self.model.id_at(r) for r in rows) if i is not None]

    # --- loading --------------------------------------------------------------------------

    def _load_choices(self) -> None:
        actor = self.ctx.actor
        agency_list = self.ctx.run(self, lambda: agencies.list_agencies(self.ctx.db, actor))
        years = self.ctx.run(self, lambda: overview.meeting_years(self.ctx.db, actor))
        agency_id = self.agency_combo.currentData()
        self.agency_combo.clear()
        self.agency_combo.addItem(self.tr("All agencies"), None)
        for agency in agency_list or []:
            name = overview.name_in(
                actor.language,
                agency.short_name_ru or agency.name_ru,
                agency.short_name_kk or agency.name_kk,
            )
            self.agency_combo.addItem(name, agency.id)
            self.agency_combo.setItemData(
                self.agency_combo.count() - 1, agency.name_ru, Qt.ItemDataRole.ToolTipRole
            )
        self.agency_combo.setCurrentIndex(max(0, self.agency_combo.findData(agency_id)))
        year = self.year_combo.currentData()
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("All years"), None)
        for value in years or []:
            self.year_combo.addItem(str(value), value)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(year)))
        if self.state_combo.count() == 0:
            self.state_combo.addItem(self.tr("All states"), None)
            for state in STATE_ORDER:
                self.state_combo.addItem(computed_state_label(state), state.value)

    def _filters_changed(self) -> None:
        if not self._loading:
            self._reload(keep_place=False)

    def _reload(self, *, keep_place: bool) -> None:
        self.search_timer.stop()
        filters = self.current_filter()
        db, actor, today = self.ctx.db, self.ctx.actor, self._today
        counts = self.ctx.run(
            self, lambda: overview.decision_state_counts(db, actor, filters, today)
        )
        ids = self.ctx.run(self, lambda: overview.decision_ids(db, actor, filters, today))
        if counts is not None:
            self._show_counts(counts)
        if keep_place:
            set_ids_keeping_place(self.table, self.model, ids or [])
        else:
            self.model.set_ids(ids or [])
        self.status.setText(self.tr("%n decision(s)", "", len(ids or [])))

    def _show_counts(self, counts: dict[ComputedState, int]) -> None:
        self._loading = True
        try:
            self.state_combo.setItemText(
                0, self.tr("All states ({count})").format(count=sum(counts.values()))
            )
            for row in range(1, self.state_combo.count()):
                state = ComputedState(self.state_combo.itemData(row))
                text = f"{computed_state_label(state)} ({counts.get(state, 0)})"
                self.state_combo.setItemText(row, text)
        finally:
            self._loading = False

    def _fetch(self, ids: list[int]) -> list[DecisionRow]:
        return overview.decision_rows(self.ctx.db, self.ctx.actor, ids, self._today)

    def _values(self, row: DecisionRow) -> list[object]:
        meeting = self.tr("No. {number} of {date}").format(
            number=row.meeting_number, date=display_text(row.meeting_date)
        )
        return [
            row.number,
            meeting,
            " ".join(row.text.split()),
            decision_kind_label(row.kind),
            binding_label(row.is_binding),
            row.lead_agency,
            ", ".join(row.co_executors),
            row.due_date,
            computed_state_label(row.state),
            row.days_overdue,
        ]

    def _activated(self, index: QModelIndex) -> None:
        ident = self.model.id_at(index.row())
        if ident is None:
            return
        self.sig_open_decision.emit(ident)
        self.card = ControlCardDialog(self.ctx, ident, self, clock=self._clock)
        self.card.sig_show_meeting.connect(self.sig_show_meeting)
        self.card.finished.connect(self.card.deleteLater)
        self.card.open()

    def export_register(self, path: Path | None = None) -> ExportWorker | None:
        """The control register as filtered here (state and agency), to ``path`` or a file the
        user chooses."""
        filters = self.current_filter()
        return register_actions.export_register(
            self.ctx,
            self,
            path,
            state=filters.state,
            agency_id=filters.agency_id,
            today=self._clock(),
        )

    def send_letters(self, directory: Path | None = None) -> register_actions.LetterSending | None:
        """A request letter to every agency that owes anything, into ``directory`` or a folder
        the user chooses; the user confirms before they are numbered."""
        return register_actions.send_letters(self.ctx, self, directory, today=self._clock())
