"""Attendance and quorum: the members valid on the meeting's date, marked one by one."""

from __future__ import annotations

from datetime import date

import pytest

from commission.db.engine import Database
from commission.domain.enums import AttendanceStatus, MemberRole
from commission.domain.permissions import PermissionDenied
from commission.services import attendance, composition
from commission.services.context import Actor
from commission.services.errors import InvalidInput
from tests.test_meetings import (
    ADVISER,
    CHAIR,
    MEETING_DAY,
    MEMBERS,
    SECRETARY,
    World,
    build_world,
    new_meeting,
)


@pytest.fixture
def world(db: Database, admin: Actor) -> World:
    return build_world(db, admin)


P, A, R = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.REPLACED
VOTING = (CHAIR, SECRETARY, *MEMBERS)


def _mark(
    world: World, meeting_id: int, name: str, status: AttendanceStatus | None, **kw: str
) -> attendance.AttendanceSheet:
    return attendance.mark(
        world.db, world.secretary, meeting_id, world.member(name).id, status, **kw
    )


def test_sheet_lists_the_composition_valid_on_the_meeting_date(world: World) -> None:
    leaving = world.member(MEMBERS[4])
    newcomer = composition.replace_member(
        world.db,
        world.admin,
        leaving.id,
        leaving.version,
        composition.MemberData(
            full_name="Ким Андрей Владимирович",
            position_ru="заместитель начальника отдела занятости",
            role=MemberRole.MEMBER,
            valid_from=date(2026, 3, 1),
        ),
    )
    before = new_meeting(world, date(2026, 2, 10))
    after = new_meeting(world, MEETING_DAY)

    names_before = [
        r.full_name
        for r in attendance.attendance_sheet(world.db, world.member_user, before.id).rows
    ]
    sheet = attendance.attendance_sheet(world.db, world.member_user, after.id)
    names_after = [r.full_name for r in sheet.rows]

    assert leaving.full_name in names_before and newcomer.full_name not in names_before
    assert newcomer.full_name in names_after and leaving.full_name not in names_after
    # Chair first, then the secretary, then members; nobody marked yet.
    assert names_after[:2] == [CHAIR, SECRETARY]
    assert all(r.status is None and r.version is None for r in sheet.rows)
    assert (sheet.quorum.total, sheet.quorum.present, sheet.quorum.has_quorum) == (11, 0, False)
    # The replacement counts towards the quorum like the member he replaced.
    for row in sheet.rows[:6]:
        attendance.mark(world.db, world.secretary, after.id, row.member_id, P)
    sheet = attendance.mark(world.db, world.secretary, after.id, newcomer.id, P)
    assert (sheet.quorum.present, sheet.quorum.has_quorum) == (7, True)


def test_quorum_by_the_commission_s_rule(world: World) -> None:
    meeting = new_meeting(world)
    for name in VOTING[:5]:
        sheet = _mark(world, meeting.id, name, P)
    assert (sheet.quorum.present, sheet.quorum.required, sheet.quorum.has_quorum) == (5, 6, False)
    sheet = _mark(world, meeting.id, VOTING[5], P)
    assert (sheet.quorum.total, sheet.quorum.present, sheet.quorum.has_quorum) == (11, 6, True)
    sheet = _mark(world, meeting.id, VOTING[5], A, absence_reason="отпуск")
    assert sheet.quorum.has_quorum is False


def test_a_replaced_member_counts_and_a_non_voting_one_does_not(world: World) -> None:
    meeting = new_meeting(world)
    for name in VOTING[:5]:
        _mark(world, meeting.id, name, P)
    sheet = _mark(world, meeting.id, ADVISER, P)
    assert (sheet.quorum.total, sheet.quorum.present, sheet.quorum.has_quorum) == (11, 5, False)
    sheet = _mark(
        world,
        meeting.id,
        VOTING[6],
        R,
        substitute_name="Ким Андрей Владимирович",
        substitute_position="заместитель начальника",
        absence_reason="командировка",
    )
    assert (sheet.quorum.present, sheet.quorum.has_quorum) == (6, True)
    row = next(r for r in sheet.rows if r.member_id == world.member(VOTING[6]).id)
    assert (row.status, row.substitute_name, row.absence_reason) == (
        R,
        "Ким Андрей Владимирович",
        "командировка",
    )
    adviser = next(r for r in sheet.rows if r.full_name == ADVISER)
    assert adviser.is_voting is False and adviser.status is P


def test_commission_quorum_share_is_configurable(world: World) -> None:
    current = composition.get_commission(world.db, world.admin)
    fields = {n: getattr(current, n) for n in composition.CommissionData.__dataclass_fields__}
    fields.update(quorum_numerator=2, quorum_denominator=3)
    composition.update_commission(
        world.db, world.admin, current.version, composition.CommissionData(**fields)
    )
    meeting = new_meeting(world)
    for name in VOTING[:7]:
        sheet = _mark(world, meeting.id, name, P)
    # More than two thirds of 11 is 8.
    assert (sheet.quorum.required, sheet.quorum.has_quorum) == (8, False)
    assert _mark(world, meeting.id, VOTING[7], P).quorum.has_quorum


def test_marks_change_and_clear(world: World) -> None:
    meeting = new_meeting(world)
    sheet = _mark(
        world, meeting.id, MEMBERS[0], R, substitute_name="Ким А. В.", absence_reason="болезнь"
    )
    # Marked present again: the substitute and the reason are gone from the record.
    sheet = _mark(world, meeting.id, MEMBERS[0], P)
    row = next(r for r in sheet.rows if r.full_name == MEMBERS[0])
    assert (row.status, row.substitute_name, row.absence_reason) == (P, None, None)
    assert row.version == 2
    sheet = _mark(world, meeting.id, MEMBERS[0], None)
    row = next(r for r in sheet.rows if r.full_name == MEMBERS[0])
    assert (row.status, row.version) == (None, None)


def test_a_replacement_needs_the_substitute_s_name(world: World) -> None:
    meeting = new_meeting(world)
    with pytest.raises(InvalidInput) as err:
        _mark(world, meeting.id, MEMBERS[0], R, substitute_name=" \x01 ")
    assert err.value.field == "substitute_name"


def test_someone_not_in_the_composition_that_day_cannot_be_marked(world: World) -> None:
    early = new_meeting(world, date(2025, 12, 10))
    with pytest.raises(InvalidInput) as err:
        _mark(world, early.id, CHAIR, P)
    assert err.value.field == "member_id"


def test_all_present_keeps_marks_already_made(world: World) -> None:
    meeting = new_meeting(world)
    _mark(world, meeting.id, MEMBERS[1], A, absence_reason="отпуск")
    sheet = attendance.mark_all_present(world.db, world.secretary, meeting.id)
    statuses = {r.full_name: r.status for r in sheet.rows}
    assert statuses[MEMBERS[1]] is A
    assert sum(1 for s in statuses.values() if s is P) == len(statuses) - 1
    assert (sheet.quorum.present, sheet.quorum.has_quorum) == (10, True)


def test_invited_guests_are_added_in_order_and_removed(world: World) -> None:
    meeting = new_meeting(world)
    attendance.add_guest(
        world.db, world.secretary, meeting.id, "Омаров\x0bТалгат Т.", "прокурор района"
    )
    sheet = attendance.add_guest(
        world.db, world.secretary, meeting.id, "Жакупова Гульмира Сериковна", None
    )
    assert [(g.full_name, g.job_title) for g in sheet.guests] == [
        ("Омаров Талгат Т.", "прокурор района"),
        ("Жакупова Гульмира Сериковна", None),
    ]
    sheet = attendance.remove_guest(world.db, world.secretary, sheet.guests[0].id)
    assert [g.full_name for g in sheet.guests] == ["Жакупова Гульмира Сериковна"]
    with pytest.raises(InvalidInput):
        attendance.add_guest(world.db, world.secretary, meeting.id, "  ", None)


def test_only_the_secretary_marks_attendance(world: World) -> None:
    meeting = new_meeting(world)
    member_id = world.member(MEMBERS[0]).id
    for actor in (world.officer, world.member_user, world.chair_user):
        with pytest.raises(PermissionDenied):
            attendance.mark(world.db, actor, meeting.id, member_id, P)
        with pytest.raises(PermissionDenied):
            attendance.mark_all_present(world.db, actor, meeting.id)
        with pytest.raises(PermissionDenied):
            attendance.add_guest(world.db, actor, meeting.id, "Гость", None)
    # Reading is for everyone who sees the commission's work.
    assert attendance.attendance_sheet(world.db, world.officer, meeting.id).rows
