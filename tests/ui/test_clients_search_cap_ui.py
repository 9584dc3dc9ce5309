"""The clients list shows the first page of the best matches of a search and says «N+ found»
rather than counting every match of a common name."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from commission.db.engine import Database
from commission.services import registers
from commission.ui.clients.area import ClientsArea
from tests.ui.test_overview_ui import (  # noqa: F401 (fixtures used by name)
    Data,
    _cheap_password_hashing,
    _ctx,
    _texts,
    data,
    type_text,
)


def test_a_capped_search_says_there_are_more(
    qtbot: QtBot,
    sqlite_db: Database,
    data: Data,  # noqa: F811 (the fixture imported above)
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    area = ClientsArea(_ctx(sqlite_db, data.secretary))
    qtbot.addWidget(area)
    area.show()
    type_text(qtbot, area.search_edit, "ИВА")
    qtbot.waitUntil(lambda: area.model.rowCount() == 2)
    assert "+" not in area.status.text()

    monkeypatch.setattr(registers, "SEARCH_CAP", 1)
    area.refresh()
    assert area.model.rowCount() == 1
    assert _texts(area.model, 1)[0].startswith("Иваницкий")  # the first by name
    assert area.status.text() == "1+ found"
