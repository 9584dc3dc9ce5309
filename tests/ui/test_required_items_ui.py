"""The required items clicked through: the administrator's table, «Rename…» in the commission's
settings, the work plan's «Include in the plan», and the main page's warning in Kazakh."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from commission.db.engine import Database
from commission.domain.enums import AgendaItemKind, RequiredPeriod
from commission.services import agenda, commission_names, required_items, workplan
from commission.services.agenda_views import AgendaItemData
from commission.ui.admin import AdministrationArea
from commission.ui.admin.name_history import RenameDialog
from commission.ui.admin.required_items_tab import RequiredItemDialog
from commission.ui.context import AppContext
from commission.ui.dashboard.area import DashboardArea
from commission.ui.meetings.workplan_tab import WorkPlanTab
from tests.conftest import make_admin
from tests.test_decisions import held
from tests.test_meetings import World, build_world, new_meeting

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


@pytest.fixture
def world(sqlite_db: Database) -> World:
    return build_world(sqlite_db, make_admin(sqlite_db))


def _save(qtbot: QtBot, buttons: QDialogButtonBox) -> None:
    button = buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _area(qtbot: QtBot, world: World) -> AdministrationArea:
    area = AdministrationArea(AppContext(world.db, world.admin))
    qtbot.addWidget(area)
    area.resize(1280, 800)
    area.show()
    return area


def test_the_administrator_adds_and_removes_a_required_item(
    qtbot: QtBot, world: World, in_russian: None
) -> None:
    area = _area(qtbot, world)
    tab = area.required_items_tab
    assert tab is not None
    area.tabs.setCurrentWidget(tab)
    assert area.tabs.tabText(area.tabs.currentIndex()) == "&Обязательные вопросы"
    shown = [tab.model.data(tab.model.index(r, 1)) for r in range(tab.model.rowCount())]
    assert shown == ["Ежеквартально", "Раз в полугодие"]
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    [dialog] = tab.findChildren(RequiredItemDialog)
    _save(qtbot, dialog.buttons)
    assert dialog.isVisible() and dialog.error_label.text()  # no title: refused inline
    dialog.title.set_value("Об итогах работы за год", "Жылдың жұмыс қорытындылары туралы")
    dialog.period.setCurrentIndex(dialog.period.findData(RequiredPeriod.YEARLY.value))
    dialog.legal_basis.set_value("Положение о комиссии, п. 12", None)
    _save(qtbot, dialog.buttons)
    assert not dialog.isVisible()
    items = required_items.list_required_items(world.db, world.admin)
    assert [(i.title_ru, i.period) for i in items][-1] == (
        "Об итогах работы за год",
        RequiredPeriod.YEARLY,
    )
    assert tab.model.rowCount() == 3
    current = tab.table.current()
    assert current is not None and current.id == items[-1].id
    box = tab.remove(current)
    assert isinstance(box, QMessageBox)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 2


def test_rename_from_the_commission_settings(qtbot: QtBot, world: World, in_russian: None) -> None:
    area = _area(qtbot, world)
    tab = area.commission_tab
    assert tab is not None
    area.tabs.setCurrentWidget(tab)
    box = tab.name_history
    assert box.model.rowCount() == 1
    assert box.model.data(box.model.index(0, 0)) == "с начала"
    dialog = box.open_rename()
    assert isinstance(dialog, RenameDialog)
    dialog.valid_from.setDate(date(2026, 7, 1))
    dialog.name.set_value(
        "Межведомственная комиссия по реализации конституционного принципа «Закон и Порядок»",
        "«Заң және Тәртіп» конституциялық қағидатын іске асыру жөніндегі ведомствоаралық комиссия",
    )
    dialog.act_number.setText("245")
    _save(qtbot, dialog.buttons)
    assert not dialog.isVisible(), dialog.error_label.text()
    qtbot.waitUntil(lambda: box.model.rowCount() == 2)
    assert box.model.data(box.model.index(0, 0)) == "01.07.2026"
    assert "«Закон и Порядок»" in tab.name_ru.toPlainText()
    assert len(commission_names.name_history(world.db, world.admin)) == 2


def test_the_plan_includes_the_required_items(qtbot: QtBot, world: World, in_russian: None) -> None:
    tab = WorkPlanTab(AppContext(world.db, world.secretary), clock=lambda: date(2026, 3, 2))
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    with qtbot.waitExposed(tab):
        tab.show()
    tab.refresh()
    proposals = tab.required
    assert proposals.isVisible()
    assert proposals.title() == "Обязательные вопросы, не включённые в план"
    assert proposals.model.rowCount() == 2
    assert proposals.model.data(proposals.model.index(0, 2)) == "I, II, III, IV"
    assert proposals.include_button.text() == "&Включить в план"
    qtbot.mouseClick(proposals.include_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 4)
    assert proposals.model.rowCount() == 1
    assert proposals.model.data(proposals.model.index(0, 2)) == "II, IV"
    qtbot.mouseClick(proposals.include_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 6)
    assert not proposals.isVisible()
    plan = workplan.list_plan(world.db, world.secretary, 2026)
    assert sorted(v.quarter for v in plan) == [1, 2, 2, 3, 4, 4]


def test_the_dashboard_warns_in_kazakh(qtbot: QtBot, world: World, in_kazakh: None) -> None:
    # Q3 2026 had the ТЖС assessment heard but no police report.
    meeting = new_meeting(world, date(2026, 8, 13))
    agenda.add_item(
        world.db,
        world.secretary,
        meeting.id,
        AgendaItemData(kind=AgendaItemKind.DIFFICULT_SITUATION, title="Оценка"),
    )
    held(world.db, meeting.id)
    area = DashboardArea(AppContext(world.db, world.secretary), clock=lambda: date(2026, 10, 5))
    qtbot.addWidget(area)
    area.resize(1280, 800)
    area.show()
    area.refresh()
    qtbot.waitUntil(lambda: not area.is_loading())
    warning = area.required_warning
    assert warning.isVisible()
    assert warning.text() == "2026 жылғы III тоқсанда қаралмаған мәселе: полиция бастығының есебі"
