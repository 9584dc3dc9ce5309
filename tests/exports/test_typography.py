"""Non-breaking spaces inside names and after «№», whatever way the secretary typed them."""

from __future__ import annotations

import pytest

from commission.exports.blocks import DocumentBlocks, para
from commission.exports.html_render import render_html
from commission.exports.typography import NBSP, bind


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("Дюсенова М. А.", "Дюсенова_М._А."),
        ("М. А. Дюсенова", "М._А._Дюсенова"),
        ("М.А. Дюсенова", "М.А._Дюсенова"),
        ("Б. Сейтказинов", "Б._Сейтказинов"),
        ("докладчик Ахмет-Оглы Р. Р., начальник", "докладчик Ахмет-Оглы_Р._Р., начальник"),
        ("(Б-ов Н. К., дело № 14/2026)", "(Б-ов_Н._К., дело №_14/2026)"),
        ("Қ-ов М. С.", "Қ-ов_М._С."),
        ("Ә. Ә. Өтегенова", "Ә._Ә._Өтегенова"),
        ("пп. 2.2, 3.3 протокола № 3", "пп._2.2, 3.3 протокола №_3"),
    ],
)
def test_names_are_bound(typed: str, printed: str) -> None:
    assert bind(typed) == printed.replace("_", NBSP)


@pytest.mark.parametrize(
    "text",
    [
        "I. О ходе исполнения решений",
        "V. Об информации начальника",
        "принять к сведению. А также",
        "с. Акмол, г. Косшы",
        "ОО «Шанс», ЦОН района",
        "СЕЙТКАЗИНОВ Б. А.",  # capitals only: not sure it is a surname
    ],
)
def test_other_text_is_left_alone(text: str) -> None:
    assert bind(text) == text


def test_the_html_of_the_pdf_binds_typed_names() -> None:
    html = render_html(DocumentBlocks("t", "ru", [para("СЛУШАЛИ: Дюсенову М. А. — о работе")]))
    assert f"Дюсенову{NBSP}М.{NBSP}А." in html
