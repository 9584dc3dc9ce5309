"""Administration as people do it: users, agencies, the composition, the working-day calendar.

Every rule is checked in the service, on the real database, because the GUI and the command line
both reach the data only through these functions.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from commission.db.engine import Database
from commission.db.models import AdminUnit, Agency, AuditEntry, Member, User
from commission.domain.enums import AdminLevel, AgencyKind, CommissionKind, MemberRole, Role
from commission.domain.iin import iin_check_digit
from commission.domain.permissions import PermissionDenied
from commission.domain.workcalendar import DayKind
from commission.services import agencies, audit, auth, calendar, composition, users
from commission.services.context import Actor
from commission.services.errors import InvalidInput, NotFound, StaleCopy
from tests.conftest import PASSWORD, make_user

# ------------------------------------------------------------------------------------ helpers


def _count(db: Database, model: type[Any]) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _audit_count(db: Database) -> int:
    return _count(db, AuditEntry)


def _bin(serial: int) -> str:
    """A BIN with a valid check digit (registered in April 2010 as a legal entity)."""
    for step in range(200):
        first11 = f"1004400{serial + step:04d}"
        check = iin_check_digit(first11)
        if check is not None:
            return f"{first11}{check}"
    raise AssertionError("no check digit found")


def _agency(name: str = "Центр занятости", **kwargs: Any) -> agencies.AgencyData:
    kwargs.setdefault("kind", AgencyKind.EMPLOYMENT)
    kwargs.setdefault("name_kk", name)
    return agencies.AgencyData(name_ru=name, **kwargs)


def _commission(db: Database, admin: Actor) -> composition.CommissionView:
    """First-run set-up: the commission and its district."""
    return composition.create_commission(
        db,
        admin,
        composition.CommissionData(
            kind=CommissionKind.MERGED,
            name_ru="Межведомственная комиссия по профилактике правонарушений",
            name_kk="Құқық бұзушылықтардың алдын алу жөніндегі ведомствоаралық комиссия",
            akimat_ru="Акимат Алмалинского района",
            akimat_kk="Алмалы ауданының әкімдігі",
        ),
        AdminUnit(level=AdminLevel.DISTRICT, name_ru="Алмалинский район", name_kk="Алмалы ауданы"),
    )


def _member(
    name: str,
    role: MemberRole = MemberRole.MEMBER,
    start: date = date(2026, 1, 1),
    end: date | None = None,
) -> composition.MemberData:
    return composition.MemberData(
        full_name=name, position_ru="Заместитель акима", role=role, valid_from=start, valid_to=end
    )


def _stored_user(db: Database, login: str) -> User:
    with db.reading() as session:
        user = session.scalar(select(User).where(User.login == login))
        assert user is not None
        session.expunge(user)
        return user


# -------------------------------------------------------------------------------------- users


@pytest.mark.parametrize(
    "login", ["", " ", "a", "Иван", "ivan petrov", "-ivan", ".ivan", "ivan@akimat", "x" * 65]
)
def test_login_validation(login: str) -> None:
    with pytest.raises(InvalidInput) as err:
        users.validate_login(login)
    assert err.value.field == "login"


def test_login_is_normalised(db: Database, admin: Actor) -> None:
    assert users.validate_login("  Ivan.Petrov_2 ") == "ivan.petrov_2"
    view = users.add_user(
        db, admin, " A.Sidorova ", PASSWORD, users.UserInput("Сидорова А.", Role.SECRETARY)
    )
    assert view.login == "a.sidorova"
    assert auth.login(db, "A.SIDOROVA", PASSWORD).login == "a.sidorova"


def test_invalid_login_writes_nothing(db: Database, admin: Actor) -> None:
    before = (_count(db, User), _audit_count(db))
    with pytest.raises(InvalidInput):
        users.add_user(db, admin, "Иванов", PASSWORD, users.UserInput("Иванов", Role.SECRETARY))
    assert (_count(db, User), _audit_count(db)) == before


def test_duplicate_login_is_refused(db: Database, admin: Actor) -> None:
    make_user(db, admin, "clerk", Role.SECRETARY)
    before = _audit_count(db)
    with pytest.raises(InvalidInput) as err:
        users.add_user(db, admin, "CLERK", PASSWORD, users.UserInput("Другой", Role.MEMBER))
    assert err.value.field == "login"
    assert "clerk" in err.value.render()
    assert _count(db, User) == 2
    assert _audit_count(db) == before


def test_probation_officer_requires_a_district(db: Database, admin: Actor) -> None:
    with pytest.raises(InvalidInput) as err:
        users.add_user(
            db, admin, "officer", PASSWORD, users.UserInput("Officer", Role.PROBATION_OFFICER)
        )
    assert err.value.field == "district_id"
    assert _count(db, User) == 1

    district = _commission(db, admin).admin_unit_id
    with pytest.raises(InvalidInput) as err:
        users.add_user(
            db,
            admin,
            "officer",
            PASSWORD,
            users.UserInput("Officer", Role.PROBATION_OFFICER, district_id=district + 100),
        )
    assert err.value.field == "district_id"
    officer = make_user(db, admin, "officer", Role.PROBATION_OFFICER, district_id=district)
    assert officer.district_id == district
    assert [u.login for u in users.officers(db, officer)] == ["officer"]


def test_admin_cannot_demote_or_disable_himself(db: Database, admin: Actor) -> None:
    assert admin.user_id is not None
    version = _stored_user(db, "admin").version
    for data in (
        users.UserInput("Админ", Role.SECRETARY),
        users.UserInput("Админ", Role.ADMINISTRATOR, is_active=False),
    ):
        with pytest.raises(InvalidInput) as err:
            users.update_user(db, admin, admin.user_id, version, data)
        assert err.value.field == "role"
    stored = _stored_user(db, "admin")
    assert (stored.role, stored.is_active, stored.version) == (Role.ADMINISTRATOR, True, version)
    # Renaming himself is fine.
    view = users.update_user(
        db, admin, admin.user_id, version, users.UserInput("Админов А.", Role.ADMINISTRATOR)
    )
    assert view.full_name == "Админов А."


def test_another_admin_can_be_demoted(db: Database, admin: Actor) -> None:
    second = make_user(db, admin, "second", Role.ADMINISTRATOR)
    assert second.user_id is not None
    version = _stored_user(db, "second").version
    view = users.update_user(
        db, admin, second.user_id, version, users.UserInput("Second", Role.MEMBER)
    )
    assert view.role is Role.MEMBER
    with pytest.raises(StaleCopy):
        users.update_user(
            db, admin, second.user_id, version, users.UserInput("Second", Role.SECRETARY)
        )


def test_set_password_by_admin_and_by_oneself(db: Database, admin: Actor) -> None:
    clerk = make_user(db, admin, "clerk", Role.SECRETARY)
    other = make_user(db, admin, "other", Role.SECRETARY)
    assert clerk.user_id is not None and other.user_id is not None

    users.set_password(db, admin, clerk.user_id, "reset by admin")
    assert auth.login(db, "clerk", "reset by admin").login == "clerk"
    with pytest.raises(auth.LoginFailed):
        auth.login(db, "clerk", PASSWORD)

    users.set_password(db, clerk, clerk.user_id, "my own choice")
    assert auth.login(db, "clerk", "my own choice").login == "clerk"

    before = _audit_count(db)
    with pytest.raises(PermissionDenied):
        users.set_password(db, clerk, other.user_id, "hijacked!")
    assert auth.login(db, "other", PASSWORD).login == "other"
    assert _audit_count(db) == before + 1  # only the log-in just above
    with pytest.raises(NotFound):
        users.set_password(db, admin, 9999, "no such user")


def test_user_full_name_is_cleaned_and_bounded(db: Database, admin: Actor) -> None:
    view = users.add_user(
        db, admin, "clerk", PASSWORD, users.UserInput("  Иванова\x0b Мария\x01 ", Role.SECRETARY)
    )
    assert view.full_name == "Иванова Мария"
    with pytest.raises(InvalidInput) as err:
        users.add_user(db, admin, "blank", PASSWORD, users.UserInput(" \x01 ", Role.SECRETARY))
    assert err.value.field == "full_name"
    with pytest.raises(InvalidInput) as err:
        users.add_user(db, admin, "long", PASSWORD, users.UserInput("Я" * 201, Role.SECRETARY))
    assert err.value.field == "full_name"
    assert _count(db, User) == 2


# ------------------------------------------------------------------------------- permissions


def test_member_cannot_create_an_agency(db: Database, admin: Actor) -> None:
    member = make_user(db, admin, "member", Role.MEMBER)
    before = _audit_count(db)
    with pytest.raises(PermissionDenied):
        agencies.create_agency(db, member, _agency())
    assert _count(db, Agency) == 0
    assert _audit_count(db) == before
    # Reading is allowed.
    assert agencies.list_agencies(db, member) == []


def test_probation_officer_cannot_manage_users(db: Database, admin: Actor) -> None:
    district = _commission(db, admin).admin_unit_id
    officer = make_user(db, admin, "officer", Role.PROBATION_OFFICER, district_id=district)
    assert admin.user_id is not None
    before = (_count(db, User), _audit_count(db))
    data = users.UserInput("New", Role.ADMINISTRATOR)
    attempts: list[Callable[[], object]] = [
        lambda: users.list_users(db, officer),
        lambda: users.add_user(db, officer, "newadmin", PASSWORD, data),
        lambda: users.update_user(db, officer, admin.user_id or 0, 1, data),
        lambda: users.unlock_user(db, officer, admin.user_id or 0),
        lambda: users.set_password(db, officer, admin.user_id or 0, "taken over"),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied):
            attempt()
    assert (_count(db, User), _audit_count(db)) == before
    assert auth.login(db, "admin", PASSWORD).role is Role.ADMINISTRATOR


def test_secretary_edits_agencies_and_composition_but_not_users(db: Database, admin: Actor) -> None:
    _commission(db, admin)
    secretary = make_user(db, admin, "secretary", Role.SECRETARY)
    view = agencies.create_agency(db, secretary, _agency())
    agencies.update_agency(db, secretary, view.id, view.version, _agency(phone="8 727 000 00 00"))
    member = composition.add_member(db, secretary, _member("Ахметов Б."))
    assert member.id > 0
    day = calendar.set_day(db, secretary, date(2026, 6, 13), DayKind.WORKING_DAY, "Постановление")
    assert day.kind is DayKind.WORKING_DAY
    with pytest.raises(PermissionDenied):
        users.add_user(db, secretary, "friend", PASSWORD, users.UserInput("F", Role.ADMINISTRATOR))
    with pytest.raises(PermissionDenied):
        users.list_users(db, secretary)
    assert _count(db, User) == 2


def test_chair_cannot_edit_agencies_or_composition(db: Database, admin: Actor) -> None:
    _commission(db, admin)
    view = agencies.create_agency(db, admin, _agency())
    chair = make_user(db, admin, "chair", Role.CHAIR)
    before = _audit_count(db)
    with pytest.raises(PermissionDenied):
        agencies.create_agency(db, chair, _agency("Другое ведомство"))
    with pytest.raises(PermissionDenied):
        agencies.update_agency(db, chair, view.id, view.version, _agency("Переименовано"))
    with pytest.raises(PermissionDenied):
        composition.add_member(db, chair, _member("Ахметов Б."))
    with pytest.raises(PermissionDenied):
        calendar.set_day(db, chair, date(2026, 6, 13), DayKind.WORKING_DAY, "x")
    assert _audit_count(db) == before
    assert [a.name_ru for a in agencies.list_agencies(db, chair)] == ["Центр занятости"]


# ------------------------------------------------------------------------ optimistic locking


def test_second_save_over_a_stale_copy_is_refused_naming_the_first_user(
    db: Database, admin: Actor
) -> None:
    agencies.create_agency(db, admin, _agency())
    first = make_user(db, admin, "aigerim", Role.SECRETARY)
    second = make_user(db, admin, "bolat", Role.SECRETARY)
    [seen_by_first] = agencies.list_agencies(db, first)
    [seen_by_second] = agencies.list_agencies(db, second)
    assert seen_by_first.version == seen_by_second.version == 1

    saved = agencies.update_agency(
        db, first, seen_by_first.id, seen_by_first.version, _agency(phone="111")
    )
    assert saved.version == 2
    with pytest.raises(StaleCopy) as err:
        agencies.update_agency(
            db, second, seen_by_second.id, seen_by_second.version, _agency(phone="222")
        )
    assert "aigerim" in err.value.render()

    [current] = agencies.list_agencies(db, admin)
    assert current.phone == "111"
    assert current.version == 2
    # After reopening, the second user saves normally.
    agencies.update_agency(db, second, current.id, current.version, _agency(phone="222"))
    [current] = agencies.list_agencies(db, admin)
    assert (current.phone, current.version) == ("222", 3)


# ----------------------------------------------------------------------------------- agencies


def test_agency_round_trip(db: Database, admin: Actor) -> None:
    number = _bin(1)
    view = agencies.create_agency(
        db,
        admin,
        _agency(bin=f" {number[:4]} {number[4:]} ", email="czn@almaty.kz", contact_person="Ким"),
    )
    assert view.bin == number
    assert view.version == 1
    assert agencies.list_agencies(db, admin) == [view]
    assert audit.verify(db).ok


@pytest.mark.parametrize("bad_bin", ["12345", "10044000001X", "100440000010", "1004400000011"])
def test_invalid_bin_is_refused_with_a_field(db: Database, admin: Actor, bad_bin: str) -> None:
    if bad_bin == "100440000010":
        bad_bin = _bin(0)[:11] + str((int(_bin(0)[11]) + 1) % 10)  # a typo in the last digit
    before = _audit_count(db)
    with pytest.raises(InvalidInput) as err:
        agencies.create_agency(db, admin, _agency(bin=bad_bin))
    assert err.value.field == "bin"
    assert "BIN" in err.value.render()
    assert _count(db, Agency) == 0
    assert _audit_count(db) == before


def test_duplicate_name_and_bin_are_refused(db: Database, admin: Actor) -> None:
    agencies.create_agency(db, admin, _agency(bin=_bin(1)))
    with pytest.raises(InvalidInput) as err:
        agencies.create_agency(db, admin, _agency("  Центр   занятости "))
    assert err.value.field == "name_ru"
    with pytest.raises(InvalidInput) as err:
        agencies.create_agency(db, admin, _agency("Другой центр", bin=_bin(1)))
    assert err.value.field == "bin"
    other = agencies.create_agency(db, admin, _agency("Другой центр"))
    with pytest.raises(InvalidInput) as err:
        agencies.update_agency(db, admin, other.id, other.version, _agency())
    assert err.value.field == "name_ru"
    assert _count(db, Agency) == 2


def test_text_pasted_from_word_is_cleaned(db: Database, admin: Actor) -> None:
    view = agencies.create_agency(
        db,
        admin,
        _agency(
            "Центр\x0bзанятости\x01",
            name_kk="Жұмыспен\u00a0қамту\x00 орталығы",
            head_name="Иванов\x08 И.\x1f",
            contact_person="Ким\ud800 А.",
            address="ул. Абая,\r\n 1\x7f",
        ),
    )
    assert view.name_ru == "Центр занятости"
    with pytest.raises(InvalidInput):  # the cleaned name is the same agency
        agencies.create_agency(db, admin, _agency("Центр занятости"))
    with db.reading() as session:
        stored = session.get(Agency, view.id)
        assert stored is not None
        values = [
            stored.name_ru,
            stored.name_kk,
            stored.head_name,
            stored.contact_person,
            stored.address,
        ]
    assert values == [
        "Центр занятости",
        "Жұмыспен қамту орталығы",
        "Иванов И.",
        "Ким А.",
        "ул. Абая, 1",
    ]
    for value in values:
        assert value is not None
        assert all(ch.isprintable() for ch in value), repr(value)


def test_bad_email_and_empty_name_are_refused(db: Database, admin: Actor) -> None:
    with pytest.raises(InvalidInput) as err:
        agencies.create_agency(db, admin, _agency(email="czn at almaty.kz"))
    assert err.value.field == "email"
    with pytest.raises(InvalidInput) as err:
        agencies.create_agency(db, admin, _agency("\x01 \x0b"))
    assert err.value.field == "name_ru"
    assert _count(db, Agency) == 0


def test_too_long_text_is_refused_not_crashed_on(db: Database, admin: Actor) -> None:
    before = _audit_count(db)
    with pytest.raises(InvalidInput) as err:
        agencies.create_agency(db, admin, _agency("Ц" * 301))
    assert err.value.field == "name_ru"
    assert "300" in err.value.render()
    with pytest.raises(InvalidInput) as err:
        agencies.create_agency(db, admin, _agency(phone="8" * 51))
    assert err.value.field == "phone"
    assert _count(db, Agency) == 0
    assert _audit_count(db) == before
    # Exactly at the limit is accepted on both engines.
    view = agencies.create_agency(db, admin, _agency("Ц" * 300, phone="8" * 50))
    assert len(view.name_ru) == 300


def test_unchanged_save_writes_no_audit_entry(db: Database, admin: Actor) -> None:
    view = agencies.create_agency(db, admin, _agency())
    before = _audit_count(db)
    again = agencies.update_agency(db, admin, view.id, view.version, _agency())
    assert again.version == view.version
    assert _audit_count(db) == before


# -------------------------------------------------------------------------------- composition


def test_one_chair_at_a_time(db: Database, admin: Actor) -> None:
    _commission(db, admin)
    chair = composition.add_member(db, admin, _member("Сапаров Е.", MemberRole.CHAIR))
    before = (_count(db, Member), _audit_count(db))
    with pytest.raises(InvalidInput) as err:
        composition.add_member(
            db, admin, _member("Омаров Д.", MemberRole.CHAIR, start=date(2026, 9, 1))
        )
    assert err.value.field == "role"
    assert "Сапаров" in err.value.render()
    assert (_count(db, Member), _audit_count(db)) == before

    # A deputy chair and ordinary members are not limited.
    composition.add_member(db, admin, _member("Ли В.", MemberRole.DEPUTY_CHAIR))
    composition.add_member(db, admin, _member("Ким А."))
    composition.add_member(db, admin, _member("Пак С."))

    new_chair = composition.replace_member(
        db,
        admin,
        chair.id,
        chair.version,
        _member("Омаров Д.", MemberRole.CHAIR, start=date(2026, 9, 1)),
    )
    old = composition.get_member(db, admin, chair.id)
    assert old.valid_to == date(2026, 8, 31)
    assert new_chair.valid_from == date(2026, 9, 1) and new_chair.valid_to is None

    def chairs(on: date) -> list[str]:
        return [
            m.full_name
            for m in composition.list_members(db, admin, on=on)
            if m.role is MemberRole.CHAIR
        ]

    assert chairs(date(2026, 8, 31)) == ["Сапаров Е."]
    assert chairs(date(2026, 9, 1)) == ["Омаров Д."]
    assert len(composition.list_members(db, admin)) == 5
    # Still one chair at a time, also for the new one.
    with pytest.raises(InvalidInput):
        composition.add_member(
            db, admin, _member("Третий", MemberRole.CHAIR, start=date(2027, 1, 1))
        )
    assert audit.verify(db).ok


def test_list_members_on_a_date(db: Database, admin: Actor) -> None:
    _commission(db, admin)
    composition.add_member(db, admin, _member("Ушедший", end=date(2026, 3, 31)))
    composition.add_member(db, admin, _member("Постоянный"))
    composition.add_member(db, admin, _member("Новый", start=date(2026, 4, 1)))
    composition.add_member(db, admin, _member("Секретарь", MemberRole.SECRETARY))
    composition.add_member(db, admin, _member("Председатель", MemberRole.CHAIR))

    def names(on: date) -> list[str]:
        return [m.full_name for m in composition.list_members(db, admin, on=on)]

    assert names(date(2025, 12, 31)) == []
    # The chair first, then the secretary, then members by the start of their term.
    assert names(date(2026, 3, 31)) == ["Председатель", "Секретарь", "Постоянный", "Ушедший"]
    assert names(date(2026, 4, 1)) == ["Председатель", "Секретарь", "Постоянный", "Новый"]


def test_member_end_before_start_is_refused(db: Database, admin: Actor) -> None:
    _commission(db, admin)
    with pytest.raises(InvalidInput) as err:
        composition.add_member(
            db, admin, _member("Ким А.", start=date(2026, 5, 1), end=date(2026, 4, 30))
        )
    assert err.value.field == "valid_to"
    assert "30.04.2026" in err.value.render()
    assert _count(db, Member) == 0
    # A one-day membership is fine.
    composition.add_member(
        db, admin, _member("Ким А.", start=date(2026, 5, 1), end=date(2026, 5, 1))
    )


def test_replacement_must_start_after_the_current_member(db: Database, admin: Actor) -> None:
    _commission(db, admin)
    chair = composition.add_member(
        db, admin, _member("Сапаров Е.", MemberRole.CHAIR, start=date(2026, 3, 1))
    )
    with pytest.raises(InvalidInput) as err:
        composition.replace_member(
            db, admin, chair.id, chair.version, _member("Омаров Д.", MemberRole.CHAIR)
        )
    assert err.value.field == "valid_from"
    assert composition.get_member(db, admin, chair.id).valid_to is None
    assert _count(db, Member) == 1


def test_replacing_a_member_whose_term_already_ended_does_not_extend_it(
    db: Database, admin: Actor
) -> None:
    _commission(db, admin)
    old = composition.add_member(db, admin, _member("Ушедший", end=date(2026, 3, 31)))
    composition.replace_member(
        db, admin, old.id, old.version, _member("Новый", start=date(2026, 6, 1))
    )
    assert composition.get_member(db, admin, old.id).valid_to == date(2026, 3, 31)
    on_may_day = [m.full_name for m in composition.list_members(db, admin, on=date(2026, 5, 1))]
    assert on_may_day == []


def test_replace_member_over_a_stale_copy_is_refused(db: Database, admin: Actor) -> None:
    _commission(db, admin)
    member = composition.add_member(db, admin, _member("Ким А."))
    composition.update_member(
        db, admin, member.id, member.version, _member("Ким А.", end=date(2026, 12, 31))
    )
    with pytest.raises(StaleCopy):
        composition.replace_member(
            db, admin, member.id, member.version, _member("Пак С.", start=date(2026, 6, 1))
        )
    assert _count(db, Member) == 1


def test_member_text_is_cleaned_and_bounded(db: Database, admin: Actor) -> None:
    _commission(db, admin)
    member = composition.add_member(
        db,
        admin,
        composition.MemberData(
            full_name="Ким\x0bАлексей\x01",
            position_ru="Начальник\u00a0отдела ",
            role=MemberRole.MEMBER,
            valid_from=date(2026, 1, 1),
            decree="\x02",
        ),
    )
    assert (member.full_name, member.position_ru, member.decree) == (
        "Ким Алексей",
        "Начальник отдела",
        None,
    )
    with pytest.raises(InvalidInput) as err:
        composition.add_member(db, admin, _member("Я" * 201))
    assert err.value.field == "full_name"
    assert _count(db, Member) == 1


def test_member_needs_a_commission(db: Database, admin: Actor) -> None:
    with pytest.raises(composition.NoCommission):
        composition.add_member(db, admin, _member("Ким А."))


# ----------------------------------------------------------------------------------- calendar

SATURDAY = date(2026, 6, 13)


def test_ensure_years_seeds_once(db: Database, admin: Actor) -> None:
    added = calendar.ensure_years(db, admin, [2026])
    assert added > 10
    before = _audit_count(db)
    assert calendar.ensure_years(db, admin, [2026]) == 0
    assert _audit_count(db) == before
    days = calendar.list_days(db, admin, 2026)
    assert len(days) == added
    assert date(2026, 12, 16) in {d.day for d in days}


def test_a_member_starts_the_calendar_but_cannot_change_it(db: Database, admin: Actor) -> None:
    member = make_user(db, admin, "member", Role.MEMBER)
    with pytest.raises(PermissionDenied):
        calendar.ensure_years(db, member, [2030])
    with pytest.raises(PermissionDenied):
        calendar.set_day(db, member, SATURDAY, DayKind.WORKING_DAY, "Постановление")
    # Logging in seeds this year and the next for whoever comes first, in the system's name.
    added = calendar.seed_current_years(db, member, today=date(2026, 5, 4))
    assert added > 20 and calendar.seed_current_years(db, member, today=date(2026, 5, 4)) == 0
    assert {d.day.year for d in calendar.list_days(db, member, 2027)} == {2027}
    with db.reading() as session:
        entries = session.execute(
            select(AuditEntry.user_id, AuditEntry.user_login, AuditEntry.changes).where(
                AuditEntry.entity == "calendar_days"
            )
        ).all()
    assert entries and {(e.user_id, e.user_login) for e in entries} == {
        (None, calendar.SYSTEM_LOGIN)
    }
    assert any("member" in e.changes for e in entries)


def test_2026_calendar_facts(db: Database, admin: Actor) -> None:
    calendar.ensure_years(db, admin, [2026])
    cal = calendar.working_calendar(db)
    assert cal.is_working_day(date(2026, 8, 31))  # Constitution Day is no longer a day off
    assert not cal.is_working_day(date(2026, 3, 9))  # 8 March fell on a Sunday
    assert not cal.is_working_day(date(2026, 12, 16))


def test_set_a_working_saturday(db: Database, admin: Actor) -> None:
    calendar.ensure_years(db, admin, [2026])
    with db.reading() as session:
        assert not calendar.load_calendar(session).is_working_day(SATURDAY)
    view = calendar.set_day(db, admin, SATURDAY, DayKind.WORKING_DAY, "Постановление №\x01 1")
    assert (view.kind, view.name, view.source) == (
        DayKind.WORKING_DAY,
        "Постановление № 1",
        calendar.ADMINISTRATOR_SOURCE,
    )
    with db.reading() as session:
        assert calendar.load_calendar(session).is_working_day(SATURDAY)
    # Changing it again updates the same row.
    again = calendar.set_day(db, admin, SATURDAY, DayKind.HOLIDAY, "Отменено")
    assert again.version == view.version + 1
    assert not calendar.working_calendar(db).is_working_day(SATURDAY)
    assert audit.verify(db).ok


def test_working_day_on_a_weekday_is_refused(db: Database, admin: Actor) -> None:
    before = _audit_count(db)
    with pytest.raises(InvalidInput) as err:
        calendar.set_day(db, admin, date(2026, 6, 10), DayKind.WORKING_DAY, "Ошибка")
    assert err.value.field == "kind"
    with pytest.raises(InvalidInput) as err:
        calendar.set_day(db, admin, SATURDAY, DayKind.WORKING_DAY, " \x01 ")
    assert err.value.field == "name"
    with pytest.raises(InvalidInput) as err:
        calendar.set_day(db, admin, SATURDAY, DayKind.WORKING_DAY, "Я" * 201)
    assert err.value.field == "name"
    assert calendar.list_days(db, admin, 2026) == []
    assert _audit_count(db) == before


def test_remove_day(db: Database, admin: Actor) -> None:
    calendar.ensure_years(db, admin, [2026])
    calendar.set_day(db, admin, SATURDAY, DayKind.WORKING_DAY, "Постановление")
    calendar.remove_day(db, admin, SATURDAY)
    assert not calendar.working_calendar(db).is_working_day(SATURDAY)
    # A seeded holiday removed: the weekday is a working day again, and stays so.
    astana_day = date(2026, 7, 6)
    calendar.remove_day(db, admin, astana_day)
    assert calendar.working_calendar(db).is_working_day(astana_day)
    assert calendar.ensure_years(db, admin, [2026]) == 0
    assert calendar.working_calendar(db).is_working_day(astana_day)
    # Removing a day that is not there is harmless.
    before = _audit_count(db)
    calendar.remove_day(db, admin, astana_day)
    assert _audit_count(db) == before
    assert audit.verify(db).ok


def test_deadline_days_follow_the_edited_calendar(db: Database, admin: Actor) -> None:
    calendar.ensure_years(db, admin, [2026])
    friday = SATURDAY - timedelta(days=1)
    assert calendar.working_calendar(db).add_working_days(friday, 1) == date(2026, 6, 15)
    calendar.set_day(db, admin, SATURDAY, DayKind.WORKING_DAY, "Постановление")
    assert calendar.working_calendar(db).add_working_days(friday, 1) == SATURDAY
