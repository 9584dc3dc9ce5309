"""Page 5: an optional register of clients (.xlsx, .xlsm, .xls, .ods, .csv) to import once the
set-up is done."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from commission.services.import_file import FILE_PATTERNS, FORMATS
from commission.ui.first_run.base import WizardPage


class ImportPage(WizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setClearButtonEnabled(True)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        self.later = QLabel()
        self.later.setWordWrap(True)
        self.later.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addWidget(self.later)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Existing registers"))
        self.setSubTitle(self.tr("Optional: clients kept so far in Excel"))
        self.intro.setText(
            self.tr(
                "If the probation clients were kept in a spreadsheet (.xlsx, .xls, .ods) or a "
                "CSV file, choose it here. Clients' personal data may be imported only by a "
                "probation officer: the import opens with this file when one first logs in on "
                "this computer, "
                "shows what will be taken and what skipped, and imports on confirmation. "
                "Leave the field empty to skip this step."
            )
        )
        self.browse.setText(self.tr("Choose…"))
        self.path_edit.setPlaceholderText(self.tr("No file: nothing to import"))
        self.later.setText(self.tr("This can be done later at any time from the Clients area."))

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Register of clients"),
            self.path_edit.text(),
            self.tr("Spreadsheets and CSV ({patterns})").format(patterns=FILE_PATTERNS),
        )
        if path:
            self.path_edit.setText(path)

    def chosen(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text) if text else None

    def validatePage(self) -> bool:
        self.clear_error()
        path = self.chosen()
        if path is None:
            return True
        if not path.is_file():
            return self.show_error(self.tr("The file {name} does not exist.").format(name=path))
        if path.suffix.lower().lstrip(".") not in FORMATS:
            return self.show_error(
                self.tr("Choose a register file: .xlsx, .xlsm, .xls, .ods or .csv.")
            )
        return True
