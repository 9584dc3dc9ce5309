"""The columns of a client list: the card fields, the headers people write for them in
Russian and Kazakh, the register categories, and finding the header row (or the mapping by hand).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Any

from commission.domain.enums import ClientCategory
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.services.import_file import ImportRefused

HEADER_SEARCH_ROWS = 30
_PUNCTUATION = re.compile(r"[^\w]+")
_LETTERS = re.compile(r"^[A-Za-z]{1,3}$")


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


F = ClientField

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
        return None
    if key in _HEADERS:
        return _HEADERS[key]
    best: tuple[int, ClientField] | None = None
    for alias, found in _HEADERS.items():
        if key.startswith(alias + " ") and (best is None or len(alias) > best[0]):
            best = (len(alias), found)
    return best[1] if best else None


def _recognised(row: Sequence[Any]) -> dict[ClientField, int]:
    columns: dict[ClientField, int] = {}
    for index, value in enumerate(row):
        found = recognise_header(value)
        if found is not None and found not in columns:
            columns[found] = index
    return columns


def parse_mapping(mapping: Mapping[str, str] | None) -> dict[ClientField, str]:
    """``{column letter or header: field name}`` turned round into ``{field: column}``."""
    parsed: dict[ClientField, str] = {}
    for column, name in (mapping or {}).items():
        try:
            parsed[ClientField(name.strip())] = column.strip()
        except ValueError:
            raise ImportRefused(
                QT_TRANSLATE_NOOP(
                    "Errors", "«{field}» is not a client field; use one of: {fields}."
                ),
                field=name,
                fields=", ".join(f.value for f in ClientField),
            ) from None
    return parsed


def find_header(
    rows: Sequence[Sequence[Any]], mapping: Mapping[ClientField, str]
) -> tuple[int, dict[ClientField, int]]:
    """(index of the header row, field -> column index) from recognised and mapped headers."""
    mapped_headers = {header_key(v): f for f, v in mapping.items() if not _LETTERS.match(v)}
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        columns = _recognised(row)
        for position, value in enumerate(row):
            mapped = mapped_headers.get(header_key(value))
            if mapped is not None:
                columns[mapped] = position
        named = F.IIN in columns or F.FULL_NAME in columns or F.SURNAME in columns
        if named and len(columns) >= 2:
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


def _apply_mapping(
    header: Sequence[Any], columns: dict[ClientField, int], mapping: Mapping[ClientField, str]
) -> dict[ClientField, int]:
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
