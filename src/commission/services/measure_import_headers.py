"""The columns of an officer's sheet of programmes and measures, and the words people write in
them for the kind of need and the state of a measure, in Russian and Kazakh.

The same headers as in a client list name the client (IIN, name), the row number, the district
and the officer; the program's own cases register is read by this import too, so its columns
(case No., opening date, programme, counts of measures) are known here.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from commission.domain.enums import MeasureState, NeedKind
from commission.services.client_import_headers import (
    ClientField,
    header_key,
    lookup_header,
    recognise_header,
)


class MeasureField(StrEnum):
    """The fields a column of a measures sheet can hold (the names ``--map`` accepts)."""

    IIN = "iin"
    CASE_NUMBER = "case_number"
    OPENED_ON = "opened_on"
    NEED_KIND = "need_kind"
    ACTION = "action"
    AGENCY = "agency"
    DEADLINE = "deadline"
    STATE = "state"
    OUTCOME = "outcome"
    COMPLETED_ON = "completed_on"
    # Known, not imported: for the reader of the sheet, or kept by the program itself.
    ROW_NUMBER = "row_number"
    CLIENT = "client"
    DISTRICT = "district"
    OFFICER = "officer"
    PROGRAMME_STATE = "programme_state"
    MEASURES_OPEN = "measures_open"
    MEASURES_OVERDUE = "measures_overdue"


M = MeasureField
NOT_IMPORTED = frozenset(
    {
        M.ROW_NUMBER,
        M.CLIENT,
        M.DISTRICT,
        M.OFFICER,
        M.PROGRAMME_STATE,
        M.MEASURES_OPEN,
        M.MEASURES_OVERDUE,
    }
)
# A header row names the client or the case.
NAMED = frozenset({M.IIN, M.CASE_NUMBER})

_FROM_CLIENT_LIST = {
    ClientField.IIN: M.IIN,
    ClientField.FULL_NAME: M.CLIENT,
    ClientField.SURNAME: M.CLIENT,
    ClientField.ROW_NUMBER: M.ROW_NUMBER,
    ClientField.DISTRICT: M.DISTRICT,
    ClientField.OFFICER: M.OFFICER,
}
_CASE_NUMBER_WORDS = frozenset({"дела", "іс", "дело"})

# After header_key; a header also matches when it starts with one of these and a space.
_HEADERS: dict[str, MeasureField] = {
    "номер дела": M.CASE_NUMBER,
    "іс нөмірі": M.CASE_NUMBER,
    "клиент": M.CLIENT,
    "дата открытия": M.OPENED_ON,
    "дата открытия дела": M.OPENED_ON,
    "ашылған күні": M.OPENED_ON,
    "программа": M.PROGRAMME_STATE,
    "бағдарлама": M.PROGRAMME_STATE,
    "мероприятий в работе": M.MEASURES_OPEN,
    "орындалып жатқан іс шаралар": M.MEASURES_OPEN,
    "просрочено мероприятий": M.MEASURES_OVERDUE,
    "мерзімі өткен іс шаралар": M.MEASURES_OVERDUE,
    "потребность": M.NEED_KIND,
    "вид потребности": M.NEED_KIND,
    "вид помощи": M.NEED_KIND,
    "направление": M.NEED_KIND,
    "қажеттілік": M.NEED_KIND,
    "қажеттілік түрі": M.NEED_KIND,
    "көмек түрі": M.NEED_KIND,
    "мероприятие": M.ACTION,
    "мероприятия": M.ACTION,
    "наименование мероприятия": M.ACTION,
    "содержание мероприятия": M.ACTION,
    "іс шара": M.ACTION,
    "іс шаралар": M.ACTION,
    "іс шараның атауы": M.ACTION,
    "исполнитель": M.AGENCY,
    "ответственный исполнитель": M.AGENCY,
    "ответственный орган": M.AGENCY,
    "орган": M.AGENCY,
    "организация": M.AGENCY,
    "орындаушы": M.AGENCY,
    "жауапты орган": M.AGENCY,
    "ұйым": M.AGENCY,
    "срок": M.DEADLINE,
    "срок исполнения": M.DEADLINE,
    "срок выполнения": M.DEADLINE,
    "мерзім": M.DEADLINE,
    "мерзімі": M.DEADLINE,
    "орындау мерзімі": M.DEADLINE,
    "статус": M.STATE,
    "состояние": M.STATE,
    "отметка об исполнении": M.STATE,
    "жағдайы": M.STATE,
    "мәртебесі": M.STATE,
    "орындалуы": M.STATE,
    "результат": M.OUTCOME,
    "итог": M.OUTCOME,
    "нәтиже": M.OUTCOME,
    "нәтижесі": M.OUTCOME,
    "дата исполнения": M.COMPLETED_ON,
    "дата выполнения": M.COMPLETED_ON,
    "орындалған күні": M.COMPLETED_ON,
}

# Tried in order on the folded cell: «лечение зависимости» is addiction, not health care.
_NEEDS: tuple[tuple[str, NeedKind], ...] = (
    ("зависим", NeedKind.ADDICTION),
    ("нарко", NeedKind.ADDICTION),
    ("алкогол", NeedKind.ADDICTION),
    ("тәуелді", NeedKind.ADDICTION),
    ("психолог", NeedKind.PSYCHOLOGICAL),
    ("труд", NeedKind.EMPLOYMENT),
    ("занят", NeedKind.EMPLOYMENT),
    ("работ", NeedKind.EMPLOYMENT),
    ("жұмыс", NeedKind.EMPLOYMENT),
    ("жиль", NeedKind.HOUSING),
    ("жилищ", NeedKind.HOUSING),
    ("тұрғын үй", NeedKind.HOUSING),
    ("баспана", NeedKind.HOUSING),
    ("документ", NeedKind.DOCUMENTS),
    ("құжат", NeedKind.DOCUMENTS),
    ("медицин", NeedKind.HEALTH),
    ("здоров", NeedKind.HEALTH),
    ("медициналық", NeedKind.HEALTH),
    ("денсаулық", NeedKind.HEALTH),
    ("образован", NeedKind.EDUCATION),
    ("обучен", NeedKind.EDUCATION),
    ("білім", NeedKind.EDUCATION),
    ("оқу", NeedKind.EDUCATION),
    ("правов", NeedKind.LEGAL),
    ("юрид", NeedKind.LEGAL),
    ("құқықтық", NeedKind.LEGAL),
    ("заң", NeedKind.LEGAL),
    ("выплат", NeedKind.BENEFITS),
    ("пособ", NeedKind.BENEFITS),
    ("социальн", NeedKind.BENEFITS),
    ("әлеуметтік", NeedKind.BENEFITS),
    ("жәрдемақы", NeedKind.BENEFITS),
    ("семе", NeedKind.FAMILY),
    ("семь", NeedKind.FAMILY),
    ("отбасы", NeedKind.FAMILY),
)
_STATES: tuple[tuple[str, MeasureState], ...] = (
    ("комисси", MeasureState.ESCALATED),
    ("комиссия", MeasureState.ESCALATED),
    ("перенаправ", MeasureState.REDIRECTED),
    ("переадрес", MeasureState.REDIRECTED),
    ("қайта бағыт", MeasureState.REDIRECTED),
    ("невозможно", MeasureState.IMPOSSIBLE),
    ("мүмкін емес", MeasureState.IMPOSSIBLE),
    ("отказ", MeasureState.REFUSED),
    ("бас тарт", MeasureState.REFUSED),
    ("выполняется", MeasureState.IN_PROGRESS),
    ("исполняется", MeasureState.IN_PROGRESS),
    ("в работе", MeasureState.IN_PROGRESS),
    ("в процессе", MeasureState.IN_PROGRESS),
    ("орындалуда", MeasureState.IN_PROGRESS),
    ("оказано", MeasureState.PROVIDED),
    ("исполнено", MeasureState.PROVIDED),
    ("выполнено", MeasureState.PROVIDED),
    ("көрсетілді", MeasureState.PROVIDED),
    ("орындалды", MeasureState.PROVIDED),
    ("назначено", MeasureState.ASSIGNED),
    ("запланировано", MeasureState.ASSIGNED),
    ("тағайындалды", MeasureState.ASSIGNED),
    ("жоспарланды", MeasureState.ASSIGNED),
)


def recognise_measure_header(value: Any) -> MeasureField | None:
    """The field a header cell of a measures sheet names, or None."""
    key = header_key(value)
    if key in _CASE_NUMBER_WORDS and "№" in str(value):
        return M.CASE_NUMBER  # «№ дела», «Іс №»; «Дела» alone counts a client's cases
    found = lookup_header(key, _HEADERS)
    if found is not None:
        return found
    client = recognise_header(value)
    return _FROM_CLIENT_LIST.get(client) if client is not None else None


def _word_match(text: str | None, words: tuple[tuple[str, Any], ...], kind: type[Any]) -> Any:
    key = header_key(text)
    if not key:
        return None
    for value in kind:
        if key == value.value.replace("_", " "):
            return value
    for word, found in words:
        if word in key:
            return found
    return None


def need_kind_of(text: str | None) -> NeedKind | None:
    """The kind of need a cell names, in Russian or Kazakh, or None."""
    found: NeedKind | None = _word_match(text, _NEEDS, NeedKind)
    return found


def measure_state_of(text: str | None) -> MeasureState | None:
    """The state of a measure a cell names, in Russian or Kazakh, or None."""
    found: MeasureState | None = _word_match(text, _STATES, MeasureState)
    return found
