"""The working calendar against the installed holiday list: what changed, accepted by the
administrator, and the movable feasts whose dates wait for confirmation.

Years are seeded once from the ``holidays`` package (``services.calendar``). Laws change after
that: the 2026 constitution removed 31 August and added 15 March, and a newer package knows it
while the table still holds what an older one said. The administrator sees the differences and
accepts them one by one; a day he entered or changed himself is never offered for change, and
an offer he declined, or a seeded day he deleted, is not offered again for the same content.

Movable feasts (Kurban Ait) are listed by the package with an estimated date; such a day waits
for the administrator to confirm it (or give the date announced) before it is an ordinary day.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from commission.db.engine import Database
from commission.db.models import CalendarDay, Setting
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.permissions import Permission
from commission.domain.workcalendar import CalendarDay as DayRule
from commission.domain.workcalendar import DayKind, is_library_source, seed_days
from commission.services import audit
from commission.services.calendar import ADMINISTRATOR_SOURCE
from commission.services.context import Actor
from commission.services.errors import InvalidInput, not_found

# The package's Kazakh mark of a date computed ahead of the religious authorities' announcement.
ESTIMATED_MARK = "(бағаланған)"
DECLINED_KEY = "calendar.declined_library_changes"


class ChangeKind(StrEnum):
    ADDED = "added"  # the package lists a day the table does not have
    REMOVED = "removed"  # a seeded day the package no longer lists
    CHANGED = "changed"  # the package gives a seeded day another kind or name


@dataclass(frozen=True)
class LibraryChange:
    """One difference between the table and the installed package."""

    day: date
    kind: ChangeKind
    stored_kind: DayKind | None
    stored_name: str | None
    stored_source: str | None
    new_kind: DayKind | None
    new_name: str | None
    new_source: str | None

    @property
    def signature(self) -> str:
        """What the offer says, so that a declined one is not offered again (a later package
        saying something else is a new offer)."""
        return (
            f"{self.day.isoformat()}|{self.kind.value}|{self.new_kind or ''}|{self.new_name or ''}"
        )


def is_estimated(name: str, source: str) -> bool:
    """A seeded movable feast whose date is the package's estimate, not yet confirmed."""
    return is_library_source(source) and name.rstrip().endswith(ESTIMATED_MARK)


def _declined(session: Session) -> set[str]:
    row = session.get(Setting, DECLINED_KEY)
    if row is None:
        return set()
    try:
        return set(json.loads(row.value))
    except (ValueError, TypeError):
        return set()


def _remember_declined(session: Session, actor: Actor, signatures: set[str]) -> None:
    row = session.get(Setting, DECLINED_KEY)
    value = json.dumps(sorted(_declined(session) | signatures), ensure_ascii=False)
    if row is None:
        row = Setting(key=DECLINED_KEY, value=value, updated_by=actor.login)
        session.add(row)
        audit.record_create(session, actor, row)
    elif row.value != value:
        row.value = value
        audit.record_update(session, actor, row)


def _stored_years(session: Session) -> list[int]:
    days = session.scalars(select(CalendarDay.day).where(CalendarDay.source.like("holidays %")))
    return sorted({d.year for d in days})


def _changes(session: Session) -> list[LibraryChange]:
    years = _stored_years(session)
    if not years:
        return []
    library = {rule.day: rule for rule in seed_days(years)}
    stored = {
        row.day: row
        for row in session.scalars(
            select(CalendarDay).where(
                CalendarDay.day >= date(years[0], 1, 1), CalendarDay.day <= date(years[-1], 12, 31)
            )
        )
        if row.day.year in years
    }
    found: list[LibraryChange] = []
    for day, rule in library.items():
        row = stored.get(day)
        if row is None:
            found.append(_change(day, ChangeKind.ADDED, None, rule))
        elif is_library_source(row.source) and (row.kind, row.name) != (rule.kind, rule.name):
            found.append(_change(day, ChangeKind.CHANGED, row, rule))
    for day, row in stored.items():
        if day not in library and is_library_source(row.source):
            found.append(_change(day, ChangeKind.REMOVED, row, None))
    declined = _declined(session)
    return sorted((c for c in found if c.signature not in declined), key=lambda c: c.day)


def _change(
    day: date, kind: ChangeKind, row: CalendarDay | None, rule: DayRule | None
) -> LibraryChange:
    return LibraryChange(
        day,
        kind,
        row.kind if row is not None else None,
        row.name if row is not None else None,
        row.source if row is not None else None,
        rule.kind if rule is not None else None,
        rule.name if rule is not None else None,
        rule.source if rule is not None else None,
    )


def library_changes(db: Database, actor: Actor) -> list[LibraryChange]:
    """The differences the administrator has not yet accepted or declined, by date."""
    actor.require(Permission.EDIT_CALENDAR)
    with db.reading() as session:
        return _changes(session)


def apply_library_changes(
    db: Database, actor: Actor, accepted: Sequence[date], declined: Sequence[date] = ()
) -> int:
    """Apply the offers for the ``accepted`` days and remember the ``declined`` ones; an offer
    that changed meanwhile (another administrator, a newer package) is left for next time.
    Returns the number of days changed."""
    actor.require(Permission.EDIT_CALENDAR)
    with db.transaction() as session:
        offers = {c.day: c for c in _changes(session)}
        done = 0
        for day in accepted:
            change = offers.get(day)
            if change is None:
                continue
            row = session.get(CalendarDay, day)
            if change.kind is ChangeKind.REMOVED and row is not None:
                audit.record_delete(session, actor, row)
            elif change.kind is ChangeKind.ADDED and row is None:
                assert change.new_kind and change.new_name and change.new_source
                row = CalendarDay(
                    day=day,
                    kind=change.new_kind,
                    name=change.new_name,
                    source=change.new_source,
                    updated_by=actor.login,
                )
                session.add(row)
                audit.record_create(session, actor, row)
            elif change.kind is ChangeKind.CHANGED and row is not None:
                assert change.new_kind and change.new_name and change.new_source
                row.kind, row.name, row.source = change.new_kind, change.new_name, change.new_source
                audit.record_update(session, actor, row)
            else:
                continue
            done += 1
        refused = {offers[d].signature for d in declined if d in offers}
        if refused:
            _remember_declined(session, actor, refused)
        return done


def forget_seeded_day(session: Session, actor: Actor, row: CalendarDay) -> None:
    """The administrator deleted a seeded day: the package's offer to add it back is declined
    with it (called by ``calendar.remove_day``)."""
    if is_library_source(row.source):
        rule = DayRule(row.day, row.kind, row.name, row.source)
        _remember_declined(
            session, actor, {_change(row.day, ChangeKind.ADDED, None, rule).signature}
        )


def confirm_feast(db: Database, actor: Actor, estimated: date, actual: date) -> None:
    """The administrator confirms a movable feast's date, or gives the one announced: the day
    becomes his (``ADMINISTRATOR_SOURCE``), named without the estimate's mark, and is no
    longer offered for change."""
    actor.require(Permission.EDIT_CALENDAR)
    with db.transaction() as session:
        row = session.get(CalendarDay, estimated)
        if row is None or not is_estimated(row.name, row.source):
            raise not_found("calendar_days")
        if actual.year != estimated.year:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "The feast's date must be in the same year as the expected {day}."
                ),
                "day",
                day=estimated.strftime("%d.%m.%Y"),
            )
        name = row.name.rstrip().removesuffix(ESTIMATED_MARK).rstrip()
        kind = row.kind
        if actual != estimated:
            # The package still lists its estimate: not an offer to make again.
            forget_seeded_day(session, actor, row)
            audit.record_delete(session, actor, row)
            session.flush()
            existing = session.get(CalendarDay, actual)
            if existing is not None:
                audit.record_delete(session, actor, existing)
                session.flush()
            row = CalendarDay(
                day=actual,
                kind=kind,
                name=name,
                source=ADMINISTRATOR_SOURCE,
                updated_by=actor.login,
            )
            session.add(row)
            audit.record_create(session, actor, row)
        else:
            row.name, row.source = name, ADMINISTRATOR_SOURCE
            audit.record_update(session, actor, row)
