"""A thread for work the GUI must not wait for (writing a document, importing a list).

Every such thread is kept until it has ended and waited for at exit (a QThread destroyed while
running aborts the program); the garbage collector is paused while any runs (``ui.gc_guard``);
and the thread object cleans up after itself on the GUI thread, even when the worker that
started it is already gone with its dialog.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QThread

from commission.ui import gc_guard

_running: set[WorkerThread] = set()
_quit_watched: list[QCoreApplication] = []


def _wait_for_running() -> None:
    for thread in list(_running):
        thread.wait()


def _watch_quit() -> None:
    app = QCoreApplication.instance()
    if app is not None and app not in _quit_watched:
        app.aboutToQuit.connect(_wait_for_running)
        _quit_watched.append(app)


class WorkerThread(QThread):
    """Subclasses implement ``run``; callers use ``launch`` instead of ``start``.

    Attributes:
        cancelled: set by the GUI when the user pressed Cancel; ``run`` checks it.
    """

    def __init__(self) -> None:
        super().__init__()
        self.cancelled = threading.Event()
        # The thread object lives in the GUI thread, so this runs there, queued.
        self.finished.connect(self._ended)

    def launch(self) -> None:
        _watch_quit()
        _running.add(self)
        gc_guard.pause()
        self.start()

    def _ended(self) -> None:
        _running.discard(self)
        self.deleteLater()
        gc_guard.resume()
