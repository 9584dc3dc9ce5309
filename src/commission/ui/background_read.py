"""Reading what a screen shows off the GUI thread, so that the window paints first.

The read is a function that calls the services, which open their own session on the worker
thread (a Session is never shared between threads). Only the answer to the latest request
reaches the screen: a refresh asked for while an older read is still running makes that older
answer be dropped, so a slow read of a scope the user has already left never overwrites the
figures of the one chosen since.

``after_first_paint`` lets a screen built before the main window is shown wait for its first
paint before it starts reading: a worker thread busy in Python would otherwise share the
interpreter with the painting and delay it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from commission.ui.worker_thread import WorkerThread


def after_first_paint(widget: QWidget, action: Callable[[], None]) -> None:
    """Run ``action`` once ``widget``'s main window has painted for the first time: at once
    when it has, or when the widget is not in a main window that waits (a dialog, a test)."""
    defer = getattr(widget.window(), "after_first_paint", None)
    if callable(defer):
        defer(action)
    else:
        action()


@dataclass(frozen=True)
class _Answer:
    request: int
    value: object  # what the read returned, or the exception it raised


class _ReadThread(WorkerThread):
    """Runs one read and hands its answer back to the GUI thread.

    Signals:
        sig_answer(object): an ``_Answer``.
    """

    sig_answer = Signal(object)

    def __init__(self, request: int, read: Callable[[], object]) -> None:
        super().__init__()
        self._request = request
        self._read = read

    def run(self) -> None:
        try:
            value = self._read()
        except Exception as exc:  # the screen shows it on the GUI thread (``ui.context``
            value = exc  # tells an unexpected one with an incident number and logs it)
        self.sig_answer.emit(_Answer(self._request, value))


class BackgroundRead(QObject):
    """One kind of read a screen makes again and again (its figures, its list).

    Signals:
        sig_result(object): what the latest read returned.
        sig_failed(object): the exception the latest read raised: a ``UserError``, or an
            unexpected one, which the screen reports as such (``AppContext.report``).
    """

    sig_result = Signal(object)
    sig_failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._latest = 0
        self._pending = False

    @property
    def pending(self) -> bool:
        """A read was asked for and its answer has not arrived yet."""
        return self._pending

    def start(self, read: Callable[[], object]) -> None:
        self._latest += 1
        self._pending = True
        thread = _ReadThread(self._latest, read)
        # A bound method of this object: Qt drops the connection if the screen is gone first.
        thread.sig_answer.connect(self._answered)
        thread.launch()

    def _answered(self, answer: _Answer) -> None:
        if answer.request != self._latest:
            return  # superseded by a newer request
        self._pending = False
        if isinstance(answer.value, Exception):
            self.sig_failed.emit(answer.value)
        else:
            self.sig_result.emit(answer.value)
