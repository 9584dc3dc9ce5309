"""The agencies area driven through its real widgets: add, validate, edit, search, permissions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from commission.db.engine import Database
from commission.domain.enums import AgencyKind, Role
from commission.services import agencies
from commission.services.context import Actor
from commission.ui.agencies import AgenciesArea, AgencyDialog
from commission.ui.context import AppContext
from tests.conftest import make_admin, make_user

pytestmark = [
    pytest.mark.gui,
    # The offscreen platform reports every shown window's size hints as unsupported.
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

# A BIN whose check digit is right (see commission.domain.iin) and one with a typo in it.
VALID_BIN = "000740001307"
MISTYPED_BIN = "000740001308"


def _area(qtbot: QtBot, db: Database, actor: Actor) -> AgenciesArea:
    area = AgenciesArea(AppContext(db, actor))
    qtbot.addWidget(area)
    area.resize(1000, 600)
    area.show()
    return area


def _save(qtbot: QtBot, dialog: AgencyDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _police(db: Database, admin: Actor, **changes: object) -> agencies.AgencyView:
    values: dict[str, object] = {
        "kind": AgencyKind.POLICE,
        "name_ru": "Управление полиции района",
        "name_kk": "Аудан полиция басқармасы",
    }
    values.update(changes)
    return agencies.create_agency(db, admin, agencies.AgencyData(**values))  # type: ignore[arg-type]


def _dialogs(area: QWidget) -> list[AgencyDialog]:
    return [d for d in area.findChildren(AgencyDialog) if d.isVisible()]


def test_bin_constants_are_what_they_claim() -> None:
    from commission.domain.iin import is_valid_bin

    assert is_valid_bin(VALID_BIN)
    assert not is_valid_bin(MISTYPED_BIN)


def test_adding_an_agency_through_the_dialog(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = make_admin(sqlite_db)
    area = _area(qtbot, sqlite_db, admin)
    assert area.add_button.isVisible() and area.add_button.isEnabled()

    dialog = area.open_agency_dialog(None)
    assert dialog is not None and dialog.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData(AgencyKind.EMPLOYMENT.value))
    dialog.name_ru.setText("Центр занятости населения")
    qtbot.keyClicks(dialog.bin, VALID_BIN)
    dialog.contact_person.setText("Иванова Анна")
    qtbot.keyClicks(dialog.phone, "+7 727 123 45 67")
    qtbot.keyClicks(dialog.email, "czn@example.kz")
    _save(qtbot, dialog)

    stored = agencies.list_agencies(sqlite_db, admin)
    assert [(a.name_ru, a.kind, a.bin, a.email) for a in stored] == [
        ("Центр занятости населения", AgencyKind.EMPLOYMENT, VALID_BIN, "czn@example.kz")
    ]
    assert stored[0].name_kk == "Центр занятости населения"  # empty Kazakh name: the Russian one
    assert [a.name_ru for a in area.model.rows()] == ["Центр занятости населения"]
    assert area.table.current() is not None and area.table.current() == stored[0]
    assert _dialogs(area) == []


def test_mistyped_bin_keeps_the_dialog_open_with_the_input(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    admin = make_admin(sqlite_db)
    area = _area(qtbot, sqlite_db, admin)
    dialog = area.open_agency_dialog(None)
    assert dialog is not None
    dialog.name_ru.setText("Центр занятости")
    qtbot.keyClicks(dialog.bin, MISTYPED_BIN)
    _save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "BIN" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.bin
    assert dialog.name_ru.text() == "Центр занятости" and dialog.bin.text() == MISTYPED_BIN
    assert agencies.list_agencies(sqlite_db, admin) == []

    # Corrected, the same dialog saves, and the old message goes away.
    dialog.bin.setText(VALID_BIN)
    _save(qtbot, dialog)
    assert [a.bin for a in agencies.list_agencies(sqlite_db, admin)] == [VALID_BIN]


def test_missing_name_and_bad_email_point_at_their_fields(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    admin = make_admin(sqlite_db)
    area = _area(qtbot, sqlite_db, admin)
    dialog = area.open_agency_dialog(None)
    assert dialog is not None
    _save(qtbot, dialog)
    assert dialog.isVisible() and dialog.focusWidget() is dialog.name_ru

    dialog.name_ru.setText("ЦОН")
    qtbot.keyClicks(dialog.email, "no-at-sign")
    _save(qtbot, dialog)
    assert dialog.isVisible() and dialog.focusWidget() is dialog.email
    assert "no-at-sign" in dialog.error_label.text()
    assert agencies.list_agencies(sqlite_db, admin) == []


def test_deactivating_an_agency_in_its_dialog(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = make_admin(sqlite_db)
    police = _police(sqlite_db, admin)
    area = _area(qtbot, sqlite_db, admin)
    assert area.table.select_key(police.id)
    assert area.edit_button.isEnabled()

    dialog = area.open_agency_dialog(police.id)
    assert dialog is not None
    assert dialog.name_ru.text() == police.name_ru
    assert dialog.is_active.isChecked()
    dialog.is_active.setChecked(False)
    dialog.head_name.setText("Ахметов С. Б.")
    _save(qtbot, dialog)

    (stored,) = agencies.list_agencies(sqlite_db, admin)
    assert not stored.is_active and stored.head_name == "Ахметов С. Б."
    assert stored.version == police.version + 1
    (shown,) = area.model.rows()
    assert not shown.is_active and area.model.is_dimmed(shown)

    area.show_inactive.setChecked(False)
    assert area.table.visible_rows() == []


def test_a_stale_copy_is_refused_and_says_so(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = make_admin(sqlite_db)
    police = _police(sqlite_db, admin)
    area = _area(qtbot, sqlite_db, admin)
    dialog = area.open_agency_dialog(police.id)
    assert dialog is not None

    # Someone else saves the agency while the dialog is open.
    agencies.update_agency(
        sqlite_db,
        admin,
        police.id,
        police.version,
        agencies.AgencyData(kind=AgencyKind.POLICE, name_ru=police.name_ru, name_kk="", phone="1"),
    )
    dialog.phone.setText("2")
    _save(qtbot, dialog)

    assert dialog.isVisible()
    assert "changed by admin" in dialog.error_label.text()
    assert agencies.list_agencies(sqlite_db, admin)[0].phone == "1"


def test_enter_and_double_click_open_the_selected_agency(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = make_admin(sqlite_db)
    police = _police(sqlite_db, admin)
    area = _area(qtbot, sqlite_db, admin)
    view = area.table.view
    area.table.select_key(police.id)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    (dialog,) = _dialogs(area)
    assert dialog.agency == police
    dialog.reject()

    rect = view.visualRect(view.model().index(0, 1))
    # QTest's double click needs the press of a first click before it, as a real one has.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(_dialogs(area)) == 1


def test_search_is_case_insensitive_over_all_columns(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = make_admin(sqlite_db)
    _police(sqlite_db, admin, contact_person="Иванова Анна")
    agencies.create_agency(
        sqlite_db,
        admin,
        agencies.AgencyData(kind=AgencyKind.HEALTH, name_ru="Районная больница", name_kk=""),
    )
    area = _area(qtbot, sqlite_db, admin)
    assert len(area.table.visible_rows()) == 2

    area.search.setText("ПОЛИЦИ")
    assert [a.name_ru for a in area.table.visible_rows()] == ["Управление полиции района"]
    area.search.setText("иванова")
    assert [a.name_ru for a in area.table.visible_rows()] == ["Управление полиции района"]
    area.search.clear()
    assert len(area.table.visible_rows()) == 2


def test_a_change_elsewhere_refreshes_the_list(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = make_admin(sqlite_db)
    ctx = AppContext(sqlite_db, admin)
    area = AgenciesArea(ctx)
    qtbot.addWidget(area)
    _police(sqlite_db, admin)
    assert area.model.rowCount() == 0
    ctx.changes.sig_changed.emit("members")
    assert area.model.rowCount() == 0  # not what it shows
    ctx.changes.sig_changed.emit("agencies")
    assert area.model.rowCount() == 1


def test_a_member_reads_but_cannot_edit(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = make_admin(sqlite_db)
    police = _police(sqlite_db, admin)
    member = make_user(sqlite_db, admin, "member", Role.MEMBER)
    area = _area(qtbot, sqlite_db, member)
    area.table.select_key(police.id)

    assert not area.add_button.isVisible() and not area.add_button.isEnabled()
    assert not area.edit_button.isVisible() and not area.edit_button.isEnabled()
    assert area.open_agency_dialog(None) is None

    dialog = area.open_agency_dialog(police.id)
    assert dialog is not None and dialog.read_only
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save) is None
    assert dialog.name_ru.isReadOnly() and not dialog.kind.isEnabled()
    assert not dialog.is_active.isEnabled()


def test_every_column_of_the_agencies_is_in_sight_at_1280(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    """Long Kazakh names are elided, not the columns after them: at 1280×800 a secretary sees
    the name, kind, head, contact, phone, e-mail and «active» without scrolling sideways."""
    admin = make_admin(sqlite_db)
    long_name = (
        "Ақмола облысы денсаулық сақтау басқармасының жанындағы «Целиноград аудандық "
        "ауруханасы» шаруашылық жүргізу құқығындағы мемлекеттік коммуналдық кәсіпорны"
    )
    for n in range(6):
        agencies.create_agency(
            sqlite_db,
            admin,
            agencies.AgencyData(
                kind=AgencyKind.HEALTH,
                name_ru=f"{long_name} {n}",
                name_kk=f"{long_name} {n}",
                head_name="Ахметова Гульнара Сериковна",
                contact_person="Сейткали Айгерим Нурлановна",
                phone="8 (7162) 55-10-07",
                email=f"hospital{n}@tselinograd.example",
            ),
        )
    area = _area(qtbot, sqlite_db, admin)
    area.resize(1060, 700)  # the area's share of a 1280-pixel window beside the navigation
    qtbot.waitUntil(lambda: area.table.model.rowCount() == 6)
    view = area.table.view
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() <= view.viewport().width() + 1)
    assert header.sectionSize(0) >= 240
    phone = next(
        c
        for c in range(header.count())
        if area.table.model.headerData(c, Qt.Orientation.Horizontal) == "Phone"
    )
    assert header.sectionSize(phone) >= view.sizeHintForColumn(phone) - 2  # never elided
