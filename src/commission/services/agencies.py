"""Agencies: the bodies that receive instructions and send execution reports."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from commission.db.engine import Database
from commission.db.models import AdminUnit, Agency
from commission.domain.enums import AgencyKind
from commission.domain.iin import InvalidBin, Sex, parse_bin
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.permissions import Permission
from commission.services import audit
from commission.services.common import check_lengths, clean_text, get_for_edit
from commission.services.context import Actor
from commission.services.errors import InvalidInput


@dataclass(frozen=True)
class AgencyData:
    kind: AgencyKind
    name_ru: str
    name_kk: str
    short_name_ru: str | None = None
    short_name_kk: str | None = None
    bin: str | None = None
    head_name: str | None = None
    head_position: str | None = None
    contact_person: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    is_active: bool = True
    head_position_kk: str | None = None
    head_sex: Sex | None = None
    # The district or city an akimat governs (``None`` for every other agency).
    admin_unit_id: int | None = None


@dataclass(frozen=True)
class AgencyView(AgencyData):
    id: int = 0
    version: int = 0


_FIELDS = tuple(AgencyData.__dataclass_fields__)


def _view(agency: Agency) -> AgencyView:
    values = {name: getattr(agency, name) for name in _FIELDS}
    return AgencyView(id=agency.id, version=agency.version, **values)


def _cleaned(data: AgencyData) -> AgencyData:
    name_ru = clean_text(data.name_ru, multiline=False)
    if not name_ru:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Enter the agency's name in Russian."), "name_ru"
        )
    bin_value = clean_text(data.bin, multiline=False)
    if bin_value:
        try:
            bin_value = parse_bin(bin_value)
        except InvalidBin as exc:
            raise InvalidInput(exc.text, "bin", **exc.params) from exc
    email = clean_text(data.email, multiline=False)
    if email and ("@" not in email or " " in email):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The e-mail address «{email}» is not valid."),
            "email",
            email=email,
        )

    def line(value: str | None) -> str | None:
        return clean_text(value, multiline=False)

    cleaned = replace(
        data,
        name_ru=name_ru,
        name_kk=line(data.name_kk) or name_ru,
        bin=bin_value,
        email=email,
        short_name_ru=line(data.short_name_ru),
        short_name_kk=line(data.short_name_kk),
        head_name=line(data.head_name),
        head_position=line(data.head_position),
        head_position_kk=line(data.head_position_kk),
        contact_person=line(data.contact_person),
        phone=line(data.phone),
        address=line(data.address),
    )
    check_lengths(Agency, {name: getattr(cleaned, name) for name in _FIELDS})
    return cleaned


def _check_unique(session: Session, data: AgencyData, own_id: int | None) -> None:
    clash = session.scalar(
        select(Agency.id).where(Agency.name_ru == data.name_ru, Agency.id != (own_id or 0))
    )
    if clash is not None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "An agency named «{name}» already exists."),
            "name_ru",
            name=data.name_ru,
        )
    if data.bin:
        clash = session.scalar(
            select(Agency.id).where(Agency.bin == data.bin, Agency.id != (own_id or 0))
        )
        if clash is not None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Another agency already has the BIN {bin}."),
                "bin",
                bin=data.bin,
            )


def _check_unit(session: Session, data: AgencyData) -> None:
    if data.admin_unit_id is not None and session.get(AdminUnit, data.admin_unit_id) is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Choose the district or city the akimat governs."),
            "admin_unit_id",
        )


def list_agencies(db: Database, actor: Actor, include_inactive: bool = True) -> list[AgencyView]:
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        query = select(Agency).order_by(Agency.name_ru)
        if not include_inactive:
            query = query.where(Agency.is_active.is_(True))
        return [_view(a) for a in session.scalars(query)]


def create_agency(db: Database, actor: Actor, data: AgencyData) -> AgencyView:
    actor.require(Permission.EDIT_AGENCIES)
    data = _cleaned(data)
    with db.transaction() as session:
        _check_unique(session, data, None)
        _check_unit(session, data)
        agency = Agency(**{name: getattr(data, name) for name in _FIELDS}, updated_by=actor.login)
        session.add(agency)
        audit.record_create(session, actor, agency)
        return _view(agency)


def update_agency(
    db: Database, actor: Actor, agency_id: int, version: int, data: AgencyData
) -> AgencyView:
    actor.require(Permission.EDIT_AGENCIES)
    data = _cleaned(data)
    with db.transaction() as session:
        agency = get_for_edit(session, Agency, agency_id, version)
        _check_unique(session, data, agency_id)
        _check_unit(session, data)
        for name in _FIELDS:
            setattr(agency, name, getattr(data, name))
        audit.record_update(session, actor, agency)
        return _view(agency)
