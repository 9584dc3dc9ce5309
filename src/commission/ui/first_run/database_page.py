"""Page 2: which database — a file on this computer, or a shared server (tested first)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout

from commission.db.engine import default_url
from commission.domain.messages import UserError
from commission.services import first_run
from commission.ui.context import message_of
from commission.ui.database_choice import DatabaseChoice, check_connection, url_problem
from commission.ui.first_run.base import WizardPage


class DatabasePage(WizardPage):
    def __init__(self, url: str) -> None:
        super().__init__()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.choice = DatabaseChoice(url)
        self.choice.sig_changed.connect(self._forget_probe)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.existing = QLabel()
        self.existing.setWordWrap(True)
        self.existing.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addWidget(self.choice)
        layout.addWidget(self.note)
        layout.addWidget(self.existing)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.probe: first_run.DatabaseProbe | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Database"))
        self.setSubTitle(self.tr("Where the commission's records are kept"))
        self.intro.setText(
            self.tr(
                "If only this computer works with the program, keep the database file on it. "
                "If several computers share one database, enter the address of the "
                "PostgreSQL server that the administrator gave you and test the connection."
            )
        )
        self.note.setText(
            self.tr(
                "The file and its automatic backups stay on this computer; they are kept "
                "when the program is uninstalled."
            )
        )
        self.existing.setText(
            self.tr(
                "This database is already set up. Press «Next» and then «Finish»: you will "
                "log in with the account the administrator gave you."
            )
        )
        self.choice.retranslate()

    def _forget_probe(self) -> None:
        self.probe = None
        self.existing.setVisible(False)
        self.clear_error()

    def url(self) -> str:
        """The database to open: the default file when the field is left empty."""
        return self.choice.chosen_url() or default_url()

    def validatePage(self) -> bool:
        self.clear_error()
        if self.choice.is_server():
            address = self.choice.chosen_url()
            problem = self.choice.server_problem() or url_problem(address)
            if problem is None:
                QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
                try:
                    problem = check_connection(address)
                finally:
                    QGuiApplication.restoreOverrideCursor()
                self.choice.show_result(problem)
            if problem is not None:
                return self.show_error(problem)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.probe = first_run.probe(self.url())
        except UserError as exc:
            self.probe = None
            return self.show_error(message_of(exc))
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.existing.setVisible(self.probe.has_users)
        return True
