"""The register of social-support cases: search as you type and a lazily fetched list.

Personal data, like the clients' register: nothing is read for a role without
``VIEW_CLIENTS``, and the services audit every list they hand out.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from commission.domain.permissions import Permission
from commission.services import case_register
from commission.services.case_register import CaseRow
from commission.ui.cases.case_card import CaseCardDialog, open_case_card
from commission.ui.cases.case_forms import (
    start_new_case,
    start_notice_case,
    start_release_notice,
)
from commission.ui.cases.new_case_dialog import NewCaseDialog
from commission.ui.cases.notice_case_dialog import NoticeCaseDialog
from commission.ui.cases.release_notice_dialog import ReleaseNoticeDialog
from commission.ui.clients.register_export import can_export, export_cases_register
from commission.ui.context import AppContext
from commission.ui.export_worker import ExportWorker
from commission.ui.labels import reading_as_shown
from commission.ui.lazy_model import (
    ChangeWatcher,
    LazyTableModel,
    set_ids_keeping_place,
    setup_table,
)
from commission.ui.overview_labels import programme_state_label

SEARCH_DELAY_MS = 250
OVERDUE_BACKGROUND = QColor("#fbe0de")
WATCHED_TABLES = ("cases", "measures", "clients", "users", "admin_units")


class CasesArea(QWidget):
    """Signals:
    sig_open_case(int): the user asked to open a case (double click, Enter); the area opens
        its card.

    Attributes:
        card: the case card last opened from the list.
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
        self.open_check = QCheckBox(self.tr("Open cases only"))
        self.open_check.setChecked(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        bar = QHBoxLayout()
        caption = QLabel(self.tr("Search:"))
        caption.setBuddy(self.search_edit)
        bar.addWidget(caption)
        bar.addWidget(self.search_edit, 1)
        bar.addSpacing(12)
        bar.addWidget(self.open_check)
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

        self.model: LazyTableModel[CaseRow] = LazyTableModel(
            [
                self.tr("Case No."),
                self.tr("Client"),
                self.tr("District"),
                self.tr("Opened on"),
                self.tr("Programme"),
                self.tr("Probation officer"),
                self.tr("Open measures"),
                self.tr("Overdue measures"),
            ],
            self._fetch,
            self._values,
            self,
            row_background=lambda row: OVERDUE_BACKGROUND if row.measures_overdue else None,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table, (12, 28, 18, 10, 14, 24, 10, 10), stretch=1)
        self.status = QLabel()

        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

        self.search_edit.textChanged.connect(self.search_timer.start)
        self.search_edit.returnPressed.connect(self._search)
        self.search_timer.timeout.connect(self._search)
        self.open_check.toggled.connect(self._search)
        self.table.activated.connect(self._activated)
        self.sig_open_case.connect(self.open_case)
        self.new_case_button.clicked.connect(lambda: self.new_case())
        self.notice_button.clicked.connect(lambda: self.release_notice())
        self.notice_case_button.clicked.connect(self._notice_case_clicked)
        self.register_button.clicked.connect(self._register_clicked)
        self.model.sig_fetch_failed.connect(self.status.setText)
        self._watcher = ChangeWatcher(self, ctx.changes, WATCHED_TABLES, self.refresh)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.allowed:
            self._watcher.shown()

    def refresh(self) -> None:
        """Reload the list as it is searched now, keeping the user's place in it."""
        self._reload(keep_place=True)

    def _search(self) -> None:
        """Search again with the current text (every case when it is empty)."""
        self._reload(keep_place=False)

    def _reload(self, *, keep_place: bool) -> None:
        if not self.allowed:
            return
        self._watcher.stale = False
        self.search_timer.stop()
        self._today = self._clock()
        text = self.search_edit.text()
        open_only = self.open_check.isChecked()
        ids = self.ctx.run(
            self,
            lambda: case_register.case_ids(self.ctx.db, self.ctx.actor, text, open_only=open_only),
        )
        if keep_place:
            set_ids_keeping_place(self.table, self.model, ids or [])
        else:
            self.model.set_ids(ids or [])
        self.status.setText(self.tr("%n case(s)", "", len(ids or [])))

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
