"""The working calendar against the installed holiday list (issue 16, point 5).

A database seeded by a package older than July 2026 still holds 31 August 2026 as a day off and
lacks 15 March 2027; the administrator is shown both differences, accepts them, and his own
days stay as he left them. Kurban Ait waits for confirmation of its date.
"""

from __future__ import annotations

from datetime import date
from importlib.metadata import version

import pytest

from commission.db.engine import Database
from commission.db.models import CalendarDay
from commission.domain.enums import Role
from commission.domain.permissions import PermissionDenied
from commission.domain.workcalendar import DayKind
from commission.services import calendar, calendar_updates
from commission.services.calendar_updates import ChangeKind
from commission.services.context import Actor
from commission.services.errors import InvalidInput, NotFound
from tests.conftest import make_user

OLD = "holidays 0.99"


def _seeded_by_an_older_list(db: Database, admin: Actor) -> None:
    """2026 and 2027 as holidays 0.99 gave them: the removed Constitution Day still in, the new
    one not yet."""
    calendar.ensure_years(db, admin, [2026, 2027])
    with db.transaction() as session:
        march = session.get(CalendarDay, date(2027, 3, 15))
        assert march is not None, "the installed list must know the 2026 constitution"
        session.delete(march)
        session.add(
            CalendarDay(
                day=date(2026, 8, 31),
                kind=DayKind.HOLIDAY,
                name="Конституция күні",
                source=OLD,
                updated_by="system:calendar",
            )
        )


def test_the_installed_list_knows_the_2026_constitution() -> None:
    """The pin: a package that still makes 31 August 2026 a day off is refused at install."""
    from commission.domain.workcalendar import seed_days

    days = {d.day for d in seed_days([2026, 2027])}
    assert date(2026, 8, 31) not in days
    assert date(2027, 3, 15) in days
    major, minor = (int(p) for p in version("holidays").split(".")[:2])
    assert (major, minor) >= (0, 101)


def test_the_differences_are_shown_and_accepted(db: Database, admin: Actor) -> None:
    _seeded_by_an_older_list(db, admin)
    changes = {c.day: c for c in calendar_updates.library_changes(db, admin)}
    assert changes[date(2026, 8, 31)].kind is ChangeKind.REMOVED
    assert changes[date(2026, 8, 31)].stored_name == "Конституция күні"
    assert changes[date(2027, 3, 15)].kind is ChangeKind.ADDED
    assert changes[date(2027, 3, 15)].new_kind is DayKind.HOLIDAY
    assert len(changes) == 2
    done = calendar_updates.apply_library_changes(db, admin, list(changes))
    assert done == 2
    assert calendar_updates.library_changes(db, admin) == []
    days = {d.day for d in calendar.list_days(db, admin, 2026)}
    assert date(2026, 8, 31) not in days
    assert date(2027, 3, 15) in {d.day for d in calendar.list_days(db, admin, 2027)}
    working = calendar.working_calendar(db)
    assert working.is_working_day(date(2026, 8, 31))


def test_the_administrators_own_days_are_never_offered(db: Database, admin: Actor) -> None:
    _seeded_by_an_older_list(db, admin)
    # He keeps 31 August by decree of his akimat: his entry, not the package's.
    calendar.set_day(db, admin, date(2026, 8, 31), DayKind.HOLIDAY, "Решение акима № 5")
    # And renames Nauryz on his own.
    calendar.set_day(db, admin, date(2026, 3, 23), DayKind.HOLIDAY, "Наурыз (по решению)")
    offered = {c.day for c in calendar_updates.library_changes(db, admin)}
    assert offered == {date(2027, 3, 15)}
    calendar_updates.apply_library_changes(db, admin, [date(2026, 8, 31), date(2027, 3, 15)])
    kept = {d.day: d for d in calendar.list_days(db, admin, 2026)}
    assert kept[date(2026, 8, 31)].name == "Решение акима № 5"
    assert kept[date(2026, 3, 23)].name == "Наурыз (по решению)"


def test_a_declined_offer_and_a_deleted_seeded_day_are_not_offered_again(
    db: Database, admin: Actor
) -> None:
    _seeded_by_an_older_list(db, admin)
    calendar_updates.apply_library_changes(db, admin, [], declined=[date(2026, 8, 31)])
    assert {c.day for c in calendar_updates.library_changes(db, admin)} == {date(2027, 3, 15)}
    calendar.remove_day(db, admin, date(2026, 1, 7))  # his choice: Christmas worked
    assert {c.day for c in calendar_updates.library_changes(db, admin)} == {date(2027, 3, 15)}


def test_kurban_ait_waits_for_its_date_to_be_confirmed(db: Database, admin: Actor) -> None:
    calendar.ensure_years(db, admin, [2026])
    estimated = [
        d
        for d in calendar.list_days(db, admin, 2026)
        if calendar_updates.is_estimated(d.name, d.source)
    ]
    assert [d.day for d in estimated] == [date(2026, 5, 27)]
    assert estimated[0].name.startswith("Құрбан айт")
    # The Spiritual Administration announced the day before.
    calendar_updates.confirm_feast(db, admin, date(2026, 5, 27), date(2026, 5, 26))
    days = {d.day: d for d in calendar.list_days(db, admin, 2026)}
    assert date(2026, 5, 27) not in days
    assert days[date(2026, 5, 26)].name == "Құрбан айт"
    assert days[date(2026, 5, 26)].source == calendar.ADMINISTRATOR_SOURCE
    assert not calendar_updates.is_estimated(days[date(2026, 5, 26)].name, "administrator")
    # The package's estimate is not offered back.
    assert calendar_updates.library_changes(db, admin) == []
    with pytest.raises(NotFound):
        calendar_updates.confirm_feast(db, admin, date(2026, 5, 27), date(2026, 5, 27))


def test_a_feast_confirmed_in_another_year_is_refused(db: Database, admin: Actor) -> None:
    calendar.ensure_years(db, admin, [2026])
    with pytest.raises(InvalidInput):
        calendar_updates.confirm_feast(db, admin, date(2026, 5, 27), date(2027, 5, 27))
    assert date(2026, 5, 27) in {d.day for d in calendar.list_days(db, admin, 2026)}


def test_only_the_calendars_keeper_sees_and_accepts_the_differences(
    db: Database, admin: Actor
) -> None:
    """The administrator and the secretary keep the calendar; a member does not."""
    member = make_user(db, admin, "member", Role.MEMBER)
    with pytest.raises(PermissionDenied):
        calendar_updates.library_changes(db, member)
    with pytest.raises(PermissionDenied):
        calendar_updates.apply_library_changes(db, member, [date(2026, 8, 31)])
    with pytest.raises(PermissionDenied):
        calendar_updates.confirm_feast(db, member, date(2026, 5, 27), date(2026, 5, 27))
