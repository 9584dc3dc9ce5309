"""The minutes: the read model the documents are written from, finalising, amending, history.

The sitting below follows the model minutes (samples/minutes-ru.md): a progress review that
removes one earlier point from control and extends another, a police report with a periodic
instruction, and a social-support question about one probation client's case. The agenda and
the decisions are stored with the ORM: their services are tested on their own.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, time, timedelta

import pytest
from sqlalchemy import select, update

from commission.db.engine import Database
from commission.db.models import (
    AgendaItem,
    AgendaItemCase,
    Case,
    Client,
    ControlPoint,
    Decision,
    DecisionAssignee,
    DiscussionEntry,
    Extension,
    Meeting,
    MinutesRevision,
)
from commission.documents.minutes import Bilingual, MinutesContext
from commission.domain.control import ComputedState
from commission.domain.deadlines import DeadlineKind, DeadlineRule, Period
from commission.domain.enums import (
    AgendaItemKind,
    AssigneeRole,
    AttendanceStatus,
    ClientCategory,
    ControlPointState,
    ControlState,
    DecisionKind,
    ExtensionState,
    MeetingStatus,
    MinutesState,
)
from commission.domain.iin import Sex
from commission.domain.permissions import PermissionDenied
from commission.services import (
    agencies,
    attendance,
    extracts_sent,
    meetings,
    minutes,
    signed_minutes,
    workplan,
)
from commission.services.context import Actor
from commission.services.errors import InvalidInput, NotFound, StaleCopy
from tests.test_meetings import (
    ADVISER,
    CHAIR,
    MEETING_DAY,
    MEMBERS,
    SECRETARY,
    World,
    build_world,
    data_of,
    new_meeting,
)

PREVIOUS_DAY = date(2025, 12, 15)
CLIENT_IIN = "850101300123"
CLIENT_ADDRESS = "г. Косшы, ул. Абая, 5"


@dataclass
class Sitting:
    world: World
    meeting: meetings.MeetingView
    previous_id: int
    earlier: dict[str, int]  # earlier decisions by their number in the previous minutes


def _decision(
    item: AgendaItem,
    position: int,
    kind: DecisionKind,
    text: str,
    *,
    lead: int | None = None,
    co: tuple[int, ...] = (),
    votes: tuple[int, int, int] | None = None,
    casting: bool = False,
    dissenters: str | None = None,
    due: tuple[tuple[date, date, ControlPointState], ...] = (),
    state: ControlState = ControlState.ON_CONTROL,
    rule: DeadlineRule | None = None,
) -> Decision:
    decision = Decision(
        agenda_item=item,
        agenda_item_id=item.id,
        position=position,
        kind=kind,
        text=text,
        is_binding=True,
        votes_for=votes[0] if votes else None,
        votes_against=votes[1] if votes else None,
        votes_abstained=votes[2] if votes else None,
        casting_vote_used=casting,
        # What the service would have computed: a majority of voters, the chair on a tie.
        vote_adopted=(votes[0] > votes[1] or (votes[0] == votes[1] and casting)) if votes else None,
        chair_side="for" if casting else None,
        dissenters=dissenters,
        control_state=state,
        due_date=min((d[1] for d in due), default=None),
        deadline_kind=rule.kind if rule else None,
        deadline_date=rule.fixed_date if rule else None,
        deadline_period=rule.period if rule else None,
        deadline_day_of_month=rule.day_of_month if rule else None,
        deadline_until=rule.until if rule else None,
    )
    if lead is not None:
        decision.assignees.append(DecisionAssignee(agency_id=lead, role=AssigneeRole.LEAD))
    for agency_id in co:
        decision.assignees.append(
            DecisionAssignee(agency_id=agency_id, role=AssigneeRole.CO_EXECUTOR)
        )
    for original, current, point_state in due:
        decision.control_points.append(
            ControlPoint(original_due_date=original, due_date=current, state=point_state)
        )
    return decision


OPEN = ControlPointState.OPEN
DONE = ControlPointState.EXECUTED_ON_TIME


def _previous_meeting(world: World) -> tuple[int, dict[str, int]]:
    """Minutes No. 2 of 15 December 2025, signed, with decisions due around the next sitting."""
    view = new_meeting(world, PREVIOUS_DAY, number=2)
    police, employment = world.agencies["police"].id, world.agencies["employment"].id
    with world.db.transaction() as session:
        meeting = session.get_one(Meeting, view.id)
        meeting.status = MeetingStatus.MINUTES_SIGNED
        meeting.minutes_state = MinutesState.FINAL
        first = AgendaItem(meeting=meeting, position=1, kind=AgendaItemKind.OTHER, title="Первый")
        second = AgendaItem(meeting=meeting, position=2, kind=AgendaItemKind.OTHER, title="Второй")
        session.add_all([first, second])
        session.flush()
        rows = {
            # Due since the previous sitting, not reported: overdue on the meeting's date.
            "1.1": _decision(
                first, 1, DecisionKind.INSTRUCTION, "Провести рейды", lead=police,
                due=((date(2026, 2, 20), date(2026, 2, 20), OPEN),),
            ),
            # Due since the previous sitting and executed: reviewed, then removed from control.
            "1.2": _decision(
                first, 2, DecisionKind.INSTRUCTION, "Трудоустроить", lead=employment,
                due=((date(2026, 3, 2), date(2026, 3, 2), DONE),), state=ControlState.EXECUTED,
            ),
            # Due on 10 March; this sitting extends it to 30 April.
            "2.1": _decision(
                second, 1, DecisionKind.INSTRUCTION, "Открыть кружки", lead=police,
                due=((date(2026, 3, 10), date(2026, 3, 10), OPEN),),
            ),
            # Overdue since before the previous sitting: still reviewed.
            "2.2": _decision(
                second, 2, DecisionKind.INSTRUCTION, "Установить камеры", lead=police,
                due=((date(2025, 11, 3), date(2025, 11, 3), OPEN),),
            ),
            # Due after this sitting: not yet.
            "2.3": _decision(
                second, 3, DecisionKind.INSTRUCTION, "Провести семинар", lead=police,
                due=((date(2026, 5, 4), date(2026, 5, 4), OPEN),),
            ),
            # Executed before the previous sitting: reviewed there, not again.
            "2.4": _decision(
                second, 4, DecisionKind.INSTRUCTION, "Обновить список", lead=police,
                due=((date(2025, 11, 20), date(2025, 11, 20), DONE),),
                state=ControlState.EXECUTED,
            ),
        }  # fmt: skip
        session.add_all(rows.values())
        session.flush()
        return view.id, {number: row.id for number, row in rows.items()}


def _attendance(world: World, meeting_id: int) -> None:
    db, secretary = world.db, world.secretary
    attendance.mark_all_present(db, secretary, meeting_id)
    attendance.mark(
        db, secretary, meeting_id, world.member(MEMBERS[3]).id, AttendanceStatus.ABSENT,
        absence_reason="отпуск",
    )  # fmt: skip
    attendance.mark(
        db, secretary, meeting_id, world.member(MEMBERS[4]).id, AttendanceStatus.REPLACED,
        absence_reason="командировка", substitute_name="Ким Андрей Владимирович",
        substitute_position="заместитель начальника отдела занятости",
    )  # fmt: skip
    attendance.add_guest(db, secretary, meeting_id, "Омаров Талгат Тулегенович", "прокурор района")


def _agenda(world: World, meeting_id: int, earlier: dict[str, int]) -> None:
    police = world.agencies["police"].id
    employment = world.agencies["employment"].id
    education = world.agencies["education"].id
    quarterly = DeadlineRule(
        DeadlineKind.PERIODIC, period=Period.QUARTERLY, day_of_month=5, until=date(2026, 12, 31)
    )
    with world.db.transaction() as session:
        # Stored out of order on purpose: the minutes follow the positions.
        social = AgendaItem(
            meeting_id=meeting_id, position=3, kind=AgendaItemKind.SOCIAL_SUPPORT,
            title="О социальной адаптации лиц, освобожденных из мест лишения свободы",
            speakers="начальник службы пробации Дюсенова М. А.",
        )  # fmt: skip
        review = AgendaItem(
            meeting_id=meeting_id, position=1, kind=AgendaItemKind.PROGRESS_REVIEW,
            title="О ходе исполнения решений, принятых на заседаниях комиссии",
            speakers="секретарь комиссии Нурланова А. Е.",
            heard_speaker="Нурланову А. Е.", heard_summary="информация прилагается",
        )  # fmt: skip
        police_item = AgendaItem(
            meeting_id=meeting_id, position=2, kind=AgendaItemKind.POLICE_REPORT,
            title="О состоянии правопорядка за IV квартал 2025 года",
        )  # fmt: skip
        session.add_all([social, review, police_item])
        session.flush()
        review.discussion.extend(
            [
                DiscussionEntry(position=2, speaker="Касымов Е. Б.", summary="о рейдах"),
                DiscussionEntry(position=1, speaker="Сейтказинов Б. А."),
            ]
        )
        client = Client(
            iin=CLIENT_IIN, surname="Бекенов", given_name="Самат", patronymic="Кайратович",
            search_name="бекенов самат кайратович", birth_date=date(1985, 1, 1), sex=Sex.MALE,
            district_id=world.unit_id, category=ClientCategory.RELEASED,
            registered_address=CLIENT_ADDRESS, actual_address=CLIENT_ADDRESS,
        )  # fmt: skip
        case = Case(client=client, year=2026, seq=14, number="14/2026", opened_on=date(2026, 2, 2))
        session.add_all([client, case])
        session.flush()
        session.add(AgendaItemCase(agenda_item_id=social.id, case_id=case.id))
        decisions = [
            _decision(
                review, 3, DecisionKind.EXTEND, "Продлить срок исполнения пункта 2.1",
                lead=employment, votes=(10, 0, 0), state=ControlState.NOT_CONTROLLED,
            ),
            _decision(
                review, 1, DecisionKind.NOTE, "Информацию принять к сведению.",
                votes=(10, 0, 0), state=ControlState.NOT_CONTROLLED,
            ),
            _decision(
                review, 2, DecisionKind.REMOVE_FROM_CONTROL, "Снять с контроля пункт 1.2",
                votes=(10, 0, 0), state=ControlState.NOT_CONTROLLED,
            ),
            # A tie decided by the chair's casting vote; a point's term later extended.
            _decision(
                police_item, 1, DecisionKind.INSTRUCTION, "Организовать профилактические рейды",
                lead=police, co=(employment, education), votes=(4, 4, 2), casting=True,
                rule=quarterly,
                due=(
                    (date(2026, 7, 6), date(2026, 7, 6), OPEN),
                    (date(2026, 4, 6), date(2026, 5, 6), OPEN),
                    (date(2026, 10, 5), date(2026, 10, 5), OPEN),
                ),
            ),
            _decision(
                social, 1, DecisionKind.INSTRUCTION,
                "Оказать содействие в трудоустройстве Б-ову С. К.", lead=employment,
                votes=(8, 1, 1), dissenters="Ахметова Д. К.",
                rule=DeadlineRule(DeadlineKind.FIXED, fixed_date=date(2026, 4, 10)),
                due=((date(2026, 4, 10), date(2026, 4, 10), OPEN),),
            ),
            # A tie without the casting vote: not adopted.
            _decision(
                social, 2, DecisionKind.RECOMMENDATION, "Рекомендовать обучение",
                lead=education, votes=(4, 4, 2),
            ),
        ]  # fmt: skip
        session.add_all(decisions)
        session.flush()
        remove, extend = decisions[2], decisions[0]
        removed = session.get_one(Decision, earlier["1.2"])
        removed.control_state = ControlState.REMOVED
        removed.removed_on = MEETING_DAY
        removed.removed_by_decision_id = remove.id
        point = session.scalars(
            select(ControlPoint).where(ControlPoint.decision_id == earlier["2.1"])
        ).one()
        point.due_date = date(2026, 4, 30)
        session.add(
            Extension(
                control_point_id=point.id, requested_on=date(2026, 3, 5),
                old_date=date(2026, 3, 10), proposed_date=date(2026, 4, 30),
                reason="сезонные работы", state=ExtensionState.GRANTED,
                decided_on=MEETING_DAY, decided_by_decision_id=extend.id,
            )
        )  # fmt: skip


def build_sitting(db: Database, admin: Actor) -> Sitting:
    world = build_world(db, admin)
    previous_id, earlier = _previous_meeting(world)
    meeting = new_meeting(
        world,
        MEETING_DAY,
        number=3,
        start_time=time(10, 0),
        place="актовый зал акимата",
        control_assigned_to="секретаря комиссии",
    )
    _attendance(world, meeting.id)
    _agenda(world, meeting.id, earlier)
    return Sitting(world, meeting, previous_id, earlier)


@pytest.fixture
def sitting(db: Database, admin: Actor) -> Sitting:
    return build_sitting(db, admin)


def _context(sitting: Sitting, actor: Actor | None = None, **kw: int) -> MinutesContext:
    world = sitting.world
    return minutes.minutes_context(world.db, actor or world.member_user, sitting.meeting.id, **kw)


def _current(sitting: Sitting) -> meetings.MeetingView:
    return meetings.get_meeting(sitting.world.db, sitting.world.secretary, sitting.meeting.id)


def _finalise(sitting: Sitting) -> meetings.MeetingView:
    world = sitting.world
    return minutes.finalise(
        world.db, world.secretary, sitting.meeting.id, _current(sitting).version
    )


# ------------------------------------------------------------------------------ the content


def test_header_people_and_quorum(sitting: Sitting) -> None:
    ctx = _context(sitting)
    assert (ctx.number, ctx.meeting_date, ctx.start_time, ctx.venue) == (
        3,
        MEETING_DAY,
        time(10, 0),
        Bilingual("актовый зал акимата"),
    )
    assert (ctx.town.ru, ctx.town.kk) == ("г. Косшы", "Қосшы қ.")
    assert ctx.akimat.get("kk") == "Целиноград ауданының әкімдігі"
    assert ctx.commission_name.ru.startswith("Межведомственная комиссия")
    assert ctx.chair is not None and ctx.secretary is not None
    assert (ctx.chair.short_name, ctx.chair.signature_name) == (
        "Сейтказинов Б. А.",
        "Б. Сейтказинов",
    )
    assert (ctx.secretary.short_name, ctx.secretary.role) == ("Нурланова А. Е.", "secretary")
    assert ctx.chair.position.get("kk") == "лауазымы Сейтказинов"
    assert (ctx.voting_members_total, ctx.voting_present, ctx.has_quorum) == (11, 10, True)
    present = [p.full_name for p in ctx.present]
    assert present[:2] == [CHAIR, SECRETARY] and ADVISER in present and len(present) == 10
    assert [(a.person.short_name, a.reason.ru, a.substitute_name) for a in ctx.absent] == [
        ("Ахметова Д. К.", "отпуск", None),
        ("Ли В. С.", "командировка", "Ким Андрей Владимирович"),
    ]
    assert [(g.short_name, g.position.ru) for g in ctx.invited] == [
        ("Омаров Т. Т.", "прокурор района")
    ]
    assert (ctx.control_assigned_to.ru, ctx.minutes_state, ctx.revision) == (
        "секретаря комиссии",
        MinutesState.DRAFT,
        0,
    )


def test_agenda_and_decisions_in_order_and_numbered(sitting: Sitting) -> None:
    ctx = _context(sitting)
    assert [(i.number, i.kind) for i in ctx.agenda] == [
        (1, AgendaItemKind.PROGRESS_REVIEW),
        (2, AgendaItemKind.POLICE_REPORT),
        (3, AgendaItemKind.SOCIAL_SUPPORT),
    ]
    assert [d.number for d in ctx.decisions()] == ["1.1", "1.2", "1.3", "2.1", "3.1", "3.2"]
    assert [d.kind for d in ctx.agenda[0].decisions] == [
        DecisionKind.NOTE,
        DecisionKind.REMOVE_FROM_CONTROL,
        DecisionKind.EXTEND,
    ]
    review = ctx.agenda[0]
    assert (review.heard_speaker.ru, review.heard_summary.ru) == (
        "Нурланову А. Е.",
        "информация прилагается",
    )
    assert [(d.speaker.ru, d.summary.ru) for d in review.discussion] == [
        ("Сейтказинов Б. А.", ""),
        ("Касымов Е. Б.", "о рейдах"),
    ]


def test_assignees_terms_and_votes(sitting: Sitting) -> None:
    world = sitting.world
    raids = _context(sitting).agenda[1].decisions[0]
    assert raids.lead is not None and raids.lead.id == world.agencies["police"].id
    assert raids.lead.head_name == "Касымов Е. Б."
    assert raids.lead.short_name.ru == "Отдел (кратко)"
    assert raids.lead.name.get("kk") == "Отдел полиции Целиноградского района (kk)"
    assert [a.id for a in raids.co_executors] == [
        world.agencies["employment"].id,
        world.agencies["education"].id,
    ]
    assert raids.co_executors[0].head_name == "Рахимов С. Т."
    assert raids.deadline == DeadlineRule(
        DeadlineKind.PERIODIC, period=Period.QUARTERLY, day_of_month=5, until=date(2026, 12, 31)
    )
    # The terms as decided, in order; the later extension of the first is not in the minutes.
    assert raids.due_dates == (date(2026, 4, 6), date(2026, 7, 6), date(2026, 10, 5))
    assert raids.vote is not None
    assert (raids.vote.votes_for, raids.vote.votes_against, raids.vote.votes_abstained) == (4, 4, 2)
    assert (raids.vote.adopted, raids.vote.casting_vote_used) == (True, True)
    assert raids.addressed_to(world.agencies["education"].id)

    employment, recommendation = _context(sitting).agenda[2].decisions
    assert employment.deadline == DeadlineRule(DeadlineKind.FIXED, fixed_date=date(2026, 4, 10))
    assert employment.due_dates == (date(2026, 4, 10),)
    assert employment.vote is not None and employment.vote.adopted
    assert employment.vote.dissenters == "Ахметова Д. К."
    assert recommendation.vote is not None and recommendation.vote.adopted is False
    note = _context(sitting).agenda[0].decisions[0]
    assert (note.lead, note.deadline, note.due_dates) == (None, None, ())


def test_removals_and_extensions_point_to_earlier_minutes(sitting: Sitting) -> None:
    _note, remove, extend = _context(sitting).agenda[0].decisions
    assert [
        (r.decision_id, r.number, r.meeting_number, r.meeting_date) for r in remove.removes
    ] == [(sitting.earlier["1.2"], "1.2", 2, PREVIOUS_DAY)]
    assert [(r.number, new) for r, new in extend.extends] == [("2.1", date(2026, 4, 30))]
    assert remove.extends == () and extend.removes == ()


def test_progress_review_lists_the_decisions_due_since_the_previous_sitting(
    sitting: Sitting,
) -> None:
    ctx = _context(sitting)
    lines = ctx.agenda[0].progress
    assert [(p.ref.number, p.state) for p in lines] == [
        ("1.1", ComputedState.OVERDUE.value),
        ("1.2", ComputedState.REMOVED.value),
        ("2.2", ComputedState.OVERDUE.value),
    ]
    first = lines[0]
    assert (first.ref.meeting_number, first.ref.meeting_date, first.due_date) == (
        2,
        PREVIOUS_DAY,
        date(2026, 2, 20),
    )
    assert first.lead is not None and first.lead.id == sitting.world.agencies["police"].id
    assert ctx.agenda[1].progress == () and ctx.agenda[2].progress == ()


def test_clients_appear_by_initials_and_case_number_only(sitting: Sitting) -> None:
    ctx = _context(sitting)
    assert [(c.case_number, c.label) for c in ctx.agenda[2].cases] == [("14/2026", "Б-ов С. К.")]
    text = minutes.context_to_json(ctx)
    for secret in ("Бекенов", "Самат", "Кайратович", CLIENT_IIN, "Абая"):
        assert secret not in text
    assert "Б-ов С. К." in text


def test_json_round_trip_gives_the_same_context(sitting: Sitting) -> None:
    ctx = _context(sitting)
    again = minutes.context_from_json(minutes.context_to_json(ctx))
    assert again == ctx
    raids = again.agenda[1].decisions[0]
    assert raids.deadline is not None and raids.deadline.kind is DeadlineKind.PERIODIC
    assert isinstance(raids.due_dates, tuple) and isinstance(raids.due_dates[0], date)
    assert isinstance(again.agenda[0].decisions[2].extends[0][1], date)
    assert again.kind is ctx.kind and again.start_time == time(10, 0)


@pytest.fixture
def empty_world(db: Database, admin: Actor) -> tuple[World, meetings.MeetingView]:
    world = build_world(db, admin)
    # Before anyone's term: no chair, nobody on the sheet.
    return world, new_meeting(world, date(2025, 6, 2), start_time=None, place=None)


def test_json_round_trip_of_an_empty_meeting(
    empty_world: tuple[World, meetings.MeetingView],
) -> None:
    world, meeting = empty_world
    ctx = minutes.minutes_context(world.db, world.secretary, meeting.id)
    assert (ctx.chair, ctx.agenda, ctx.start_time, ctx.venue) == (None, (), None, Bilingual(""))
    assert minutes.context_from_json(minutes.context_to_json(ctx)) == ctx


def test_a_snapshot_from_a_newer_program_is_refused() -> None:
    with pytest.raises(InvalidInput):
        minutes.context_from_json('{"format": 99, "context": {}}')


# --------------------------------------------------------------------- finalise and amend


def test_finalise_locks_the_record(sitting: Sitting) -> None:
    world = sitting.world
    view = _finalise(sitting)
    assert (view.minutes_state, view.status, view.revision) == (
        MinutesState.FINAL,
        MeetingStatus.MINUTES_DRAFTED,
        1,
    )
    db, secretary, meeting_id = world.db, world.secretary, view.id
    member_id = world.member(MEMBERS[0]).id
    guest_id = attendance.attendance_sheet(db, secretary, meeting_id).guests[0].id
    plan = workplan.add_plan_item(
        db, secretary, workplan.WorkPlanData(year=2026, quarter=1, question="Вопрос")
    )
    refused = [
        lambda: meetings.update_meeting(db, secretary, meeting_id, view.version, data_of(view)),
        lambda: attendance.mark(db, secretary, meeting_id, member_id, AttendanceStatus.ABSENT),
        lambda: attendance.mark_all_present(db, secretary, meeting_id),
        lambda: attendance.add_guest(db, secretary, meeting_id, "Гость", None),
        lambda: attendance.remove_guest(db, secretary, guest_id),
        lambda: workplan.put_on_agenda(db, secretary, plan.id, meeting_id),
    ]
    for action in refused:
        with pytest.raises(meetings.MinutesLocked) as err:
            action()
        assert "No. 3" in str(err.value) and "12.03.2026" in str(err.value)
    with pytest.raises(InvalidInput):
        minutes.finalise(db, secretary, meeting_id, view.version)  # already final
    # The lifecycle goes on: the chair signs (the scan attached), the secretary sends the
    # extracts, and the meeting follows.
    signed_minutes.attach_scan(db, world.chair_user, meeting_id, "signed.pdf", b"%PDF-1.4 scan")
    view = meetings.set_status(
        db, world.chair_user, meeting_id, view.version, MeetingStatus.MINUTES_SIGNED
    )
    for agency in extracts_sent.extracts_state(db, secretary, meeting_id).agencies:
        extracts_sent.record_sent(db, secretary, meeting_id, agency.agency_id, view.revision)
    view = meetings.get_meeting(db, secretary, meeting_id)
    assert view.status is MeetingStatus.EXTRACTS_SENT


def test_final_minutes_are_exported_as_signed(sitting: Sitting) -> None:
    world = sitting.world
    before = _context(sitting)
    _finalise(sitting)
    police = world.agencies["police"]
    agencies.update_agency(
        world.db,
        world.admin,
        police.id,
        police.version,
        agencies.AgencyData(kind=police.kind, name_ru="Новое имя", name_kk="Жаңа атау"),
    )
    signed = _context(sitting)
    assert signed == _context(sitting, revision=1)
    assert (signed.minutes_state, signed.revision) == (MinutesState.FINAL, 1)
    assert signed.agenda[1].decisions[0].lead == before.agenda[1].decisions[0].lead
    assert signed.audit_anchor is not None  # the trail's head when signed
    assert signed == replace(
        before, minutes_state=MinutesState.FINAL, revision=1, audit_anchor=signed.audit_anchor
    )


def test_amend_reopens_and_finalising_again_makes_revision_2(sitting: Sitting) -> None:
    world = sitting.world
    db, secretary = world.db, world.secretary
    view = _finalise(sitting)
    with pytest.raises(InvalidInput) as err:
        minutes.amend(db, secretary, view.id, view.version, " \x0b ")
    assert err.value.field == "reason"
    view = minutes.amend(db, secretary, view.id, view.version, "опечатка в\x01 месте проведения")
    assert (view.minutes_state, view.revision) == (MinutesState.AMENDED, 1)
    history = minutes.revisions(db, world.member_user, view.id)
    assert [(r.revision, r.reason, r.is_final) for r in history] == [
        (1, None, True),
        (2, "опечатка в месте проведения", False),
    ]
    # Editable again; the draft shows the revision being made and why.
    view = meetings.update_meeting(
        db, secretary, view.id, view.version, data_of(view, place="малый зал акимата")
    )
    draft = _context(sitting)
    assert (draft.venue.ru, draft.revision, draft.minutes_state) == (
        "малый зал акимата",
        2,
        MinutesState.AMENDED,
    )
    assert draft.amendment_reason == "опечатка в месте проведения"
    with pytest.raises(NotFound):
        _context(sitting, revision=2)

    view = minutes.finalise(db, secretary, view.id, view.version)
    assert (view.minutes_state, view.revision) == (MinutesState.FINAL, 2)
    history = minutes.revisions(db, world.member_user, view.id)
    assert [(r.revision, r.reason, r.is_final, r.created_by) for r in history] == [
        (1, None, True, "secretary"),
        (2, "опечатка в месте проведения", True, "secretary"),
    ]
    first, second = _context(sitting, revision=1), _context(sitting, revision=2)
    assert (first.venue.ru, first.revision, first.amendment_reason) == (
        "актовый зал акимата",
        1,
        None,
    )
    assert (second.venue.ru, second.revision) == ("малый зал акимата", 2)
    assert second.amendment_reason == "опечатка в месте проведения"
    assert _context(sitting) == second
    with pytest.raises(meetings.MinutesLocked):
        meetings.update_meeting(db, secretary, view.id, view.version, data_of(view))


def test_only_final_minutes_are_amended(sitting: Sitting) -> None:
    view = _current(sitting)
    with pytest.raises(InvalidInput):
        minutes.amend(sitting.world.db, sitting.world.secretary, view.id, view.version, "ошибка")


def test_finalising_needs_a_quorum(sitting: Sitting) -> None:
    world = sitting.world
    for row in attendance.attendance_sheet(world.db, world.secretary, sitting.meeting.id).rows[:6]:
        attendance.mark(world.db, world.secretary, sitting.meeting.id, row.member_id, None)
    with pytest.raises(InvalidInput) as err:
        _finalise(sitting)
    assert err.value.field == "attendance"
    # Ten sat; six rows cleared, of which one (on leave) was not sitting anyway.
    assert err.value.params == {"present": 5, "total": 11, "required": 6}
    assert _current(sitting).minutes_state is MinutesState.DRAFT


def test_finalising_needs_an_agenda_and_a_past_date(
    empty_world: tuple[World, meetings.MeetingView],
) -> None:
    world, _ = empty_world
    meeting = new_meeting(world, MEETING_DAY)
    attendance.mark_all_present(world.db, world.secretary, meeting.id)
    with pytest.raises(InvalidInput) as err:
        minutes.finalise(world.db, world.secretary, meeting.id, meeting.version)
    assert err.value.field == "agenda"
    future = new_meeting(world, date.today() + timedelta(days=30))
    with pytest.raises(InvalidInput):
        minutes.finalise(world.db, world.secretary, future.id, future.version)


def test_finalising_a_stale_copy_is_refused(sitting: Sitting) -> None:
    world = sitting.world
    old = _current(sitting)
    meetings.update_meeting(world.db, world.secretary, old.id, old.version, data_of(old, notes="x"))
    with pytest.raises(StaleCopy):
        minutes.finalise(world.db, world.secretary, old.id, old.version)


def test_stored_snapshot_is_the_revision_s_json(sitting: Sitting) -> None:
    view = _finalise(sitting)
    with sitting.world.db.reading() as session:
        text = session.scalars(
            select(MinutesRevision.snapshot_json).where(MinutesRevision.meeting_id == view.id)
        ).one()
    assert minutes.context_from_json(text) == _context(sitting)


def test_final_minutes_without_a_snapshot_are_built_from_the_record(sitting: Sitting) -> None:
    """Final minutes made before revisions were kept (the demo data) still export."""
    with sitting.world.db.transaction() as session:
        session.execute(
            update(Meeting)
            .where(Meeting.id == sitting.meeting.id)
            .values(minutes_state=MinutesState.FINAL)
        )
    ctx = _context(sitting)
    assert (ctx.minutes_state, ctx.revision, len(ctx.agenda)) == (MinutesState.FINAL, 0, 3)


# ---------------------------------------------------------------------------- permissions


def test_members_and_officers_read_but_do_not_finalise(sitting: Sitting) -> None:
    world = sitting.world
    view = _current(sitting)
    for actor in (world.member_user, world.officer, world.chair_user):
        assert _context(sitting, actor).number == 3
        with pytest.raises(PermissionDenied):
            minutes.finalise(world.db, actor, view.id, view.version)
    view = _finalise(sitting)
    for actor in (world.member_user, world.officer, world.chair_user):
        with pytest.raises(PermissionDenied):
            minutes.amend(world.db, actor, view.id, view.version, "ошибка")
        assert minutes.revisions(world.db, actor, view.id)[0].revision == 1
    with pytest.raises(PermissionDenied):
        meetings.set_status(
            world.db, world.member_user, view.id, view.version, MeetingStatus.MINUTES_SIGNED
        )
