"""The request for execution information (.docx) and the control register (.xlsx), read back."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from docx import Document
from openpyxl import load_workbook

from commission.documents.control_register import DisciplineRow, RegisterRow
from commission.documents.letter import LetterContext, LetterItem
from commission.documents.minutes import Bilingual
from commission.domain.control import ComputedState
from commission.domain.enums import DecisionKind
from commission.exports.control_register_xlsx import control_register_xlsx
from commission.exports.letter_docx import letter_docx, plural_key, state_words
from commission.exports.wording import Wording

TODAY = date(2026, 4, 6)


def _item(n: int, due: date, state: ComputedState, days: int, text: str) -> LetterItem:
    return LetterItem(
        decision_id=n,
        number=f"3.{n}",
        meeting_number=3,
        meeting_date=date(2026, 3, 12),
        text=text,
        due_date=due,
        state=state,
        working_days=days,
    )


LETTER = LetterContext(
    agency_id=7,
    agency_name=Bilingual(
        "КГУ «Центр занятости Целиноградского района»",
        "«Целиноград ауданының жұмыспен қамту орталығы» КММ",
    ),
    head_name="Рахимов С. Т.",
    head_position="Директор",
    commission_name=Bilingual(
        "межведомственной комиссии по профилактике правонарушений",
        "Құқық бұзушылық профилактикасы жөніндегі ведомствоаралық комиссия",
    ),
    today=TODAY,
    reply_by=date(2026, 4, 10),
    items=(
        _item(
            1, date(2026, 4, 10), ComputedState.DUE_SOON, 4, "Оказать содействие в трудоустройстве"
        ),
        _item(2, date(2026, 3, 30), ComputedState.OVERDUE, -5, "Провести ярмарку вакансий"),
        _item(3, date(2026, 4, 6), ComputedState.DUE_SOON, 0, "Обновить списки"),
        _item(4, date(2026, 4, 3), ComputedState.OVERDUE, -1, "Направить сведения"),
    ),
    secretary="А. Нурланова",
    number="12-17/45",
)


def _docx_text(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells).replace("\xa0", " ")


@pytest.mark.parametrize(
    ("n", "key"),
    [(1, "one"), (2, "few"), (4, "few"), (5, "many"), (11, "many"), (12, "many"), (21, "one"),
     (22, "few"), (111, "many"), (0, "many")],
)  # fmt: skip
def test_russian_plural_forms(n: int, key: str) -> None:
    assert plural_key(n) == key


def test_letter_in_russian() -> None:
    text = _docx_text(letter_docx(LETTER, "ru"))
    assert "Исх. № 12-17/45 от 06.04.2026" in text
    assert "Руководителю КГУ «Центр занятости Целиноградского района»" in text
    assert "Рахимов С. Т." in text
    assert "межведомственной комиссии по профилактике правонарушений напоминает" in text
    assert "№ 3 от 12.03.2026, п. 3.1" in text
    assert "Оказать содействие в трудоустройстве" in text and "Провести ярмарку" in text
    assert "истекает через 4 рабочих дня" in text
    assert "просрочено на 5 рабочих дней" in text
    assert "просрочено на 1 рабочий день" in text
    assert "истекает сегодня" in text
    assert "Просим представить информацию об исполнении в срок до 10 апреля 2026 года" in text
    assert "Секретарь комиссии" in text and "А. Нурланова" in text
    document = Document(io.BytesIO(letter_docx(LETTER, "ru")))
    assert len(document.tables[0].rows) == 1 + len(LETTER.items)


def test_letter_in_kazakh() -> None:
    text = _docx_text(letter_docx(LETTER, "kk"))
    assert "Шығ. № 12-17/45" in text
    assert "басшысына" in text
    assert "4 жұмыс күнінен кейін аяқталады" in text
    assert "мерзімі 5 жұмыс күнге өтті" in text
    assert "2026 жылғы 10 сәуірге дейін" in text
    assert "Хаттама, тармақ" in text


def test_state_words_for_an_overdue_point_not_yet_a_working_day_late() -> None:
    item = _item(9, date(2026, 4, 4), ComputedState.OVERDUE, 0, "…")
    assert state_words(item, Wording("ru")) == "просрочено"


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
    assert [c.value for c in second[2]] == ["Центр занятости", "I квартал", 3, 1, 1, 1, 3.0]
    assert second.freeze_panes == "A2" and second.auto_filter.ref == "A1:G3"


def test_register_in_kazakh_and_empty() -> None:
    book = load_workbook(io.BytesIO(control_register_xlsx([], [], TODAY, 2026, "kk")))
    sheet = book.worksheets[0]
    assert sheet.title == "Бақылау тізілімі"
    assert sheet.max_row == 1 and sheet.auto_filter.ref == "A1:L1"
