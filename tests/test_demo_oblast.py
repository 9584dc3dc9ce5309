"""The oblast's demo: four commissions on one server, each secretary in their own, on both
engines; the trail verifies row by row."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from commission.db.engine import Database
from commission.db.models import AdminUnit, Case, Client, Commission, Decision, Meeting, User
from commission.domain.enums import AdminLevel
from commission.services import (
    audit,
    auth,
    case_card,
    commission_choice,
    composition,
    district_control,
    overview,
    registers,
)
from commission.services.context import Actor
from commission.services.demo import DEMO_PASSWORD, build_demo
from commission.services.errors import NotFound

SECRETARIES = {
    "oblast": "Акмолинская область",
    "secretary": "Целиноградский район",
    "secretary2": "Аршалынский район",
    "secretary3": "Шортандинский район",
}


def test_the_oblast_demo_has_four_commissions_each_with_its_secretary(db: Database) -> None:
    summary = build_demo(
        db, Actor.command_line(), seed=3, today=date(2026, 5, 12), clients=10, oblast=True
    )
    assert summary.users == 13
    with db.reading() as session:
        units = {u.name_ru: u for u in session.scalars(select(AdminUnit))}
        oblast = units["Акмолинская область"]
        districts = {u.id for u in units.values() if u.parent_id == oblast.id}
        assert oblast.level is AdminLevel.OBLAST and len(districts) == 3
        arshaly = units["Аршалынский район"].id
        by_commission = {
            row[0]: row[1]
            for row in session.execute(
                select(Meeting.commission_id, func.count()).group_by(Meeting.commission_id)
            )
        }
        decisions = {
            row[0]: row[1]
            for row in session.execute(
                select(Meeting.commission_id, func.count(Decision.id))
                .join(Decision.agenda_item)
                .join(Meeting)
                .group_by(Meeting.commission_id)
            )
        }
        commissions = list(session.scalars(select(Commission.id)))
        clients = {
            row[0]: row[1]
            for row in session.execute(
                select(Client.district_id, func.count()).group_by(Client.district_id)
            )
        }
        officers = {
            u.login: u.district_id
            for u in session.scalars(select(User).where(User.login.like("officer%")))
        }
    assert len(commissions) == 4
    assert all(by_commission[c] >= 4 and decisions[c] > 0 for c in commissions)
    assert set(clients) == districts  # every district has clients
    assert {officers[login] for login in ("officer3", "officer4")} == {arshaly}

    for login, unit_name in SECRETARIES.items():
        secretary = auth.login(db, login, DEMO_PASSWORD)
        assert secretary.commission_id is not None, login
        assert composition.get_commission(db, secretary).admin_unit_ru == unit_name
        # The oblast's decisions addressed to the district akimats follow into each district.
        followed = district_control.oblast_decisions(db, secretary, date(2026, 5, 12))
        if login == "oblast":
            assert followed == []
        else:
            assert followed, login
    names = {
        commission_choice.current_commission(db, auth.login(db, login, DEMO_PASSWORD)).short_name(
            "ru"
        )
        for login in SECRETARIES
    }
    assert len(names) == len(SECRETARIES)  # the status bar tells the commissions apart
    admin = auth.login(db, "admin", DEMO_PASSWORD)
    assert admin.commission_id is None  # works for all four: chooses
    assert len(commission_choice.my_commissions(db, admin)) == 4
    checked = audit.verify(db, deep=True)
    assert checked.ok, checked


def test_the_plain_demo_stays_one_district(db: Database) -> None:
    build_demo(db, Actor.command_line(), seed=3, today=date(2026, 5, 12), clients=10)
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Commission)) == 1
        assert session.scalar(select(func.count()).select_from(User)) == 6
    secretary = auth.login(db, "secretary", DEMO_PASSWORD)
    assert composition.get_commission(db, secretary).admin_unit_ru == "Целиноградский район"


def test_a_district_secretary_sees_her_districts_clients_and_the_oblast_all(db: Database) -> None:
    build_demo(db, Actor.command_line(), seed=3, today=date(2026, 5, 12), clients=10, oblast=True)
    with db.reading() as session:
        district_of = {c.id: c.district_id for c in session.scalars(select(Client))}
        unit_of = {u.name_ru: u.id for u in session.scalars(select(AdminUnit))}
        case_district = {
            case.id: district_of[case.client_id] for case in session.scalars(select(Case))
        }
    seen = {}
    for login in SECRETARIES:
        secretary = auth.login(db, login, DEMO_PASSWORD)
        ids = registers.client_ids(db, secretary, "", include_deregistered=True)
        seen[login] = {district_of[i] for i in ids}
        asked = registers.client_rows(db, secretary, list(district_of))
        assert {district_of[row.id] for row in asked} == seen[login], login
    assert seen["secretary"] == {unit_of["Целиноградский район"]}
    assert seen["secretary2"] == {unit_of["Аршалынский район"]}
    assert seen["oblast"] == set(district_of.values())  # the oblast reads its districts
    # Another district's case looks missing to a district secretary.
    secretary2 = auth.login(db, "secretary2", DEMO_PASSWORD)
    elsewhere = next(c for c, d in case_district.items() if d != unit_of["Аршалынский район"])
    with pytest.raises(NotFound):
        case_card.case_card(db, secretary2, elsewhere, date(2026, 5, 12))


def test_the_oblast_dashboard_counts_the_clients_of_the_districts_chosen(db: Database) -> None:
    today = date(2026, 5, 12)
    build_demo(db, Actor.command_line(), seed=3, today=today, clients=10, oblast=True)
    oblast = auth.login(db, "oblast", DEMO_PASSWORD)
    with db.reading() as session:
        on_register = {
            row[0]: row[1]
            for row in session.execute(
                select(Client.district_id, func.count())
                .where(Client.deregistered_on.is_(None))
                .group_by(Client.district_id)
            )
        }
        commission_of_unit = {c.admin_unit_id: c.id for c in session.scalars(select(Commission))}
    everything = overview.dashboard(db, oblast, today, commission_ids=commission_of_unit.values())
    assert everything.clients_on_register == sum(on_register.values())
    for unit_id, count in on_register.items():
        one = overview.dashboard(db, oblast, today, commission_ids=[commission_of_unit[unit_id]])
        assert one.clients_on_register == count, unit_id


def _set_margin(db: Database, secretary: Actor, days: int) -> None:
    from dataclasses import fields, replace

    view = composition.get_commission(db, secretary)
    data = composition.CommissionData(
        **{f.name: getattr(view, f.name) for f in fields(composition.CommissionData)}
    )
    composition.update_commission(
        db, secretary, view.version, replace(data, due_soon_working_days=days)
    )


def test_an_officer_s_due_soon_follows_his_district_s_commission(db: Database) -> None:
    """Officers of Аршалы see «due soon» by the Аршалы commission's margin, not by that of the
    first commission in the database (Целиноград)."""
    from commission.services import officer_home

    today = date(2026, 5, 12)
    build_demo(db, Actor.command_line(), seed=3, today=today, clients=40, oblast=True)
    officer = auth.login(db, "officer4", DEMO_PASSWORD)
    before = officer_home.due_measures(db, officer, today)
    _set_margin(db, auth.login(db, "secretary", DEMO_PASSWORD), 120)
    assert officer_home.due_measures(db, officer, today) == before
    _set_margin(db, auth.login(db, "secretary2", DEMO_PASSWORD), 120)
    after = officer_home.due_measures(db, officer, today)
    assert len(after) > len(before)
    assert {m.measure_id for m in before} < {m.measure_id for m in after}


def test_the_districts_questions_wait_at_the_oblast_in_both_languages(db: Database) -> None:
    from commission.domain.enums import QuestionState
    from commission.services import cross_commission
    from tests.language import is_kazakh, is_russian

    build_demo(db, Actor.command_line(), seed=3, today=date(2026, 5, 12), clients=10, oblast=True)
    waiting = cross_commission.proposed_questions(db, auth.login(db, "oblast", DEMO_PASSWORD))
    assert len(waiting) == 2
    assert {q.state for q in waiting} == {QuestionState.SENT}
    for question in waiting:
        assert question.title_kk and is_kazakh(question.title_kk), question.title_kk
        assert not is_russian(question.title_kk) and is_russian(question.title)
        assert question.source and question.sent_on < date(2026, 5, 12)
    sent = cross_commission.sent_questions(db, auth.login(db, "secretary2", DEMO_PASSWORD))
    assert [q.id for q in sent] == [q.id for q in waiting if "Аршалы" in q.from_commission]
    assert cross_commission.sent_questions(db, auth.login(db, "secretary3", DEMO_PASSWORD)) == []
