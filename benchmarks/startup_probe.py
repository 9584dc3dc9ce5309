"""Started as a fresh process by ``bench_foundation.py`` (and a test): shows a window, reports.

``bare``: an empty PySide6 QMainWindow, the floor any Qt program pays.
``commission DB_URL [LOGIN]``: the application's own start, ``commission --db DB_URL``
(``app.main`` and ``ui.launcher.Launcher``: the database opened and its schema checked, the
log-in — here the demo account LOGIN, default the secretary, without the dialog —, the main
window).

Prints ``paint <epoch>``: the wall-clock time (``time.time``) the main window was first
painted, so the caller, which noted the time before starting this process, counts the
interpreter's own start too; ``cpu <seconds>``: the process's CPU time by then;
``modules <names>``: which of the modules only exports or schema
upgrades need were imported by then (``-`` for none). With ``--filled`` it then waits for the
dashboard's figures and prints ``filled <epoch>`` (or ``filled -`` when none are shown), and
exits at once either way: the reminders still being read must not count.
"""

from __future__ import annotations

import importlib
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Top-level packages the first paint must not wait for (issue 13): the writers of documents
# and workbooks, and the schema upgrade machinery.
LATE_PACKAGES = ("openpyxl", "docx", "lxml", "alembic", "mako", "pygments")


def late_modules() -> list[str]:
    return sorted({name.split(".")[0] for name in sys.modules} & set(LATE_PACKAGES))


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    wait_filled = "--filled" in sys.argv
    if args[0] != "bare":
        from commission.ui import early_login

        for name in early_login.DATA_MODULES:
            importlib.import_module(name)

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    def finish(lines: list[str]) -> None:
        print("\n".join(lines), flush=True)
        os._exit(0)  # no teardown: threads still reading are not the start's cost

    def painted(window: QWidget) -> None:
        lines = [
            f"paint {time.time():.4f}",
            f"cpu {time.process_time():.4f}",
            f"modules {','.join(late_modules()) or '-'}",
        ]
        if not wait_filled:
            finish(lines)
        built = getattr(window, "_built", {})
        dashboard = built.get("dashboard") if isinstance(built, dict) else None
        loaded = getattr(dashboard, "sig_loaded", None)
        if dashboard is None or loaded is None:
            finish([*lines, "filled -"])
            return
        if getattr(dashboard, "data", None) is not None:
            finish([*lines, f"filled {time.time():.4f}"])
        loaded.connect(lambda: finish([*lines, f"filled {time.time():.4f}"]))

    class FirstPaint(QObject):
        def __init__(self, window: QWidget) -> None:
            super().__init__(window)
            self.window = window
            self.seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                # Once this paint has been handled and flushed, not while it is under way.
                QTimer.singleShot(0, lambda: painted(self.window))
            return False

    if args[0] == "bare":
        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.installEventFilter(FirstPaint(window))
        window.show()
        app.exec()
        return
    from commission.services import auth
    from commission.services.context import Actor
    from commission.ui import launcher
    from commission.ui.context import AppContext
    from commission.ui.main_window import MainWindow

    login = args[2] if len(args) > 2 else "secretary"

    class ProbeLauncher(launcher.Launcher):
        """The launcher with the demo account's password typed for the user."""

        def ask_login(self) -> Actor | None:
            assert self.db is not None
            return auth.login(self.db, login, "demo-demo")

        def show_window(self, ctx: AppContext) -> MainWindow:
            window = super().show_window(ctx)
            window.installEventFilter(FirstPaint(window))
            return window

    launcher.Launcher = ProbeLauncher  # type: ignore[misc]  # what app.main starts
    # Without the dialog: the log-in shown before the data layer loads is speed_probe's
    # ``launch``, which types into it.
    early_login.possible = lambda *_a, **_k: False  # type: ignore[assignment]
    from commission import app as application

    sys.exit(application.main(["--db", args[1]]))


if __name__ == "__main__":
    main()
