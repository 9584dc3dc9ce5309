"""The computed control state: stored state corrected by the open control points' dates."""

from __future__ import annotations

from datetime import date

import pytest

from commission.domain.control import (
    ComputedState,
    computed_state,
    due_soon_limit,
    working_days_overdue,
)
from commission.domain.enums import ControlState, DecisionKind
from commission.domain.workcalendar import CalendarDay, DayKind, WorkingCalendar

# Nauryz 2026: 21-23 March (Sat-Mon) holidays, 24-25 March days off in exchange.
NAURYZ = WorkingCalendar(
    [
        CalendarDay(date(2026, 3, 21), DayKind.HOLIDAY, "Nauryz", "test"),
        CalendarDay(date(2026, 3, 22), DayKind.HOLIDAY, "Nauryz", "test"),
        CalendarDay(date(2026, 3, 23), DayKind.HOLIDAY, "Nauryz", "test"),
        CalendarDay(date(2026, 3, 24), DayKind.TRANSFERRED_DAY_OFF, "Nauryz", "test"),
        CalendarDay(date(2026, 3, 25), DayKind.TRANSFERRED_DAY_OFF, "Nauryz", "test"),
    ]
)
PLAIN = WorkingCalendar()
INSTRUCTION = DecisionKind.INSTRUCTION


def state(
    stored: ControlState,
    dates: list[date],
    today: date,
    *,
    kind: DecisionKind = INSTRUCTION,
    calendar: WorkingCalendar = NAURYZ,
    n: int = 2,
) -> ComputedState:
    return computed_state(stored, kind, dates, today, calendar, n)


@pytest.mark.parametrize(
    "stored", [ControlState.EXECUTED, ControlState.REMOVED, ControlState.CANCELLED]
)
def test_final_states_stay_whatever_the_dates(stored: ControlState) -> None:
    long_ago = [date(2020, 1, 1)]
    assert state(stored, long_ago, date(2026, 3, 20)) == ComputedState(stored.value)


def test_a_past_due_open_point_makes_overdue_even_if_a_later_one_is_far() -> None:
    today = date(2026, 3, 20)
    dates = [date(2026, 12, 1), date(2026, 3, 19)]
    for stored in (ControlState.ON_CONTROL, ControlState.IN_PROGRESS, ControlState.EXTENDED):
        assert state(stored, dates, today) == ComputedState.OVERDUE


def test_due_today_is_due_soon_not_overdue() -> None:
    today = date(2026, 3, 20)
    assert state(ControlState.ON_CONTROL, [today], today) == ComputedState.DUE_SOON


def test_due_soon_counts_working_days_across_the_holidays() -> None:
    friday = date(2026, 3, 20)
    due = date(2026, 3, 27)  # 2 working days away (26, 27) with Nauryz, 5 without
    assert state(ControlState.ON_CONTROL, [due], friday) == ComputedState.DUE_SOON
    assert state(ControlState.ON_CONTROL, [due], friday, calendar=PLAIN) == ComputedState.ON_CONTROL
    # Due on Monday 30 March: 3 working days away, beyond N = 2.
    assert state(ControlState.ON_CONTROL, [date(2026, 3, 30)], friday) == ComputedState.ON_CONTROL


def test_today_moved_over_the_boundary() -> None:
    due = date(2026, 3, 26)  # Thursday after the holidays
    # Thursday 19th: 20th and 26th are ahead, 2 working days: beyond N = 1.
    assert state(ControlState.ON_CONTROL, [due], date(2026, 3, 19), n=1) == ComputedState.ON_CONTROL
    # Friday 20th: six calendar days ahead but one working day.
    assert state(ControlState.ON_CONTROL, [due], date(2026, 3, 20), n=1) == ComputedState.DUE_SOON
    assert state(ControlState.ON_CONTROL, [due], date(2026, 3, 26), n=1) == ComputedState.DUE_SOON
    assert state(ControlState.ON_CONTROL, [due], date(2026, 3, 27), n=1) == ComputedState.OVERDUE


def test_due_soon_limit_is_the_first_date_beyond_n_working_days() -> None:
    friday = date(2026, 3, 20)
    assert due_soon_limit(friday, NAURYZ, 0) == date(2026, 3, 26)
    assert due_soon_limit(friday, NAURYZ, 2) == date(2026, 3, 30)
    assert due_soon_limit(friday, PLAIN, 0) == date(2026, 3, 23)
    with pytest.raises(ValueError):
        due_soon_limit(friday, PLAIN, -1)


def test_with_zero_days_only_today_and_the_days_off_after_it_are_due_soon() -> None:
    friday = date(2026, 3, 6)
    assert state(ControlState.ON_CONTROL, [friday], friday, calendar=PLAIN, n=0) == (
        ComputedState.DUE_SOON
    )
    assert (
        state(ControlState.ON_CONTROL, [date(2026, 3, 9)], friday, calendar=PLAIN, n=0)
        == ComputedState.ON_CONTROL
    )


def test_note_without_term_is_not_controlled() -> None:
    today = date(2026, 3, 20)
    got = state(ControlState.ON_CONTROL, [], today, kind=DecisionKind.NOTE)
    assert got == ComputedState.NOT_CONTROLLED
    assert state(ControlState.NOT_CONTROLLED, [], today) == ComputedState.NOT_CONTROLLED


def test_note_with_a_term_is_controlled_by_it() -> None:
    today = date(2026, 3, 20)
    far = [date(2026, 6, 1)]
    assert state(ControlState.ON_CONTROL, far, today, kind=DecisionKind.NOTE) == (
        ComputedState.ON_CONTROL
    )
    assert state(ControlState.ON_CONTROL, [date(2026, 3, 1)], today, kind=DecisionKind.NOTE) == (
        ComputedState.OVERDUE
    )


@pytest.mark.parametrize(
    "stored",
    [ControlState.ON_CONTROL, ControlState.IN_PROGRESS, ControlState.REWORK, ControlState.EXTENDED],
)
def test_otherwise_the_stored_state(stored: ControlState) -> None:
    assert state(stored, [date(2026, 6, 1)], date(2026, 3, 20)) == ComputedState(stored.value)
    assert state(stored, [], date(2026, 3, 20)) == ComputedState(stored.value)


def test_stored_overdue_after_an_extension_is_back_on_control() -> None:
    today = date(2026, 3, 20)
    assert state(ControlState.OVERDUE, [date(2026, 6, 1)], today) == ComputedState.ON_CONTROL
    assert state(ControlState.OVERDUE, [date(2026, 3, 2)], today) == ComputedState.OVERDUE


def test_working_days_overdue() -> None:
    assert working_days_overdue(None, date(2026, 3, 27), NAURYZ) is None
    assert working_days_overdue(date(2026, 3, 27), date(2026, 3, 27), NAURYZ) is None
    # Due Friday 20 March; on Thursday 26 March only 26 March has passed as a working day.
    assert working_days_overdue(date(2026, 3, 20), date(2026, 3, 26), NAURYZ) == 1
    assert working_days_overdue(date(2026, 3, 20), date(2026, 3, 26), PLAIN) == 4
