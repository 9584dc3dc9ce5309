"""The calendar area driven through its widgets: a secretary's month with its sittings and
deadlines, holidays marked, the week view, a day's item opening its record, the .ics export;
an officer's own measures; the Kazakh interface names months and days in Kazakh."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from commission.db import migrate
from commission.db.engine import Database
from commission.services import auth, calendar_events
from commission.services.context import Actor
from commission.services.demo import DEMO_PASSWORD, build_demo
from commission.ui.calendar.area import CalendarArea
from commission.ui.context import AppContext
from commission.ui.decisions.control_card import ControlCardDialog
from commission.ui.export_notice import notice_for

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

TODAY = date(2026, 5, 12)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("calendar") / "demo.sqlite3"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    build_demo(db, Actor.command_line(), seed=4, today=TODAY, clients=40)
    yield db
    db.dispose()


def _area(qtbot: QtBot, db: Database, login: str) -> CalendarArea:
    ctx = AppContext(db, auth.login(db, login, DEMO_PASSWORD), clock=lambda: TODAY)
    area = CalendarArea(ctx, clock=lambda: TODAY)
    qtbot.addWidget(area)
    area.resize(1280, 760)
    area.show()
    return area


def _cell(area: CalendarArea, day: date) -> tuple[int, int]:
    at = area.days().index(day)
    return at // 7, at % 7


def _busy_day(area: CalendarArea) -> date:
    """A day of the shown month with a sitting or a deadline."""
    assert area.period is not None
    for day in area.days():
        sittings, control, _measures = area.period.on(day)
        if sittings or control:
            return day
    raise AssertionError("the demo's month has nothing")


def test_a_secretary_s_month_and_a_day_s_items(qtbot: QtBot, demo_db: Database) -> None:
    area = _area(qtbot, demo_db, "secretary")
    assert area.title.text() == "Май 2026"  # the interface language is Russian by default
    assert area.grid.rowCount() in (5, 6)
    assert not area.show_measures.isVisible()  # a secretary has no measures of her own
    secretary = auth.login(demo_db, "secretary", DEMO_PASSWORD)
    days = area.days()
    expected = calendar_events.period(demo_db, secretary, days[0], days[-1], TODAY)
    assert area.period == expected
    # Today's cell is bold; a weekend cell is shaded as a day off.
    today_cell = area.grid.item(*_cell(area, TODAY))
    assert today_cell is not None and today_cell.font().bold()
    saturday = next(d for d in days if d.weekday() == 5)
    shaded = area.grid.item(*_cell(area, saturday))
    assert shaded is not None and shaded.background().color().name() == "#fdecea"

    # Back to the nearest month with a sitting: its cell names it.
    for _ in range(6):
        assert area.period is not None
        if area.period.sittings:
            break
        area.step(-1)
    assert area.period is not None and area.period.sittings
    sitting = area.period.sittings[0]
    row, column = _cell(area, sitting.day)
    cell = area.grid.item(row, column)
    assert cell is not None and f"Sitting No. {sitting.number}" in cell.text()
    area.grid.setCurrentCell(row, column)
    assert area.selected == sitting.day
    assert f"Sitting No. {sitting.number}" in area.day_list.item(0).text()
    with qtbot.waitSignal(area.sig_show_meeting) as opened:
        area.day_list.itemActivated.emit(area.day_list.item(0))
    assert opened.args == [sitting.meeting_id]


def test_a_deadline_opens_the_control_card_and_the_week_view(
    qtbot: QtBot, demo_db: Database
) -> None:
    area = _area(qtbot, demo_db, "secretary")
    for _ in range(12):  # the nearest month with a control deadline
        assert area.period is not None
        if area.period.control:
            break
        area.step(1)
    assert area.period is not None and area.period.control
    due = area.period.control[0]
    area.grid.setCurrentCell(*_cell(area, due.day))
    row = next(
        i
        for i in range(area.day_list.count())
        if f"Decision {due.number} of minutes No. {due.meeting_number}"
        in area.day_list.item(i).text()
    )
    card = area.open_item(row)
    assert isinstance(card, ControlCardDialog)
    card.close()
    # The week of that deadline: seven days from Monday, the deadline among them.
    qtbot.mouseClick(area.week_button, Qt.MouseButton.LeftButton)
    assert area.week_view and area.grid.rowCount() == 1
    assert len(area.days()) == 7 and area.days()[0].weekday() == 0 and due.day in area.days()
    area.show_control.setChecked(False)
    cell = area.grid.item(*_cell(area, due.day))
    assert cell is not None and "deadline" not in cell.text()


def test_an_officer_s_measures_and_the_export(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    area = _area(qtbot, demo_db, "officer")
    assert area.show_measures.isVisible()
    target = tmp_path / "calendar.ics"
    assert area.export_to(target)
    notice = notice_for(area)
    assert notice.path == target and "calendar.ics" in notice.label.text()
    events = list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    officer = auth.login(demo_db, "officer", DEMO_PASSWORD)
    expected = calendar_events.period(demo_db, officer, date(2026, 4, 11), date(2027, 5, 13), TODAY)
    assert len(events) == len(expected.sittings) + len(expected.control) + len(expected.measures)
    assert any("case No." not in str(e["SUMMARY"]) for e in events)


def test_the_calendar_in_kazakh(qtbot: QtBot, demo_db: Database, in_kazakh: None) -> None:
    area = _area(qtbot, demo_db, "secretary")
    assert area.title.text().startswith("Мамыр")  # May
    header = area.grid.horizontalHeaderItem(0)
    assert header is not None and header.text().lower().startswith("дс")  # дүйсенбі
    assert area.today_button.text().replace("&", "") == "Бүгін"
    sitting = None
    for _ in range(6):
        assert area.period is not None
        if area.period.sittings:
            sitting = area.period.sittings[0]
            break
        area.step(-1)
    assert sitting is not None
    cell = area.grid.item(*_cell(area, sitting.day))
    assert cell is not None and f"№ {sitting.number} отырыс" in cell.text()
