"""Small text and date helpers shared by the demo's builder steps."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from commission.services.demo.names import RUSSIAN_MONTHS_GENITIVE


def _initials(full_name: str) -> str:
    """«Касымов Ерлан Болатович» → «Касымов Е. Б.», the form used in minutes and letters."""
    surname, *rest = full_name.split()
    return " ".join([surname, *(f"{part[0]}." for part in rest)])


def _preposition_with(word: str) -> str:
    """«с отделом», but «со службой»: Russian adds a vowel before с/з + consonant."""
    if len(word) > 1 and word[0] in "сзСЗ" and word[1].lower() not in "аеёиоуыэюя":
        return "со"
    return "с"


def _ru_date(day: date) -> str:
    return f"{day.day} {RUSSIAN_MONTHS_GENITIVE[day.month - 1]} {day.year} года"


def _search_name(surname: str, given_name: str, patronymic: str | None) -> str:
    return " ".join(part for part in (surname, given_name, patronymic) if part).casefold()


def _at(day: date, hour: int = 5) -> datetime:
    """A stored instant on ``day`` (05:00 UTC is 10:00 in Astana)."""
    return datetime.combine(day, time(hour, 0), tzinfo=UTC)


def _quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1
