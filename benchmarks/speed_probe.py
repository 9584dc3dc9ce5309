"""Started as a fresh process by ``bench_speed.py``: one figure of the issue-13 table, printed.

``bare``: seconds from the process start to an empty QMainWindow painted (the floor).
``start URL LOGIN [--no-reminders]``: seconds from the process start to the main window
painted after log-in, with the reminders asked for as the launcher asks (or not).
``launch URL LOGIN``: the program's own start (``Launcher``) as a user meets it: seconds from
the process start to the log-in window painted, plus seconds from «Войти» pressed to the main
window painted. The pause while the user types is his, not the program's, and is left out; the
program may use it (it imports the main window's modules meanwhile). Prints the sum, with the
two parts on the line before.
``register URL LOGIN``: milliseconds to build the decisions area, show it and paint its first
screen of rows (on a window already shown).
``memory URL LOGIN``: peak resident memory in MB once every area has been opened and every
list in it scrolled to the end.
Offscreen; prints one number on the last line.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from typing import Any

START = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PASSWORD = "demo-demo"
WAIT_S = 60.0  # a figure that takes longer is reported as this: a miss either way


def _painted(widget: object) -> list[float]:
    """A list that receives the time of the widget's first paint."""
    from PySide6.QtCore import QEvent, QObject

    seen: list[float] = []

    class Watch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not seen:
                seen.append(time.perf_counter())
            return False

    watch = Watch()
    widget.installEventFilter(watch)  # type: ignore[attr-defined]
    seen_holder = seen
    widget._speed_watch = watch  # type: ignore[attr-defined]  # kept alive with the widget
    return seen_holder


def _wait(app: object, done: object, limit: float = WAIT_S) -> None:
    from PySide6.QtCore import QEventLoop

    deadline = time.perf_counter() + limit
    while not done() and time.perf_counter() < deadline:  # type: ignore[operator]
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)  # type: ignore[attr-defined]


def _context(url: str, login: str) -> object:
    from commission import i18n
    from commission.db.engine import Database
    from commission.services import auth
    from commission.ui.context import AppContext

    i18n.install("ru")
    db = Database(url)
    return AppContext(db, auth.login(db, login, PASSWORD))


def _window(ctx: object) -> object:
    from commission import settings as local_settings
    from commission.ui.main_window import MainWindow

    return MainWindow(ctx, local_settings.LocalSettings())  # type: ignore[arg-type]


def _views(widget: object) -> list[object]:
    from PySide6.QtWidgets import QAbstractItemView

    return list(widget.findChildren(QAbstractItemView))  # type: ignore[attr-defined]


def _first_rows(app: object, widget: object) -> None:
    """Wait until the widget's largest list shows rows (or has none to show)."""
    views = [v for v in _views(widget) if v.model() is not None]  # type: ignore[attr-defined]
    if not views:
        return
    view = max(views, key=lambda v: v.height())  # type: ignore[attr-defined]
    _wait(app, lambda: view.model().rowCount() > 0, 5.0)  # type: ignore[attr-defined]
    widget.grab()  # type: ignore[attr-defined]  # paints it, as the screen would


def start(url: str, login: str, reminders: bool) -> float:
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    window = _window(_context(url, login))
    seen = _painted(window)
    window.show()  # type: ignore[attr-defined]
    if reminders:
        window.show_reminders_once()  # type: ignore[attr-defined]
    _wait(app, lambda: bool(seen))
    return (seen[0] if seen else time.perf_counter()) - START


TYPING_S = 1.5  # a user typing a nine-letter password takes longer than this


def launch(url: str, login: str) -> None:
    """The two waits of a real start (``commission --db URL``), printed when the main window
    has painted: process start → log-in painted, «Log in» pressed → main window painted."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    marks: dict[str, float] = {}

    def press(dialog: Any) -> None:
        dialog.login_edit.setText(login)
        dialog.password_edit.setText(PASSWORD)
        marks["ok"] = time.perf_counter()
        dialog.try_login()

    class Watch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() != QEvent.Type.Paint or not obj.isWidgetType():
                return False
            top = obj.window()  # type: ignore[attr-defined]
            kind = type(top).__name__
            if kind == "LoginDialog" and "login" not in marks:
                marks["login"] = time.perf_counter()
                QTimer.singleShot(int(TYPING_S * 1000), lambda: press(top))
            elif kind == "MainWindow" and "window" not in marks:
                marks["window"] = time.perf_counter()
                to_login, after_ok = marks["login"] - START, marks["window"] - marks["ok"]
                print(f"{to_login:.4f} {after_ok:.4f}", flush=True)
                print(f"{to_login + after_ok:.4f}", flush=True)
                os._exit(0)
            return False

    watch = Watch()
    app.installEventFilter(watch)
    QTimer.singleShot(int(WAIT_S * 1000), lambda: (print(f"{WAIT_S:.4f}"), os._exit(0)))
    from commission import app as application

    application.main(["--db", url])


def bare() -> float:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    seen = _painted(window)
    window.show()
    _wait(app, lambda: bool(seen))
    return (seen[0] if seen else time.perf_counter()) - START


def register(url: str, login: str) -> float:
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    ctx = _context(url, login)
    window = _window(ctx)
    window.show()  # type: ignore[attr-defined]
    _wait(app, lambda: False, 0.5)  # the window settles; its start-up work is not measured
    import commission.ui.decisions.area  # noqa: F401  # its import is start-up's, not the area's
    from commission.ui.areas import AREAS

    spec = next(a for a in AREAS if a.key == "decisions")
    t0 = time.perf_counter()
    area = spec.build(ctx, window.stack)  # type: ignore[arg-type, attr-defined]
    window.stack.addWidget(area)  # type: ignore[attr-defined]
    window.stack.setCurrentWidget(area)  # type: ignore[attr-defined]
    _first_rows(app, area)
    return (time.perf_counter() - t0) * 1000


def _scroll_through(app: object, view: object) -> None:
    """A page down at a time to the end, as a user holding Page Down does, each page painted;
    a list that fetches more at its end is asked for more until it has no more."""
    bar = view.verticalScrollBar()  # type: ignore[attr-defined]
    model, root = view.model(), view.rootIndex()  # type: ignore[attr-defined]
    for _ in range(50_000):
        bar.setValue(bar.value() + max(1, bar.pageStep()))
        view.viewport().repaint()  # type: ignore[attr-defined]
        app.processEvents()  # type: ignore[attr-defined]
        if bar.value() >= bar.maximum():
            if not model.canFetchMore(root):
                break
            model.fetchMore(root)


def memory(url: str, login: str) -> float:
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    window = _window(_context(url, login))
    window.show()  # type: ignore[attr-defined]
    for row in range(len(window.areas)):  # type: ignore[attr-defined]
        window.nav.setCurrentRow(row)  # type: ignore[attr-defined]
        _wait(app, lambda: False, 0.3)
        for view in _views(window.stack.currentWidget()):  # type: ignore[attr-defined]
            model = view.model()  # type: ignore[attr-defined]
            if model is None:
                continue
            _scroll_through(app, view)
            view.grab()  # type: ignore[attr-defined]
    _wait(app, lambda: False, 0.5)
    return _peak_mb()


def _peak_mb() -> float:
    """This process's own peak resident memory. ``ru_maxrss`` will not do: Linux carries it
    over ``fork`` and ``execve``, so a probe started by a benchmark that holds a large
    database in memory reported the benchmark's peak. ``VmHWM`` belongs to the new address
    space made by ``execve``."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


def main() -> None:
    mode = sys.argv[1]
    if mode == "bare":
        value = bare()
    elif mode == "start":
        value = start(sys.argv[2], sys.argv[3], "--no-reminders" not in sys.argv)
    elif mode == "launch":
        launch(sys.argv[2], sys.argv[3])  # prints and exits once the window has painted
        return
    elif mode == "register":
        value = register(sys.argv[2], sys.argv[3])
    else:
        value = memory(sys.argv[2], sys.argv[3])
    print(f"{value:.4f}", flush=True)
    os._exit(0)  # no teardown of a large window: it is not part of any figure


if __name__ == "__main__":
    main()
