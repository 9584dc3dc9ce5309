"""The log-in dialog, and the dialog that creates the administrator of an empty database.

The log-in paints before the data layer is loaded (``ui.early_login``): this module imports
nothing of SQLAlchemy at its top, and the services only once a password is to be checked.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from commission import i18n
from commission.db.location import sqlite_file
from commission.domain.enums import Language, Role
from commission.domain.messages import UserError

if TYPE_CHECKING:
    from commission.db.engine import Database
    from commission.services.context import Actor

# Each language named in itself, as a user who reads only one of them looks for it.
LANGUAGE_NAMES = (("ru", "Русский"), ("kk", "Қазақша"), ("en", "English"))


def _message_of(exc: UserError) -> str:
    from commission.ui.context import message_of

    return message_of(exc)


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.setVisible(False)
    return label


class LoginDialog(QDialog):
    """Asks for login and password until they are right or the user cancels; a user working
    for several commissions then chooses one (``remembered`` first: this computer's last).

    ``db`` may come later (``set_database``), while the user types: «Log in» pressed before
    it has come waits for it, and the password is checked as soon as it does. ``url`` names
    the database meanwhile.
    """

    def __init__(
        self,
        db: Database | None,
        last_login: str = "",
        parent: QWidget | None = None,
        remembered: int | None = None,
        *,
        url: str = "",
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.url = url
        self.waiting = False  # «Log in» was pressed before the database was open
        self.remembered = remembered
        self.actor: Actor | None = None
        self._logged_in: Actor | None = None
        # The language first: a user of a shared computer reads the dialog in his own, and
        # the window and the names on it follow (the choice is this computer's from now on).
        self.language_box = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(
            max(0, self.language_box.findData(i18n.current_language()))
        )
        self.language_box.currentIndexChanged.connect(self._language_chosen)
        # Both languages at once: whoever cannot read one reads the other.
        language_label = QLabel("Тіл / Язык:")
        language_label.setBuddy(self.language_box)
        self.login_edit = QLineEdit(last_login)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = _error_label()
        # The second step, shown only to a user of several commissions.
        self.commission_box = QComboBox()
        self.commission_label = QLabel()
        self.commission_label.setBuddy(self.commission_box)
        self.login_label = QLabel()
        self.login_label.setBuddy(self.login_edit)
        self.password_label = QLabel()
        self.password_label.setBuddy(self.password_edit)
        form = QFormLayout()
        form.addRow(language_label, self.language_box)
        form.addRow(self.login_label, self.login_edit)
        form.addRow(self.password_label, self.password_edit)
        form.addRow(self.commission_label, self.commission_box)
        self.commission_label.setVisible(False)
        self.commission_box.setVisible(False)
        self.where = QLabel()
        self.where.setStyleSheet("color: palette(mid);")
        self.where.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.where)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.retranslate()
        (self.password_edit if last_login else self.login_edit).setFocus(
            Qt.FocusReason.OtherFocusReason
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Commission — log in"))
        self.login_label.setText(self.tr("&Login:"))
        self.password_label.setText(self.tr("&Password:"))
        self.commission_label.setText(self.tr("&Commission:"))
        self.where.setText(self.tr("Database: {url}").format(url=self._shown_url()))
        if self.waiting:
            self.where.setText(self.tr("Opening the database…"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Continue") if self._logged_in is not None else self.tr("Log in"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))

    def _shown_url(self) -> str:
        if self.db is not None:
            return self.db.display_url
        # A server's address may hold a password: only a file's path is shown before the
        # database is open (``Database.display_url`` hides it then).
        path = sqlite_file(self.url)
        return str(path) if path is not None else "…"

    def set_database(self, db: Database) -> None:
        """The database is open: the password can be checked, at once if «Log in» was
        already pressed."""
        self.db = db
        waited, self.waiting = self.waiting, False
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.retranslate()
        if waited:
            self.try_login()

    def language(self) -> str:
        """The interface language chosen here ("ru", "kk" or "en")."""
        return str(self.language_box.currentData())

    def _language_chosen(self, _index: int) -> None:
        i18n.install(self.language())
        self.retranslate()

    def _show_error(self, exc: UserError) -> None:
        self.error.setText(_message_of(exc))
        self.error.setVisible(True)

    def try_login(self) -> None:
        if self.db is None:
            self.waiting = True
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            self.retranslate()
            return
        from commission.services import auth, commission_choice

        if self._logged_in is not None:  # the second step: the commission was chosen
            self._choose(self._logged_in)
            return
        try:
            actor = auth.login(self.db, self.login_edit.text(), self.password_edit.text())
            choices = (
                []
                if actor.commission_id is not None or actor.role is Role.PROBATION_OFFICER
                else commission_choice.my_commissions(self.db, actor)
            )
        except UserError as exc:
            self._show_error(exc)
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        actor = self._speaking(actor)
        if len(choices) <= 1:
            self.actor = actor
            self.accept()
            return
        self._logged_in = actor
        language = i18n.current_language()
        for choice in choices:
            self.commission_box.addItem(choice.short_name(language), choice.id)
        known = self.commission_box.findData(self.remembered)
        self.commission_box.setCurrentIndex(max(known, 0))
        self.login_edit.setEnabled(False)
        self.password_edit.setEnabled(False)
        self.error.setVisible(False)
        self.commission_label.setVisible(True)
        self.commission_box.setVisible(True)
        self.retranslate()
        self.commission_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _speaking(self, actor: Actor) -> Actor:
        """The actor in the interface's language: the names and notes the services give
        (an agency's, a meeting's place) are then those the user reads around them."""
        if self.language() in (Language.RU.value, Language.KK.value):
            return replace(actor, language=Language(self.language()))
        return actor

    def _choose(self, actor: Actor) -> None:
        from commission.services import commission_choice

        assert self.db is not None
        try:
            self.actor = commission_choice.choose_commission(
                self.db, actor, int(self.commission_box.currentData())
            )
        except UserError as exc:
            self._show_error(exc)
            return
        self.accept()


class FirstAdminDialog(QDialog):
    """An empty database has no users: its first account is the administrator's."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Commission — administrator account"))
        intro = QLabel(
            self.tr(
                "This database has no users yet. Create the administrator's account: the "
                "administrator then adds the secretaries, probation officers and other users."
            )
        )
        intro.setWordWrap(True)
        self.login_edit = QLineEdit("admin")
        self.name_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Login:"), self.login_edit)
        form.addRow(self.tr("&Full name:"), self.name_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow(self.tr("&Repeat password:"), self.repeat_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.try_create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def try_create(self) -> None:
        if self.password_edit.text() != self.repeat_edit.text():
            self._show_error(self.tr("The two passwords differ."))
            self.repeat_edit.clear()
            self.repeat_edit.setFocus()
            return
        from commission.services import auth

        try:
            self.actor = auth.create_first_admin(
                self.db, self.login_edit.text(), self.name_edit.text(), self.password_edit.text()
            )
        except UserError as exc:
            self._show_error(_message_of(exc))
            return
        self.accept()
