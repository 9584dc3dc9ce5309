"""Page 4: the administrator's account — the only account the program creates by itself."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout

from commission.domain.enums import Language
from commission.domain.messages import UserError
from commission.services import auth, users
from commission.services.first_run import FirstAdmin
from commission.ui.context import message_of
from commission.ui.first_run.base import WizardPage


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class AdminPage(WizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.login_edit = QLineEdit("admin")
        self.name_edit = QLineEdit()
        self.password_edit = _password_edit()
        self.repeat_edit = _password_edit()
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet("color: #555;")
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        edits = [self.login_edit, self.name_edit, self.password_edit, self.repeat_edit]
        for label, edit in zip(self.labels, edits, strict=True):
            label.setBuddy(edit)
            form.addRow(label, edit)
        form.addRow("", self.rule)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Administrator"))
        self.setSubTitle(self.tr("The account that adds all other users"))
        self.intro.setText(
            self.tr(
                "The administrator adds the secretary, the chair, probation officers and "
                "other users later, under Administration → Users. Keep the password safe: "
                "nobody can recover it."
            )
        )
        texts = [
            self.tr("&Login:"),
            self.tr("&Full name:"),
            self.tr("&Password:"),
            self.tr("&Repeat password:"),
        ]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.rule.setText(
            self.tr(
                "The password: at least {n} characters, not a common one and not the login. "
                "The login is written in Latin letters."
            ).format(n=auth.MIN_PASSWORD_LENGTH)
        )

    def validatePage(self) -> bool:
        self.clear_error()
        try:
            users.validate_login(self.login_edit.text())
        except UserError as exc:
            self.login_edit.setFocus()
            return self.show_error(message_of(exc))
        if not self.name_edit.text().strip():
            self.name_edit.setFocus()
            return self.show_error(self.tr("Enter the administrator's full name."))
        try:
            auth.check_password_strength(self.password_edit.text(), self.login_edit.text())
        except UserError as exc:
            self.password_edit.setFocus()
            return self.show_error(message_of(exc))
        if self.password_edit.text() != self.repeat_edit.text():
            self.repeat_edit.clear()
            self.repeat_edit.setFocus()
            return self.show_error(self.tr("The two passwords differ."))
        return True

    def result(self, language: str) -> FirstAdmin:
        return FirstAdmin(
            login=self.login_edit.text(),
            full_name=self.name_edit.text(),
            password=self.password_edit.text(),
            language=Language(language),
        )
