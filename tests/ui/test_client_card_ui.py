"""The client card as a probation officer uses it: registering a client by typing (the IIN
checked as it is typed), reopening it (an audit entry), correcting it, removing it from the
register; the duplicate warnings; and who may open the card at all."""

from __future__ import annotations

from datetime import date

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from commission.db.engine import Database
from commission.db.models import AuditEntry, Case, Client
from commission.domain.enums import ClientCategory, DeregistrationReason, ProgrammeState
from commission.domain.iin import Sex, make_iin
from commission.services import auth, clients
from commission.services.clients import ClientData
from commission.services.context import Actor
from commission.ui.admin.forms import select_data, to_qdate
from commission.ui.areas import AREAS
from commission.ui.clients.area import ClientsArea
from commission.ui.clients.client_card import ClientCardDialog
from commission.ui.context import AppContext
from tests.clients_world import World, build_world
from tests.ui.test_overview_ui import type_text

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

TODAY = date(2026, 3, 16)
BORN = date(1990, 1, 15)
IIN = make_iin(BORN, Sex.MALE, 2468)
WRONG_DIGIT = IIN[:-1] + str((int(IIN[-1]) + 1) % 10)


def clock() -> date:
    return TODAY


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))


@pytest.fixture
def world(sqlite_db: Database) -> World:
    return build_world(sqlite_db)


def _area(qtbot: QtBot, db: Database, actor: Actor) -> ClientsArea:
    area = ClientsArea(AppContext(db, actor), clock=clock)
    qtbot.addWidget(area)
    area.resize(1000, 500)
    area.show()
    area.refresh()
    return area


def _click(qtbot: QtBot, card: ClientCardDialog, which: QDialogButtonBox.StandardButton) -> None:
    button = card.buttons.button(which)
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _save(qtbot: QtBot, card: ClientCardDialog) -> None:
    _click(qtbot, card, QDialogButtonBox.StandardButton.Save)


def _views(db: Database) -> list[tuple[str, str | None]]:
    """Openings of a card (the list's own access entries name no client)."""
    with db.reading() as s:
        rows = s.execute(
            select(AuditEntry.user_login, AuditEntry.entity_id).where(
                AuditEntry.entity == "clients",
                AuditEntry.action == "view",
                AuditEntry.entity_id.is_not(None),
            )
        )
        return [(r.user_login, r.entity_id) for r in rows]


def _stored(db: Database) -> list[Client]:
    with db.reading() as s:
        found = list(s.scalars(select(Client).order_by(Client.id)))
        for client in found:
            s.expunge(client)
        return found


def test_officer_registers_reopens_corrects_and_removes_a_client(
    qtbot: QtBot, sqlite_db: Database, world: World
) -> None:
    area = _area(qtbot, sqlite_db, world.officer_a)
    assert area.new_button.isVisible() and area.import_button.isVisible()
    qtbot.mouseClick(area.new_button, Qt.MouseButton.LeftButton)
    card = area.card
    assert card is not None and card.isVisible() and not card.read_only
    assert card.windowTitle() == "New client"
    assert card.district.currentText() == "Косшы" and not card.district.isEnabled()
    assert card.officer.currentText() == "Officer_A"
    assert card.registered_on.value() == TODAY

    type_text(qtbot, card.surname, "Жұмабаев")
    type_text(qtbot, card.given_name, "Нұрлан")
    type_text(qtbot, card.patronymic, "Серікұлы")
    # Still typing: an incomplete number is not an error yet...
    qtbot.keyClicks(card.iin.edit, IIN[:7])
    assert card.iin.message.isHidden()
    # ...but it is once the officer leaves the field.
    card.iin.edit.editingFinished.emit()
    assert not card.iin.message.isHidden()
    assert card.iin.message.text() == "An IIN has 12 digits; 7 were entered."
    qtbot.keyClicks(card.iin.edit, WRONG_DIGIT[7:])
    assert card.iin.message.text() == (
        "The IIN check digit does not match; the number has a typing error."
    )
    assert card.birth_date.value() is None and card.sex.currentData() is None
    qtbot.keyClick(card.iin.edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(card.iin.edit, IIN[-1])
    assert card.iin.message.isHidden()
    assert card.birth_date.value() == BORN
    assert card.sex.currentData() == Sex.MALE.value
    # A birth date typed by hand that contradicts the IIN is pointed out at once.
    card.birth_date.edit.setDate(to_qdate(date(1990, 1, 16)))
    assert card.iin.message.text() == "The birth date does not match the IIN."
    card.birth_date.edit.setDate(to_qdate(BORN))
    assert card.iin.message.isHidden()

    select_data(card.category, ClientCategory.PAROLE.value)
    card.articles.setText("188 ч.2")
    card.sentence_start.set_value(date(2025, 6, 1))
    card.sentence_end.set_value(date(2027, 6, 1))
    card.phone.setText("+7 701 000 00 00")
    card.actual_address.setText("Косшы, ул. Абая, 1")
    card.consent.setChecked(True)
    card.legal_basis.setText("Приговор суда от 20.05.2025")
    _save(qtbot, card)
    assert card.result() == ClientCardDialog.DialogCode.Accepted, card.error_label.text()
    (client,) = _stored(sqlite_db)
    assert (client.iin, client.surname, client.birth_date, client.sex) == (
        IIN,
        "Жұмабаев",
        BORN,
        Sex.MALE,
    )
    assert (client.category, client.officer_id, client.consent_given) == (
        ClientCategory.PAROLE,
        world.officer_a.user_id,
        True,
    )
    qtbot.waitUntil(lambda: area.model.rowCount() == 1)

    # Reopening from the list (Enter / double click) records the access.
    assert _views(sqlite_db) == []
    area.table.activated.emit(area.model.index(0, 0))
    card = area.card
    assert card is not None and card.isVisible()
    assert _views(sqlite_db) == [("officer_a", str(client.id))]
    assert card.windowTitle() == "Client card: Жұмабаев Нұрлан Серікұлы"
    assert (card.iin.text(), card.articles.text(), card.status.text()) == (
        IIN,
        "188 ч.2",
        "On the register",
    )

    card.phone.clear()
    type_text(qtbot, card.phone, "8 702 111 22 33")
    _save(qtbot, card)
    assert card.result() == ClientCardDialog.DialogCode.Accepted, card.error_label.text()
    assert _stored(sqlite_db)[0].phone == "8 702 111 22 33"

    card = area.open_client(client.id)
    assert card is not None
    assert card.remove_button.isVisible() and card.remove_button.isEnabled()
    qtbot.mouseClick(card.remove_button, Qt.MouseButton.LeftButton)
    removal = card.dialog
    assert removal is not None and removal.isVisible()
    removal.on.setDate(to_qdate(date(2026, 3, 10)))
    select_data(removal.reason, DeregistrationReason.MOVED.value)
    save = removal.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save is not None
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    # Registered today (the card's default): the removal cannot be dated before that.
    assert removal.isVisible() and removal.error_label.text() == (
        "A client cannot be removed from the register before the day he was registered."
    )
    removal.on.setDate(to_qdate(date(2026, 3, 20)))
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert removal.result() == removal.DialogCode.Accepted, removal.error_label.text()
    assert card.status.text() == (
        "Removed from the register on 20.03.2026: Moved to another district"
    )
    assert not card.remove_button.isEnabled()
    stored = _stored(sqlite_db)[0]
    assert (stored.deregistered_on, stored.deregistration_reason) == (
        date(2026, 3, 20),
        DeregistrationReason.MOVED,
    )
    # The card's version followed the removal: a correction afterwards still saves.
    card.articles.setText("188 ч.3")
    _save(qtbot, card)
    assert card.result() == ClientCardDialog.DialogCode.Accepted, card.error_label.text()
    assert _stored(sqlite_db)[0].articles == "188 ч.3"
    assert len(_views(sqlite_db)) == 2  # opened twice; saves and removal are not openings


def _register(db: Database, world: World, iin: str, surname: str = "Ахметов") -> int:
    saved = clients.create_client(
        db,
        world.officer_a,
        ClientData(
            iin=iin,
            surname=surname,
            given_name="Ерлан",
            district_id=world.district_a,
            category=ClientCategory.CONDITIONAL,
        ),
    )
    assert saved.client_id is not None
    return saved.client_id


def _answer(qtbot: QtBot, box: QMessageBox | None, which: QMessageBox.StandardButton) -> None:
    assert box is not None and box.isVisible()
    button = box.button(which)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _fill_new(qtbot: QtBot, card: ClientCardDialog, iin: str, surname: str) -> None:
    type_text(qtbot, card.surname, surname)
    type_text(qtbot, card.given_name, "Ерлан")
    qtbot.keyClicks(card.iin.edit, iin)


def test_duplicate_iin_is_refused_and_same_name_and_birth_date_asks_first(
    qtbot: QtBot, sqlite_db: Database, world: World
) -> None:
    first = _register(sqlite_db, world, IIN)
    area = _area(qtbot, sqlite_db, world.officer_a)

    card = area.new_client()
    assert card is not None
    _fill_new(qtbot, card, IIN, "Ахметов")
    _save(qtbot, card)
    assert card.isVisible() and card.question is None
    assert card.iin.message.text() == (
        f"A client with this IIN is already registered (card No. {first}). Open that card "
        "instead of creating a second one."
    )
    assert card.iin.edit.hasFocus() or card.focusWidget() is card.iin.edit
    card.reject()

    # Another IIN with the same birth date: the same surname and name look like the same man.
    twin = make_iin(BORN, Sex.MALE, 7000)
    card = area.new_client()
    assert card is not None
    _fill_new(qtbot, card, twin, "АХМЕТОВ")
    _save(qtbot, card)
    box = card.question
    assert box is not None
    assert "Ахметов Е., Косшы, card No. " in box.text() and box.text().endswith("Save anyway?")
    assert IIN not in box.text() and IIN[:6] not in box.text()
    _answer(qtbot, box, QMessageBox.StandardButton.No)
    assert card.isVisible() and len(_stored(sqlite_db)) == 1
    _save(qtbot, card)
    _answer(qtbot, card.question, QMessageBox.StandardButton.Yes)
    assert card.result() == ClientCardDialog.DialogCode.Accepted
    assert [c.iin for c in _stored(sqlite_db)] == [IIN, twin]


def test_secretary_reads_the_card_with_a_masked_iin_and_changes_nothing(
    qtbot: QtBot, sqlite_db: Database, world: World
) -> None:
    client_id = _register(sqlite_db, world, IIN)
    with sqlite_db.transaction() as s:
        s.add(
            Case(
                year=2026,
                seq=1,
                number="2026-001",
                client_id=client_id,
                officer_id=world.officer_a.user_id,
                state=ProgrammeState.DRAFT,
                opened_on=date(2026, 3, 1),
                updated_by="test",
            )
        )
    area = _area(qtbot, sqlite_db, world.secretary)
    assert not area.new_button.isVisible() and not area.import_button.isVisible()
    assert area.new_client() is None and area.open_import() is None
    card = area.open_client(client_id)
    assert card is not None and card.read_only
    assert card.iin.text() == IIN[:6] + "******"
    assert card.surname.isReadOnly() and not card.category.isEnabled()
    # What cannot be changed does not look like a field to type in: the window's background.
    card.show()
    qtbot.waitExposed(card)
    picture = card.surname.grab().toImage()
    inside = picture.pixelColor(picture.width() - 3, picture.height() // 2)
    assert inside == card.palette().color(card.backgroundRole())
    assert card.buttons.button(QDialogButtonBox.StandardButton.Save) is None
    assert not card.remove_button.isVisible()
    assert [card.cases.item(0, c).text() for c in range(3)] == ["2026-001", "Draft", "01.03.2026"]
    assert _views(sqlite_db) == [("secretary", str(client_id))]


@pytest.mark.parametrize("who", ["member", "chair"])
def test_member_and_chair_cannot_open_the_client_area(
    qtbot: QtBot, sqlite_db: Database, world: World, who: str
) -> None:
    actor = world.member if who == "member" else world.chair
    client_id = _register(sqlite_db, world, IIN)
    assert not next(a for a in AREAS if a.key == "clients").visible_to(actor)
    area = ClientsArea(AppContext(sqlite_db, actor), clock=clock)
    qtbot.addWidget(area)
    area.show()
    assert not area.allowed and area.new_client() is None and area.open_import() is None
    assert area.open_client(client_id) is None
    assert area.card is None and _views(sqlite_db) == []
