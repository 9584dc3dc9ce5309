"""The first screen: how the commission's decisions stand today, its meetings, its clients.

The widgets are built at once and the figures are read off the GUI thread once the window has
painted (``ui.background_read``): until they arrive every figure says it is loading, rather
than show a zero that would read as «nothing overdue».
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commission.domain.control import ComputedState
from commission.domain.permissions import Permission
from commission.services import control_registers, overview
from commission.services.control_registers import DisciplineRow
from commission.services.overview import DashboardData, MeetingBrief
from commission.ui.background_read import BackgroundRead, after_first_paint
from commission.ui.commission_scope import CommissionScopeCombo
from commission.ui.context import AppContext
from commission.ui.dashboard.discipline_chart import DisciplineChart
from commission.ui.dashboard.required_warning import RequiredWarning
from commission.ui.labels import reading_as_shown, shown_name
from commission.ui.lazy_model import ChangeWatcher, display_text
from commission.ui.overview_labels import computed_state_label

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
    "clients",
    "cases",
    "required_items",
)
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
LOADING_VALUE = "…"  # a card's figure while it is read: never a zero that is not one


class Card(QFrame):
    """A big number with a caption, in a frame with a coloured edge.

    Signals:
        sig_clicked: the card was clicked (only when made clickable).
    """

    sig_clicked = Signal()

    def __init__(self, title: str, accent: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"QFrame#card {{ border: 1px solid palette(mid); border-left: 6px solid {accent};"
            " border-radius: 4px; background: palette(base); }"
        )
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.value_label = QLabel(LOADING_VALUE)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        self.value_label.setFont(font)
        self.value_label.setStyleSheet(f"color: {accent};")
        self.title_label = QLabel(title)
        bold = QFont(self.font())
        bold.setBold(True)
        self.title_label.setFont(bold)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.title_label)
        layout.addWidget(self.value_label)
        layout.addWidget(self.hint_label)
        self._clickable = False

    def set_value(self, value: int, hint: str = "") -> None:
        self.value_label.setText(str(value))
        self.hint_label.setText(hint)

    def set_loading(self) -> None:
        self.value_label.setText(LOADING_VALUE)
        self.hint_label.setText(self.tr("loading…"))

    def set_unknown(self) -> None:
        """The figure could not be read (the user was told why)."""
        self.value_label.setText("—")
        self.hint_label.setText("")

    def make_clickable(self, tooltip: str) -> None:
        self._clickable = True
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(tooltip)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._clickable and event.button() == Qt.MouseButton.LeftButton:
            self.sig_clicked.emit()
        super().mouseReleaseEvent(event)


def _small_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        table.horizontalHeader().setSectionResizeMode(
            column, QHeaderView.ResizeMode.ResizeToContents
        )
    return table


def _number_item(value: int | str) -> QTableWidgetItem:
    item = QTableWidgetItem(str(value))
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class DashboardArea(QWidget):
    """Signals:
    sig_show_decisions(str): the user asked for the decisions in a computed control state
        (a ``ComputedState`` value); the main window shows the decisions area filtered so.
    sig_loaded: the figures asked for last have arrived and are shown.
    """

    sig_show_decisions = Signal(str)
    sig_loaded = Signal()

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
        self.data: DashboardData | None = None
        self.shows_clients = ctx.actor.can(Permission.VIEW_CLIENTS)

        self.title = QLabel()
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setWordWrap(True)
        self.today_label = QLabel()
        self.today_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # The oblast's figures: its own, all its districts' summed, or one district's.
        self.scope_combo = CommissionScopeCombo(ctx)
        self.scope_caption = QLabel(self.tr("&Commission/district:"))
        self.scope_caption.setBuddy(self.scope_combo)
        self.scope_caption.hide()
        self.scope_combo.hide()
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.scope_caption)
        header.addWidget(self.scope_combo)
        header.addSpacing(12)
        header.addWidget(self.today_label)

        self.overdue_card = Card(self.tr("Overdue"), "#c62828")
        self.due_soon_card = Card(self.tr("Due soon"), "#b26a00")
        self.on_control_card = Card(self.tr("On control"), "#1565c0")
        self.executed_card = Card(self.tr("Executed"), "#2e7d32")
        cards = QHBoxLayout()
        for card, state in (
            (self.overdue_card, ComputedState.OVERDUE),
            (self.due_soon_card, ComputedState.DUE_SOON),
            (self.executed_card, ComputedState.EXECUTED),
        ):
            card.make_clickable(self.tr("Show these decisions"))
            card.sig_clicked.connect(lambda s=state: self.sig_show_decisions.emit(s.value))
        for card in (
            self.overdue_card,
            self.due_soon_card,
            self.on_control_card,
            self.executed_card,
        ):
            cards.addWidget(card)

        self.next_meeting_label = QLabel()
        self.next_meeting_label.setWordWrap(True)
        self.last_meeting_label = QLabel()
        self.last_meeting_label.setWordWrap(True)
        meetings_box = QGroupBox(self.tr("Meetings"))
        meetings_layout = QVBoxLayout(meetings_box)
        meetings_layout.addWidget(self.next_meeting_label)
        meetings_layout.addWidget(self.last_meeting_label)
        meetings_layout.addStretch(1)

        self.clients_label = QLabel()
        self.cases_label = QLabel()
        self.clients_box = QGroupBox(self.tr("Probation clients"), self)
        clients_layout = QVBoxLayout(self.clients_box)
        clients_layout.addWidget(self.clients_label)
        clients_layout.addWidget(self.cases_label)
        clients_layout.addStretch(1)

        self.agencies_table = _small_table([self.tr("Agency"), self.tr("Overdue")])
        self.agencies_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.no_overdue_label = QLabel(self.tr("No agency has overdue decisions."))
        self.no_overdue_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        agencies_box = QGroupBox(self.tr("Lead agencies with the most overdue decisions"))
        agencies_layout = QVBoxLayout(agencies_box)
        agencies_layout.addWidget(self.agencies_table)
        agencies_layout.addWidget(self.no_overdue_label)

        self.states_table = _small_table([self.tr("Control state"), self.tr("Decisions")])
        self.states_table.setToolTip(self.tr("Double-click a state to see its decisions"))
        states_box = QGroupBox(self.tr("Decisions by control state"))
        QVBoxLayout(states_box).addWidget(self.states_table)

        grid = QGridLayout()
        if self.shows_clients:
            grid.addWidget(meetings_box, 0, 0)
            grid.addWidget(self.clients_box, 0, 1)
        else:
            grid.addWidget(meetings_box, 0, 0, 1, 2)
            self.clients_box.hide()
        tables = QWidget()
        tables_layout = QHBoxLayout(tables)
        tables_layout.setContentsMargins(0, 4, 0, 0)
        tables_layout.addWidget(agencies_box, 1)
        tables_layout.addWidget(states_box, 1)
        self.discipline_chart = DisciplineChart()
        # Tabs rather than a stack: at 1280×760 the tables and the chart need the full height.
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(tables, self.tr("Decisions"))
        self.tabs.addTab(self.discipline_chart, self.tr("Execution discipline"))
        grid.addWidget(self.tabs, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)

        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(cards)
        # Required items (law, regulation) a period ends without: the acting commission's only.
        self.required_warning = RequiredWarning(self)
        layout.addWidget(self.required_warning)
        layout.addLayout(grid, 1)
        layout.addWidget(self.status)

        self.states_table.cellActivated.connect(self._state_activated)
        self.scope_combo.currentIndexChanged.connect(self._show_figures)
        self.figures = BackgroundRead(self)
        self.figures.sig_result.connect(self._figures_arrived)
        self.figures.sig_failed.connect(self._figures_failed)
        self.discipline = BackgroundRead(self)
        self.discipline.sig_result.connect(self._discipline_arrived)
        self.discipline.sig_failed.connect(self._discipline_failed)
        self._scope_shown: object = None  # the scope whose figures are on the screen
        self._year = self._clock().year
        self.show_loading()
        self._watcher = ChangeWatcher(self, ctx.changes, WATCHED_TABLES, self.refresh)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._watcher.shown()

    def refresh(self) -> None:
        self._watcher.stale = False
        self.scope_combo.load()
        self.scope_caption.setVisible(self.scope_combo.offered)
        self.scope_combo.setVisible(self.scope_combo.offered)
        self._show_figures()

    def is_loading(self) -> bool:
        """Figures or the chart were asked for and have not arrived yet."""
        return self.figures.pending or self.discipline.pending or self.required_warning.read.pending

    def _show_figures(self) -> None:
        """Ask for the figures of the scope chosen; they are read once the window has painted
        and shown as they arrive. The figures of another scope are not left on the screen
        meanwhile: the cards say they are loading."""
        today = self._clock()
        db, actor = self.ctx.db, reading_as_shown(self.ctx.actor)
        scope = self.scope_combo.commission_ids()
        if self.data is None or scope != self._scope_shown:
            self.show_loading()
        self._scope_shown = scope
        self._year = today.year

        def start() -> None:
            self.figures.start(lambda: overview.dashboard(db, actor, today, commission_ids=scope))
            self.discipline.start(
                lambda: control_registers.discipline(
                    db, actor, today.year, today, commission_ids=scope
                )
            )
            if self.scope_combo.consolidated():
                self.required_warning.clear_lines()
            else:
                self.required_warning.start(db, actor, today)

        after_first_paint(self, start)

    def show_loading(self) -> None:
        """Every figure says it is being read."""
        self.data = None
        self.title.setText(self.tr("Loading the figures…"))
        self.today_label.setText(self.tr("Today: {date}").format(date=display_text(self._clock())))
        for card in (self.overdue_card, self.due_soon_card, self.on_control_card):
            card.set_loading()
        self.executed_card.set_loading()
        loading = self.tr("Loading…")
        self.next_meeting_label.setText(loading)
        self.last_meeting_label.setText("")
        self.clients_label.setText(loading)
        self.cases_label.setText("")
        self.agencies_table.setRowCount(0)
        self.agencies_table.hide()
        self.no_overdue_label.setText(loading)
        self.no_overdue_label.show()
        self.states_table.setRowCount(len(STATE_ORDER))
        for row, state in enumerate(STATE_ORDER):
            item = QTableWidgetItem(computed_state_label(state))
            item.setData(Qt.ItemDataRole.UserRole, state.value)
            self.states_table.setItem(row, 0, item)
            self.states_table.setItem(row, 1, _number_item(LOADING_VALUE))

    def _figures_arrived(self, data: object) -> None:
        assert isinstance(data, DashboardData)
        self.show_data(data)
        self.sig_loaded.emit()

    def _figures_failed(self, exc: object) -> None:
        assert isinstance(exc, Exception)
        self.title.setText("")
        for card in (self.overdue_card, self.due_soon_card, self.on_control_card):
            card.set_unknown()
        self.executed_card.set_unknown()
        self.ctx.report(self, exc)

    def _discipline_arrived(self, rows: object) -> None:
        assert isinstance(rows, list)
        chart_rows: list[DisciplineRow] = rows
        self.discipline_chart.set_rows(chart_rows, self._year)

    def _discipline_failed(self, exc: object) -> None:
        assert isinstance(exc, Exception)
        self.discipline_chart.set_rows([], self._year)
        self.ctx.report(self, exc)

    def show_data(self, data: DashboardData) -> None:
        self.data = data
        title = data.commission_name or self.tr("The commission is not set up yet")
        if self.scope_combo.consolidated():  # whose figures these are
            title = f"{title}: {self.scope_combo.currentText()}"
        self.title.setText(title)
        self.today_label.setText(self.tr("Today: {date}").format(date=display_text(data.today)))
        days = data.due_soon_working_days
        self.overdue_card.set_value(data.overdue, self.tr("past the due date"))
        self.due_soon_card.set_value(
            data.due_soon, self.tr("due within %n working day(s)", "", days)
        )
        self.on_control_card.set_value(data.on_control, self.tr("in work, term not near"))
        self.executed_card.set_value(data.executed, self.tr("awaiting removal from control"))

        self.next_meeting_label.setText(
            self.tr("Next meeting: {meeting}").format(meeting=self._meeting_text(data.next_meeting))
            if data.next_meeting
            else self.tr("No meeting is planned.")
        )
        self.last_meeting_label.setText(
            self.tr("Last held: {meeting}").format(meeting=self._meeting_text(data.last_held))
            if data.last_held
            else self.tr("No meeting has been held yet.")
        )
        if self.shows_clients:
            self.clients_label.setText(
                self.tr("On the register: {count}").format(count=data.clients_on_register or 0)
            )
            self.cases_label.setText(
                self.tr("Open social-support cases: {count}").format(count=data.open_cases or 0)
            )

        agencies = data.top_overdue_agencies
        self.agencies_table.setRowCount(len(agencies))
        for row, agency in enumerate(agencies):
            self.agencies_table.setItem(row, 0, QTableWidgetItem(agency.name))
            self.agencies_table.setItem(row, 1, _number_item(agency.count))
        self.agencies_table.setVisible(bool(agencies))
        self.no_overdue_label.setText(self.tr("No agency has overdue decisions."))
        self.no_overdue_label.setVisible(not agencies)

        self.states_table.setRowCount(len(STATE_ORDER))
        for row, state in enumerate(STATE_ORDER):
            item = QTableWidgetItem(computed_state_label(state))
            item.setData(Qt.ItemDataRole.UserRole, state.value)
            self.states_table.setItem(row, 0, item)
            self.states_table.setItem(row, 1, _number_item(data.state_counts.get(state, 0)))

    def _meeting_text(self, meeting: MeetingBrief | None) -> str:
        if meeting is None:
            return ""
        when = display_text(meeting.meeting_date)
        if meeting.start_time is None:
            text = self.tr("No. {number} of {date}").format(number=meeting.number, date=when)
        else:
            text = self.tr("No. {number} of {date} at {time}").format(
                number=meeting.number, date=when, time=display_text(meeting.start_time)
            )
        place = shown_name(meeting.place or meeting.place_kk or "", meeting.place_kk)
        if place:
            text += f", {place}"
        return text

    def _state_activated(self, row: int, column: int) -> None:
        del column
        item = self.states_table.item(row, 0)
        if item is not None:
            self.sig_show_decisions.emit(str(item.data(Qt.ItemDataRole.UserRole)))
