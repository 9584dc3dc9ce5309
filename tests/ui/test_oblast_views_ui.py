"""The oblast's consolidated views on the oblast demo: its secretary chooses «all districts» in
the decisions register and on the dashboard and sees the districts' decisions and figures,
each row saying whose; a district's decision opens read-only; a district's secretary has no
such choice; the choice speaks Kazakh in the Kazakh interface."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from commission import i18n
from commission.db import migrate
from commission.db.engine import Database
from commission.services import auth, commission_choice, control_registers, overview
from commission.services.context import Actor
from commission.services.demo import DEMO_PASSWORD, build_demo
from commission.services.overview import DecisionFilter, DecisionSort
from commission.settings import LocalSettings
from commission.ui.commission_scope import ALL
from commission.ui.context import AppContext
from commission.ui.dashboard.area import DashboardArea
from commission.ui.decisions.area import DISTRICT_COLUMN, DecisionsArea
from commission.ui.main_window import MainWindow

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(
        "This plugin does not support propagateSizeHints", "This plugin does not support raise"
    ),
]

TODAY = date(2026, 5, 12)
DISTRICTS = {"Целиноградский район", "Аршалынский район", "Шортандинский район"}


def clock() -> date:
    return TODAY


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("oblast-views") / "demo.sqlite3"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    build_demo(db, Actor.command_line(), seed=3, today=TODAY, clients=10, oblast=True)
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
    return auth.login(db, login, DEMO_PASSWORD)


def _decisions(qtbot: QtBot, db: Database, actor: Actor) -> DecisionsArea:
    area = DecisionsArea(AppContext(db, actor), clock=clock)
    qtbot.addWidget(area)
    area.resize(1280, 700)
    area.show()
    area.refresh()
    return area


def _items(area: DecisionsArea) -> list[str]:
    combo = area.scope_combo
    return [combo.itemText(i) for i in range(combo.count())]


def _column(area: DecisionsArea, column: int) -> list[str]:
    QApplication.processEvents()
    model = area.model
    return [
        str(model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole) or "")
        for row in range(model.rowCount())
    ]


def _ids_of(db: Database, actor: Actor, commission_id: int) -> set[int]:
    scope = DecisionFilter(commission_ids=(commission_id,))
    return set(overview.decision_ids(db, actor, scope, TODAY, DecisionSort.DUE, False))


def test_the_oblast_chooses_all_districts_and_sees_their_decisions(
    qtbot: QtBot, demo_db: Database
) -> None:
    oblast = _login(demo_db, "oblast")
    area = _decisions(qtbot, demo_db, oblast)
    assert area.scope_combo.isVisible() and area.scope_caption.isVisible()
    assert _items(area)[:2] == ["Own", "All districts of the oblast"]
    assert set(_items(area)[2:]) == DISTRICTS
    own = set(area.model.ids())
    assert own and area.table.isColumnHidden(DISTRICT_COLUMN)

    choices = commission_choice.readable_commissions(demo_db, oblast)
    assert choices[0].id == oblast.commission_id
    district = next(c for c in choices if c.unit_ru == "Аршалынский район")
    theirs = _ids_of(demo_db, oblast, district.id)
    assert theirs and not theirs & own

    area.scope_combo.setCurrentIndex(area.scope_combo.findData(ALL))
    listed = set(area.model.ids())
    assert own | theirs <= listed
    assert not area.table.isColumnHidden(DISTRICT_COLUMN)
    whose = dict(zip(area.model.ids(), _column(area, DISTRICT_COLUMN), strict=True))
    assert {whose[i] for i in theirs} == {"Аршалынский район"}
    assert {whose[i] for i in own} == {"Акмолинская область"}
    assert set(whose.values()) == DISTRICTS | {"Акмолинская область"}

    # One district only.
    area.scope_combo.setCurrentIndex(area.scope_combo.findData(district.id))
    assert set(area.model.ids()) == theirs

    # Back to her own: the register is hers again.
    area.scope_combo.setCurrentIndex(0)
    assert set(area.model.ids()) == own and area.table.isColumnHidden(DISTRICT_COLUMN)


def test_the_control_register_exports_the_districts_chosen(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    oblast = _login(demo_db, "oblast")
    area = _decisions(qtbot, demo_db, oblast)
    own_rows = len(control_registers.register_rows(demo_db, oblast, clock()))

    area.scope_combo.setCurrentIndex(area.scope_combo.findData(ALL))
    target = tmp_path / "Реестр области.xlsx"
    worker = area.export_register(target)
    assert worker is not None
    qtbot.waitUntil(worker.is_finished, timeout=30000)
    assert worker.written
    sheet = openpyxl.load_workbook(target).worksheets[0]
    written = [r for r in sheet.iter_rows(min_row=2, values_only=True) if any(r)]
    everyone = control_registers.register_rows(
        demo_db, oblast, clock(), commission_ids=area.scope_combo.commission_ids()
    )
    assert len(written) == len(everyone) > own_rows  # the districts' decisions are in it


def test_a_dashboard_figure_leads_to_the_decisions_of_the_scope_shown(
    qtbot: QtBot, demo_db: Database
) -> None:
    oblast = _login(demo_db, "oblast")
    window = MainWindow(AppContext(demo_db, oblast, clock=clock), LocalSettings())
    qtbot.addWidget(window)
    dashboard = window.show_area("dashboard")
    assert isinstance(dashboard, DashboardArea)
    dashboard.refresh()  # as on being shown
    dashboard.scope_combo.setCurrentIndex(dashboard.scope_combo.findData(ALL))
    assert dashboard.scope_combo.currentData() == ALL
    qtbot.waitUntil(lambda: not dashboard.is_loading())

    dashboard.sig_show_decisions.emit("overdue")

    area = window.show_area("decisions")
    assert isinstance(area, DecisionsArea)
    assert area.scope_combo.currentData() == ALL
    assert not area.table.isColumnHidden(DISTRICT_COLUMN)


def test_a_district_decision_opens_read_only(qtbot: QtBot, demo_db: Database) -> None:
    oblast = _login(demo_db, "oblast")
    area = _decisions(qtbot, demo_db, oblast)
    area.scope_combo.setCurrentIndex(area.scope_combo.findData(ALL))
    own = oblast.commission_id
    assert own is not None
    mine = _ids_of(demo_db, oblast, own)
    theirs = next(i for i in area.model.ids() if i not in mine)
    mine_one = next(i for i in area.model.ids() if i in mine)

    area.table.setCurrentIndex(area.model.index(area.model.row_of_id(theirs) or 0, 2))
    area._activated(area.table.currentIndex())
    card = area.card
    assert card is not None and card.card is not None and card.read_only
    for button in (card.register_button, card.accept_button, card.extension_button,
                   card.grant_button, card.remove_button):  # fmt: skip
        assert button.isHidden()
    assert not card.meeting_button.isHidden()  # reading stays open
    card.reject()

    area._activated(area.model.index(area.model.row_of_id(mine_one) or 0, 2))
    card = area.card
    assert card is not None and not card.read_only and not card.register_button.isHidden()
    card.reject()


def test_a_district_secretary_has_no_such_choice(qtbot: QtBot, demo_db: Database) -> None:
    secretary2 = _login(demo_db, "secretary2")
    area = _decisions(qtbot, demo_db, secretary2)
    assert not area.scope_combo.offered
    assert area.scope_combo.isHidden() and area.scope_caption.isHidden()
    assert area.table.isColumnHidden(DISTRICT_COLUMN)
    assert area.current_filter().commission_ids is None
    dashboard = DashboardArea(AppContext(demo_db, secretary2), clock=clock)
    qtbot.addWidget(dashboard)
    dashboard.refresh()
    assert dashboard.scope_combo.isHidden()
    qtbot.waitUntil(lambda: not dashboard.is_loading())


def test_the_dashboard_sums_the_districts(qtbot: QtBot, demo_db: Database) -> None:
    oblast = _login(demo_db, "oblast")
    dashboard = DashboardArea(AppContext(demo_db, oblast), clock=clock)
    qtbot.addWidget(dashboard)
    dashboard.show()
    dashboard.refresh()
    assert dashboard.scope_combo.isVisible()
    qtbot.waitUntil(lambda: not dashboard.is_loading())
    own = dashboard.data
    assert own is not None
    ids = [c.id for c in commission_choice.readable_commissions(demo_db, oblast)]
    each = [overview.dashboard(demo_db, oblast, TODAY, commission_ids=(i,)) for i in ids]

    dashboard.scope_combo.setCurrentIndex(dashboard.scope_combo.findData(ALL))
    # Another scope's figures are read: the own ones do not stay on the cards meanwhile.
    assert dashboard.data is None and dashboard.overdue_card.value_label.text() == "…"
    qtbot.waitUntil(lambda: not dashboard.is_loading())
    total = dashboard.data
    assert total is not None and total is not own
    assert total.overdue == sum(d.overdue for d in each) > own.overdue
    assert total.executed == sum(d.executed for d in each)
    assert dashboard.overdue_card.value_label.text() == str(total.overdue)
    assert dashboard.title.text().endswith(": All districts of the oblast")

    district = dashboard.scope_combo.findData(ids[1])
    dashboard.scope_combo.setCurrentIndex(district)
    qtbot.waitUntil(lambda: not dashboard.is_loading())
    assert dashboard.data is not None and dashboard.data.overdue == each[1].overdue


def test_the_choice_in_kazakh(qtbot: QtBot, demo_db: Database, kazakh: None) -> None:
    oblast = _login(demo_db, "oblast")
    area = _decisions(qtbot, demo_db, oblast)
    kk = {c.unit_kk for c in commission_choice.readable_commissions(demo_db, oblast)[1:]}
    assert _items(area)[:2] == ["Өз комиссиясы", "Облыстың барлық аудандары"]
    assert set(_items(area)[2:]) == kk and not kk & DISTRICTS
    assert area.scope_caption.text() == "&Комиссия/аудан:"
    header = area.model.headerData(DISTRICT_COLUMN, Qt.Orientation.Horizontal)
    assert header == "Аудан"
