"""Dates, numbers, names and terms in words, in Russian and Kazakh, from the translation files."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest

from commission.domain.control import ComputedState
from commission.domain.deadlines import DeadlineKind, DeadlineRule, Period
from commission.domain.enums import DecisionKind
from commission.exports import catalog, phrases
from commission.exports.wording import NBSP, Wording, roman
from tests.exports.sample import POLICE_REPORT, SOCIAL

KK_UNTIL = (
    "қаңтарға",
    "ақпанға",
    "наурызға",
    "сәуірге",
    "мамырға",
    "маусымға",
    "шілдеге",
    "тамызға",
    "қыркүйекке",
    "қазанға",
    "қарашаға",
    "желтоқсанға",
)


@pytest.fixture(scope="module")
def ru() -> Wording:
    return Wording("ru")


@pytest.fixture(scope="module")
def kk() -> Wording:
    return Wording("kk")


def test_dates_in_words(ru: Wording, kk: Wording) -> None:
    day = date(2026, 3, 12)
    assert ru.date(day) == "12 марта 2026 года"
    assert ru.date_quoted(day) == "«12» марта 2026 года"
    assert ru.date_until(date(2026, 4, 10)) == "до 10 апреля 2026 года"
    assert ru.date_of(date(2025, 12, 15)) == "от 15 декабря 2025 года"
    assert kk.date(day) == "2026 жылғы 12 наурыз"
    assert kk.date_quoted(day) == "2026 жылғы «12» наурыз"
    assert kk.date_until(date(2026, 4, 10)) == "2026 жылғы 10 сәуірге дейін"
    assert kk.date_of(date(2025, 12, 15)) == "2025 жылғы 15 желтоқсандағы"
    assert ru.date_numeric(date(2026, 4, 5)) == "05.04.2026"


@pytest.mark.parametrize("month", range(1, 13))
def test_kazakh_term_takes_the_dative_of_each_month(kk: Wording, month: int) -> None:
    assert kk.date_until(date(2026, month, 1)) == f"2026 жылғы 1 {KK_UNTIL[month - 1]} дейін"


def test_roman_numerals() -> None:
    assert [roman(n) for n in (1, 2, 3, 4, 9, 14, 40, 1999)] == [
        "I",
        "II",
        "III",
        "IV",
        "IX",
        "XIV",
        "XL",
        "MCMXCIX",
    ]


@pytest.mark.parametrize(
    ("total", "expected"),
    [
        (11, "11-ден"),
        (10, "10-нан"),
        (9, "9-дан"),
        (12, "12-ден"),
        (40, "40-тан"),
        (100, "100-ден"),
    ],
)
def test_kazakh_count_takes_the_suffix_of_its_last_word(
    kk: Wording, total: int, expected: str
) -> None:
    assert kk.of_total(total) == expected


def test_russian_count(ru: Wording) -> None:
    assert ru.of_total(11) == "из 11"


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (1, "в течение 1 рабочего дня"),
        (3, "в течение 3 рабочих дней"),
        (10, "в течение 10 рабочих дней"),
        (11, "в течение 11 рабочих дней"),
        (21, "в течение 21 рабочего дня"),
    ],
)
def test_russian_working_days_agree_with_the_number(ru: Wording, days: int, expected: str) -> None:
    assert ru.working_days(days) == expected


def test_days_in_both_languages(ru: Wording, kk: Wording) -> None:
    assert ru.calendar_days(30) == "в течение 30 календарных дней"
    assert kk.calendar_days(30) == "30 күнтізбелік күн ішінде"
    assert kk.working_days(10) == "10 жұмыс күні ішінде"


def test_names_follow_the_language(ru: Wording, kk: Wording) -> None:
    assert ru.person("Сейтказинов Б. А.") == f"Сейтказинов{NBSP}Б.{NBSP}А."
    assert kk.person("Сейтказинов Б. А.") == f"Б.{NBSP}А.{NBSP}Сейтказинов"
    assert kk.person("ОО «Шанс»") == "ОО «Шанс»"  # not a person's short name: as typed


def _term(rule: DeadlineRule, w: Wording, due: tuple[date, ...] = ()) -> str:
    decision = POLICE_REPORT.decisions[1]
    return phrases.term_line(
        type(decision)(**{**decision.__dict__, "deadline": rule, "due_dates": due}), w
    )


def test_terms_of_every_kind_in_russian(ru: Wording) -> None:
    fixed = DeadlineRule(DeadlineKind.FIXED, fixed_date=date(2026, 4, 10))
    assert _term(fixed, ru) == "Срок: до 10 апреля 2026 года."
    days = DeadlineRule(DeadlineKind.WORKING_DAYS, days=10)
    assert _term(days, ru, (date(2026, 3, 27),)) == (
        "Срок: в течение 10 рабочих дней (до 27 марта 2026 года)."
    )
    assert _term(DeadlineRule(DeadlineKind.CALENDAR_DAYS, days=30), ru) == (
        "Срок: в течение 30 календарных дней."
    )
    quarterly = DeadlineRule(DeadlineKind.PERIODIC, period=Period.QUARTERLY)
    assert _term(quarterly, ru) == (
        "Срок: ежеквартально, до 5 числа месяца, следующего за отчетным кварталом."
    )
    monthly = DeadlineRule(DeadlineKind.PERIODIC, period=Period.MONTHLY, day_of_month=10)
    assert _term(monthly, ru) == "Срок: ежемесячно, до 10 числа месяца, следующего за отчетным."
    half = DeadlineRule(DeadlineKind.PERIODIC, period=Period.HALF_YEARLY, day_of_month=15)
    assert "раз в полугодие, до 15 числа" in _term(half, ru)
    yearly = DeadlineRule(
        DeadlineKind.PERIODIC, period=Period.YEARLY, day_of_month=20, until=date(2028, 12, 31)
    )
    assert _term(yearly, ru) == (
        "Срок: ежегодно, до 20 числа месяца, следующего за отчетным годом"
        " (контроль до 31 декабря 2028 года)."
    )
    assert _term(DeadlineRule(DeadlineKind.PERMANENT), ru) == "Срок: постоянно."


def test_terms_of_every_kind_in_kazakh(kk: Wording) -> None:
    fixed = DeadlineRule(DeadlineKind.FIXED, fixed_date=date(2026, 4, 10))
    assert _term(fixed, kk) == "Мерзімі: 2026 жылғы 10 сәуірге дейін."
    days = DeadlineRule(DeadlineKind.WORKING_DAYS, days=10)
    assert _term(days, kk, (date(2026, 3, 27),)) == (
        "Мерзімі: 10 жұмыс күні ішінде (2026 жылғы 27 наурызға дейін)."
    )
    quarterly = DeadlineRule(DeadlineKind.PERIODIC, period=Period.QUARTERLY)
    assert _term(quarterly, kk) == (
        "Мерзімі: тоқсан сайын, есепті тоқсаннан кейінгі айдың 5-күніне дейін."
    )
    monthly = DeadlineRule(DeadlineKind.PERIODIC, period=Period.MONTHLY, day_of_month=10)
    assert _term(monthly, kk) == "Мерзімі: ай сайын, есепті айдан кейінгі айдың 10-күніне дейін."
    assert _term(DeadlineRule(DeadlineKind.PERMANENT), kk) == "Мерзімі: тұрақты."


def test_an_incomplete_term_is_left_out(ru: Wording) -> None:
    assert _term(DeadlineRule(DeadlineKind.FIXED), ru) == ""
    assert _term(DeadlineRule(DeadlineKind.PERIODIC), ru) == ""


def test_votes_are_worded_from_the_counts(ru: Wording, kk: Wording) -> None:
    split = SOCIAL.decisions[0].vote
    assert split is not None
    # The initials stay with the surname (no-break spaces), in Kazakh before it.
    assert phrases.vote_text(split, ru).replace("\xa0", " ") == (
        "Итоги голосования: «за» — 8, «против» — 1, «воздержались» — нет. Не поддержали: Ли В. С."
    )
    assert phrases.vote_text(split, kk).endswith("Қолдамағандар: В.\xa0С.\xa0Ли.")
    tie = POLICE_REPORT.decisions[3].vote
    assert tie is not None
    assert phrases.vote_text(tie, kk) == (
        "Дауыс беру қорытындысы: «қолдап» — 4, «қарсы» — 4, «қалыс қалған» — 1."
        " Дауыстар тең болғандықтан, шешім төрағалық етушінің дауысымен қабылданды."
    )


def test_unknown_language_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        Wording("en")


def test_wording_needs_no_qt_application(tmp_path: object) -> None:
    """QTranslator.translate works with QtCore alone: exports run in plain scripts too."""
    code = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from datetime import date\n"
        "from commission.exports.wording import Wording\n"
        "w = Wording('kk')\n"
        "assert QCoreApplication.instance() is None\n"
        "print(w.date(date(2026, 3, 12)))\n"
    )
    env = {**os.environ, "COMMISSION_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert result.stdout.strip() == "2026 жылғы 12 наурыз"


def test_every_state_and_decision_kind_has_words(ru: Wording) -> None:
    assert set(catalog.STATES) == {state.value for state in ComputedState}
    assert set(catalog.DECISION_KINDS) == {kind.value for kind in DecisionKind}
    assert ru.state("overdue") == "просрочено"
    assert ru.decision_kind("remove_from_control") == "снять с контроля"
