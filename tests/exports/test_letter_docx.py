"""The request for execution information (.docx), read back: numbers, states in words, the
addressee in the dative, the executor's line, the decisions in the letter's language."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest
from docx import Document

from commission.documents.letter import LetterContext, LetterItem
from commission.documents.minutes import EMPTY, Bilingual
from commission.domain import declension
from commission.domain.control import ComputedState
from commission.domain.iin import Sex
from commission.exports.letter_docx import addressee, letter_docx, plural_key, state_words
from commission.exports.wording import Wording

TODAY = date(2026, 4, 6)


def _item(
    n: int, due: date, state: ComputedState, days: int, text: str, kk: str = ""
) -> LetterItem:
    return LetterItem(
        decision_id=n,
        number=f"3.{n}",
        meeting_number=3,
        meeting_date=date(2026, 3, 12),
        text=Bilingual(text, kk),
        due_date=due,
        state=state,
        working_days=days,
        control_point_id=100 + n,
    )


LETTER = LetterContext(
    agency_id=7,
    agency_name=Bilingual(
        "КГУ «Центр занятости Целиноградского района»",
        "«Целиноград ауданының жұмыспен қамту орталығы» КММ",
    ),
    head_name="Рахимов С. Т.",
    commission_name=Bilingual(
        "межведомственной комиссии по профилактике правонарушений",
        "Құқық бұзушылық профилактикасы жөніндегі ведомствоаралық комиссия",
    ),
    today=TODAY,
    reply_by=date(2026, 4, 10),
    items=(
        _item(
            1,
            date(2026, 4, 10),
            ComputedState.DUE_SOON,
            4,
            "Оказать содействие в трудоустройстве",
            "Жұмысқа орналасуға жәрдемдесу",
        ),
        _item(2, date(2026, 3, 30), ComputedState.OVERDUE, -5, "Провести ярмарку вакансий"),
        _item(
            3, date(2026, 4, 6), ComputedState.DUE_SOON, 0, "Обновить списки", "Тізімдерді жаңарту"
        ),
        _item(4, date(2026, 4, 3), ComputedState.OVERDUE, -1, "Направить сведения"),
    ),
    head_sex=Sex.MALE,
    secretary="А. Нурланова",
    executor="Нурланова А. Е.",
    executor_phone="8 (71651) 3-12-45",
    number="12-17/45",
)
POLICE = replace(
    LETTER,
    agency_name=Bilingual(
        "Отдел полиции Целиноградского района", "Целиноград ауданының полиция бөлімі"
    ),
    head_name="Касымов Е. Б.",
    head_position=Bilingual(
        "начальник отдела полиции Целиноградского района",
        "Целиноград ауданының полиция бөлімінің бастығы",
    ),
)


def _docx_text(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells).replace("\xa0", " ")


def _paragraphs(data: bytes) -> list[str]:
    return [p.text.replace("\xa0", " ") for p in Document(io.BytesIO(data)).paragraphs]


@pytest.mark.parametrize(
    ("n", "key"),
    [(1, "one"), (2, "few"), (4, "few"), (5, "many"), (11, "many"), (12, "many"), (21, "one"),
     (22, "few"), (111, "many"), (0, "many")],
)  # fmt: skip
def test_russian_plural_forms(n: int, key: str) -> None:
    assert plural_key(n) == key


def test_letter_in_russian() -> None:
    data = letter_docx(LETTER, "ru")
    text = _docx_text(data)
    assert "Исх. № 12-17/45 от 06.04.2026" in text
    assert "Руководителю КГУ «Центр занятости Целиноградского района»" in text
    assert "Рахимову С. Т." in text
    assert "межведомственной комиссии по профилактике правонарушений напоминает" in text
    assert "№ 3 от 12.03.2026, п. 3.1" in text
    assert "Оказать содействие в трудоустройстве" in text and "Провести ярмарку" in text
    assert "истекает через 4 рабочих дня" in text
    assert "просрочено на 5 рабочих дней" in text
    assert "просрочено на 1 рабочий день" in text
    assert "истекает сегодня" in text
    assert "Просим представить информацию об исполнении в срок до 10 апреля 2026 года" in text
    assert "Секретарь комиссии" in text and "А. Нурланова" in text
    assert _paragraphs(data)[-1] == "Исп.: Нурланова А. Е., тел. 8 (71651) 3-12-45"
    document = Document(io.BytesIO(data))
    assert len(document.tables[0].rows) == 1 + len(LETTER.items)


def test_letter_in_kazakh() -> None:
    data = letter_docx(LETTER, "kk")
    text = _docx_text(data)
    assert "Шығ. № 12-17/45" in text
    assert "«Целиноград ауданының жұмыспен қамту орталығы» КММ басшысы" in text
    assert "С. Т. Рахимовқа" in text
    assert "4 жұмыс күнінен кейін аяқталады" in text
    assert "мерзімі өткеніне 5 жұмыс күні болды" in text
    assert "мерзімі өткеніне 1 жұмыс күні болды" in text
    assert "2026 жылғы 10 сәуірге дейін" in text
    assert "Хаттама, тармақ" in text
    # The decisions in the letter's language, the Russian text where no Kazakh one was typed.
    assert "Жұмысқа орналасуға жәрдемдесу" in text and "Тізімдерді жаңарту" in text
    assert "Оказать содействие" not in text and "Провести ярмарку вакансий" in text
    assert _paragraphs(data)[-1] == "Орынд.: А. Е. Нурланова, тел. 8 (71651) 3-12-45"


def test_the_head_in_the_dative_by_position_and_sex() -> None:
    ru, kk = Wording("ru"), Wording("kk")
    nbsp = "\xa0"
    assert addressee(POLICE, ru) == [
        "Начальнику отдела полиции Целиноградского района",
        f"Касымову{nbsp}Е.{nbsp}Б.",
    ]
    woman = replace(
        POLICE,
        head_name="Касымова А. Б.",
        head_sex=Sex.FEMALE,
        head_position=Bilingual("заместитель акима района"),
    )
    assert addressee(woman, ru) == ["Заместителю акима района", f"Касымовой{nbsp}А.{nbsp}Б."]
    assert addressee(POLICE, kk) == [
        "Целиноград ауданының полиция бөлімінің бастығы",
        f"Е.{nbsp}Б.{nbsp}Касымовқа",
    ]
    # No Kazakh position recorded: the agency's head, never the Russian position.
    assert addressee(woman, kk) == [
        "Целиноград ауданының полиция бөлімі басшысы",
        f"А.{nbsp}Б.{nbsp}Касымоваға",
    ]


def test_the_head_of_an_agency_with_no_recorded_position() -> None:
    ru, kk = Wording("ru"), Wording("kk")
    plain = replace(POLICE, head_position=EMPTY)
    # A name that declines stands in the nominative above «Руководителю».
    assert addressee(plain, ru) == [
        "Отдел полиции Целиноградского района",
        "Руководителю",
        "Касымову\xa0Е.\xa0Б.",
    ]
    korean = replace(LETTER, head_name="Ким А. В.", head_sex=Sex.FEMALE)
    assert addressee(korean, ru)[-1] == "Ким\xa0А.\xa0В."
    nobody = replace(LETTER, head_name=None)
    assert addressee(nobody, ru) == ["Руководителю КГУ «Центр занятости Целиноградского района»"]
    assert addressee(nobody, kk) == ["«Целиноград ауданының жұмыспен қамту орталығы» КММ басшысына"]


def test_a_stored_form_wins_in_the_address() -> None:
    forms = declension.forms_mapping([("Ким", "dat", "Киму")])
    korean = replace(LETTER, head_name="Ким А. В.", head_sex=Sex.FEMALE, name_forms=forms)
    assert addressee(korean, Wording("ru"))[-1] == "Киму\xa0А.\xa0В."


def test_no_executor_line_without_a_name() -> None:
    paragraphs = _paragraphs(letter_docx(replace(LETTER, executor=None), "ru"))
    assert not any(p.startswith("Исп.") for p in paragraphs)
    only_name = _paragraphs(letter_docx(replace(LETTER, executor_phone=None), "ru"))
    assert only_name[-1] == "Исп.: Нурланова А. Е."


def test_state_words_for_an_overdue_point_not_yet_a_working_day_late() -> None:
    item = _item(9, date(2026, 4, 4), ComputedState.OVERDUE, 0, "…")
    assert state_words(item, Wording("ru")) == "просрочено"


@pytest.mark.parametrize("n", [1, 2, 5, 10, 11, 20, 40, 100, 149, 1000])
def test_kazakh_state_words_keep_one_noun_form(n: int) -> None:
    """«149 жұмыс күнге өтті» beside «2 жұмыс күнінен» is gone: one rule for every count."""
    kk = Wording("kk")
    soon = _item(1, TODAY, ComputedState.DUE_SOON, n, "…")
    late = _item(2, TODAY, ComputedState.OVERDUE, -n, "…")
    assert state_words(soon, kk) == f"{n} жұмыс күнінен кейін аяқталады"
    assert state_words(late, kk) == f"мерзімі өткеніне {n} жұмыс күні болды"


def test_items_key_is_the_sorted_control_points() -> None:
    assert LETTER.items_key == "101,102,103,104"
    shuffled = replace(LETTER, items=tuple(reversed(LETTER.items)))
    assert shuffled.items_key == LETTER.items_key
    without_point = replace(LETTER.items[0], control_point_id=None, decision_id=9)
    assert replace(LETTER, items=(without_point, LETTER.items[1])).items_key == "102,d9"
