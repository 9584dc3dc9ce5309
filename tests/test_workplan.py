"""The work plan: questions by quarter, put on an agenda with one action, their state kept."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from commission.db.engine import Database
from commission.db.models import AgendaItem
from commission.domain.enums import AgendaItemKind, WorkPlanState
from commission.domain.permissions import PermissionDenied
from commission.services import workplan
from commission.services.context import Actor
from commission.services.errors import InvalidInput, StaleCopy
from tests.test_meetings import World, build_world, new_meeting


@pytest.fixture
def world(db: Database, admin: Actor) -> World:
    return build_world(db, admin)


def _question(world: World, quarter: int = 1, **kwargs: object) -> workplan.WorkPlanView:
    values: dict[str, object] = {
        "year": 2026,
        "quarter": quarter,
        "question": f"О профилактике правонарушений, квартал {quarter}",
        "agency_id": world.agencies["police"].id,
        "speaker": "Касымов Е. Б., начальник ОП",
    }
    values.update(kwargs)
    return workplan.add_plan_item(
        world.db,
        world.secretary,
        workplan.WorkPlanData(**values),  # type: ignore[arg-type]
    )


def _data(view: workplan.WorkPlanView, **changes: object) -> workplan.WorkPlanData:
    values: dict[str, object] = {
        "year": view.year,
        "quarter": view.quarter,
        "question": view.question,
        "agency_id": view.agency_id,
        "speaker": view.speaker,
    }
    values.update(changes)
    return workplan.WorkPlanData(**values)  # type: ignore[arg-type]


def test_plan_is_listed_by_year_and_quarter(world: World) -> None:
    third = _question(world, 3)
    first = _question(world, 1, question="Об итогах\x0bработы\x01 за год")
    _question(world, 2, year=2027)
    plan = workplan.list_plan(world.db, world.member_user, 2026)
    assert [v.id for v in plan] == [first.id, third.id]
    assert plan[0].question == "Об итогах\nработы за год"
    assert plan[0].agency_name == "Отдел полиции Целиноградского района"
    assert (plan[0].state, plan[0].meeting_id) == (WorkPlanState.PLANNED, None)
    assert [v.year for v in workplan.list_plan(world.db, world.member_user, 2027)] == [2027]


def test_plan_item_is_edited_with_its_version(world: World) -> None:
    view = _question(world)
    changed = workplan.update_plan_item(
        world.db,
        world.secretary,
        view.id,
        view.version,
        _data(view, quarter=2, agency_id=world.agencies["education"].id, speaker=None),
    )
    assert (changed.quarter, changed.agency_name, changed.speaker) == (2, "Отдел образования", None)
    with pytest.raises(StaleCopy):
        workplan.update_plan_item(world.db, world.secretary, view.id, view.version, _data(view))


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"question": " \x01 "}, "question"),
        ({"quarter": 5}, "quarter"),
        ({"quarter": 0}, "quarter"),
        ({"year": 1999}, "year"),
        ({"speaker": "д" * 301}, "speaker"),
    ],
)
def test_invalid_plan_items_are_refused(
    world: World, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(InvalidInput) as err:
        _question(world, **changes)
    assert err.value.field == field


def test_plan_item_is_removed(world: World) -> None:
    view = _question(world)
    workplan.remove_plan_item(world.db, world.secretary, view.id, view.version)
    assert workplan.list_plan(world.db, world.secretary, 2026) == []


def test_put_on_agenda_adds_the_last_item_and_follows_the_state(world: World) -> None:
    meeting = new_meeting(world, date(2026, 3, 12))
    first = _question(world, 1)
    second = _question(world, 1, question="О социальной адаптации", speaker=None)
    first_id = workplan.put_on_agenda(world.db, world.secretary, first.id, meeting.id)
    second_id = workplan.put_on_agenda(
        world.db, world.secretary, second.id, meeting.id, AgendaItemKind.SOCIAL_SUPPORT
    )
    with world.db.reading() as session:
        items = [
            (i.id, i.position, i.kind, i.title, i.speakers, i.work_plan_item_id)
            for i in session.scalars(
                select(AgendaItem)
                .where(AgendaItem.meeting_id == meeting.id)
                .order_by(AgendaItem.position)
            )
        ]
    assert items == [
        (first_id, 1, AgendaItemKind.OTHER, first.question, first.speaker, first.id),
        (second_id, 2, AgendaItemKind.SOCIAL_SUPPORT, second.question, None, second.id),
    ]
    view = workplan.get_plan_item(world.db, world.member_user, first.id)
    assert (view.state, view.meeting_id, view.meeting_number) == (
        WorkPlanState.ON_AGENDA,
        meeting.id,
        meeting.number,
    )
    # Once on an agenda it is not put on another, nor deleted from the plan.
    with pytest.raises(InvalidInput):
        workplan.put_on_agenda(world.db, world.secretary, first.id, meeting.id)
    with pytest.raises(InvalidInput):
        workplan.remove_plan_item(world.db, world.secretary, view.id, view.version)


def test_a_carried_over_question_goes_to_a_later_meeting(world: World) -> None:
    march = new_meeting(world, date(2026, 3, 12))
    june = new_meeting(world, date(2026, 6, 11))
    question = _question(world)
    workplan.put_on_agenda(world.db, world.secretary, question.id, march.id)
    view = workplan.get_plan_item(world.db, world.secretary, question.id)
    view = workplan.set_plan_state(
        world.db, world.secretary, view.id, view.version, WorkPlanState.CARRIED_OVER
    )
    assert view.state is WorkPlanState.CARRIED_OVER
    workplan.put_on_agenda(world.db, world.secretary, question.id, june.id)
    view = workplan.get_plan_item(world.db, world.secretary, question.id)
    assert (view.state, view.meeting_id) == (WorkPlanState.ON_AGENDA, june.id)


def test_dropped_and_done_questions_stay_off_the_agenda(world: World) -> None:
    meeting = new_meeting(world)
    view = _question(world)
    view = workplan.set_plan_state(
        world.db, world.secretary, view.id, view.version, WorkPlanState.DROPPED
    )
    with pytest.raises(InvalidInput):
        workplan.put_on_agenda(world.db, world.secretary, view.id, meeting.id)
    # "On agenda" is set by putting it on one, never by hand.
    with pytest.raises(InvalidInput):
        workplan.set_plan_state(
            world.db, world.secretary, view.id, view.version, WorkPlanState.ON_AGENDA
        )
    with pytest.raises(StaleCopy):
        workplan.set_plan_state(world.db, world.secretary, view.id, 1, WorkPlanState.DONE)


def test_only_the_secretary_edits_the_plan(world: World) -> None:
    view = _question(world)
    meeting = new_meeting(world)
    for actor in (world.member_user, world.officer, world.chair_user):
        with pytest.raises(PermissionDenied):
            _question_as(world, actor)
        with pytest.raises(PermissionDenied):
            workplan.put_on_agenda(world.db, actor, view.id, meeting.id)
        assert workplan.list_plan(world.db, actor, 2026)


def _question_as(world: World, actor: Actor) -> workplan.WorkPlanView:
    return workplan.add_plan_item(
        world.db, actor, workplan.WorkPlanData(year=2026, quarter=1, question="Вопрос")
    )
