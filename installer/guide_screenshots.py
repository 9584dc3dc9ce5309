"""Screenshots for the user guide, taken from the real program on the demo database.

Run from the repository root (no display needed):

    python installer/guide_screenshots.py [--out resources/guide/ru/img] [--lang ru]
    python installer/guide_screenshots.py --lang kk --out resources/guide/kk/img \
        --only wizard-1-language,wizard-3-commission,secretary-dashboard,meeting-agenda,\
meeting-minutes,secretary-decisions,officer-clients,admin-users

It builds the demo commission into a temporary folder, logs in as each demo user through the
services, shows the areas of the main window offscreen and saves each one as a PNG. The user's
own data folder and settings are never touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the real imports wait until the environment is isolated
    from PySide6.QtWidgets import QWidget

    from commission.db.engine import Database
    from commission.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
WINDOW = (1100, 700)
# Secretaries work on Windows: the pictures show where the file really is there, not the
# temporary folder of the machine taking them (only this text is changed, never the data).
WINDOWS_FILE = r"C:\Users\secretary\AppData\Local\Akimat\Commission\commission.sqlite3"


def _prepare_environment(data: Path) -> None:
    os.environ["COMMISSION_DATA_DIR"] = str(data)  # settings, logs, demo file: all temporary
    os.environ.pop("COMMISSION_DATABASE_URL", None)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT / "src"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "guide" / "ru" / "img")
    parser.add_argument("--lang", default="ru", choices=("ru", "kk", "en"))
    parser.add_argument(
        "--only",
        default="",
        help="comma-separated picture names to save (the shorter Kazakh guide uses a few)",
    )
    args = parser.parse_args(argv)
    only = {name.strip() for name in args.only.split(",") if name.strip()}
    with tempfile.TemporaryDirectory(prefix="commission-guide-") as tmp:
        _prepare_environment(Path(tmp))
        return Shooter(Path(tmp), args.out, args.lang, only).run()


class Shooter:
    def __init__(self, tmp: Path, out: Path, language: str, only: set[str] | None = None) -> None:
        from PySide6.QtGui import QFont
        from PySide6.QtWidgets import QApplication

        from commission import i18n

        app = QApplication.instance() or QApplication(["commission"])
        assert isinstance(app, QApplication)
        self.app = app
        QApplication.setFont(QFont("DejaVu Sans", 9))
        i18n.install(language)
        self.tmp = tmp
        self.out = out
        self.out.mkdir(parents=True, exist_ok=True)
        self.saved: list[Path] = []
        self.only = only or set()

    # -- saving -----------------------------------------------------------------------------

    def settle(self) -> None:
        from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

        for _ in range(5):  # lazy tables fetch in posted events and zero timers
            loop = QEventLoop()
            QTimer.singleShot(30, loop.quit)
            loop.exec()
            QCoreApplication.processEvents()

    def save(self, widget: QWidget, name: str) -> None:
        from PySide6.QtGui import QImage

        if self.only and name not in self.only:
            return
        self.settle()
        image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
        path = self.out / f"{name}.png"
        if not image.save(str(path), quality=0):  # 0: the strongest PNG compression
            raise RuntimeError(f"cannot write {path}")
        self.saved.append(path)
        print(f"{path.name:32} {image.width()}x{image.height()} {path.stat().st_size // 1024} KB")

    # -- the program ------------------------------------------------------------------------

    def run(self) -> int:
        self.first_run()
        db = self.demo_database()
        try:
            self.secretary(db)
            self.officer(db)
            self.chair(db)
            self.administrator(db)
        finally:
            db.dispose()
        total = sum(p.stat().st_size for p in self.saved)
        print(f"{len(self.saved)} screenshots, {total / 1_048_576:.1f} MB in {self.out}")
        return 0

    def first_run(self) -> None:
        from PySide6.QtWidgets import QWizard

        from commission import settings as local_settings
        from commission.ui.first_run import FirstRunWizard
        from commission.ui.first_run.wizard import COMMISSION

        url = f"sqlite:///{self.tmp / 'new' / 'commission.sqlite3'}"
        wizard = FirstRunWizard(local_settings.LocalSettings(), url)
        wizard.show()
        self.save(wizard, "wizard-1-language")
        wizard.next()
        wizard.database_page.choice.file_edit.setText(WINDOWS_FILE)
        self.save(wizard, "wizard-2-database")
        wizard.next()
        page = wizard.commission_page
        page.name_ru.setPlainText(
            "Межведомственная комиссия по профилактике правонарушений и социальной "
            "адаптации лиц, состоящих на учёте службы пробации"
        )
        page.name_kk.setPlainText(
            "Құқық бұзушылықтардың профилактикасы және пробация қызметінің есебінде "
            "тұрған адамдарды әлеуметтік бейімдеу жөніндегі ведомствоаралық комиссия"
        )
        page.akimat_ru.setText("Акимат Целиноградского района")
        page.akimat_kk.setText("Целиноград ауданының әкімдігі")
        page.unit_ru.setText("Целиноградский район")
        page.unit_kk.setText("Целиноград ауданы")
        page.act_type.setText("Постановление акимата района")
        page.act_number.setText("112")
        page.act_date.set_value(date(2024, 3, 15))
        assert wizard.currentId() == COMMISSION
        self.save(wizard, "wizard-3-commission")
        wizard.next()
        admin = wizard.admin_page
        admin.name_edit.setText("Жаксылыков Арман Серикович")
        admin.password_edit.setText("a long password")
        admin.repeat_edit.setText("a long password")
        self.save(wizard, "wizard-4-admin")
        wizard.next()
        self.save(wizard, "wizard-5-import")
        wizard.next()
        self.save(wizard, "wizard-6-summary")
        wizard.done(QWizard.DialogCode.Rejected)

    def demo_database(self) -> Database:
        from commission.db import migrate
        from commission.db.engine import Database
        from commission.services.context import Actor
        from commission.services.demo import build_demo

        folder = self.tmp / "Commission"  # shown in the status bar: keep it plausible
        db = Database(f"sqlite:///{folder / 'commission.sqlite3'}")
        migrate.upgrade(db)
        build_demo(db, Actor.command_line(), seed=1)
        return db

    def window(self, db: Database, login: str) -> MainWindow:
        from PySide6.QtCore import QCoreApplication, Qt

        from commission import settings as local_settings
        from commission.services import auth
        from commission.services.demo.build import DEMO_PASSWORD
        from commission.ui.context import AppContext
        from commission.ui.main_window import MainWindow

        actor = auth.login(db, login, DEMO_PASSWORD)
        window = MainWindow(AppContext(db, actor), local_settings.LocalSettings())
        # The offscreen screen is small, so the window would open maximised: a fixed size
        # makes the pictures alike and readable in the guide.
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.show()
        window.resize(*WINDOW)
        window.db_label.setText(
            QCoreApplication.translate("MainWindow", "Database: {url}").format(
                url=f"sqlite:///{WINDOWS_FILE}"
            )
        )
        return window

    def in_area(
        self, window: MainWindow, key: str, name: str, then: Callable[[object], None] | None = None
    ) -> object:
        area = window.show_area(key)
        if then is not None:
            then(area)
        self.save(window, name)
        return area

    def secretary(self, db: Database) -> None:
        from commission.domain.enums import MeetingStatus
        from commission.ui.meetings.area import MeetingsArea

        PREPARING = (MeetingStatus.PLANNED, MeetingStatus.AGENDA_APPROVED, MeetingStatus.HELD)
        CALLED_OFF = (MeetingStatus.POSTPONED, MeetingStatus.CANCELLED)

        window = self.window(db, "secretary")
        self.login_dialog(db)
        self.in_area(window, "dashboard", "secretary-dashboard")
        area = self.in_area(window, "meetings", "secretary-meetings")
        assert isinstance(area, MeetingsArea)
        area.tabs.setCurrentWidget(area.workplan)
        self.save(window, "secretary-workplan")
        area.tabs.setCurrentWidget(area.meetings)
        rows = [row for r in range(area.model.rowCount()) if (row := area.model.row_at(r))]
        # Preparation is shown on a coming meeting, where everything can still be edited;
        # the documents on one whose minutes are finalised.
        coming = [
            r
            for r in rows
            if r.status in (MeetingStatus.PLANNED, MeetingStatus.AGENDA_APPROVED) and r.agenda_items
        ]
        finalised = [r for r in rows if r.status not in (*PREPARING, *CALLED_OFF)]
        page = area.open_meeting((coming or rows)[0].id)
        for tab, name in (
            (page.details_tab, "meeting-details"),
            (page.attendance_tab, "meeting-attendance"),
            (page.agenda_tab, "meeting-agenda"),
        ):
            page.tabs.setCurrentWidget(tab)
            self.save(window, name)
        page = area.open_meeting((finalised or rows)[0].id)
        page.tabs.setCurrentWidget(page.minutes_tab)
        self.save(window, "meeting-minutes")
        self.in_area(window, "decisions", "secretary-decisions")
        window.close()

    def login_dialog(self, db: Database) -> None:
        from commission.ui.login import LoginDialog

        dialog = LoginDialog(db, "secretary")
        dialog.show()
        self.save(dialog, "login")
        dialog.close()

    def officer(self, db: Database) -> None:
        window = self.window(db, "officer")
        self.in_area(window, "clients", "officer-clients")
        self.in_area(window, "cases", "officer-cases")
        window.close()

    def chair(self, db: Database) -> None:
        window = self.window(db, "chair")
        self.in_area(window, "dashboard", "chair-dashboard")
        window.close()

    def administrator(self, db: Database) -> None:
        from commission.ui.admin.area import AdministrationArea

        window = self.window(db, "admin")
        area = self.in_area(window, "administration", "admin-commission")
        assert isinstance(area, AdministrationArea)
        assert area.users_tab is not None and area.composition_tab is not None
        area.tabs.setCurrentWidget(area.users_tab)
        self.save(window, "admin-users")
        area.tabs.setCurrentWidget(area.composition_tab)
        self.save(window, "admin-composition")
        self.settings_dialog(window)
        window.close()

    def settings_dialog(self, window: MainWindow) -> None:
        from commission import settings as local_settings
        from commission.ui.settings_dialog import SettingsDialog

        config = local_settings.LocalSettings(
            database_url="postgresql+psycopg://commission@srv-akimat:5432/commission"
        )
        dialog = SettingsDialog(config, "sqlite:///C:/Users/secretary/AppData/commission.sqlite3")
        dialog.show()
        self.save(dialog, "settings-server")
        dialog.close()


if __name__ == "__main__":
    sys.exit(main())
