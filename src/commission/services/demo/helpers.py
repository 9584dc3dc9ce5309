"""Small text and date helpers shared by the demo's builder steps."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from commission.domain.iin import Sex
from commission.services.demo.names import (
    KAZAKH_MONTHS_DATIVE,
    KAZAKH_MONTHS_LOCATIVE,
    RUSSIAN_MONTHS_GENITIVE,
)


def _initials(full_name: str) -> str:
    """«Касымов Ерлан Болатович» → «Касымов Е. Б.», the form used in minutes and letters."""
    surname, *rest = full_name.split()
    return " ".join([surname, *(f"{part[0]}." for part in rest)])


def _initials_kk(full_name: str) -> str:
    """«Касымов Ерлан Болатович» → «Е. Б. Касымов»: a Kazakh text puts the initials first."""
    surname, *rest = full_name.split()
    return " ".join([*(f"{part[0]}." for part in rest), surname])


def _sex_of(full_name: str) -> Sex:
    """The sex the demo's people show by their patronymic («…вич», «…ұлы» / «…вна», «…қызы»).

    Every person of the demo's organisation has one, so an unknown sex is a mistake in its data.
    """
    patronymic = full_name.split()[-1]
    if patronymic.endswith(("вна", "чна", "қызы")):
        return Sex.FEMALE
    if patronymic.endswith(("ич", "ұлы")):
        return Sex.MALE
    raise ValueError(f"the demo cannot tell the sex of «{full_name}»")


def _mid_sentence(phrase: str) -> str:
    """«Аудандық білім бөлімі» as it reads inside a sentence: «аудандық білім бөлімі»."""
    if len(phrase) > 1 and phrase[0].isupper() and phrase[1].islower():
        return phrase[0].lower() + phrase[1:]
    return phrase


def _preposition_with(word: str) -> str:
    """«с отделом», but «со службой»: Russian adds a vowel before с/з + consonant."""
    if len(word) > 1 and word[0] in "сзСЗ" and word[1].lower() not in "аеёиоуыэюя":
        return "со"
    return "с"


def _ru_date(day: date) -> str:
    return f"{day.day} {RUSSIAN_MONTHS_GENITIVE[day.month - 1]} {day.year} года"


def _kk_date_of(day: date) -> str:
    """«2026 жылғы 15 маусымдағы», as a Kazakh text cites minutes of that day."""
    return f"{day.year} жылғы {day.day} {KAZAKH_MONTHS_LOCATIVE[day.month - 1]}"


def _kk_date_until(day: date) -> str:
    """«2026 жылғы 30 сәуірге дейін»."""
    return f"{day.year} жылғы {day.day} {KAZAKH_MONTHS_DATIVE[day.month - 1]} дейін"


def _search_name(surname: str, given_name: str, patronymic: str | None) -> str:
    return " ".join(part for part in (surname, given_name, patronymic) if part).casefold()


def _at(day: date, hour: int = 5) -> datetime:
    """A stored instant on ``day`` (05:00 UTC is 10:00 in Astana)."""
    return datetime.combine(day, time(hour, 0), tzinfo=UTC)


def _quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1
