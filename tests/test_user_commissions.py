"""Users work for commissions: an oblast's server with the oblast and a district commission.

The administrator links each account to its commissions (audited), a user with one logs in
working for it, one with several chooses, and no one can choose a commission not theirs.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from commission.db.engine import Database
from commission.db.models import AuditEntry, UserCommission
from commission.domain.enums import AdminLevel, CommissionKind, Role
from commission.domain.permissions import PermissionDenied
from commission.services import audit, auth, commission_choice, composition, users
from commission.services.context import Actor
from commission.services.errors import InvalidInput
from commission.services.scope import ChooseCommission
from tests.conftest import PASSWORD, make_admin


def _data(name: str) -> composition.CommissionData:
    return composition.CommissionData(
        kind=CommissionKind.MERGED,
        name_ru=f"Комиссия {name}",
        name_kk=f"{name} комиссиясы",
        akimat_ru=f"Акимат {name}",
        akimat_kk=f"{name} әкімдігі",
        short_name_ru=f"МВК {name}",
        short_name_kk=f"ВАК {name}",
    )


def _oblast(db: Database) -> tuple[Actor, int, int, int]:
    """The administrator (of the first commission), the oblast's and a district's commission,
    and the district's unit."""
    admin = make_admin(db)
    oblast = composition.create_commission(
        db,
        admin,
        _data("области"),
        composition.AdminUnitData(AdminLevel.OBLAST, "Акмолинская область", "Ақмола облысы"),
    )
    unit = composition.add_admin_unit(
        db,
        admin,
        composition.AdminUnitData(
            AdminLevel.DISTRICT, "Аршалынский район", "Аршалы ауданы", "114000000"
        ),
        parent_id=oblast.admin_unit_id,
    )
    district = composition.add_commission(db, admin, _data("района"), unit.id)
    return auth.login(db, "admin", PASSWORD), oblast.id, district.id, unit.id


def _links(db: Database) -> set[tuple[int, int]]:
    with db.reading() as session:
        return {(u.user_id, u.commission_id) for u in session.scalars(select(UserCommission))}


def test_the_creator_works_for_the_commissions_and_chooses(db: Database) -> None:
    admin, oblast, district, unit = _oblast(db)
    assert admin.user_id is not None
    assert _links(db) == {(admin.user_id, oblast), (admin.user_id, district)}
    assert admin.commission_id is None  # two commissions: the log-in does not choose
    with pytest.raises(ChooseCommission):
        composition.get_commission(db, admin)
    mine = commission_choice.my_commissions(db, admin)
    assert [c.id for c in mine] == [oblast, district]
    assert mine[1].short_name("kk") == "ВАК района — Аршалы ауданы"
    in_district = commission_choice.choose_commission(db, admin, district)
    assert composition.get_commission(db, in_district).id == district
    assert commission_choice.current_commission(db, in_district).unit_ru == "Аршалынский район"
    units = {u.id: u for u in composition.list_admin_units(db, admin)}
    oblast_unit = composition.get_commission(
        db, commission_choice.choose_commission(db, admin, oblast)
    ).admin_unit_id
    assert (units[unit].parent_id, units[unit].kato_code) == (oblast_unit, "114000000")
    assert [c.id for c in composition.list_commissions(db, admin)] == [oblast, district]


def test_a_user_works_for_the_given_commissions_and_logs_in_to_his_only_one(db: Database) -> None:
    admin, oblast, district, _ = _oblast(db)
    in_district = commission_choice.choose_commission(db, admin, district)
    # Without a list, a new user works where the administrator works now.
    view = users.add_user(
        db, in_district, "secretary2", PASSWORD,
        users.UserInput(full_name="Секретарь Района", role=Role.SECRETARY),
    )  # fmt: skip
    assert view.commission_ids == (district,)
    secretary = auth.login(db, "secretary2", PASSWORD)
    assert secretary.commission_id == district
    assert composition.get_commission(db, secretary).id == district
    with pytest.raises(InvalidInput) as refused:
        commission_choice.choose_commission(db, secretary, oblast)
    assert refused.value.field == "commission"
    assert [c.id for c in commission_choice.my_commissions(db, secretary)] == [district]

    # The administrator gives him the oblast's too: now he chooses at log-in.
    version = next(u.version for u in users.list_users(db, admin) if u.id == view.id)
    changed = users.update_user(
        db, admin, view.id, version,
        users.UserInput(
            full_name="Секретарь Района", role=Role.SECRETARY, commission_ids=(oblast, district)
        ),
    )  # fmt: skip
    assert changed.commission_ids == (oblast, district)
    assert auth.login(db, "secretary2", PASSWORD).commission_id is None
    listed = {u.login: u.commission_ids for u in users.list_users(db, admin)}
    assert listed["secretary2"] == (oblast, district)

    # Taking one away is a change like any other: audited, and the trail verifies.
    version = next(u.version for u in users.list_users(db, admin) if u.id == view.id)
    only_oblast = users.UserInput(
        full_name="Секретарь Района", role=Role.SECRETARY, commission_ids=(oblast,)
    )
    users.update_user(db, admin, view.id, version, only_oblast)
    assert auth.login(db, "secretary2", PASSWORD).commission_id == oblast
    with db.reading() as session:
        entries = [
            (e.action, e.entity_id)
            for e in session.scalars(
                select(AuditEntry).where(AuditEntry.entity == "user_commissions")
            )
        ]
    assert ("delete", f"{view.id}/{district}") in entries
    assert ("create", f"{view.id}/{oblast}") in entries
    assert audit.verify(db, deep=True).ok


def test_commissions_are_checked(db: Database) -> None:
    admin, oblast, _district, unit = _oblast(db)
    cases = [
        (users.UserInput(full_name="A", role=Role.MEMBER, commission_ids=()), "commission_ids"),
        (users.UserInput(full_name="A", role=Role.MEMBER, commission_ids=(999,)), "commission_ids"),
        (
            users.UserInput(
                full_name="A",
                role=Role.PROBATION_OFFICER,
                district_id=unit,
                commission_ids=(oblast,),
            ),
            "commission_ids",
        ),
    ]
    for data, field in cases:
        with pytest.raises(InvalidInput) as refused:
            users.add_user(db, admin, "someone", PASSWORD, data)
        assert refused.value.field == field
    officer = users.add_user(
        db, admin, "officer", PASSWORD,
        users.UserInput(full_name="Офицер", role=Role.PROBATION_OFFICER, district_id=unit),
    )  # fmt: skip
    assert officer.commission_ids == ()


def test_only_the_administrator_arranges_the_server(db: Database) -> None:
    admin, oblast, district, unit = _oblast(db)
    secretary = users.add_user(
        db, commission_choice.choose_commission(db, admin, oblast), "sec", PASSWORD,
        users.UserInput(full_name="Секретарь", role=Role.SECRETARY),
    )  # fmt: skip
    actor = auth.login(db, "sec", PASSWORD)
    assert secretary.commission_ids == (oblast,)
    with pytest.raises(PermissionDenied):
        composition.add_commission(db, actor, _data("города"), unit)
    with pytest.raises(PermissionDenied):
        composition.add_admin_unit(
            db, actor, composition.AdminUnitData(AdminLevel.CITY, "Город", "Қала"), None
        )
    with pytest.raises(InvalidInput) as refused:
        composition.add_admin_unit(
            db,
            admin,
            composition.AdminUnitData(AdminLevel.CITY, "Город", "Қала", "114000000"),
            None,
        )
    assert refused.value.field == "kato_code"
    with pytest.raises(InvalidInput):  # the first-run path still makes only the first
        composition.create_commission(
            db,
            admin,
            _data("x"),
            composition.AdminUnitData(AdminLevel.DISTRICT, "Другой", "Басқа"),
        )
    assert [c.id for c in composition.list_commissions(db, admin)] == [oblast, district]


def test_the_first_run_s_administrator_works_for_the_commission_it_made(db_url: str) -> None:
    from commission.services import first_run
    from tests.test_first_run import ADMIN, COMMISSION

    db, actor = first_run.set_up(db_url, ADMIN, COMMISSION)
    try:
        assert actor.commission_id is not None
        assert _links(db) == {(actor.user_id, actor.commission_id)}
        assert auth.login(db, ADMIN.login, ADMIN.password).commission_id == actor.commission_id
    finally:
        db.dispose()
