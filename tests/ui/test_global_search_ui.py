"""«Find everywhere» from the main window: Ctrl+K, a few letters, the hits grouped by kind,
Enter opens the record where it lives — the meeting's page, the client's card."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from commission import settings as local_settings
from commission.db import migrate
from commission.db.engine import Database
from commission.db.models import Client
from commission.services import auth
from commission.services.context import Actor
from commission.services.demo import DEMO_PASSWORD, build_demo
from commission.ui.context import AppContext
from commission.ui.global_search import SearchDialog
from commission.ui.main_window import MainWindow

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

TODAY = date(2026, 5, 12)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("search") / "demo.sqlite3"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    build_demo(db, Actor.command_line(), seed=3, today=TODAY, clients=20)
    yield db
    db.dispose()


def _window(qtbot: QtBot, db: Database, login: str) -> MainWindow:
    ctx = AppContext(db, auth.login(db, login, DEMO_PASSWORD), clock=lambda: TODAY)
    window = MainWindow(ctx, local_settings.LocalSettings())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def _search(qtbot: QtBot, window: MainWindow, text: str) -> SearchDialog:
    assert window.search_action.shortcut().toString() == "Ctrl+K"
    window.search_action.trigger()
    dialog = window.search_dialog
    assert isinstance(dialog, SearchDialog) and dialog.isVisible()
    dialog.field.insert(text)  # as typed (keyClicks cannot type Cyrillic)
    with qtbot.waitSignal(dialog.timer.timeout, timeout=2000):
        pass
    return dialog


def test_a_meeting_found_by_its_topic_opens_its_page(qtbot: QtBot, demo_db: Database) -> None:
    window = _window(qtbot, demo_db, "secretary")
    dialog = _search(qtbot, window, "полиц")
    texts = [dialog.results.item(i).text() for i in range(dialog.results.count())]
    assert texts[0] == "Meetings" and "Decisions" in texts
    first = dialog.hits[0]
    assert first.kind.value == "meeting"
    assert dialog.results.currentItem().text().startswith(first.title)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    area = window.stack.currentWidget()
    assert getattr(area, "page", None) is not None and area.page.meeting_id == first.id


def test_a_client_found_by_surname_opens_the_card(qtbot: QtBot, demo_db: Database) -> None:
    with demo_db.reading() as session:
        client = session.scalars(select(Client).order_by(Client.id)).first()
        assert client is not None
        surname, client_id = client.surname, client.id
    window = _window(qtbot, demo_db, "secretary")
    dialog = _search(qtbot, window, surname)
    row = next(
        i
        for i in range(dialog.results.count())
        if (dialog.results.item(i).data(Qt.ItemDataRole.UserRole) or ("", 0))
        == ("client", client_id)
    )
    dialog.results.itemActivated.emit(dialog.results.item(row))
    area = window.stack.currentWidget()
    card = getattr(area, "card", None)
    assert card is not None and card.card is not None and card.card.id == client_id


def test_a_member_is_not_offered_clients(qtbot: QtBot, demo_db: Database) -> None:
    window = _window(qtbot, demo_db, "member")
    dialog = _search(qtbot, window, "Ахметов")
    assert "client" not in dialog.field.placeholderText()
    assert all(h.kind.value not in ("client", "case") for h in dialog.hits)
