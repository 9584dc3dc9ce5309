"""Reminders on start and the execution discipline chart, on the demo data of 24.11.2026."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from commission import i18n
from commission import settings as local_settings
from commission.db import migrate
from commission.db.engine import Database
from commission.domain.control import ComputedState
from commission.services import auth, control_registers
from commission.services.context import Actor
from commission.services.demo import DEMO_PASSWORD, build_demo
from commission.ui import reminders
from commission.ui.context import AppContext
from commission.ui.dashboard.area import DashboardArea
from commission.ui.dashboard.discipline_chart import WHOLE_YEAR
from commission.ui.main_window import MainWindow
from commission.ui.reminders import OVERDUE_BACKGROUND, RemindersDialog, show_reminders

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(
        "This plugin does not support propagateSizeHints", "This plugin does not support raise"
    ),
]

TODAY = date(2026, 11, 24)
LOGINS = ("admin", "secretary", "officer", "chair", "member")


def clock() -> date:
    return TODAY


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    build_demo(db, Actor.command_line(), seed=1, today=TODAY, clients=20)
    yield db
    db.dispose()


@pytest.fixture(scope="module")
def actors(demo_db: Database) -> dict[str, Actor]:
    return {login: auth.login(demo_db, login, DEMO_PASSWORD) for login in LOGINS}


def _open_reminders() -> list[RemindersDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, RemindersDialog)]


def test_secretary_is_reminded_of_overdue_decisions(
    qtbot: QtBot, demo_db: Database, actors: dict[str, Actor]
) -> None:
    ctx = AppContext(demo_db, actors["secretary"])
    expected = control_registers.due_items(demo_db, ctx.actor, TODAY)
    window = MainWindow(ctx, local_settings.LocalSettings())
    qtbot.addWidget(window)
    dialog = show_reminders(ctx, window, clock=clock)
    assert dialog is not None
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.model.rowCount() == len(expected)
    overdue = dialog.overdue_rows()
    assert overdue, "the demo has overdue decisions"
    first = overdue[0]
    assert dialog.cell_text(first, 0) == dialog.items[first].number
    background = dialog.model.data(dialog.model.index(first, 0), Qt.ItemDataRole.BackgroundRole)
    assert isinstance(background, QBrush) and background.color() == OVERDUE_BACKGROUND
    assert dialog.cell_text(first, 4) == (
        f"overdue by {dialog.items[first].days_overdue} working day(s)"
    )
    due_soon = [i for i in dialog.items if i.state is ComputedState.DUE_SOON]
    for row, item in enumerate(dialog.items):
        if item.state is ComputedState.DUE_SOON and item.working_days > 0:
            assert dialog.cell_text(row, 4).startswith("due in ")
    assert len(overdue) + len(due_soon) == len(expected)
    overdue_n = len(overdue)
    assert dialog.summary.text() == (
        f"{len(expected)} reminder(s). Overdue: {overdue_n}. Due soon: {len(expected) - overdue_n}."
    )

    with qtbot.waitSignal(dialog.sig_open_register):
        dialog.open_register_button.click()
    assert window.areas[window.nav.currentRow()].key == "decisions"
    dialog.close()


def test_chair_is_reminded_and_others_are_not(
    qtbot: QtBot, demo_db: Database, actors: dict[str, Actor]
) -> None:
    chair = AppContext(demo_db, actors["chair"])
    window = MainWindow(chair, local_settings.LocalSettings())
    qtbot.addWidget(window)
    dialog = show_reminders(chair, window, clock=clock)
    assert dialog is not None and dialog.overdue_rows()
    dialog.close()

    # The probation officer is reminded of his measures instead: tests/ui/test_cases_ui.py.
    for login in ("member", "admin"):
        ctx = AppContext(demo_db, actors[login])
        assert not reminders.gets_reminders(ctx.actor)
        other = MainWindow(ctx, local_settings.LocalSettings())
        qtbot.addWidget(other)
        assert show_reminders(ctx, other, clock=clock) is None, login


def test_main_window_reminds_once_per_session(
    qtbot: QtBot,
    demo_db: Database,
    actors: dict[str, Actor],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[object] = []
    monkeypatch.setattr(reminders, "remind", lambda ctx, window, **_: calls.append(window))
    window = MainWindow(AppContext(demo_db, actors["secretary"]), local_settings.LocalSettings())
    qtbot.addWidget(window)
    window.show_reminders_once()
    window.show_reminders_once()
    assert calls == [window]


def test_reminders_wait_for_the_first_paint_and_come_from_a_worker(
    qtbot: QtBot, demo_db: Database, actors: dict[str, Actor]
) -> None:
    ctx = AppContext(demo_db, actors["secretary"], clock=clock)
    expected = control_registers.due_items(demo_db, ctx.actor, TODAY)
    window = MainWindow(ctx, local_settings.LocalSettings())
    qtbot.addWidget(window)
    window.show()
    window.show_reminders_once()
    assert window.reminder_read is None, "read only once the window has painted"
    qtbot.waitUntil(lambda: window.reminder_read is not None)
    read = window.reminder_read
    assert isinstance(read, reminders.ReminderRead)
    qtbot.waitUntil(lambda: read.dialog is not None)
    assert [i.decision_id for i in read.dialog.items] == [i.decision_id for i in expected]
    assert read.dialog.isVisible()
    read.dialog.close()


def test_thousands_of_reminders_open_a_page_at_a_time(
    qtbot: QtBot, demo_db: Database, actors: dict[str, Actor]
) -> None:
    ctx = AppContext(demo_db, actors["secretary"])
    [one] = control_registers.due_items(demo_db, ctx.actor, TODAY)[:1]
    many = [replace(one, decision_id=n, number=f"2026-{n}") for n in range(11_544)]
    i18n.install("ru")
    try:
        dialog = RemindersDialog(ctx, many)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.model.rowCount() == reminders.PAGE  # not 11 544 rows built at once
        assert dialog.summary.text().startswith("11\N{NO-BREAK SPACE}544 напоминания.")
        dialog.table.scrollToBottom()
        qtbot.waitUntil(lambda: dialog.model.rowCount() > reminders.PAGE)
        assert dialog.cell_text(reminders.PAGE, 0) == f"2026-{reminders.PAGE}"
        i18n.install("kk")
        kazakh = RemindersDialog(ctx, many)
        qtbot.addWidget(kazakh)
        assert kazakh.summary.text().startswith("11\N{NO-BREAK SPACE}544 еске салу.")
    finally:
        i18n.install("en")


def test_discipline_chart_shows_every_agency(
    qtbot: QtBot, demo_db: Database, actors: dict[str, Actor]
) -> None:
    ctx = AppContext(demo_db, actors["secretary"])
    rows = control_registers.discipline(demo_db, ctx.actor, TODAY.year, TODAY)
    assert rows
    area = DashboardArea(ctx, clock=clock)
    qtbot.addWidget(area)
    area.resize(1280, 760)
    area.show()
    area.refresh()
    qtbot.waitUntil(lambda: not area.is_loading())
    chart = area.discipline_chart
    assert chart.quarter() == WHOLE_YEAR
    series = chart.series()
    assert series is not None and series.count() == 3
    agencies = {r.agency for r in rows if r.on_time or r.late or r.overdue}
    assert set(chart.totals()) == agencies
    names = list(reversed(list(chart.totals())))
    on_time, late, overdue = series.barSets()
    for index, name in enumerate(names):
        own = [r for r in rows if r.agency == name]
        assert on_time.at(index) == sum(r.on_time for r in own)
        assert late.at(index) == sum(r.late for r in own)
        assert overdue.at(index) == sum(r.overdue for r in own)
    assert str(TODAY.year) in chart.chart.title()

    quarter = max(r.quarter for r in rows)
    chart.set_quarter(quarter)
    in_quarter = {
        r.agency for r in rows if r.quarter == quarter and (r.on_time or r.late or r.overdue)
    }
    assert set(chart.totals()) == in_quarter
    assert f"quarter {quarter}" in chart.chart.title()


def test_dashboard_builds_for_every_role(
    qtbot: QtBot, demo_db: Database, actors: dict[str, Actor]
) -> None:
    for login in LOGINS:
        area = DashboardArea(AppContext(demo_db, actors[login]), clock=clock)
        qtbot.addWidget(area)
        area.show()
        area.refresh()
        qtbot.waitUntil(lambda a=area: not a.is_loading())
        assert area.tabs.count() == 2, login
        assert area.discipline_chart.totals(), login


def test_a_dashboard_that_cannot_read_says_so(
    qtbot: QtBot, actors: dict[str, Actor], tmp_path: Path
) -> None:
    """A failed read leaves no card «loading» for ever and shows no zero: a dash, and why."""
    gone = tmp_path / "moved-away.sqlite3"
    db = Database(f"sqlite:///{gone}")  # created empty, then taken away (an unmounted share)
    db.dispose()
    gone.unlink()
    ctx = AppContext(db, actors["secretary"], clock=clock)
    area = DashboardArea(ctx, clock=clock)
    qtbot.addWidget(area)
    area.refresh()
    qtbot.waitUntil(lambda: not area.is_loading())
    assert area.data is None
    assert area.overdue_card.value_label.text() == "—"
    assert ctx.open_messages(), "the user is told why"
    for widget in QApplication.topLevelWidgets():
        if widget.isWindow() and widget is not area and widget.isVisible():
            widget.close()
