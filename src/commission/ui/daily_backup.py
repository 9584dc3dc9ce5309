"""The day's copy of the database, made off the GUI thread after the window has painted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from commission.db.engine import Database
from commission.domain.messages import UserError
from commission.services import backup_schedule
from commission.ui.worker_thread import WorkerThread


class _BackupThread(WorkerThread):
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


class DailyBackup(QObject):
    """Signals:
    sig_failed(object): the copy could not be made (a ``UserError`` or an ``OSError``); on the
        GUI thread, where a message may be shown.

    Attributes:
        made: the copy's path once made; ``None`` before, when today's copy already existed,
            or for an engine whose copies are not kept here.
        finished: the copy was made or given up.
    """

    sig_failed = Signal(object)

    def __init__(self, db: Database, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = _BackupThread(db, folder)
        # This object lives on the GUI thread: the thread's signals reach it queued.
        self._thread.sig_failed.connect(self._failed)
        self._thread.finished.connect(self._finished)
        self.made: Path | None = None
        self.finished = False

    def launch(self) -> None:
        self._thread.launch()

    @Slot(object)
    def _failed(self, exc: object) -> None:
        self.sig_failed.emit(exc)

    @Slot()
    def _finished(self) -> None:
        self.made = self._thread.made
        self.finished = True
