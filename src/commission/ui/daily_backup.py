"""The day's copy of the database, made off the GUI thread after the window has painted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal

from commission.db.engine import Database
from commission.domain.messages import UserError
from commission.services import backup_schedule
from commission.ui.worker_thread import WorkerThread


class DailyBackup(WorkerThread):
    """Signals:
    sig_failed(object): the copy could not be made (a ``UserError`` or an ``OSError``),
        delivered on the GUI thread.

    Attributes:
        made: the copy's path, ``None`` when today's copy already existed or none is kept
            for this engine; set before ``finished``.
    """

    sig_failed = Signal(object)

    def __init__(self, db: Database, folder: Path) -> None:
        super().__init__()
        self.db = db
        self.folder = folder
        self.made: Path | None = None

    def run(self) -> None:
        try:
            self.made = backup_schedule.daily_backup(self.db, self.folder)
        except (UserError, OSError) as exc:
            self.sig_failed.emit(exc)
