"""Running a client import off the GUI thread, with a progress dialog and Cancel.

The import service reads the workbook, checks every row and writes in one transaction; it
takes ``progress`` and ``cancelled`` callbacks and knows nothing of Qt. The worker thread calls
it; progress comes back to the GUI thread as a signal. Cancel makes the service stop at its
next check with nothing changed.

As in ``export_worker``: the worker is a Qt child of the dialog and keeps no Python reference
to it (a child holding the last reference to its parent corrupts the heap when both go).

The garbage collector is kept off the import thread: see ``ui.gc_guard``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from commission.services.client_import import Cancelled, ImportResult, Progress
from commission.ui.worker_thread import WorkerThread

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 400  # a list of a hundred clients is done before the dialog would show

ImportRun = Callable[[Progress, Cancelled], ImportResult]


class _ImportThread(WorkerThread):
    """Runs the import; reports the outcome once, as an ImportResult or an exception."""

    sig_progress = Signal(int, int)
    sig_outcome = Signal(object)

    def __init__(self, run: ImportRun) -> None:
        super().__init__()
        self._run = run

    def run(self) -> None:
        try:
            result = self._run(self.sig_progress.emit, self.cancelled.is_set)
        except Exception as exc:  # handed to the GUI thread, which tells the user
            self.sig_outcome.emit(exc)
            return
        self.sig_outcome.emit(result)


class ImportWorker(QObject):
    """One run of the import (trial or real).

    Signals:
        sig_finished(object): the ``ImportResult``, or the exception that stopped the import
            (``ImportCancelled`` after Cancel, ``ImportRefused`` for an unreadable file).
    """

    sig_finished = Signal(object)

    def __init__(self, parent: QWidget, label: str, run: ImportRun) -> None:
        super().__init__(parent)
        self._done = False
        self._thread = _ImportThread(run)
        self._thread.sig_progress.connect(self._progress)
        self._thread.sig_outcome.connect(self._finish)
        self.progress = QProgressDialog(
            label, QCoreApplication.translate("ImportWorker", "Cancel"), 0, 0, parent
        )
        self.progress.setWindowTitle(QCoreApplication.translate("ImportWorker", "Import"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(PROGRESS_DELAY_MS)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)

    def start(self) -> None:
        self._thread.launch()

    def cancel(self) -> None:
        """Stop the import; nothing is changed."""
        self._thread.cancelled.set()

    def is_finished(self) -> bool:
        return self._done

    def _progress(self, done: int, total: int) -> None:
        if self._done:
            return
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, total))

    def _finish(self, outcome: object) -> None:
        if self._done:
            return
        self._done = True
        self.progress.canceled.disconnect(self.cancel)
        self.progress.reset()
        self.progress.hide()
        self.progress.deleteLater()
        self.sig_finished.emit(outcome)
