"""Client search by surname, name, IIN and case number: case-insensitive for Cyrillic and
Kazakh letters on both engines, and never beyond the officer's district."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from commission.db.engine import Database
from commission.db.models import Case
from commission.domain.enums import ClientCategory
from commission.domain.iin import Sex, make_iin
from commission.services import clients, registers
from tests.clients_world import World, build_world


@dataclass(frozen=True)
class People:
    world: World
    abilkaiyr: int  # district A
    gali: int  # district A
    oralov: int  # district A
    nurlan_b: int  # district B, also «Әбілқайыр»
    iin_abilkaiyr: str


def _add(
    db: Database,
    actor: object,
    district: int,
    surname: str,
    given: str,
    patronymic: str | None,
    serial: int,
) -> tuple[int, str]:
    iin = make_iin(date(1985, 1, 1 + serial % 28), Sex.MALE, serial)
    saved = clients.create_client(
        db,
        actor,  # type: ignore[arg-type]
        clients.ClientData(
            iin=iin,
            surname=surname,
            given_name=given,
            patronymic=patronymic,
            district_id=district,
            category=ClientCategory.CONDITIONAL,
        ),
        confirm_duplicates=True,
    )
    assert saved.client_id is not None
    return saved.client_id, iin


@pytest.fixture
def people(db: Database) -> People:
    w = build_world(db)
    abilkaiyr, iin = _add(db, w.officer_a, w.district_a, "Әбілқайыр", "Нұрсұлтан", "Серікұлы", 1)
    gali, _ = _add(db, w.officer_a, w.district_a, "Ғали", "Өмірзақ", "Қуанышұлы", 2)
    oralov, _ = _add(db, w.officer_a, w.district_a, "Оралов", "Үміт", None, 3)
    nurlan_b, _ = _add(db, w.officer_b, w.district_b, "ӘБІЛҚАЙЫРОВ", "Һамит", "Іңкәрұлы", 4)
    with db.transaction() as s:
        s.add(Case(client_id=gali, year=2026, seq=12, number="12/2026", opened_on=date(2026, 2, 1)))
        s.add(
            Case(
                client_id=nurlan_b, year=2026, seq=13, number="13/2026", opened_on=date(2026, 2, 2)
            )
        )
    return People(w, abilkaiyr, gali, oralov, nurlan_b, iin)


@pytest.mark.parametrize(
    "text",
    ["әбіл", "ӘБІЛ", "Әбіл", "ӘБІЛҚАЙЫР", "әбілқайыр нұр", "  ӘбІлҚаЙыР   НҰРСҰЛТАН ", "нұрсұлтан"],
)
def test_kazakh_surnames_in_any_case(db: Database, people: People, text: str) -> None:
    assert registers.client_ids(db, people.world.officer_a, text) == [people.abilkaiyr]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("ғали", "gali"),
        ("ҒАЛИ ӨМІР", "gali"),
        ("өмірзақ", "gali"),
        ("ҚУАНЫШ", "gali"),
        ("үміт", "oralov"),
        ("ОРАЛОВ ҮМІТ", "oralov"),
    ],
)
def test_every_kazakh_letter_folds(db: Database, people: People, text: str, who: str) -> None:
    assert registers.client_ids(db, people.world.officer_a, text) == [getattr(people, who)]


def test_secretary_finds_both_districts_best_match_first(db: Database, people: People) -> None:
    found = registers.client_ids(db, people.world.secretary, "ӘБІЛҚАЙЫР")
    assert found == [people.abilkaiyr, people.nurlan_b]
    assert registers.client_ids(db, people.world.secretary, "һамит іңкәр") == [people.nurlan_b]


def test_iin_and_case_number(db: Database, people: People) -> None:
    officer = people.world.officer_a
    assert registers.client_ids(db, officer, people.iin_abilkaiyr) == [people.abilkaiyr]
    assert registers.client_ids(db, officer, people.iin_abilkaiyr[:8]) == [people.abilkaiyr]
    assert registers.client_ids(db, officer, "12/2026") == [people.gali]
    assert registers.client_ids(db, officer, "12/") == [people.gali]
    assert registers.client_ids(db, officer, "12") == [people.gali]
    secretary = people.world.secretary
    assert registers.client_ids(db, secretary, "13/2026") == [people.nurlan_b]


def test_officer_never_sees_another_district(db: Database, people: People) -> None:
    officer = people.world.officer_a
    for text in ("әбілқайыров", "ҺАМИТ", "13/2026", "13", "іңкәр"):
        assert registers.client_ids(db, officer, text) == []
    assert registers.client_ids(db, people.world.officer_b, "ӘБІЛ") == [people.nurlan_b]
    assert registers.client_rows(db, officer, [people.nurlan_b]) == []
