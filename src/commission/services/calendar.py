"""The working-day calendar as the administrator keeps it: seeded from the library, corrected."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import extract, select
from sqlalchemy.orm import Session

from commission.db.engine import Database
from commission.db.models import CalendarDay
from commission.domain.enums import AuditAction, Role
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.permissions import Permission
from commission.domain.workcalendar import CalendarDay as DayRule
from commission.domain.workcalendar import DayKind, WorkingCalendar, seed_days
from commission.services import audit
from commission.services.common import check_lengths, clean_text
from commission.services.context import Actor
from commission.services.errors import InvalidInput

ADMINISTRATOR_SOURCE = "administrator"
SYSTEM_LOGIN = "system:calendar"  # the audit's author of the automatic seeding at start-up


@dataclass(frozen=True)
class DayView:
    day: date
    kind: DayKind
    name: str
    source: str
    version: int


def load_calendar(session: Session) -> WorkingCalendar:
    """The calendar every deadline computation uses, from the database's table."""
    rows = session.scalars(select(CalendarDay).order_by(CalendarDay.day))
    return WorkingCalendar(DayRule(r.day, r.kind, r.name, r.source) for r in rows)


def seed_years(
    session: Session, actor: Actor, years: list[int], *, at_login_of: str | None = None
) -> int:
    """Add the library's days for ``years`` without touching days already in the table."""
    existing = set(session.scalars(select(CalendarDay.day)))
    added = 0
    for rule in seed_days(years):
        if rule.day in existing:
            continue
        session.add(
            CalendarDay(
                day=rule.day,
                kind=rule.kind,
                name=rule.name,
                source=rule.source,
                updated_by=actor.login,
            )
        )
        added += 1
    if added:
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.CREATE,
            "calendar_days",
            None,
            {"seeded_years": years, "days": added}
            | ({"at_login_of": at_login_of} if at_login_of else {}),
        )
    return added


def _missing_years(session: Session, years: list[int]) -> list[int]:
    return [
        y
        for y in years
        if session.scalar(
            select(CalendarDay.day).where(extract("year", CalendarDay.day) == y).limit(1)
        )
        is None
    ]


def ensure_years(db: Database, actor: Actor, years: list[int]) -> int:
    """Seed any of ``years`` that have no days yet, as the calendar's keeper asks (the
    calendar tab): an edit of the calendar, recorded in his name."""
    actor.require(Permission.EDIT_CALENDAR)
    with db.transaction() as session:
        missing = _missing_years(session, years)
        return seed_years(session, actor, missing) if missing else 0


def seed_current_years(db: Database, actor: Actor, today: date | None = None) -> int:
    """At start-up, for whoever logs in first: seed this year and the next from the holiday
    list when they have no days yet, so that every deadline has a calendar. It is the
    program's action, not the user's (a member may trigger it but changes no day): the audit
    entry is the system's, naming the login it happened at."""
    actor.require(Permission.VIEW_COMMISSION)
    year = (today or date.today()).year
    with db.transaction() as session:
        missing = _missing_years(session, [year, year + 1])
        if not missing:
            return 0
        system = Actor(
            user_id=None,
            login=SYSTEM_LOGIN,
            full_name=SYSTEM_LOGIN,
            role=Role.ADMINISTRATOR,
        )
        return seed_years(session, system, missing, at_login_of=actor.login)


def list_days(db: Database, actor: Actor, year: int) -> list[DayView]:
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        rows = session.scalars(
            select(CalendarDay)
            .where(CalendarDay.day >= date(year, 1, 1), CalendarDay.day <= date(year, 12, 31))
            .order_by(CalendarDay.day)
        )
        return [DayView(r.day, r.kind, r.name, r.source, r.version) for r in rows]


def set_day(db: Database, actor: Actor, day: date, kind: DayKind, name: str) -> DayView:
    """Add or change one exception (decreed transfer, working Saturday, late law change)."""
    actor.require(Permission.EDIT_CALENDAR)
    label = clean_text(name, multiline=False)
    if not label:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Give the day a name, e.g. the decree that moved it."),
            "name",
        )
    check_lengths(CalendarDay, {"name": label})
    weekend = day.weekday() >= 5
    if kind == DayKind.WORKING_DAY and not weekend:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{day} is a weekday and already a working day. To cancel a holiday on it, "
                "delete the holiday instead.",
            ),
            "kind",
            day=day.strftime("%d.%m.%Y"),
        )
    with db.transaction() as session:
        row = session.get(CalendarDay, day)
        if row is None:
            row = CalendarDay(
                day=day, kind=kind, name=label, source=ADMINISTRATOR_SOURCE, updated_by=actor.login
            )
            session.add(row)
            audit.record_create(session, actor, row)
        else:
            row.kind = kind
            row.name = label
            row.source = ADMINISTRATOR_SOURCE
            audit.record_update(session, actor, row)
        return DayView(row.day, row.kind, row.name, row.source, row.version)


def remove_day(db: Database, actor: Actor, day: date) -> None:
    """Remove an exception: the day follows the ordinary five-day week again."""
    actor.require(Permission.EDIT_CALENDAR)
    with db.transaction() as session:
        row = session.get(CalendarDay, day)
        if row is not None:
            from commission.services.calendar_updates import forget_seeded_day

            forget_seeded_day(session, actor, row)  # not offered back by the holiday list
            audit.record_delete(session, actor, row)


def working_calendar(db: Database) -> WorkingCalendar:
    with db.reading() as session:
        return load_calendar(session)
