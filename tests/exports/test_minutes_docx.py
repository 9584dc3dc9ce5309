"""The minutes as Word files, read back as a secretary's reader would see them."""

from __future__ import annotations

import dataclasses
import io
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm

from commission.documents.minutes import Bilingual, MinutesContext
from commission.domain.enums import DecisionKind, MeetingFormat, MeetingKind, MinutesState
from commission.exports.minutes_docx import minutes_docx
from commission.exports.templates import TemplateUnavailable
from tests.exports.conftest import docx_lines, index_of
from tests.exports.sample import PROGRESS, SOCIAL

RU_ORDER = [
    "АКИМАТ ЦЕЛИНОГРАДСКОГО РАЙОНА",
    "ПРОТОКОЛ",
    "заседания межведомственной комиссии",
    "г. Косшы | № 3",
    "«12» марта 2026 года | 10:00, актовый зал акимата",
    "Председательствовал: заместитель акима района Сейтказинов Б. А.",
    "Присутствовали: члены комиссии — 9 из 11 (список прилагается); кворум имеется.",
    "Отсутствовали:",
    "Приглашенные:",
    "ПОВЕСТКА ДНЯ:",
    "1. О ходе исполнения решений",
    "Докладчик: секретарь комиссии Нурланова А. Е.",
    "2. Об информации начальника отдела полиции",
    "3. О социальной адаптации",
    "I. О ходе исполнения решений",
    "СЛУШАЛИ: Нурланову А. Е. — о ходе исполнения решений",
    "Пункт | Протокол | Поручение | Срок | Состояние",
    "ВЫСТУПИЛИ: Сейтказинов Б. А., Касымов Е. Б.",
    "ПОСТАНОВИЛИ:",
    "1.1. ",
    "1.2. ",
    "1.3. ",
    "Итоги голосования:",
    "II. Об информации начальника отдела полиции",
    "СЛУШАЛИ: Касымова Е. Б.",
    "ВЫСТУПИЛИ: Сейтказинов Б. А. — о профилактике",
    "ПОСТАНОВИЛИ:",
    "2.1. ",
    "2.2. ",
    "2.3. ",
    "2.4. ",
    "III. О социальной адаптации",
    "СЛУШАЛИ: Дюсенову М. А.",
    "ПОСТАНОВИЛИ:",
    "3.1. ",
    "3.2. ",
    "3.3. ",
    "Итоги голосования:",
    "Контроль за исполнением настоящего протокола возложить на секретаря комиссии.",
    "Председатель комиссии | Б. Сейтказинов",
    "Секретарь комиссии | А. Нурланова",
    "Приложение к протоколу № 3 от 12 марта 2026 года",
    "СПИСОК",
    "1. Сейтказинов Б. А. — заместитель акима района",
]

KK_ORDER = [
    "АҚМОЛА ОБЛЫСЫ ЦЕЛИНОГРАД АУДАНЫНЫҢ ӘКІМДІГІ",
    "Целиноград ауданы әкімдігі жанындағы",
    "ХАТТАМАСЫ",
    "Қосшы қ. | № 3",
    "2026 жылғы «12» наурыз | сағат 10:00, әкімдіктің мәжіліс залы",
    "Төрағалық еткен: аудан әкімінің орынбасары Б. А. Сейтказинов",
    "Қатысқандар: комиссия мүшелері — 11-ден 9 (тізімі қоса беріледі); кворум бар.",
    "Қатыспағандар:",
    "Шақырылғандар:",
    "КҮН ТӘРТІБІ:",
    "1. ",
    "Баяндамашы: ",
    "I. ",
    "ТЫҢДАЛДЫ: ",
    "Тармақ | Хаттама | Тапсырма | Мерзімі | Жай-күйі",
    "СӨЙЛЕГЕНДЕР: ",
    "ҚАУЛЫ ЕТТІ:",
    "1.1. Ақпарат назарға алынсын.",
    "1.2. 2025 жылғы 15 желтоқсандағы № 2 хаттаманың 1.2, 2.1-тармақтары бақылаудан алынсын.",
    "1.3. ",
    "Дауыс беру қорытындысы: «қолдап» — 9, «қарсы» — жоқ, «қалыс қалған» — жоқ.",
    "II. ",
    "2.1. ",
    "III. ",
    "3.1. ",
    "Мерзімі: 2026 жылғы 10 сәуірге дейін. Шешім міндетті сипатта болады.",
    "Орындалуы туралы ақпарат комиссия хатшысына жіберілсін.",
    "Комиссия төрағасы | Б. Сейтказинов",
    "Комиссия хатшысы | А. Нурланова",
    "2026 жылғы 12 наурыздағы № 3 хаттамаға қосымша",
]


def _assert_in_order(lines: list[str], expected: list[str]) -> None:
    position = -1
    for start in expected:
        position = index_of(lines, start, position)


def test_russian_minutes_follow_the_official_order(ctx: MinutesContext) -> None:
    _assert_in_order(docx_lines(minutes_docx(ctx, "ru")), RU_ORDER)


def test_kazakh_minutes_follow_the_official_order(ctx: MinutesContext) -> None:
    _assert_in_order(docx_lines(minutes_docx(ctx, "kk")), KK_ORDER)


def test_terms_and_notes_in_words(ctx: MinutesContext) -> None:
    ru = docx_lines(minutes_docx(ctx, "ru"))
    assert "Срок: до 10 апреля 2026 года. Решение носит обязательный характер." in ru
    assert (
        "Срок: ежеквартально, до 5 числа месяца, следующего за отчетным кварталом."
        " Решение носит обязательный характер."
    ) in ru
    assert "Срок: в течение 30 календарных дней (до 13 апреля 2026 года)." in ru
    assert "Срок: постоянно." in ru
    assert ru.count("Информацию об исполнении направить секретарю комиссии.") == 3
    kk = docx_lines(minutes_docx(ctx, "kk"))
    assert "Мерзімі: тұрақты." in kk
    assert "Мерзімі: 30 күнтізбелік күн ішінде (2026 жылғы 13 сәуірге дейін)." in kk


def test_a_recommendation_is_not_called_binding(ctx: MinutesContext) -> None:
    lines = docx_lines(minutes_docx(ctx, "ru"))
    after = lines[index_of(lines, "2.3. ") + 1]
    assert after.startswith("Срок:")
    assert "обязательный" not in after


def test_one_vote_line_per_item_when_the_votes_agree(ctx: MinutesContext) -> None:
    lines = docx_lines(minutes_docx(ctx, "ru"))
    item_one = lines[index_of(lines, "I. ") : index_of(lines, "II. ")]
    votes = [line for line in item_one if line.startswith("Итоги голосования")]
    assert votes == ["Итоги голосования: «за» — 9, «против» — нет, «воздержались» — нет."]
    assert item_one.index(votes[0]) > index_of(item_one, "1.3. ")


def test_a_vote_line_after_each_point_when_the_votes_differ(ctx: MinutesContext) -> None:
    lines = docx_lines(minutes_docx(ctx, "ru"))
    item_two = lines[index_of(lines, "II. ") : index_of(lines, "III. ")]
    votes = [line for line in item_two if line.startswith("Итоги голосования")]
    assert len(votes) == 4
    assert votes[2] == "Итоги голосования: «за» — 7, «против» — 1, «воздержались» — 1."
    assert votes[3].endswith("При равенстве голосов решение принято голосом председательствующего.")


def test_removal_is_generated_only_when_not_typed(ctx: MinutesContext) -> None:
    lines = docx_lines(minutes_docx(ctx, "ru"))
    assert "1.2. Снять с контроля пункты 1.2, 2.1 протокола № 2 от 15 декабря 2025 года." in lines
    extension = [line for line in lines if "продлить срок" in line.lower()]
    assert len(extension) == 1  # the typed sentence, not a generated second one
    typed = dataclasses.replace(
        SOCIAL.decisions[0], number="1.2", text=Bilingual("Снять с контроля п. 1.2.")
    )
    typed = dataclasses.replace(
        typed, kind=DecisionKind.REMOVE_FROM_CONTROL, removes=PROGRESS.decisions[1].removes
    )
    item = dataclasses.replace(PROGRESS, decisions=(typed,))
    lines = docx_lines(minutes_docx(dataclasses.replace(ctx, agenda=(item,)), "ru"))
    assert "1.2. Снять с контроля п. 1.2." in lines
    assert not any("протокола № 2" in line for line in lines)


def test_extension_is_generated_when_not_typed(ctx: MinutesContext) -> None:
    empty = dataclasses.replace(PROGRESS.decisions[2], text=Bilingual(""))
    item = dataclasses.replace(PROGRESS, decisions=(empty,))
    lines = docx_lines(minutes_docx(dataclasses.replace(ctx, agenda=(item,)), "ru"))
    assert (
        "1.3. Продлить срок исполнения пункта 3.2 протокола № 2 от 15 декабря 2025 года"
        " до 30 апреля 2026 года."
    ) in lines


def test_attendance_lines(ctx: MinutesContext) -> None:
    lines = docx_lines(minutes_docx(ctx, "ru"))
    assert (
        "Отсутствовали: Ахметова Д. К. (отпуск), Ли В. С. (командировка; заменяет Ким А. В.,"
        " заместитель начальника отдела занятости)."
    ) in lines
    assert (
        "Приглашенные: Омаров Т. Т., прокурор района; Жакупова Г. С., председатель ОО «Шанс»."
    ) in lines
    no_quorum = dataclasses.replace(ctx, voting_present=5, has_quorum=False)
    assert any(
        line.endswith("5 из 11 (список прилагается); кворум отсутствует.")
        for line in docx_lines(minutes_docx(no_quorum, "ru"))
    )


def test_clients_appear_by_initials_and_case_number(ctx: MinutesContext) -> None:
    lines = docx_lines(minutes_docx(ctx, "ru"))
    assert any(line.endswith("(Б-ов Н. К., дело № 14/2026).") for line in lines)
    assert any(line.startswith("III. ") and "дело № 14/2026" in line for line in lines)


def test_extraordinary_and_amended_minutes(ctx: MinutesContext) -> None:
    amended = dataclasses.replace(
        ctx,
        kind=MeetingKind.EXTRAORDINARY,
        minutes_state=MinutesState.AMENDED,
        revision=2,
        amended_on=date(2026, 3, 20),
    )
    ru = docx_lines(minutes_docx(amended, "ru"))
    assert any(line.startswith("внеочередного заседания межведомственной") for line in ru)
    assert "(с изменениями от 20 марта 2026 года, редакция 2)" in ru
    kk = docx_lines(minutes_docx(amended, "kk"))
    assert any(line.endswith("ведомствоаралық комиссия кезектен тыс отырысының") for line in kk)
    assert "(2026 жылғы 20 наурыздағы өзгерістермен, 2-редакция)" in kk


def test_deputy_chair_signs_as_deputy(ctx: MinutesContext) -> None:
    assert ctx.chair is not None
    deputy = dataclasses.replace(ctx, chair=dataclasses.replace(ctx.chair, role="deputy_chair"))
    lines = docx_lines(minutes_docx(deputy, "ru"))
    assert "Заместитель председателя комиссии | Б. Сейтказинов" in lines


def test_characters_word_cannot_hold_are_cleaned(ctx: MinutesContext) -> None:
    pasted = dataclasses.replace(
        PROGRESS,
        title=Bilingual("О ходе\x01 исполнения\x00 решений"),
        heard_summary=Bilingual("первая строка\x0bвторая строка\x0c\x07"),
        decisions=(
            dataclasses.replace(PROGRESS.decisions[0], text=Bilingual("Текст\x1f из Word\ud800")),
        ),
    )
    dirty = dataclasses.replace(
        ctx,
        agenda=(pasted,),
        venue=Bilingual("зал\x02"),
        control_assigned_to=Bilingual("\x0b"),
    )
    lines = docx_lines(minutes_docx(dirty, "ru"))
    text = "\n".join(lines)
    assert not any(ch in text for ch in "\x00\x01\x02\x07\x0b\x0c\x1f\ud800")
    assert "I. О ходе исполнения решений" in lines
    # Word's manual line break starts a new paragraph, as any new line of a typed text does.
    assert "СЛУШАЛИ: Нурланову А. Е. — первая строка" in lines
    assert "вторая строка" in lines
    assert "1.1. Текст из Word" in lines


def test_file_properties_and_language(ctx: MinutesContext) -> None:
    document = docx.Document(io.BytesIO(minutes_docx(ctx, "kk")))
    assert document.core_properties.language == "kk-KZ"
    assert "ХАТТАМАСЫ" in document.core_properties.title
    lang = document.styles.element.find(".//{*}rPrDefault//{*}lang")
    assert lang is not None
    assert lang.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val") == "kk-KZ"


def test_our_template_gives_the_layout(ctx: MinutesContext) -> None:
    document = docx.Document(io.BytesIO(minutes_docx(ctx, "ru")))
    assert _page(document) == (210, 30)
    title = next(p for p in document.paragraphs if p.text == "ПРОТОКОЛ")
    assert title.style is not None
    assert title.style.name == "Commission Title"
    assert title.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER


def _page(document: Any) -> tuple[int, int]:
    """Page width and left margin, in whole millimetres."""
    section = document.sections[0]
    return round(section.page_width.mm), round(section.left_margin.mm)


def _foreign_template(path: Path) -> Path:
    """An akimat's letterhead: Word's default styles only, A5 with its own margins and header."""
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(148), Mm(210)
    section.left_margin = Mm(25)
    section.header.paragraphs[0].text = "ӘКІМДІК БЛАНКІ — бланк акимата"
    document.add_paragraph("Образец текста, который не должен попасть в протокол")
    document.save(str(path))
    return path


def test_a_template_without_our_styles_still_works(ctx: MinutesContext, tmp_path: Path) -> None:
    template = _foreign_template(tmp_path / "akimat.docx")
    data = minutes_docx(ctx, "ru", template)
    document = docx.Document(io.BytesIO(data))
    section = document.sections[0]
    assert _page(document) == (148, 25)
    assert section.header.paragraphs[0].text == "ӘКІМДІК БЛАНКІ — бланк акимата"
    lines = docx_lines(data)
    assert not any("Образец текста" in line for line in lines)
    _assert_in_order(lines, RU_ORDER)
    title = next(p for p in document.paragraphs if p.text == "ПРОТОКОЛ")
    assert title.style is not None
    assert title.style.name == "Normal"
    assert title.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert all(run.bold for run in title.runs)
    point = next(p for p in document.paragraphs if p.text.startswith("2.2. "))
    assert point.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert point.paragraph_format.first_line_indent is not None


def test_a_bare_record_still_makes_minutes(ctx: MinutesContext) -> None:
    """A draft with nothing filled in yet: no chair, nobody listed, an empty agenda, online."""
    bare = dataclasses.replace(
        ctx,
        chair=None,
        secretary=None,
        present=(),
        absent=(),
        invited=(),
        agenda=(),
        start_time=None,
        venue=Bilingual(""),
        format=MeetingFormat.ONLINE,
        control_assigned_to=Bilingual(""),
    )
    lines = docx_lines(minutes_docx(bare, "kk"))
    assert "Қосшы қ. | № 3" in lines
    assert "2026 жылғы «12» наурыз | бейнеконференцбайланыс режимінде" in lines
    assert not any(line.startswith(("КҮН ТӘРТІБІ", "Комиссия төрағасы")) for line in lines)


def test_an_akimat_dotx_template(ctx: MinutesContext, tmp_path: Path) -> None:
    """Offices keep letterheads as Word templates (.dotx): they work as templates here too."""
    source = _foreign_template(tmp_path / "akimat.docx")
    dotx = tmp_path / "akimat.dotx"
    with zipfile.ZipFile(source) as package, zipfile.ZipFile(dotx, "w") as converted:
        for item in package.infolist():
            content = package.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(b"document.main+xml", b"template.main+xml")
            converted.writestr(item, content)
    data = minutes_docx(ctx, "ru", dotx)
    assert _page(docx.Document(io.BytesIO(data))) == (148, 25)
    _assert_in_order(docx_lines(data), RU_ORDER)


def test_a_template_that_is_not_a_word_file(ctx: MinutesContext, tmp_path: Path) -> None:
    broken = tmp_path / "бланк.docx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(TemplateUnavailable) as raised:
        minutes_docx(ctx, "ru", broken)
    assert "бланк.docx" in raised.value.render()
    with pytest.raises(TemplateUnavailable):
        minutes_docx(ctx, "ru", tmp_path / "missing.docx")
