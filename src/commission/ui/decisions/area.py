"""The register of decisions and their control: filters and a lazily fetched table."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QGuiApplication, QShowEvent
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
from commission.services.overview import STATE_ORDER, DecisionFilter, DecisionRow, DecisionSort
from commission.ui.commands import button_actions
from commission.ui.commission_scope import CommissionScopeCombo
from commission.ui.context import AppContext
from commission.ui.decisions import register_actions
from commission.ui.decisions.control_card import ControlCardDialog
from commission.ui.decisions.meeting_picker import MeetingPicker
from commission.ui.decisions.outgoing_register import OutgoingRegisterButton
from commission.ui.export_worker import ExportWorker
from commission.ui.labels import reading_as_shown, shown_name
from commission.ui.lazy_model import (
    ChangeWatcher,
    LazyTableModel,
    display_text,
    set_ids_keeping_place,
    setup_table,
)
from commission.ui.list_tools import (
    FIRST_IDS,
    RowMenu,
    ServerSort,
    add_filters,
    focus_field,
    keep_list_columns,
    place_to_keep,
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


class DuePeriod(StrEnum):
    """Ready-made due-date periods: what a secretary plans her letters and calls by."""

    THIS_WEEK = "this_week"
    NEXT_WEEK = "next_week"
    THIS_MONTH = "this_month"
    NEXT_MONTH = "next_month"
    THIS_QUARTER = "this_quarter"
    THIS_YEAR = "this_year"


def _month_end(day: date) -> date:
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - timedelta(days=1)


def due_period_bounds(period: DuePeriod, today: date) -> tuple[date, date]:
    """The first and last day of ``period`` around ``today`` (weeks start on Monday)."""
    monday = today - timedelta(days=today.weekday())
    if period is DuePeriod.THIS_WEEK:
        return monday, monday + timedelta(days=6)
    if period is DuePeriod.NEXT_WEEK:
        return monday + timedelta(days=7), monday + timedelta(days=13)
    first = today.replace(day=1)
    if period is DuePeriod.THIS_MONTH:
        return first, _month_end(first)
    if period is DuePeriod.NEXT_MONTH:
        following = _month_end(first) + timedelta(days=1)
        return following, _month_end(following)
    if period is DuePeriod.THIS_QUARTER:
        start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        return start, _month_end(date(start.year, start.month + 2, 1))
    return date(today.year, 1, 1), date(today.year, 12, 31)


# Which sort each column's header gives; the text and the co-executors are not sortable.
SORT_OF_COLUMN = {
    0: DecisionSort.NUMBER,
    1: DecisionSort.NUMBER,
    3: DecisionSort.KIND,
    4: DecisionSort.BINDING,
    5: DecisionSort.LEAD_AGENCY,
    7: DecisionSort.DUE,
    8: DecisionSort.STATE,
}
DUE_COLUMN = 7
# Whose decision it is: shown only when the oblast's register lists more than its own.
DISTRICT_COLUMN = 10


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

        self.scope_combo = CommissionScopeCombo(ctx)
        self.scope_caption = QLabel(self.tr("&Commission/district:"))
        self.scope_caption.setBuddy(self.scope_combo)
        self.state_combo = QComboBox()
        self.state_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.agency_combo = QComboBox()
        self.agency_combo.setMinimumContentsLength(24)
        self.agency_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.year_combo = QComboBox()
        self.meeting_combo = MeetingPicker(
            self._find_meetings, self._meeting_label, self.tr("All meetings")
        )
        self.due_combo = QComboBox()
        self.due_combo.addItem(self.tr("Any term"), None)
        for period, text in (
            (DuePeriod.THIS_WEEK, self.tr("This week")),
            (DuePeriod.NEXT_WEEK, self.tr("Next week")),
            (DuePeriod.THIS_MONTH, self.tr("This month")),
            (DuePeriod.NEXT_MONTH, self.tr("Next month")),
            (DuePeriod.THIS_QUARTER, self.tr("This quarter")),
            (DuePeriod.THIS_YEAR, self.tr("This year")),
        ):
            self.due_combo.addItem(text, period.value)
        self.binding_combo = QComboBox()
        self.binding_combo.addItem(self.tr("Binding and recommendations"), None)
        self.binding_combo.addItem(self.tr("Binding only"), True)
        self.binding_combo.addItem(self.tr("Recommendations only"), False)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search in the text of decisions"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        # The counts per state are read after the list is shown, not before its first paint.
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(0)
        self._counts_timer.timeout.connect(self._load_counts)

        filters = QHBoxLayout()
        add_filters(
            filters,
            [
                (self.tr("State:"), self.state_combo),
                (self.tr("Agency:"), self.agency_combo),
                (self.tr("Year:"), self.year_combo),
            ],
        )
        filters.addWidget(self.search_edit, 1)
        more = QHBoxLayout()
        more.addWidget(self.scope_caption)
        more.addWidget(self.scope_combo)
        more.addSpacing(8)
        self.scope_caption.hide()
        self.scope_combo.hide()
        add_filters(
            more,
            [
                (self.tr("&Meeting:"), self.meeting_combo),
                (self.tr("&Term:"), self.due_combo),
                (self.tr("&Force:"), self.binding_combo),
            ],
        )
        more.addStretch(1)

        self.register_button = QPushButton(self.tr("Control register (.xlsx)…"))
        self.register_action = QAction(self.register_button.text(), self)
        self.letters_button = QPushButton(self.tr("Letters to agencies…"))
        self.letters_button.setVisible(ctx.actor.can(Permission.SEND_LETTERS))
        self.card: ControlCardDialog | None = None
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.register_button)
        toolbar.addWidget(self.letters_button)
        toolbar.addWidget(OutgoingRegisterButton(ctx, self, self._clock))
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
                self.tr("District"),
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
        setup_table(self.table, (5, 22, 40, 12, 11, 20, 16, 11, 22, 5, 16))
        self.table.setColumnHidden(DISTRICT_COLUMN, True)
        header = self.table.horizontalHeader()
        # In the oblast's view the district tells apart meetings numbered alike: it is shown
        # beside the number, not past the right edge.
        header.moveSection(DISTRICT_COLUMN, 1)
        # The term, the state and the delay next to the text: what a secretary scans, seen
        # at 1280 pixels; the kind and the force after the agencies.
        for column in (DUE_COLUMN, DUE_COLUMN + 1, DUE_COLUMN + 2):
            header.moveSection(header.visualIndex(column), header.visualIndex(2) + column - 6)
        self.columns = keep_list_columns(self.table, "decisions", ctx.actor.login)
        self.status = QLabel()

        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addLayout(filters)
        layout.addLayout(more)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

        self.scope_combo.currentIndexChanged.connect(self._scope_changed)
        self.state_combo.currentIndexChanged.connect(self._filters_changed)
        self.agency_combo.currentIndexChanged.connect(self._filters_changed)
        self.year_combo.currentIndexChanged.connect(self._year_changed)
        self.meeting_combo.currentIndexChanged.connect(self._filters_changed)
        self.due_combo.currentIndexChanged.connect(self._filters_changed)
        self.binding_combo.currentIndexChanged.connect(self._filters_changed)
        self.sorting = ServerSort(
            self.table, SORT_OF_COLUMN, DecisionSort.DUE, False, lambda *_a: self._filters_changed()
        )
        self.open_action = QAction(self.tr("&Open the control card"), self)
        self.copy_action = QAction(self.tr("&Copy the number"), self)
        self.copy_action.setToolTip(self.tr("«No. 2.1 of meeting No. 3 of 12.02.2026»"))
        self.meeting_action = QAction(self.tr("Open the &meeting record"), self)
        self.row_menu = RowMenu(
            self.table,
            [self.open_action, self.copy_action, self.meeting_action, None, self.register_action],
        )
        self.open_action.triggered.connect(self._open_current)
        self.copy_action.triggered.connect(self.copy_number)
        self.meeting_action.triggered.connect(self._show_current_meeting)
        self.search_edit.textChanged.connect(self.search_timer.start)
        self.search_timer.timeout.connect(self._filters_changed)
        self.table.activated.connect(self._activated)
        self.register_action.triggered.connect(lambda: self.export_register())
        self.register_button.clicked.connect(self.register_action.trigger)
        self.letters_button.clicked.connect(lambda: self.send_letters())
        self.model.sig_fetch_failed.connect(self.status.setText)
        self._watcher = ChangeWatcher(self, ctx.changes, WATCHED_TABLES, self.refresh)

    # --- public ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._watcher.shown()

    def toolbar_actions(self) -> list[QAction]:
        """The toolbar's commands: these buttons' (ui.commands)."""
        return button_actions(
            self,
            (self.register_button, "export_xlsx"),
            (self.letters_button, "letters"),
        )

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
        period = self.due_combo.currentData()
        due_from, due_to = (
            due_period_bounds(DuePeriod(period), self._today) if period else (None, None)
        )
        return DecisionFilter(
            state=ComputedState(state) if state else None,
            agency_id=self.agency_combo.currentData(),
            year=self.year_combo.currentData(),
            search=self.search_edit.text(),
            meeting_id=self.meeting_combo.currentData(),
            due_from=due_from,
            due_to=due_to,
            binding=self.binding_combo.currentData(),
            commission_ids=self.scope_combo.commission_ids(),
        )

    def sort_by(self, sort: DecisionSort, descending: bool = False) -> None:
        """Sort the list as a click on the column's header does."""
        self.sorting.sort_by(sort, descending)

    def focus_search(self) -> None:
        """Ctrl+F: the cursor in the search field."""
        focus_field(self.search_edit)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if rows and self.model.id_at(rows[-1]) is None:
            self.model.complete()  # rows past the first screen were selected (select all)
        return [i for i in (self.model.id_at(r) for r in rows) if i is not None]

    # --- loading --------------------------------------------------------------------------

    def _load_choices(self) -> None:
        actor = self.ctx.actor
        self.scope_combo.load()
        self.scope_caption.setVisible(self.scope_combo.offered)
        self.scope_combo.setVisible(self.scope_combo.offered)
        self.table.setColumnHidden(DISTRICT_COLUMN, not self.scope_combo.consolidated())
        agency_list = self.ctx.run(self, lambda: agencies.list_agencies(self.ctx.db, actor))
        self._load_years()
        self._load_meetings()
        if self.state_combo.count() == 0:
            self.state_combo.addItem(self.tr("All states"), None)
            for state in STATE_ORDER:
                self.state_combo.addItem(computed_state_label(state), state.value)
        agency_id = self.agency_combo.currentData()
        self.agency_combo.clear()
        self.agency_combo.addItem(self.tr("All agencies"), None)
        for agency in agency_list or []:
            name = shown_name(
                agency.short_name_ru or agency.name_ru, agency.short_name_kk or agency.name_kk
            )
            self.agency_combo.addItem(name, agency.id)
            self.agency_combo.setItemData(
                self.agency_combo.count() - 1, agency.name_ru, Qt.ItemDataRole.ToolTipRole
            )
        self.agency_combo.setCurrentIndex(max(0, self.agency_combo.findData(agency_id)))

    def _load_years(self) -> None:
        actor, scope = self.ctx.actor, self.scope_combo.commission_ids()
        years = self.ctx.run(
            self, lambda: overview.meeting_years(self.ctx.db, actor, commission_ids=scope)
        )
        year = self.year_combo.currentData()
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("All years"), None)
        for value in years or []:
            self.year_combo.addItem(str(value), value)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(year)))

    def _load_meetings(self) -> None:
        """The latest meetings of the chosen year (of all years when none is chosen); the
        others are found by typing."""
        choices = self.ctx.run(self, lambda: self._find_meetings(""))
        self.meeting_combo.load(choices or [])

    def _find_meetings(self, text: str) -> list[overview.MeetingChoice]:
        actor, year = self.ctx.actor, self.year_combo.currentData()
        scope = self.scope_combo.commission_ids()
        found = self.ctx.run(
            self,
            lambda: overview.meeting_choices(self.ctx.db, actor, text, year, commission_ids=scope),
        )
        return found or []

    def _meeting_label(self, meeting: overview.MeetingChoice) -> str:
        text = self.tr("No. {number} of {date}").format(
            number=meeting.number, date=display_text(meeting.meeting_date)
        )
        if self.scope_combo.commission_ids() is not None:  # numbers repeat between commissions
            text += f" — {self.scope_combo.unit_name(meeting.commission_id)}"
        return text

    def _scope_changed(self) -> None:
        if self._loading:
            return
        self.table.setColumnHidden(DISTRICT_COLUMN, not self.scope_combo.consolidated())
        self._loading = True
        try:
            self._load_years()
            self._load_meetings()
        finally:
            self._loading = False
        self._filters_changed()

    def _year_changed(self) -> None:
        if self._loading:
            return
        self._loading = True
        try:
            self._load_meetings()
        finally:
            self._loading = False
        self._filters_changed()

    def _filters_changed(self) -> None:
        if not self._loading:
            self._reload(keep_place=False)

    def _reload(self, *, keep_place: bool) -> None:
        """The list, then the counts. The first screen needs only a page of ids, read through
        the due-date index: it costs the same at ten thousand decisions as at a hundred
        thousand. The counts per state (the state filter's labels, and how long the list is)
        come once the list is painted; the whole sorted list is read when the user scrolls
        past the first page, or at once when a selection or a scrolled place must be kept."""
        self.search_timer.stop()
        filters = self.current_filter()
        db, actor, today = self.ctx.db, reading_as_shown(self.ctx.actor), self._today
        sort, descending = self.sorting.sort, self.sorting.descending

        def every_id() -> list[int]:
            return overview.decision_ids(db, actor, filters, today, sort, descending)

        if keep_place and place_to_keep(self.table):
            ids = self.ctx.run(self, every_id) or []
            set_ids_keeping_place(self.table, self.model, ids)
            self._show_total(len(ids))
        else:
            first = (
                self.ctx.run(
                    self,
                    lambda: overview.decision_ids(
                        db, actor, filters, today, sort, descending, limit=FIRST_IDS
                    ),
                )
                or []
            )
            complete = len(first) < FIRST_IDS
            self.model.set_first_ids(
                first, len(first) if complete else None, lambda: self.ctx.run(self, every_id) or []
            )
            if complete:
                self._show_total(len(first))
            else:
                self.status.setText(self.tr("Counting the decisions…"))
        self._counts_timer.start()

    def _show_total(self, total: int) -> None:
        self.status.setText(self.tr("%n decision(s)", "", total))

    def _load_counts(self) -> None:
        filters = self.current_filter()
        db, actor, today = self.ctx.db, reading_as_shown(self.ctx.actor), self._today
        counts = self.ctx.run(
            self, lambda: overview.decision_state_counts(db, actor, filters, today)
        )
        if counts is None:
            return
        self._show_counts(counts)
        total = counts[filters.state] if filters.state else sum(counts.values())
        self.model.set_total(total)
        self._show_total(total)

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
        actor = reading_as_shown(self.ctx.actor)
        return overview.decision_rows(self.ctx.db, actor, ids, self._today)

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
            self.scope_combo.unit_name(row.commission_id or 0),
        ]

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._activated(index)

    def _show_current_meeting(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is not None:
            self.sig_show_meeting.emit(row.meeting_id)

    def copy_number(self) -> str:
        """The selected decision's number as the minutes cite it, to the clipboard."""
        row = self.model.row_at(self.table.currentIndex().row())
        if row is None:
            return ""
        text = self.tr("No. {number} of meeting No. {meeting} of {date}").format(
            number=row.number, meeting=row.meeting_number, date=display_text(row.meeting_date)
        )
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(text)
        return text

    def _activated(self, index: QModelIndex) -> None:
        ident = self.model.id_at(index.row())
        if ident is None:
            return
        self.sig_open_decision.emit(ident)
        row = self.model.row_at(index.row())
        # Another commission's decision is read here, never changed (the services refuse).
        commission = row.commission_id if row else None
        foreign = commission is not None and commission != self.scope_combo.own_id()
        self.card = ControlCardDialog(self.ctx, ident, self, clock=self._clock, read_only=foreign)
        self.card.sig_show_meeting.connect(self.sig_show_meeting)
        self.card.finished.connect(self.card.deleteLater)
        self.card.open()

    def export_register(self, path: Path | None = None) -> ExportWorker | None:
        """The control register as filtered here (state, agency and, for the oblast, the
        commissions chosen), to ``path`` or a file the user chooses."""
        filters = self.current_filter()
        return register_actions.export_register(
            self.ctx,
            self,
            path,
            state=filters.state,
            agency_id=filters.agency_id,
            today=self._clock(),
            commission_ids=self.scope_combo.commission_ids(),
        )

    def send_letters(self, directory: Path | None = None) -> register_actions.LetterSending | None:
        """A request letter to every agency that owes anything, into ``directory`` or a folder
        the user chooses; the user confirms before they are numbered."""
        return register_actions.send_letters(self.ctx, self, directory, today=self._clock())
