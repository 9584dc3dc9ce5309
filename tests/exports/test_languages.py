"""A Kazakh document speaks Kazakh and a Russian one Russian, from the same bilingual record."""

from __future__ import annotations

import dataclasses

from commission.documents.minutes import Bilingual, MinutesContext
from commission.exports.decisions_xlsx import decisions_xlsx
from commission.exports.extract_docx import extract_docx
from commission.exports.minutes_docx import minutes_docx
from tests.exports.conftest import docx_lines
from tests.exports.sample import POLICE, make_context
from tests.language import is_kazakh, is_russian, kazakh_paragraphs, russian_paragraphs


def _all_kazakh_positions(ctx: MinutesContext) -> MinutesContext:
    """The sample leaves one member's Kazakh position out; an office would have typed it."""
    present = tuple(
        dataclasses.replace(
            p, position=Bilingual(p.position.ru, p.position.kk or "ішкі саясат бөлімінің басшысы")
        )
        for p in ctx.present
    )
    return dataclasses.replace(ctx, present=present)


def test_the_detector_tells_the_languages_apart() -> None:
    assert is_russian("Контроль за исполнением настоящего протокола возложить на секретаря.")
    assert is_russian("руководитель отдела внутренней политики")
    assert not is_russian("Баяндамашы: Целиноград ауданы ПБ бастығы Е. Б. Қасымов")
    assert is_kazakh("Осы хаттаманың орындалуын бақылау комиссия хатшысына жүктелсін.")
    assert not is_kazakh("Информация Әбеновой Г. Т. о трудоустройстве Қасымова")


def test_kazakh_minutes_hold_no_russian_paragraph() -> None:
    lines = docx_lines(minutes_docx(_all_kazakh_positions(make_context()), "kk"))
    assert len(lines) > 50
    assert russian_paragraphs(lines) == []


def test_a_text_left_in_russian_is_what_the_kazakh_minutes_borrow() -> None:
    ctx = make_context()  # one member's position typed in Russian only
    lines = docx_lines(minutes_docx(ctx, "kk"))
    assert [line for line in russian_paragraphs(lines)] == [
        "8. Р. К. Мухамеджанова — руководитель отдела внутренней политики"
    ]


def test_russian_minutes_hold_no_kazakh_paragraph() -> None:
    lines = docx_lines(minutes_docx(make_context(), "ru"))
    assert kazakh_paragraphs(lines) == []
    assert "ПОСТАНОВИЛИ:" in lines


def test_extract_and_spreadsheet_in_each_language() -> None:
    ctx = _all_kazakh_positions(make_context())
    for language, wrong in (("kk", russian_paragraphs), ("ru", kazakh_paragraphs)):
        lines = docx_lines(extract_docx(ctx, POLICE.id, language))
        assert len(lines) > 5 and wrong(lines) == []
    from io import BytesIO

    from openpyxl import load_workbook

    sheet = load_workbook(BytesIO(decisions_xlsx(ctx, "kk"))).active
    texts = [str(c.value) for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert russian_paragraphs(texts) == []
