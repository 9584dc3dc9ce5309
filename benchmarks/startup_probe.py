"""Started as a fresh process by ``bench_foundation.py``: shows a window, prints, exits.

``bare``: an empty PySide6 QMainWindow, the floor any Qt program pays.
``commission DB_URL [LOGIN]``: the real main window, logged in as the demo secretary (or the
demo account LOGIN), on DB_URL.
"""

from __future__ import annotations

import os
import sys
import time

START = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    if sys.argv[1] == "bare":
        window = QMainWindow()
    else:
        from commission import i18n
        from commission import settings as local_settings
        from commission.db import migrate
        from commission.db.engine import Database
        from commission.services import auth
        from commission.ui.context import AppContext
        from commission.ui.main_window import MainWindow

        i18n.install("ru")
        db = Database(sys.argv[2])
        migrate.upgrade(db)
        login = sys.argv[3] if len(sys.argv) > 3 else "secretary"
        actor = auth.login(db, login, "demo-demo")
        window = MainWindow(AppContext(db, actor), local_settings.LocalSettings())
    window.show()

    def done() -> None:
        print(f"{time.perf_counter() - START:.4f}")
        app.quit()

    QTimer.singleShot(0, done)
    app.exec()


if __name__ == "__main__":
    main()
