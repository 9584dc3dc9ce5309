"""The clients' and cases' registers and the meetings list sorted and filtered by the service,
the first screen read as a page in the same order as the whole list, on both engines."""

from __future__ import annotations

from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from commission.db.engine import Database
from commission.db.models import AdminUnit, Case, Client, User
from commission.domain.enums import (
    ClientCategory,
    MeetingKind,
    MeetingStatus,
    ProgrammeState,
)
from commission.services import auth, case_register, overview, registers
from commission.services.case_register import CaseFilter, CaseSort
from commission.services.client_order import ClientFilter, ClientSort
from commission.services.overview import MeetingSort
from tests.clients_world import World, build_world
from tests.register_world import TODAY, Registers, add_meetings, fill


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))


@pytest.fixture
def world(db: Database) -> tuple[World, Registers]:
    w = build_world(db)
    return w, fill(db, w, 60)


def _clients(db: Database) -> dict[int, Any]:
    columns = [getattr(Client, c) for c in ("id", "search_name", "district_id", "category")]
    more = [getattr(Client, c) for c in ("officer_id", "registered_on", "deregistered_on")]
    with db.reading() as s:
        return {r.id: r for r in s.execute(select(*columns, *more))}


def _cases(db: Database) -> dict[int, tuple[Any, Any]]:
    columns = [getattr(Case, c) for c in ("id", "year", "seq", "officer_id", "state", "opened_on")]
    with db.reading() as s:
        rows = s.execute(
            select(*columns, Client.search_name, Client.category).join(
                Client, Case.client_id == Client.id
            )
        )
        return {r.id: (r, r) for r in rows}


def test_clients_sorted_by_each_column(db: Database, world: tuple[World, Registers]) -> None:
    for sort in ClientSort:
        for descending in (False, True):
            _check_client_order(db, world[0], sort, descending)


def _check_client_order(db: Database, w: World, sort: ClientSort, descending: bool) -> None:
    every = registers.find_clients(db, w.secretary, sort=sort, descending=descending).ids
    first = registers.find_clients(db, w.secretary, sort=sort, descending=descending, limit=7)
    assert first.ids == every[:7]  # the first screen is the whole list's start
    rows = _clients(db)
    with db.reading() as s:
        units = {u.id: u.name_ru for u in s.scalars(select(AdminUnit))}
        officers = {u.id: u.full_name for u in s.scalars(select(User))}

    def key(ident: int) -> object:
        c = rows[ident]
        if sort is ClientSort.DISTRICT:
            return units[c.district_id]
        if sort is ClientSort.CATEGORY:
            return list(ClientCategory).index(c.category)
        if sort is ClientSort.OFFICER:
            return officers.get(c.officer_id or 0, "")
        if sort is ClientSort.REGISTERED:
            return c.registered_on
        return c.search_name

    keys = [key(i) for i in every if rows[i].officer_id or sort is not ClientSort.OFFICER]
    assert keys == sorted(keys, reverse=descending)  # type: ignore[type-var]
    assert len(every) == sum(1 for c in rows.values() if c.deregistered_on is None)


def test_client_filters_narrow_the_list_and_its_count(
    db: Database, world: tuple[World, Registers]
) -> None:
    w, _ = world
    rows = _clients(db)
    for filters, expected in (
        (
            ClientFilter(officer_id=w.officer_b.user_id),
            lambda c: c.officer_id == w.officer_b.user_id,
        ),
        (
            ClientFilter(category=ClientCategory.PAROLE),
            lambda c: c.category is ClientCategory.PAROLE,
        ),
        (ClientFilter(district_id=w.district_a), lambda c: c.district_id == w.district_a),
    ):
        ids = registers.find_clients(db, w.secretary, filters=filters).ids
        wanted = {i for i, c in rows.items() if expected(c) and c.deregistered_on is None}
        assert set(ids) == wanted and wanted
        assert registers.client_count(db, w.secretary, filters) == len(wanted)
    removed = registers.find_clients(db, w.secretary, filters=ClientFilter(removed_only=True))
    assert set(removed.ids) == {i for i, c in rows.items() if c.deregistered_on is not None}
    # An officer's filters never reach past his district.
    mine = registers.find_clients(db, w.officer_a, filters=ClientFilter(district_id=w.district_b))
    assert mine.ids == []


def test_a_search_is_sorted_as_asked(db: Database, world: tuple[World, Registers]) -> None:
    w, _ = world
    rows = _clients(db)
    found = registers.find_clients(db, w.secretary, "нұрлан", sort=ClientSort.REGISTERED)
    assert found.ids and all("нұрлан" in rows[i].search_name for i in found.ids)
    days = [rows[i].registered_on for i in found.ids]
    assert days == sorted(days)


def test_cases_sorted_by_each_column(db: Database, world: tuple[World, Registers]) -> None:
    for sort in CaseSort:
        for descending in (False, True):
            _check_case_order(db, world[0], sort, descending)


def _check_case_order(db: Database, w: World, sort: CaseSort, descending: bool) -> None:
    every = case_register.case_ids(db, w.secretary, sort=sort, descending=descending)
    first = case_register.case_ids(db, w.secretary, sort=sort, descending=descending, limit=9)
    assert first == every[:9]
    rows = _cases(db)
    shown = case_register.case_rows(db, w.secretary, every, TODAY)
    with db.reading() as s:
        officers = {u.id: u.full_name for u in s.scalars(select(User))}

    def key(ident: int) -> object:
        case, client = rows[ident]
        if sort is CaseSort.NUMBER:
            return (case.year, case.seq)
        if sort is CaseSort.CLIENT:
            return client.search_name
        if sort is CaseSort.OFFICER:
            return officers.get(case.officer_id or 0)
        if sort is CaseSort.STATE:
            return list(ProgrammeState).index(case.state)
        return case.opened_on

    if sort is CaseSort.DEADLINE:
        keys: list[object] = [r.deadline for r in shown if r.deadline is not None]
        assert [r.deadline for r in shown[len(keys) :]] == [None] * (len(shown) - len(keys))
    else:
        keys = [key(i) for i in every if key(i) is not None]
    assert keys == sorted(keys, reverse=descending)  # type: ignore[type-var]
    assert len(every) == len(rows)


def test_case_filters_narrow_the_list_and_its_count(
    db: Database, world: tuple[World, Registers]
) -> None:
    w, made = world
    rows = _cases(db)
    for filters, expected in (
        (
            CaseFilter(officer_id=w.officer_a.user_id),
            lambda c, _: c.officer_id == w.officer_a.user_id,
        ),
        (CaseFilter(state=ProgrammeState.CLOSED), lambda c, _: c.state is ProgrammeState.CLOSED),
        (
            CaseFilter(category=ClientCategory.MINOR),
            lambda _, k: k.category is ClientCategory.MINOR,
        ),
        (CaseFilter(overdue_on=TODAY), lambda c, _: c.id in made.overdue_cases),
    ):
        ids = case_register.case_ids(db, w.secretary, filters=filters)
        wanted = {i for i, (c, k) in rows.items() if expected(c, k)}
        assert set(ids) == wanted and wanted
        assert case_register.case_count(db, w.secretary, filters) == len(wanted)
    overdue = case_register.case_rows(
        db,
        w.secretary,
        case_register.case_ids(db, w.secretary, filters=CaseFilter(overdue_on=TODAY)),
        TODAY,
    )
    assert all(r.measures_overdue for r in overdue)
    theirs = CaseFilter(officer_id=w.officer_b.user_id)
    assert case_register.case_ids(db, w.officer_a, filters=theirs) == []
    assert case_register.case_count(db, w.officer_a, theirs) == 0


def test_meetings_filtered_and_sorted(db: Database, world: tuple[World, Registers]) -> None:
    w, _ = world
    made = add_meetings(db, w.district_a)
    secretary = w.secretary
    by_date = overview.list_meetings(db, secretary, 2026, sort=MeetingSort.DATE)
    assert [r.id for r in by_date] == [made[1], made[0], made[2]]
    back = overview.list_meetings(db, secretary, 2026, sort=MeetingSort.DATE, descending=True)
    assert [r.id for r in back] == [r.id for r in reversed(by_date)]
    by_number = overview.list_meetings(db, secretary, 2026, descending=True)
    assert [r.number for r in by_number] == [3, 2, 1]
    extra = overview.list_meetings(db, secretary, 2026, kind=MeetingKind.EXTRAORDINARY)
    assert [r.id for r in extra] == [made[1]]
    cancelled = overview.list_meetings(db, secretary, 2026, status=MeetingStatus.CANCELLED)
    assert [r.id for r in cancelled] == [made[0]]
    by_kind = overview.list_meetings(db, secretary, 2026, sort=MeetingSort.KIND, descending=True)
    assert by_kind[0].kind is MeetingKind.EXTRAORDINARY
    by_state = overview.list_meetings(db, secretary, 2026, sort=MeetingSort.STATUS)
    assert [r.status for r in by_state] == sorted(
        (r.status for r in by_state), key=list(MeetingStatus).index
    )
