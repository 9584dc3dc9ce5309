"""The register of probation clients: search as you type and a lazily fetched list.

Personal data: the area reads nothing for a role without ``VIEW_CLIENTS`` (the services refuse
anyway), and every list the services hand out is recorded in the audit trail.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from commission.domain.permissions import Permission
from commission.services import clients, registers
from commission.services.registers import ClientRow
from commission.ui.clients.client_card import ClientCardDialog
from commission.ui.clients.import_dialog import ImportDialog
from commission.ui.clients.register_export import can_export, export_clients_register
from commission.ui.commands import button_actions
from commission.ui.context import AppContext
from commission.ui.export_worker import ExportWorker
from commission.ui.labels import reading_as_shown
from commission.ui.lazy_model import (
    ChangeWatcher,
    LazyTableModel,
    set_ids_keeping_place,
    setup_table,
)
from commission.ui.overview_labels import client_category_label

SEARCH_DELAY_MS = 250
WATCHED_TABLES = ("clients", "cases", "users", "admin_units", "client_transfers")


class ClientsArea(QWidget):
    """Signals:
    sig_open_client(int): the user asked to open a client's card (double click, Enter).

    Attributes:
        card: the client card last opened from the area.
        import_dialog: the import dialog last opened from the area.
        export_worker: the register export last started from the area.
    """

    sig_open_client = Signal(int)

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
        self.card: ClientCardDialog | None = None
        self.import_dialog: ImportDialog | None = None
        self.export_worker: ExportWorker | None = None
        self.allowed = ctx.actor.can(Permission.VIEW_CLIENTS)
        layout = QVBoxLayout(self)
        if not self.allowed:
            notice = QLabel(self.tr("Your role gives no access to the personal data of clients."))
            notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(notice)
            return

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("Surname, name, IIN or case No. (from 3 letters: anywhere in the name)")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.removed_check = QCheckBox(self.tr("Include those removed from the register"))
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        bar = QHBoxLayout()
        caption = QLabel(self.tr("Search:"))
        caption.setBuddy(self.search_edit)
        bar.addWidget(caption)
        bar.addWidget(self.search_edit, 1)
        bar.addSpacing(12)
        bar.addWidget(self.removed_check)
        self.new_button = QPushButton(self.tr("&New client…"))
        self.import_button = QPushButton(self.tr("&Import from Excel…"))
        self.register_button = QPushButton(self.tr("Clients &register (.xlsx)…"))
        self.new_button.setVisible(ctx.actor.can(Permission.EDIT_CLIENTS))
        self.import_button.setVisible(ctx.actor.can(Permission.IMPORT_CLIENTS))
        self.register_button.setVisible(can_export(ctx))
        bar.addSpacing(12)
        bar.addWidget(self.new_button)
        bar.addWidget(self.import_button)
        bar.addWidget(self.register_button)

        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        self.model: LazyTableModel[ClientRow] = LazyTableModel(
            [
                self.tr("IIN"),
                self.tr("Full name"),
                self.tr("Birth date"),
                self.tr("Category"),
                self.tr("District"),
                self.tr("Probation officer"),
                self.tr("Registered on"),
                self.tr("Cases"),
            ],
            self._fetch,
            self._values,
            self,
            row_foreground=lambda row: (
                QColor(grey) if row.deregistered_on or row.transferred_to else None
            ),
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table, (14, 36, 10, 30, 18, 24, 12, 6), stretch=1)
        self.status = QLabel()

        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

        self.search_edit.textChanged.connect(self.search_timer.start)
        self.search_edit.returnPressed.connect(self._search)
        self.search_timer.timeout.connect(self._search)
        self.removed_check.toggled.connect(self._search)
        self.table.activated.connect(self._activated)
        self.sig_open_client.connect(self.open_client)
        self.new_button.clicked.connect(self.new_client)
        self.import_button.clicked.connect(self.open_import)
        self.register_button.clicked.connect(self._register_clicked)
        self.model.sig_fetch_failed.connect(self.status.setText)
        self._watcher = ChangeWatcher(self, ctx.changes, WATCHED_TABLES, self.refresh)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.allowed:
            self._watcher.shown()

    def toolbar_actions(self) -> list[QAction]:
        """The toolbar's commands: these buttons' (ui.commands)."""
        return button_actions(
            self,
            (self.new_button, "new_person"),
            (self.import_button, "import"),
            (self.register_button, "export_xlsx"),
        )

    def refresh(self) -> None:
        """Reload the list as it is searched now, keeping the user's place in it."""
        self._reload(keep_place=True)

    def _search(self) -> None:
        """Search again with the current text (every client when it is empty)."""
        self._reload(keep_place=False)

    def _reload(self, *, keep_place: bool) -> None:
        if not self.allowed:
            return
        self._watcher.stale = False
        self.search_timer.stop()
        text = self.search_edit.text()
        include = self.removed_check.isChecked()
        found = self.ctx.run(
            self,
            lambda: registers.find_clients(
                self.ctx.db,
                self.ctx.actor,
                text,
                include_deregistered=include,
                cap=registers.SEARCH_CAP,
            ),
        )
        ids = found.ids if found is not None else []
        if keep_place:
            set_ids_keeping_place(self.table, self.model, ids)
        else:
            self.model.set_ids(ids)
        if found is not None and found.more:
            # The best matches only: counting every match of a common name costs a million rows.
            self.status.setText(self.tr("{count}+ found").format(count=len(ids)))
        else:
            self.status.setText(self.tr("%n client(s)", "", len(ids)))

    def selected_id(self) -> int | None:
        if not self.allowed:
            return None
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def _fetch(self, ids: list[int]) -> list[ClientRow]:
        return registers.client_rows(self.ctx.db, reading_as_shown(self.ctx.actor), ids)

    def _values(self, row: ClientRow) -> list[object]:
        return [
            row.iin,
            row.full_name,
            row.birth_date,
            client_category_label(row.category),
            self._district_text(row),
            row.officer,
            row.registered_on,
            row.case_count,
        ]

    def _district_text(self, row: ClientRow) -> str:
        if row.transferred_to is None or row.transferred_on is None:
            return row.district
        return self.tr("transferred to {district} ({date})").format(
            district=row.transferred_to, date=f"{row.transferred_on:%d.%m.%Y}"
        )

    def open_client(self, client_id: int) -> ClientCardDialog | None:
        """Open a client's card; reading it is recorded in the audit trail."""
        ctx = self.ctx
        card = ctx.run(
            self, lambda: clients.open_client(ctx.db, reading_as_shown(ctx.actor), client_id)
        )
        if card is None:
            return None
        return self._show_card(ClientCardDialog(ctx, card, self, clock=self._clock))

    def new_client(self) -> ClientCardDialog | None:
        if not self.ctx.actor.can(Permission.EDIT_CLIENTS):
            return None
        return self._show_card(ClientCardDialog(self.ctx, None, self, clock=self._clock))

    def _show_card(self, card: ClientCardDialog) -> ClientCardDialog:
        self.card = card
        card.finished.connect(card.deleteLater)
        card.open()
        return card

    def open_import(self) -> ImportDialog | None:
        if not self.ctx.actor.can(Permission.IMPORT_CLIENTS):
            return None
        dialog = ImportDialog(self.ctx, self)
        dialog.finished.connect(dialog.deleteLater)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def export_register(self, path: Path | None = None) -> ExportWorker | None:
        """The clients register as .xlsx (the officer's: his district), to ``path`` or to a
        file the user chooses; written off the GUI thread."""
        if not self.allowed or not can_export(self.ctx):
            return None
        self.export_worker = export_clients_register(self.ctx, self, path, today=self._clock())
        return self.export_worker

    def _register_clicked(self) -> None:
        self.export_register()

    def _activated(self, index: QModelIndex) -> None:
        ident = self.model.id_at(index.row())
        if ident is not None:
            self.sig_open_client.emit(ident)
