"""The first-run wizard, clicked through as a new secretary would, on a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget, QWizard
from pytestqt.qtbot import QtBot

from commission import i18n
from commission import settings as local_settings
from commission.db.engine import Database
from commission.db.models import AdminUnit
from commission.domain.enums import AdminLevel, Role
from commission.services import auth, composition
from commission.ui.context import AppContext
from commission.ui.first_run import FirstRunWizard
from commission.ui.first_run.wizard import ADMIN, COMMISSION, DATABASE, IMPORT, LANGUAGE, SUMMARY
from tests.conftest import PASSWORD, make_admin, make_user

NAME_RU = "Межведомственная комиссия по профилактике правонарушений"
NAME_KK = "Құқық бұзушылық профилактикасы жөніндегі ведомствоаралық комиссия"


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


@pytest.fixture(autouse=True)
def _source_language() -> Iterator[None]:
    """The wizard installs translations when the language changes; later tests expect none."""
    yield
    i18n.install("en")


def _wizard(qtbot: QtBot, url: str = "", fixed: bool = False) -> FirstRunWizard:
    config = local_settings.LocalSettings(database_url=url if not fixed else "")
    wizard = FirstRunWizard(config, url, fixed_url=fixed)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def _next(wizard: FirstRunWizard) -> int:
    wizard.button(QWizard.WizardButton.NextButton).click()
    return wizard.currentId()


def _back(wizard: FirstRunWizard) -> int:
    wizard.button(QWizard.WizardButton.BackButton).click()
    return wizard.currentId()


def _fill_commission(wizard: FirstRunWizard) -> None:
    page = wizard.commission_page
    page.name_ru.setPlainText(NAME_RU)
    page.name_kk.setPlainText(NAME_KK)
    page.akimat_ru.setText("Акимат Целиноградского района")
    page.akimat_kk.setText("Целиноград ауданының әкімдігі")
    page.unit_ru.setText("Целиноградский район")
    page.unit_kk.setText("Целиноград ауданы")
    page.act_type.setText("Постановление акимата района")
    page.act_number.setText("112")
    page.act_date.set_value(date(2024, 3, 15))


def _fill_admin(wizard: FirstRunWizard) -> None:
    page = wizard.admin_page
    page.login_edit.setText("admin")
    page.name_edit.setText("Нурланова Айгуль")
    page.password_edit.setText(PASSWORD)
    page.repeat_edit.setText(PASSWORD)


def test_a_new_secretary_sets_up_the_program(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = _wizard(qtbot)
    assert wizard.currentId() == LANGUAGE

    # The language applies at once: an already translated text of the database page changes.
    wizard.language_page.language.setCurrentIndex(wizard.language_page.language.findData("kk"))
    kazakh = wizard.database_page.choice.test_button.text()
    wizard.language_page.language.setCurrentIndex(wizard.language_page.language.findData("ru"))
    assert kazakh != wizard.database_page.choice.test_button.text()
    assert wizard.database_page.choice.test_button.text() == "Проверить подключение"
    assert _next(wizard) == DATABASE

    # Database: a server without an address, then an address that is not one, are refused.
    assert wizard.windowTitle() == "Комиссия — первый запуск: шаг 2 из 6"
    choice = wizard.database_page.choice
    choice.server_radio.setChecked(True)
    choice.host_edit.setText("")
    assert _next(wizard) == DATABASE
    assert wizard.database_page.error.text() == _tr(
        "SettingsDialog", "Enter the server's name or address, or choose this computer."
    )
    choice.host_edit.setText("srv-akimat")
    choice.user_edit.setText("")
    assert _next(wizard) == DATABASE
    assert wizard.database_page.error.text() == _tr(
        "SettingsDialog", "Enter the user name the administrator gave you."
    )
    assert choice.user_edit.hasFocus() or not wizard.isActiveWindow()
    path = tmp_path / "office" / "commission.sqlite3"
    choice.local_radio.setChecked(True)
    choice.file_edit.setText(str(path))
    assert _next(wizard) == COMMISSION
    assert not path.exists()  # nothing is written before «Finish»

    # Commission: empty names, then a founding act from the future, are refused.
    page = wizard.commission_page
    assert _next(wizard) == COMMISSION and page.error.text()
    _fill_commission(wizard)
    page.name_kk.setPlainText("   ")
    assert _next(wizard) == COMMISSION and page.error.text()
    page.name_kk.setPlainText(NAME_KK)
    future = date.today() + timedelta(days=3)
    page.act_date.set_value(future)
    assert _next(wizard) == COMMISSION
    assert page.error.text() == _tr(
        "CommissionPage", "The founding act is dated {date}, which is in the future."
    ).format(date=future.strftime("%d.%m.%Y"))
    page.act_date.set_value(date(2024, 3, 15))
    assert _next(wizard) == ADMIN

    # Administrator: a short password, then two different ones, are refused.
    admin = wizard.admin_page
    _fill_admin(wizard)
    admin.password_edit.setText("short")
    admin.repeat_edit.setText("short")
    assert _next(wizard) == ADMIN and admin.error.text()
    admin.password_edit.setText(PASSWORD)
    admin.repeat_edit.setText(PASSWORD + "x")
    assert _next(wizard) == ADMIN and admin.error.text() == _tr(
        "AdminPage", "The two passwords differ."
    )
    admin.repeat_edit.setText(PASSWORD)
    assert _next(wizard) == IMPORT

    # Back to the commission and forward again: nothing typed is lost.
    assert _back(wizard) == ADMIN
    assert _back(wizard) == COMMISSION
    assert page.name_ru.toPlainText() == NAME_RU and page.act_number.text() == "112"
    assert _back(wizard) == DATABASE and choice.file_edit.text() == str(path)
    assert _next(wizard) == COMMISSION
    assert _next(wizard) == ADMIN and admin.name_edit.text() == "Нурланова Айгуль"
    assert admin.password_edit.text() == PASSWORD
    assert _next(wizard) == IMPORT

    # Import: a missing file and a file that is not a workbook are refused; a workbook is kept.
    imports = wizard.import_page
    imports.path_edit.setText(str(tmp_path / "missing.xlsx"))
    assert _next(wizard) == IMPORT and imports.error.text()
    notes = tmp_path / "clients.docx"  # a letter, not a register (.csv, .ods, .xls are)
    notes.write_text("a;b\n", encoding="utf-8")
    imports.path_edit.setText(str(notes))
    assert _next(wizard) == IMPORT and imports.error.text()
    register = tmp_path / "clients.xlsx"
    register.write_bytes(b"PK")  # only its presence matters here; the import reads it later
    imports.path_edit.setText(str(register))
    assert imports.later.text() == _tr(
        "ImportPage", "This can be done later at any time from the Clients area."
    )
    assert _next(wizard) == SUMMARY

    summary = wizard.summary_page.table.text()
    assert NAME_KK in summary and "admin" in summary and "clients.xlsx" in summary
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted, wizard.summary_page.error.text()

    # The end state: the administrator can log in, the commission has both names.
    assert wizard.db is not None and wizard.actor is not None
    assert wizard.import_path == register
    db = wizard.db
    try:
        assert auth.login(db, "admin", PASSWORD).full_name == "Нурланова Айгуль"
        view = composition.commission_or_none(db)
        assert view is not None
        assert (view.name_ru, view.name_kk) == (NAME_RU, NAME_KK)
        assert view.act_number == "112" and view.act_date == date(2024, 3, 15)
        assert view.admin_unit_kk == "Целиноград ауданы"
    finally:
        db.dispose()
    saved = local_settings.load()
    assert saved.language == "ru" and saved.database_url == f"sqlite:///{path}"


def test_an_already_set_up_database_goes_straight_to_the_summary(
    qtbot: QtBot, sqlite_db: object, tmp_path: Path
) -> None:
    from commission.db.engine import Database

    assert isinstance(sqlite_db, Database)
    make_admin(sqlite_db)
    wizard = _wizard(qtbot)
    assert _next(wizard) == DATABASE
    wizard.database_page.choice.file_edit.setText(sqlite_db.url.removeprefix("sqlite:///"))
    assert _next(wizard) == SUMMARY
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.db is None and wizard.actor is None  # the launcher asks to log in
    assert local_settings.load().database_url == sqlite_db.url


def test_a_failed_finish_stays_on_the_summary_with_the_reason(
    qtbot: QtBot, sqlite_db: object
) -> None:
    from commission.db.engine import Database

    assert isinstance(sqlite_db, Database)
    wizard = _wizard(qtbot, sqlite_db.url, fixed=True)
    assert _next(wizard) == COMMISSION  # the address was given at start: no database page
    _fill_commission(wizard)
    assert _next(wizard) == ADMIN
    _fill_admin(wizard)
    assert _next(wizard) == IMPORT
    assert _next(wizard) == SUMMARY
    make_admin(sqlite_db)  # someone else set the database up meanwhile
    wizard.admin_page.login_edit.setText("secretary")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.currentId() == SUMMARY and wizard.isVisible()
    assert wizard.summary_page.error.text()
    wizard.done(QWizard.DialogCode.Rejected)


def test_cancel_asks_before_losing_what_was_typed(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QMessageBox

    wizard = _wizard(qtbot)
    assert _next(wizard) == DATABASE

    def answer(button: QMessageBox.StandardButton) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, lambda: answer(button))
            return
        box.button(button).click()

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.No))
    wizard.reject()
    assert wizard.isVisible() and wizard.currentId() == DATABASE
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes))
    wizard.reject()
    assert wizard.result() == QWizard.DialogCode.Rejected and not wizard.isVisible()


def test_launcher_shows_the_wizard_on_an_empty_database(qtbot: QtBot, tmp_path: Path) -> None:
    from commission.ui.launcher import Launcher
    from commission.ui.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    url = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    launcher = Launcher(app, local_settings.LocalSettings(language="en"), url, fixed_url=True)
    seen: list[FirstRunWizard] = []

    def click_through() -> None:
        wizard = app.activeModalWidget()
        if not isinstance(wizard, FirstRunWizard):
            QTimer.singleShot(20, click_through)
            return
        seen.append(wizard)
        _next(wizard)
        _fill_commission(wizard)
        _next(wizard)
        _fill_admin(wizard)
        _next(wizard)
        _next(wizard)
        wizard.button(QWizard.WizardButton.FinishButton).click()

    QTimer.singleShot(0, click_through)
    assert launcher.start() is True
    assert seen and isinstance(launcher.window, MainWindow)
    assert launcher.pending_import is None
    launcher.window.close()
    assert launcher.db is not None
    launcher.db.dispose()


def test_demo_start_skips_the_wizard(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from commission.ui.launcher import Launcher

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    launcher = Launcher(app, local_settings.LocalSettings(), url, demo=True, fixed_url=True)
    monkeypatch.setattr(launcher, "run_first_run", lambda: pytest.fail("wizard shown"))
    monkeypatch.setattr(launcher, "fill_demo", lambda: False)  # stop before the long build
    assert launcher.start() is False
    assert launcher.db is not None
    launcher.db.dispose()


def test_settings_dialog_shares_the_database_choice(qtbot: QtBot, tmp_path: Path) -> None:
    from commission.ui.settings_dialog import SettingsDialog

    server = "postgresql+psycopg://commission@srv-akimat:5433/commission"
    dialog = SettingsDialog(local_settings.LocalSettings(database_url=server), "sqlite:///x")
    qtbot.addWidget(dialog)
    assert dialog.database.is_server() and dialog.chosen_url() == server
    # The address is shown as the administrator names the server, field by field.
    choice = dialog.database
    assert (choice.host_edit.text(), choice.port_spin.value()) == ("srv-akimat", 5433)
    assert (choice.database_edit.text(), choice.user_edit.text()) == ("commission", "commission")
    assert choice.password_edit.echoMode() == choice.password_edit.EchoMode.Password
    choice.password_edit.setText("p@ss:w/rd")
    assert dialog.chosen_url() == (
        "postgresql+psycopg://commission:p%40ss%3Aw%2Frd@srv-akimat:5433/commission"
    )
    dialog.database.host_edit.setText("")
    dialog.try_save()
    assert dialog.error.text() and dialog.result() != dialog.DialogCode.Accepted
    path = tmp_path / "office.sqlite3"
    dialog.database.file_edit.setText(str(path))
    dialog.database.local_radio.setChecked(True)
    dialog.try_save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert local_settings.load().database_url == f"sqlite:///{path}"


def test_a_list_chosen_in_the_wizard_waits_for_a_probation_officer(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path
) -> None:
    """The administrator who ran the wizard may not import personal data: he is told so, and
    the first probation officer to log in gets the import dialog with the file chosen."""
    from commission.ui.clients.import_dialog import ImportDialog
    from commission.ui.launcher import Launcher

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    register = tmp_path / "Клиенты.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["ФИО", "ИИН", "Категория"])
    book.save(register)
    admin = make_admin(sqlite_db)
    with sqlite_db.transaction() as s:
        district = AdminUnit(level=AdminLevel.DISTRICT, name_ru="Косшы", name_kk="Қосшы")
        s.add(district)
        s.flush()
        district_id = district.id
    officer = make_user(
        sqlite_db, admin, "officer", Role.PROBATION_OFFICER, district_id=district_id
    )
    launcher = Launcher(app, local_settings.LocalSettings(language="en"), sqlite_db.url)
    window = QWidget()
    qtbot.addWidget(window)

    launcher.pending_import = register  # as the wizard leaves it
    note = launcher.offer_pending_import(AppContext(sqlite_db, admin), window)
    assert isinstance(note, QMessageBox) and "Клиенты.xlsx" in note.text()
    assert local_settings.load().pending_import == str(register)
    note.close()
    # The administrator again, or the secretary: nothing more is said.
    assert launcher.offer_pending_import(AppContext(sqlite_db, admin), window) is None

    dialog = launcher.offer_pending_import(AppContext(sqlite_db, officer), window)
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    assert dialog.preview is not None  # the file is read and its columns shown
    assert local_settings.load().pending_import == ""
    dialog.close()
    assert launcher.offer_pending_import(AppContext(sqlite_db, officer), window) is None


def test_the_server_fields_reach_a_real_server(qtbot: QtBot) -> None:
    """The fields an administrator fills (server, port, database, user) connect to the real
    PostgreSQL; a database that is not there is told in the user's words."""
    import os

    from sqlalchemy.engine import make_url

    from commission.ui.database_choice import DatabaseChoice

    url = os.environ.get("COMMISSION_TEST_PG_URL")
    if not url:
        pytest.skip("PostgreSQL not configured: set COMMISSION_TEST_PG_URL")
    server = make_url(url)
    choice = DatabaseChoice("")
    qtbot.addWidget(choice)
    choice.server_radio.setChecked(True)
    choice.host_edit.setText(server.host or "")
    choice.port_spin.setValue(server.port or 5432)
    choice.database_edit.setText(server.database or "")
    choice.user_edit.setText(server.username or "")
    choice.password_edit.setText(server.password or "")
    assert choice.test_connection()
    assert choice.test_result.text() == _tr("SettingsDialog", "Connected.")
    choice.database_edit.setText("no_such_commission_db")
    assert not choice.test_connection()
    assert choice.test_result.text() and "Traceback" not in choice.test_result.text()
