"""What every administration tab shares: reloading only when what it shows has changed."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from commission.ui.context import AppContext


class AdminTab(QWidget):
    """A tab that reloads when a table it shows changes, or when it is next shown.

    Attributes:
        tables: names of the tables whose changes concern this tab; empty means every change
            (the audit trail records them all).
    """

    tables: frozenset[str] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True

    def refresh(self) -> None:
        """Reload what the tab shows from the services."""
        self._stale = False
        self.reload()

    def reload(self) -> None:
        raise NotImplementedError

    def mark_stale(self) -> None:
        """Reload when next shown (at once if shown now)."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def on_changed(self, table: str) -> None:
        if self.tables and table not in self.tables:
            return
        self.mark_stale()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
