"""The commission itself and its composition, which changes by akimat decree over time."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, joinedload

from commission.db.engine import Database
from commission.db.models import AdminUnit, Commission, Member, UserCommission
from commission.domain.enums import AdminLevel, CommissionKind, MemberRole, Role
from commission.domain.iin import Sex
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.permissions import Permission
from commission.domain.workcalendar import DayOffRule
from commission.services import audit, commission_names, required_items
from commission.services.common import check_lengths, clean_text, get_for_edit
from commission.services.context import Actor
from commission.services.errors import InvalidInput
from commission.services.scope import NoCommission as NoCommission  # its old home
from commission.services.scope import acting_commission, get_own, get_readable, scope_ids


@dataclass(frozen=True)
class CommissionData:
    kind: CommissionKind
    name_ru: str
    name_kk: str
    akimat_ru: str
    akimat_kk: str
    short_name_ru: str | None = None
    short_name_kk: str | None = None
    title_ru: str | None = None
    title_kk: str | None = None
    act_type: str | None = None
    act_number: str | None = None
    act_date: date | None = None
    binding_by_default: bool = True
    quorum_numerator: int = 1
    quorum_denominator: int = 2
    chair_casting_vote: bool = True
    majority_of_present: bool = True
    meetings_per_year: int = 4
    day_off_rule: DayOffRule = DayOffRule.NEXT
    due_soon_working_days: int = 5


@dataclass(frozen=True)
class CommissionView(CommissionData):
    id: int = 0
    admin_unit_id: int = 0
    admin_unit_ru: str = ""
    admin_unit_kk: str = ""
    version: int = 0


@dataclass(frozen=True)
class MemberData:
    full_name: str
    position_ru: str
    role: MemberRole
    valid_from: date
    position_kk: str | None = None
    agency_id: int | None = None
    is_voting: bool = True
    valid_to: date | None = None
    decree: str | None = None
    phone: str | None = None
    sex: Sex | None = None  # «сообщил» or «сообщила», and the case forms of the name


@dataclass(frozen=True)
class MemberView(MemberData):
    id: int = 0
    agency_name: str | None = None
    version: int = 0


_COMMISSION_FIELDS = tuple(CommissionData.__dataclass_fields__)
_MEMBER_FIELDS = tuple(MemberData.__dataclass_fields__)


def _commission(session: Session, actor: Actor) -> Commission:
    return acting_commission(session, actor)


def _commission_view(commission: Commission) -> CommissionView:
    unit = commission.admin_unit
    return CommissionView(
        id=commission.id,
        admin_unit_id=unit.id,
        admin_unit_ru=unit.name_ru,
        admin_unit_kk=unit.name_kk,
        version=commission.version,
        **{name: getattr(commission, name) for name in _COMMISSION_FIELDS},
    )


def commission_or_none(db: Database) -> CommissionView | None:
    """The commission this database serves; ``None`` before the first-run set-up."""
    with db.reading() as session:
        commission = session.scalar(select(Commission).order_by(Commission.id).limit(1))
        return _commission_view(commission) if commission else None


def get_commission(db: Database, actor: Actor) -> CommissionView:
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        return _commission_view(_commission(session, actor))


def _clean_commission(data: CommissionData) -> CommissionData:
    name_ru = clean_text(data.name_ru)
    akimat_ru = clean_text(data.akimat_ru, multiline=False)
    if not name_ru or not akimat_ru:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Enter the commission's full name and the akimat."),
            "name_ru",
        )
    if (
        data.quorum_numerator <= 0
        or data.quorum_denominator <= 0
        or (data.quorum_numerator >= data.quorum_denominator)
    ):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The quorum share must be a fraction below one."),
            "quorum_numerator",
        )
    cleaned = replace(
        data,
        name_ru=name_ru,
        name_kk=clean_text(data.name_kk) or name_ru,
        akimat_ru=akimat_ru,
        akimat_kk=clean_text(data.akimat_kk, multiline=False) or akimat_ru,
        title_ru=clean_text(data.title_ru, multiline=False),
        title_kk=clean_text(data.title_kk, multiline=False),
        act_type=clean_text(data.act_type, multiline=False),
        act_number=clean_text(data.act_number, multiline=False),
    )
    check_lengths(Commission, {name: getattr(cleaned, name) for name in _COMMISSION_FIELDS})
    return cleaned


def update_commission(
    db: Database, actor: Actor, version: int, data: CommissionData
) -> CommissionView:
    actor.require(Permission.EDIT_COMMISSION)
    data = _clean_commission(data)
    with db.transaction() as session:
        current = _commission(session, actor)
        commission = get_for_edit(session, Commission, current.id, version)
        for name in _COMMISSION_FIELDS:
            setattr(commission, name, getattr(data, name))
        if audit.record_update(session, actor, commission):
            commission_names.sync_current_name(session, actor, commission)
        return _commission_view(commission)


@dataclass(frozen=True)
class AdminUnitData:
    level: AdminLevel
    name_ru: str
    name_kk: str
    kato_code: str | None = None


def _new_unit(unit_data: AdminUnitData, parent_id: int | None = None) -> AdminUnit:
    name_ru = clean_text(unit_data.name_ru, multiline=False)
    if not name_ru:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Enter the name of the district, city or oblast."),
            "unit_name_ru",
        )
    return AdminUnit(
        parent_id=parent_id,
        level=unit_data.level,
        name_ru=name_ru,
        name_kk=clean_text(unit_data.name_kk, multiline=False) or name_ru,
        kato_code=clean_text(unit_data.kato_code, multiline=False),
    )


def _insert_commission(
    session: Session, actor: Actor, data: CommissionData, unit: AdminUnit
) -> Commission:
    """The commission, and its creator's link to it: the administrator who describes a
    commission works for it (the first one's administrator at once, others may switch)."""
    commission = Commission(
        admin_unit=unit,
        updated_by=actor.login,
        **{name: getattr(data, name) for name in _COMMISSION_FIELDS},
    )
    session.add(commission)
    audit.record_create(session, actor, commission)
    commission_names.record_first_name(session, actor, commission)
    required_items.seed_required_items(session, actor, commission)
    if actor.user_id is not None and actor.role is not Role.PROBATION_OFFICER:
        link = UserCommission(
            user_id=actor.user_id, commission_id=commission.id, updated_by=actor.login
        )
        session.add(link)
        audit.record_create(session, actor, link)
    return commission


def create_commission(
    db: Database, actor: Actor, data: CommissionData, unit_data: AdminUnitData | AdminUnit
) -> CommissionView:
    """First-run set-up: the commission and the administrative unit it serves.

    Refused once the database has a commission: two set-up wizards started against one new
    server must not make two. Further commissions are added with ``add_commission``.
    """
    actor.require(Permission.EDIT_COMMISSION)
    data = _clean_commission(data)
    unit = unit_data if isinstance(unit_data, AdminUnit) else _new_unit(unit_data)
    with db.transaction() as session:
        if session.scalar(select(Commission.id).limit(1)) is not None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "This database already has a commission."), None
            )
        unit.updated_by = actor.login
        session.add(unit)
        audit.record_create(session, actor, unit)
        return _commission_view(_insert_commission(session, actor, data, unit))


def add_commission(
    db: Database, actor: Actor, data: CommissionData, unit_id: int
) -> CommissionView:
    """One more commission on the server (the oblast's, a district's, a city's), at the akimat of
    ``unit_id``. Arranging the server is the administrator's, like its accounts."""
    actor.require(Permission.MANAGE_USERS)
    data = _clean_commission(data)
    with db.transaction() as session:
        unit = session.get(AdminUnit, unit_id)
        if unit is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "There is no district with the number {id}."),
                "unit_id",
                id=unit_id,
            )
        return _commission_view(_insert_commission(session, actor, data, unit))


def add_admin_unit(
    db: Database, actor: Actor, data: AdminUnitData, parent_id: int | None
) -> AdminUnitView:
    """A district, city or oblast on the server; under ``parent_id`` (a district under its
    oblast), so that the oblast's commission reads the records of the units below it."""
    actor.require(Permission.MANAGE_USERS)
    unit = _new_unit(data, parent_id)
    check_lengths(AdminUnit, {"name_ru": unit.name_ru, "name_kk": unit.name_kk})
    if unit.kato_code is not None and not (unit.kato_code.isdigit() and len(unit.kato_code) == 9):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A KATO code is 9 digits."), "kato_code")
    with db.transaction() as session:
        if parent_id is not None and session.get(AdminUnit, parent_id) is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "There is no district with the number {id}."),
                "parent_id",
                id=parent_id,
            )
        if unit.kato_code is not None and session.scalar(
            select(AdminUnit.id).where(AdminUnit.kato_code == unit.kato_code)
        ):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The KATO code {code} is already used."),
                "kato_code",
                code=unit.kato_code,
            )
        unit.updated_by = actor.login
        session.add(unit)
        audit.record_create(session, actor, unit)
        return _unit_view(unit)


def list_commissions(db: Database, actor: Actor) -> list[CommissionView]:
    """Every commission on the server, for the administrator arranging it."""
    actor.require(Permission.MANAGE_USERS)
    with db.reading() as session:
        rows = session.scalars(
            select(Commission).options(joinedload(Commission.admin_unit)).order_by(Commission.id)
        )
        return [_commission_view(c) for c in rows]


def _member_view(member: Member) -> MemberView:
    return MemberView(
        id=member.id,
        agency_name=member.agency.name_ru if member.agency else None,
        version=member.version,
        **{name: getattr(member, name) for name in _MEMBER_FIELDS},
    )


def _clean_member(data: MemberData) -> MemberData:
    full_name = clean_text(data.full_name, multiline=False)
    position = clean_text(data.position_ru, multiline=False)
    if not full_name or not position:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Enter the member's full name and position."), "full_name"
        )
    if data.valid_to is not None and data.valid_to < data.valid_from:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The end of membership ({end}) is before its start ({start})."
            ),
            "valid_to",
            start=data.valid_from.strftime("%d.%m.%Y"),
            end=data.valid_to.strftime("%d.%m.%Y"),
        )
    cleaned = replace(
        data,
        full_name=full_name,
        position_ru=position,
        position_kk=clean_text(data.position_kk, multiline=False),
        decree=clean_text(data.decree, multiline=False),
        phone=clean_text(data.phone, multiline=False),
    )
    check_lengths(Member, {name: getattr(cleaned, name) for name in _MEMBER_FIELDS})
    return cleaned


def _check_single_roles(session: Session, commission_id: int, data: MemberData, own: int) -> None:
    """A commission has one chair and one secretary at any date."""
    if data.role not in (MemberRole.CHAIR, MemberRole.SECRETARY):
        return
    far = date(9999, 12, 31)
    end = data.valid_to or far
    clash = session.scalar(
        select(Member).where(
            Member.commission_id == commission_id,
            Member.role == data.role,
            Member.id != own,
            Member.valid_from <= end,
            or_(Member.valid_to.is_(None), Member.valid_to >= data.valid_from),
        )
    )
    if clash is not None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} holds this role in the same period. End their membership first "
                "(the day before the new member starts).",
            ),
            "role",
            name=clash.full_name,
        )


def list_members(
    db: Database,
    actor: Actor,
    on: date | None = None,
    *,
    commission_ids: Collection[int] | None = None,
) -> list[MemberView]:
    """The composition valid on ``on``, or the whole history when ``on`` is ``None``: of the
    acting commission, or of ``commission_ids`` (each readable by ``actor``)."""
    actor.require(Permission.VIEW_COMMISSION)
    order = {MemberRole.CHAIR: 0, MemberRole.DEPUTY_CHAIR: 1, MemberRole.SECRETARY: 2}
    with db.reading() as session:
        scope = scope_ids(session, actor, commission_ids)
        query = (
            select(Member).options(joinedload(Member.agency)).where(Member.commission_id.in_(scope))
        )
        if on is not None:
            query = query.where(
                Member.valid_from <= on, or_(Member.valid_to.is_(None), Member.valid_to >= on)
            )
        members = list(session.scalars(query))
        members.sort(key=lambda m: (order.get(m.role, 3), m.valid_from, m.full_name))
        return [_member_view(m) for m in members]


def add_member(db: Database, actor: Actor, data: MemberData) -> MemberView:
    actor.require(Permission.EDIT_COMMISSION)
    data = _clean_member(data)
    with db.transaction() as session:
        commission = _commission(session, actor)
        _check_single_roles(session, commission.id, data, 0)
        member = Member(
            commission_id=commission.id,
            updated_by=actor.login,
            **{name: getattr(data, name) for name in _MEMBER_FIELDS},
        )
        session.add(member)
        audit.record_create(session, actor, member)
        return _member_view(member)


def update_member(
    db: Database, actor: Actor, member_id: int, version: int, data: MemberData
) -> MemberView:
    actor.require(Permission.EDIT_COMMISSION)
    data = _clean_member(data)
    with db.transaction() as session:
        member = get_own(session, actor, Member, member_id, version)
        _check_single_roles(session, member.commission_id, data, member.id)
        for name in _MEMBER_FIELDS:
            setattr(member, name, getattr(data, name))
        audit.record_update(session, actor, member)
        return _member_view(member)


def replace_member(
    db: Database, actor: Actor, member_id: int, version: int, replacement: MemberData
) -> MemberView:
    """A decree replaces a member: the old term ends the day before the new one starts."""
    actor.require(Permission.EDIT_COMMISSION)
    data = _clean_member(replacement)
    with db.transaction() as session:
        old = get_own(session, actor, Member, member_id, version)
        if data.valid_from <= old.valid_from:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "The replacement must start after the current member's start date."
                ),
                "valid_from",
            )
        last_day = data.valid_from - timedelta(days=1)
        if old.valid_to is None or old.valid_to > last_day:
            old.valid_to = last_day  # never lengthen a term that already ended earlier
        audit.record_update(session, actor, old)
        _check_single_roles(session, old.commission_id, data, old.id)
        member = Member(
            commission_id=old.commission_id,
            updated_by=actor.login,
            **{name: getattr(data, name) for name in _MEMBER_FIELDS},
        )
        session.add(member)
        audit.record_create(session, actor, member)
        return _member_view(member)


def get_member(db: Database, actor: Actor, member_id: int) -> MemberView:
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        return _member_view(get_readable(session, actor, Member, member_id))


@dataclass(frozen=True)
class AdminUnitView:
    id: int
    name_ru: str
    name_kk: str
    level: str
    parent_id: int | None = None
    kato_code: str | None = None


def _unit_view(unit: AdminUnit) -> AdminUnitView:
    return AdminUnitView(
        unit.id, unit.name_ru, unit.name_kk, unit.level.value, unit.parent_id, unit.kato_code
    )


def list_admin_units(db: Database, actor: Actor) -> list[AdminUnitView]:
    """Districts and cities, for a user's or a client's district."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        rows = session.scalars(select(AdminUnit).order_by(AdminUnit.name_ru))
        return [_unit_view(u) for u in rows]
