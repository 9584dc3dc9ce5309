"""Russian case forms of names and positions: petrovich for names, pymorphy3 for positions,
a stored form over both."""

from __future__ import annotations

import subprocess
import sys

import pytest

from commission.domain import declension
from commission.domain.declension import Case, decline_name, decline_position, decline_speaker
from commission.domain.iin import Sex

ACC, DAT, GEN = Case.ACCUSATIVE, Case.DATIVE, Case.GENITIVE


@pytest.mark.parametrize(
    ("name", "sex", "accusative", "dative"),
    [
        ("Нурланова А. Е.", Sex.FEMALE, "Нурланову А. Е.", "Нурлановой А. Е."),
        ("Нурланова А. Е.", None, "Нурланову А. Е.", "Нурлановой А. Е."),  # sex from -ова
        ("Касымов Е. Б.", Sex.MALE, "Касымова Е. Б.", "Касымову Е. Б."),
        ("Касымов Е. Б.", None, "Касымова Е. Б.", "Касымову Е. Б."),
        ("Әбенова Г. С.", None, "Әбенову Г. С.", "Әбеновой Г. С."),
        ("Сейтказинов Б. А.", None, "Сейтказинова Б. А.", "Сейтказинову Б. А."),
        ("Ли В. С.", Sex.MALE, "Ли В. С.", "Ли В. С."),
        ("Ли В. С.", Sex.FEMALE, "Ли В. С.", "Ли В. С."),
        ("Ким А. В.", Sex.MALE, "Кима А. В.", "Киму А. В."),
        ("Ким А. В.", Sex.FEMALE, "Ким А. В.", "Ким А. В."),
        ("Шевченко И. П.", Sex.MALE, "Шевченко И. П.", "Шевченко И. П."),
        ("А. Е. Нурланова", None, "А. Е. Нурланову", "А. Е. Нурлановой"),
        ("Б-ов Н. К.", Sex.MALE, "Б-ова Н. К.", "Б-ову Н. К."),  # a client's hidden surname
        (
            "Касымов Ерлан Бахытович",
            None,
            "Касымова Ерлана Бахытовича",
            "Касымову Ерлану Бахытовичу",
        ),
        (
            "Ахметова Дана Қайратқызы",
            None,
            "Ахметову Дану Қайратқызы",
            "Ахметовой Дане Қайратқызы",
        ),
    ],
)
def test_names(name: str, sex: Sex | None, accusative: str, dative: str) -> None:
    assert decline_name(name, ACC, sex) == accusative
    assert decline_name(name, DAT, sex) == dative


def test_sex_from_the_name() -> None:
    guess = declension.guess_sex
    assert guess("Нурланова Айгуль Ерлановна") is Sex.FEMALE
    assert guess("Касымов Ерлан Бахытович") is Sex.MALE
    assert guess("Оспанов Ерлан Нурланұлы") is Sex.MALE
    assert guess("Ли Вера Нурлан қызы") is Sex.FEMALE  # the patronymic decides
    assert guess("Ким А. В.") is None
    assert guess("") is None


@pytest.mark.parametrize(
    ("position", "dative", "accusative"),
    [
        (
            "Начальник отдела полиции Целиноградского района",
            "Начальнику отдела полиции Целиноградского района",
            "Начальника отдела полиции Целиноградского района",
        ),
        ("заместитель акима района", "заместителю акима района", "заместителя акима района"),
        ("секретарь комиссии", "секретарю комиссии", "секретаря комиссии"),
        (
            "председатель ОО «Шанс»",
            "председателю ОО «Шанс»",
            "председателя ОО «Шанс»",
        ),
        (
            "директор КГУ «Центр занятости Целиноградского района»",
            "директору КГУ «Центр занятости Целиноградского района»",
            "директора КГУ «Центр занятости Целиноградского района»",
        ),
        (
            "руководитель отдела занятости и социальных программ",
            "руководителю отдела занятости и социальных программ",
            "руководителя отдела занятости и социальных программ",
        ),
        (
            "старший инспектор службы пробации",
            "старшему инспектору службы пробации",
            "старшего инспектора службы пробации",
        ),
        (
            "главный специалист отдела образования",
            "главному специалисту отдела образования",
            "главного специалиста отдела образования",
        ),
        ("заведующая сектором", "заведующей сектором", "заведующую сектором"),
        (
            "исполняющий обязанности начальника",
            "исполняющему обязанности начальника",
            "исполняющего обязанности начальника",
        ),
        ("и. о. начальника отдела", "и. о. начальника отдела", "и. о. начальника отдела"),
        ("КГУ «Центр занятости»", "КГУ «Центр занятости»", "КГУ «Центр занятости»"),
    ],
)
def test_positions_change_only_their_head(position: str, dative: str, accusative: str) -> None:
    assert decline_position(position, DAT) == dative
    assert decline_position(position, ACC) == accusative


def test_speakers_as_typed() -> None:
    assert (
        decline_speaker("Нурланова А. Е., секретарь комиссии", ACC)
        == "Нурланову А. Е., секретаря комиссии"
    )
    assert (
        decline_speaker("секретарь комиссии Нурланова А. Е.", ACC)
        == "секретаря комиссии Нурланову А. Е."
    )
    assert (
        decline_speaker("начальник ОП Целиноградского района Касымов Е. Б.", ACC)
        == "начальника ОП Целиноградского района Касымова Е. Б."
    )
    assert decline_speaker("о ходе исполнения решений", ACC) == "о ходе исполнения решений"
    assert decline_speaker("г. Косшы", ACC) == "г. Косшы"
    # The sex of the people the text may name: a woman named Ким keeps her surname.
    sexes = {declension.person_key("А. В. Ким"): Sex.FEMALE}
    assert decline_speaker("Ким А. В., заместитель начальника", ACC, sexes=sexes) == (
        "Ким А. В., заместителя начальника"
    )
    assert decline_speaker("Ким А. В.", ACC, Sex.MALE) == "Кима А. В."


def test_a_stored_form_wins() -> None:
    forms = declension.forms_mapping(
        [
            ("Ким", "acc", "Кима"),
            ("Ли  В.С.", "dat", "Ли В. С."),
            ("директор ТОО «Береке»", "dat", "директору ТОО «Береке»"),
            ("Асель", "bad-case", "ignored"),
        ]
    )
    assert decline_name("Ким А. В.", ACC, Sex.FEMALE, forms) == "Кима А. В."  # a surname
    assert decline_name("Ли В. С.", DAT, Sex.MALE, forms) == "Ли В. С."  # a whole name
    assert decline_position("Директор ТОО «Береке»", DAT, forms) == "директору ТОО «Береке»"
    assert decline_speaker("Ким А. В.", ACC, Sex.FEMALE, forms) == "Кима А. В."
    assert len(forms) == 3


def test_the_libraries_load_only_when_used() -> None:
    """Importing the module costs nothing at start-up: the rules load with the first form."""
    code = (
        "import sys, commission.domain.declension, commission.domain.kazakh;"
        "print('pymorphy3' in sys.modules, 'pytrovich.maker' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.split() == ["False", "False"], result.stderr
