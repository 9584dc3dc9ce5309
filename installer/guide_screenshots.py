"""Screenshots for the user guide, taken from the real program on the demo database.

Run from the repository root (no display needed):

    python installer/guide_screenshots.py [--out resources/guide/ru/img] [--lang ru]
    python installer/guide_screenshots.py --lang kk --out resources/guide/kk/img \
        --only "$(python installer/guide_screenshots.py --kazakh-set)"

It builds the demo commission into a temporary folder, logs in as each demo user through the
services, shows the areas of the main window and their dialogs (control card, client and case
cards, the import with its trial run, reminders...) offscreen and saves each one as a PNG.
The pictures are reduced to their 256 commonest colours: a screen has few colours, and the
guide ships inside the installer. The user's own data folder and settings are never touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the real imports wait until the environment is isolated
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QWidget

    from commission.db.engine import Database
    from commission.ui.decisions.control_card import ControlCardDialog
    from commission.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
WINDOW = (1100, 700)
# The register of decisions has ten columns: on a narrower window the due date and the state
# hide behind the horizontal scroll bar (secretaries work on full-HD monitors).
WIDE_WINDOW = (1600, 720)
# The pictures of the Kazakh guide: every one the Russian guide shows, in the same places
# (the two guides are equal).
KAZAKH_SET = (
    "login",
    "about",
    "secretary-reminders",
    "secretary-dashboard",
    "secretary-workplan",
    "secretary-meetings",
    "meeting-details",
    "meeting-attendance",
    "meeting-agenda",
    "meeting-minutes",
    "secretary-decisions",
    "control-card",
    "letters-confirm",
    "officer-reminders",
    "officer-home",
    "officer-clients",
    "client-new",
    "client-iin-error",
    "client-card",
    "client-import",
    "officer-cases",
    "new-case",
    "release-notice",
    "case-needs",
    "case-measures",
    "case-log",
    "case-schedule",
    "chair-dashboard",
    "chair-control-card",
    "wizard-1-language",
    "wizard-2-database",
    "wizard-3-commission",
    "wizard-4-admin",
    "wizard-5-import",
    "wizard-6-summary",
    "admin-users",
    "admin-commission",
    "admin-composition",
    "settings-server",
)
# Secretaries work on Windows: the pictures show the folders there, not the temporary folder
# of the machine taking them (only these texts are changed, never the data).
WINDOWS_FOLDER = r"C:\Users\secretary\AppData\Local\Akimat\Commission"
# The probation officer keeps his lists in his own documents.
WINDOWS_DOCUMENTS = r"C:\Users\officer\Documents"
# Where the letters go in the confirmation shown in the guide.
WINDOWS_LETTERS = {
    "ru": r"C:\Users\secretary\Documents\Письма",
    "kk": r"C:\Users\secretary\Documents\Хаттар",
    "en": r"C:\Users\secretary\Documents\Letters",
}
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
        help="comma-separated picture names to save (e.g. the Kazakh set)",
    )
    parser.add_argument(
        "--kazakh-set", action="store_true", help="print the pictures of the Kazakh guide and stop"
    )
    args = parser.parse_args(argv)
    if args.kazakh_set:
        print(",".join(KAZAKH_SET))
        return 0
    only = {name.strip() for name in args.only.split(",") if name.strip()}
    with tempfile.TemporaryDirectory(prefix="commission-guide-") as tmp:
        _prepare_environment(Path(tmp))
        return Shooter(Path(tmp), args.out, args.lang, only).run()


def reduce_colours(image: QImage) -> QImage:
    """The picture in its 256 commonest colours, the rest drawn in the nearest of them.

    A window has flat backgrounds and anti-aliased text: a few thousand colours, most used by
    a handful of pixels. An indexed PNG of it is half the size and looks the same.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = memoryview(bytes(rgb.constBits())[: rgb.sizeInBytes()]).cast("I")
    palette = [colour | 0xFF000000 for colour, _n in Counter(pixels).most_common(256)]
    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    return rgb.convertToFormat(QImage.Format.Format_Indexed8, palette, flags)


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
        self.language = language
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
        if self.only and name not in self.only:
            return
        self.settle()
        image = reduce_colours(widget.grab().toImage())
        path = self.out / f"{name}.png"
        if not image.save(str(path), quality=0):  # 0: the strongest PNG compression
            raise RuntimeError(f"cannot write {path}")
        self.saved.append(path)
        print(f"{path.name:32} {image.width()}x{image.height()} {path.stat().st_size // 1024} KB")

    def wait_for(self, done: Callable[[], bool], what: str) -> None:
        """Let a background job (a trial import) finish; the pictures need its result."""
        for _ in range(400):
            if done():
                return
            self.settle()
        raise RuntimeError(f"{what} did not finish")

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
        # The language chosen on its first page is the one the pictures are taken in.
        wizard = FirstRunWizard(local_settings.LocalSettings(language=self.language), url)
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

    def window(self, db: Database, login: str, size: tuple[int, int] = WINDOW) -> MainWindow:
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
        window.resize(*size)
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
        window.close()
        self.decisions(db, "secretary")

    def decisions(self, db: Database, login: str) -> None:
        """The register of decisions, the start-up reminders, a control card, the letters."""
        from pathlib import PureWindowsPath

        from commission.services.overview import DecisionSort
        from commission.ui.decisions.area import DecisionsArea

        window = self.window(db, login, WIDE_WINDOW)
        area = window.show_area("decisions")
        assert isinstance(area, DecisionsArea)
        if login == "chair":  # his part of the card: the extension asked for, removal
            card = self.control_card(window, area, extension=True)
            self.save(card, "chair-control-card")
            card.reject()
            window.close()
            return
        # What needs attention first, as a click on the «State» header sorts it.
        area.sort_by(DecisionSort.STATE)
        self.save(window, "secretary-decisions")
        self.reminders(window, "secretary-reminders")  # the chair gets the same window
        card = self.control_card(window, area, extension=False)
        self.save(card, "control-card")
        card.reject()
        # A Windows folder in the question, as the secretary will see it; the folder is only
        # shown: the confirmation is cancelled and nothing is numbered or written.
        folder = PureWindowsPath(WINDOWS_LETTERS[self.language])
        sending = area.send_letters(folder)  # type: ignore[arg-type]
        assert sending is not None, "the demo has no agency to write to"
        self.save(sending.box, "letters-confirm")
        sending.box.reject()
        window.close()

    def reminders(self, window: MainWindow, name: str) -> None:
        from commission.ui.reminders import RemindersDialog, reminder_items

        items = reminder_items(window.ctx, date.today(), window)
        assert items, "the demo gives this user nothing to be reminded of"
        dialog = RemindersDialog(window.ctx, items, window)
        dialog.show()
        self.save(dialog, name)
        dialog.close()

    def control_card(
        self, window: MainWindow, area: object, *, extension: bool
    ) -> ControlCardDialog:
        """For the secretary, the card of a decision whose report was returned for rework,
        with the reworked report just registered (through the service, as her «Register
        report…» does) and awaiting her assessment; for the chair, one with an extension
        request awaiting him."""
        from commission.domain.enums import ExtensionState, ReportAssessment, ReportKind
        from commission.services import control
        from commission.ui.decisions.area import DecisionsArea
        from commission.ui.decisions.control_card import ControlCardDialog

        assert isinstance(area, DecisionsArea)
        ctx, today = window.ctx, date.today()
        ids = [i for r in range(area.model.rowCount()) if (i := area.model.id_at(r)) is not None]
        cards = [control.control_card(ctx.db, ctx.actor, i, today) for i in ids]
        if extension:
            chosen = next(
                c
                for c in cards
                if any(e.state is ExtensionState.REQUESTED for p in c.points for e in p.extensions)
            )
        else:
            chosen = next(
                c
                for c in cards
                if c.removed_on is None
                and any(
                    r.assessment is ReportAssessment.RETURNED for p in c.points for r in p.reports
                )
            )
            point = next(p for p in chosen.points if p.reports)
            returned = point.reports[-1]
            control.register_report(
                ctx.db,
                ctx.actor,
                point.id,
                control.ReportData(
                    agency_id=returned.agency_id,
                    kind=ReportKind.FINAL,
                    received_on=today,
                    incoming_number="03-12/418",
                    text="Информация дополнена сведениями о проведённых мероприятиях.",
                ),
                today=today,
            )
        dialog = ControlCardDialog(ctx, chosen.decision_id, window)
        # Tall enough for the reports, the extensions and the escalation ladder to show rows.
        dialog.resize(980, 860)
        dialog.show()
        return dialog

    def login_dialog(self, db: Database) -> None:
        from commission.ui.login import LoginDialog

        dialog = LoginDialog(db, "secretary")
        dialog.show()
        self.save(dialog, "login")
        dialog.close()

    def officer(self, db: Database) -> None:
        from commission.ui.cases.area import CasesArea
        from commission.ui.cases.new_case_dialog import NewCaseDialog
        from commission.ui.clients.area import ClientsArea

        # His start page has three tables side by side with long texts: a full-HD window.
        window = self.window(db, "officer", WIDE_WINDOW)
        self.save(window, "officer-home")  # «My cases» is where he starts
        self.reminders(window, "officer-reminders")
        clients = self.in_area(window, "clients", "officer-clients")
        assert isinstance(clients, ClientsArea)
        self.client_card(clients)
        self.new_client(clients)
        self.client_import(window, clients)
        cases = self.in_area(window, "cases", "officer-cases")
        assert isinstance(cases, CasesArea)
        self.case_card(window, cases)
        dialog = cases.new_case()
        assert isinstance(dialog, NewCaseDialog)
        dialog.search.setText("Абе")  # the clients found as he types
        self.wait_for(lambda: dialog.results.count() > 0, "the search for a client")
        dialog.results.setCurrentRow(0)
        self.save(dialog, "new-case")
        dialog.reject()
        notice = cases.release_notice()
        self.save(notice, "release-notice")
        notice.reject()
        window.close()

    def client_card(self, area: object) -> None:
        """The card of a client who has a case, so that the card lists it."""
        from commission.ui.clients.area import ClientsArea

        assert isinstance(area, ClientsArea)
        rows = [row for r in range(area.model.rowCount()) if (row := area.model.row_at(r))]
        chosen = max(rows, key=lambda row: row.case_count)
        card = area.open_client(chosen.id)
        assert card is not None
        self.save(card, "client-card")
        card.reject()

    def new_client(self, area: object) -> None:
        """A new card: the IIN typed fills the birth date and sex; a typo is caught at once."""
        from commission.domain.iin import Sex, make_iin
        from commission.ui.clients.area import ClientsArea

        assert isinstance(area, ClientsArea)
        card = area.new_client()
        assert card is not None
        card.surname.setText("Серикбаев")
        card.given_name.setText("Данияр")
        card.patronymic.setText("Маратович")
        card.iin.edit.setText(make_iin(date(1994, 7, 12), Sex.MALE, 41))
        self.save(card, "client-new")
        wrong = make_iin(date(1994, 7, 12), Sex.MALE, 41)
        card.iin.edit.setText(wrong[:-1] + str((int(wrong[-1]) + 1) % 10))
        person = card.iin.parentWidget()
        assert person is not None
        self.save(person, "client-iin-error")
        card.reject()

    def client_import(self, window: MainWindow, area: object) -> None:
        """A list as probation services keep it, checked by a trial run (nothing written)."""
        from commission.ui.admin.forms import select_data
        from commission.ui.clients.area import ClientsArea

        assert isinstance(area, ClientsArea)
        path = self.client_list()
        dialog = area.open_import()
        assert dialog is not None
        dialog.resize(900, 720)
        dialog.set_file(path)
        select_data(dialog.column_combos["D"], "articles")  # a header it does not know
        dialog.check()
        self.wait_for(lambda: dialog.worker is None, "the trial import")
        dialog.file_edit.setText(WINDOWS_DOCUMENTS + "\\" + path.name)  # shown, not read again
        self.save(dialog, "client-import")
        dialog.reject()

    def client_list(self) -> Path:
        from openpyxl import Workbook

        from commission.domain.iin import Sex, make_iin

        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.append(["Список лиц, состоящих на учёте службы пробации (на 01.11.2026)"])
        sheet.append([])
        sheet.append(["№ п/п", "Ф.И.О.", "ИИН", "Ст. УК РК", "Категория учета", "Примечание"])
        good = [
            ("Абенов Ерлан Муратович", make_iin(date(1991, 4, 3), Sex.MALE, 12), "188 ч.2"),
            ("Касымова Динара Болатовна", make_iin(date(1987, 11, 20), Sex.FEMALE, 7), "190"),
            ("Ли Виктор Сергеевич", make_iin(date(2001, 1, 15), Sex.MALE, 33), "296 ч.1"),
        ]
        for number, (name, iin, articles) in enumerate(good, start=1):
            sheet.append([number, name, iin, articles, "условно", None])
        typo = make_iin(date(1979, 7, 2), Sex.FEMALE, 5)
        sheet.append([4, "Петрова Анна Ивановна", typo[:-1] + str((int(typo[-1]) + 1) % 10)])
        sheet.append([5, "Абенов Ерлан", good[0][1], "188", "условно", "повтор"])
        sheet.append([6, None, make_iin(date(1995, 1, 9), Sex.MALE, 300), "191", "УДО"])
        path = self.tmp / "Список пробации.xlsx"
        book.save(path)
        return path

    def case_card(self, window: MainWindow, area: object) -> None:
        """The case with the most measures (one sent to the commission, if any): its tabs."""
        from commission.domain.enums import MeasureState
        from commission.services import case_card
        from commission.ui.cases.area import CasesArea

        assert isinstance(area, CasesArea)
        ctx = window.ctx
        ids = [i for r in range(area.model.rowCount()) if (i := area.model.id_at(r)) is not None]

        def interest(case_id: int) -> tuple[int, int, int]:
            card = case_card.case_card(ctx.db, ctx.actor, case_id, date.today())
            escalated = any(m.escalation is not None for m in card.measures)
            return (int(escalated), len({m.state for m in card.measures}), len(card.events))

        dialog = area.open_case(max(ids, key=interest))
        dialog.resize(1200, 700)
        assert dialog.card is not None
        # A measure being worked on: its buttons (outcome, to the commission) are enabled.
        working = [m for m in dialog.card.measures if m.state is MeasureState.IN_PROGRESS]
        if working:
            dialog.select_measure(working[0].id)
        for index, name in enumerate(("case-needs", "case-measures", "case-log", "case-schedule")):
            dialog.tabs.setCurrentIndex(index)
            self.save(dialog, name)
        dialog.reject()

    def chair(self, db: Database) -> None:
        window = self.window(db, "chair")
        self.in_area(window, "dashboard", "chair-dashboard")
        self.about(window)
        window.close()
        self.decisions(db, "chair")

    def about(self, window: MainWindow) -> None:
        """«Help → About»: the Windows database and folder, as a secretary will see them."""
        from PySide6.QtCore import QCoreApplication

        from commission.ui.about_dialog import AboutDialog

        dialog = AboutDialog(f"sqlite:///{WINDOWS_FILE}", window)
        # As in the status bar (see ``window``): the address written out, not URL-quoted.
        dialog.database_label.setText(
            QCoreApplication.translate("AboutDialog", "Database: {url}").format(
                url=f"sqlite:///{WINDOWS_FILE}"
            )
        )
        dialog.data_label.setText(
            QCoreApplication.translate("AboutDialog", "Data folder: {path}").format(
                path=WINDOWS_FOLDER
            )
        )
        dialog.show()
        self.save(dialog, "about")
        dialog.reject()

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
            language=self.language,
            database_url="postgresql+psycopg://commission@srv-akimat:5432/commission",
        )
        dialog = SettingsDialog(config, "sqlite:///C:/Users/secretary/AppData/commission.sqlite3")
        dialog.show()
        self.save(dialog, "settings-server")
        dialog.close()


if __name__ == "__main__":
    sys.exit(main())
