"""Which database this computer opens: its own file, or a shared PostgreSQL server.

Shared by the settings dialog and the first-run wizard. The texts keep the literal context
«SettingsDialog» where they were first written so that their translations stay valid.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from commission.db.engine import Database, default_url
from commission.domain.messages import UserError
from commission.ui.context import message_of

SERVER_DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432


def url_problem(url: str) -> str | None:
    """``None`` when ``url`` reads as a database address, else a message for the user."""
    try:
        make_url(url)
    except ArgumentError:
        return QCoreApplication.translate(
            "SettingsDialog", "This is not a database address. Example: {example}"
        ).format(example="postgresql+psycopg://user@server:5432/commission")
    return None


def check_connection(url: str) -> str | None:
    """``None`` when the database answers, else a message for the user."""
    problem = url_problem(url)
    if problem is not None:
        return problem
    try:
        db = Database(url)
    except UserError as exc:
        return message_of(exc)
    try:
        db.ping()
    except UserError as exc:
        return message_of(exc)
    finally:
        db.dispose()
    return None


class DatabaseChoice(QWidget):
    """Two choices with their fields, and a connection test whose answer shows below.

    Signals:
        sig_changed(): the choice or an address changed (a previous test result is stale).
    """

    sig_changed = Signal()

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.local_radio = QRadioButton()
        self.server_radio = QRadioButton()
        group = QButtonGroup(self)
        group.addButton(self.local_radio)
        group.addButton(self.server_radio)
        is_server = url.startswith("postgresql")
        self.file_edit = QLineEdit(
            "" if is_server else (make_url(url or default_url()).database or "")
        )
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self._choose_file)
        file_row = QHBoxLayout()
        file_row.addSpacing(24)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        # The server as an administrator names it: host, port, database, user and password;
        # the address the program stores is built from them (the password goes to the
        # operating system's credential store when the settings are saved).
        parsed = make_url(url) if is_server else None
        self.host_edit = QLineEdit(parsed.host or "" if parsed else "")
        self.host_edit.setPlaceholderText("srv-akimat")
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(parsed.port or DEFAULT_PORT if parsed else DEFAULT_PORT)
        self.database_edit = QLineEdit(parsed.database or "" if parsed else "commission")
        self.user_edit = QLineEdit(parsed.username or "" if parsed else "")
        self.password_edit = QLineEdit(parsed.password or "" if parsed else "")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.test_button = QPushButton()
        self.test_button.clicked.connect(self.test_connection)
        self.server_fields = QWidget()
        self.server_form = QFormLayout(self.server_fields)
        self.server_form.setContentsMargins(24, 0, 0, 0)
        self.server_labels = [QLabel() for _ in range(5)]
        for label, field in zip(
            self.server_labels,
            (
                self.host_edit,
                self.port_spin,
                self.database_edit,
                self.user_edit,
                self.password_edit,
            ),
            strict=True,
        ):
            label.setBuddy(field)
            self.server_form.addRow(label, field)
        self.server_form.addRow("", self.test_button)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        (self.server_radio if is_server else self.local_radio).setChecked(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.local_radio)
        layout.addLayout(file_row)
        layout.addWidget(self.server_radio)
        layout.addWidget(self.server_fields)
        layout.addWidget(self.test_result)
        self.file_edit.textEdited.connect(self._changed)
        for edit in self.server_edits():
            edit.textEdited.connect(self._changed)
            edit.textEdited.connect(lambda _t: self.server_radio.setChecked(True))
        self.port_spin.valueChanged.connect(lambda _v: self._changed())
        self.file_edit.textEdited.connect(lambda _t: self.local_radio.setChecked(True))
        self.server_radio.toggled.connect(lambda _on: self._changed())
        # Only a server is worth testing: «testing» a file would create it.
        self.server_radio.toggled.connect(self.test_button.setEnabled)
        self.test_button.setEnabled(is_server)
        self.retranslate()

    def retranslate(self) -> None:
        self.local_radio.setText(
            QCoreApplication.translate("SettingsDialog", "This computer (database file)")
        )
        self.server_radio.setText(
            QCoreApplication.translate("SettingsDialog", "Shared server (PostgreSQL)")
        )
        self.browse_button.setText(QCoreApplication.translate("SettingsDialog", "Choose…"))
        self.test_button.setText(QCoreApplication.translate("SettingsDialog", "Test connection"))
        texts = (
            QCoreApplication.translate("SettingsDialog", "Ser&ver:"),
            QCoreApplication.translate("SettingsDialog", "&Port:"),
            QCoreApplication.translate("SettingsDialog", "&Database:"),
            QCoreApplication.translate("SettingsDialog", "&User:"),
            QCoreApplication.translate("SettingsDialog", "Pass&word:"),
        )
        for label, text in zip(self.server_labels, texts, strict=True):
            label.setText(text)

    def server_edits(self) -> list[QLineEdit]:
        return [self.host_edit, self.database_edit, self.user_edit, self.password_edit]

    def _missing(self) -> tuple[QLineEdit, str] | None:
        if not self.host_edit.text().strip():
            return self.host_edit, QCoreApplication.translate(
                "SettingsDialog", "Enter the server's name or address, or choose this computer."
            )
        if not self.database_edit.text().strip():
            return self.database_edit, QCoreApplication.translate(
                "SettingsDialog", "Enter the name of the database on the server."
            )
        if not self.user_edit.text().strip():
            return self.user_edit, QCoreApplication.translate(
                "SettingsDialog", "Enter the user name the administrator gave you."
            )
        return None

    def server_problem(self) -> str | None:
        """What is missing to reach the server (its name, the database, the user); the
        cursor goes to that field."""
        missing = self._missing()
        if missing is None:
            return None
        missing[0].setFocus()
        return missing[1]

    def _changed(self, _text: str = "") -> None:
        self.test_result.clear()
        self.sig_changed.emit()

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("SettingsDialog", "Database file"),
            self.file_edit.text(),
            QCoreApplication.translate("SettingsDialog", "Commission database (*.sqlite3)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.file_edit.setText(path)
            self.local_radio.setChecked(True)
            self._changed()

    def is_server(self) -> bool:
        return self.server_radio.isChecked()

    def chosen_url(self) -> str:
        """The address to store in the settings; empty means the default file."""
        if self.server_radio.isChecked():
            if self._missing() is not None:
                return ""
            return URL.create(
                SERVER_DRIVER,
                username=self.user_edit.text().strip(),
                password=self.password_edit.text() or None,
                host=self.host_edit.text().strip(),
                port=self.port_spin.value(),
                database=self.database_edit.text().strip(),
            ).render_as_string(hide_password=False)
        path = self.file_edit.text().strip()
        if not path or f"sqlite:///{path}" == default_url():
            return ""
        return f"sqlite:///{path}"

    def show_result(self, problem: str | None) -> None:
        if problem is None:
            self.test_result.setStyleSheet("color: #1b5e20;")
            self.test_result.setText(QCoreApplication.translate("SettingsDialog", "Connected."))
        else:
            self.test_result.setStyleSheet("color: #b00020;")
            self.test_result.setText(problem)

    def test_connection(self) -> bool:
        url = self.chosen_url() or default_url()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            problem = check_connection(url)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.show_result(problem)
        return problem is None
