"""Meetings as the secretary keeps them: numbers within the year, the editor, the lifecycle.

The module also builds the commission the other meeting tests sit in (``build_world``): the
district, agencies, eleven voting members and one non-voting, and a user for every role.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time, timedelta
from functools import cached_property
from typing import Any

import pytest
from sqlalchemy import select

from commission.db.engine import Database
from commission.db.models import AdminUnit, AuditEntry
from commission.domain.enums import (
    AdminLevel,
    AgencyKind,
    CommissionKind,
    MeetingFormat,
    MeetingKind,
    MeetingStatus,
    MemberRole,
    MinutesState,
    Role,
)
from commission.domain.meeting_lifecycle import InvalidTransition
from commission.domain.permissions import PermissionDenied
from commission.services import agencies, composition, meetings
from commission.services.context import Actor
from commission.services.errors import InvalidInput, StaleCopy
from tests.conftest import make_user

MEETING_DAY = date(2026, 3, 12)
TERM_START = date(2026, 1, 1)

CHAIR = "Сейтказинов Бауыржан Амангельдиевич"
SECRETARY = "Нурланова Айгерим Ерлановна"
MEMBERS = (
    "Касымов Ерлан Болатович",
    "Дюсенова Майра Алиевна",
    "Рахимов Серик Талгатович",
    "Ахметова Дана Кайратовна",
    "Ли Виктор Сергеевич",
    "Сагинтаева Ляззат Маратовна",
    "Жумабаев Арман Нурланович",
    "Искакова Гульнара Сериковна",
    "Тулеуов Данияр Ержанович",
)
ADVISER = "Омаров Тимур Тулегенович"  # the district prosecutor: sits without a vote


@dataclass
class World:
    """A commission with everyone a meeting needs; ``members`` in the order the sheet lists."""

    db: Database
    admin: Actor
    secretary: Actor
    unit_id: int
    agencies: dict[str, agencies.AgencyView] = field(default_factory=dict)
    members: dict[str, composition.MemberView] = field(default_factory=dict)

    def member(self, name: str) -> composition.MemberView:
        return self.members[name]

    # The other roles' users are made when a test first needs one: hashing a password is
    # most of the cost of building the world.
    @cached_property
    def chair_user(self) -> Actor:
        return make_user(self.db, self.admin, "chair", Role.CHAIR)

    @cached_property
    def member_user(self) -> Actor:
        return make_user(self.db, self.admin, "member", Role.MEMBER)

    @cached_property
    def officer(self) -> Actor:
        return make_user(
            self.db, self.admin, "officer", Role.PROBATION_OFFICER, district_id=self.unit_id
        )


def agency_data(name: str, kind: AgencyKind, **kwargs: Any) -> agencies.AgencyData:
    kwargs.setdefault("name_kk", f"{name} (kk)")
    return agencies.AgencyData(kind=kind, name_ru=name, **kwargs)


def build_world(db: Database, admin: Actor) -> World:
    view = composition.create_commission(
        db,
        admin,
        composition.CommissionData(
            kind=CommissionKind.MERGED,
            name_ru="Межведомственная комиссия по профилактике правонарушений",
            name_kk="Құқық бұзушылық профилактикасы жөніндегі ведомствоаралық комиссия",
            akimat_ru="Акимат Целиноградского района",
            akimat_kk="Целиноград ауданының әкімдігі",
        ),
        AdminUnit(
            level=AdminLevel.DISTRICT,
            name_ru="Целиноградский район",
            name_kk="Целиноград ауданы",
            centre_ru="г. Косшы",
            centre_kk="Қосшы қ.",
        ),
    )
    world = World(
        db=db,
        admin=admin,
        secretary=make_user(db, admin, "secretary", Role.SECRETARY),
        unit_id=view.admin_unit_id,
    )
    for key, name, kind, head in (
        ("police", "Отдел полиции Целиноградского района", AgencyKind.POLICE, MEMBERS[0]),
        ("employment", "Центр занятости населения", AgencyKind.EMPLOYMENT, MEMBERS[2]),
        ("education", "Отдел образования", AgencyKind.EDUCATION, MEMBERS[5]),
    ):
        world.agencies[key] = agencies.create_agency(
            db,
            admin,
            agency_data(name, kind, short_name_ru=f"{name.split()[0]} (кратко)", head_name=head),
        )
    people = [
        (CHAIR, MemberRole.CHAIR, True),
        (SECRETARY, MemberRole.SECRETARY, True),
        *((name, MemberRole.MEMBER, True) for name in MEMBERS),
        (ADVISER, MemberRole.MEMBER, False),
    ]
    for name, role, voting in people:
        world.members[name] = composition.add_member(
            db,
            admin,
            composition.MemberData(
                full_name=name,
                position_ru=f"должность {name.split()[0]}",
                position_kk=f"лауазымы {name.split()[0]}",
                role=role,
                valid_from=TERM_START,
                is_voting=voting,
            ),
        )
    return world


def new_meeting(world: World, day: date = MEETING_DAY, **kwargs: Any) -> meetings.MeetingView:
    kwargs.setdefault("start_time", time(10, 0))
    kwargs.setdefault("place", "актовый зал акимата")
    return meetings.create_meeting(
        world.db, world.secretary, meetings.MeetingData(meeting_date=day, **kwargs)
    )


def data_of(view: meetings.MeetingView, **changes: Any) -> meetings.MeetingData:
    """The editor's data as the user sees it, with ``changes`` typed over it."""
    values: dict[str, Any] = {
        "meeting_date": view.meeting_date,
        "start_time": view.start_time,
        "place": view.place,
        "format": view.format,
        "kind": view.kind,
        "chair_member_id": view.chair_member_id,
        "secretary_member_id": view.secretary_member_id,
        "number": view.number,
        "notes": view.notes,
        "control_assigned_to": view.control_assigned_to,
    }
    values.update(changes)
    return meetings.MeetingData(**values)


@pytest.fixture
def world(db: Database, admin: Actor) -> World:
    return build_world(db, admin)


# ------------------------------------------------------------------------------ numbering


def test_meetings_are_numbered_within_the_year(world: World) -> None:
    first = new_meeting(world, date(2026, 3, 12))
    second = new_meeting(world, date(2026, 6, 10))
    assert (first.year, first.number) == (2026, 1)
    assert (second.year, second.number) == (2026, 2)
    assert meetings.next_number(world.db, world.member_user, 2026) == 3
    # A new year starts again at 1.
    assert meetings.next_number(world.db, world.secretary, 2027) == 1
    assert new_meeting(world, date(2027, 1, 20)).number == 1


def test_number_is_editable_and_the_next_follows_the_highest(world: World) -> None:
    first = new_meeting(world, number=5)
    assert first.number == 5
    assert new_meeting(world, date(2026, 4, 2)).number == 6
    changed = meetings.update_meeting(
        world.db, world.secretary, first.id, first.version, data_of(first, number=3)
    )
    assert changed.number == 3
    assert meetings.get_meeting(world.db, world.member_user, first.id).number == 3


def test_duplicate_number_is_refused_with_the_clashing_meeting(world: World) -> None:
    first = new_meeting(world)
    with pytest.raises(InvalidInput) as err:
        new_meeting(world, date(2026, 5, 5), number=first.number)
    assert err.value.field == "number"
    assert "No. 1 of 2026" in str(err.value) and "12.03.2026" in str(err.value)

    second = new_meeting(world, date(2026, 5, 5))
    with pytest.raises(InvalidInput) as err:
        meetings.update_meeting(
            world.db, world.secretary, second.id, second.version, data_of(second, number=1)
        )
    assert err.value.field == "number"
    # The same number in another year is no clash.
    assert new_meeting(world, date(2027, 2, 2), number=1).number == 1


def test_moving_a_meeting_to_another_year_gives_it_that_year_s_next_number(world: World) -> None:
    new_meeting(world, date(2027, 1, 15))
    view = new_meeting(world, date(2026, 12, 20))
    moved = meetings.update_meeting(
        world.db,
        world.secretary,
        view.id,
        view.version,
        data_of(view, meeting_date=date(2027, 2, 3), number=None),
    )
    assert (moved.year, moved.number) == (2027, 2)


def test_invalid_number_is_refused(world: World) -> None:
    with pytest.raises(InvalidInput) as err:
        new_meeting(world, number=0)
    assert err.value.field == "number"


# --------------------------------------------------------------------------------- editor


def test_editor_saves_every_field_and_cleans_pasted_text(world: World) -> None:
    chair = world.member(CHAIR)
    view = new_meeting(
        world,
        place="Актовый\x0bзал\x01 акимата",
        format=MeetingFormat.MIXED,
        kind=MeetingKind.EXTRAORDINARY,
        chair_member_id=chair.id,
        secretary_member_id=world.member(SECRETARY).id,
        notes="  первая строка\x0bвторая\x01  ",
        control_assigned_to="секретаря комиссии",
    )
    assert view.place == "Актовый зал акимата"
    assert view.notes == "первая строка\nвторая"
    assert (view.format, view.kind) == (MeetingFormat.MIXED, MeetingKind.EXTRAORDINARY)
    assert view.chair_member_id == chair.id
    assert (view.status, view.minutes_state, view.revision) == (
        MeetingStatus.PLANNED,
        MinutesState.DRAFT,
        0,
    )
    with world.db.reading() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "meetings").order_by(AuditEntry.seq)
        ).first()
        assert entry is not None and entry.user_login == "secretary"


def test_stale_copy_is_refused(world: World) -> None:
    view = new_meeting(world)
    meetings.update_meeting(
        world.db, world.secretary, view.id, view.version, data_of(view, place="кабинет 12")
    )
    with pytest.raises(StaleCopy):
        meetings.update_meeting(
            world.db, world.secretary, view.id, view.version, data_of(view, place="кабинет 14")
        )
    assert meetings.get_meeting(world.db, world.secretary, view.id).place == "кабинет 12"


def test_too_long_place_is_refused(world: World) -> None:
    with pytest.raises(InvalidInput) as err:
        new_meeting(world, place="з" * 301)
    assert err.value.field == "place"


def test_chair_of_the_sitting_must_be_a_member_on_its_date(world: World) -> None:
    gone = world.member(MEMBERS[3])
    composition.update_member(
        world.db,
        world.admin,
        gone.id,
        gone.version,
        composition.MemberData(
            full_name=gone.full_name,
            position_ru=gone.position_ru,
            role=gone.role,
            valid_from=gone.valid_from,
            valid_to=MEETING_DAY - timedelta(days=1),
        ),
    )
    with pytest.raises(InvalidInput) as err:
        new_meeting(world, chair_member_id=gone.id)
    assert err.value.field == "chair_member_id"
    assert new_meeting(world, MEETING_DAY - timedelta(days=5), chair_member_id=gone.id).id


# ------------------------------------------------------------------------------ lifecycle


def _status(world: World, view: meetings.MeetingView, status: MeetingStatus) -> Any:
    return meetings.set_status(world.db, world.secretary, view.id, view.version, status)


def test_lifecycle_follows_the_allowed_path(world: World) -> None:
    view = new_meeting(world)
    view = _status(world, view, MeetingStatus.AGENDA_APPROVED)
    view = _status(world, view, MeetingStatus.HELD)
    view = _status(world, view, MeetingStatus.MINUTES_DRAFTED)
    assert view.status is MeetingStatus.MINUTES_DRAFTED
    # Signing needs final minutes: a draft may still change.
    with pytest.raises(InvalidTransition):
        _status(world, view, MeetingStatus.MINUTES_SIGNED)


@pytest.mark.parametrize(
    ("path", "refused"),
    [
        ((), MeetingStatus.MINUTES_DRAFTED),
        ((), MeetingStatus.EXTRACTS_SENT),
        ((MeetingStatus.HELD,), MeetingStatus.POSTPONED),
        ((MeetingStatus.HELD,), MeetingStatus.PLANNED),
        ((MeetingStatus.CANCELLED,), MeetingStatus.PLANNED),
        ((MeetingStatus.POSTPONED,), MeetingStatus.HELD),
    ],
)
def test_lifecycle_refuses_other_steps(
    world: World, path: tuple[MeetingStatus, ...], refused: MeetingStatus
) -> None:
    view = new_meeting(world)
    for status in path:
        view = _status(world, view, status)
    with pytest.raises(InvalidTransition):
        _status(world, view, refused)
    assert meetings.get_meeting(world.db, world.secretary, view.id).status is view.status


def test_postponed_meeting_is_planned_again_or_cancelled(world: World) -> None:
    view = _status(world, new_meeting(world), MeetingStatus.POSTPONED)
    view = _status(world, view, MeetingStatus.PLANNED)
    view = _status(world, view, MeetingStatus.AGENDA_APPROVED)
    view = _status(world, view, MeetingStatus.CANCELLED)
    assert view.status is MeetingStatus.CANCELLED


def test_a_future_meeting_cannot_be_held(world: World) -> None:
    view = new_meeting(world, date.today() + timedelta(days=3))
    with pytest.raises(InvalidTransition):
        _status(world, view, MeetingStatus.HELD)


def test_status_change_needs_the_current_version(world: World) -> None:
    view = new_meeting(world)
    _status(world, view, MeetingStatus.AGENDA_APPROVED)
    with pytest.raises(StaleCopy):
        _status(world, view, MeetingStatus.CANCELLED)


# ---------------------------------------------------------------------------- permissions


def test_a_member_reads_but_cannot_create_or_edit(world: World) -> None:
    with pytest.raises(PermissionDenied):
        meetings.create_meeting(
            world.db, world.member_user, meetings.MeetingData(meeting_date=MEETING_DAY)
        )
    view = new_meeting(world)
    assert meetings.get_meeting(world.db, world.member_user, view.id).number == 1
    with pytest.raises(PermissionDenied):
        meetings.update_meeting(world.db, world.member_user, view.id, view.version, data_of(view))
    with pytest.raises(PermissionDenied):
        _status_as(world, world.member_user, view, MeetingStatus.HELD)


def test_the_chair_may_only_record_the_signature(world: World) -> None:
    view = new_meeting(world)
    with pytest.raises(PermissionDenied):
        _status_as(world, world.chair_user, view, MeetingStatus.HELD)
    with pytest.raises(PermissionDenied):
        meetings.create_meeting(
            world.db, world.chair_user, meetings.MeetingData(meeting_date=MEETING_DAY)
        )


def _status_as(
    world: World, actor: Actor, view: meetings.MeetingView, status: MeetingStatus
) -> meetings.MeetingView:
    return meetings.set_status(world.db, actor, view.id, view.version, status)
