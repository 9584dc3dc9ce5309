"""Client search by surname, name, IIN and case number: case-insensitive for Cyrillic and
Kazakh letters on both engines, and never beyond the officer's district."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import text as sql

from commission.db.engine import Database
from commission.db.models import Case, Client
from commission.domain.enums import ClientCategory
from commission.domain.iin import Sex, make_iin
from commission.services import case_register, clients, registers
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


# --- letters inside a name (the trigram index of migration 0003) ---------------------------


@pytest.mark.parametrize("text", ["БІЛҚ", "ілқ", "ЛқАй", "қайыр", "СҰЛТАН", "серікұ", "ікұл"])
def test_letters_inside_a_name_in_any_case(db: Database, people: People, text: str) -> None:
    assert registers.client_ids(db, people.world.officer_a, text) == [people.abilkaiyr]


def test_names_that_start_with_the_query_come_first(db: Database, people: People) -> None:
    w = people.world
    raliev = clients.create_client(
        db, w.officer_a, _data(w.district_a, "Ралиев", "Бақыт", 9), confirm_duplicates=True
    )
    # «оралов» sorts before «ралиев», but «Ралиев» starts with what was typed.
    assert registers.client_ids(db, w.officer_a, "РАЛ") == [raliev.client_id, people.oralov]
    assert registers.client_ids(db, w.secretary, "ілқай") == [people.abilkaiyr, people.nurlan_b]
    assert registers.client_ids(db, w.secretary, "мит") == [people.nurlan_b]


@pytest.mark.parametrize(
    "text", ["нұрсұлтан әбілқайыр", "СЕРІК әбіл", "сұлтан   ілқ", "әбіл н", "н әбіл", "қайыр ұл"]
)
def test_words_in_any_order(db: Database, people: People, text: str) -> None:
    assert registers.client_ids(db, people.world.officer_a, text) == [people.abilkaiyr]


@pytest.mark.parametrize("text", ["абіл", "әбил", "абилкайыр", "нурсултан", "умит", "гали"])
def test_kazakh_letters_are_not_their_russian_lookalikes(
    db: Database, people: People, text: str
) -> None:
    """The index folds case only: ә is not а, і is not и, ұ is not у."""
    assert registers.client_ids(db, people.world.secretary, text) == []


@pytest.mark.parametrize(
    "text",
    [
        '"',
        '""',
        '"ілқ',
        'ілқ"',
        "%",
        "%%%",
        "_",
        "___",
        "*",
        "ілқ*",
        "(",
        "(ілқ)",
        ")))",
        "ілқ OR оралов",
        "NEAR(ілқ оралов)",
        "ілқ AND",
        "^ілқ",
        "-ілқ",
        "ілқ:",
        "{ілқ}",
        "'",
        "\\",
        "ілқ\\",
        "ә%",
        "%ілқ%",
        "і_қ",
        "+",
        "NOT",
        "sёlect * from clients",
    ],
)
def test_any_characters_in_the_query(db: Database, people: People, text: str) -> None:
    """No character is search syntax: each is looked for as typed, and none is an error."""
    for actor in (people.world.secretary, people.world.officer_a):
        assert registers.client_ids(db, actor, text) == []
    assert case_register.case_ids(db, people.world.secretary, text) == []


def test_one_or_two_letters_match_the_start_of_a_name_only(db: Database, people: People) -> None:
    secretary = people.world.secretary
    assert registers.client_ids(db, secretary, "Ә") == [people.abilkaiyr, people.nurlan_b]
    assert registers.client_ids(db, secretary, "ор") == [people.oralov]
    assert registers.client_ids(db, secretary, "лқ") == []  # inside: needs three letters


def test_officer_finds_inside_names_of_his_district_only(db: Database, people: People) -> None:
    assert registers.client_ids(db, people.world.officer_a, "ілқайыр") == [people.abilkaiyr]
    assert registers.client_ids(db, people.world.officer_b, "ілқайыр") == [people.nurlan_b]
    assert registers.client_ids(db, people.world.officer_a, "ңкәр") == []
    assert case_register.case_ids(db, people.world.officer_a, "ңкәр") == []


def test_cases_by_letters_inside_the_clients_name(db: Database, people: People) -> None:
    secretary = people.world.secretary
    nurlan_case = case_register.case_ids(db, secretary, "ІҢКӘР")
    assert len(nurlan_case) == 1
    assert case_register.case_rows(db, secretary, nurlan_case, date(2026, 3, 1))[0].number == (
        "13/2026"
    )
    assert len(case_register.case_ids(db, secretary, "мірза")) == 1  # Ғали Өмірзақ's case


def _data(district: int, surname: str, given: str, serial: int) -> clients.ClientData:
    return clients.ClientData(
        iin=make_iin(date(1990, 5, 1 + serial), Sex.MALE, serial),
        surname=surname,
        given_name=given,
        patronymic=None,
        district_id=district,
        category=ClientCategory.CONDITIONAL,
    )


def test_renamed_and_deleted_clients_are_searched_by_their_current_name(
    db: Database, people: People
) -> None:
    w = people.world
    data = _data(w.district_a, "Жақсыбеков", "Ерлан", 7)
    saved = clients.create_client(db, w.officer_a, data, confirm_duplicates=True)
    assert saved.client_id is not None and saved.version is not None
    assert registers.client_ids(db, w.officer_a, "қсыбек") == [saved.client_id]
    renamed = data.__class__(**{**data.__dict__, "surname": "Тоқтарова"})
    clients.update_client(
        db, w.officer_a, saved.client_id, saved.version, renamed, confirm_duplicates=True
    )
    assert registers.client_ids(db, w.officer_a, "қсыбек") == []
    assert registers.client_ids(db, w.officer_a, "ОҚТАР") == [saved.client_id]
    assert registers.client_ids(db, w.officer_a, "ерлан тоқ") == [saved.client_id]
    # Deleted, then a new client who may get the same id (SQLite reuses the highest rowid):
    # the old name must not find him.
    with db.transaction() as s:
        gone = s.get(Client, saved.client_id)
        assert gone is not None
        s.delete(gone)
    assert registers.client_ids(db, w.officer_a, "оқтар") == []
    again = clients.create_client(
        db, w.officer_a, _data(w.district_a, "Сейтқали", "Дана", 8), confirm_duplicates=True
    )
    assert registers.client_ids(db, w.officer_a, "оқтар") == []
    assert registers.client_ids(db, w.officer_a, "йтқал") == [again.client_id]
    if db.is_sqlite:
        # FTS5 compares its index with the clients table itself.
        with db.engine.begin() as conn:
            conn.execute(
                sql("INSERT INTO clients_fts (clients_fts, rank) VALUES ('integrity-check', 1)")
            )


@pytest.mark.parametrize("rare", [1, 5_000])
@pytest.mark.parametrize("text", ["ә", "ілқай", "нұр", "ұлы", "8", "ОРАЛОВ"])
def test_a_capped_search_is_the_head_of_the_whole_list(
    db: Database, people: People, text: str, rare: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """«N+ found»: the first page of the best matches is the start of the list every match
    would make, in the same order, and says whether more match, for every role; whether the
    words are found through the trigram index (rare) or read in name order (common)."""
    monkeypatch.setattr(registers, "_RARE_MATCHES", rare)
    w = people.world
    for actor in (w.secretary, w.officer_a, w.officer_b):
        whole = registers.client_ids(db, actor, text)
        for cap in (1, 2, len(whole), len(whole) + 1):
            found = registers.find_clients(db, actor, text, cap=cap)
            assert found.ids == whole[:cap]
            assert found.more is (len(whole) > cap)
