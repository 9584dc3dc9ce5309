"""«About»: what program, which version, under what licence, and which database is open."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from commission import __version__
from commission.db.engine import data_dir, safe_url
from commission.ui.icon import application_icon

ICON_SIDE = 64


class AboutDialog(QDialog):
    """Everything a user reads out to the administrator on the phone; the database's address
    never shows its password."""

    def __init__(self, database_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Commission"))
        self.icon_label = QLabel()
        self.icon_label.setPixmap(application_icon().pixmap(ICON_SIDE, ICON_SIDE))
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.name_label = QLabel(self.tr("Commission"))
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.version_label = QLabel(self.tr("Version {version}").format(version=__version__))
        self.purpose_label = QLabel(
            self.tr(
                "Secretariat of the interagency commission for crime prevention and social "
                "support of persons on the probation register."
            )
        )
        self.licence_label = QLabel(
            self.tr("Licence: proprietary software of the akimat; all rights reserved.")
        )
        self.database_label = QLabel(self.tr("Database: {url}").format(url=safe_url(database_url)))
        self.data_label = QLabel(self.tr("Data folder: {path}").format(path=data_dir()))
        self.versions_label = QLabel(
            f"Qt {qVersion()} · PySide6 {PySide6.__version__} · Python {platform.python_version()}"
        )
        text = QVBoxLayout()
        text.addWidget(self.name_label)
        for label in (
            self.version_label,
            self.purpose_label,
            self.licence_label,
            self.database_label,
            self.data_label,
            self.versions_label,
        ):
            # A path or an address has nowhere to wrap: those labels widen the dialog instead
            # of being cut.
            label.setWordWrap(label is self.purpose_label or label is self.licence_label)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.addWidget(label)
        text.addStretch(1)

        body = QHBoxLayout()
        body.addWidget(self.icon_label)
        body.addSpacing(12)
        body.addLayout(text, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.buttons)
        # The wrapped sentences get a readable width; the dialog's own minimum stays the
        # layout's, so that a long address widens it instead of being cut.
        self.purpose_label.setMinimumWidth(400)
