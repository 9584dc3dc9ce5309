"""The commission's name and legal basis with history.

A commission renamed (under Law No. 245-VIII of 30.12.2025, art. 38: «Межведомственная комиссия
по реализации конституционного принципа "Закон и Порядок"») keeps its past minutes under the old
name: a meeting's documents read ``name_on`` the meeting's date. ``commissions`` keeps a copy of
the current name, which every other screen and document reads.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from commission.db.engine import Database
from commission.db.models import Commission, CommissionName
from commission.documents.minutes import Bilingual
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.permissions import Permission
from commission.services import audit
from commission.services.common import check_lengths, check_version, clean_text
from commission.services.context import Actor
from commission.services.errors import InvalidInput
from commission.services.scope import acting_commission

# The name's fields copied to ``commissions`` when they become current.
_NAME_FIELDS = (
    "name_ru",
    "name_kk",
    "short_name_ru",
    "short_name_kk",
    "title_ru",
    "title_kk",
    "act_type",
    "act_number",
    "act_date",
)


@dataclass(frozen=True)
class CommissionNameData:
    valid_from: date | None
    name_ru: str
    name_kk: str
    short_name_ru: str | None = None
    short_name_kk: str | None = None
    title_ru: str | None = None
    title_kk: str | None = None
    act_type: str | None = None
    act_number: str | None = None
    act_date: date | None = None
    act_text_ru: str | None = None
    act_text_kk: str | None = None


@dataclass(frozen=True)
class CommissionNameView(CommissionNameData):
    id: int = 0
    version: int = 0


def _view(row: CommissionName) -> CommissionNameView:
    return CommissionNameView(
        id=row.id,
        version=row.version,
        **{name: getattr(row, name) for name in CommissionNameData.__dataclass_fields__},
    )


def _rows(session: Session, commission_id: int) -> list[CommissionName]:
    """Oldest first; the first row (valid from the start) has no date."""
    rows = session.scalars(
        select(CommissionName).where(CommissionName.commission_id == commission_id)
    ).all()
    return sorted(rows, key=lambda r: r.valid_from or date.min)


def first_name_row(commission: Commission, login: str | None) -> CommissionName:
    """The history's first row (valid from the start) from a commission's current values."""
    row = CommissionName(commission_id=commission.id, valid_from=None, updated_by=login)
    for name in _NAME_FIELDS:
        setattr(row, name, getattr(commission, name))
    return row


def record_first_name(session: Session, actor: Actor, commission: Commission) -> None:
    """The history's first row, from a commission just made."""
    session.flush()
    row = first_name_row(commission, actor.login)
    session.add(row)
    audit.record_create(session, actor, row)


def sync_current_name(session: Session, actor: Actor, commission: Commission) -> None:
    """The commission's settings corrected its current name: the history's current row says
    the same (a correction is not a renaming)."""
    rows = _rows(session, commission.id)
    if not rows:
        record_first_name(session, actor, commission)
        return
    current = rows[-1]
    for name in _NAME_FIELDS:
        setattr(current, name, getattr(commission, name))
    audit.record_update(session, actor, current)


def name_on(session: Session, commission: Commission, day: date) -> Bilingual:
    """The commission's name as a document dated ``day`` prints it (after «заседания»)."""
    valid = [
        r for r in _rows(session, commission.id) if r.valid_from is None or r.valid_from <= day
    ]
    source: CommissionName | Commission = valid[-1] if valid else commission
    return Bilingual(source.title_ru or source.name_ru, source.title_kk or source.name_kk)


def name_history(db: Database, actor: Actor) -> list[CommissionNameView]:
    """The acting commission's names, newest first."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        commission = acting_commission(session, actor)
        return [_view(row) for row in reversed(_rows(session, commission.id))]


def _cleaned(data: CommissionNameData) -> CommissionNameData:
    name_ru = clean_text(data.name_ru)
    if not name_ru:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Enter the commission's full name and the akimat."),
            "name_ru",
        )
    if data.valid_from is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Enter the date from which the new name is valid."),
            "valid_from",
        )
    cleaned = replace(
        data,
        name_ru=name_ru,
        name_kk=clean_text(data.name_kk) or name_ru,
        short_name_ru=clean_text(data.short_name_ru, multiline=False),
        short_name_kk=clean_text(data.short_name_kk, multiline=False),
        title_ru=clean_text(data.title_ru, multiline=False),
        title_kk=clean_text(data.title_kk, multiline=False),
        act_type=clean_text(data.act_type, multiline=False),
        act_number=clean_text(data.act_number, multiline=False),
        act_text_ru=clean_text(data.act_text_ru),
        act_text_kk=clean_text(data.act_text_kk),
    )
    check_lengths(
        CommissionName,
        {name: getattr(cleaned, name) for name in CommissionNameData.__dataclass_fields__},
    )
    return cleaned


def rename_commission(
    db: Database,
    actor: Actor,
    version: int,
    data: CommissionNameData,
    today: date | None = None,
) -> CommissionNameView:
    """A new name (and the akim's decision behind it) from ``data.valid_from``: meetings from
    that date print it, earlier ones keep theirs. ``version`` is the commission's."""
    actor.require(Permission.EDIT_COMMISSION)
    data = _cleaned(data)
    valid_from = data.valid_from
    assert valid_from is not None
    if valid_from > (today or date.today()):
        # ``commissions`` holds the current name; a name that is not yet valid would need a
        # second, pending copy — it is recorded when its date comes.
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "A new name is recorded from its date once that date has come."
            ),
            "valid_from",
        )
    with db.transaction() as session:
        commission = acting_commission(session, actor)
        check_version(commission, version)
        rows = _rows(session, commission.id)
        latest = rows[-1].valid_from if rows else None
        if latest is not None and valid_from <= latest:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The new name must be valid from a date after {date}."),
                "valid_from",
                date=latest.strftime("%d.%m.%Y"),
            )
        if not rows:
            record_first_name(session, actor, commission)
        row = CommissionName(commission_id=commission.id, updated_by=actor.login)
        for name in CommissionNameData.__dataclass_fields__:
            setattr(row, name, getattr(data, name))
        session.add(row)
        audit.record_create(session, actor, row)
        for name in _NAME_FIELDS:
            setattr(commission, name, getattr(data, name))
        audit.record_update(session, actor, commission)
        return _view(row)
