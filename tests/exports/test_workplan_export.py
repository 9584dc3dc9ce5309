"""The year's work plan as Word and Excel, in Russian and Kazakh, from one read model."""

from __future__ import annotations

import dataclasses
import io

import docx
import pytest
from docx.oxml.ns import qn
from docx.table import _Cell
from openpyxl import load_workbook

from commission.documents.minutes import Bilingual
from commission.documents.plan import PlanContext, PlanRow
from commission.exports.workplan_docx import workplan_docx
from commission.exports.workplan_xlsx import workplan_xlsx
from tests.exports.conftest import docx_lines, index_of

POLICE = Bilingual("Отдел полиции Целиноградского района", "Целиноград ауданының полиция бөлімі")
EMPLOYMENT = Bilingual("Центр занятости населения")  # no Kazakh name: the Russian one is used
FORMULA = "=СУММ(A1:A3) итоги года"

PLAN = PlanContext(
    akimat=Bilingual("Акимат Целиноградского района", "Целиноград ауданының әкімдігі"),
    commission_name=Bilingual(
        "межведомственной комиссии по профилактике правонарушений",
        "құқық бұзушылық профилактикасы жөніндегі ведомствоаралық комиссия",
    ),
    year=2026,
    rows=(
        # Entered out of order: the documents group them by quarter.
        PlanRow(
            3,
            Bilingual(
                "О профилактике бытового насилия", "Тұрмыстық зорлық-зомбылықтың алдын алу туралы"
            ),
            POLICE,
            Bilingual("Касымов Е. Б.", "Е. Б. Қасымов"),
            "carried_over",
        ),
        PlanRow(
            1,
            Bilingual(
                "О ходе исполнения ранее принятых решений",
                "Бұрын қабылданған шешімдердің орындалу барысы туралы",
            ),
            None,
            Bilingual("Нурланова А. Е.", "А. Е. Нурланова"),
            "done",
            1,
        ),
        PlanRow(
            1,
            Bilingual(
                "Об итогах работы полиции за 2025 год",
                "Полицияның 2025 жылғы жұмысының қорытындылары туралы",
            ),
            POLICE,
            Bilingual("Касымов Е. Б.", "Е. Б. Қасымов"),
            "on_agenda",
            1,
        ),
        PlanRow(
            2,
            Bilingual("О трудоустройстве лиц\x0bна учете пробации"),
            EMPLOYMENT,
            Bilingual(""),
            "planned",
        ),
        PlanRow(4, Bilingual(FORMULA), None, Bilingual(""), "dropped"),
    ),
    secretary="А. Нурланова",
)


def _table_rows(data: bytes) -> list[list[str]]:
    """The plan's table as text; a merged quarter row is one cell."""
    table = docx.Document(io.BytesIO(data)).tables[0]
    rows = [[_Cell(tc, table).text for tc in row._tr.tc_lst] for row in table.rows]
    return [[text.replace("\xa0", " ") for text in row] for row in rows]  # NBSPs read as spaces


# ------------------------------------------------------------------------------ .docx


def test_russian_plan_has_title_quarters_and_rows() -> None:
    data = workplan_docx(PLAN, "ru")
    lines = docx_lines(data)
    assert lines[0] == "АКИМАТ ЦЕЛИНОГРАДСКОГО РАЙОНА"
    title = index_of(lines, "ПЛАН")
    assert lines[title : title + 3] == [
        "ПЛАН",
        "работы межведомственной комиссии по профилактике правонарушений",
        "на 2026 год",
    ]
    rows = _table_rows(data)
    assert rows[0] == [
        "№",
        "Наименование вопроса",
        "Ответственные за подготовку",
        "Докладчик",
        "Срок рассмотрения",
    ]
    assert rows[1:] == [
        ["I квартал"],
        ["1", "О ходе исполнения ранее принятых решений", "", "Нурланова А. Е.", "I квартал"],
        ["2", "Об итогах работы полиции за 2025 год", POLICE.ru, "Касымов Е. Б.", "I квартал"],
        ["II квартал"],
        ["3", "О трудоустройстве лиц\nна учете пробации", EMPLOYMENT.ru, "", "II квартал"],
        ["III квартал"],
        ["4", "О профилактике бытового насилия", POLICE.ru, "Касымов Е. Б.", "III квартал"],
        ["IV квартал"],
        ["5", FORMULA, "", "", "IV квартал"],
    ]
    signature = index_of(lines, "Секретарь комиссии", title)
    assert lines[signature] == "Секретарь комиссии | А. Нурланова"
    properties = docx.Document(io.BytesIO(data)).core_properties
    assert properties.title.startswith("ПЛАН работы межведомственной")
    assert properties.language == "ru-RU"


def test_kazakh_plan_puts_the_title_word_last() -> None:
    data = workplan_docx(PLAN, "kk")
    lines = docx_lines(data)
    assert lines[0] == "ЦЕЛИНОГРАД АУДАНЫНЫҢ ӘКІМДІГІ"
    title = index_of(lines, "құқық бұзушылық")
    assert lines[title : title + 2] == [
        "құқық бұзушылық профилактикасы жөніндегі ведомствоаралық комиссия жұмысының "
        "2026 жылға арналған",
        "ЖОСПАРЫ",
    ]
    rows = _table_rows(data)
    assert rows[0] == [
        "№",
        "Мәселенің атауы",
        "Дайындауға жауаптылар",
        "Баяндамашы",
        "Қарау мерзімі",
    ]
    groups = [row[0] for row in rows if len(row) == 1]
    assert groups == ["I тоқсан", "II тоқсан", "III тоқсан", "IV тоқсан"]
    by_number = {row[0]: row for row in rows if len(row) == 5}
    assert by_number["2"][2:] == [POLICE.kk, "Е. Б. Қасымов", "I тоқсан"]
    assert by_number["3"][2] == EMPLOYMENT.ru
    assert "Комиссия хатшысы | А. Нурланова" in lines


def test_quarter_rows_span_the_table() -> None:
    table = docx.Document(io.BytesIO(workplan_docx(PLAN, "ru"))).tables[0]
    spans = [
        [tc.grid_span for tc in row._tr.tc_lst] for row in table.rows if len(row._tr.tc_lst) == 1
    ]
    assert spans == [[5]] * 4
    header = table.rows[0]._tr
    assert header.trPr is not None and header.trPr.find(qn("w:tblHeader")) is not None


def test_quarters_without_questions_are_left_out() -> None:
    only_second = dataclasses.replace(PLAN, rows=(PLAN.rows[3],))
    rows = _table_rows(workplan_docx(only_second, "ru"))
    assert [row[0] for row in rows[1:]] == ["II квартал", "1"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "На 2026 год вопросы не запланированы."),
        ("kk", "2026 жылға мәселелер жоспарланбаған."),
    ],
)
def test_an_empty_plan_says_so(language: str, text: str) -> None:
    empty = dataclasses.replace(PLAN, rows=(), secretary=None)
    data = workplan_docx(empty, language)
    lines = docx_lines(data)
    assert text in lines
    assert len(docx.Document(io.BytesIO(data)).tables) == 1  # the signature only


# ------------------------------------------------------------------------------ .xlsx


def _sheet(data: bytes):  # type: ignore[no-untyped-def]
    return load_workbook(io.BytesIO(data)).active


def test_xlsx_is_a_real_table() -> None:
    sheet = _sheet(workplan_xlsx(PLAN, "ru"))
    assert sheet.title == "План работы"
    header = [cell.value for cell in sheet[1]]
    assert header == [
        "№",
        "Квартал",
        "Наименование вопроса",
        "Ответственные за подготовку",
        "Докладчик",
        "Состояние",
        "Заседание",
    ]
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:G6"
    assert sheet.print_title_rows == "$1:$1"
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
    assert sheet.column_dimensions["C"].width == 60
    assert sheet["C2"].alignment.wrap_text is True


def test_xlsx_rows_in_quarter_order() -> None:
    rows = list(_sheet(workplan_xlsx(PLAN, "ru")).iter_rows(min_row=2, values_only=True))
    assert rows == [
        (
            1,
            "I квартал",
            "О ходе исполнения ранее принятых решений",
            None,
            "Нурланова А. Е.",
            "рассмотрен",
            "№ 1",
        ),
        (
            2,
            "I квартал",
            "Об итогах работы полиции за 2025 год",
            POLICE.ru,
            "Касымов Е. Б.",
            "включен в повестку дня",
            "№ 1",
        ),
        (
            3,
            "II квартал",
            "О трудоустройстве лиц\nна учете пробации",
            EMPLOYMENT.ru,
            None,
            "запланирован",
            None,
        ),
        (
            4,
            "III квартал",
            "О профилактике бытового насилия",
            POLICE.ru,
            "Касымов Е. Б.",
            "перенесен",
            None,
        ),
        (5, "IV квартал", FORMULA, None, None, "исключен из плана", None),
    ]


def test_xlsx_in_kazakh() -> None:
    sheet = _sheet(workplan_xlsx(PLAN, "kk"))
    assert sheet.title == "Жұмыс жоспары"
    assert [cell.value for cell in sheet[1]][:3] == ["№", "Тоқсан", "Мәселенің атауы"]
    assert sheet["B2"].value == "I тоқсан" and sheet["D3"].value == POLICE.kk
    assert sheet["F2"].value == "қаралған"


def test_xlsx_question_looking_like_a_formula_stays_text() -> None:
    sheet = _sheet(workplan_xlsx(PLAN, "ru"))
    cell = sheet["C6"]
    assert cell.value == FORMULA
    assert cell.data_type == "s"
    assert cell.quotePrefix is True
