"""The working calendar's days named in the interface's language: the library's Kazakh names
in a Kazakh interface, Russian ones in a Russian interface, what the administrator typed as
typed, and a source an administrator understands."""

from __future__ import annotations

from datetime import date

from commission.domain.workcalendar import seed_days
from commission.services.calendar import ADMINISTRATOR_SOURCE
from commission.ui.day_names import day_name, source_name


def _seeded(year: int) -> dict[date, tuple[str, str]]:
    return {d.day: (d.name, d.source) for d in seed_days([year])}


def test_the_russian_interface_names_the_holidays_in_russian(in_russian: None) -> None:
    days = _seeded(2026)
    assert day_name(date(2026, 5, 9), *days[date(2026, 5, 9)]) == "День Победы"
    assert day_name(date(2026, 1, 7), *days[date(2026, 1, 7)]) == "Православное Рождество"
    assert day_name(date(2026, 12, 16), *days[date(2026, 12, 16)]) == "День Независимости"
    for day, (name, source) in days.items():
        shown = day_name(day, name, source)
        assert shown and not any(letter in shown for letter in "әғқңөұүһі"), (day, shown)
    assert source_name(next(iter(days.values()))[1]).startswith("Праздники Республики Казахстан")
    assert day_name(date(2026, 3, 2), "Постановление № 12", ADMINISTRATOR_SOURCE) == (
        "Постановление № 12"
    )
    assert source_name(ADMINISTRATOR_SOURCE) == "Введено вручную"


def test_the_kazakh_interface_keeps_the_kazakh_names(in_kazakh: None) -> None:
    days = _seeded(2026)
    assert day_name(date(2026, 5, 9), *days[date(2026, 5, 9)]) == "Жеңіс күні"
    moved = [d for d, (n, _s) in days.items() if n == "Жұмыс күні"]
    for day in moved:
        assert day_name(day, *days[day]) == "Жұмыс күні"
    assert source_name(days[date(2026, 5, 9)][1]).startswith("Қазақстан Республикасының")
