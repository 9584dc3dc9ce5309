"""The read-only areas of the main window on real data: filters, lazy lists, search as typed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from commission.db.engine import Database
from commission.db.models import (
    AdminUnit,
    Agency,
    AgendaItem,
    Case,
    Client,
    Commission,
    ControlPoint,
    Decision,
    DecisionAssignee,
    Meeting,
)
from commission.domain.control import ComputedState
from commission.domain.enums import (
    AdminLevel,
    AgencyKind,
    AgendaItemKind,
    AssigneeRole,
    ClientCategory,
    CommissionKind,
    ControlPointState,
    ControlState,
    DecisionKind,
    MeetingStatus,
    ProgrammeState,
    Role,
)
from commission.domain.iin import Sex, make_iin
from commission.services import auth, overview, registers
from commission.services.context import Actor
from commission.services.overview import DecisionSort
from commission.ui.admin.forms import select_data
from commission.ui.cases.area import CasesArea
from commission.ui.clients.area import ClientsArea
from commission.ui.context import AppContext
from commission.ui.dashboard.area import DashboardArea
from commission.ui.decisions.area import OVERDUE_BACKGROUND, DecisionsArea, DuePeriod
from commission.ui.lazy_model import PLACEHOLDER, LazyTableModel
from commission.ui.meetings.area import MeetingsArea
from tests.conftest import make_admin, make_user

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

TODAY = date(2026, 3, 20)


def clock() -> date:
    return TODAY


@dataclass
class Data:
    secretary: Actor
    officer: Actor  # district A
    chair: Actor
    held: int
    item: int
    police: int


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))


def _client(s: Session, surname: str, given: str, district: AdminUnit, serial: int) -> Client:
    born = date(1985, 3, 1) + timedelta(days=serial)
    client = Client(
        iin=make_iin(born, Sex.MALE, serial),
        surname=surname,
        given_name=given,
        search_name=registers.search_key(surname, given),
        birth_date=born,
        sex=Sex.MALE,
        district=district,
        category=ClientCategory.PAROLE,
    )
    s.add(client)
    return client


def _decision(
    s: Session, item_id: int, position: int, due: date | None, lead: int, text: str = "Поручение"
) -> Decision:
    decision = Decision(
        agenda_item_id=item_id,
        position=position,
        kind=DecisionKind.INSTRUCTION,
        text=text,
        is_binding=True,
        control_state=ControlState.ON_CONTROL,
        due_date=due,
    )
    if due is not None:
        decision.control_points.append(
            ControlPoint(original_due_date=due, due_date=due, state=ControlPointState.OPEN)
        )
    decision.assignees.append(DecisionAssignee(agency_id=lead, role=AssigneeRole.LEAD))
    s.add(decision)
    return decision


@pytest.fixture
def data(sqlite_db: Database) -> Data:
    db = sqlite_db
    admin = make_admin(db)
    with db.transaction() as s:
        a = AdminUnit(level=AdminLevel.DISTRICT, name_ru="Косшы", name_kk="Қосшы")
        b = AdminUnit(level=AdminLevel.DISTRICT, name_ru="Аккол", name_kk="Ақкөл")
        s.add_all([a, b])
        s.flush()
        district_a, district_b = a.id, b.id
    secretary = make_user(db, admin, "secretary", Role.SECRETARY)
    officer = make_user(db, admin, "officer", Role.PROBATION_OFFICER, district_id=district_a)
    chair = make_user(db, admin, "chair", Role.CHAIR)
    with db.transaction() as s:
        a = s.get_one(AdminUnit, district_a)
        commission = Commission(
            kind=CommissionKind.MERGED,
            name_ru="Комиссия",
            name_kk="Комиссия",
            short_name_ru="МВК Косшы",
            akimat_ru="Акимат",
            akimat_kk="Әкімдік",
            admin_unit=a,
            due_soon_working_days=3,
        )
        police = Agency(kind=AgencyKind.POLICE, name_ru="Отдел полиции", name_kk="Полиция")
        s.add_all([commission, police])
        s.flush()
        held = Meeting(
            commission_id=commission.id,
            year=2026,
            number=1,
            meeting_date=date(2026, 2, 12),
            status=MeetingStatus.HELD,
        )
        s.add(held)
        s.flush()
        item = AgendaItem(
            meeting_id=held.id, position=1, kind=AgendaItemKind.CRIME_PREVENTION, title="Вопрос"
        )
        s.add(item)
        s.flush()
        _decision(s, item.id, 1, date(2026, 3, 2), police.id, "Просроченное поручение")
        _decision(s, item.id, 2, date(2026, 3, 24), police.id, "Скорое поручение")
        _decision(s, item.id, 3, date(2026, 9, 1), police.id, "Дальнее поручение")
        b = s.get_one(AdminUnit, district_b)
        ivanov = _client(s, "Иванов", "Иван", a, 1)
        _client(s, "Иваницкий", "Пётр", b, 2)
        _client(s, "Сергеев", "Сергей", a, 3)
        s.flush()
        s.add(
            Case(
                client_id=ivanov.id,
                year=2026,
                seq=1,
                number="2026-001",
                opened_on=date(2026, 1, 10),
                state=ProgrammeState.IN_PROGRESS,
            )
        )
        return Data(secretary, officer, chair, held.id, item.id, police.id)


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` key by key. QTest's keyClicks knows only ASCII (it aborts on «и»), so
    other letters go as key events carrying their text, as a keyboard layout sends them."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def _ctx(db: Database, actor: Actor) -> AppContext:
    return AppContext(db, actor)


def _texts(model: QAbstractItemModel, column: int) -> list[str]:
    return [str(model.data(model.index(r, column))) for r in range(model.rowCount())]


@pytest.fixture
def count_calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[object, str], list[int]]]:
    """Wrap a service function so that a test can see how many ids each call asked for."""

    def wrap(module: object, name: str) -> list[int]:
        asked: list[int] = []
        original = getattr(module, name)

        def counting(*args: object, **kwargs: object) -> object:
            asked.append(len(args[2]))  # type: ignore[arg-type]
            return original(*args, **kwargs)

        monkeypatch.setattr(module, name, counting)
        return asked

    yield wrap


# --- decisions ----------------------------------------------------------------------------


def test_decisions_area_filters_to_overdue(qtbot: QtBot, sqlite_db: Database, data: Data) -> None:
    area = DecisionsArea(_ctx(sqlite_db, data.secretary), clock=clock)
    qtbot.addWidget(area)
    area.show()
    assert area.model.rowCount() == 3
    # The counts per state come once the list is shown.
    qtbot.waitUntil(lambda: area.state_combo.itemText(0).endswith("(3)"))
    area.show_state(ComputedState.OVERDUE)
    assert area.state_combo.currentText().endswith("(1)")
    assert area.model.rowCount() == 1
    assert _texts(area.model, 2) == ["Просроченное поручение"]
    assert _texts(area.model, 0) == ["1.1"]
    assert area.model.data(area.model.index(0, 3), Qt.ItemDataRole.BackgroundRole) == (
        OVERDUE_BACKGROUND
    )
    assert area.model.data(area.model.index(0, 9)) == "14"  # working days since 2 March
    area.show_state(ComputedState.DUE_SOON)
    assert _texts(area.model, 2) == ["Скорое поручение"]
    area.show_state(None)
    assert area.model.rowCount() == 3


def test_decisions_area_term_meeting_force_and_header_sorting(
    qtbot: QtBot, sqlite_db: Database, data: Data
) -> None:
    area = DecisionsArea(_ctx(sqlite_db, data.secretary), clock=clock)
    qtbot.addWidget(area)
    area.show()
    # Friday 20 March: «this month» holds the points of 2 and 24 March, not September's.
    select_data(area.due_combo, DuePeriod.THIS_MONTH.value)
    assert _texts(area.model, 2) == ["Просроченное поручение", "Скорое поручение"]
    select_data(area.due_combo, DuePeriod.NEXT_WEEK.value)  # 23-29 March
    assert _texts(area.model, 2) == ["Скорое поручение"]
    select_data(area.due_combo, None)
    assert area.meeting_combo.itemText(1) == "No. 1 of 12.02.2026"
    select_data(area.meeting_combo, data.held)
    assert area.model.rowCount() == 3
    select_data(area.binding_combo, False)
    assert area.model.rowCount() == 0
    select_data(area.binding_combo, None)

    header = area.table.horizontalHeader()
    header.setSortIndicator(7, Qt.SortOrder.DescendingOrder)  # a click on «Due date»
    assert _texts(area.model, 2)[0] == "Дальнее поручение"
    assert area.sorting.sort is DecisionSort.DUE and area.sorting.descending
    header.setSortIndicator(2, Qt.SortOrder.AscendingOrder)  # the text: not sortable
    assert header.sortIndicatorSection() == 7
    assert _texts(area.model, 2)[0] == "Дальнее поручение"
    header.setSortIndicator(8, Qt.SortOrder.AscendingOrder)  # state: overdue first
    assert _texts(area.model, 2)[0] == "Просроченное поручение"


def test_decisions_search_is_debounced(qtbot: QtBot, sqlite_db: Database, data: Data) -> None:
    area = DecisionsArea(_ctx(sqlite_db, data.chair), clock=clock)
    qtbot.addWidget(area)
    area.show()
    type_text(qtbot, area.search_edit, "ДАЛЬНЕЕ")
    assert area.model.rowCount() == 3  # not yet: the timer waits for the typing to stop
    qtbot.waitUntil(lambda: area.model.rowCount() == 1)
    assert _texts(area.model, 2) == ["Дальнее поручение"]


def test_a_hidden_area_reloads_when_shown_a_visible_one_at_once(
    qtbot: QtBot, sqlite_db: Database, data: Data
) -> None:
    ctx = _ctx(sqlite_db, data.secretary)
    area = DecisionsArea(ctx, clock=clock)
    qtbot.addWidget(area)
    area.show()
    with sqlite_db.transaction() as s:
        _decision(s, data.item, 4, None, data.police, "Новое")
    area.table.selectRow(2)
    chosen = area.selected_ids()
    ctx.changes.sig_changed.emit("users")  # not shown here: no reload
    qtbot.wait(20)
    assert area.model.rowCount() == 3
    ctx.changes.sig_changed.emit("decisions")  # a save announces several tables: one reload
    ctx.changes.sig_changed.emit("control_points")
    qtbot.waitUntil(lambda: area.model.rowCount() == 4)
    assert area.selected_ids() == chosen  # the user's place is kept
    area.hide()
    with sqlite_db.transaction() as s:
        _decision(s, data.item, 5, None, data.police, "Ещё одно")
    ctx.changes.sig_changed.emit("control_points")
    qtbot.wait(20)
    assert area.model.rowCount() == 4
    area.show()
    assert area.model.rowCount() == 5


@pytest.mark.slow
def test_lazy_model_fetches_only_what_is_shown(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    sqlite_db: Database,
    data: Data,
    count_calls: Callable[[object, str], list[int]],
) -> None:
    with sqlite_db.transaction() as s:
        for n in range(1000):
            _decision(
                s,
                data.item,
                10 + n,
                date(2026, 4, 1) + timedelta(days=n % 200),
                data.police,
                f"Поручение № {n}",
            )
    asked = count_calls(overview, "decision_rows")
    listed: list[int] = []
    every_id = overview.decision_ids

    def listing(*args: Any, **kwargs: Any) -> list[int]:
        ids = every_id(*args, **kwargs)
        listed.append(len(ids))
        return ids

    monkeypatch.setattr(overview, "decision_ids", listing)
    area = DecisionsArea(_ctx(sqlite_db, data.secretary), clock=clock)
    qtbot.addWidget(area)
    area.resize(1000, 500)
    area.show()
    qtbot.waitExposed(area)
    area.grab()  # paint the first screen
    assert listed == [200]  # the first screen read a page of ids, not the whole sorted list
    qtbot.waitUntil(lambda: area.model.rowCount() == 1003)  # the count, once painted
    assert area.status.text() == "1003 decision(s)"
    assert 1 <= len(asked) <= 2
    assert sum(asked) <= 200
    assert area.model.cached_count() == sum(asked)
    assert listed == [200]
    area.table.scrollToBottom()
    area.grab()
    last = area.model.index(area.model.rowCount() - 1, 2)
    qtbot.waitUntil(lambda: area.model.data(last) != PLACEHOLDER)  # the rest, once scrolled to
    assert listed == [200, 1003]
    assert sum(asked) <= 400 < 1003
    assert area.model.row_at(last) is not None


# --- lazy model on its own ----------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    when: date | None


def test_lazy_model_pages_caches_and_leaves_out_missing_rows(qtbot: QtBot) -> None:
    calls: list[list[int]] = []

    def fetch(ids: list[int]) -> list[Row]:
        calls.append(ids)
        return [Row(i, f"r{i}", date(2026, 1, 1)) for i in ids if i != 7]

    model: LazyTableModel[Row] = LazyTableModel(
        ["Name", "Date"], fetch, lambda r: [r.name, r.when], page_size=10
    )
    model.set_ids(range(1, 26))
    assert calls == []
    assert model.data(model.index(12, 0)) == "r13"
    assert calls == [list(range(11, 21))]
    assert model.data(model.index(13, 1)) == "01.01.2026"
    assert len(calls) == 1
    assert model.data(model.index(6, 0)) is None  # id 7 is gone: an empty row, not "…"
    assert model.row_at(6) is None
    assert len(calls) == 2
    model.data(model.index(6, 0))
    assert len(calls) == 2  # the missing id is not asked for again
    model.forget([13])
    assert model.data(model.index(12, 0)) == "r13"
    assert calls[-1] == [13]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Date"
    assert model.data(QModelIndex()) is None


def test_lazy_model_shows_placeholders_when_fetching_fails(qtbot: QtBot) -> None:
    from commission.db.engine import DatabaseUnavailable

    def fetch(ids: list[int]) -> list[Row]:
        raise DatabaseUnavailable("The database server {url} is not reachable.", url="db")

    model: LazyTableModel[Row] = LazyTableModel(["Name"], fetch, lambda r: [r.name])
    model.set_ids([1, 2])
    with qtbot.waitSignal(model.sig_fetch_failed) as blocker:
        assert model.data(model.index(0, 0)) == PLACEHOLDER
    assert "db" in str(blocker.args[0])
    assert model.data(model.index(1, 0)) == PLACEHOLDER
    assert model.fetch_calls == 1  # the failed page is not retried on every paint


# --- clients and cases --------------------------------------------------------------------


def test_clients_search_as_typed_within_the_district(
    qtbot: QtBot, sqlite_db: Database, data: Data
) -> None:
    area = ClientsArea(_ctx(sqlite_db, data.officer))
    qtbot.addWidget(area)
    area.show()
    assert area.model.rowCount() == 2  # Иванов and Сергеев; Иваницкий is in another district
    type_text(qtbot, area.search_edit, "ива")
    qtbot.waitUntil(lambda: area.model.rowCount() == 1)
    assert _texts(area.model, 1) == ["Иванов Иван"]
    iin = _texts(area.model, 0)[0]
    assert iin.isdigit() and len(iin) == 12  # the officer sees the whole IIN
    area.search_edit.clear()
    qtbot.waitUntil(lambda: area.model.rowCount() == 2)
    qtbot.keyClicks(area.search_edit, iin[:8])
    assert area.search_timer.isActive()
    qtbot.waitUntil(lambda: not area.search_timer.isActive())
    assert area.model.rowCount() == 1
    assert _texts(area.model, 1) == ["Иванов Иван"]

    secretary = ClientsArea(_ctx(sqlite_db, data.secretary))
    qtbot.addWidget(secretary)
    secretary.show()
    type_text(qtbot, secretary.search_edit, "ИВА")
    qtbot.waitUntil(lambda: secretary.model.rowCount() == 2)
    assert {t.split()[0] for t in _texts(secretary.model, 1)} == {"Иванов", "Иваницкий"}
    assert all(t.endswith("******") for t in _texts(secretary.model, 0))


def test_clients_area_reads_nothing_for_a_role_without_access(
    qtbot: QtBot,
    sqlite_db: Database,
    data: Data,
    count_calls: Callable[[object, str], list[int]],
) -> None:
    ids = count_calls(registers, "client_ids")
    rows = count_calls(registers, "client_rows")
    for area in (ClientsArea(_ctx(sqlite_db, data.chair)), CasesArea(_ctx(sqlite_db, data.chair))):
        qtbot.addWidget(area)
        area.show()
        area.refresh()
    assert ids == [] and rows == []


def test_cases_area(qtbot: QtBot, sqlite_db: Database, data: Data) -> None:
    area = CasesArea(_ctx(sqlite_db, data.officer), clock=clock)
    qtbot.addWidget(area)
    area.show()
    assert _texts(area.model, 0) == ["2026-001"]
    assert _texts(area.model, 1) == ["Иванов И."]
    type_text(qtbot, area.search_edit, "сергеев")
    qtbot.waitUntil(lambda: area.model.rowCount() == 0)


# --- dashboard and meetings ---------------------------------------------------------------


def test_dashboard_numbers_and_the_way_to_the_decisions(
    qtbot: QtBot, sqlite_db: Database, data: Data
) -> None:
    area = DashboardArea(_ctx(sqlite_db, data.secretary), clock=clock)
    qtbot.addWidget(area)
    area.show()
    # Read off the GUI thread: until the figures come, the cards say so rather than show 0.
    assert area.overdue_card.value_label.text() != "0"
    qtbot.waitUntil(lambda: not area.is_loading())
    assert area.title.text() == "МВК Косшы"
    assert area.overdue_card.value_label.text() == "1"
    assert area.due_soon_card.value_label.text() == "1"  # 24 March: 2 working days ahead
    assert area.on_control_card.value_label.text() == "1"
    top = area.agencies_table.item(0, 0)
    assert top is not None and top.text() == "Отдел полиции"
    assert area.clients_box.isVisibleTo(area)
    assert area.clients_label.text() == "On the register: 3"  # all districts
    with qtbot.waitSignal(area.sig_show_decisions) as blocker:
        qtbot.mouseClick(area.overdue_card, Qt.MouseButton.LeftButton)
    assert blocker.args == [ComputedState.OVERDUE.value]

    chair = DashboardArea(_ctx(sqlite_db, data.chair), clock=clock)
    qtbot.addWidget(chair)
    chair.show()
    assert not chair.clients_box.isVisibleTo(chair)
    qtbot.waitUntil(lambda: not chair.is_loading())  # no read left running into the next test


def test_meetings_area_starts_at_this_year(qtbot: QtBot, sqlite_db: Database, data: Data) -> None:
    area = MeetingsArea(_ctx(sqlite_db, data.chair), clock=clock)
    qtbot.addWidget(area)
    area.show()
    assert area.year_combo.currentData() == 2026
    assert area.model.rowCount() == 1
    assert _texts(area.model, 1) == ["12.02.2026"]
    assert area.model.data(area.model.index(0, 7)) == "3"  # decisions
    area.year_combo.setCurrentIndex(0)  # all years
    assert area.model.rowCount() == 1
    area.refresh()
    assert area.year_combo.currentIndex() == 0


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_meeting_filter_lists_the_latest_and_finds_the_others_by_typing(
    qtbot: QtBot, sqlite_db: Database, data: Data
) -> None:
    with sqlite_db.transaction() as s:
        commission_id = s.get_one(Meeting, data.held).commission_id
        for n in range(60):  # a meeting a month over five years before the demo's
            old = Meeting(
                commission_id=commission_id,
                year=2020 + n // 12,
                number=n % 12 + 1,
                meeting_date=date(2020 + n // 12, n % 12 + 1, 10),
                status=MeetingStatus.HELD,
            )
            s.add(old)
            s.flush()
            if n == 0:
                item = AgendaItem(
                    meeting_id=old.id,
                    position=1,
                    kind=AgendaItemKind.CRIME_PREVENTION,
                    title="Старый вопрос",
                )
                s.add(item)
                s.flush()
                _decision(s, item.id, 1, date(2020, 3, 1), data.police, "Давнее поручение")
    area = DecisionsArea(_ctx(sqlite_db, data.secretary), clock=clock)
    qtbot.addWidget(area)
    area.show()
    picker = area.meeting_combo
    assert picker.count() == 1 + overview.MEETING_CHOICES  # «All meetings» and the latest
    assert picker.itemText(1) == "No. 1 of 12.02.2026"
    assert picker.findText("No. 1 of 10.01.2020") < 0

    line = picker.lineEdit()
    assert line is not None
    line.selectAll()
    qtbot.keyClicks(line, "10.01.2020")
    qtbot.waitUntil(lambda: picker.found.rowCount() == 1)
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.currentText() == "No. 1 of 10.01.2020"
    assert _texts(area.model, 2) == ["Давнее поручение"]

    # What names no meeting chooses nothing: the edit goes back to the meeting chosen.
    line.selectAll()
    qtbot.keyClicks(line, "abc")
    line.editingFinished.emit()
    assert picker.currentText() == "No. 1 of 10.01.2020"
    assert overview.meeting_choices(sqlite_db, data.secretary, "2021") and not (
        overview.meeting_choices(sqlite_db, data.secretary, "31.02")
    )
