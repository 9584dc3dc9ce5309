"""The register of social-support cases: search as you type and a lazily fetched list.

Personal data, like the clients' register: nothing is read for a role without
``VIEW_CLIENTS``, and the services audit every list they hand out.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from commission.domain.enums import ProgrammeState, Role
from commission.domain.permissions import Permission
from commission.services import case_register
from commission.services.case_register import CaseFilter, CaseRow, CaseSort
from commission.ui.cases.case_card import CaseCardDialog, open_case_card
from commission.ui.cases.case_forms import (
    start_new_case,
    start_notice_case,
    start_release_notice,
)
from commission.ui.cases.new_case_dialog import NewCaseDialog
from commission.ui.cases.notice_case_dialog import NoticeCaseDialog
from commission.ui.cases.release_notice_dialog import ReleaseNoticeDialog
from commission.ui.clients.area import open_client_card
from commission.ui.clients.client_card import ClientCardDialog
from commission.ui.clients.register_export import can_export, export_cases_register
from commission.ui.commands import button_actions
from commission.ui.context import AppContext
from commission.ui.export_worker import ExportWorker
from commission.ui.labels import reading_as_shown
from commission.ui.lazy_model import ChangeWatcher, LazyTableModel, setup_table
from commission.ui.list_tools import (
    RowMenu,
    ServerSort,
    add_filters,
    category_combo,
    chosen_category,
    focus_field,
    keep_list_columns,
    load_officers,
    narrow_combo,
    show_list,
)
from commission.ui.overview_labels import programme_state_label

SEARCH_DELAY_MS = 250
OPEN_CASES = "open"  # the programme filter's first choice: every state still open
MY_CASES = "mine"  # an officer's officer filter: his own cases and the unassigned ones
# Which sort each column's header gives; the district and the counts are not sortable.
SORT_OF_COLUMN = {
    0: CaseSort.NUMBER,
    1: CaseSort.CLIENT,
    3: CaseSort.OPENED,
    4: CaseSort.STATE,
    5: CaseSort.OFFICER,
    8: CaseSort.DEADLINE,
}
DEADLINE_COLUMN = 8
OVERDUE_BACKGROUND = QColor("#fbe0de")
WATCHED_TABLES = ("cases", "measures", "clients", "users", "admin_units")


class CasesArea(QWidget):
    """Signals:
    sig_open_case(int): the user asked to open a case (double click, Enter); the area opens
        its card.

    Attributes:
        card: the case card last opened from the list.
        client_card: the client's card last opened from the list's context menu.
        dialog: the form last opened («New case…», «Release notice…»).
        export_worker: the register export last started from the area.
    """

    sig_open_case = Signal(int)

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
        self.allowed = ctx.actor.can(Permission.VIEW_CLIENTS)
        self.card: CaseCardDialog | None = None
        self.client_card: ClientCardDialog | None = None
        self.dialog: QDialog | None = None
        self.export_worker: ExportWorker | None = None
        layout = QVBoxLayout(self)
        if not self.allowed:
            notice = QLabel(self.tr("Your role gives no access to the personal data of clients."))
            notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(notice)
            return

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Case number or client's surname"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        bar = QHBoxLayout()
        caption = QLabel(self.tr("Search:"))
        caption.setBuddy(self.search_edit)
        bar.addWidget(caption)
        bar.addWidget(self.search_edit, 1)
        bar.addSpacing(12)
        self.new_case_button = QPushButton(self.tr("&New case…"))
        self.notice_button = QPushButton(self.tr("&Release notice…"))
        self.notice_case_button = QPushButton(self.tr("Case from a &notice…"))
        self.notice_case_button.setToolTip(
            self.tr("Open the case of a release notice recorded without an IIN")
        )
        for button in (self.new_case_button, self.notice_button, self.notice_case_button):
            button.setVisible(ctx.actor.can(Permission.EDIT_CASES))
            bar.addWidget(button)
        self.register_button = QPushButton(self.tr("Cases &register (.xlsx)…"))
        self.register_button.setVisible(can_export(ctx))
        bar.addWidget(self.register_button)

        # The filters: the officer sees his own cases first; the others pick an officer.
        self.officer_combo = narrow_combo(18)
        self.state_combo = QComboBox()
        self.state_combo.addItem(self.tr("Open cases"), OPEN_CASES)
        self.state_combo.addItem(self.tr("All states"), None)
        for state in ProgrammeState:
            self.state_combo.addItem(programme_state_label(state), state)
        self.category_combo = category_combo(self.tr("All categories"))
        self.overdue_check = QCheckBox(self.tr("Overdue only"))
        self.overdue_check.setToolTip(self.tr("Cases with a measure past its deadline"))
        filters = QHBoxLayout()
        add_filters(
            filters,
            [
                (self.tr("&Officer:"), self.officer_combo),
                (self.tr("&Programme:"), self.state_combo),
                (self.tr("C&ategory:"), self.category_combo),
            ],
        )
        filters.addWidget(self.overdue_check)
        filters.addStretch(1)

        self.model: LazyTableModel[CaseRow] = LazyTableModel(
            [
                self.tr("Case No."),
                self.tr("Client"),
                self.tr("District"),
                self.tr("Opened on"),
                self.tr("Programme"),
                self.tr("Probation officer"),
                self.tr("Measures"),
                self.tr("Overdue"),
                self.tr("Deadline"),
            ],
            self._fetch,
            self._values,
            self,
            row_background=lambda row: OVERDUE_BACKGROUND if row.measures_overdue else None,
            header_tooltips={
                6: self.tr("Open measures"),
                7: self.tr("Overdue measures"),
                8: self.tr("The earliest deadline of the open measures"),
            },
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table, (10, 24, 14, 10, 12, 32, 5, 5, 10), stretch=1)
        # The deadline beside the programme's state: what an officer scans first.
        self.table.horizontalHeader().moveSection(DEADLINE_COLUMN, 5)
        # One district's cases need no district column; the oblast's tell them apart by it.
        self.table.setColumnHidden(2, not ctx.actor.can(Permission.VIEW_ALL_DISTRICTS))
        self.columns = keep_list_columns(self.table, "cases", ctx.actor.login)
        self.sorting = ServerSort(
            self.table, SORT_OF_COLUMN, CaseSort.OPENED, True, lambda *_a: self._search()
        )
        self.status = QLabel()

        self.open_action = QAction(self.tr("&Open the case"), self)
        self.client_action = QAction(self.tr("Open the &client's card"), self)
        self.new_case_action = QAction(self.new_case_button.text(), self)
        self.new_case_action.setVisible(ctx.actor.can(Permission.EDIT_CASES))
        self.row_menu = RowMenu(
            self.table, [self.open_action, self.client_action, None, self.new_case_action]
        )

        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

        self.search_edit.textChanged.connect(self.search_timer.start)
        self.search_edit.returnPressed.connect(self._search)
        self.search_timer.timeout.connect(self._search)
        for combo in (self.officer_combo, self.state_combo, self.category_combo):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.overdue_check.toggled.connect(self._filters_changed)
        self.table.activated.connect(self._activated)
        self.sig_open_case.connect(self.open_case)
        self.open_action.triggered.connect(self._open_selected)
        self.client_action.triggered.connect(self._open_selected_client)
        self.new_case_action.triggered.connect(lambda: self.new_case())
        self.new_case_button.clicked.connect(self.new_case_action.trigger)
        self.notice_button.clicked.connect(lambda: self.release_notice())
        self.notice_case_button.clicked.connect(self._notice_case_clicked)
        self.register_button.clicked.connect(self._register_clicked)
        self.model.sig_fetch_failed.connect(self.status.setText)
        self._officers_loaded = False
        self._watcher = ChangeWatcher(self, ctx.changes, WATCHED_TABLES, self.refresh)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.allowed:
            self._watcher.shown()

    def toolbar_actions(self) -> list[QAction]:
        """The toolbar's commands: these buttons' (ui.commands)."""
        return button_actions(
            self,
            (self.new_case_button, "new_case"),
            (self.notice_button, "notice"),
            (self.notice_case_button, "new"),
            (self.register_button, "export_xlsx"),
        )

    def refresh(self) -> None:
        """Reload the list as it is searched now, keeping the user's place in it."""
        self._reload(keep_place=True)

    def focus_search(self) -> None:
        """Ctrl+F: the cursor in the search field."""
        if self.allowed:
            focus_field(self.search_edit)

    def _search(self) -> None:
        """Search again with the current text and filters (every case when empty)."""
        self._reload(keep_place=False)

    def _filters_changed(self) -> None:
        if self._officers_loaded:
            self._search()

    def current_filter(self) -> CaseFilter:
        state = self.state_combo.currentData()
        officer = self.officer_combo.currentData()
        mine = officer == MY_CASES
        return CaseFilter(
            search=self.search_edit.text(),
            open_only=state == OPEN_CASES,
            officer_id=self.ctx.actor.user_id if mine else officer,
            unassigned_too=mine,
            state=None if state in (None, OPEN_CASES) else ProgrammeState(state),
            category=chosen_category(self.category_combo),
            overdue_on=self._today if self.overdue_check.isChecked() else None,
        )

    def _load_officers(self) -> None:
        chosen = self.officer_combo.currentData()
        load_officers(self.officer_combo, self.ctx, self, self.tr("All officers"))
        if self.ctx.actor.role is Role.PROBATION_OFFICER:
            # His own cases first, and those nobody looks after yet.
            self.officer_combo.blockSignals(True)
            self.officer_combo.insertItem(0, self.tr("Mine and unassigned"), MY_CASES)
            if chosen == MY_CASES or not self._officers_loaded:
                self.officer_combo.setCurrentIndex(0)
            self.officer_combo.blockSignals(False)
        self._officers_loaded = True

    def _reload(self, *, keep_place: bool) -> None:
        if not self.allowed:
            return
        self._watcher.stale = False
        self.search_timer.stop()
        self._today = self._clock()
        self._load_officers()
        db, actor, filters = self.ctx.db, self.ctx.actor, self.current_filter()
        sort, descending = self.sorting.sort, self.sorting.descending

        def ids(limit: int | None) -> list[int] | None:
            return self.ctx.run(
                self,
                lambda: case_register.case_ids(
                    db, actor, filters=filters, sort=sort, descending=descending, limit=limit
                ),
            )

        total = show_list(
            self.table,
            self.model,
            keep_place=keep_place,
            first=ids,
            every=lambda: ids(None),
            count=lambda: self.ctx.run(self, lambda: case_register.case_count(db, actor, filters)),
        )
        self.status.setText(self.tr("%n case(s)", "", total))

    def selected_id(self) -> int | None:
        if not self.allowed:
            return None
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def _fetch(self, ids: list[int]) -> list[CaseRow]:
        return case_register.case_rows(
            self.ctx.db, reading_as_shown(self.ctx.actor), ids, self._today
        )

    def _values(self, row: CaseRow) -> list[object]:
        return [
            row.number,
            row.client_name,
            row.district,
            row.opened_on,
            programme_state_label(row.state),
            row.officer,
            row.measures_open,
            row.measures_overdue,
            row.deadline,
        ]

    def export_register(self, path: Path | None = None) -> ExportWorker | None:
        """The cases register as .xlsx (the officer's: his district), to ``path`` or to a file
        the user chooses; written off the GUI thread."""
        if not self.allowed or not can_export(self.ctx):
            return None
        self.export_worker = export_cases_register(self.ctx, self, path, today=self._clock())
        return self.export_worker

    def _register_clicked(self) -> None:
        self.export_register()

    def _activated(self, index: QModelIndex) -> None:
        ident = self.model.id_at(index.row())
        if ident is not None:
            self.sig_open_case.emit(ident)

    def _open_selected(self) -> None:
        ident = self.selected_id()
        if ident is not None:
            self.sig_open_case.emit(ident)

    def _open_selected_client(self) -> ClientCardDialog | None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        self.client_card = open_client_card(self.ctx, self, row.client_id, self._clock)
        return self.client_card

    def open_case(self, case_id: int) -> CaseCardDialog:
        self.card = open_case_card(self.ctx, case_id, self, self._clock)
        return self.card

    def new_case(self) -> NewCaseDialog:
        dialog = start_new_case(self.ctx, self, self._clock(), self.open_case)
        self.dialog = dialog
        return dialog

    def notice_case(self) -> NoticeCaseDialog:
        """«Case from a notice…»: a notice recorded without an IIN, now that it is known."""
        dialog = start_notice_case(self.ctx, self, self.open_case)
        self.dialog = dialog
        return dialog

    def _notice_case_clicked(self) -> None:
        self.notice_case()

    def release_notice(self) -> ReleaseNoticeDialog:
        dialog = start_release_notice(self.ctx, self, self._clock(), self.open_case)
        self.dialog = dialog
        return dialog
