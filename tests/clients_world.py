"""A small probation world for the client tests: two districts, their officers, a secretary,
a chair and a member."""

from __future__ import annotations

from dataclasses import dataclass

from commission.db.engine import Database
from commission.db.models import AdminUnit
from commission.domain.enums import AdminLevel, Role
from commission.services.context import Actor
from tests.conftest import make_admin, make_user


@dataclass(frozen=True)
class World:
    district_a: int
    district_b: int
    officer_a: Actor
    officer_b: Actor
    secretary: Actor
    chair: Actor
    member: Actor
    admin: Actor


def build_world(db: Database) -> World:
    admin = make_admin(db)
    with db.transaction() as s:
        a = AdminUnit(
            level=AdminLevel.DISTRICT, name_ru="Косшы", name_kk="Қосшы", kato_code="111010000"
        )
        b = AdminUnit(
            level=AdminLevel.DISTRICT,
            name_ru="Целиноградский район",
            name_kk="Целиноград ауданы",
            kato_code="111020000",
        )
        s.add_all([a, b])
        s.flush()
        ids = (a.id, b.id)
    return World(
        district_a=ids[0],
        district_b=ids[1],
        officer_a=make_user(db, admin, "officer_a", Role.PROBATION_OFFICER, district_id=ids[0]),
        officer_b=make_user(db, admin, "officer_b", Role.PROBATION_OFFICER, district_id=ids[1]),
        secretary=make_user(db, admin, "secretary", Role.SECRETARY),
        chair=make_user(db, admin, "chair", Role.CHAIR),
        member=make_user(db, admin, "member", Role.MEMBER),
        admin=admin,
    )
