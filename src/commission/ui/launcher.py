"""From start to the main window: translations, database, log-in, set-up; and back on relaunch."""

from __future__ import annotations

import importlib
import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog, QWidget

from commission import i18n
from commission import settings as local_settings
from commission.db import migrate
from commission.db.engine import Database, DatabaseMissing, resolve_url
from commission.domain.messages import UserError
from commission.domain.permissions import Permission
from commission.services import (
    auth,
    backup,
    backup_schedule,
    calendar,
    commission_choice,
    composition,
    first_run,
)
from commission.services.context import Actor
from commission.ui import gc_guard
from commission.ui.context import AppContext, message_of
from commission.ui.daily_backup import DailyBackup
from commission.ui.early_login import WINDOW_MODULES

if TYPE_CHECKING:
    from commission.ui.early_login import EarlyLogin
    from commission.ui.main_window import MainWindow

log = logging.getLogger("commission")


def _warm_up() -> threading.Thread:
    """Start importing ``early_login.WINDOW_MODULES`` (what the main window needs before it
    can paint, whatever the user's role) on a thread of their own. Only imports: no widget
    is made there. The garbage collector stays off meanwhile (``ui.gc_guard``); the caller
    joins the thread and resumes it."""

    def run() -> None:
        for name in WINDOW_MODULES:
            try:
                importlib.import_module(name)
            except Exception as exc:  # imported again on the GUI thread, which reports it
                log.warning("warm-up import of %s failed: %s", name, type(exc).__name__)
                return

    gc_guard.pause()
    thread = threading.Thread(target=run, name="warm-up", daemon=True)
    thread.start()
    return thread


class Launcher:
    """Owns the open database and the main window; rebuilds them when settings change."""

    def __init__(
        self,
        app: QApplication,
        config: local_settings.LocalSettings,
        url: str,
        *,
        demo: bool = False,
        fixed_url: bool = False,
        configured: bool = False,
    ) -> None:
        """``configured``: ``url`` comes from the settings or the environment, so it names a
        database that was set up before; when it is missing that is an error, not a first run.
        """
        self.app = app
        self.config = config
        self.url = url
        self.demo = demo
        self.fixed_url = fixed_url
        self.configured = configured
        self.db: Database | None = None
        self.window: object | None = None
        # An Excel register of clients the first-run wizard was given, to import once the
        # main window is up; ``None`` when there is nothing to import.
        self.pending_import: Path | None = None
        self.first_actor: Actor | None = None  # the administrator the wizard created
        self.backup_job: DailyBackup | None = None
        self.calendar_check: QObject | None = None  # the comparison with the holiday list

    def fail(self, text: str) -> bool:
        QMessageBox.critical(None, QCoreApplication.translate("Launcher", "Commission"), text)
        return False

    def show_unexpected(self, exc: BaseException) -> None:
        QMessageBox.critical(
            None, QCoreApplication.translate("Launcher", "Commission"), message_of(exc)
        )

    def backup_folder(self) -> Path:
        return backup.folder_of(self.config.backup_folder)

    def open_database(self) -> bool:
        """Open the database (only the demo's is created here: a real one is created by the
        first-run wizard) and bring its schema up to date, after a backup."""
        try:
            self.db = Database(self.url, create=self.demo)
            migrate.upgrade(self.db, backup_folder=self.backup_folder())
        except UserError as exc:
            return self.fail(message_of(exc))
        return True

    def configured_database_missing(self) -> bool:
        """The settings name a database file that is not there (an unmounted share): say so
        once, naming it, rather than offer to set up a new, empty one in its place."""
        if self.demo or not self.configured:
            return False
        try:
            Database(self.url, create=False).dispose()
        except DatabaseMissing as exc:
            self.fail(message_of(exc))
            return True
        except UserError:
            return False  # any other problem is reported by the ordinary start
        return False

    def daily_backup(self) -> None:
        """The day's copy of an office's SQLite file, on the first start of the day."""
        if self.demo or self.db is None:
            return
        try:
            backup_schedule.daily_backup(self.db, self.backup_folder())
        except (UserError, OSError) as exc:
            self.backup_failed(exc)

    def daily_backup_later(self, window: MainWindow) -> DailyBackup | None:
        """``daily_backup`` once the window has painted, on a thread of its own: copying a
        large file takes seconds, and with WAL the user's saves meanwhile do not wait for it."""
        if self.demo or self.db is None:
            return None
        job = DailyBackup(self.db, self.backup_folder(), window)
        job.sig_failed.connect(self.backup_failed)
        window.after_first_paint(job.launch)
        self.backup_job = job
        return job

    def offer_calendar_changes(self, ctx: AppContext, window: MainWindow) -> None:
        """Once the window has painted, the calendar's keeper is shown what the installed
        holiday list says differently from the stored calendar (a law changed since)."""
        if not ctx.actor.can(Permission.EDIT_CALENDAR):
            return

        def offer() -> None:
            from commission.ui.admin.calendar_changes import offer_changes

            self.calendar_check = offer_changes(ctx, window)

        window.after_first_paint(offer)

    def backup_failed(self, exc: BaseException) -> None:
        log.warning("daily backup failed: %s", type(exc).__name__)
        QMessageBox.warning(
            None,
            QCoreApplication.translate("Launcher", "Commission"),
            QCoreApplication.translate(
                "Launcher",
                "Today's automatic backup could not be made: {reason}\nThe program works "
                "as usual; tell the administrator.",
            ).format(
                reason=message_of(exc)
                if isinstance(exc, UserError)
                else getattr(exc, "strerror", None) or type(exc).__name__
            ),
        )

    def fill_demo(self) -> bool:
        assert self.db is not None
        if composition.commission_or_none(self.db) is not None:
            return True
        from commission.services.demo import build_demo

        progress = QProgressDialog(
            QCoreApplication.translate("Launcher", "Preparing the demo database…"), "", 0, 0
        )
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.setMinimumDuration(0)
        progress.show()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QCoreApplication.processEvents()
        try:
            build_demo(self.db, Actor.command_line(), seed=1)
        except UserError as exc:
            return self.fail(message_of(exc))
        finally:
            QGuiApplication.restoreOverrideCursor()
            progress.close()
        return True

    def database_is_new(self) -> bool:
        """No account in the database yet (or no database at all): the wizard sets it up.

        A database that cannot be read is not new: the ordinary start reports why.
        """
        try:
            return first_run.probe(self.url).is_new
        except UserError:
            return False

    def run_first_run(self) -> bool:
        """The wizard; ``False`` when the user cancelled it."""
        from commission.ui.first_run import FirstRunWizard

        wizard = FirstRunWizard(self.config, self.url, fixed_url=self.fixed_url)
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return False
        self.url = wizard.url
        # Both None when the user chose a database that was already set up: log in as usual.
        self.db = wizard.db
        self.first_actor = wizard.actor
        self.pending_import = wizard.import_path
        return True

    def log_in(self) -> Actor | None:
        """The log-in dialog; meanwhile the main window's modules are imported off the GUI
        thread, so that the window appears as soon as the password is accepted."""
        warming = _warm_up()
        try:
            return self.ask_login()
        finally:
            warming.join()
            gc_guard.resume(collect=False)

    def ask_login(self) -> Actor | None:
        from commission.ui.login import FirstAdminDialog, LoginDialog

        assert self.db is not None
        try:
            first = auth.needs_first_admin(self.db)
        except UserError as exc:
            self.fail(message_of(exc))
            return None
        dialog: FirstAdminDialog | LoginDialog
        last = self.config.last_commission
        dialog = (
            FirstAdminDialog(self.db)
            if first
            else LoginDialog(
                self.db, self.config.last_login, remembered=int(last) if last.isdigit() else None
            )
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
            return None
        if isinstance(dialog, LoginDialog):  # the language chosen there is this computer's
            self.config.language = dialog.language()
        return dialog.actor

    def ensure_commission(self, ctx: AppContext) -> bool:
        from commission.ui.setup_dialog import CommissionSetupDialog

        if composition.commission_or_none(ctx.db) is not None:
            return True
        if not ctx.actor.can(Permission.EDIT_COMMISSION):
            return self.fail(
                QCoreApplication.translate(
                    "Launcher",
                    "The commission is not set up in this database yet. Ask the administrator.",
                )
            )
        return CommissionSetupDialog(ctx).exec() == QDialog.DialogCode.Accepted

    def start(self, early: EarlyLogin | None = None) -> bool:
        """From the settings to the main window. ``early``: what the log-in shown before the
        data layer was loaded gave (``ui.early_login``); the steps it did are not repeated."""
        i18n.install(self.config.language)
        self.first_actor = None
        actor: Actor | None = None
        if early is not None:
            if early.unexpected is not None:
                self.show_unexpected(early.unexpected)
                return False
            if early.error is not None:
                return self.fail(message_of(early.error))
            self.db = early.db
            if early.actor is not None:
                self.config.language = early.language
                actor = early.actor
        if actor is None:
            actor = self.ordinary_login()
        if actor is None:
            return False
        assert self.db is not None
        ctx = AppContext(self.db, actor)
        try:
            calendar.seed_current_years(self.db, actor)
        except UserError as exc:
            return self.fail(message_of(exc))
        if not self.ensure_commission(ctx):
            return False
        self.config.last_login = actor.login
        window = self.show_window(ctx)
        window.show_reminders_once()
        self.daily_backup_later(window)
        self.offer_calendar_changes(ctx, window)
        self.offer_pending_import(ctx, window)
        return True

    def ordinary_login(self) -> Actor | None:
        """Database checks, the first-run wizard or the demo's filling when needed, then the
        log-in; ``None`` when the user stopped or a problem was shown."""
        if self.db is None and self.configured_database_missing():
            return None
        # The demo fills its own database; the wizard is for a real, empty one.
        if (
            self.db is None
            and not self.demo
            and self.database_is_new()
            and not self.run_first_run()
        ):
            return None
        actor = self.first_actor
        if self.db is None and not self.open_database():
            return None
        assert self.db is not None
        if self.demo and not self.fill_demo():
            return None
        if actor is None:
            actor = self.log_in()
        return actor

    def show_window(self, ctx: AppContext) -> MainWindow:
        from commission.ui.main_window import MainWindow

        if ctx.actor.commission_id is not None:
            self.config.last_commission = str(ctx.actor.commission_id)
        window = MainWindow(ctx, self.config)
        window.sig_relaunch.connect(self.relaunch)
        window.sig_switch_commission.connect(self.switch_commission)
        window.show()
        self.window = window
        return window

    def switch_commission(self, commission_id: int) -> None:
        """The user chose another of his commissions: a new window working for it, as a
        relaunch builds one, without asking for the password again."""
        from commission.ui.main_window import MainWindow

        window = self.window
        if not isinstance(window, MainWindow):
            return
        try:
            ctx = window.ctx
            actor = commission_choice.choose_commission(ctx.db, ctx.actor, commission_id)
        except UserError as exc:
            window.ctx.report(window, exc)
            return
        self.app.setQuitOnLastWindowClosed(False)
        window.sig_relaunch.disconnect(self.relaunch)
        window.sig_switch_commission.disconnect(self.switch_commission)
        window.close()  # saves the window's state and this computer's settings
        window.deleteLater()
        self.config = local_settings.load()
        self.show_window(AppContext(window.ctx.db, actor))
        local_settings.save(self.config)
        self.app.setQuitOnLastWindowClosed(True)

    def offer_pending_import(self, ctx: AppContext, window: QWidget) -> QWidget | None:
        """The list of clients chosen in the first-run wizard: its import dialog for a user who
        may import clients, else a note that it waits for one. Returns what was shown."""
        just_chosen = self.pending_import is not None
        if self.pending_import is not None:
            self.config.pending_import = str(self.pending_import)
            self.pending_import = None
            local_settings.save(self.config)
        chosen = self.config.pending_import
        if not chosen:
            return None
        path = Path(chosen)
        if not path.is_file():  # moved or deleted since: nothing to offer any more
            self.config.pending_import = ""
            local_settings.save(self.config)
            return None
        if ctx.actor.can(Permission.IMPORT_CLIENTS):
            # Imported only here: it brings the workbook readers, which no other start needs.
            from commission.ui.clients.import_dialog import ImportDialog

            self.config.pending_import = ""
            local_settings.save(self.config)
            dialog = ImportDialog(ctx, window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.set_file(path)
            dialog.open()
            return dialog
        if not just_chosen:
            return None  # said once, right after the wizard
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("Launcher", "Import of clients"),
            QCoreApplication.translate(
                "Launcher",
                "The list «{name}» will be offered for import to the first probation officer"
                " who logs in on this computer: only that role may import clients' personal"
                " data.",
            ).format(name=path.name),
            QMessageBox.StandardButton.Ok,
            window,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def relaunch(self) -> None:
        """Language or database changed: close everything and start again with new settings."""
        from commission.ui.main_window import MainWindow

        # Between closing the old window and showing the new one no window is open; the
        # application must not take that for the user quitting.
        self.app.setQuitOnLastWindowClosed(False)
        window = self.window
        if isinstance(window, MainWindow):
            window.sig_relaunch.disconnect(self.relaunch)
            window.close()
            window.deleteLater()
        self.window = None
        self.config = local_settings.load()
        if not self.fixed_url:
            self.url = resolve_url(None, self.config.database_url or None)
            self.configured = bool(self.config.database_url)
        if self.db is not None:
            self.db.dispose()
            self.db = None
        started = self.start()
        self.app.setQuitOnLastWindowClosed(True)
        if not started:
            self.app.quit()
