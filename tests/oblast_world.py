"""An oblast with one district, each with its commission: the world of questions and control
that cross from one commission to the other (tests of ``cross_commission`` and
``district_control``, services and GUI)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select

from commission.db.engine import Database
from commission.db.models import AdminUnit, Commission
from commission.domain.enums import AdminLevel, AgencyKind, CommissionKind, MemberRole, Role
from commission.services import agencies, audit, composition, decisions
from commission.services.context import Actor
from tests.conftest import make_user
from tests.test_decisions import fixed, instruction, make_sitting, new_item, new_meeting

OBLAST_MEETING_DAY = date(2026, 3, 20)
DUE = date(2026, 4, 10)


@dataclass(frozen=True)
class OblastWorld:
    admin: Actor
    district: Actor  # the district commission's secretary
    oblast: Actor  # the oblast commission's secretary
    district_commission: int
    oblast_commission: int
    district_unit: int
    district_meeting: int
    district_decision: int
    oblast_meeting: int
    akimat: int  # the district's akimat, an agency tied to the district
    police: int  # an agency of no district


def make_oblast_world(db: Database, admin: Actor) -> OblastWorld:
    s = make_sitting(db, admin)
    district_decision = decisions.add_decision(
        db,
        s.secretary,
        new_item(db, s.secretary, s.meeting_id, "О занятости"),
        instruction(s.police),
    ).id
    oblast_unit = composition.add_admin_unit(
        db,
        admin,
        composition.AdminUnitData(AdminLevel.OBLAST, "Акмолинская область", "Ақмола облысы"),
        None,
    ).id
    with db.transaction() as session:
        unit = session.get_one(AdminUnit, s.district_id)
        unit.parent_id = oblast_unit
        audit.record_update(session, admin, unit)
        session.flush()
        district_commission = session.scalars(
            select(Commission.id).where(Commission.admin_unit_id == s.district_id)
        ).one()
    oblast_commission = composition.add_commission(
        db,
        admin,
        composition.CommissionData(
            kind=CommissionKind.MERGED,
            name_ru="Областная межведомственная комиссия",
            name_kk="Облыстық ведомствоаралық комиссия",
            akimat_ru="Акимат Акмолинской области",
            akimat_kk="Ақмола облысының әкімдігі",
            short_name_ru="Областная комиссия",
            short_name_kk="Облыстық комиссия",
        ),
        oblast_unit,
    ).id
    at_oblast = replace(admin, commission_id=oblast_commission)
    for name, role in (
        ("Жумабеков Арман Сакенович", MemberRole.CHAIR),
        ("Ибраева Асель Маратовна", MemberRole.SECRETARY),
        ("Петров Олег Иванович", MemberRole.MEMBER),
    ):
        composition.add_member(
            db,
            at_oblast,
            composition.MemberData(
                full_name=name, position_ru="Член комиссии", role=role, valid_from=date(2026, 1, 1)
            ),
        )
    oblast = make_user(db, admin, "oblast", Role.SECRETARY, commission_ids=(oblast_commission,))
    district = replace(s.secretary, commission_id=district_commission)
    akimat = agencies.create_agency(
        db,
        admin,
        agencies.AgencyData(
            kind=AgencyKind.AKIMAT,
            name_ru="Акимат Целиноградского района",
            name_kk="Целиноград ауданының әкімдігі",
            admin_unit_id=s.district_id,
        ),
    ).id
    return OblastWorld(
        admin=admin,
        district=district,
        oblast=oblast,
        district_commission=district_commission,
        oblast_commission=oblast_commission,
        district_unit=s.district_id,
        district_meeting=s.meeting_id,
        district_decision=district_decision,
        oblast_meeting=new_meeting(db, oblast, OBLAST_MEETING_DAY, present=3),
        akimat=akimat,
        police=s.police,
    )


def oblast_decision(db: Database, w: OblastWorld, *executors: int) -> int:
    """An oblast decision with a term, led by the first executor, the others co-executing."""
    item = new_item(db, w.oblast, w.oblast_meeting, "О профилактике в районах")
    lead, *others = executors
    data = instruction(lead, fixed(DUE), co_executor_ids=tuple(others))
    return decisions.add_decision(db, w.oblast, item, data).id
