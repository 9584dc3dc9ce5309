"""A user of two commissions: chooses one at log-in, switches from the status bar; the window's
title says which one, in the interface language."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from commission import settings as local_settings
from commission.db.engine import Database
from commission.domain.enums import AdminLevel, CommissionKind, Role
from commission.services import auth, commission_choice, composition, users
from commission.services.context import Actor
from commission.ui.admin.user_dialogs import UserDialog
from commission.ui.context import AppContext
from commission.ui.launcher import Launcher
from commission.ui.login import LoginDialog
from commission.ui.main_window import MainWindow
from tests.conftest import PASSWORD, make_admin


def _data(ru: str, kk: str) -> composition.CommissionData:
    return composition.CommissionData(
        kind=CommissionKind.MERGED,
        name_ru=f"Межведомственная комиссия {ru}",
        name_kk=f"{kk} ведомствоаралық комиссиясы",
        akimat_ru=f"Акимат {ru}",
        akimat_kk=f"{kk} әкімдігі",
        short_name_ru=f"МВК {ru}",
        short_name_kk=f"{kk} ВАК",
    )


def _two_commissions(db: Database) -> tuple[Actor, int, int]:
    admin = make_admin(db)
    oblast = composition.create_commission(
        db,
        admin,
        _data("области", "Облыс"),
        composition.AdminUnitData(AdminLevel.OBLAST, "Акмолинская область", "Ақмола облысы"),
    )
    unit = composition.add_admin_unit(
        db,
        admin,
        composition.AdminUnitData(AdminLevel.DISTRICT, "Аршалынский район", "Аршалы ауданы"),
        oblast.admin_unit_id,
    )
    district = composition.add_commission(db, admin, _data("района", "Аудан"), unit.id)
    users.add_user(
        db, admin, "both", PASSWORD,
        users.UserInput(
            full_name="Секретарь Двух", role=Role.SECRETARY, commission_ids=(oblast.id, district.id)
        ),
    )  # fmt: skip
    return admin, oblast.id, district.id


def test_log_in_with_two_commissions_asks_which(qtbot: QtBot, sqlite_db: Database) -> None:
    _, _oblast, district = _two_commissions(sqlite_db)
    dialog = LoginDialog(sqlite_db, "both", remembered=district)
    qtbot.addWidget(dialog)
    dialog.password_edit.setText(PASSWORD)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert dialog.actor is None  # not yet: which commission?
    assert not dialog.commission_box.isHidden()
    names = [dialog.commission_box.itemText(i) for i in range(dialog.commission_box.count())]
    assert names == [
        "МВК области — Акмолинская область",
        "МВК района — Аршалынский район",
    ]
    assert dialog.commission_box.currentData() == district  # this computer's last choice
    dialog.commission_box.setCurrentIndex(0)
    ok.click()
    assert dialog.actor is not None and dialog.actor.commission_id == _oblast


def test_one_commission_logs_in_at_once(qtbot: QtBot, sqlite_db: Database) -> None:
    admin, oblast, _ = _two_commissions(sqlite_db)
    users.add_user(
        sqlite_db, admin, "single", PASSWORD,
        users.UserInput(full_name="Один", role=Role.MEMBER, commission_ids=(oblast,)),
    )  # fmt: skip
    dialog = LoginDialog(sqlite_db, "single")
    qtbot.addWidget(dialog)
    dialog.password_edit.setText(PASSWORD)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.actor is not None and dialog.actor.commission_id == oblast
    assert dialog.commission_box.isHidden()


def test_switching_rebuilds_the_window_for_the_other_commission(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    _, oblast, district = _two_commissions(sqlite_db)
    actor = commission_choice.choose_commission(
        sqlite_db, auth.login(sqlite_db, "both", PASSWORD), oblast
    )
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    launcher = Launcher(app, local_settings.LocalSettings(), sqlite_db.url, fixed_url=True)
    launcher.db = sqlite_db
    first = launcher.show_window(AppContext(sqlite_db, actor))
    qtbot.addWidget(first)
    assert first.windowTitle() == "МВК области — Акмолинская область"
    assert first.commission_button.text() == first.windowTitle()
    menu = first.commission_button.menu()
    assert menu is not None
    (other,) = menu.actions()
    assert other.text() == "МВК района — Аршалынский район"
    other.trigger()
    second = launcher.window
    assert isinstance(second, MainWindow) and second is not first
    qtbot.addWidget(second)
    assert second.windowTitle() == "МВК района — Аршалынский район"
    assert second.ctx.actor.commission_id == district
    assert composition.get_commission(sqlite_db, second.ctx.actor).id == district
    assert local_settings.load().last_commission == str(district)  # offered first next time


def test_the_title_is_kazakh_in_kazakh(qtbot: QtBot, sqlite_db: Database) -> None:
    _, oblast, _ = _two_commissions(sqlite_db)
    actor = commission_choice.choose_commission(
        sqlite_db, auth.login(sqlite_db, "both", PASSWORD), oblast
    )
    config = local_settings.LocalSettings(language="kk")
    window = MainWindow(AppContext(sqlite_db, actor), config)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Облыс ВАК — Ақмола облысы"


def test_the_administrator_ticks_a_user_s_commissions(qtbot: QtBot, sqlite_db: Database) -> None:
    admin, oblast, district = _two_commissions(sqlite_db)
    admin = auth.login(sqlite_db, "admin", PASSWORD)
    admin = commission_choice.choose_commission(sqlite_db, admin, district)
    ctx = AppContext(sqlite_db, admin)
    commissions = composition.list_commissions(sqlite_db, admin)
    dialog = UserDialog(ctx, [], [], None, None, commissions=commissions)
    qtbot.addWidget(dialog)
    # A new user works where the administrator works now, unless ticked otherwise.
    assert dialog.chosen_commissions() == (district,)
    dialog.commissions.item(0).setCheckState(dialog.commissions.item(1).checkState())
    assert dialog.chosen_commissions() == (oblast, district)
