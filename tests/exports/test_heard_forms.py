"""«СЛУШАЛИ: Нурланову А. Е.»: the heard speaker in the accusative in Russian minutes, as typed
in Kazakh ones, read back from the .docx."""

from __future__ import annotations

import io
from dataclasses import replace

import docx
import pytest

from commission.documents.minutes import Bilingual, MinutesContext
from commission.domain.iin import Sex
from commission.exports.minutes_docx import minutes_docx
from tests.exports.conftest import docx_lines
from tests.exports.sample import POLICE_REPORT, make_context, person


def _with_speaker(ru: str, kk: str = "", **changes: object) -> MinutesContext:
    item = replace(
        POLICE_REPORT,
        heard_speaker=Bilingual(ru, kk),
        heard_summary=Bilingual("о состоянии правопорядка", "құқық тәртібінің жай-күйі туралы"),
    )
    return make_context(agenda=(item,), **changes)


def _heard(ctx: MinutesContext, language: str) -> str:
    label = "СЛУШАЛИ:" if language == "ru" else "ТЫҢДАЛДЫ:"
    return next(line for line in docx_lines(minutes_docx(ctx, language)) if line.startswith(label))


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        # a man and a woman, Russian and Kazakh surnames, name alone or with a position
        ("Касымов Е. Б.", "Касымова Е. Б."),
        ("Нурланова А. Е., секретарь комиссии", "Нурланову А. Е., секретаря комиссии"),
        ("секретарь комиссии Нурланова А. Е.", "секретаря комиссии Нурланову А. Е."),
        ("Әбенова Г. С., главный специалист", "Әбенову Г. С., главного специалиста"),
        (
            "Сейтқазинов Б. А., заместитель акима района",
            "Сейтқазинова Б. А., заместителя акима района",
        ),
        ("Шевченко И. П.", "Шевченко И. П."),
        # typed in the accusative already, as the documents once needed: not declined twice
        ("Нурланову А. Е.", "Нурланову А. Е."),
        ("Касымова Е. Б.", "Касымова Е. Б."),  # he is a member: the accusative of «Касымов»
    ],
)
def test_the_heard_speaker_in_the_accusative(typed: str, printed: str) -> None:
    assert _heard(_with_speaker(typed), "ru") == f"СЛУШАЛИ: {printed} — о состоянии правопорядка"


def test_the_sex_comes_from_the_meeting_people() -> None:
    """«Ким» declines for a man, not for a woman: the guest's recorded sex decides."""
    woman = replace(person("Ким", "А. В.", "заместитель начальника отдела"), sex=Sex.FEMALE)
    man = replace(person("Ким", "О. Л.", "инспектор"), sex=Sex.MALE)
    ctx = _with_speaker("Ким А. В., заместитель начальника отдела", invited=(woman, man))
    assert _heard(ctx, "ru").startswith("СЛУШАЛИ: Ким А. В., заместителя начальника отдела")
    ctx = _with_speaker("Ким О. Л.", invited=(woman, man))
    assert _heard(ctx, "ru").startswith("СЛУШАЛИ: Кима О. Л. —")


def test_a_stored_form_wins() -> None:
    ctx = _with_speaker(
        "Ли В. С., руководитель ТОО «Береке»",
        name_forms=(
            ("Ли В. С.", "acc", "Ли В. С."),
            ("руководитель ТОО «Береке»", "acc", "руководителя товарищества «Береке»"),
        ),
    )
    assert _heard(ctx, "ru").startswith("СЛУШАЛИ: Ли В. С., руководителя товарищества «Береке»")


def test_kazakh_keeps_the_nominative_with_the_initials_first() -> None:
    ctx = _with_speaker("Нурланова А. Е., секретарь комиссии", "Нурланова А. Е., комиссия хатшысы")
    assert (
        _heard(ctx, "kk")
        == "ТЫҢДАЛДЫ: А. Е. Нурланова, комиссия хатшысы — құқық тәртібінің жай-күйі туралы"
    )
    # Only the Russian value typed: Kazakh prints it as typed, never declined.
    ctx = _with_speaker("Касымов Е. Б.")
    assert _heard(ctx, "kk").startswith("ТЫҢДАЛДЫ: Е. Б. Касымов —")


def test_initials_stay_with_the_surname() -> None:
    data = minutes_docx(_with_speaker("Нурланова А. Е., секретарь комиссии"), "ru")

    texts = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    assert any("Нурланову\u00a0А.\u00a0Е., секретаря комиссии" in t for t in texts)
