"""Two users saving the same thing at the same moment: one wins, the other gets a plain
message that quotes no value, and nothing of the loser's action is written — on both engines.

On PostgreSQL the two sessions are held at the INSERT until both have passed the service's own
duplicate check, so the database's unique constraint is what refuses the second. SQLite lets
one writer in at a time, so there the service's check answers; the outcome must be the same.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import event, func, select

from commission.db.base import Base
from commission.db.engine import Database
from commission.db.models import Agency, Client, User
from commission.db.unique_races import DuplicateRecord
from commission.domain.enums import AgencyKind, ClientCategory, Role
from commission.domain.iin import Sex, make_iin
from commission.domain.messages import UserError
from commission.services import agencies, audit, clients, users
from commission.services.client_import import import_clients
from commission.services.context import Actor
from tests.clients_world import World, build_world
from tests.conftest import PASSWORD

AGENCY = "Управление занятости и социальных программ города"
IIN = make_iin(date(1990, 5, 17), Sex.MALE, 123)
IMPORTED = [make_iin(date(1980 + n, 1 + n, 1 + n), Sex.FEMALE, 400 + n) for n in range(5)]


def _race(url: str, table: str, action: Callable[[Database, int], object]) -> list[object]:
    """Run ``action`` in two threads with their own connections; ``"saved"`` or the error
    each ended with. On PostgreSQL both wait at their first INSERT into ``table`` for the
    other, so both have passed every check before either writes."""
    barrier = threading.Barrier(2, timeout=20)
    outcomes: list[object] = []
    insert = re.compile(rf'^\s*INSERT INTO "?{table}"?\s', re.IGNORECASE)

    def work(n: int) -> None:
        database = Database(url)
        met = threading.Event()

        def meet(*args: Any) -> None:
            statement = str(args[2])
            if insert.match(statement) and not met.is_set():
                met.set()
                barrier.wait()

        if database.is_sqlite:
            barrier.wait()  # writers take turns: the second begins once the first committed
        else:
            event.listen(database.engine, "before_cursor_execute", meet)
        try:
            action(database, n)
            outcomes.append("saved")
        except UserError as exc:
            outcomes.append(exc)
        except Exception as exc:  # a raw database error: the test fails on it below
            outcomes.append(f"{type(exc).__name__}")
        finally:
            database.dispose()

    workers = [threading.Thread(target=work, args=(n,)) for n in range(2)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join(timeout=120)
    assert not any(t.is_alive() for t in workers), "a writer hung"
    return outcomes


def _one_saved_one_told(outcomes: list[object], db: Database, *values: str) -> UserError:
    assert sorted(map(str, outcomes)).count("saved") == 1, outcomes
    [refused] = [o for o in outcomes if o != "saved"]
    assert isinstance(refused, UserError), refused
    text = refused.render()
    for value in values:
        assert value not in text
    if not db.is_sqlite:  # the database's constraint answered, not the service's check
        assert isinstance(refused, DuplicateRecord)
    return refused


def _count(db: Database, model: type[Base]) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_two_agencies_of_the_same_name(db: Database, admin: Actor) -> None:
    data = agencies.AgencyData(kind=AgencyKind.EMPLOYMENT, name_ru=AGENCY, name_kk="")
    outcomes = _race(db.url, "agencies", lambda d, _n: agencies.create_agency(d, admin, data))
    refused = _one_saved_one_told(outcomes, db)
    if isinstance(refused, DuplicateRecord):
        assert refused.constraint == "uq_agencies_name_ru" and refused.field == "name_ru"
        assert "agency with the same name" in refused.render()
    assert _count(db, Agency) == 1
    assert audit.verify(db).ok


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def test_two_clients_with_the_same_iin(db: Database, world: World) -> None:
    def register(database: Database, n: int) -> object:
        data = clients.ClientData(
            iin=IIN,
            surname=("Жумабаев", "Жұмабаев")[n],  # two spellings: the name check does not stop it
            given_name="Ерлан",
            district_id=world.district_a,
            category=ClientCategory.CONDITIONAL,
            birth_date=date(1990, 5, 17),
            sex=Sex.MALE,
        )
        return clients.create_client(database, world.officer_a, data, confirm_duplicates=True)

    refused = _one_saved_one_told(_race(db.url, "clients", register), db, IIN, IIN[:6])
    if isinstance(refused, DuplicateRecord):
        assert refused.constraint == "uq_clients_iin" and refused.field == "iin"
    assert _count(db, Client) == 1
    assert audit.verify(db).ok


def _client_list(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Ф.И.О.", "ИИН", "Категория учета"])
    for n, iin in enumerate(IMPORTED):
        sheet.append([f"Сейітова Айгерім {n}", iin, "условное осуждение"])
    book.save(path)
    return path


def test_two_imports_of_the_same_file(db: Database, world: World, tmp_path: Path) -> None:
    path = _client_list(tmp_path / "список.xlsx")
    before = _count(db, Client)
    outcomes = _race(db.url, "clients", lambda d, _n: import_clients(d, world.officer_a, path))
    if db.is_sqlite:  # the second import found every card made by the first: all unchanged
        assert outcomes == ["saved", "saved"]
    else:
        refused = _one_saved_one_told(outcomes, db, *IMPORTED, *(i[:6] for i in IMPORTED))
        assert isinstance(refused, DuplicateRecord) and refused.constraint == "uq_clients_iin"
    # Nothing half-written: each IIN once, and the trail whole.
    assert _count(db, Client) == before + len(IMPORTED)
    with db.reading() as session:
        assert set(session.scalars(select(Client.iin))) >= set(IMPORTED)
    assert audit.verify(db).ok


def test_two_users_with_the_same_login(db: Database, admin: Actor) -> None:
    def add(database: Database, n: int) -> object:
        data = users.UserInput(full_name=f"Secretary {n}", role=Role.SECRETARY)
        return users.add_user(database, admin, "aigerim", PASSWORD, data)

    _one_saved_one_told(_race(db.url, "users", add), db)
    with db.reading() as session:
        assert session.scalar(select(func.count()).where(User.login == "aigerim")) == 1
    assert audit.verify(db).ok


def test_a_duplicate_written_past_the_check_is_told_plainly(db: Database, admin: Actor) -> None:
    """The mapping itself, on both engines: SQLite names the columns, PostgreSQL the
    constraint; both end in the agency's message and nothing is saved."""
    agencies.create_agency(
        db, admin, agencies.AgencyData(kind=AgencyKind.NGO, name_ru=AGENCY, name_kk="")
    )
    with pytest.raises(DuplicateRecord) as caught, db.transaction() as session:
        session.add(Agency(kind=AgencyKind.NGO, name_ru="Другое", name_kk="", updated_by="x"))
        session.flush()
        session.add(Agency(kind=AgencyKind.NGO, name_ru=AGENCY, name_kk="", updated_by="x"))
        session.flush()
    assert caught.value.constraint == "uq_agencies_name_ru"
    assert AGENCY not in caught.value.render()
    assert _count(db, Agency) == 1  # the first row of the failed action went with it
