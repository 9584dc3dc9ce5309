"""The list of agencies: search, add, edit, deactivate."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commission.domain.enums import Language
from commission.domain.permissions import Permission
from commission.services import agencies
from commission.services.agencies import AgencyView
from commission.ui.admin.tables import Column, RecordTable, RowsModel, pick_name
from commission.ui.agencies.dialog import AgencyDialog
from commission.ui.commands import button_actions
from commission.ui.context import AppContext
from commission.ui.labels import agency_kind_label, interface_language

TABLE = "agencies"


class AgencyTableModel(RowsModel[AgencyView]):
    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        self.language = language
        super().__init__(parent)

    def make_columns(self) -> list[Column[AgencyView]]:
        return [
            Column(
                self.tr("Name"),
                lambda a: pick_name(self.language, a.name_ru, a.name_kk),
                tooltip=self._name_tooltip,
            ),
            Column(self.tr("Kind"), lambda a: agency_kind_label(a.kind)),
            Column(
                self.tr("Head"),
                lambda a: a.head_name,
                tooltip=lambda a: ", ".join(p for p in (self._head_position(a), a.head_name) if p),
            ),
            Column(self.tr("Contact person"), lambda a: a.contact_person),
            Column(self.tr("Phone"), lambda a: a.phone),
            Column(self.tr("E-mail"), lambda a: a.email),
            Column(self.tr("Active"), lambda a: a.is_active),
        ]

    def _head_position(self, agency: AgencyView) -> str | None:
        return pick_name(self.language, agency.head_position or "", agency.head_position_kk)

    @staticmethod
    def _name_tooltip(agency: AgencyView) -> str:
        lines = [agency.name_ru]
        if agency.name_kk != agency.name_ru:
            lines.append(agency.name_kk)
        if agency.address:
            lines.append(agency.address)
        return "\n".join(lines)

    def is_dimmed(self, row: AgencyView) -> bool:
        return not row.is_active


class AgenciesArea(QWidget):
    """Agencies the commission instructs; editable by those allowed to edit agencies."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_edit = ctx.actor.can(Permission.EDIT_AGENCIES)
        self._rows: list[AgencyView] = []

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search"))
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        self.show_inactive = QCheckBox(self.tr("Show &inactive"))
        self.show_inactive.setChecked(True)
        self.show_inactive.toggled.connect(self._show_rows)
        self.add_button = QPushButton(self.tr("&Add agency…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.add_button.clicked.connect(lambda: self.open_agency_dialog(None))
        self.edit_button.clicked.connect(self.edit_current)
        for button in (self.add_button, self.edit_button):
            button.setVisible(self.can_edit)
            button.setEnabled(self.can_edit)

        self.model = AgencyTableModel(interface_language())
        self.table: RecordTable[AgencyView] = RecordTable(
            self.model, search=self.search, stretch_column=0, name="agencies"
        )
        self.table.set_key_columns([1])  # the name stretches; its kind beside it
        self.table.sig_activated.connect(self.edit_current)
        self.table.set_row_buttons((self.edit_button, "edit"))
        self.table.sig_selection_changed.connect(self._update_buttons)

        bar = QHBoxLayout()
        bar.addWidget(search_label)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.show_inactive)
        bar.addSpacing(12)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        ctx.changes.sig_changed.connect(self._on_changed)
        self.refresh()

    def toolbar_actions(self) -> list[QAction]:
        """The toolbar's commands: these buttons' (ui.commands)."""
        return button_actions(
            self,
            (self.add_button, "new"),
            (self.edit_button, "edit"),
        )

    def refresh(self) -> None:
        """Reload the agencies from the database."""
        rows = self.ctx.run(self, lambda: agencies.list_agencies(self.ctx.db, self.ctx.actor))
        if rows is None:
            return
        self._rows = rows
        self._show_rows()

    def _show_rows(self) -> None:
        show_all = self.show_inactive.isChecked()
        self.table.set_rows([a for a in self._rows if show_all or a.is_active])

    def _on_changed(self, table: str) -> None:
        if table == TABLE:
            self.refresh()

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.can_edit and self.table.current() is not None)

    def edit_current(self) -> None:
        """Open the selected agency: for editing, or to read where editing is not allowed."""
        current = self.table.current()
        if current is not None:
            self.open_agency_dialog(current.id)

    def open_agency_dialog(self, agency_id: int | None = None) -> AgencyDialog | None:
        """Open (non-blocking, window-modal) the card of an agency, or a blank one for a new one.

        Returns the dialog; ``None`` when the agency is no longer in the list.
        """
        agency = None
        if agency_id is not None:
            agency = self.model.find(agency_id) or next(
                (a for a in self._rows if a.id == agency_id), None
            )
            if agency is None:
                return None
        elif not self.can_edit:
            return None
        dialog = AgencyDialog(self.ctx, agency, self, read_only=not self.can_edit)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._select_saved(dialog))
        dialog.open()
        return dialog

    def _select_saved(self, dialog: AgencyDialog) -> None:
        if dialog.saved is not None:
            if not dialog.saved.is_active and not self.show_inactive.isChecked():
                return
            self.table.select_key(dialog.saved.id)
