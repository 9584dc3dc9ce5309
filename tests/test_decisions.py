"""Decisions as the secretary records them at a sitting: numbers, executors, terms on the 2026
calendar, the vote and its computed result, quorum, and acts on earlier decisions.

Everything runs on the real database (SQLite and PostgreSQL) through the services. The helpers
at the top build a small commission and are shared with ``test_agenda.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select, update

from commission.db.engine import Database
from commission.db.models import (
    AdminUnit,
    Commission,
    ControlPoint,
    Decision,
    Extension,
    Meeting,
)
from commission.domain.deadlines import DeadlineKind, DeadlineRule, Period
from commission.domain.enums import (
    AdminLevel,
    AgencyKind,
    AgendaItemKind,
    AttendanceStatus,
    CommissionKind,
    ControlPointState,
    ControlState,
    DecisionKind,
    ExtensionState,
    MeetingStatus,
    MemberRole,
    MinutesState,
    Role,
)
from commission.domain.messages import UserError
from commission.domain.permissions import PermissionDenied
from commission.services import (
    agencies,
    agenda,
    attendance,
    calendar,
    composition,
    decisions,
    meetings,
)
from commission.services.context import Actor
from commission.services.decisions import DecisionData, NoQuorum
from commission.services.errors import InvalidInput, StaleCopy
from tests.conftest import make_user

MEETING_DAY = date(2026, 3, 12)  # Thursday, a week before Nauryz
VOTING_MEMBERS = 5  # quorum: more than half, so 3


# ------------------------------------------------------------------------- shared helpers


@dataclass(frozen=True)
class Sitting:
    """A commission with five voting members and one who does not vote, three agencies, the
    2026–2027 calendar, and a meeting on 12 March 2026 where everybody is present."""

    admin: Actor
    secretary: Actor
    district_id: int
    member_ids: tuple[int, ...]  # voting members first, then the non-voting one
    police: int
    employment: int
    education: int
    meeting_id: int


def make_sitting(db: Database, admin: Actor) -> Sitting:
    view = composition.create_commission(
        db,
        admin,
        composition.CommissionData(
            kind=CommissionKind.MERGED,
            name_ru="Межведомственная комиссия по профилактике правонарушений",
            name_kk="Құқық бұзушылықтардың алдын алу жөніндегі ведомствоаралық комиссия",
            akimat_ru="Акимат Целиноградского района",
            akimat_kk="Целиноград ауданының әкімдігі",
        ),
        AdminUnit(level=AdminLevel.DISTRICT, name_ru="Целиноградский район", name_kk="Целиноград"),
    )
    calendar.ensure_years(db, admin, [2026, 2027])
    people = [
        ("Сейтказинов Бауыржан Амангельдиевич", MemberRole.CHAIR, True),
        ("Касымов Ерлан Болатович", MemberRole.DEPUTY_CHAIR, True),
        ("Нурланова Айгерим Ерлановна", MemberRole.SECRETARY, True),
        ("Дюсенова Мадина Асхатовна", MemberRole.MEMBER, True),
        ("Ли Виктор Сергеевич", MemberRole.MEMBER, True),
        ("Омаров Тимур Тулегенович", MemberRole.MEMBER, False),
    ]
    member_ids = tuple(
        composition.add_member(
            db,
            admin,
            composition.MemberData(
                full_name=name,
                position_ru="Член комиссии",
                role=role,
                valid_from=date(2026, 1, 1),
                is_voting=voting,
            ),
        ).id
        for name, role, voting in people
    )

    def agency(name: str, kind: AgencyKind, head: str) -> int:
        data = agencies.AgencyData(kind=kind, name_ru=name, name_kk=name, head_name=head)
        return agencies.create_agency(db, admin, data).id

    police = agency("Отдел полиции", AgencyKind.POLICE, "Касымов Ерлан Болатович")
    employment = agency("Центр занятости", AgencyKind.EMPLOYMENT, "Рахимов Серик Талгатович")
    education = agency("Отдел образования", AgencyKind.EDUCATION, "Сагинтаева Лаура Маратовна")
    secretary = make_user(db, admin, "secretary", Role.SECRETARY)
    meeting_id = new_meeting(db, secretary, MEETING_DAY)
    return Sitting(
        admin=admin,
        secretary=secretary,
        district_id=view.admin_unit_id,
        member_ids=member_ids,
        police=police,
        employment=employment,
        education=education,
        meeting_id=meeting_id,
    )


def new_meeting(db: Database, secretary: Actor, day: date, present: int = VOTING_MEMBERS) -> int:
    """A meeting on ``day`` with the first ``present`` voting members present, others absent."""
    meeting = meetings.create_meeting(db, secretary, meetings.MeetingData(meeting_date=day))
    mark_present(db, secretary, meeting.id, present)
    return meeting.id


def mark_present(db: Database, secretary: Actor, meeting_id: int, present: int) -> None:
    rows = attendance.attendance_sheet(db, secretary, meeting_id).rows
    voting = [r for r in rows if r.is_voting]
    for index, row in enumerate(voting):
        if index < present:
            attendance.mark(db, secretary, meeting_id, row.member_id, AttendanceStatus.PRESENT)
        else:
            attendance.mark(
                db, secretary, meeting_id, row.member_id, AttendanceStatus.ABSENT, "отпуск"
            )


def new_item(db: Database, secretary: Actor, meeting_id: int, title: str = "Вопрос") -> int:
    data = agenda.AgendaItemData(kind=AgendaItemKind.CRIME_PREVENTION, title=title)
    return agenda.add_item(db, secretary, meeting_id, data).id


def note(text: str = "Информацию принять к сведению.", **kwargs: Any) -> DecisionData:
    return DecisionData(kind=DecisionKind.NOTE, text=text, **kwargs)


def instruction(lead: int, deadline: DeadlineRule | None = None, **kwargs: Any) -> DecisionData:
    return DecisionData(
        kind=DecisionKind.INSTRUCTION,
        text="Организовать профилактические рейды.",
        lead_agency_id=lead,
        deadline=deadline,
        **kwargs,
    )


def fixed(day: date) -> DeadlineRule:
    return DeadlineRule(DeadlineKind.FIXED, fixed_date=day)


def set_meeting(db: Database, meeting_id: int, **values: object) -> None:
    """Change a meeting behind the services (status held, minutes final) for a scenario."""
    with db.transaction() as session:
        session.execute(update(Meeting).where(Meeting.id == meeting_id).values(**values))


def held(db: Database, meeting_id: int) -> None:
    set_meeting(db, meeting_id, status=MeetingStatus.HELD)


def stored(db: Database, decision_id: int) -> Decision:
    with db.reading() as session:
        decision = session.get_one(Decision, decision_id)
        _ = decision.control_points, decision.assignees
        session.expunge_all()
        return decision


@pytest.fixture
def sitting(db: Database, admin: Actor) -> Sitting:
    return make_sitting(db, admin)


# -------------------------------------------------------------------------------- numbering


def test_points_are_numbered_by_item_and_renumbered(db: Database, sitting: Sitting) -> None:
    s = sitting
    first = new_item(db, s.secretary, s.meeting_id, "Первый")
    second = new_item(db, s.secretary, s.meeting_id, "Второй")
    a, b, c = (decisions.add_decision(db, s.secretary, first, note(f"Пункт {n}")) for n in "abc")
    d = decisions.add_decision(db, s.secretary, second, note("Пункт d"))
    assert [a.number, b.number, c.number, d.number] == ["1.1", "1.2", "1.3", "2.1"]

    decisions.remove_decision(db, s.secretary, b.id)
    assert [x.number for x in decisions.list_decisions(db, s.secretary, first)] == ["1.1", "1.2"]

    moved = decisions.move_decision(db, s.secretary, c.id, 1)
    assert [(x.id, x.number) for x in moved] == [(c.id, "1.1"), (a.id, "1.2")]
    # Moving far beyond the end puts it last; positions stay 1..n.
    moved = decisions.move_decision(db, s.secretary, c.id, 99)
    assert [(x.id, x.number) for x in moved] == [(a.id, "1.1"), (c.id, "1.2")]


# ------------------------------------------------------------------------------- deadlines


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        # Sunday in the Nauryz block: 21–23 March holidays, 24–25 March days off.
        (fixed(date(2026, 3, 22)), [date(2026, 3, 26)]),
        # 12 + 10 = Sunday 22 March, moved likewise.
        (DeadlineRule(DeadlineKind.CALENDAR_DAYS, days=10), [date(2026, 3, 26)]),
        # 13, 16, 17, 18, 19, 20 March; 21–25 off; 26, 27, 30, 31 March.
        (DeadlineRule(DeadlineKind.WORKING_DAYS, days=10), [date(2026, 3, 31)]),
        # Quarterly by the 5th: Sunday 5 April → 6 April; 5 July is a Sunday and 6 July
        # (Capital Day) a holiday → 7 July; Monday 5 October; 5 January 2027 for Q4.
        (
            DeadlineRule(
                DeadlineKind.PERIODIC,
                period=Period.QUARTERLY,
                day_of_month=5,
                until=date(2026, 12, 31),
            ),
            [date(2026, 4, 6), date(2026, 7, 7), date(2026, 10, 5), date(2027, 1, 5)],
        ),
        (DeadlineRule(DeadlineKind.PERMANENT), []),
    ],
    ids=["fixed", "calendar_days", "working_days", "quarterly", "permanent"],
)
def test_deadline_kinds_make_control_points(
    db: Database, sitting: Sitting, rule: DeadlineRule, expected: list[date]
) -> None:
    item = new_item(db, sitting.secretary, sitting.meeting_id)
    view = decisions.add_decision(db, sitting.secretary, item, instruction(sitting.police, rule))
    assert view.deadline == rule
    assert view.due_dates == expected
    assert view.control_state is ControlState.ON_CONTROL
    row = stored(db, view.id)
    assert [(p.original_due_date, p.due_date) for p in row.control_points] == [
        (d, d) for d in expected
    ]
    assert all(p.state is ControlPointState.OPEN for p in row.control_points)
    assert row.due_date == (expected[0] if expected else None)


def test_note_without_term_is_not_controlled(db: Database, sitting: Sitting) -> None:
    item = new_item(db, sitting.secretary, sitting.meeting_id)
    view = decisions.add_decision(db, sitting.secretary, item, note())
    assert view.control_state is ControlState.NOT_CONTROLLED
    assert view.due_dates == []
    assert view.adopted is None  # no vote was taken


def test_term_before_the_meeting_is_refused(db: Database, sitting: Sitting) -> None:
    item = new_item(db, sitting.secretary, sitting.meeting_id)
    with pytest.raises(InvalidInput) as err:
        decisions.add_decision(
            db, sitting.secretary, item, instruction(sitting.police, fixed(date(2026, 3, 1)))
        )
    assert err.value.field == "deadline"
    assert decisions.list_decisions(db, sitting.secretary, item) == []


def test_changing_the_term_keeps_points_that_stay(db: Database, sitting: Sitting) -> None:
    item = new_item(db, sitting.secretary, sitting.meeting_id)
    quarterly = DeadlineRule(
        DeadlineKind.PERIODIC, period=Period.QUARTERLY, until=date(2026, 12, 31)
    )
    view = decisions.add_decision(db, sitting.secretary, item, instruction(sitting.police))
    assert view.due_dates == [] and view.control_state is ControlState.ON_CONTROL
    view = decisions.update_decision(
        db, sitting.secretary, view.id, view.version, instruction(sitting.police, quarterly)
    )
    kept = {p.original_due_date: p.id for p in stored(db, view.id).control_points}
    half = DeadlineRule(DeadlineKind.PERIODIC, period=Period.HALF_YEARLY, until=date(2026, 12, 31))
    view = decisions.update_decision(
        db, sitting.secretary, view.id, view.version, instruction(sitting.police, half)
    )
    after = {p.original_due_date: p.id for p in stored(db, view.id).control_points}
    assert view.due_dates == [date(2026, 7, 7), date(2027, 1, 5)]
    assert after[date(2026, 7, 7)] == kept[date(2026, 7, 7)]


# ------------------------------------------------------------------------- executors, force


def test_instruction_needs_a_lead_agency(db: Database, sitting: Sitting) -> None:
    item = new_item(db, sitting.secretary, sitting.meeting_id)
    data = DecisionData(kind=DecisionKind.INSTRUCTION, text="Организовать рейды.")
    with pytest.raises(InvalidInput) as err:
        decisions.add_decision(db, sitting.secretary, item, data)
    assert err.value.field == "lead_agency_id"


def test_lead_and_co_executors(db: Database, sitting: Sitting) -> None:
    s = sitting
    item = new_item(db, s.secretary, s.meeting_id)
    with pytest.raises(InvalidInput) as err:
        decisions.add_decision(
            db, s.secretary, item, instruction(s.police, co_executor_ids=(s.education, s.police))
        )
    assert err.value.field == "co_executor_ids"
    view = decisions.add_decision(
        db,
        s.secretary,
        item,
        instruction(s.police, co_executor_ids=(s.education, s.employment, s.education)),
    )
    assert view.lead_agency_id == s.police
    assert set(view.co_executor_ids) == {s.education, s.employment}
    contacts = {a.agency_id: a.contact_name for a in stored(db, view.id).assignees}
    assert contacts[s.employment] == "Рахимов С. Т."
    # The lead becomes a co-executor and another agency leads: roles swap, nothing duplicates.
    view = decisions.update_decision(
        db,
        s.secretary,
        view.id,
        view.version,
        instruction(s.education, co_executor_ids=(s.police,)),
    )
    assert (view.lead_agency_id, view.co_executor_ids) == (s.education, (s.police,))


def test_binding_follows_the_commission_unless_set(db: Database, sitting: Sitting) -> None:
    s = sitting
    item = new_item(db, s.secretary, s.meeting_id)
    recommendation = DecisionData(
        kind=DecisionKind.RECOMMENDATION, text="Рекомендовать.", lead_agency_id=s.employment
    )
    assert decisions.add_decision(db, s.secretary, item, instruction(s.police)).is_binding
    assert not decisions.add_decision(db, s.secretary, item, recommendation).is_binding
    # The secretary gives a social-support recommendation binding force.
    forced = DecisionData(
        kind=DecisionKind.RECOMMENDATION,
        text="Рекомендовать.",
        lead_agency_id=s.employment,
        is_binding=True,
    )
    assert decisions.add_decision(db, s.secretary, item, forced).is_binding
    with db.transaction() as session:
        session.execute(update(Commission).values(binding_by_default=False))
    assert not decisions.add_decision(db, s.secretary, item, instruction(s.police)).is_binding
    binding = instruction(s.police, is_binding=True)
    assert decisions.add_decision(db, s.secretary, item, binding).is_binding


def test_text_pasted_from_word_is_cleaned(db: Database, sitting: Sitting) -> None:
    item = new_item(db, sitting.secretary, sitting.meeting_id)
    view = decisions.add_decision(
        db,
        sitting.secretary,
        item,
        note("Информацию\x0bпринять\x01 к сведению.\x07", dissenters="\x01Ли В. С.\x0b"),
    )
    assert view.text == "Информацию\nпринять к сведению."
    assert view.dissenters is None  # no vote, so nobody dissented
    with pytest.raises(InvalidInput) as err:
        decisions.add_decision(db, sitting.secretary, item, note("\x01\x0b "))
    assert err.value.field == "text"


# ------------------------------------------------------------------------------------ votes


def _vote(db: Database, s: Sitting, **votes: Any) -> decisions.DecisionView:
    item = new_item(db, s.secretary, s.meeting_id)
    data = instruction(s.police, fixed(date(2026, 4, 10)), **votes)
    return decisions.add_decision(db, s.secretary, item, data)


def test_majority_vote(db: Database, sitting: Sitting) -> None:
    view = _vote(db, sitting, votes_for=3, votes_against=1, votes_abstained=1)
    assert (view.votes_for, view.votes_against, view.votes_abstained) == (3, 1, 1)
    assert view.adopted is True and not view.casting_vote_used
    rejected = _vote(db, sitting, votes_for=1, votes_against=2, votes_abstained=2)
    assert rejected.adopted is False
    # A rejected decision sets no term and is not on control.
    assert rejected.due_dates == [] and rejected.control_state is ControlState.NOT_CONTROLLED


def test_all_present_in_favour_except(db: Database, sitting: Sitting) -> None:
    view = _vote(db, sitting, all_present_for_except=True, votes_against=1, dissenters="Ли В. С.")
    assert (view.votes_for, view.votes_against, view.votes_abstained) == (4, 1, 0)
    assert view.adopted is True and view.dissenters == "Ли В. С."
    # The non-voting member present does not count; a substitute does.
    attendance.mark(
        db,
        sitting.secretary,
        sitting.meeting_id,
        sitting.member_ids[4],
        AttendanceStatus.REPLACED,
        substitute_name="Ким Алия Викторовна",
    )
    attendance.mark(
        db, sitting.secretary, sitting.meeting_id, sitting.member_ids[5], AttendanceStatus.PRESENT
    )
    view = _vote(db, sitting, all_present_for_except=True)
    assert (view.votes_for, view.votes_against, view.votes_abstained) == (5, 0, 0)


def test_tie_is_decided_by_the_chair(db: Database, sitting: Sitting) -> None:
    tie = {"votes_for": 2, "votes_against": 2, "votes_abstained": 1}
    with pytest.raises(InvalidInput) as err:
        _vote(db, sitting, **tie)
    assert err.value.field == "chair_side"
    carried = _vote(db, sitting, chair_side="for", **tie)
    assert carried.adopted is True and carried.casting_vote_used
    assert carried.due_dates == [date(2026, 4, 10)]
    lost = _vote(db, sitting, chair_side="against", **tie)
    assert lost.adopted is False and lost.due_dates == []


def test_tie_without_a_casting_vote_fails(db: Database, sitting: Sitting) -> None:
    with db.transaction() as session:
        session.execute(update(Commission).values(chair_casting_vote=False))
    view = _vote(db, sitting, votes_for=2, votes_against=2, chair_side="for")
    assert view.adopted is False and not view.casting_vote_used


@pytest.mark.parametrize(
    "votes",
    [
        {"votes_for": 5, "votes_against": 1},
        {"votes_for": 3, "votes_against": 2, "votes_abstained": 1},
        {"all_present_for_except": True, "votes_against": 4, "votes_abstained": 2},
    ],
)
def test_more_votes_than_voters_are_refused(
    db: Database, sitting: Sitting, votes: dict[str, object]
) -> None:
    with pytest.raises(InvalidInput) as err:
        _vote(db, sitting, **votes)
    assert "6 votes" in str(err.value) and "only 5 voting members" in str(err.value)


def test_votes_without_the_for_count_are_refused(db: Database, sitting: Sitting) -> None:
    with pytest.raises(InvalidInput) as err:
        _vote(db, sitting, votes_against=1)
    assert err.value.field == "votes_for"


def test_no_quorum_no_decision(db: Database, sitting: Sitting) -> None:
    s = sitting
    item = new_item(db, s.secretary, s.meeting_id)
    view = decisions.add_decision(db, s.secretary, item, note())
    mark_present(db, s.secretary, s.meeting_id, 2)
    with pytest.raises(NoQuorum) as err:
        decisions.add_decision(db, s.secretary, item, note())
    message = str(err.value)
    assert "2 of 5 voting members are present" in message and "3 are needed" in message
    with pytest.raises(NoQuorum):
        decisions.update_decision(db, s.secretary, view.id, view.version, note("Другой текст"))
    assert len(decisions.list_decisions(db, s.secretary, item)) == 1
    # A meeting whose attendance was never marked has no quorum either.
    other = meetings.create_meeting(
        db, s.secretary, meetings.MeetingData(meeting_date=date(2026, 3, 19))
    )
    with pytest.raises(NoQuorum):
        decisions.add_decision(db, s.secretary, new_item(db, s.secretary, other.id), note())


# -------------------------------------------------------- removal from control, extensions


@dataclass(frozen=True)
class Earlier:
    done: int  # 1.1 of the February meeting, term 2 March
    late: int  # 1.2, term 30 April
    open_item: int  # the agenda item of the 12 March meeting


def _earlier(db: Database, s: Sitting) -> Earlier:
    february = new_meeting(db, s.secretary, date(2026, 2, 10))
    item = new_item(db, s.secretary, february)
    done = decisions.add_decision(
        db, s.secretary, item, instruction(s.police, fixed(date(2026, 3, 2)))
    )
    late = decisions.add_decision(
        db, s.secretary, item, instruction(s.employment, fixed(date(2026, 4, 30)))
    )
    held(db, february)
    return Earlier(done.id, late.id, new_item(db, s.secretary, s.meeting_id, "О ходе"))


def test_remove_from_control(db: Database, sitting: Sitting) -> None:
    s = sitting
    e = _earlier(db, s)
    removal = DecisionData(
        kind=DecisionKind.REMOVE_FROM_CONTROL, text="Снять с контроля п. 1.1.", removes=(e.done,)
    )
    view = decisions.add_decision(db, s.secretary, e.open_item, removal)
    assert view.removes == (e.done,)
    assert view.control_state is ControlState.NOT_CONTROLLED
    target = stored(db, e.done)
    assert target.control_state is ControlState.REMOVED
    assert (target.removed_on, target.removed_by_decision_id) == (MEETING_DAY, view.id)
    # Removed once, it is not on control any more: neither picker nor a second removal has it.
    assert e.done not in {
        r.ref.decision_id for r in decisions.earlier_decisions(db, s.secretary, s.meeting_id)
    }
    with pytest.raises(InvalidInput) as err:
        decisions.add_decision(db, s.secretary, e.open_item, removal)
    assert err.value.field == "removes"
    # Deleting the removal puts the decision back on control.
    decisions.remove_decision(db, s.secretary, view.id)
    target = stored(db, e.done)
    assert target.control_state is ControlState.ON_CONTROL
    assert target.removed_by_decision_id is None and target.removed_on is None


def test_a_rejected_removal_removes_nothing(db: Database, sitting: Sitting) -> None:
    e = _earlier(db, sitting)
    removal = DecisionData(
        kind=DecisionKind.REMOVE_FROM_CONTROL,
        text="Снять с контроля п. 1.1.",
        removes=(e.done,),
        votes_for=1,
        votes_against=3,
    )
    view = decisions.add_decision(db, sitting.secretary, e.open_item, removal)
    assert view.adopted is False and view.removes == ()
    assert stored(db, e.done).control_state is ControlState.ON_CONTROL


def test_only_earlier_held_decisions_can_be_removed(db: Database, sitting: Sitting) -> None:
    s = sitting
    item = new_item(db, s.secretary, s.meeting_id)
    same = decisions.add_decision(db, s.secretary, item, instruction(s.police))
    removal = DecisionData(
        kind=DecisionKind.REMOVE_FROM_CONTROL, text="Снять с контроля.", removes=(same.id,)
    )
    with pytest.raises(InvalidInput) as err:
        decisions.add_decision(db, s.secretary, item, removal)
    assert "not a decision of an earlier held meeting" in str(err.value)
    with pytest.raises(InvalidInput) as err:
        decisions.add_decision(db, s.secretary, item, instruction(s.police, removes=(same.id,)))
    assert err.value.field == "removes"


def test_extend_moves_the_term_and_keeps_history(db: Database, sitting: Sitting) -> None:
    s = sitting
    e = _earlier(db, s)
    extension = DecisionData(
        kind=DecisionKind.EXTEND,
        text="Продлить срок исполнения п. 1.2 до 29 мая 2026 года.",
        extends=((e.late, date(2026, 5, 29)),),
    )
    view = decisions.add_decision(db, s.secretary, e.open_item, extension)
    assert view.extends == ((e.late, date(2026, 5, 29)),)
    target = stored(db, e.late)
    assert target.control_state is ControlState.EXTENDED
    assert target.due_date == date(2026, 5, 29)
    [point] = target.control_points
    assert (point.original_due_date, point.due_date) == (date(2026, 4, 30), date(2026, 5, 29))
    with db.reading() as session:
        [history] = session.scalars(select(Extension)).all()
        assert (history.old_date, history.proposed_date) == (date(2026, 4, 30), date(2026, 5, 29))
        assert history.state is ExtensionState.GRANTED
        assert history.decided_by_decision_id == view.id
        assert history.decided_on == MEETING_DAY
        assert history.requested_by_agency_id == s.employment

    # A new date on a Sunday (31 May) moves to Monday 1 June; the history follows the edit.
    moved = DecisionData(
        kind=DecisionKind.EXTEND, text="Продлить.", extends=((e.late, date(2026, 5, 31)),)
    )
    view = decisions.update_decision(db, s.secretary, view.id, view.version, moved)
    assert view.extends == ((e.late, date(2026, 6, 1)),)
    with db.reading() as session:
        [history] = session.scalars(select(Extension)).all()
        assert (history.old_date, history.proposed_date) == (date(2026, 4, 30), date(2026, 6, 1))

    decisions.remove_decision(db, s.secretary, view.id)
    target = stored(db, e.late)
    assert target.control_state is ControlState.ON_CONTROL
    assert target.control_points[0].due_date == date(2026, 4, 30)
    with db.reading() as session:
        assert session.scalars(select(Extension)).all() == []


def test_extension_must_move_the_term_forward(db: Database, sitting: Sitting) -> None:
    e = _earlier(db, sitting)
    extension = DecisionData(
        kind=DecisionKind.EXTEND, text="Продлить.", extends=((e.late, date(2026, 4, 20)),)
    )
    with pytest.raises(InvalidInput) as err:
        decisions.add_decision(db, sitting.secretary, e.open_item, extension)
    assert err.value.field == "extends"
    assert stored(db, e.late).control_points[0].due_date == date(2026, 4, 30)


def test_earlier_decisions_picker(db: Database, sitting: Sitting) -> None:
    e = _earlier(db, sitting)
    found = decisions.earlier_decisions(db, sitting.secretary, sitting.meeting_id)
    assert [(r.ref.number, r.ref.meeting_date) for r in found] == [
        ("1.1", date(2026, 2, 10)),
        ("1.2", date(2026, 2, 10)),
    ]
    assert found[0].state.value == "overdue" and found[0].lead_agency == "Отдел полиции"
    by_number = decisions.earlier_decisions(db, sitting.secretary, sitting.meeting_id, "1.2")
    assert [r.ref.decision_id for r in by_number] == [e.late]
    by_text = decisions.earlier_decisions(db, sitting.secretary, sitting.meeting_id, "РЕЙДЫ")
    assert len(by_text) == 2


# ------------------------------------------------------------------- rights, locks, copies


def test_members_and_officers_cannot_record_decisions(db: Database, sitting: Sitting) -> None:
    item = new_item(db, sitting.secretary, sitting.meeting_id)
    member = make_user(db, sitting.admin, "member", Role.MEMBER)
    officer = make_user(
        db, sitting.admin, "officer", Role.PROBATION_OFFICER, district_id=sitting.district_id
    )
    view = decisions.add_decision(db, sitting.secretary, item, note())
    for actor in (member, officer):
        with pytest.raises(PermissionDenied):
            decisions.add_decision(db, actor, item, note())
        with pytest.raises(PermissionDenied):
            decisions.update_decision(db, actor, view.id, view.version, note("Иначе"))
        with pytest.raises(PermissionDenied):
            decisions.remove_decision(db, actor, view.id)
        # Reading is allowed to every role of the commission.
        assert decisions.list_decisions(db, actor, item)[0].id == view.id


def test_stale_copy_is_refused(db: Database, sitting: Sitting) -> None:
    item = new_item(db, sitting.secretary, sitting.meeting_id)
    view = decisions.add_decision(db, sitting.secretary, item, note())
    decisions.update_decision(db, sitting.secretary, view.id, view.version, note("Первая правка"))
    with pytest.raises(StaleCopy):
        decisions.update_decision(db, sitting.secretary, view.id, view.version, note("Вторая"))
    assert decisions.list_decisions(db, sitting.secretary, item)[0].text == "Первая правка"


def test_final_minutes_are_locked(db: Database, sitting: Sitting) -> None:
    s = sitting
    item = new_item(db, s.secretary, s.meeting_id)
    view = decisions.add_decision(db, s.secretary, item, note())
    set_meeting(db, s.meeting_id, minutes_state=MinutesState.FINAL)
    attempts: list[Callable[[], object]] = [
        lambda: decisions.add_decision(db, s.secretary, item, note()),
        lambda: decisions.update_decision(db, s.secretary, view.id, view.version, note("X")),
        lambda: decisions.remove_decision(db, s.secretary, view.id),
        lambda: decisions.move_decision(db, s.secretary, view.id, 1),
    ]
    for attempt in attempts:
        with pytest.raises(UserError) as err:
            attempt()
        assert "final" in str(err.value)
    assert decisions.list_decisions(db, s.secretary, item)[0].version == view.version
    # Amended minutes may be corrected again.
    set_meeting(db, s.meeting_id, minutes_state=MinutesState.AMENDED)
    decisions.update_decision(db, s.secretary, view.id, view.version, note("Исправлено"))


def test_reports_protect_a_decision_from_deletion(db: Database, sitting: Sitting) -> None:
    from commission.db.models import ExecutionReport

    item = new_item(db, sitting.secretary, sitting.meeting_id)
    view = decisions.add_decision(
        db, sitting.secretary, item, instruction(sitting.police, fixed(date(2026, 4, 1)))
    )
    with db.transaction() as session:
        point = session.scalars(select(ControlPoint)).one()
        session.add(
            ExecutionReport(
                control_point_id=point.id,
                agency_id=sitting.police,
                received_on=date(2026, 3, 20),
                text="Рейды проведены.",
            )
        )
    with pytest.raises(InvalidInput):
        decisions.remove_decision(db, sitting.secretary, view.id)
    with pytest.raises(InvalidInput) as err:
        decisions.update_decision(
            db, sitting.secretary, view.id, view.version, instruction(sitting.police)
        )
    assert err.value.field == "deadline"


def test_terms_follow_a_moved_meeting(db: Database, sitting: Sitting) -> None:
    s = sitting
    item = new_item(db, s.secretary, s.meeting_id)
    within = DeadlineRule(DeadlineKind.WORKING_DAYS, days=10)
    view = decisions.add_decision(db, s.secretary, item, instruction(s.police, within))
    assert view.due_dates == [date(2026, 3, 31)]
    meeting = meetings.get_meeting(db, s.secretary, s.meeting_id)
    meetings.update_meeting(
        db, s.secretary, meeting.id, meeting.version, meetings.MeetingData(date(2026, 3, 19))
    )
    with db.transaction() as session:
        decisions.recompute_terms(session, s.secretary, session.get_one(Meeting, meeting.id))
    # 20, 26, 27, 30, 31 March (Nauryz between), 1, 2, 3, 6, 7 April.
    assert decisions.list_decisions(db, s.secretary, item)[0].due_dates == [date(2026, 4, 7)]
    [point] = stored(db, view.id).control_points
    assert point.original_due_date == point.due_date == date(2026, 4, 7)
