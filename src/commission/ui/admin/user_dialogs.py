"""A user account, and a new password for one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from commission.domain.enums import Language, Role
from commission.domain.messages import UserError
from commission.services import users
from commission.services.agencies import AgencyView
from commission.services.auth import MIN_PASSWORD_LENGTH, WeakPassword
from commission.services.composition import AdminUnitView, CommissionView
from commission.services.users import UserInput, UserView
from commission.ui.admin.forms import (
    FormDialog,
    combo_enum,
    combo_id,
    fill_agency_combo,
    fill_enum_combo,
    select_data,
)
from commission.ui.admin.tables import pick_name
from commission.ui.context import AppContext
from commission.ui.labels import interface_language, language_label, role_label


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(200)
    return edit


class UserDialog(FormDialog):
    """A new account (with its first password) or the changes to an existing one.

    Attributes:
        saved: the account as stored, once saved.
    """

    def __init__(
        self,
        ctx: AppContext,
        units: Sequence[AdminUnitView],
        agencies: Sequence[AgencyView],
        user: UserView | None = None,
        parent: QWidget | None = None,
        commissions: Sequence[CommissionView] = (),
    ) -> None:
        super().__init__(ctx, parent)
        self.user = user
        self.saved: UserView | None = None
        language = interface_language()
        if user is None:
            self.setWindowTitle(self.tr("New user"))
        else:
            self.setWindowTitle(self.tr("User: {login}").format(login=user.login))

        self.login = QLineEdit()
        self.login.setMaxLength(64)
        self.login.setPlaceholderText(self.tr("Latin letters and digits, e.g. a.nurlanova"))
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(200)
        self.role = QComboBox()
        fill_enum_combo(self.role, Role, role_label, user.role if user else Role.SECRETARY)
        self.district = QComboBox()
        self.district.addItem(self.tr("— none —"), None)
        for unit in units:
            self.district.addItem(pick_name(language, unit.name_ru, unit.name_kk), unit.id)
        self.district_note = QLabel(
            self.tr("A probation officer sees only the clients of this district.")
        )
        self.district_note.setWordWrap(True)
        self.agency = QComboBox()
        fill_agency_combo(
            self.agency,
            agencies,
            user.agency_id if user else None,
            language,
            self.tr("— none —"),
        )
        self.language = QComboBox()
        fill_enum_combo(
            self.language, Language, language_label, user.language if user else Language.RU
        )
        # Which commissions the user works for: asked only on a server with several.
        self.commissions = QListWidget()
        chosen = set(user.commission_ids) if user else {ctx.actor.commission_id}
        for commission in commissions:
            name = pick_name(
                language,
                f"{commission.short_name_ru or commission.name_ru} — {commission.admin_unit_ru}",
                f"{commission.short_name_kk or commission.name_kk} — {commission.admin_unit_kk}",
            )
            item = QListWidgetItem(name, self.commissions)
            item.setData(Qt.ItemDataRole.UserRole, commission.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = commission.id in chosen or len(commissions) == 1
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.commissions.setMaximumHeight(110)
        self.is_active = QCheckBox(self.tr("Ac&tive: may log in"))
        self.is_active.setChecked(True)
        self.password: QLineEdit | None = None
        self.password_repeat: QLineEdit | None = None

        self.add_row("login", self.tr("&Login:"), self.login)
        self.add_row("full_name", self.tr("Full &name:"), self.full_name)
        self.add_row("role", self.tr("&Role:"), self.role)
        self.add_row("district_id", self.tr("&District:"), self.district)
        self.form.addRow("", self.district_note)
        if len(commissions) > 1:
            self.add_row("commission_ids", self.tr("&Commissions:"), self.commissions)
        else:
            self.commissions.setVisible(False)
        self.add_row("agency_id", self.tr("&Agency:"), self.agency)
        self.add_row("language", self.tr("Lan&guage:"), self.language)
        self.add_check("is_active", self.is_active)
        if user is None:
            self.password = _password_edit()
            self.password.setPlaceholderText(
                self.tr("At least {n} characters").format(n=MIN_PASSWORD_LENGTH)
            )
            self.password_repeat = _password_edit()
            self.add_row("password", self.tr("&Password:"), self.password)
            self.add_row("password_repeat", self.tr("Repeat pass&word:"), self.password_repeat)
        else:
            self.login.setText(user.login)
            self.login.setReadOnly(True)
            self.full_name.setText(user.full_name)
            select_data(self.district, user.district_id)
            self.is_active.setChecked(user.is_active)
        self.role.currentIndexChanged.connect(self._update_district_note)
        self._update_district_note()
        self.finish_form()
        if user is not None:
            self.full_name.setFocus()

    def _update_district_note(self) -> None:
        officer = combo_enum(self.role, Role) == Role.PROBATION_OFFICER
        self.district_note.setVisible(officer)
        self.commissions.setEnabled(not officer)  # an officer works for his district

    def chosen_commissions(self) -> tuple[int, ...] | None:
        """The commissions ticked; None where the list is not asked (one commission, or an
        officer): the service then keeps or gives the default."""
        if self.commissions.isHidden() or not self.commissions.isEnabled():
            return None
        items = (self.commissions.item(row) for row in range(self.commissions.count()))
        return tuple(
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def data(self) -> UserInput:
        return UserInput(
            full_name=self.full_name.text(),
            role=combo_enum(self.role, Role),
            agency_id=combo_id(self.agency),
            district_id=combo_id(self.district),
            is_active=self.is_active.isChecked(),
            language=combo_enum(self.language, Language),
            commission_ids=self.chosen_commissions(),
        )

    def accept(self) -> None:
        if (
            self.password is not None
            and self.password_repeat is not None
            and self.password.text() != self.password_repeat.text()
        ):
            self.errors.show_text(
                self.tr("The two passwords differ. Type the same password twice."),
                "password_repeat",
            )
            return
        super().accept()

    def error_field(self, exc: UserError) -> str | None:
        return "password" if isinstance(exc, WeakPassword) else None

    def save(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        if self.user is None:
            password = self.password.text() if self.password is not None else ""
            self.saved = users.add_user(db, actor, self.login.text(), password, self.data())
        else:
            self.saved = users.update_user(db, actor, self.user.id, self.user.version, self.data())
        self.ctx.changes.sig_changed.emit("users")


class PasswordDialog(FormDialog):
    """The administrator sets a new password; the account is unlocked at the same time."""

    def __init__(self, ctx: AppContext, user: UserView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.user = user
        self.setWindowTitle(self.tr("New password for {login}").format(login=user.login))
        self.set_intro(
            self.tr("Tell {name} the new password in person; it also unlocks the account.").format(
                name=user.full_name
            )
        )
        self.password = _password_edit()
        self.password.setPlaceholderText(
            self.tr("At least {n} characters").format(n=MIN_PASSWORD_LENGTH)
        )
        self.password_repeat = _password_edit()
        self.add_row("password", self.tr("New &password:"), self.password)
        self.add_row("password_repeat", self.tr("&Repeat:"), self.password_repeat)
        self.finish_form()

    def accept(self) -> None:
        if self.password.text() != self.password_repeat.text():
            self.errors.show_text(
                self.tr("The two passwords differ. Type the same password twice."),
                "password_repeat",
            )
            return
        super().accept()

    def error_field(self, exc: UserError) -> str | None:
        return "password"

    def save(self) -> None:
        users.set_password(self.ctx.db, self.ctx.actor, self.user.id, self.password.text())
        self.ctx.changes.sig_changed.emit("users")
