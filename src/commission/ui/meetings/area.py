"""The meetings area: the meetings of a year and the year's work plan; a meeting opens in place.

The list and an open meeting share the area (a stack): «← All meetings» or Esc returns to the
list, which then shows whatever the meeting's page changed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commission.domain.enums import Language, MeetingKind, MeetingStatus
from commission.domain.permissions import Permission
from commission.services import overview
from commission.services.overview import MeetingRow, MeetingSort
from commission.ui.commands import button_actions
from commission.ui.context import AppContext
from commission.ui.labels import interface_language
from commission.ui.lazy_model import ChangeWatcher, LazyTableModel, setup_table
from commission.ui.list_tools import RowMenu, ServerSort, keep_list_columns
from commission.ui.meetings.meeting_page import MeetingPage
from commission.ui.meetings.new_meeting_dialog import NewMeetingDialog
from commission.ui.meetings.workplan_tab import WorkPlanTab
from commission.ui.overview_labels import meeting_kind_label, meeting_status_label

WATCHED_TABLES = ("meetings", "agenda_items", "decisions", "attendance")
# Which sort each column's header gives; the place and the counts are not sortable.
SORT_OF_COLUMN = {
    0: MeetingSort.NUMBER,
    1: MeetingSort.DATE,
    4: MeetingSort.KIND,
    5: MeetingSort.STATUS,
}


class MeetingsList(QWidget):
    """The meetings of the chosen year (the latest year with meetings at first).

    Signals:
        sig_open(int): the user asked to open this meeting (double click, Enter, Open).
        sig_new(): the user asked for a new meeting.
        sig_minutes(int): the user asked for this meeting's minutes (to save or print them).
    """

    sig_open = Signal(int)
    sig_new = Signal()
    sig_minutes = Signal(int)

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
        self._loading = False
        can_edit = ctx.actor.can(Permission.EDIT_MEETINGS)

        self.new_button = QPushButton(self.tr("&New meeting…"))
        self.new_button.setToolTip(self.tr("Create a meeting (Ctrl+N)"))
        self.new_button.setVisible(can_edit)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Open the selected meeting (Enter)"))
        self.year_combo = QComboBox()
        caption = QLabel(self.tr("&Year:"))
        caption.setBuddy(self.year_combo)
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.open_button)
        bar.addSpacing(16)
        bar.addWidget(caption)
        bar.addWidget(self.year_combo)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All states"), None)
        for status in MeetingStatus:
            self.status_combo.addItem(meeting_status_label(status), status)
        status_caption = QLabel(self.tr("&State:"))
        status_caption.setBuddy(self.status_combo)
        bar.addSpacing(8)
        bar.addWidget(status_caption)
        bar.addWidget(self.status_combo)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind in MeetingKind:
            self.kind_combo.addItem(meeting_kind_label(kind), kind)
        kind_caption = QLabel(self.tr("&Kind:"))
        kind_caption.setBuddy(self.kind_combo)
        bar.addSpacing(8)
        bar.addWidget(kind_caption)
        bar.addWidget(self.kind_combo)
        bar.addStretch(1)

        self.model: LazyTableModel[MeetingRow] = LazyTableModel(
            [
                self.tr("No."),
                self.tr("Date"),
                self.tr("Time"),
                self.tr("Place"),
                self.tr("Kind"),
                self.tr("Status"),
                self.tr("Agenda items"),
                self.tr("Decisions"),
                self.tr("Present"),
            ],
            self._no_fetch,
            self._values,
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table, (5, 10, 6, 30, 16, 26, 6, 6, 6), stretch=3)
        self.columns = keep_list_columns(self.table, "meetings", ctx.actor.login)
        self.sorting = ServerSort(
            self.table, SORT_OF_COLUMN, MeetingSort.NUMBER, False, lambda *_a: self._reload()
        )
        self.status = QLabel()

        self.open_action = QAction(self.tr("&Open"), self)
        self.minutes_action = QAction(self.tr("&Minutes and documents…"), self)
        self.minutes_action.setToolTip(self.tr("Open the meeting at its minutes: save, print"))
        self.new_action = QAction(self.new_button.text(), self)
        self.new_action.setVisible(can_edit)
        self.row_menu = RowMenu(
            self.table, [self.open_action, self.minutes_action, None, self.new_action]
        )

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        QWidget.setTabOrder(self.new_button, self.open_button)
        QWidget.setTabOrder(self.open_button, self.year_combo)
        QWidget.setTabOrder(self.year_combo, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.table)
        self.setFocusProxy(self.table)

        self.year_combo.currentIndexChanged.connect(self._year_changed)
        self.status_combo.currentIndexChanged.connect(self._year_changed)
        self.kind_combo.currentIndexChanged.connect(self._year_changed)
        self.open_action.triggered.connect(self.open_selected)
        self.open_button.clicked.connect(self.open_action.trigger)
        self.minutes_action.triggered.connect(self._minutes_of_selected)
        self.new_action.triggered.connect(self.sig_new.emit)
        self.new_button.clicked.connect(self.new_action.trigger)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self._watcher = ChangeWatcher(self, ctx.changes, WATCHED_TABLES, self.refresh)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._watcher.shown()

    def refresh(self, year: int | None = None) -> None:
        """Reload the years and the meetings of the chosen one (or of ``year``)."""
        self._watcher.stale = False
        years = self.ctx.run(self, lambda: overview.meeting_years(self.ctx.db, self.ctx.actor))
        if year is not None:
            chosen: object = year
        else:
            chosen = (
                self.year_combo.currentData() if self.year_combo.count() else self._clock().year
            )
        selected = self.selected_id()
        self._loading = True
        try:
            self.year_combo.clear()
            self.year_combo.addItem(self.tr("All years"), None)
            for found in years or []:
                self.year_combo.addItem(str(found), found)
            index = self.year_combo.findData(chosen)
            if index < 0:
                index = 1 if years else 0  # the latest year with meetings
            self.year_combo.setCurrentIndex(index)
        finally:
            self._loading = False
        self._reload()
        if selected is not None:
            self.select(selected)

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def select(self, meeting_id: int) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.id_at(row) == meeting_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return True
        return False

    def open_selected(self) -> None:
        ident = self.selected_id()
        if ident is not None:
            self.sig_open.emit(ident)

    def _minutes_of_selected(self) -> None:
        ident = self.selected_id()
        if ident is not None:
            self.sig_minutes.emit(ident)

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        for action in (self.open_action, self.minutes_action):
            action.setEnabled(chosen)
        self.open_button.setEnabled(chosen)

    def _year_changed(self) -> None:
        if not self._loading:
            self._reload()

    def _reload(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        year = self.year_combo.currentData()
        status, kind = self.status_combo.currentData(), self.kind_combo.currentData()
        sort, descending = self.sorting.sort, self.sorting.descending
        rows = self.ctx.run(
            self,
            lambda: overview.list_meetings(
                db,
                actor,
                year,
                status=None if status is None else MeetingStatus(status),
                kind=None if kind is None else MeetingKind(kind),
                sort=sort,
                descending=descending,
            ),
        )
        self.model.set_rows(rows or [])
        self.status.setText(self.tr("%n meeting(s)", "", len(rows or [])))
        if rows and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._update_buttons()

    @staticmethod
    def _no_fetch(ids: list[int]) -> list[MeetingRow]:
        del ids  # every row is loaded by set_rows: a year has a handful of meetings
        return []

    def _values(self, row: MeetingRow) -> list[object]:
        return [
            row.number,
            row.meeting_date,
            row.start_time,
            _place(row),
            meeting_kind_label(row.kind),
            meeting_status_label(row.status),
            row.agenda_items,
            row.decisions,
            row.present,
        ]

    def _activated(self, index: QModelIndex) -> None:
        ident = self.model.id_at(index.row())
        if ident is not None:
            self.sig_open.emit(ident)


class MeetingsArea(QWidget):
    """The meetings list and work plan (tabs), and the page of the meeting opened.

    Signals:
        sig_open_meeting(int): a meeting was opened in the area (double click, Enter, New).

    Attributes:
        page: the open meeting's page, if one is open.
    """

    sig_open_meeting = Signal(int)

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
        self.page: MeetingPage | None = None

        self.meetings = MeetingsList(ctx, clock=clock)
        self.workplan = WorkPlanTab(ctx, clock=clock)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.meetings, self.tr("&Meetings"))
        self.tabs.addTab(self.workplan, self.tr("&Work plan"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        # Kept as attributes for callers of the former read-only list.
        self.table = self.meetings.table
        self.model = self.meetings.model
        self.year_combo = self.meetings.year_combo

        self.meetings.sig_open.connect(self.open_meeting)
        self.meetings.sig_minutes.connect(self.open_minutes)
        self.meetings.sig_new.connect(self.new_meeting)
        new_shortcut = QShortcut(QKeySequence.StandardKey.New, self.tabs)
        new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_shortcut.activated.connect(self._new_from_shortcut)

    def toolbar_actions(self) -> list[QAction]:
        """The toolbar's commands: these buttons' (ui.commands)."""
        return button_actions(
            self,
            (self.meetings.new_button, "new_meeting"),
            (self.meetings.open_button, "open"),
        )

    def refresh(self) -> None:
        """What the main window's Refresh does: reread what is shown."""
        if self.page is not None and self.stack.currentWidget() is self.page:
            self.page.reload()  # keeps unsaved details: reload() rereads only the state
            return
        if self.tabs.currentWidget() is self.workplan:
            self.workplan.refresh()
        else:
            self.meetings.refresh()

    def selected_id(self) -> int | None:
        return self.meetings.selected_id()

    def _new_from_shortcut(self) -> None:
        if not self.meetings.new_button.isHidden():  # hidden: the role may not create
            self.new_meeting()

    def new_meeting(self) -> NewMeetingDialog:
        """Open (non-blocking) the new meeting form; once saved, the meeting opens."""
        dialog = NewMeetingDialog(self.ctx, self, clock=self._clock)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._created(dialog))
        dialog.open()
        return dialog

    def _created(self, dialog: NewMeetingDialog) -> None:
        if dialog.saved is None:
            return
        self.meetings.refresh(dialog.saved.year)
        self.meetings.select(dialog.saved.id)
        page = self.open_meeting(dialog.saved.id)
        page.show_tab(page.details_tab)
        page.details_tab.focus_first()

    def open_meeting(self, meeting_id: int) -> MeetingPage:
        """Show the meeting's page in place of the list."""
        if self.page is not None:
            self.stack.removeWidget(self.page)
            self.page.deleteLater()
        page = MeetingPage(self.ctx, meeting_id, clock=self._clock)
        page.sig_back.connect(self.show_list)
        self.page = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        page.tabs.setFocus(Qt.FocusReason.OtherFocusReason)
        self.sig_open_meeting.emit(meeting_id)
        return page

    def open_minutes(self, meeting_id: int) -> MeetingPage:
        """The meeting's page at its minutes: saved as .docx or PDF, or printed, from there."""
        page = self.open_meeting(meeting_id)
        page.show_tab(page.minutes_tab)
        return page

    def show_list(self) -> None:
        """Back to the list, the meeting that was open selected."""
        meeting_id = self.page.meeting_id if self.page is not None else None
        self.tabs.setCurrentWidget(self.meetings)
        self.stack.setCurrentWidget(self.tabs)
        if self.page is not None:
            self.stack.removeWidget(self.page)
            self.page.deleteLater()
            self.page = None
        self.meetings.refresh()
        if meeting_id is not None:
            self.meetings.select(meeting_id)
        self.meetings.table.setFocus(Qt.FocusReason.OtherFocusReason)


def _place(row: MeetingRow) -> str | None:
    """The place in the interface's language when it was typed in it."""
    if interface_language() is Language.KK and row.place_kk:
        return row.place_kk
    if interface_language() is Language.RU and row.place_ru:
        return row.place_ru
    return row.place
