"""Last page: what will be written; «Finish» writes it and reports a failure here."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from commission.ui.first_run.base import WizardPage


class SummaryPage(WizardPage):
    """``summary`` gives the rows to show; ``apply`` writes and returns an error or ``None``."""

    def __init__(
        self,
        summary: Callable[[], list[tuple[str, str]]],
        apply: Callable[[], str | None],
    ) -> None:
        super().__init__()
        self._summary = summary
        self._apply = apply
        self.table = QLabel()
        self.table.setWordWrap(True)
        self.table.setTextFormat(Qt.TextFormat.RichText)
        self.table.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addSpacing(8)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Ready"))
        self.setSubTitle(self.tr("Check what will be saved"))
        self.hint.setText(
            self.tr(
                "Press «Finish» to create the database, the administrator and the commission. "
                "To correct something, go «Back»: nothing is lost."
            )
        )
        self.refresh()

    def refresh(self) -> None:
        rows = "".join(
            f"<tr><td style='padding:2px 12px 2px 0; color:#555;'>{escape(name)}</td>"
            f"<td style='padding:2px 0;'><b>{escape(value)}</b></td></tr>"
            for name, value in self._summary()
        )
        self.table.setText(f"<table>{rows}</table>")

    def initializePage(self) -> None:
        self.clear_error()
        self.refresh()

    def validatePage(self) -> bool:
        self.clear_error()
        problem = self._apply()
        if problem is not None:
            return self.show_error(problem)
        return True
