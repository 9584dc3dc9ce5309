"""The register of probation clients: search as you type and a lazily fetched list.

Personal data: the area reads nothing for a role without ``VIEW_CLIENTS`` (the services refuse
anyway), and every list the services hand out is recorded in the audit trail.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QPalette, QShowEvent
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

from commission.domain.enums import AdminLevel
from commission.domain.permissions import Permission
from commission.services import clients, composition, registers
from commission.services.client_order import ClientFilter, ClientSort
from commission.services.registers import ClientRow
from commission.ui.admin.tables import pick_name
from commission.ui.cases.new_case_dialog import NewCaseDialog
from commission.ui.clients.client_card import ClientCardDialog
from commission.ui.clients.import_dialog import ImportDialog
from commission.ui.clients.register_export import can_export, export_clients_register
from commission.ui.commands import button_actions
from commission.ui.context import AppContext
from commission.ui.export_worker import ExportWorker
from commission.ui.labels import interface_language, reading_as_shown
from commission.ui.lazy_model import (
    ChangeWatcher,
    LazyTableModel,
    set_ids_keeping_place,
    setup_table,
)
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
from commission.ui.overview_labels import client_category_label

SEARCH_DELAY_MS = 250
CLIENT_LEVELS = (AdminLevel.DISTRICT.value, AdminLevel.CITY.value)
# Which sort each column's header gives; the IIN, the birth date and the cases are not.
SORT_OF_COLUMN = {
    1: ClientSort.NAME,
    3: ClientSort.CATEGORY,
    4: ClientSort.DISTRICT,
    5: ClientSort.OFFICER,
    6: ClientSort.REGISTERED,
}


class Standing(StrEnum):
    """Which clients the list shows: those on the register, those removed, or both."""

    ON_REGISTER = "on_register"
    REMOVED = "removed"
    ALL = "all"


def _shown(card: ClientCardDialog) -> ClientCardDialog:
    card.finished.connect(card.deleteLater)
    card.open()
    return card


def open_client_card(
    ctx: AppContext, parent: QWidget, client_id: int, clock: Callable[[], date]
) -> ClientCardDialog | None:
    """Open a client's card over ``parent``; reading it is recorded in the audit trail."""
    card = ctx.run(
        parent, lambda: clients.open_client(ctx.db, reading_as_shown(ctx.actor), client_id)
    )
    if card is None:
        return None
    return _shown(ClientCardDialog(ctx, card, parent, clock=clock))


def new_case_for(
    ctx: AppContext, parent: QWidget, row: ClientRow, clock: Callable[[], date]
) -> NewCaseDialog:
    """«New case…» with the client of ``row`` found and chosen; once saved, the case opens."""
    from commission.ui.cases.case_card import open_case_card  # the case card opens clients
    from commission.ui.cases.case_forms import start_new_case

    dialog = start_new_case(
        ctx, parent, clock(), lambda case_id: open_case_card(ctx, case_id, parent, clock)
    )
    dialog.search.setText(row.full_name)
    dialog.find_clients()
    for index in range(dialog.results.count()):
        item = dialog.results.item(index)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == row.id:
            dialog.results.setCurrentRow(index)
    return dialog


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
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        bar = QHBoxLayout()
        caption = QLabel(self.tr("Search:"))
        caption.setBuddy(self.search_edit)
        bar.addWidget(caption)
        bar.addWidget(self.search_edit, 1)
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

        self.standing_combo = QComboBox()
        self.standing_combo.addItem(self.tr("On the register"), Standing.ON_REGISTER)
        self.standing_combo.addItem(self.tr("Removed from the register"), Standing.REMOVED)
        self.standing_combo.addItem(self.tr("On the register and removed"), Standing.ALL)
        self.officer_combo = narrow_combo(16)
        self.category_combo = category_combo(self.tr("All categories"))
        self.district_combo = narrow_combo(14)
        self.district_caption = QLabel(self.tr("&District:"))
        self.district_caption.setBuddy(self.district_combo)
        # Only the oblast's users read several districts; an officer has his own.
        several = ctx.actor.can(Permission.VIEW_ALL_DISTRICTS)
        self.district_caption.setVisible(several)
        self.district_combo.setVisible(several)
        filters = QHBoxLayout()
        filters.addWidget(self.standing_combo)
        filters.addSpacing(8)
        add_filters(
            filters,
            [
                (self.tr("&Officer:"), self.officer_combo),
                (self.tr("C&ategory:"), self.category_combo),
            ],
        )
        filters.addWidget(self.district_caption)
        filters.addWidget(self.district_combo)
        filters.addStretch(1)

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
        setup_table(self.table, (12, 32, 10, 35, 16, 32, 10, 6), stretch=1)
        self.columns = keep_list_columns(self.table, "clients", ctx.actor.login)
        self.sorting = ServerSort(
            self.table, SORT_OF_COLUMN, ClientSort.NAME, False, lambda *_a: self._search()
        )
        self.status = QLabel()

        self.open_action = QAction(self.tr("&Open the card"), self)
        self.new_case_action = QAction(self.tr("New &case for this client…"), self)
        self.new_case_action.setVisible(ctx.actor.can(Permission.EDIT_CASES))
        self.new_client_action = QAction(self.new_button.text(), self)
        self.new_client_action.setVisible(ctx.actor.can(Permission.EDIT_CLIENTS))
        self.row_menu = RowMenu(
            self.table,
            [self.open_action, self.new_case_action, None, self.new_client_action],
        )

        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

        self.search_edit.textChanged.connect(self.search_timer.start)
        self.search_edit.returnPressed.connect(self._search)
        self.search_timer.timeout.connect(self._search)
        for combo in (
            self.standing_combo,
            self.officer_combo,
            self.category_combo,
            self.district_combo,
        ):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.table.activated.connect(self._activated)
        self.sig_open_client.connect(self.open_client)
        self.open_action.triggered.connect(self._open_selected)
        self.new_case_action.triggered.connect(self._new_case_for_selected)
        self.new_client_action.triggered.connect(self.new_client)
        self.new_button.clicked.connect(self.new_client_action.trigger)
        self.import_button.clicked.connect(self.open_import)
        self.register_button.clicked.connect(self._register_clicked)
        self.model.sig_fetch_failed.connect(self.status.setText)
        self._choices_loaded = False
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

    def focus_search(self) -> None:
        """Ctrl+F: the cursor in the search field."""
        if self.allowed:
            focus_field(self.search_edit)

    def _search(self) -> None:
        """Search again with the current text and filters (every client when it is empty)."""
        self._reload(keep_place=False)

    def _filters_changed(self) -> None:
        if self._choices_loaded:
            self._search()

    def current_filter(self) -> ClientFilter:
        return ClientFilter(
            officer_id=self.officer_combo.currentData(),
            category=chosen_category(self.category_combo),
            district_id=self.district_combo.currentData(),
            removed_only=self.standing_combo.currentData() == Standing.REMOVED,
        )

    def _load_choices(self) -> None:
        load_officers(self.officer_combo, self.ctx, self, self.tr("All officers"))
        if not self.district_combo.isHidden() or not self._choices_loaded:
            chosen = self.district_combo.currentData()
            ctx = self.ctx
            units = ctx.run(self, lambda: composition.list_admin_units(ctx.db, ctx.actor)) or []
            self.district_combo.blockSignals(True)
            self.district_combo.clear()
            self.district_combo.addItem(self.tr("All districts"), None)
            for unit in units:
                if unit.level in CLIENT_LEVELS:
                    name = pick_name(interface_language(), unit.name_ru, unit.name_kk)
                    self.district_combo.addItem(name, unit.id)
            self.district_combo.setCurrentIndex(max(0, self.district_combo.findData(chosen)))
            self.district_combo.blockSignals(False)
        self._choices_loaded = True

    def _reload(self, *, keep_place: bool) -> None:
        if not self.allowed:
            return
        self._watcher.stale = False
        self.search_timer.stop()
        self._load_choices()
        db, actor = self.ctx.db, self.ctx.actor
        text, filters = self.search_edit.text(), self.current_filter()
        include = self.standing_combo.currentData() != Standing.ON_REGISTER
        sort, descending = self.sorting.sort, self.sorting.descending

        def find(limit: int | None) -> registers.ClientMatches | None:
            return self.ctx.run(
                self,
                lambda: registers.find_clients(
                    db,
                    actor,
                    text,
                    include_deregistered=include,
                    cap=registers.SEARCH_CAP,
                    filters=filters,
                    sort=sort,
                    descending=descending,
                    limit=limit,
                ),
            )

        if text.strip():
            # The best matches only: counting every match of a common name costs a million rows.
            found = find(None)
            ids = found.ids if found is not None else []
            if keep_place:
                set_ids_keeping_place(self.table, self.model, ids)
            else:
                self.model.set_ids(ids)
            if found is not None and found.more:
                self.status.setText(self.tr("{count}+ found").format(count=len(ids)))
                return
            total = len(ids)
        else:
            total = show_list(
                self.table,
                self.model,
                keep_place=keep_place,
                first=lambda limit: (lambda f: f.ids if f else None)(find(limit)),
                every=lambda: (lambda f: f.ids if f else None)(find(None)),
                count=lambda: self.ctx.run(
                    self,
                    lambda: registers.client_count(
                        db, actor, filters, include_deregistered=include
                    ),
                ),
            )
        self.status.setText(self.tr("%n client(s)", "", total))

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
        card = open_client_card(self.ctx, self, client_id, self._clock)
        if card is not None:
            self.card = card
        return card

    def _open_selected(self) -> None:
        ident = self.selected_id()
        if ident is not None:
            self.sig_open_client.emit(ident)

    def _new_case_for_selected(self) -> NewCaseDialog | None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is None or not self.ctx.actor.can(Permission.EDIT_CASES):
            return None
        return new_case_for(self.ctx, self, row, self._clock)

    def new_client(self) -> ClientCardDialog | None:
        if not self.ctx.actor.can(Permission.EDIT_CLIENTS):
            return None
        return self._show_card(ClientCardDialog(self.ctx, None, self, clock=self._clock))

    def _show_card(self, card: ClientCardDialog) -> ClientCardDialog:
        self.card = card
        return _shown(card)

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
