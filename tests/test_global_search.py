"""«Find everywhere» on both engines: meetings by number and topic, decisions by number and
text (in Kazakh too), agencies, and clients and cases only for the roles that may see them,
audited; another district's records are never found."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from commission.db.engine import Database
from commission.db.models import AgendaItem, AuditEntry, Client, Decision, Meeting
from commission.domain.enums import Role
from commission.services import auth, commission_choice, global_search
from commission.services.context import Actor
from commission.services.demo import DEMO_PASSWORD, build_demo
from commission.services.global_search import HitKind
from tests.conftest import make_user

TODAY = date(2026, 5, 12)


def _kinds(hits: list[global_search.Hit], kind: HitKind) -> list[global_search.Hit]:
    return [h for h in hits if h.kind is kind]


@pytest.fixture
def demo(db: Database) -> Database:
    build_demo(db, Actor.command_line(), seed=3, today=TODAY, clients=20)
    return db


def test_meetings_decisions_and_agencies_are_found(demo: Database) -> None:
    secretary = auth.login(demo, "secretary", DEMO_PASSWORD)
    with demo.reading() as session:
        meeting = session.scalars(select(Meeting).order_by(Meeting.id)).first()
        assert meeting is not None
        number, year, meeting_id = meeting.number, meeting.year, meeting.id
        item = session.scalars(
            select(AgendaItem).where(AgendaItem.meeting_id == meeting_id).order_by(AgendaItem.id)
        ).first()
        assert item is not None and item.title_kk
        title = item.title
        decision = session.scalars(select(Decision).order_by(Decision.id)).first()
        assert decision is not None and decision.text_kk
        decision_id, text_kk = decision.id, decision.text_kk
    by_number = global_search.search(demo, secretary, f"{number}/{year}")
    assert [h.id for h in _kinds(by_number, HitKind.MEETING)] == [meeting_id]
    topic = max(title.split(), key=len)
    by_topic = _kinds(global_search.search(demo, secretary, topic), HitKind.MEETING)
    assert meeting_id in {h.id for h in by_topic} or len(by_topic) == global_search.PER_KIND
    # A word of the Kazakh text finds the decision too.
    kazakh_word = max(text_kk.split(), key=len).strip(".,«»()")
    found = _kinds(global_search.search(demo, secretary, kazakh_word), HitKind.DECISION)
    assert decision_id in {h.id for h in found} or len(found) == global_search.PER_KIND
    agencies = _kinds(global_search.search(demo, secretary, "занятост"), HitKind.AGENCY)
    assert agencies and all("занятост" in h.title.lower() for h in agencies)
    assert global_search.search(demo, secretary, "а") == []  # one letter: nothing yet
    assert len(_kinds(global_search.search(demo, secretary, "1.1"), HitKind.DECISION)) <= (
        global_search.PER_KIND
    )


def test_clients_only_for_who_may_see_them_and_each_look_up_is_audited(demo: Database) -> None:
    with demo.reading() as session:
        client = session.scalars(select(Client).order_by(Client.id)).first()
        assert client is not None
        surname, client_id, iin = client.surname, client.id, client.iin
    secretary = auth.login(demo, "secretary", DEMO_PASSWORD)
    admin = Actor.command_line()
    member = make_user(demo, admin, "member-x", Role.MEMBER)

    def audited() -> int:
        with demo.reading() as session:
            return (
                session.scalar(
                    select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "view")
                )
                or 0
            )

    before = audited()
    hits = global_search.search(demo, secretary, surname)
    assert client_id in {h.id for h in _kinds(hits, HitKind.CLIENT)}
    assert audited() > before  # the list of clients handed out is in the trail
    assert iin is not None and iin not in " ".join(h.detail for h in hits)
    assert _kinds(global_search.search(demo, member, surname), HitKind.CLIENT) == []


def test_a_district_never_finds_its_neighbour_s_records(db: Database) -> None:
    build_demo(db, Actor.command_line(), seed=3, today=TODAY, clients=10, oblast=True)
    secretary2 = auth.login(db, "secretary2", DEMO_PASSWORD)
    own = commission_choice.current_commission(db, secretary2).id
    with db.reading() as session:
        own_meetings = set(session.scalars(select(Meeting.id).where(Meeting.commission_id == own)))
    for query in ("полиц", "1.1", "1/2026", "занятост"):
        hits = global_search.search(db, secretary2, query)
        assert {h.id for h in _kinds(hits, HitKind.MEETING)} <= own_meetings, query
        with db.reading() as session:
            for hit in _kinds(hits, HitKind.DECISION):
                meeting = session.scalar(
                    select(Meeting.commission_id)
                    .join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
                    .join(Decision, Decision.agenda_item_id == AgendaItem.id)
                    .where(Decision.id == hit.id)
                )
                assert meeting == own, query
