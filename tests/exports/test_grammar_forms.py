"""Forms that agree with a person or a number, as the writers print them: the programme's
consent by the client's sex, Kazakh counts in their cases, no «(а)» left in fixed words."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date

import pytest
from docx import Document

from commission.documents.minutes import Bilingual
from commission.documents.programme import ProgrammeContext
from commission.domain import kazakh
from commission.domain.iin import Sex
from commission.domain.kazakh import KkCase
from commission.exports.programme_docx import programme_docx
from commission.exports.wording import Counted, Wording
from commission.i18n import ts_path

PROGRAMME = ProgrammeContext(
    case_number="1/2026",
    client_name="Бекенов Нурлан Кайратович",
    birth_date=date(1990, 5, 17),
    district=Bilingual("Целиноградский район", "Целиноград ауданы"),
    opened_on=date(2026, 2, 2),
    approved_on=None,
    officer="Иванов И. К.",
    needs=(),
    measures=(),
    client_sex=Sex.MALE,
)


def _consent(data: bytes) -> str:
    paragraphs = [p.text for p in Document(io.BytesIO(data)).paragraphs]
    return next(p for p in paragraphs if p.startswith(("С программой", "Бағдарламамен")))


def test_the_client_agrees_as_a_man_or_a_woman() -> None:
    man = _consent(programme_docx(PROGRAMME, "ru"))
    assert man.startswith("С программой ознакомлен и согласен участвовать")
    woman = replace(PROGRAMME, client_name="Бекенова Айгуль Кайратовна", client_sex=Sex.FEMALE)
    assert _consent(programme_docx(woman, "ru")).startswith(
        "С программой ознакомлена и согласна участвовать"
    )
    # A record without the sex: the patronymic tells.
    unknown = replace(woman, client_sex=None)
    assert "ознакомлена и согласна" in _consent(programme_docx(unknown, "ru"))
    kk = _consent(programme_docx(woman, "kk"))
    assert kk.startswith("Бағдарламамен таныстым және оған қатысуға келісемін")


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_no_placeholder_endings_in_fixed_words(language: str) -> None:
    text = ts_path(language, "documents").read_text(encoding="utf-8")
    translations = re.findall(r"<(?:translation|numerusform)>([^<]*)<", text)
    assert not [t for t in translations if re.search(r"\w\((а|на|ла|ы|и)\)", t)]


@pytest.mark.parametrize("n", [1, 2, 5, 10, 11, 20, 40, 100, 149, 1000])
def test_kazakh_counts_through_the_translation(n: int) -> None:
    kk, ru = Wording("kk"), Wording("ru")
    assert kk.of_total(n) == kazakh.number(n, KkCase.ABLATIVE)
    assert ru.of_total(n) == f"из {n}"
    days = kk.counted(n, "working_day")
    assert f"{days}" == f"{n} жұмыс күні"
    assert f"{days:abl}" == f"{n} жұмыс күнінен" and f"{days:dat}" == f"{n} жұмыс күніне"
    assert f"{ru.counted(n, 'working_day')}" == str(n)  # Russian writes its own noun
    # The terms «N жұмыс күні ішінде» use the same noun form.
    assert kk.working_days(n) == f"{days} ішінде"
    assert kk.calendar_days(n) == f"{kk.counted(n, 'calendar_day')} ішінде"


def test_counted_without_a_noun_puts_the_ending_on_the_digits() -> None:
    assert f"{Counted(11):abl}" == "11-ден" and f"{Counted(10):abl}" == "10-нан"
    assert str(Counted(7)) == "7"
    with pytest.raises(ValueError):
        format(Counted(7), "nonsense")
