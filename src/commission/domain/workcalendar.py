"""The Kazakhstan working-day calendar, kept as data.

The week is Monday–Friday. Exceptions (public holidays, transferred days off, decreed working
Saturdays, late law changes) are rows seeded from the ``holidays`` library and then edited by the
administrator, each row recording where it came from.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from importlib.metadata import version

_ONE_DAY = timedelta(days=1)
_SATURDAY = 5
# The library has no name for a weekend day made working, so the seed supplies one (Kazakh).
_WORKING_DAY_NAME = "Жұмыс күні"


class DayKind(StrEnum):
    """What an exception row does to its date."""

    HOLIDAY = "holiday"  # a public holiday, a day off
    TRANSFERRED_DAY_OFF = "transferred_day_off"  # a weekday made a day off (moved holiday, decree)
    WORKING_DAY = "working_day"  # a day made working: decreed Saturday, or a cancelled holiday


class DayOffRule(StrEnum):
    """Where a deadline that falls on a day off goes."""

    NEXT = "next"  # Civil Code practice, the default
    PREVIOUS = "previous"
    NONE = "none"


@dataclass(frozen=True)
class CalendarDay:
    """One exception to the Monday–Friday week."""

    day: date
    kind: DayKind
    name: str
    source: str  # e.g. "holidays 0.109", "decree", "administrator"


def seed_days(years: Iterable[int]) -> list[CalendarDay]:
    """Holidays, moved days off and decreed working days of ``years`` from the library."""
    wanted = sorted(set(years))
    if not wanted:
        return []
    # Imported here: it loads every country's calendars, and only seeding a new year needs it,
    # not the start of the program.
    import holidays

    source = f"holidays {version('holidays')}"
    named = holidays.country_holidays("KZ", years=wanted, language="kk")
    english = holidays.country_holidays("KZ", years=wanted, language="en_US")
    # A date the library lists only when observance is on is a holiday moved off a weekend.
    unmoved = holidays.country_holidays("KZ", years=wanted, observed=False, language="en_US")
    result: list[CalendarDay] = []
    for day in sorted(named):
        if day not in unmoved or "substituted" in english.get(day, ""):
            kind = DayKind.TRANSFERRED_DAY_OFF  # moved off a weekend, or moved by decree
        else:
            kind = DayKind.HOLIDAY
        result.append(CalendarDay(day, kind, str(named[day]), source))
    # The library also knows the weekend days worked in exchange for decreed days off. Its set is
    # not limited to the requested years (it always holds 28 Dec 2013), hence the filter.
    wanted_set = set(wanted)
    for day in sorted(named.weekend_workdays):
        if day.year in wanted_set and day.weekday() >= _SATURDAY:
            result.append(CalendarDay(day, DayKind.WORKING_DAY, _WORKING_DAY_NAME, source))
    result.sort(key=lambda entry: entry.day)
    return result


LIBRARY_SOURCE_PREFIX = "holidays "


def is_library_source(source: str) -> bool:
    """A row seeded from the ``holidays`` library (its names are the library's)."""
    return source.startswith(LIBRARY_SOURCE_PREFIX)


def is_seeded_working_day(name: str) -> bool:
    return name == _WORKING_DAY_NAME


@functools.lru_cache(maxsize=32)
def _english_names(year: int) -> dict[date, str]:
    import holidays  # see seed_days

    return dict(holidays.country_holidays("KZ", years=year, language="en_US").items())


def english_name(day: date) -> str | None:
    """The library's English name of a holiday or moved day off on ``day`` («Nowruz Holiday
    (observed)»), the key the interface translates a seeded day's name by."""
    return _english_names(day.year).get(day)


def _weekdays_through(day: date) -> int:
    """Mondays–Fridays from a fixed Monday up to and including ``day``; differences count spans."""
    ordinal = day.toordinal()  # ordinal 1 (1 Jan 0001) is a Monday
    weeks, rest = divmod(ordinal, 7)
    return weeks * 5 + min(rest, 5)


class WorkingCalendar:
    """Working-day arithmetic over the Monday–Friday week and a set of exceptions."""

    def __init__(self, days: Iterable[CalendarDay] = ()) -> None:
        """Later rows for the same date replace earlier ones (administrator after seed)."""
        by_date: dict[date, CalendarDay] = {}
        for entry in days:
            by_date[entry.day] = entry
        self._days = by_date
        # Only exceptions that change the plain week matter for counting.
        self._flips = sorted(d for d, entry in by_date.items() if self._flips_week(d, entry.kind))

    @staticmethod
    def _flips_week(day: date, kind: DayKind) -> bool:
        is_weekday = day.weekday() < _SATURDAY
        return is_weekday != (kind is DayKind.WORKING_DAY)

    def entry(self, day: date) -> CalendarDay | None:
        """The exception in force on ``day``, if any."""
        return self._days.get(day)

    def __iter__(self) -> Iterator[CalendarDay]:
        """The exceptions in force, in date order."""
        return iter(sorted(self._days.values(), key=lambda entry: entry.day))

    def is_working_day(self, day: date) -> bool:
        """Monday–Friday unless made a day off; Saturday/Sunday only if made working."""
        entry = self._days.get(day)
        if entry is not None:
            return entry.kind is DayKind.WORKING_DAY
        return day.weekday() < _SATURDAY

    def next_working_day(self, day: date) -> date:
        """The first working day strictly after ``day``."""
        day += _ONE_DAY
        while not self.is_working_day(day):
            day += _ONE_DAY
        return day

    def previous_working_day(self, day: date) -> date:
        """The last working day strictly before ``day``."""
        day -= _ONE_DAY
        while not self.is_working_day(day):
            day -= _ONE_DAY
        return day

    def shift_to_working(self, day: date, rule: DayOffRule) -> date:
        """``day`` itself if working, else moved as ``rule`` says."""
        if rule is DayOffRule.NONE or self.is_working_day(day):
            return day
        if rule is DayOffRule.NEXT:
            return self.next_working_day(day)
        return self.previous_working_day(day)

    def add_working_days(self, start: date, n: int) -> date:
        """The n-th working day after ``start``; for n = 0, ``start`` or the next working day."""
        if n < 0:
            raise ValueError("n must not be negative")
        if n == 0:
            return self.shift_to_working(start, DayOffRule.NEXT)
        day = start
        for _ in range(n):
            day = self.next_working_day(day)
        return day

    def working_days_between(self, a: date, b: date) -> int:
        """Working days in (a, b], negative when b is before a.

        ``working_days_between(today, due)`` is "due in N working days";
        ``working_days_between(due, today)`` is "overdue by N working days".
        """
        if b < a:
            return -self.working_days_between(b, a)
        count = _weekdays_through(b) - _weekdays_through(a)
        low = bisect.bisect_right(self._flips, a)
        high = bisect.bisect_right(self._flips, b)
        for day in self._flips[low:high]:
            count += 1 if day.weekday() >= _SATURDAY else -1
        return count
