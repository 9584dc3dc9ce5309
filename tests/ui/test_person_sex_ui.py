"""A member's sex and an agency head's sex and bilingual position, typed, saved and read again.

The sex follows the name's patronymic as it is typed (the secretary rarely needs to touch it),
but once the user picks it in the combo the pick stays whatever is typed after.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from commission.db.engine import Database
from commission.domain.enums import AdminLevel, AgencyKind, CommissionKind
from commission.domain.iin import Sex
from commission.services import agencies, composition
from commission.services.context import Actor
from commission.ui.admin.composition_tab import CompositionTab
from commission.ui.admin.forms import FormDialog
from commission.ui.agencies import AgenciesArea
from commission.ui.context import AppContext
from tests.conftest import make_admin
from tests.ui.keyboard import type_text

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


def _commission(db: Database, admin: Actor) -> None:
    composition.create_commission(
        db,
        admin,
        composition.CommissionData(
            kind=CommissionKind.MERGED,
            name_ru="Межведомственная комиссия по профилактике правонарушений",
            name_kk="Құқық бұзушылық профилактикасы жөніндегі ведомствоаралық комиссия",
            akimat_ru="Акимат Целиноградского района",
            akimat_kk="Целиноград ауданының әкімдігі",
        ),
        composition.AdminUnitData(AdminLevel.DISTRICT, "Целиноградский район", "Целиноград ауданы"),
    )


def _save(qtbot: QtBot, dialog: FormDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not dialog.error_label.isVisible(), dialog.error_label.text()


def _tab(qtbot: QtBot, db: Database, admin: Actor) -> CompositionTab:
    tab = CompositionTab(AppContext(db, admin))
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    return tab


@pytest.mark.parametrize(
    ("name", "sex"),
    [
        ("Нурланова Айгерим Ерлановна", Sex.FEMALE),
        ("Сулейменов Ержан Маратович", Sex.MALE),
        ("Жумабаева Дана Серик қызы", Sex.FEMALE),
        ("Касымов Ерлан Нурлан ұлы", Sex.MALE),
        ("Беков Арман Сергеевич", Sex.MALE),
        ("Ким Валентина Евгеньевна", Sex.FEMALE),
    ],
)
def test_member_sex_follows_the_patronymic_typed(
    qtbot: QtBot, sqlite_db: Database, name: str, sex: Sex
) -> None:
    admin = make_admin(sqlite_db)
    _commission(sqlite_db, admin)
    dialog = _tab(qtbot, sqlite_db, admin).open_member_dialog(None)
    assert dialog is not None
    assert dialog.sex.value() is None
    type_text(dialog.full_name, name)
    assert dialog.sex.value() is sex


def test_member_sex_picked_by_the_user_is_saved_and_kept(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = make_admin(sqlite_db)
    _commission(sqlite_db, admin)
    tab = _tab(qtbot, sqlite_db, admin)
    dialog = tab.open_member_dialog(None)
    assert dialog is not None
    type_text(dialog.full_name, "Омарова Сауле")
    # The user says otherwise: the pick wins over whatever is typed afterwards.
    dialog.sex.setFocus()
    while dialog.sex.value() is not Sex.MALE:
        QTest.keyClick(dialog.sex, Qt.Key.Key_Up)
    type_text(dialog.full_name, " Ерлановна")
    assert dialog.sex.value() is Sex.MALE
    dialog.sex.setFocus()
    QTest.keyClick(dialog.sex, Qt.Key.Key_Down)
    assert dialog.sex.value() is Sex.FEMALE
    type_text(dialog.position_ru, "Руководитель отдела образования")
    _save(qtbot, dialog)

    (member,) = composition.list_members(sqlite_db, admin, on=date.today())
    assert (member.full_name, member.sex) == ("Омарова Сауле Ерлановна", Sex.FEMALE)

    tab.refresh()  # as the area does when told that members changed
    again = tab.open_member_dialog(member.id)
    assert again is not None
    assert again.sex.value() is Sex.FEMALE
    assert again.full_name.text() == "Омарова Сауле Ерлановна"
    # A correction that does not tell the sex leaves the recorded one.
    again.full_name.setCursorPosition(len(again.full_name.text()))
    type_text(again.full_name, " ")
    assert again.sex.value() is Sex.FEMALE
    again.reject()


def test_agency_head_sex_and_position_in_both_languages(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = make_admin(sqlite_db)
    area = AgenciesArea(AppContext(sqlite_db, admin))
    qtbot.addWidget(area)
    area.show()
    dialog = area.open_agency_dialog(None)
    assert dialog is not None
    dialog.kind.setCurrentIndex(dialog.kind.findData(AgencyKind.POLICE.value))
    type_text(dialog.name_ru, "Отдел полиции Целиноградского района")
    type_text(dialog.name_kk, "Целиноград ауданының полиция бөлімі")
    type_text(dialog.head_name, "Касымов Ерлан Бауыржанович")
    assert dialog.head_sex.value() is Sex.MALE
    type_text(dialog.head_position.ru_edit, "Начальник отдела полиции")
    assert dialog.head_position.kk_mark.is_shown()  # the Kazakh is still to be typed
    type_text(dialog.head_position.kk_edit, "Полиция бөлімінің бастығы")
    assert not dialog.head_position.kk_mark.is_shown()
    _save(qtbot, dialog)

    (stored,) = agencies.list_agencies(sqlite_db, admin)
    assert (stored.head_position, stored.head_position_kk, stored.head_sex) == (
        "Начальник отдела полиции",
        "Полиция бөлімінің бастығы",
        Sex.MALE,
    )

    again = area.open_agency_dialog(stored.id)
    assert again is not None
    assert again.head_position.value() == ("Начальник отдела полиции", "Полиция бөлімінің бастығы")
    assert again.head_sex.value() is Sex.MALE
    # A new head, a woman: the sex follows the new name, as it had not been picked by hand.
    again.head_name.clear()
    type_text(again.head_name, "Абенова Гульнара Маратовна")
    assert again.head_sex.value() is Sex.FEMALE
    again.head_position.set_value("Начальник отдела полиции", "")
    _save(qtbot, again)
    (changed,) = agencies.list_agencies(sqlite_db, admin)
    assert (changed.head_name, changed.head_sex, changed.head_position_kk) == (
        "Абенова Гульнара Маратовна",
        Sex.FEMALE,
        None,
    )


def test_read_only_agency_card_shows_both_positions_without_editing(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    admin = make_admin(sqlite_db)
    stored = agencies.create_agency(
        sqlite_db,
        admin,
        agencies.AgencyData(
            kind=AgencyKind.POLICE,
            name_ru="Отдел полиции",
            name_kk="Полиция бөлімі",
            head_name="Касымов Е. Б.",
            head_position="Начальник отдела полиции",
            head_position_kk="Полиция бөлімінің бастығы",
            head_sex=Sex.MALE,
        ),
    )
    from commission.ui.agencies import AgencyDialog

    dialog = AgencyDialog(AppContext(sqlite_db, admin), stored, read_only=True)
    qtbot.addWidget(dialog)
    assert dialog.head_position.ru_edit.isReadOnly() and dialog.head_position.kk_edit.isReadOnly()
    assert dialog.head_position.value() == ("Начальник отдела полиции", "Полиция бөлімінің бастығы")
    assert not dialog.head_sex.isEnabled()
