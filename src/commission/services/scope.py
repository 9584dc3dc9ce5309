"""Which commission an action is for: one database may hold an oblast's commissions.

Every user of a commission works for the one chosen at log-in (``Actor.commission_id``); a
probation officer works for a district and belongs to that district's commission; the
administrator at the command line names one with ``--commission`` unless there is only one.
The oblast's commission reads its districts' and cities' records (``readable_commission_ids``)
but changes only its own.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from commission.db.base import Base
from commission.db.models import (
    AdminUnit,
    AgendaItem,
    Attendance,
    Commission,
    CommissionName,
    ControlPoint,
    ControlStep,
    Decision,
    DiscussionEntry,
    ExecutionReport,
    Extension,
    ExtractDispatch,
    InvitedGuest,
    Meeting,
    Member,
    MinutesRevision,
    OutgoingLetter,
    PoliceFigure,
    PoliceReport,
    RequiredItem,
    UserCommission,
    WorkPlanItem,
)
from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.domain.permissions import Permission, can_see_district
from commission.services.common import check_version, get_or_fail
from commission.services.context import Actor
from commission.services.errors import not_found

T = TypeVar("T", bound=Base)


class NoCommission(UserError):
    pass


class ChooseCommission(UserError):
    """Several commissions and nothing says which one: the message lists them."""


def _not_set_up() -> NoCommission:
    return NoCommission(
        QT_TRANSLATE_NOOP(
            "Errors", "The commission is not set up yet. The administrator describes it first."
        )
    )


def acting_commission(session: Session, actor: Actor) -> Commission:
    """The commission ``actor`` works for now."""
    if actor.commission_id is not None:
        commission = session.get(Commission, actor.commission_id)
        if commission is None:
            raise _not_set_up()
        return commission
    if actor.district_id is not None:
        # A probation officer sits on the commission of the district his service works for,
        # or, when the district has none, on the one above it that examines its cases.
        own_id = district_commission(session, actor.district_id)
        if own_id is not None:
            return session.get_one(Commission, own_id)
    commissions = session.scalars(select(Commission).order_by(Commission.id).limit(50)).all()
    if not commissions:
        raise _not_set_up()
    if len(commissions) == 1:
        return commissions[0]
    raise ChooseCommission(
        QT_TRANSLATE_NOOP(
            "Errors", "The database holds several commissions; choose one of them: {choices}."
        ),
        choices="; ".join(f"{c.id} — {c.short_name_ru or c.name_ru}" for c in commissions),
    )


def commission_ids_of_user(session: Session, user_id: int) -> list[int]:
    """The commissions a user works for, in the order they were made."""
    return list(
        session.scalars(
            select(UserCommission.commission_id)
            .where(UserCommission.user_id == user_id)
            .order_by(UserCommission.commission_id)
        )
    )


def units_under(session: Session, unit_id: int) -> set[int]:
    """``unit_id`` and every unit below it (an oblast's districts and cities)."""
    found = {unit_id}
    frontier = {unit_id}
    while frontier:
        children = set(
            session.scalars(select(AdminUnit.id).where(AdminUnit.parent_id.in_(frontier)))
        )
        frontier = children - found
        found |= frontier
    return found


def readable_commission_ids(session: Session, actor: Actor) -> set[int]:
    """The commissions whose records ``actor`` may read: their own, and for a commission of
    an oblast (or a city with districts) those of the units below it."""
    own = acting_commission(session, actor)
    units = units_under(session, own.admin_unit_id)
    return set(session.scalars(select(Commission.id).where(Commission.admin_unit_id.in_(units))))


# --- records and their commission -----------------------------------------------------------


class ForeignRecord(UserError):
    """A record of another commission that the actor may read (the oblast looking at a
    district's meeting) but not change."""


def foreign_record() -> ForeignRecord:
    return ForeignRecord(
        QT_TRANSLATE_NOOP("Errors", "Records of another commission can be read but not changed.")
    )


def own_commission_id(session: Session, actor: Actor) -> int:
    return acting_commission(session, actor).id


def scope_ids(
    session: Session,
    actor: Actor,
    commission_ids: Collection[int] | None = None,
    *,
    acting: Commission | None = None,
) -> set[int]:
    """The commissions a list is drawn from: the acting one by default (``acting`` when the
    caller has loaded it); the ones asked for (the oblast's consolidated views) when each is
    readable, else the list is refused the way a missing record is. A database with no
    commission yet has nothing to list."""
    try:
        if commission_ids is None:
            return {acting.id if acting is not None else own_commission_id(session, actor)}
        readable = readable_commission_ids(session, actor)
    except NoCommission:
        return set()
    asked = set(commission_ids)
    if not asked <= readable:
        raise not_found("commissions")
    return asked


def commission_of(session: Session, record: Base) -> int:
    """The commission a record belongs to: its own column, or that of its meeting."""
    if isinstance(record, Commission):
        return record.id
    if isinstance(
        record,
        Meeting | WorkPlanItem | Member | OutgoingLetter | RequiredItem | CommissionName,
    ):
        return record.commission_id
    parent: Base
    if isinstance(
        record, AgendaItem | Attendance | InvitedGuest | MinutesRevision | ExtractDispatch
    ):
        parent = session.get_one(Meeting, record.meeting_id)
    elif isinstance(record, Decision | DiscussionEntry | PoliceReport):
        parent = session.get_one(AgendaItem, record.agenda_item_id)
    elif isinstance(record, PoliceFigure):
        parent = session.get_one(PoliceReport, record.police_report_id)
    elif isinstance(record, ControlPoint | ControlStep):
        parent = session.get_one(Decision, record.decision_id)
    elif isinstance(record, ExecutionReport | Extension):
        parent = session.get_one(ControlPoint, record.control_point_id)
    else:
        raise TypeError(f"{type(record).__name__} belongs to no commission")
    return commission_of(session, parent)


def is_readable(session: Session, actor: Actor, record: Base) -> bool:
    try:
        return commission_of(session, record) in readable_commission_ids(session, actor)
    except NoCommission:
        return False


def get_readable(session: Session, actor: Actor, model: type[T], ident: object) -> T:
    """The record when its commission is readable by ``actor``; otherwise it looks missing."""
    record = get_or_fail(session, model, ident)
    require_readable(session, actor, record)
    return record


def require_readable(session: Session, actor: Actor, record: Base) -> None:
    if not is_readable(session, actor, record):
        raise not_found(type(record).__tablename__)


def require_own(session: Session, actor: Actor, record: Base) -> None:
    """Refuse a change to a record of another commission: a record the actor may not read
    looks missing, one he may read is named as another commission's. Checked before the
    version, so the refusal never discloses who changed it last."""
    require_readable(session, actor, record)
    if commission_of(session, record) != own_commission_id(session, actor):
        raise foreign_record()


def get_own(
    session: Session, actor: Actor, model: type[T], ident: object, version: int | None = None
) -> T:
    """The record to change: of the acting commission, and not changed since ``version``."""
    record = get_or_fail(session, model, ident)
    require_own(session, actor, record)
    check_version(record, version)
    return record


def covered_districts(session: Session, actor: Actor) -> set[int] | None:
    """The units whose clients' cases the acting commission examines: its own unit and those
    below it. None when the database holds one commission: it examines every case, whatever
    units the clients' districts were entered under. Kept for the session: a page of rows
    asks for every row."""
    key = ("covered_districts", actor.commission_id, actor.district_id, actor.user_id)
    if key in session.info:
        cached: set[int] | None = session.info[key]
        return cached
    covered: set[int] | None = None
    if len(session.scalars(select(Commission.id).limit(2)).all()) >= 2:
        commission = acting_or_none(session, actor)
        covered = set() if commission is None else units_under(session, commission.admin_unit_id)
    session.info[key] = covered
    return covered


def sees_district(session: Session, actor: Actor, district_id: int) -> bool:
    """Whether ``actor`` may see the clients of ``district_id``: an officer his own district's;
    a secretary, chair or administrator those of the units under the acting commission (every
    district while the database holds one commission)."""
    if not can_see_district(actor.role, actor.district_id, district_id):
        return False
    if actor.can(Permission.VIEW_ALL_DISTRICTS):
        covered = covered_districts(session, actor)
        return covered is None or district_id in covered
    return True


def acting_or_none(session: Session, actor: Actor) -> Commission | None:
    """The acting commission; None before the first-run set-up (lists are empty then)."""
    try:
        return acting_commission(session, actor)
    except NoCommission:
        return None


def readable_or_empty(session: Session, actor: Actor) -> set[int]:
    try:
        return readable_commission_ids(session, actor)
    except NoCommission:
        return set()


def district_commission(session: Session, district_id: int) -> int | None:
    """The commission that examines the cases of ``district_id``: the district's own, else
    the nearest one above it (a city's, the oblast's); the only one when there is one."""
    commissions = session.scalars(select(Commission.id).limit(2)).all()
    if len(commissions) < 2:
        return commissions[0] if commissions else None
    unit_id: int | None = district_id
    seen: set[int] = set()
    while unit_id is not None and unit_id not in seen:
        seen.add(unit_id)
        own = session.scalar(
            select(Commission.id)
            .where(Commission.admin_unit_id == unit_id)
            .order_by(Commission.id)
            .limit(1)
        )
        if own is not None:
            return own
        unit_id = session.scalar(select(AdminUnit.parent_id).where(AdminUnit.id == unit_id))
    return None
