"""Issue 12's «done when», as new users would try it on one server: the oblast's secretary and
two district secretaries work at the same moment, each sees only their own meetings and
decisions, the oblast sees both districts' figures, a client moves from one district to the
other with his history, and the audit trail verifies; on SQLite and on PostgreSQL."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import select

from commission.db.engine import Database
from commission.db.models import AdminUnit, Client
from commission.domain.control import ComputedState
from commission.services import (
    audit,
    auth,
    clients,
    commission_choice,
    meetings,
    overview,
    registers,
    transfers,
)
from commission.services.context import Actor
from commission.services.demo import DEMO_PASSWORD, build_demo
from commission.services.errors import NotFound

TODAY = date(2026, 5, 12)
SITTING = date(2026, 11, 20)


def _at_once(work: dict[str, Actor], call: object) -> dict[str, object]:
    """``call(actor)`` for every user in their own thread, released together."""
    assert callable(call)
    start = threading.Barrier(len(work))
    results: dict[str, object] = {}
    failures: list[BaseException] = []

    def run(login: str, actor: Actor) -> None:
        start.wait()
        try:
            results[login] = call(actor)
        except BaseException as exc:  # re-raised below, in the test's thread
            failures.append(exc)

    threads = [threading.Thread(target=run, args=item) for item in work.items()]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise failures[0]
    return results


def test_the_oblast_and_two_districts_on_one_server(db: Database) -> None:
    build_demo(db, Actor.command_line(), seed=5, today=TODAY, clients=30, oblast=True)
    offices = {
        login: auth.login(db, login, DEMO_PASSWORD)
        for login in ("oblast", "secretary", "secretary2")
    }
    numbers_before = {
        login: meetings.next_number(db, actor, SITTING.year) for login, actor in offices.items()
    }

    # Each secretary plans the next meeting at the same moment: each gets her own next number.
    made = _at_once(
        offices,
        lambda actor: meetings.create_meeting(
            db, actor, meetings.MeetingData(meeting_date=SITTING)
        ),
    )
    for login, meeting in made.items():
        assert isinstance(meeting, meetings.MeetingView)
        assert meeting.number == numbers_before[login], login

    # Each sees her own meetings and decisions only.
    seen = _at_once(offices, lambda actor: overview.list_meetings(db, actor))
    for login, rows in seen.items():
        assert isinstance(rows, list)
        ids = {row.id for row in rows}
        own = made[login]
        assert isinstance(own, meetings.MeetingView) and own.id in ids
        others = {m.id for other, m in made.items() if other != login}  # type: ignore[attr-defined]
        assert not ids & others, login
    district_1, district_2 = (
        overview.decision_ids(db, offices[login], overview.DecisionFilter(), TODAY)
        for login in ("secretary", "secretary2")
    )
    assert district_1 and district_2 and not set(district_1) & set(district_2)
    assert overview.decision_rows(db, offices["secretary"], district_2[:1], TODAY) == []

    # The oblast sees both districts' figures: its sum over them is theirs added up.
    oblast = offices["oblast"]
    choices = {c.id for c in commission_choice.readable_commissions(db, oblast)}
    own_ids = {
        login: commission_choice.current_commission(db, offices[login]).id
        for login in ("secretary", "secretary2")
    }
    assert set(own_ids.values()) < choices
    both = overview.dashboard(db, oblast, TODAY, commission_ids=list(own_ids.values()))
    apart = [overview.dashboard(db, offices[login], TODAY) for login in own_ids]
    for state in ComputedState:
        assert both.count(state) == sum(d.count(state) for d in apart), state
    chosen = overview.DecisionFilter(commission_ids=tuple(own_ids.values()))
    assert set(overview.decision_ids(db, oblast, chosen, TODAY)) == set(district_1) | set(
        district_2
    )
    with pytest.raises(NotFound):  # a district does not read its neighbour's figures
        overview.dashboard(db, offices["secretary"], TODAY, commission_ids=[own_ids["secretary2"]])

    # A client of Целиноград moves to Аршалы with his cases; Целиноград keeps a trace.
    officer = auth.login(db, "officer", DEMO_PASSWORD)
    with db.reading() as session:
        arshaly = session.scalars(
            select(AdminUnit.id).where(AdminUnit.name_ru == "Аршалынский район")
        ).one()
        moving = session.scalars(
            select(Client)
            .where(Client.district_id == officer.district_id, Client.deregistered_on.is_(None))
            .order_by(Client.id)
        ).first()
        assert moving is not None
        client_id, version = moving.id, moving.version
    before = clients.open_client(db, officer, client_id)
    transfers.transfer_client(
        db, officer, client_id, version, arshaly, TODAY, "Смена места жительства"
    )
    there = auth.login(db, "officer3", DEMO_PASSWORD)
    arrived = clients.open_client(db, there, client_id)
    assert arrived.district_id == arshaly and arrived.transferred is None
    assert {c.id for c in arrived.cases} == {c.id for c in before.cases}
    trace = clients.open_client(db, officer, client_id)
    assert trace.transferred is not None
    assert client_id in registers.client_ids(db, there, "", include_deregistered=True)
    assert client_id in registers.client_ids(
        db, offices["secretary2"], "", include_deregistered=True
    )
    checked = audit.verify(db, deep=True)
    assert checked.ok, checked
