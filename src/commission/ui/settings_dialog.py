"""Settings of this computer: language, which database to open, the minutes template."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
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
    QVBoxLayout,
    QWidget,
)

from commission import settings as local_settings
from commission.ui.database_choice import DatabaseChoice, check_connection

__all__ = ["SettingsDialog", "check_connection", "language_names"]


def language_names() -> list[tuple[str, str]]:
    return [
        ("ru", "Русский"),
        ("kk", "Қазақша"),
        ("en", "English"),
    ]


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

        self.database = DatabaseChoice(config.database_url)

        db_box = QGroupBox(self.tr("Database"))
        db_layout = QVBoxLayout(db_box)
        db_layout.addWidget(QLabel(self.tr("In use now: {url}").format(url=current_db)))
        db_layout.addWidget(self.database)

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
        template_label = QLabel(self.tr("This computer's &template (.docx):"))
        template_label.setBuddy(self.template_edit)
        form.addRow(template_label, template_row)
        template_note = QLabel(
            self.tr(
                "Used only for a commission with no template of its own; a commission's "
                "template is chosen in the administration, on the commission's settings."
            )
        )
        template_note.setWordWrap(True)
        form.addRow("", template_note)

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
        return self.database.chosen_url()

    def test_connection(self) -> bool:
        return self.database.test_connection()

    def try_save(self) -> None:
        url = self.chosen_url()
        if self.database.is_server() and (problem := self.database.server_problem()):
            self.error.setText(problem)
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
