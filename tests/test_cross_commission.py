"""Questions between commissions, on both engines: a district commission sends a question up
to the oblast commission, which puts it on a meeting's agenda or declines it; each side sees
only its own end."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from commission.db.engine import Database
from commission.db.models import AgendaItem, AuditEntry
from commission.domain.enums import QuestionState
from commission.services import agenda, audit, cross_commission
from commission.services.context import Actor
from commission.services.cross_commission import QuestionData
from commission.services.errors import InvalidInput, NotFound
from tests.oblast_world import OblastWorld, make_oblast_world

SENT = date(2026, 3, 16)


@pytest.fixture
def world(db: Database, admin: Actor) -> OblastWorld:
    return make_oblast_world(db, admin)


def _send(db: Database, w: OblastWorld, **changes: object) -> cross_commission.QuestionView:
    data = QuestionData(
        title="О трудоустройстве лиц, освобождённых из мест лишения свободы",
        title_kk="Бас бостандығынан айыру орындарынан босатылғандарды жұмысқа орналастыру туралы",
        justification="Районных квот не хватает; нужна областная программа.",
        source_decision_id=w.district_decision,
    )
    return cross_commission.send_question(db, w.district, replace(data, **changes), today=SENT)


def test_a_question_sent_up_waits_at_the_oblast_and_goes_on_its_agenda(
    db: Database, world: OblastWorld
) -> None:
    w = world
    sent = _send(db, w)
    assert sent.state is QuestionState.SENT and sent.to_commission == "Областная комиссия"
    assert sent.source is not None and sent.source.endswith(", 1.1")

    [proposed] = cross_commission.proposed_questions(db, w.oblast)
    assert (proposed.id, proposed.title) == (sent.id, sent.title)
    assert cross_commission.proposed_questions(db, w.district) == []  # nothing sent to it

    [choice] = cross_commission.agenda_meetings(db, w.oblast)  # not the district's meeting
    assert choice.id == w.oblast_meeting
    taken = cross_commission.put_on_agenda(
        db, w.oblast, sent.id, proposed.version, w.oblast_meeting, today=date(2026, 3, 17)
    )
    assert taken.state is QuestionState.ON_AGENDA and taken.meeting_id == w.oblast_meeting
    items = agenda.list_items(db, w.oblast, w.oblast_meeting)
    assert items[-1].title == sent.title and items[-1].title_kk == sent.title_kk
    assert items[-1].speakers  # the district commission is named as the source

    [seen] = cross_commission.sent_questions(db, w.district)
    assert (seen.state, seen.meeting_number) == (QuestionState.ON_AGENDA, taken.meeting_number)
    assert audit.verify(db, deep=True).ok


def test_a_declined_question_tells_the_district_why(db: Database, world: OblastWorld) -> None:
    w = world
    sent = _send(db, w, source_decision_id=None)
    with pytest.raises(InvalidInput) as refused:
        cross_commission.decline_question(db, w.oblast, sent.id, sent.version, "  ")
    assert refused.value.field == "decline_reason"
    cross_commission.decline_question(
        db, w.oblast, sent.id, sent.version, "Вопрос решается на районном уровне."
    )
    [seen] = cross_commission.sent_questions(db, w.district)
    assert seen.state is QuestionState.DECLINED
    assert seen.decline_reason == "Вопрос решается на районном уровне."
    with pytest.raises(InvalidInput):  # answered once
        cross_commission.put_on_agenda(db, w.oblast, sent.id, seen.version, w.oblast_meeting)


def test_each_side_changes_only_its_own_end(db: Database, world: OblastWorld) -> None:
    w = world
    sent = _send(db, w)
    # The district cannot answer its own question, nor put it on the oblast's meeting.
    with pytest.raises(NotFound):
        cross_commission.decline_question(db, w.district, sent.id, sent.version, "Нет")
    # The oblast cannot put it on the district's meeting: that meeting looks missing.
    with pytest.raises(NotFound):
        cross_commission.put_on_agenda(db, w.oblast, sent.id, sent.version, w.district_meeting)
    # A question names only the sender's own decisions as its source.
    with pytest.raises(NotFound):
        cross_commission.send_question(
            db,
            w.oblast,
            QuestionData(title="Вопрос", source_decision_id=w.district_decision),
        )


def test_the_oblast_has_nobody_above_to_send_to(db: Database, world: OblastWorld) -> None:
    with pytest.raises(InvalidInput):
        cross_commission.send_question(db, world.oblast, QuestionData(title="Вопрос"))
    with pytest.raises(InvalidInput) as refused:
        cross_commission.send_question(db, world.district, QuestionData(title=" ", title_kk=""))
    assert refused.value.field == "title"


def test_sources_are_the_districts_decisions(db: Database, world: OblastWorld) -> None:
    [choice] = cross_commission.source_choices(db, world.district)
    assert choice.decision_id == world.district_decision and choice.title == "О занятости"
    assert cross_commission.source_choices(db, world.oblast) == []


def test_the_trail_names_the_question_without_personal_data(
    db: Database, world: OblastWorld
) -> None:
    sent = _send(db, world)
    with db.reading() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "proposed_questions")
        ).all()
        assert [e.entity_id for e in entries] == [str(sent.id)]
        assert session.scalar(select(AgendaItem.id).where(AgendaItem.title == sent.title)) is None
