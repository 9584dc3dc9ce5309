"""User accounts: add, edit, reset a password, unlock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from commission.services import agencies, composition, users
from commission.services.composition import AdminUnitView, CommissionView
from commission.services.users import UserView
from commission.ui.admin.base import AdminTab
from commission.ui.admin.tables import Column, RecordTable, RowsModel, pick_name
from commission.ui.admin.user_dialogs import PasswordDialog, UserDialog
from commission.ui.context import AppContext
from commission.ui.labels import interface_language, role_label


class UserTableModel(RowsModel[UserView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.district_names: dict[int, str] = {}
        self.commission_names: dict[int, str] = {}
        super().__init__(parent)

    def make_columns(self) -> list[Column[UserView]]:
        return [
            Column(self.tr("Login"), lambda u: u.login),
            Column(self.tr("Name"), lambda u: u.full_name),
            Column(self.tr("Role"), lambda u: role_label(u.role)),
            Column(
                self.tr("District"),
                lambda u: self.district_names.get(u.district_id) if u.district_id else None,
            ),
            Column(
                self.tr("Commissions"),
                lambda u: "; ".join(self.commission_names.get(c, str(c)) for c in u.commission_ids),
            ),
            Column(self.tr("Active"), lambda u: u.is_active),
            Column(
                self.tr("Locked"),
                lambda u: u.locked,
                text=lambda u: self.tr("Locked") if u.locked else "",
            ),
            Column(
                self.tr("Wrong passwords"),
                lambda u: u.failed_logins,
                text=lambda u: str(u.failed_logins) if u.failed_logins else "",
            ),
            Column(self.tr("Last login"), lambda u: u.last_login_at),
        ]

    def is_dimmed(self, row: UserView) -> bool:
        return not row.is_active


class UsersTab(AdminTab):
    """Accounts of everyone who works in the program."""

    tables = frozenset({"users", "admin_units", "agencies"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.units: list[AdminUnitView] = []
        self.commissions: list[CommissionView] = []

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search"))
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        self.add_button = QPushButton(self.tr("&Add user…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.password_button = QPushButton(self.tr("Reset &password…"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setToolTip(
            self.tr(
                "Let the next log-in try through at once and restart the count of wrong "
                "passwords (after several, each try waits up to a minute)."
            )
        )
        self.add_button.clicked.connect(lambda: self.open_user_dialog(None))
        self.edit_button.clicked.connect(self.edit_current)
        self.password_button.clicked.connect(self._reset_current)
        self.unlock_button.clicked.connect(self._unlock_current)

        self.model = UserTableModel()
        self.table: RecordTable[UserView] = RecordTable(
            self.model, search=self.search, stretch_column=1, name="users"
        )
        self.table.set_key_columns([0, 2])  # the login and the role beside the name
        self.table.sig_activated.connect(self.edit_current)
        self.table.set_row_buttons(
            (self.edit_button, "edit"),
            (self.password_button, "password"),
            (self.unlock_button, "unlock"),
        )
        self.table.sig_selection_changed.connect(self._update_buttons)

        bar = QHBoxLayout()
        bar.addWidget(search_label)
        bar.addWidget(self.search, 1)
        bar.addSpacing(12)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.password_button)
        bar.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def reload(self) -> None:
        ctx = self.ctx
        units = ctx.run(self, lambda: composition.list_admin_units(ctx.db, ctx.actor))
        rows = ctx.run(self, lambda: users.list_users(ctx.db, ctx.actor))
        commissions = ctx.run(self, lambda: composition.list_commissions(ctx.db, ctx.actor))
        if units is None or rows is None or commissions is None:
            return
        self.units = units
        self.commissions = commissions
        language = interface_language()
        self.model.district_names = {u.id: pick_name(language, u.name_ru, u.name_kk) for u in units}
        self.model.commission_names = {
            c.id: pick_name(language, c.admin_unit_ru, c.admin_unit_kk) for c in commissions
        }
        self.table.set_rows(rows)
        self._update_buttons()

    def _update_buttons(self) -> None:
        current = self.table.current()
        for button in (self.edit_button, self.password_button):
            button.setEnabled(current is not None)
        self.unlock_button.setEnabled(
            current is not None and (current.locked or current.failed_logins > 0)
        )

    def edit_current(self) -> None:
        current = self.table.current()
        if current is not None:
            self.open_user_dialog(current.id)

    def _reset_current(self) -> None:
        current = self.table.current()
        if current is not None:
            self.open_password_dialog(current.id)

    def _unlock_current(self) -> None:
        current = self.table.current()
        if current is not None:
            self.unlock_user(current.id)

    def open_user_dialog(self, user_id: int | None = None) -> UserDialog | None:
        """Open (non-blocking) an account, or a blank one for a new user."""
        user = None
        if user_id is not None:
            user = self.model.find(user_id)
            if user is None:
                return None
        ctx = self.ctx
        units = ctx.run(self, lambda: composition.list_admin_units(ctx.db, ctx.actor))
        agency_rows = ctx.run(self, lambda: agencies.list_agencies(ctx.db, ctx.actor)) or []
        dialog = UserDialog(
            ctx, units or self.units, agency_rows, user, self, commissions=self.commissions
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: dialog.saved is not None and self.table.select_key(dialog.saved.id)
        )
        dialog.open()
        return dialog

    def open_password_dialog(self, user_id: int) -> PasswordDialog | None:
        """Open (non-blocking) the form setting a new password for the user."""
        user = self.model.find(user_id)
        if user is None:
            return None
        dialog = PasswordDialog(self.ctx, user, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def unlock_user(self, user_id: int) -> bool:
        """Lift the pause after wrong passwords; ``False`` (with a message) if it failed."""
        ctx = self.ctx
        done = ctx.run(self, lambda: users.unlock_user(ctx.db, ctx.actor, user_id))
        if done is None:
            return False
        ctx.changes.sig_changed.emit("users")
        return True
