"""Transferring a client through the card: the officer of district A hands him to district B;
the card closes, A's list shows him «transferred to …» and opens the card read-only with the
banner and the history as it was; B's officer finds him among the arrivals on his home page
and edits the card as his own."""

from __future__ import annotations

from datetime import date

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from commission.db.engine import Database
from commission.db.models import Client
from commission.domain.enums import CaseEventKind, ClientCategory
from commission.domain.iin import Sex, make_iin
from commission.services import auth, cases, clients
from commission.services.cases import EventData
from commission.services.clients import ClientData
from commission.ui.admin.forms import select_data
from commission.ui.cases.officer_home import OfficerHomeArea
from commission.ui.clients.area import ClientsArea, Standing
from commission.ui.clients.client_card import ClientCardDialog
from commission.ui.clients.transfer_dialog import TransferDialog
from commission.ui.context import AppContext
from tests.clients_world import World, build_world
from tests.ui.test_overview_ui import type_text

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

TODAY = date(2026, 3, 16)
IIN = make_iin(date(1991, 6, 4), Sex.MALE, 3141)


def clock() -> date:
    return TODAY


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))


@pytest.fixture
def world(sqlite_db: Database) -> World:
    return build_world(sqlite_db)


def _client(db: Database, world: World) -> tuple[int, int]:
    saved = clients.create_client(
        db,
        world.officer_a,
        ClientData(
            iin=IIN,
            surname="Сейтқали",
            given_name="Арман",
            district_id=world.district_a,
            category=ClientCategory.CONDITIONAL,
            registered_on=date(2026, 1, 12),
            actual_address="Қосшы, Республика көшесі, 3",
        ),
    )
    client_id = saved.client_id or 0
    case_id = cases.open_case(db, world.officer_a, client_id, date(2026, 1, 13))
    cases.log_event(
        db,
        world.officer_a,
        case_id,
        EventData(CaseEventKind.CONTACT, date(2026, 2, 2), "Беседа с клиентом."),
        today=TODAY,
    )
    return client_id, case_id


def _click(qtbot: QtBot, buttons: QDialogButtonBox, which: QDialogButtonBox.StandardButton) -> None:
    button = buttons.button(which)
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_officer_transfers_a_client_and_both_districts_see_it(
    qtbot: QtBot, sqlite_db: Database, world: World
) -> None:
    client_id, _case_id = _client(sqlite_db, world)
    area = ClientsArea(AppContext(sqlite_db, world.officer_a), clock=clock)
    qtbot.addWidget(area)
    area.show()
    area.refresh()
    card = area.open_client(client_id)
    assert card is not None and not card.read_only and card.banner is None
    assert card.transfer_button.isVisible() and card.transfer_button.isEnabled()

    qtbot.mouseClick(card.transfer_button, Qt.MouseButton.LeftButton)
    dialog = card.dialog
    assert isinstance(dialog, TransferDialog) and dialog.isVisible()
    # His own district is not offered; the officer combo follows the district chosen.
    offered = [dialog.district.itemText(i) for i in range(dialog.district.count())]
    assert offered == ["", "Целиноградский район"]
    _click(qtbot, dialog.buttons, QDialogButtonBox.StandardButton.Save)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Say why the client is transferred."
    type_text(qtbot, dialog.reason, "Смена места жительства")
    _click(qtbot, dialog.buttons, QDialogButtonBox.StandardButton.Save)
    assert dialog.error_label.text() == "Choose the district the client moves to."
    select_data(dialog.district, world.district_b)
    assert [dialog.officer.itemText(i) for i in range(dialog.officer.count())] == [
        "— the district assigns him —",
        "Officer_B",
    ]
    _click(qtbot, dialog.buttons, QDialogButtonBox.StandardButton.Save)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error_label.text()
    # He is no longer this district's: the card closes.
    assert card.result() == ClientCardDialog.DialogCode.Accepted and not card.isVisible()
    with sqlite_db.reading() as s:
        assert s.get_one(Client, client_id).district_id == world.district_b

    # District A: not on its register any more, found among those removed, read-only.
    area.refresh()
    assert area.model.rowCount() == 0
    area.standing_combo.setCurrentIndex(area.standing_combo.findData(Standing.REMOVED))
    assert area.model.rowCount() == 1
    assert area.model.index(0, 4).data() == "transferred to Целиноградский район (16.03.2026)"
    area.table.activated.emit(area.model.index(0, 0))
    trace = area.card
    assert trace is not None and trace.isVisible() and trace.read_only
    assert trace.banner is not None and trace.banner.text().startswith(
        "Transferred to Целиноградский район on 16.03.2026."
    )
    assert not trace.transfer_button.isVisible() and not trace.remove_button.isVisible()
    assert trace.buttons.button(QDialogButtonBox.StandardButton.Save) is None
    assert trace.surname.isReadOnly() and trace.district.currentText() == "Косшы"
    assert trace.status.text() == (
        "Removed from the register on 16.03.2026: Moved to another district\n"
        "Transferred from Косшы to Целиноградский район on 16.03.2026"
    )
    assert trace.history is not None and trace.history.rowCount() == 1
    history_item = trace.history.item(0, 3)
    assert history_item is not None and history_item.text() == "Беседа с клиентом."
    _click(qtbot, trace.buttons, QDialogButtonBox.StandardButton.Close)

    # District B: the officer's home announces him; the card opens as B's own, editable.
    home = OfficerHomeArea(AppContext(sqlite_db, world.officer_b), clock=clock)
    qtbot.addWidget(home)
    home.show()
    home.refresh()
    assert home.arrived_box.isVisible()
    assert home.arrived_box.title() == "New: transferred to my district (1)"
    arrived = home.arrived_table.item(0, 1)
    assert arrived is not None and arrived.text() == "Косшы"
    own = home.open_client(0, home.arrived_table)
    assert isinstance(own, ClientCardDialog) and not own.read_only and own.banner is None
    assert "Transferred from Косшы to Целиноградский район on 16.03.2026" in own.status.text()
    select_data(own.officer, world.officer_b.user_id)
    _click(qtbot, own.buttons, QDialogButtonBox.StandardButton.Save)
    assert own.result() == ClientCardDialog.DialogCode.Accepted, own.error_label.text()
    with sqlite_db.reading() as s:
        assert s.get_one(Client, client_id).officer_id == world.officer_b.user_id
