"""The working-day calendar on the real 2026 Kazakhstan holidays."""

from __future__ import annotations

from datetime import date, timedelta

import holidays
import pytest
from hypothesis import given
from hypothesis import strategies as st

from commission.domain.workcalendar import (
    CalendarDay,
    DayKind,
    DayOffRule,
    WorkingCalendar,
    seed_days,
)

SEED_2026 = seed_days([2026])
CAL_2026 = WorkingCalendar(seed_days([2025, 2026, 2027]))

# DOMAIN.md, "Working days and holidays": the 2026 days off falling on weekdays.
WEEKDAYS_OFF_2026 = [
    date(2026, 1, 1), date(2026, 1, 2), date(2026, 1, 7), date(2026, 3, 9),
    date(2026, 3, 23), date(2026, 3, 24), date(2026, 3, 25), date(2026, 5, 1),
    date(2026, 5, 7), date(2026, 5, 11), date(2026, 5, 27), date(2026, 7, 6),
    date(2026, 10, 26), date(2026, 12, 16),
]  # fmt: skip


def test_seed_2026_matches_the_documented_list() -> None:
    kinds = {entry.day: entry.kind for entry in SEED_2026}
    transferred = {date(2026, 3, 9), date(2026, 3, 24), date(2026, 3, 25), date(2026, 5, 11),
                   date(2026, 10, 26)}  # fmt: skip
    weekend_holidays = {date(2026, 3, 8), date(2026, 3, 21), date(2026, 3, 22),
                        date(2026, 5, 9), date(2026, 10, 25)}  # fmt: skip
    assert set(kinds) == set(WEEKDAYS_OFF_2026) | weekend_holidays
    for day, kind in kinds.items():
        expected = DayKind.TRANSFERRED_DAY_OFF if day in transferred else DayKind.HOLIDAY
        assert kind is expected, day


def test_seed_records_source_and_kazakh_names() -> None:
    assert {entry.source for entry in SEED_2026} == {f"holidays {holidays.__version__}"}
    names = {entry.day: entry.name for entry in SEED_2026}
    assert names[date(2026, 3, 23)] == "Наурыз мейрамы"
    assert names[date(2026, 12, 16)] == "Тәуелсіздік күні"
    assert [entry.day for entry in SEED_2026] == sorted(entry.day for entry in SEED_2026)


def test_seed_2025_has_the_decreed_swap() -> None:
    seeded = {entry.day: entry for entry in seed_days([2025])}
    assert seeded[date(2025, 1, 3)].kind is DayKind.TRANSFERRED_DAY_OFF
    assert seeded[date(2025, 1, 5)].kind is DayKind.WORKING_DAY
    assert seeded[date(2025, 9, 1)].kind is DayKind.TRANSFERRED_DAY_OFF  # Constitution Day moved
    # The library's stray 28 Dec 2013 working Saturday belongs to 2013 only.
    assert all(day.year == 2025 for day in seeded)


def test_seed_of_no_years_is_empty() -> None:
    assert seed_days([]) == []


@pytest.mark.parametrize("day", WEEKDAYS_OFF_2026)
def test_days_off_2026(day: date) -> None:
    assert not CAL_2026.is_working_day(day)


def test_constitution_day_no_longer_in_august_2026() -> None:
    assert CAL_2026.entry(date(2026, 8, 30)) is None
    assert CAL_2026.entry(date(2026, 8, 31)) is None
    assert CAL_2026.is_working_day(date(2026, 8, 31))  # a Monday
    assert not CAL_2026.is_working_day(date(2026, 8, 30))  # just a Sunday


def test_decreed_swap_2025() -> None:
    assert not CAL_2026.is_working_day(date(2025, 1, 3))  # Friday off
    assert CAL_2026.is_working_day(date(2025, 1, 5))  # Sunday worked
    assert CAL_2026.add_working_days(date(2025, 1, 2), 1) == date(2025, 1, 5)


def test_plain_week() -> None:
    calendar = WorkingCalendar()
    assert calendar.is_working_day(date(2026, 8, 31))
    assert not calendar.is_working_day(date(2026, 8, 29))
    assert calendar.working_days_between(date(2026, 8, 28), date(2026, 9, 4)) == 5


def test_whole_year_2026_has_247_working_days() -> None:
    # 261 weekdays (the year starts on a Thursday) less 14 weekdays off.
    assert CAL_2026.working_days_between(date(2025, 12, 31), date(2026, 12, 31)) == 247


def test_decreed_working_saturday_counts() -> None:
    saturday = date(2026, 3, 28)
    decree = CalendarDay(saturday, DayKind.WORKING_DAY, "Жұмыс күні", "decree")
    calendar = WorkingCalendar([*SEED_2026, decree])
    assert calendar.is_working_day(saturday)
    assert not CAL_2026.is_working_day(saturday)
    assert calendar.working_days_between(date(2026, 3, 27), date(2026, 3, 30)) == 2
    assert CAL_2026.working_days_between(date(2026, 3, 27), date(2026, 3, 30)) == 1
    assert calendar.add_working_days(date(2026, 3, 27), 1) == saturday
    assert calendar.next_working_day(date(2026, 3, 27)) == saturday


def test_administrator_cancels_a_seeded_holiday() -> None:
    # A calendar seeded before the 2026 constitution still had Constitution Day on Monday 31 Aug.
    stale = CalendarDay(date(2026, 8, 31), DayKind.TRANSFERRED_DAY_OFF, "old", "holidays 0.80")
    cancel = CalendarDay(date(2026, 8, 31), DayKind.WORKING_DAY, "not a day off", "administrator")
    assert not WorkingCalendar([stale]).is_working_day(date(2026, 8, 31))
    calendar = WorkingCalendar([stale, cancel])
    assert calendar.is_working_day(date(2026, 8, 31))
    assert calendar.entry(date(2026, 8, 31)) == cancel
    assert list(calendar) == [cancel]
    assert calendar.working_days_between(date(2026, 8, 28), date(2026, 8, 31)) == 1
    # The later row wins, whichever it is.
    assert not WorkingCalendar([cancel, stale]).is_working_day(date(2026, 8, 31))


def test_administrator_adds_a_decreed_day_off() -> None:
    decree = CalendarDay(date(2026, 1, 5), DayKind.TRANSFERRED_DAY_OFF, "Демалыс күні", "decree")
    calendar = WorkingCalendar([*SEED_2026, decree])
    assert calendar.next_working_day(date(2025, 12, 31)) == date(2026, 1, 6)


def test_add_working_days_across_nauryz() -> None:
    assert CAL_2026.add_working_days(date(2026, 3, 20), 1) == date(2026, 3, 26)
    assert CAL_2026.add_working_days(date(2026, 3, 20), 2) == date(2026, 3, 27)
    assert CAL_2026.add_working_days(date(2026, 3, 19), 1) == date(2026, 3, 20)


def test_add_zero_working_days() -> None:
    assert CAL_2026.add_working_days(date(2026, 3, 20), 0) == date(2026, 3, 20)
    assert CAL_2026.add_working_days(date(2026, 3, 21), 0) == date(2026, 3, 26)


def test_add_negative_working_days_is_an_error() -> None:
    with pytest.raises(ValueError):
        CAL_2026.add_working_days(date(2026, 3, 20), -1)


def test_new_year_2026() -> None:
    assert CAL_2026.add_working_days(date(2025, 12, 31), 1) == date(2026, 1, 5)
    assert CAL_2026.add_working_days(date(2026, 1, 5), 1) == date(2026, 1, 6)
    assert CAL_2026.add_working_days(date(2026, 1, 6), 1) == date(2026, 1, 8)  # 7 Jan off


def test_next_and_previous_working_day() -> None:
    assert CAL_2026.next_working_day(date(2026, 3, 20)) == date(2026, 3, 26)
    assert CAL_2026.previous_working_day(date(2026, 3, 26)) == date(2026, 3, 20)
    assert CAL_2026.next_working_day(date(2026, 3, 26)) == date(2026, 3, 27)  # strictly after
    assert CAL_2026.previous_working_day(date(2026, 5, 12)) == date(2026, 5, 8)


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        (DayOffRule.NEXT, date(2026, 5, 12)),
        (DayOffRule.PREVIOUS, date(2026, 5, 8)),
        (DayOffRule.NONE, date(2026, 5, 9)),
    ],
)
def test_shift_to_working(rule: DayOffRule, expected: date) -> None:
    assert CAL_2026.shift_to_working(date(2026, 5, 9), rule) == expected  # Victory Day block
    assert CAL_2026.shift_to_working(date(2026, 5, 13), rule) == date(2026, 5, 13)


def test_working_days_between_is_signed() -> None:
    due = date(2026, 3, 26)
    assert CAL_2026.working_days_between(date(2026, 3, 20), due) == 1  # due in 1 working day
    assert CAL_2026.working_days_between(due, date(2026, 3, 20)) == -1
    assert CAL_2026.working_days_between(due, due) == 0
    # Overdue by 5 working days: 27, 30, 31 Mar, 1, 2 Apr.
    assert CAL_2026.working_days_between(due, date(2026, 4, 2)) == 5


_EXTRA_DAYS = st.builds(
    CalendarDay,
    day=st.dates(min_value=date(2025, 12, 1), max_value=date(2027, 1, 31)),
    kind=st.sampled_from(DayKind),
    name=st.just("test"),
    source=st.just("administrator"),
)


@given(
    a=st.dates(min_value=date(2025, 11, 1), max_value=date(2027, 2, 28)),
    span=st.integers(min_value=-120, max_value=120),
    extra=st.lists(_EXTRA_DAYS, max_size=20),
)
def test_working_days_between_matches_counting(
    a: date, span: int, extra: list[CalendarDay]
) -> None:
    calendar = WorkingCalendar([*SEED_2026, *extra])
    b = a + timedelta(days=span)
    low, high = min(a, b), max(a, b)
    count = sum(
        calendar.is_working_day(low + timedelta(days=i)) for i in range(1, (high - low).days + 1)
    )
    assert calendar.working_days_between(a, b) == (count if b >= a else -count)


@given(
    start=st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 6, 30)),
    n=st.integers(min_value=1, max_value=60),
)
def test_add_working_days_agrees_with_between(start: date, n: int) -> None:
    result = CAL_2026.add_working_days(start, n)
    assert CAL_2026.is_working_day(result)
    assert CAL_2026.working_days_between(start, result) == n
