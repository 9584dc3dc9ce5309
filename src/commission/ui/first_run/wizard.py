"""The first-run wizard: language, database, commission, administrator, registers, summary.

Nothing is written before «Finish». Then, in order: the database is opened and migrated, the
administrator is created, the commission described (services/first_run.py), and the choices
of this computer (language, database) saved in its settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard
from sqlalchemy.engine import make_url

from commission import i18n
from commission import settings as local_settings
from commission.db.engine import Database, safe_url
from commission.domain.messages import UserError
from commission.services import first_run
from commission.services.context import Actor
from commission.ui.context import message_of
from commission.ui.first_run.admin_page import AdminPage
from commission.ui.first_run.base import WizardPage
from commission.ui.first_run.commission_page import CommissionPage
from commission.ui.first_run.database_page import DatabasePage
from commission.ui.first_run.import_page import ImportPage
from commission.ui.first_run.language_page import LANGUAGES, LanguagePage
from commission.ui.first_run.summary_page import SummaryPage

LANGUAGE, DATABASE, COMMISSION, ADMIN, IMPORT, SUMMARY = range(6)


class FirstRunWizard(QWizard):
    """After ``exec()`` returns Accepted:

    * ``db`` and ``actor``: the open database and its new administrator, logged in; both
      ``None`` when the user chose a database that was already set up (log in as usual);
    * ``url``: the database chosen; ``import_path``: a register of clients to import, or ``None``.
    """

    def __init__(
        self,
        config: local_settings.LocalSettings,
        url: str,
        *,
        fixed_url: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.config = config
        self.fixed_url = fixed_url
        self.url = url
        self.db: Database | None = None
        self.actor: Actor | None = None
        self.import_path: Path | None = None
        self._fixed_probe: first_run.DatabaseProbe | None = None
        if fixed_url:
            try:
                self._fixed_probe = first_run.probe(url)
            except UserError:
                self._fixed_probe = None  # «Finish» will report it
        self.language_page = LanguagePage(config.language)
        self.database_page = DatabasePage(config.database_url)
        self.commission_page = CommissionPage()
        self.admin_page = AdminPage()
        self.import_page = ImportPage()
        self.summary_page = SummaryPage(self.summary_rows, self.apply)
        for page_id, page in self.pages().items():
            self.setPage(page_id, page)
        self.setStartId(LANGUAGE)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)  # Aero on Windows hides titles
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.language_page.sig_language.connect(self.set_language)
        self.currentIdChanged.connect(lambda _id: self.retranslate())
        self.resize(780, 700)
        self.retranslate()

    def pages(self) -> dict[int, WizardPage]:
        return {
            LANGUAGE: self.language_page,
            DATABASE: self.database_page,
            COMMISSION: self.commission_page,
            ADMIN: self.admin_page,
            IMPORT: self.import_page,
            SUMMARY: self.summary_page,
        }

    # -- language ---------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Switch the interface language now, for this wizard and all that follows."""
        i18n.install(language)
        self.retranslate()

    def step(self) -> tuple[int, int]:
        """(this page's place, the number of pages) in the wizard's whole order: a step the
        user's database skips keeps its number, so «step 5 of 6» means the same to all."""
        order = list(self.pages())
        current = self.currentId()
        return (order.index(current) + 1 if current in order else 1), len(order)

    def retranslate(self) -> None:
        number, total = self.step()
        self.setWindowTitle(
            self.tr("Commission — first start: step {number} of {total}").format(
                number=number, total=total
            )
        )
        buttons = {
            QWizard.WizardButton.BackButton: self.tr("< &Back"),
            QWizard.WizardButton.NextButton: self.tr("&Next >"),
            QWizard.WizardButton.FinishButton: self.tr("&Finish"),
            QWizard.WizardButton.CancelButton: self.tr("Cancel"),
        }
        for button, text in buttons.items():
            self.setButtonText(button, text)
        for page in self.pages().values():
            page.retranslate()

    # -- navigation -------------------------------------------------------------------------

    def probe(self) -> first_run.DatabaseProbe | None:
        if self.fixed_url:
            return self._fixed_probe
        return self.database_page.probe

    def database_url(self) -> str:
        return self.url if self.fixed_url else self.database_page.url()

    def nextId(self) -> int:
        current = self.currentId()
        probe = self.probe()
        if current == LANGUAGE:
            if not self.fixed_url:
                return DATABASE
            current = DATABASE
        if current == DATABASE:
            if probe is not None and probe.has_users:
                return SUMMARY  # already set up: nothing to create
            if probe is not None and probe.has_commission:
                return ADMIN
            return COMMISSION
        following = {COMMISSION: ADMIN, ADMIN: IMPORT, IMPORT: SUMMARY, SUMMARY: -1}
        return following.get(current, -1)

    # -- summary and writing ----------------------------------------------------------------

    def database_text(self) -> str:
        """A file's path for a local database: a secretary knows files, not URLs."""
        url = make_url(self.database_url())
        if url.get_backend_name() == "sqlite":
            return self.tr("This computer: {path}").format(path=url.database or "")
        return safe_url(url)

    def summary_rows(self) -> list[tuple[str, str]]:
        if not hasattr(self, "import_page"):  # the summary page is built before it is shown
            return []
        language = dict(LANGUAGES).get(self.language_page.chosen(), "")
        rows = [
            (self.tr("Language"), language),
            (self.tr("Database"), self.database_text()),
        ]
        probe = self.probe()
        if probe is not None and probe.has_users:
            rows.append((self.tr("State"), self.tr("Already set up: log in with your own account")))
            return rows
        if probe is None or not probe.has_commission:
            page = self.commission_page
            rows += [
                (self.tr("Commission"), page.kind.currentText()),
                (self.tr("Name (Russian)"), " ".join(page.name_ru.toPlainText().split())),
                (self.tr("Name (Kazakh)"), " ".join(page.name_kk.toPlainText().split())),
                (self.tr("Akimat"), page.akimat_ru.text().strip()),
                (
                    self.tr("Administrative unit"),
                    f"{page.unit_ru.text().strip()} ({page.unit_level.currentText()})",
                ),
            ]
            act = page.result().data
            if act.act_number or act.act_date:
                when = act.act_date.strftime("%d.%m.%Y") if act.act_date else "—"
                rows.append(
                    (
                        self.tr("Founding act"),
                        self.tr("№ {number} of {date}").format(
                            number=act.act_number or "—", date=when
                        ),
                    )
                )
        admin = self.admin_page
        rows.append(
            (
                self.tr("Administrator"),
                f"{admin.login_edit.text().strip().lower()} — {admin.name_edit.text().strip()}",
            )
        )
        chosen = self.import_page.chosen()
        rows.append(
            (
                self.tr("Import of clients"),
                chosen.name if chosen else self.tr("No (can be done later)"),
            )
        )
        return rows

    def apply(self) -> str | None:
        """Write everything; ``None`` on success, else the message to show on the last page."""
        language = self.language_page.chosen()
        url = self.database_url()
        probe = self.probe()
        if probe is None or not probe.has_users:
            has_commission = probe is not None and probe.has_commission
            commission = None if has_commission else self.commission_page.result()
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                db, actor = first_run.set_up(url, self.admin_page.result(language), commission)
            except UserError as exc:
                return message_of(exc)
            finally:
                QGuiApplication.restoreOverrideCursor()
            if self.db is not None:
                self.db.dispose()
            self.db, self.actor = db, actor
            self.import_path = self.import_page.chosen()
        self.url = url
        self.config.language = language
        if not self.fixed_url:
            self.config.database_url = self.database_page.choice.chosen_url()
        try:
            local_settings.save(self.config)
        except OSError:
            return self.tr(
                "The database is ready, but the settings file cannot be written. "
                "Press «Finish» again or check the rights to the user's folder."
            )
        return None

    def reject(self) -> None:
        """Cancel, Esc or the window's cross: past the first page, ask before losing input."""
        if self.currentId() > LANGUAGE and not self.confirm_cancel():
            return
        super().reject()

    def confirm_cancel(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Stop the set-up"),
            self.tr("Nothing you entered will be saved, and the program will close. Stop?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def done(self, result: int) -> None:
        if result != QWizard.DialogCode.Accepted and self.db is not None:
            self.db.dispose()  # opened by a «Finish» whose last step failed
            self.db = None
        super().done(result)
