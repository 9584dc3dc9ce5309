"""One cleaning of typed and imported text: Excel's «_xHHHH_» escapes decoded, control
characters dropped, the rest kept as typed."""

from __future__ import annotations

import pytest

from commission.domain.text import clean_text, decode_excel_escapes, looks_like_formula
from commission.services import common


@pytest.mark.parametrize(
    ("raw", "multiline", "expected"),
    [
        ("Иванов_x0007_Иван", False, "ИвановИван"),  # a bell from the list is dropped
        ("Сәрсенов_x000D_Арман", False, "Сәрсенов Арман"),  # a carriage return is a break
        ("Первая_x000D__x000A_вторая", True, "Первая\nвторая"),
        ("ул. Абая_x0009_7", False, "ул. Абая 7"),
        ("ул.\u00a0Абая\x0b 7", False, "ул. Абая 7"),
        ("Текст _xD800_ с обломком", False, "Текст с обломком"),  # a lone surrogate
        ("snake_x_case", False, "snake_x_case"),  # not an escape: four hex digits or nothing
        ("  \x07 ", False, None),
    ],
)
def test_clean_text(raw: str, multiline: bool, expected: str | None) -> None:
    assert clean_text(raw, multiline=multiline) == expected


def test_the_services_clean_with_the_same_function() -> None:
    assert common.clean_text is clean_text


def test_escapes_and_formulas() -> None:
    assert decode_excel_escapes("a_x005F_b") == "a_b"
    assert looks_like_formula("=СУММ(A1:A3)") and looks_like_formula("@all")
    assert not looks_like_formula("Иванов") and not looks_like_formula(None)
