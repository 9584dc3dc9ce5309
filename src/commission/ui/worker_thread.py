"""A thread for work the GUI must not wait for (writing a document, importing a list).

Every such thread is kept until it has ended and waited for at exit (a QThread destroyed while
running aborts the program); the garbage collector is paused while any runs (``ui.gc_guard``);
and the thread object cleans up after itself on the GUI thread, even when the worker that
started it is already gone with its dialog.

An exception a subclass's ``run`` lets through is logged by ``failure`` (identifiers only) and
stops there: Qt would otherwise print it, message and all, to standard error, or hand it to
the application's hook, which must not open a window from this thread.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QThread

from commission import failure
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

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        run = cls.__dict__.get("run")
        if run is not None:
            cls.run = _guarded(run, cls.__name__)  # type: ignore[method-assign]

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


def _guarded(run: Callable[[Any], None], name: str) -> Callable[[Any], None]:
    @functools.wraps(run)
    def guarded(self: Any) -> None:
        try:
            run(self)
        except Exception as exc:  # the last stop of a worker's failure; see the module's notes
            failure.log_unexpected(exc, where=name)

    return guarded
