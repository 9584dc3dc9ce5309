"""Deadline rules on the real Kazakhstan calendar; expected dates checked by hand."""

from __future__ import annotations

from datetime import date

import pytest

from commission.domain.deadlines import (
    DeadlineKind,
    DeadlineRule,
    InvalidDeadline,
    Period,
    due_dates,
)
from commission.domain.workcalendar import DayOffRule, WorkingCalendar, seed_days

CAL = WorkingCalendar(seed_days(range(2025, 2029)))
NEXT = DayOffRule.NEXT


def fixed(day: date) -> DeadlineRule:
    return DeadlineRule(DeadlineKind.FIXED, fixed_date=day)


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        (DayOffRule.NEXT, date(2026, 4, 6)),
        (DayOffRule.PREVIOUS, date(2026, 4, 3)),
        (DayOffRule.NONE, date(2026, 4, 5)),
    ],
)
def test_fixed_on_a_sunday(rule: DayOffRule, expected: date) -> None:
    assert due_dates(fixed(date(2026, 4, 5)), date(2026, 3, 12), CAL, rule) == [expected]


def test_fixed_in_the_nauryz_block() -> None:
    adopted = date(2026, 3, 12)
    assert due_dates(fixed(date(2026, 3, 21)), adopted, CAL, NEXT) == [date(2026, 3, 26)]
    assert due_dates(fixed(date(2026, 3, 24)), adopted, CAL, DayOffRule.PREVIOUS) == [
        date(2026, 3, 20)
    ]


def test_fixed_on_the_adoption_day_is_allowed() -> None:
    assert due_dates(fixed(date(2026, 3, 12)), date(2026, 3, 12), CAL, NEXT) == [date(2026, 3, 12)]


def test_working_days_across_nauryz() -> None:
    # 17, 18, 19, 20 Mar; 23–25 off; 26, 27, 30, 31 Mar, 1, 2 Apr.
    rule = DeadlineRule(DeadlineKind.WORKING_DAYS, days=10)
    assert due_dates(rule, date(2026, 3, 16), CAL, NEXT) == [date(2026, 4, 2)]


def test_calendar_days() -> None:
    rule = DeadlineRule(DeadlineKind.CALENDAR_DAYS, days=30)
    assert due_dates(rule, date(2026, 4, 6), CAL, NEXT) == [date(2026, 5, 6)]
    # 4 May + 5 days = Saturday 9 May (Victory Day); Monday 11 May is its day off.
    rule = DeadlineRule(DeadlineKind.CALENDAR_DAYS, days=5)
    assert due_dates(rule, date(2026, 5, 4), CAL, NEXT) == [date(2026, 5, 12)]
    assert due_dates(rule, date(2026, 5, 4), CAL, DayOffRule.PREVIOUS) == [date(2026, 5, 8)]


def test_quarterly_by_the_fifth() -> None:
    rule = DeadlineRule(DeadlineKind.PERIODIC, period=Period.QUARTERLY, until=date(2026, 12, 31))
    assert due_dates(rule, date(2026, 3, 12), CAL, NEXT) == [
        date(2026, 4, 6),  # 5 Apr is a Sunday
        date(2026, 7, 7),  # 5 Jul is a Sunday, 6 Jul Capital Day
        date(2026, 10, 5),
        date(2027, 1, 5),
    ]


def test_quarterly_adopted_on_the_last_day_of_a_quarter() -> None:
    rule = DeadlineRule(DeadlineKind.PERIODIC, period=Period.QUARTERLY, until=date(2026, 9, 30))
    assert due_dates(rule, date(2026, 3, 31), CAL, NEXT) == [date(2026, 7, 7), date(2026, 10, 5)]


def test_until_inside_a_period_stops_before_it() -> None:
    rule = DeadlineRule(DeadlineKind.PERIODIC, period=Period.QUARTERLY, until=date(2026, 11, 15))
    assert due_dates(rule, date(2026, 3, 12), CAL, NEXT)[-1] == date(2026, 10, 5)


def test_monthly_day_clamped_to_month_end() -> None:
    rule = DeadlineRule(
        DeadlineKind.PERIODIC, period=Period.MONTHLY, day_of_month=31, until=date(2026, 4, 30)
    )
    assert due_dates(rule, date(2026, 1, 10), CAL, NEXT) == [
        date(2026, 3, 2),  # 28 Feb is a Saturday
        date(2026, 3, 31),
        date(2026, 4, 30),
        date(2026, 6, 1),  # 31 May is a Sunday
    ]


def test_half_yearly_runs_to_the_default_horizon() -> None:
    rule = DeadlineRule(DeadlineKind.PERIODIC, period=Period.HALF_YEARLY)
    # Horizon: 31 Dec 2027, so the second half of 2027 is the last period.
    assert due_dates(rule, date(2026, 2, 1), CAL, NEXT) == [
        date(2026, 7, 7),
        date(2027, 1, 5),
        date(2027, 7, 5),
        date(2028, 1, 5),
    ]


def test_explicit_horizon_limits_until() -> None:
    rule = DeadlineRule(DeadlineKind.PERIODIC, period=Period.QUARTERLY, until=date(2027, 12, 31))
    dates = due_dates(rule, date(2026, 3, 12), CAL, NEXT, horizon=date(2026, 6, 30))
    assert dates == [date(2026, 4, 6), date(2026, 7, 7)]


def test_yearly_by_the_twentieth() -> None:
    rule = DeadlineRule(
        DeadlineKind.PERIODIC, period=Period.YEARLY, day_of_month=20, until=date(2027, 12, 31)
    )
    assert due_dates(rule, date(2026, 6, 1), CAL, NEXT) == [date(2027, 1, 20), date(2028, 1, 20)]


def test_permanent_has_no_due_dates() -> None:
    assert due_dates(DeadlineRule(DeadlineKind.PERMANENT), date(2026, 3, 12), CAL, NEXT) == []


@pytest.mark.parametrize(
    "rule",
    [
        DeadlineRule(DeadlineKind.FIXED),
        DeadlineRule(DeadlineKind.FIXED, fixed_date=date(2026, 3, 11)),
        DeadlineRule(DeadlineKind.CALENDAR_DAYS),
        DeadlineRule(DeadlineKind.CALENDAR_DAYS, days=0),
        DeadlineRule(DeadlineKind.WORKING_DAYS, days=-3),
        DeadlineRule(DeadlineKind.WORKING_DAYS, days=100_000),
        DeadlineRule(DeadlineKind.PERIODIC),
        DeadlineRule(DeadlineKind.PERIODIC, period=Period.MONTHLY, day_of_month=0),
        DeadlineRule(DeadlineKind.PERIODIC, period=Period.MONTHLY, day_of_month=32),
        DeadlineRule(DeadlineKind.PERIODIC, period=Period.MONTHLY, until=date(2026, 3, 1)),
        DeadlineRule(DeadlineKind.PERIODIC, period=Period.QUARTERLY, until=date(2026, 3, 20)),
    ],
)
def test_invalid_rules(rule: DeadlineRule) -> None:
    adopted = date(2026, 3, 12)
    with pytest.raises(InvalidDeadline) as caught:
        rule.validate(adopted)
    assert caught.value.render()  # the placeholders are all supplied
    with pytest.raises(InvalidDeadline):
        due_dates(rule, adopted, CAL, NEXT)


def test_validate_without_adoption_date_checks_the_rule_alone() -> None:
    fixed(date(2020, 1, 1)).validate()
    DeadlineRule(DeadlineKind.PERIODIC, period=Period.MONTHLY, until=date(2020, 1, 1)).validate()
    with pytest.raises(InvalidDeadline):
        DeadlineRule(DeadlineKind.WORKING_DAYS).validate()


def test_fixed_before_adoption_message_names_both_dates() -> None:
    with pytest.raises(InvalidDeadline) as caught:
        fixed(date(2026, 3, 11)).validate(date(2026, 3, 12))
    assert caught.value.params == {"due": date(2026, 3, 11), "adopted": date(2026, 3, 12)}
