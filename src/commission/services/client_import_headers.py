"""The columns of a client list: the card fields, the headers people write for them in
Russian and Kazakh, the register categories, and finding the header row (or the mapping by hand).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from enum import StrEnum
from typing import Any, TypeVar

from commission.domain.enums import ClientCategory
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.services.import_file import ImportRefused

HEADER_SEARCH_ROWS = 30
_PUNCTUATION = re.compile(r"[^\w]+")
_LETTERS = re.compile(r"^[A-Za-z]{1,3}$")
E = TypeVar("E", bound=StrEnum)
Recognise = Callable[[Any], E | None]


class ClientField(StrEnum):
    """The client card fields a column can hold (the names ``--map`` accepts)."""

    FULL_NAME = "full_name"
    SURNAME = "surname"
    GIVEN_NAME = "given_name"
    PATRONYMIC = "patronymic"
    IIN = "iin"
    BIRTH_DATE = "birth_date"
    CATEGORY = "category"
    ARTICLES = "articles"
    SENTENCE_START = "sentence_start"
    SENTENCE_END = "sentence_end"
    REGISTERED_ON = "registered_on"
    REGISTERED_ADDRESS = "registered_address"
    ACTUAL_ADDRESS = "actual_address"
    PHONE = "phone"
    DISTRICT = "district"
    OFFICER = "officer"
    # Columns of the program's own clients register that the import knows but does not take:
    # the row number, the removal (done on the card, with its reason), the count of cases.
    ROW_NUMBER = "row_number"
    DEREGISTERED_ON = "deregistered_on"
    CASE_COUNT = "case_count"


F = ClientField
NOT_IMPORTED = frozenset({F.ROW_NUMBER, F.DEREGISTERED_ON, F.CASE_COUNT})
_ROW_NUMBER_MARKS = frozenset({"№", "#"})

# Headers as people write them, after _header_key (lower case, ё→е, punctuation dropped).
# A header also matches when it starts with one of these and a space («ФИО осужденного»);
# the longest such start wins, so «Адрес регистрации» is not taken for «Адрес».
_HEADERS: dict[str, ClientField] = {
    "фио": F.FULL_NAME,
    "ф и о": F.FULL_NAME,
    "фамилия имя отчество": F.FULL_NAME,
    "фамилия имя отчество при наличии": F.FULL_NAME,
    "тегі аты әкесінің аты": F.FULL_NAME,
    "тегі аты әкесінің аты бар болса": F.FULL_NAME,
    "таә": F.FULL_NAME,
    "т а ә": F.FULL_NAME,
    "аты жөні": F.FULL_NAME,
    "фамилия": F.SURNAME,
    "тегі": F.SURNAME,
    "имя": F.GIVEN_NAME,
    "аты": F.GIVEN_NAME,
    "отчество": F.PATRONYMIC,
    "әкесінің аты": F.PATRONYMIC,
    "иин": F.IIN,
    "жсн": F.IIN,
    "иин жсн": F.IIN,
    "жсн иин": F.IIN,
    "дата рождения": F.BIRTH_DATE,
    "д р": F.BIRTH_DATE,
    "год рождения": F.BIRTH_DATE,
    "туған күні": F.BIRTH_DATE,
    "туған жылы": F.BIRTH_DATE,
    "туған күні айы жылы": F.BIRTH_DATE,
    "категория": F.CATEGORY,
    "категория учета": F.CATEGORY,
    "санат": F.CATEGORY,
    "санаты": F.CATEGORY,
    "есеп санаты": F.CATEGORY,
    "статья": F.ARTICLES,
    "статьи": F.ARTICLES,
    "статья ук": F.ARTICLES,
    "статья ук рк": F.ARTICLES,
    "бап": F.ARTICLES,
    "бабы": F.ARTICLES,
    "қк бабы": F.ARTICLES,
    "начало срока": F.SENTENCE_START,
    "дата начала срока": F.SENTENCE_START,
    "мерзімнің басталуы": F.SENTENCE_START,
    "конец срока": F.SENTENCE_END,
    "окончание срока": F.SENTENCE_END,
    "дата окончания срока": F.SENTENCE_END,
    "мерзімнің аяқталуы": F.SENTENCE_END,
    "дата постановки на учет": F.REGISTERED_ON,
    "дата постановки": F.REGISTERED_ON,
    "поставлен на учет": F.REGISTERED_ON,
    "есепке қойылған күні": F.REGISTERED_ON,
    "есепке қою күні": F.REGISTERED_ON,
    "адрес регистрации": F.REGISTERED_ADDRESS,
    "адрес прописки": F.REGISTERED_ADDRESS,
    "тіркелген мекенжайы": F.REGISTERED_ADDRESS,
    "тіркеу мекенжайы": F.REGISTERED_ADDRESS,
    "адрес": F.ACTUAL_ADDRESS,
    "адрес проживания": F.ACTUAL_ADDRESS,
    "фактический адрес": F.ACTUAL_ADDRESS,
    "мекенжай": F.ACTUAL_ADDRESS,
    "мекенжайы": F.ACTUAL_ADDRESS,
    "тұрғылықты мекенжайы": F.ACTUAL_ADDRESS,
    "телефон": F.PHONE,
    "тел": F.PHONE,
    "контактный телефон": F.PHONE,
    "байланыс телефоны": F.PHONE,
    "район": F.DISTRICT,
    "аудан": F.DISTRICT,
    "ауданы": F.DISTRICT,
    "сотрудник службы пробации": F.OFFICER,
    "сотрудник пробации": F.OFFICER,
    "инспектор": F.OFFICER,
    "инспектор пробации": F.OFFICER,
    "ответственный сотрудник": F.OFFICER,
    "пробация қызметінің қызметкері": F.OFFICER,
    "пробация қызметкері": F.OFFICER,
    "жауапты қызметкер": F.OFFICER,
    "п п": F.ROW_NUMBER,
    "пп": F.ROW_NUMBER,
    "дата снятия с учета": F.DEREGISTERED_ON,
    "снят с учета": F.DEREGISTERED_ON,
    "есептен шығарылған күні": F.DEREGISTERED_ON,
    "есептен шығару күні": F.DEREGISTERED_ON,
    "дела": F.CASE_COUNT,
    "количество дел": F.CASE_COUNT,
    "істер": F.CASE_COUNT,
    "істер саны": F.CASE_COUNT,
}

# Category words, tried in this order on the folded cell text: «условно-досрочное» (parole)
# must be tried before «условн» (conditional sentence).
_CATEGORIES: tuple[tuple[str, ClientCategory], ...] = (
    ("удо", ClientCategory.PAROLE),
    ("условно досрочн", ClientCategory.PAROLE),
    ("мерзімінен бұрын", ClientCategory.PAROLE),
    ("несовершеннолет", ClientCategory.MINOR),
    ("кәмелетке толмаған", ClientCategory.MINOR),
    ("ограничен", ClientCategory.RESTRICTED_FREEDOM),
    ("бас бостандығын шектеу", ClientCategory.RESTRICTED_FREEDOM),
    ("отсроч", ClientCategory.DEFERRED),
    ("кейінге қалдыр", ClientCategory.DEFERRED),
    ("условн", ClientCategory.CONDITIONAL),
    ("шартты", ClientCategory.CONDITIONAL),
    ("освобожд", ClientCategory.RELEASED),
    ("пенитенциар", ClientCategory.RELEASED),
    ("босатылған", ClientCategory.RELEASED),
    ("досудеб", ClientCategory.PRETRIAL),
    ("сотқа дейін", ClientCategory.PRETRIAL),
    ("иное", ClientCategory.OTHER_NONCUSTODIAL),
    ("иные", ClientCategory.OTHER_NONCUSTODIAL),
    ("другое", ClientCategory.OTHER_NONCUSTODIAL),
    ("не связан", ClientCategory.OTHER_NONCUSTODIAL),
    ("өзге", ClientCategory.OTHER_NONCUSTODIAL),
)


def header_key(value: Any) -> str:
    if value is None:
        return ""
    text = str(value).replace("\u00a0", " ").casefold().replace("ё", "е")
    return " ".join(_PUNCTUATION.sub(" ", text).replace("_", " ").split())


def recognise_header(value: Any) -> ClientField | None:
    """The field a header cell names, or None."""
    key = header_key(value)
    if not key:
        # «№» alone: the punctuation that header_key drops is all there is.
        text = str(value or "").strip()
        return F.ROW_NUMBER if text in _ROW_NUMBER_MARKS else None
    return lookup_header(key, _HEADERS)


def lookup_header(key: str, headers: Mapping[str, E]) -> E | None:
    """The field of a folded header: exactly one of ``headers``, else the longest of them it
    starts with (and a space): «ФИО осужденного» is «ФИО», «Адрес регистрации» not «Адрес»."""
    if key in headers:
        return headers[key]
    best: tuple[int, E] | None = None
    for alias, found in headers.items():
        if key.startswith(alias + " ") and (best is None or len(alias) > best[0]):
            best = (len(alias), found)
    return best[1] if best else None


def _recognised(row: Sequence[Any], recognise: Recognise[E]) -> dict[E, int]:
    columns: dict[E, int] = {}
    for index, value in enumerate(row):
        found = recognise(value)
        if found is not None and found not in columns:
            columns[found] = index
    return columns


def parse_fields(mapping: Mapping[str, str] | None, kind: type[E], unknown: str) -> dict[E, str]:
    """``{column letter or header: field name}`` turned round into ``{field: column}``;
    ``unknown`` is the message for a name that is not one of ``kind``."""
    parsed: dict[E, str] = {}
    for column, name in (mapping or {}).items():
        try:
            parsed[kind(name.strip())] = column.strip()
        except ValueError:
            raise ImportRefused(
                unknown, field=name, fields=", ".join(f.value for f in kind)
            ) from None
    return parsed


def parse_mapping(mapping: Mapping[str, str] | None) -> dict[ClientField, str]:
    return parse_fields(
        mapping,
        ClientField,
        QT_TRANSLATE_NOOP("Errors", "«{field}» is not a client field; use one of: {fields}."),
    )


def locate_header(
    rows: Sequence[Sequence[Any]],
    mapping: Mapping[E, str],
    recognise: Recognise[E],
    named: frozenset[E],
) -> tuple[int, dict[E, int]]:
    """(index of the header row, field -> column index) from recognised and mapped headers:
    the first row with one of the ``named`` fields and one more; -1 with the mapping alone
    when every column is mapped by letter. The caller checks the columns it needs."""
    mapped_headers = {header_key(v): f for f, v in mapping.items() if not _LETTERS.match(v)}
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        columns = _recognised(row, recognise)
        for position, value in enumerate(row):
            mapped = mapped_headers.get(header_key(value))
            if mapped is not None:
                columns[mapped] = position
        if named & columns.keys() and len(columns) >= 2:
            return index, _apply_mapping(row, columns, mapping)
    if mapping and all(_LETTERS.match(v) for v in mapping.values()):
        # No header at all: the mapping by column letters is the whole truth.
        return -1, _apply_mapping([], {}, mapping)
    raise ImportRefused(
        QT_TRANSLATE_NOOP(
            "Errors",
            "No header row with the IIN and the name was found in the first {rows} rows. "
            "Map the columns by hand.",
        ),
        rows=HEADER_SEARCH_ROWS,
    )


def find_header(
    rows: Sequence[Sequence[Any]], mapping: Mapping[ClientField, str]
) -> tuple[int, dict[ClientField, int]]:
    """(index of the header row, field -> column index) from recognised and mapped headers."""
    header, result = locate_header(
        rows, mapping, recognise_header, frozenset({F.IIN, F.FULL_NAME, F.SURNAME})
    )
    if F.IIN not in result:
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "Errors", "No IIN column was found. Map it by hand (for example iin=C)."
            )
        )
    if F.FULL_NAME not in result and F.SURNAME not in result:
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "No column with the surname or the full name was found. Map it by hand "
                "(for example full_name=B).",
            )
        )
    return header, result


def _apply_mapping(
    header: Sequence[Any], columns: dict[E, int], mapping: Mapping[E, str]
) -> dict[E, int]:
    from openpyxl.utils import column_index_from_string  # on use: not before the first paint

    result = dict(columns)
    for found, column in mapping.items():
        if _LETTERS.match(column):
            result[found] = column_index_from_string(column.upper()) - 1
            continue
        key = header_key(column)
        positions = [i for i, v in enumerate(header) if header_key(v) == key]
        if not positions:
            raise ImportRefused(
                QT_TRANSLATE_NOOP("Errors", "There is no column «{column}» in the header row."),
                column=column,
            )
        result[found] = positions[0]
    return result


def category_of(text: str | None) -> ClientCategory | None:
    """The register category a cell names, in Russian or Kazakh, or None."""
    key = header_key(text)
    if not key:
        return None
    for value in ClientCategory:
        if key == value.value.replace("_", " "):
            return value
    for word, found in _CATEGORIES:
        if word in key:
            return found
    return None
