"""The way in: first administrator, log-in, commission set-up, main window per role."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from commission import settings as local_settings
from commission.db.engine import Database
from commission.domain.enums import AdminLevel, CommissionKind, Role
from commission.services import auth, composition
from commission.services.context import Actor
from commission.ui.context import AppContext
from commission.ui.login import FirstAdminDialog, LoginDialog
from commission.ui.main_window import MainWindow
from commission.ui.setup_dialog import CommissionSetupDialog
from tests.conftest import PASSWORD, make_admin, make_user


def _setup_commission(db: Database, admin: Actor) -> None:
    composition.create_commission(
        db,
        admin,
        composition.CommissionData(
            kind=CommissionKind.MERGED,
            name_ru="Межведомственная комиссия по профилактике правонарушений",
            name_kk="Құқық бұзушылық профилактикасы жөніндегі ведомствоаралық комиссия",
            akimat_ru="Акимат Целиноградского района",
            akimat_kk="Целиноград ауданының әкімдігі",
            short_name_ru="МВК",
        ),
        composition.AdminUnitData(AdminLevel.DISTRICT, "Целиноградский район", "Целиноград ауданы"),
    )


def test_first_admin_dialog_creates_the_administrator(qtbot: QtBot, sqlite_db: Database) -> None:
    dialog = FirstAdminDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Нурланова Айгуль")
    dialog.password_edit.setText(PASSWORD)
    dialog.repeat_edit.setText("something else")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.error.isVisible() or dialog.error.text()
    assert dialog.actor is None and auth.needs_first_admin(sqlite_db)

    dialog.repeat_edit.setText(PASSWORD)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.actor is not None and dialog.actor.role == Role.ADMINISTRATOR
    assert not auth.needs_first_admin(sqlite_db)


def test_login_dialog_wrong_then_right_password(qtbot: QtBot, sqlite_db: Database) -> None:
    make_admin(sqlite_db)
    dialog = LoginDialog(sqlite_db, "admin")
    qtbot.addWidget(dialog)
    dialog.show()  # Enter reaches the default button only in a shown dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.password_edit, "wrong password")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.actor is None
    assert dialog.error.text()  # shown inline, not in a modal box
    assert dialog.password_edit.text() == ""  # cleared for the next try
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.login == "admin"


def test_the_login_chooses_the_language_and_the_user_speaks_it(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    """A Kazakh-speaking secretary on a computer set to Russian picks «Қазақша» in the log-in:
    the dialog speaks Kazakh at once, and so do the names the services give her."""
    from commission import i18n
    from commission.domain.enums import Language

    make_admin(sqlite_db)
    i18n.install("ru")
    try:
        dialog = LoginDialog(sqlite_db, "admin")
        qtbot.addWidget(dialog)
        assert dialog.language() == "ru" and dialog.login_label.text() == "&Логин:"
        dialog.language_box.setCurrentIndex(dialog.language_box.findData("kk"))
        assert i18n.current_language() == "kk"
        assert dialog.windowTitle() == "Комиссия — жүйеге кіру"
        assert dialog.password_label.text().replace("&", "") == "Құпиясөз:"
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.text() == "Кіру"
        dialog.password_edit.setText(PASSWORD)
        ok.click()
        assert dialog.actor is not None and dialog.actor.language is Language.KK
    finally:
        i18n.install("en")


def test_commission_setup_dialog(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = make_admin(sqlite_db)
    dialog = CommissionSetupDialog(AppContext(sqlite_db, admin))
    qtbot.addWidget(dialog)
    dialog.name_ru.setPlainText("Межведомственная комиссия")
    dialog.akimat_ru.setText("Акимат района")
    dialog.try_save()
    assert dialog.error.text()  # the unit's name is missing
    assert composition.commission_or_none(sqlite_db) is None
    dialog.unit_ru.setText("Целиноградский район")
    dialog.try_save()
    view = composition.commission_or_none(sqlite_db)
    assert view is not None and view.admin_unit_ru == "Целиноградский район"
    assert view.name_kk == "Межведомственная комиссия"  # Kazakh defaults to Russian until typed


def test_main_window_shows_the_areas_of_each_role(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = make_admin(sqlite_db)
    _setup_commission(sqlite_db, admin)
    unit = composition.list_admin_units(sqlite_db, admin)[0]
    expected = {
        Role.SECRETARY: {
            "dashboard",
            "meetings",
            "decisions",
            "calendar",
            "reports",
            "cases",
            "clients",
            "agencies",
            "administration",
        },
        Role.PROBATION_OFFICER: {
            "my_cases",
            "dashboard",
            "meetings",
            "decisions",
            "calendar",
            "reports",
            "cases",
            "clients",
            "agencies",
        },
        Role.CHAIR: {"dashboard", "meetings", "decisions", "calendar", "reports", "agencies"},
        Role.MEMBER: {"dashboard", "meetings", "decisions", "calendar", "reports", "agencies"},
    }
    for role, keys in expected.items():
        actor = make_user(sqlite_db, admin, role.value.replace("_", "-"), role, district_id=unit.id)
        window = MainWindow(AppContext(sqlite_db, actor), local_settings.LocalSettings())
        qtbot.addWidget(window)
        assert {a.key for a in window.areas} == keys, role
        for key in keys:  # every area builds and shows on real data without errors
            widget = window.show_area(key)
            assert window.stack.currentWidget() is widget
        assert actor.full_name in window.user_label.text()
        assert sqlite_db.display_url in window.db_label.text()


def test_oblast_and_districts_shows_once_a_commission_sits_above_or_below(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    admin = make_admin(sqlite_db)
    _setup_commission(sqlite_db, admin)
    district = composition.list_admin_units(sqlite_db, admin)[0]
    secretary = make_user(sqlite_db, admin, "secretary", Role.SECRETARY)
    alone = MainWindow(AppContext(sqlite_db, secretary), local_settings.LocalSettings())
    qtbot.addWidget(alone)
    assert "cross" not in {a.key for a in alone.areas}  # one commission: nothing to send up

    town = composition.add_admin_unit(
        sqlite_db,
        admin,
        composition.AdminUnitData(AdminLevel.CITY, "г. Косшы", "Қосшы қ."),
        district.id,
    )
    composition.add_commission(
        sqlite_db,
        admin,
        composition.CommissionData(
            kind=CommissionKind.MERGED,
            name_ru="Межведомственная комиссия города Косшы",
            name_kk="Қосшы қаласының ведомствоаралық комиссиясы",
            akimat_ru="Акимат города Косшы",
            akimat_kk="Қосшы қаласының әкімдігі",
        ),
        town.id,
    )
    linked = MainWindow(AppContext(sqlite_db, secretary), local_settings.LocalSettings())
    qtbot.addWidget(linked)
    assert "cross" in {a.key for a in linked.areas}
    linked.show_area("cross")


def test_window_state_and_last_area_are_remembered(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = make_admin(sqlite_db)
    _setup_commission(sqlite_db, admin)
    config = local_settings.LocalSettings()
    window = MainWindow(AppContext(sqlite_db, admin), config)
    qtbot.addWidget(window)
    window.show_area("agencies")
    window.close()
    saved = local_settings.load()
    assert saved.last_area == "agencies" and saved.window_geometry
    again = MainWindow(AppContext(sqlite_db, admin), saved)
    qtbot.addWidget(again)
    assert again.areas[again.nav.currentRow()].key == "agencies"


def test_dashboard_card_opens_the_decisions_in_that_state(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    from commission.domain.control import ComputedState

    admin = make_admin(sqlite_db)
    _setup_commission(sqlite_db, admin)
    secretary = make_user(sqlite_db, admin, "secretary", Role.SECRETARY)
    window = MainWindow(AppContext(sqlite_db, secretary), local_settings.LocalSettings())
    qtbot.addWidget(window)
    dashboard = window.show_area("dashboard")
    dashboard.sig_show_decisions.emit(ComputedState.OVERDUE.value)  # type: ignore[attr-defined]
    assert window.areas[window.nav.currentRow()].key == "decisions"
    decisions = window.stack.currentWidget()
    assert decisions.state_combo.currentData() == ComputedState.OVERDUE  # type: ignore[attr-defined]


def test_server_gone_mid_session_gives_one_message_per_problem(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    """Every area keeps working on what it has and the user gets one plain message."""
    admin = make_admin(sqlite_db)
    _setup_commission(sqlite_db, admin)
    secretary = make_user(sqlite_db, admin, "secretary", Role.SECRETARY)
    ctx = AppContext(sqlite_db, secretary)
    window = MainWindow(ctx, local_settings.LocalSettings())
    qtbot.addWidget(window)
    window.show_area("dashboard")
    gone = Database("postgresql+psycopg://commission:secret@127.0.0.1:1/commission")
    ctx.db = gone  # from now on every service call meets a server that is not there
    try:
        for area in window.areas:
            window.show_area(area.key)
            window.refresh_current()
        messages = ctx.open_messages()
        assert len(messages) == 1
        assert "127.0.0.1" in messages[0] and "secret" not in messages[0]
    finally:
        gone.dispose()


def test_launcher_refuses_a_newer_database_untouched(
    qtbot: QtBot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import text

    from commission.ui.launcher import Launcher

    with sqlite_db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'from_the_future'"))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    launcher = Launcher(app, local_settings.LocalSettings(), sqlite_db.url, fixed_url=True)
    shown: list[str] = []
    monkeypatch.setattr(launcher, "fail", lambda text: shown.append(text) or False)
    assert launcher.start() is False
    assert len(shown) == 1 and "from_the_future" in shown[0]
    with sqlite_db.engine.connect() as conn:
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert version == "from_the_future"


def test_a_decision_opens_the_record_of_its_meeting(qtbot: QtBot, tmp_path: Path) -> None:
    from datetime import date

    from commission.db import migrate
    from commission.services.demo import build_demo

    db = Database(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    migrate.upgrade(db)
    build_demo(db, Actor.command_line(), seed=1, today=date(2026, 11, 24), clients=20)
    secretary = auth.login(db, "secretary", "demo-demo")
    window = MainWindow(AppContext(db, secretary), local_settings.LocalSettings())
    qtbot.addWidget(window)
    window.show()
    decisions = window.show_area("decisions")
    table = decisions.table  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    index = table.model().index(0, 0)
    row = table.model().row_at(index)
    table.activated.emit(index)  # double click or Enter, as the platform defines it
    card = decisions.card  # type: ignore[attr-defined]
    assert card is not None and card.isVisible()
    card.meeting_button.click()  # «Open the meeting record»
    assert window.areas[window.nav.currentRow()].key == "meetings"
    meetings_area = window.stack.currentWidget()
    assert meetings_area.page is not None  # type: ignore[attr-defined]
    assert meetings_area.page.meeting_id == row.meeting_id  # type: ignore[attr-defined]
    db.dispose()


def test_each_area_has_the_same_key_for_every_role(qtbot: QtBot, sqlite_db: Database) -> None:
    """Ctrl+3 is the decisions for the secretary and the officer alike; Ctrl+, the settings."""
    admin = make_admin(sqlite_db)
    _setup_commission(sqlite_db, admin)
    unit = composition.list_admin_units(sqlite_db, admin)[0]
    keys: dict[str, set[str]] = {}
    for role in (Role.SECRETARY, Role.PROBATION_OFFICER, Role.MEMBER):
        actor = make_user(sqlite_db, admin, f"k-{role.value}", role, district_id=unit.id)
        window = MainWindow(AppContext(sqlite_db, actor), local_settings.LocalSettings())
        qtbot.addWidget(window)
        for key, action in window.area_actions.items():
            keys.setdefault(key, set()).add(action.shortcut().toString())
        assert window.settings_action.shortcut().toString() == "Ctrl+,"
        window.area_actions["decisions"].trigger()
        assert window.stack.currentWidget() is window.area_widget("decisions")
    assert all(len(found) == 1 for found in keys.values()), keys
    assert keys["decisions"] == {"Ctrl+3"} and keys["dashboard"] == {"Ctrl+1"}
    assert len({next(iter(k)) for k in keys.values()}) == len(keys)  # no key twice
