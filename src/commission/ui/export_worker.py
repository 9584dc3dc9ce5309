"""Running an export off the GUI thread: a progress dialog with Cancel, then the file saved.

The caller builds what the writer needs (the minutes' read model, plain frozen data) on the
GUI thread and hands over a function that turns it into bytes. The worker thread calls it and
writes the bytes with ``exports.files.write_bytes_safely``, so a file open in Word keeps its old
content and the user gets one clear message. Cancel stops the file from being written: the
writers cannot be interrupted half-way, but nothing reaches the disk once Cancel was pressed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.exports.files import ExportTargetUnavailable, write_bytes_safely
from commission.ui.context import AppContext, message_of
from commission.ui.worker_thread import WorkerThread

# The dialog appears only for exports that take longer than this: most take a fraction of it.
PROGRESS_DELAY_MS = 400


class ExportCancelled(Exception):
    """The user pressed Cancel before the file was written."""


def target_problem(path: Path) -> UserError | None:
    """What is wrong with ``path`` as a file to write, seen before any work is done."""
    if path.is_dir():
        return ExportTargetUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} is a folder, not a file. Choose a file name to save to."
            ),
            name=path.name,
        )
    return None


@dataclass(frozen=True)
class _Done:
    value: object  # what a job returned; None for a file written


class _ExportThread(WorkerThread):
    """Builds the bytes and writes them (or runs a job that writes its own files); reports
    the outcome once, as an exception or ``_Done``."""

    sig_outcome = Signal(object)

    def __init__(self, build: Callable[[], object], path: Path | None) -> None:
        super().__init__()
        self._build = build
        self._path = path

    def run(self) -> None:
        try:
            data = self._build()
            if self._path is None:  # a job: it has finished, whatever Cancel said meanwhile
                self.sig_outcome.emit(_Done(data))
                return
            if self.cancelled.is_set():
                raise ExportCancelled
            assert isinstance(data, bytes)
            write_bytes_safely(self._path, data)
        except Exception as exc:  # handed to the GUI thread, which tells the user
            self.sig_outcome.emit(exc)
            return
        self.sig_outcome.emit(_Done(None))


class ExportWorker(QObject):
    """One export: start it, and learn from ``sig_finished`` whether the file was written.

    Signals:
        sig_finished(bool): ``True`` when the file was written; ``False`` when the export was
            cancelled or failed (the failure was shown to the user with ``ctx.report``).

    With ``path`` ``None`` the worker runs a job that writes its own files (letters numbered
    and written in one transaction); ``result`` is then what the job returned.

    Attributes:
        path: where the file goes (``None`` for a job).
        error: the failure, if any, once finished.
        written: whether the file was written (the job done), once finished.
        result: what the job returned, once finished.
    """

    sig_finished = Signal(bool)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget,
        label: str,
        build: Callable[[], object],
        path: Path | None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.error: BaseException | None = None
        self.written = False
        self.result: object = None
        # No Python reference to ``parent`` is kept: the worker is its Qt child, and a child
        # whose wrapper holds the last reference to its parent makes the parent's destructor
        # run inside the child's, which deletes the child twice (heap corruption).
        self._done = False
        self._thread = _ExportThread(build, path)
        self._thread.sig_outcome.connect(self._finish)
        self.progress = QProgressDialog(
            label, QCoreApplication.translate("ExportWorker", "Cancel"), 0, 0, parent
        )
        self.progress.setWindowTitle(QCoreApplication.translate("ExportWorker", "Saving"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(PROGRESS_DELAY_MS)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)

    def start(self) -> None:
        problem = target_problem(self.path) if self.path is not None else None
        if problem is not None:
            # Reported after the caller has connected to sig_finished, like any other outcome.
            QTimer.singleShot(0, lambda: self._finish(problem))
            return
        self._thread.launch()

    def cancel(self) -> None:
        """Stop the export; the file is not written unless writing had already begun."""
        self._thread.cancelled.set()

    def parent_widget(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    def is_finished(self) -> bool:
        return self._done

    def _finish(self, outcome: object) -> None:
        if self._done:
            return
        self._done = True
        self.progress.canceled.disconnect(self.cancel)
        self.progress.reset()
        self.progress.hide()
        self.progress.deleteLater()
        if isinstance(outcome, ExportCancelled):
            self.sig_finished.emit(False)
            return
        if isinstance(outcome, BaseException):
            self.error = outcome
            # Logged by ``failure`` with the file's extension only: its name may be a client's.
            kind = self.path.suffix.lstrip(".") if self.path is not None else "folder"
            message_of(outcome, where=f"export ({kind or 'file'})")
            self.ctx.report(self.parent_widget(), outcome)
            self.sig_finished.emit(False)
            return
        assert isinstance(outcome, _Done)
        self.result = outcome.value
        self.written = True
        self.sig_finished.emit(True)
