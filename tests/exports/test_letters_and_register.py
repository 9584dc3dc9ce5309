"""The control register (.xlsx), read back; the letters are ``test_letter_docx``."""

from __future__ import annotations

import io
from datetime import date, datetime

from openpyxl import load_workbook

from commission.documents.control_register import DisciplineRow, RegisterRow
from commission.domain.control import ComputedState
from commission.domain.enums import DecisionKind
from commission.exports.control_register_xlsx import control_register_xlsx

TODAY = date(2026, 4, 6)


ROWS = [
    RegisterRow(
        decision_id=1,
        number="1.10",
        meeting_number=3,
        meeting_date=date(2026, 3, 12),
        text="=SUM(A1:A2) организовать",
        kind=DecisionKind.INSTRUCTION,
        is_binding=True,
        lead_agency="Центр занятости",
        co_executors=("ОП", "Отдел образования"),
        due_date=date(2026, 3, 30),
        executed_on=None,
        state=ComputedState.OVERDUE,
        days_overdue=5,
    ),
    RegisterRow(
        decision_id=2,
        number="2.1",
        meeting_number=2,
        meeting_date=date(2025, 12, 15),
        text="Усилить патрулирование",
        kind=DecisionKind.RECOMMENDATION,
        is_binding=False,
        lead_agency=None,
        co_executors=(),
        due_date=date(2026, 2, 1),
        executed_on=date(2026, 1, 30),
        state=ComputedState.EXECUTED,
        days_overdue=None,
    ),
]
DISCIPLINE = [
    DisciplineRow(7, "Центр занятости", 1, 3, 1, 1, 1, 3.0),
    DisciplineRow(8, "ОП", 2, 1, 1, 0, 0, None),
]


def test_register_as_a_real_table() -> None:
    data = control_register_xlsx(ROWS, DISCIPLINE, TODAY, 2026, "ru")
    book = load_workbook(io.BytesIO(data))
    sheet, second = book.worksheets
    assert sheet.title == "Реестр контроля"
    header = [c.value for c in sheet[1]]
    assert header == [
        "№",
        "№ протокола",
        "Дата заседания",
        "Решение",
        "Вид",
        "Обязательное",
        "Ответственный исполнитель",
        "Соисполнители",
        "Срок",
        "Дата исполнения",
        "Состояние",
        "Просрочено, рабочих дней",
    ]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:L{len(ROWS) + 1}"
    assert sheet.print_title_rows == "$1:$1"
    assert sheet.page_setup.orientation == "landscape"
    first = [c for c in sheet[2]]
    assert first[0].value == "1.10" and first[0].data_type == "s"
    assert isinstance(first[2].value, datetime) and first[2].value.date() == date(2026, 3, 12)
    assert isinstance(first[8].value, datetime)
    assert first[3].value == "=SUM(A1:A2) организовать" and first[3].data_type == "s"
    assert first[7].value == "ОП; Отдел образования"
    assert first[10].value == "просрочено" and first[11].value == 5
    executed = [c.value for c in sheet[3]]
    assert isinstance(executed[9], datetime) and executed[10] == "исполнено"
    assert sheet.column_dimensions["D"].width == 60
    assert sheet["D2"].alignment.wrap_text

    assert second.title == "Исполнительская дисциплина"
    assert second["A1"].value == "Орган"
    # The score (domain.discipline): (1 on time + ½ · 1 late) of 3 points judged.
    assert [c.value for c in second[2]] == ["Центр занятости", "I квартал", 3, 1, 1, 1, 3.0, 50]
    assert second["H1"].value == "Показатель дисциплины, 0–100"
    assert second.freeze_panes == "A2" and second.auto_filter.ref == "A1:H3"


def test_register_in_kazakh_and_empty() -> None:
    book = load_workbook(io.BytesIO(control_register_xlsx([], [], TODAY, 2026, "kk")))
    sheet = book.worksheets[0]
    assert sheet.title == "Бақылау тізілімі"
    assert sheet.max_row == 1 and sheet.auto_filter.ref == "A1:L1"
