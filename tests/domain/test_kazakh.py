"""Kazakh endings by one rule: numbers in digits, a count and its noun, names, positions."""

from __future__ import annotations

import pytest

from commission.domain import kazakh
from commission.domain.kazakh import KkCase

# n: (dative, ablative, locative) as a Kazakh speaker reads the digits aloud
NUMBERS = {
    1: ("1-ге", "1-ден", "1-де"),  # бір
    2: ("2-ге", "2-ден", "2-де"),  # екі
    5: ("5-ке", "5-тен", "5-те"),  # бес
    6: ("6-ға", "6-дан", "6-да"),  # алты
    9: ("9-ға", "9-дан", "9-да"),  # тоғыз
    10: ("10-ға", "10-нан", "10-да"),  # он
    11: ("11-ге", "11-ден", "11-де"),  # он бір
    20: ("20-ға", "20-дан", "20-да"),  # жиырма
    40: ("40-қа", "40-тан", "40-та"),  # қырық
    50: ("50-ге", "50-ден", "50-де"),  # елу
    80: ("80-ге", "80-нен", "80-де"),  # сексен
    100: ("100-ге", "100-ден", "100-де"),  # жүз
    149: ("149-ға", "149-дан", "149-да"),  # жүз қырық тоғыз
    1000: ("1000-ға", "1000-нан", "1000-да"),  # мың
    2026: ("2026-ға", "2026-дан", "2026-да"),  # екі мың жиырма алты
}


@pytest.mark.parametrize("n", sorted(NUMBERS))
def test_a_number_in_digits_takes_the_ending_of_its_last_spoken_word(n: int) -> None:
    cases = (KkCase.DATIVE, KkCase.ABLATIVE, KkCase.LOCATIVE)
    assert tuple(kazakh.number(n, case) for case in cases) == NUMBERS[n]
    assert kazakh.number(n, KkCase.NOMINATIVE) == str(n)


def test_last_spoken_word() -> None:
    spoken = {0: "0", 1: "1", 11: "1", 40: "40", 149: "9", 200: "100", 3000: "1000"}
    for n, key in spoken.items():
        assert kazakh.last_spoken_word(n) == key
    assert kazakh.SPOKEN[kazakh.last_spoken_word(1_000_000)] == "миллион"


@pytest.mark.parametrize("n", [1, 2, 5, 10, 11, 20, 40, 100, 149, 1000])
def test_a_count_keeps_its_noun_singular_and_puts_the_ending_on_it(n: int) -> None:
    """«5 жұмыс күні», «5 жұмыс күнінен кейін»: whatever the number, the same noun forms."""
    working_day = "жұмыс күні"  # a compound with the possessive: күніне, күнінен
    assert kazakh.count(n, working_day, KkCase.NOMINATIVE) == f"{n} жұмыс күні"
    assert kazakh.count(n, working_day, KkCase.ABLATIVE) == f"{n} жұмыс күнінен"
    assert kazakh.count(n, working_day, KkCase.DATIVE) == f"{n} жұмыс күніне"
    assert kazakh.count(n, working_day, KkCase.LOCATIVE) == f"{n} жұмыс күнінде"
    assert kazakh.count(n, working_day, KkCase.ACCUSATIVE) == f"{n} жұмыс күнін"
    calendar_day = "күнтізбелік күн"  # adjective + noun: no possessive
    assert kazakh.count(n, calendar_day, KkCase.DATIVE) == f"{n} күнтізбелік күнге"
    assert kazakh.count(n, calendar_day, KkCase.ABLATIVE) == f"{n} күнтізбелік күннен"
    assert kazakh.count(n, "", KkCase.ABLATIVE) == kazakh.number(n, KkCase.ABLATIVE)


@pytest.mark.parametrize(
    ("name", "dative"),
    [
        ("Е. Б. Қасымов", "Е. Б. Қасымовқа"),
        ("Е. Б. Касымов", "Е. Б. Касымовқа"),  # Russian spelling of a Kazakh surname
        ("А. Е. Нұрланова", "А. Е. Нұрлановаға"),
        ("Г. С. Әбенова", "Г. С. Әбеноваға"),
        ("В. С. Ли", "В. С. Лиге"),
        ("А. В. Ким", "А. В. Кимге"),
        ("И. П. Шевченко", "И. П. Шевченкоға"),
        ("Қ. Тоқаев", "Қ. Тоқаевқа"),  # «е» after a back vowel: back harmony
        ("С. Алексеев", "С. Алексеевке"),
        ("Б. Мұхтарұлы", "Б. Мұхтарұлына"),  # a patronymic surname: possessive ending
        ("Ә. Сейітқызы", "Ә. Сейітқызына"),
        ("Игорь", "Игорьге"),
        ("Касымов Е. Б.", "Касымовқа Е. Б."),  # the ending goes on the surname, not an initial
    ],
)
def test_a_name_in_the_dative(name: str, dative: str) -> None:
    assert kazakh.name_with_ending(name, KkCase.DATIVE) == dative


def test_other_cases_of_names() -> None:
    assert kazakh.name_with_ending("Е. Б. Қасымов", KkCase.GENITIVE) == "Е. Б. Қасымовтың"
    assert kazakh.name_with_ending("А. Нұрланова", KkCase.GENITIVE) == "А. Нұрланованың"
    assert kazakh.name_with_ending("В. Ли", KkCase.ACCUSATIVE) == "В. Лиді"
    assert kazakh.name_with_ending("А. Е.", KkCase.DATIVE) == "А. Е."
    assert kazakh.name_with_ending("Е. Б. Қасымов", KkCase.NOMINATIVE) == "Е. Б. Қасымов"


def test_positions_take_the_possessive_dative() -> None:
    position = "Целиноград ауданының полиция бөлімінің бастығы"
    assert kazakh.with_ending(position, KkCase.DATIVE) == position + "на"
    assert kazakh.with_ending("басшысы", KkCase.DATIVE) == "басшысына"
    assert kazakh.with_ending("комиссия хатшысы", KkCase.DATIVE) == "комиссия хатшысына"
    assert kazakh.with_ending("хатшы", KkCase.DATIVE) == "хатшыға"
    assert kazakh.with_ending("Алматы", KkCase.DATIVE) == "Алматыға"
    assert kazakh.with_ending("аудан әкімі", KkCase.ABLATIVE) == "аудан әкімінен"
    assert kazakh.with_ending("бастық", KkCase.DATIVE) == "бастыққа"


def test_harmony() -> None:
    assert kazakh.is_front("Путин") and kazakh.is_front("Ли") and kazakh.is_front("Гоголь")
    assert not kazakh.is_front("Шу") and not kazakh.is_front("Назарбаев")
    assert kazakh.is_front("Әлиев") and not kazakh.is_front("жиырма")
