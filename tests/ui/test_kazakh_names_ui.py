"""Names stored in both languages read in the interface's language, on the demo's data.

The demo's users are recorded as Russian-speaking: what is shown must follow the interface the
user has in front of them (``i18n.install``), not the language stored on the account.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtCore import QAbstractItemModel, QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from commission import i18n
from commission.db import migrate
from commission.db.engine import Database
from commission.domain.enums import Language
from commission.services import agencies, auth, composition, overview
from commission.services.context import Actor
from commission.services.demo import DEMO_PASSWORD, build_demo
from commission.ui.admin.composition_tab import CompositionTab
from commission.ui.agencies import AgenciesArea
from commission.ui.cases.area import CasesArea
from commission.ui.clients.area import ClientsArea
from commission.ui.context import AppContext
from commission.ui.dashboard.area import DashboardArea
from commission.ui.decisions.area import DecisionsArea
from commission.ui.labels import interface_language, shown_name

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(
        "This plugin does not support propagateSizeHints", "This plugin does not support raise"
    ),
]

TODAY = date(2026, 11, 23)


def clock() -> date:
    return TODAY


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("kk-names") / "demo.sqlite3"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    build_demo(db, Actor.command_line(), seed=1, today=TODAY, clients=20)
    yield db
    db.dispose()


@pytest.fixture
def kazakh() -> Iterator[None]:
    locale = QLocale()
    i18n.install("kk")
    try:
        yield
    finally:
        i18n.install("en")
        QLocale.setDefault(locale)


def _login(db: Database, login: str) -> Actor:
    actor = auth.login(db, login, DEMO_PASSWORD)
    assert actor.language is Language.RU  # the account says Russian; the interface decides
    return actor


def _texts(model: QAbstractItemModel, column: int) -> list[str]:
    QApplication.processEvents()
    return [
        str(model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole) or "")
        for row in range(model.rowCount())
    ]


def _agency_names(db: Database, actor: Actor) -> tuple[set[str], set[str]]:
    """The agencies' short names as lists show them: (Russian, Kazakh)."""
    known = agencies.list_agencies(db, actor)
    ru = {a.short_name_ru or a.name_ru for a in known}
    kk = {a.short_name_kk or a.name_kk for a in known}
    return ru, kk


def test_labels_follow_the_interface_not_the_account(kazakh: None) -> None:
    assert interface_language() is Language.KK
    assert shown_name("Целиноградский район", "Целиноград ауданы") == "Целиноград ауданы"
    assert shown_name("Центр занятости", "") == "Центр занятости"  # no Kazakh: the Russian
    i18n.install("ru")
    assert shown_name("Целиноградский район", "Целиноград ауданы") == "Целиноградский район"


def test_dashboard_in_kazakh(qtbot: QtBot, demo_db: Database, kazakh: None) -> None:
    secretary = _login(demo_db, "secretary")
    commission = composition.get_commission(demo_db, secretary)
    ru_names, kk_names = _agency_names(demo_db, secretary)
    area = DashboardArea(AppContext(demo_db, secretary), clock=clock)
    qtbot.addWidget(area)
    area.refresh()
    qtbot.waitUntil(lambda: not area.is_loading())

    assert area.title.text() == commission.short_name_kk
    assert commission.short_name_kk != commission.short_name_ru
    shown = _texts(area.agencies_table.model(), 0)
    assert shown and set(shown) <= kk_names and not set(shown) & ru_names
    axes = [a for a in area.discipline_chart.chart.axes() if isinstance(a, QBarCategoryAxis)]
    assert axes, "the demo's year has control points due"
    # Each agency with its discipline score: «… — 85».
    categories = {c.rsplit(" — ", 1)[0] for c in axes[0].categories()}
    assert categories and categories <= kk_names and not categories & ru_names
    # The meetings' place as typed in Kazakh, not the Russian one.
    data = overview.dashboard(demo_db, secretary, clock())
    briefs = [b for b in (data.next_meeting, data.last_held) if b is not None]
    assert briefs and all(b.place_kk and b.place and b.place_kk != b.place for b in briefs)
    shown_meetings = area.next_meeting_label.text() + area.last_meeting_label.text()
    assert all(b.place_kk in shown_meetings and b.place not in shown_meetings for b in briefs)


def test_dashboard_in_russian_keeps_russian_names(qtbot: QtBot, demo_db: Database) -> None:
    secretary = _login(demo_db, "secretary")
    commission = composition.get_commission(demo_db, secretary)
    ru_names, _kk = _agency_names(demo_db, secretary)
    locale = QLocale()
    i18n.install("ru")
    try:
        area = DashboardArea(AppContext(demo_db, secretary), clock=clock)
        qtbot.addWidget(area)
        area.refresh()
        qtbot.waitUntil(lambda: not area.is_loading())
        assert area.title.text() == commission.short_name_ru
        assert set(_texts(area.agencies_table.model(), 0)) <= ru_names
    finally:
        i18n.install("en")
        QLocale.setDefault(locale)


def test_decisions_register_and_control_card_in_kazakh(
    qtbot: QtBot, demo_db: Database, kazakh: None
) -> None:
    secretary = _login(demo_db, "secretary")
    ru_names, kk_names = _agency_names(demo_db, secretary)
    area = DecisionsArea(AppContext(demo_db, secretary), clock=clock)
    qtbot.addWidget(area)
    area.resize(1200, 700)
    area.show()
    area.refresh()
    qtbot.waitUntil(lambda: area.model.rowCount() > 0)

    combo = {area.agency_combo.itemText(i) for i in range(1, area.agency_combo.count())}
    assert combo == kk_names
    leads = {t for t in _texts(area.model, 5) if t}
    assert leads and leads <= kk_names and not leads & ru_names

    row = next(r for r, t in enumerate(_texts(area.model, 5)) if t)
    area.table.activated.emit(area.model.index(row, 0))
    card = area.card
    assert card is not None and card.card is not None
    assert card.card.lead_agency in kk_names
    assert f": {card.card.lead_agency}" in card.header.text()
    assert all(name in kk_names for _id, name in card.card.co_executors)
    # The decision's own text in Kazakh too, as the register shows it.
    assert card.text.toPlainText() == _texts(area.model, 2)[row]
    card.reject()


def test_agencies_list_in_kazakh(qtbot: QtBot, demo_db: Database, kazakh: None) -> None:
    secretary = _login(demo_db, "secretary")
    known = agencies.list_agencies(demo_db, secretary)
    area = AgenciesArea(AppContext(demo_db, secretary))
    qtbot.addWidget(area)
    shown = set(_texts(area.model, 0))
    assert shown == {a.name_kk for a in known}
    assert not shown & {a.name_ru for a in known if a.name_ru != a.name_kk}


def test_composition_positions_in_kazakh(qtbot: QtBot, demo_db: Database, kazakh: None) -> None:
    admin = _login(demo_db, "admin")
    members = composition.list_members(demo_db, admin, on=date.today())
    tab = CompositionTab(AppContext(demo_db, admin))
    qtbot.addWidget(tab)
    tab.refresh()
    positions = _texts(tab.model, 2)
    assert sorted(positions) == sorted(m.position_kk or m.position_ru for m in members)
    assert any(m.position_kk and m.position_kk != m.position_ru for m in members)
    _ru, kk_names = _agency_names(demo_db, admin)
    agencies_shown = {t for t in _texts(tab.model, 3) if t}
    assert agencies_shown and agencies_shown <= kk_names


def test_districts_of_clients_and_cases_in_kazakh(
    qtbot: QtBot, demo_db: Database, kazakh: None
) -> None:
    officer = _login(demo_db, "officer")
    units = composition.list_admin_units(demo_db, officer)
    unit = next(u for u in units if u.id == officer.district_id)
    assert unit.name_kk != unit.name_ru
    ctx = AppContext(demo_db, officer)

    clients = ClientsArea(ctx, clock=clock)
    qtbot.addWidget(clients)
    clients.show()
    clients.refresh()
    qtbot.waitUntil(lambda: clients.model.rowCount() > 0)
    assert set(_texts(clients.model, 4)) == {unit.name_kk}

    cases = CasesArea(ctx, clock=clock)
    qtbot.addWidget(cases)
    cases.show()
    cases.refresh()
    qtbot.waitUntil(lambda: cases.model.rowCount() > 0)
    assert set(_texts(cases.model, 2)) == {unit.name_kk}

    card = clients.open_client(clients.model.id_at(0) or 0)
    assert card is not None
    assert card.district.currentText() == unit.name_kk
    card.reject()


def test_the_work_plan_names_the_agencies_in_kazakh(
    qtbot: QtBot, demo_db: Database, kazakh: None
) -> None:
    from commission.ui.meetings.workplan_tab import WorkPlanTab

    secretary = _login(demo_db, "secretary")
    known = {a.name_ru: a.name_kk for a in agencies.list_agencies(demo_db, secretary)}
    tab = WorkPlanTab(AppContext(demo_db, secretary), clock=clock)
    qtbot.addWidget(tab)
    tab.year.setValue(2026)
    tab.refresh()
    shown = set(_texts(tab.table.model, 2)) - {""}
    assert shown and shown <= set(known.values())
    assert not shown & (set(known) - set(known.values()))  # no Russian-only name left
