"""Deadline rules of commission decisions and the control points they produce."""

from __future__ import annotations

import calendar as _gregorian
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.domain.workcalendar import DayOffRule, WorkingCalendar

DEFAULT_REPORT_DAY = 5
# "Within N days" beyond ten years is a typing error, and bounds the working-day loop.
MAX_TERM_DAYS = 3660


class DeadlineKind(StrEnum):
    """How a decision's term is set."""

    FIXED = "fixed"  # by a date
    CALENDAR_DAYS = "calendar_days"  # within N calendar days
    WORKING_DAYS = "working_days"  # within N working days
    PERIODIC = "periodic"  # a report every period, by a day of the following month
    PERMANENT = "permanent"  # постоянно: reviewed at each meeting, no due date


class Period(StrEnum):
    """Reporting periods, aligned to the calendar year."""

    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    YEARLY = "yearly"


_PERIOD_MONTHS = {Period.MONTHLY: 1, Period.QUARTERLY: 3, Period.HALF_YEARLY: 6, Period.YEARLY: 12}


class InvalidDeadline(UserError):
    """A deadline rule that cannot produce sensible due dates."""


def _month_end(year: int, month: int) -> date:
    return date(year, month, _gregorian.monthrange(year, month)[1])


def _period_end(day: date, period: Period) -> date:
    """The last day of the period that contains ``day``."""
    months = _PERIOD_MONTHS[period]
    last_month = (day.month - 1) // months * months + months
    return _month_end(day.year, last_month)


def _first_period_end(adopted: date, period: Period) -> date:
    """The end of the first period that ends after the adoption date.

    A decision adopted on a period's last day owes nothing for that period.
    """
    end = _period_end(adopted, period)
    if end == adopted:
        end = _period_end(adopted + timedelta(days=1), period)
    return end


def _report_day(period_end: date, day_of_month: int) -> date:
    """Day ``day_of_month`` of the month after ``period_end``, clamped to that month's end."""
    year, month = divmod(period_end.year * 12 + period_end.month, 12)  # month index after the end
    month += 1
    return date(year, month, min(day_of_month, _gregorian.monthrange(year, month)[1]))


@dataclass(frozen=True)
class DeadlineRule:
    """A decision's term; which fields matter depends on ``kind``.

    Attributes:
        fixed_date: FIXED: the due date.
        days: CALENDAR_DAYS, WORKING_DAYS: the number of days after adoption.
        period: PERIODIC: the reporting period.
        day_of_month: PERIODIC: report by this day of the month after the period (default 5;
            clamped to the month's end).
        until: PERIODIC: the last period reported on is the last one ending on or before it.
    """

    kind: DeadlineKind
    fixed_date: date | None = None
    days: int | None = None
    period: Period | None = None
    day_of_month: int | None = None
    until: date | None = None

    def validate(self, adopted: date | None = None) -> None:
        """Raise InvalidDeadline if the rule is incomplete, or inconsistent with ``adopted``."""
        if self.kind is DeadlineKind.FIXED:
            if self.fixed_date is None:
                raise InvalidDeadline(QT_TRANSLATE_NOOP("Errors", "Enter the due date."))
            if adopted is not None and self.fixed_date < adopted:
                raise InvalidDeadline(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The due date {due} is earlier than the decision date {adopted}."
                    ),
                    due=self.fixed_date,
                    adopted=adopted,
                )
        elif self.kind in (DeadlineKind.CALENDAR_DAYS, DeadlineKind.WORKING_DAYS):
            if self.days is None:
                raise InvalidDeadline(
                    QT_TRANSLATE_NOOP("Errors", "Enter the number of days for the term.")
                )
            if self.days <= 0:
                raise InvalidDeadline(
                    QT_TRANSLATE_NOOP("Errors", "The number of days must be at least 1."),
                )
            if self.days > MAX_TERM_DAYS:
                raise InvalidDeadline(
                    QT_TRANSLATE_NOOP(
                        "Errors", "A term of {days} days is too long; the limit is {limit} days."
                    ),
                    days=self.days,
                    limit=MAX_TERM_DAYS,
                )
        elif self.kind is DeadlineKind.PERIODIC:
            self._validate_periodic(adopted)

    def _validate_periodic(self, adopted: date | None) -> None:
        if self.period is None:
            raise InvalidDeadline(
                QT_TRANSLATE_NOOP("Errors", "Choose the reporting period of a periodic term.")
            )
        if self.day_of_month is not None and not 1 <= self.day_of_month <= 31:
            raise InvalidDeadline(
                QT_TRANSLATE_NOOP(
                    "Errors", "The reporting day must be from 1 to 31; {day} was entered."
                ),
                day=self.day_of_month,
            )
        if adopted is None or self.until is None:
            return
        if self.until < adopted:
            raise InvalidDeadline(
                QT_TRANSLATE_NOOP(
                    "Errors", "The end of control {until} is before the decision date {adopted}."
                ),
                until=self.until,
                adopted=adopted,
            )
        first_end = _first_period_end(adopted, self.period)
        if self.until < first_end:
            raise InvalidDeadline(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The end of control {until} comes before the first reporting period ends"
                    " on {period_end}.",
                ),
                until=self.until,
                period_end=first_end,
            )


def due_dates(
    rule: DeadlineRule,
    adopted: date,
    calendar: WorkingCalendar,
    day_off_rule: DayOffRule,
    horizon: date | None = None,
) -> list[date]:
    """The control points of a decision adopted on ``adopted``, in order.

    A periodic rule without ``until`` runs to ``horizon`` (default: 31 December of the year after
    adoption); with both, the earlier one applies. Either bound keeps the periods ending on or
    before it. A permanent rule has no due dates.
    """
    rule.validate(adopted)
    if rule.kind is DeadlineKind.FIXED:
        assert rule.fixed_date is not None  # validate() guarantees it
        return [calendar.shift_to_working(rule.fixed_date, day_off_rule)]
    if rule.kind is DeadlineKind.CALENDAR_DAYS:
        assert rule.days is not None
        return [calendar.shift_to_working(adopted + timedelta(days=rule.days), day_off_rule)]
    if rule.kind is DeadlineKind.WORKING_DAYS:
        assert rule.days is not None
        return [calendar.add_working_days(adopted, rule.days)]
    if rule.kind is DeadlineKind.PERIODIC:
        return _periodic_due_dates(rule, adopted, calendar, day_off_rule, horizon)
    return []


def _periodic_due_dates(
    rule: DeadlineRule,
    adopted: date,
    calendar: WorkingCalendar,
    day_off_rule: DayOffRule,
    horizon: date | None,
) -> list[date]:
    assert rule.period is not None
    last = rule.until if horizon is None else horizon
    if rule.until is not None and horizon is not None:
        last = min(rule.until, horizon)
    if last is None:
        last = date(adopted.year + 1, 12, 31)
    report_day = rule.day_of_month or DEFAULT_REPORT_DAY
    result: list[date] = []
    end = _first_period_end(adopted, rule.period)
    while end <= last:
        result.append(calendar.shift_to_working(_report_day(end, report_day), day_off_rule))
        end = _period_end(end + timedelta(days=1), rule.period)
    return result
