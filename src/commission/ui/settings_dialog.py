"""Settings of this computer: language, which database to open, the minutes template."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from commission import settings as local_settings
from commission.db.engine import Database, default_url
from commission.domain.messages import UserError
from commission.ui.context import message_of


def language_names() -> list[tuple[str, str]]:
    return [
        ("ru", "Русский"),
        ("kk", "Қазақша"),
        ("en", "English"),
    ]


def check_connection(url: str) -> str | None:
    """``None`` when the database answers, else a message for the user."""
    try:
        make_url(url)
    except ArgumentError:
        return QCoreApplication.translate(
            "SettingsDialog", "This is not a database address. Example: {example}"
        ).format(example="postgresql+psycopg://user@server:5432/commission")
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


class SettingsDialog(QDialog):
    """Signals:
    sig_saved(bool): saved; ``True`` when the window must be rebuilt (language, database).
    """

    sig_saved = Signal(bool)

    def __init__(
        self, config: local_settings.LocalSettings, current_db: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.config = config
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        for code, name in language_names():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(config.language)))

        self.local_radio = QRadioButton(self.tr("This computer (database file)"))
        self.server_radio = QRadioButton(self.tr("Shared server (PostgreSQL)"))
        group = QButtonGroup(self)
        group.addButton(self.local_radio)
        group.addButton(self.server_radio)
        url = config.database_url
        is_server = url.startswith("postgresql")
        self.file_edit = QLineEdit(
            "" if is_server else (make_url(url or default_url()).database or "")
        )
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        self.server_edit = QLineEdit(url if is_server else "")
        self.server_edit.setPlaceholderText(
            "postgresql+psycopg://user:password@server:5432/commission"
        )
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        server_row = QHBoxLayout()
        server_row.addWidget(self.server_edit, 1)
        server_row.addWidget(self.test_button)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        (self.server_radio if is_server else self.local_radio).setChecked(True)

        db_box = QGroupBox(self.tr("Database"))
        db_layout = QVBoxLayout(db_box)
        db_layout.addWidget(QLabel(self.tr("In use now: {url}").format(url=current_db)))
        db_layout.addWidget(self.local_radio)
        db_layout.addLayout(file_row)
        db_layout.addWidget(self.server_radio)
        db_layout.addLayout(server_row)
        db_layout.addWidget(self.test_result)

        self.template_edit = QLineEdit(config.template_path)
        self.template_edit.setPlaceholderText(self.tr("The template shipped with the program"))
        template_browse = QPushButton(self.tr("Choose…"))
        template_browse.clicked.connect(self._choose_template)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_edit, 1)
        template_row.addWidget(template_browse)

        form = QFormLayout()
        form.addRow(self.tr("Interface &language:"), self.language)
        # A row holding a layout gets no buddy by itself; without one the "&" would show.
        template_label = QLabel(self.tr("Minutes &template (.docx):"))
        template_label.setBuddy(self.template_edit)
        form.addRow(template_label, template_row)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setVisible(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(db_box)
        layout.addWidget(
            QLabel(
                self.tr(
                    "A new language or database takes effect at once; "
                    "you will be asked to log in again."
                )
            )
        )
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Database file"),
            self.file_edit.text(),
            self.tr("Commission database (*.sqlite3)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.file_edit.setText(path)
            self.local_radio.setChecked(True)

    def _choose_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Minutes template"),
            self.template_edit.text(),
            self.tr("Word documents (*.docx)"),
        )
        if path:
            self.template_edit.setText(path)

    def chosen_url(self) -> str:
        if self.server_radio.isChecked():
            return self.server_edit.text().strip()
        path = self.file_edit.text().strip()
        if not path or f"sqlite:///{path}" == default_url():
            return ""
        return f"sqlite:///{path}"

    def test_connection(self) -> bool:
        url = self.chosen_url() or default_url()
        problem = check_connection(url)
        if problem is None:
            self.test_result.setStyleSheet("color: #1b5e20;")
            self.test_result.setText(self.tr("Connected."))
            return True
        self.test_result.setStyleSheet("color: #b00020;")
        self.test_result.setText(problem)
        return False

    def try_save(self) -> None:
        url = self.chosen_url()
        if self.server_radio.isChecked() and not url:
            self.error.setText(self.tr("Enter the server's address or choose this computer."))
            self.error.setVisible(True)
            return
        if url != self.config.database_url and not self.test_connection():
            self.error.setText(self.tr("The database could not be opened; settings not saved."))
            self.error.setVisible(True)
            return
        language = str(self.language.currentData())
        relaunch = language != self.config.language or url != self.config.database_url
        self.config.language = language
        self.config.database_url = url
        self.config.template_path = self.template_edit.text().strip()
        try:
            local_settings.save(self.config)
        except OSError:
            self.error.setText(self.tr("The settings file cannot be written."))
            self.error.setVisible(True)
            return
        self.accept()
        self.sig_saved.emit(relaunch)
