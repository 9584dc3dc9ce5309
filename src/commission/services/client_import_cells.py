"""One row of a client list as a client card: cell values read as text, IINs, dates,
districts, and the reason a row cannot become a card.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from commission.domain.enums import ClientCategory
from commission.domain.iin import restore_leading_zero
from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.domain.text import clean_text, looks_like_formula
from commission.services.client_import_headers import ClientField, category_of, header_key
from commission.services.clients import ClientData, cleaned
from commission.services.errors import InvalidInput

F = ClientField

_MIN_DISTRICT_STEM = 4
_DISTRICT_WORDS = frozenset({"район", "р н", "ауданы", "аудан", "district"})
_DASHES_ONLY = re.compile(r"^[-\u2010-\u2015\u2212]+$")
_TEXT_DATE = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$")
_NAME_FIELDS = (F.FULL_NAME, F.SURNAME, F.GIVEN_NAME, F.PATRONYMIC)
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DATE_FIELDS = frozenset({F.BIRTH_DATE, F.SENTENCE_START, F.SENTENCE_END, F.REGISTERED_ON})
# Fields a re-import compares and updates: only those the file has a column for.
CARD_FIELDS: dict[ClientField, str] = {
    F.SURNAME: "surname",
    F.GIVEN_NAME: "given_name",
    F.PATRONYMIC: "patronymic",
    F.CATEGORY: "category",
    F.ARTICLES: "articles",
    F.SENTENCE_START: "sentence_start",
    F.SENTENCE_END: "sentence_end",
    F.REGISTERED_ON: "registered_on",
    F.REGISTERED_ADDRESS: "registered_address",
    F.ACTUAL_ADDRESS: "actual_address",
    F.PHONE: "phone",
    F.DISTRICT: "district_id",
    F.OFFICER: "officer_id",
}


@dataclass(frozen=True)
class Officer:
    """A probation officer a list may name: the user and the district he works in."""

    user_id: int
    district_id: int | None


def cell_text(value: Any) -> str | None:
    """A cell as text: numbers without a trailing «.0», lone dashes as empty. Text that looks
    like a formula stays text; it is never evaluated."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = clean_text(str(value).replace("\u00a0", " "), multiline=False)
    if text is None or _DASHES_ONLY.match(text):
        return None
    return text


def cell_iin(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        # A number lost its leading zeros; put them back if that makes a valid IIN.
        return restore_leading_zero(str(value))
    return restore_leading_zero(cell_text(value) or "")


def cell_date(value: Any, column: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    # An Excel serial date in a cell formatted as a number.
    if isinstance(value, int | float) and not isinstance(value, bool) and 1 <= value < 2958466:
        from openpyxl.utils.datetime import from_excel  # on use: not before the first paint

        converted = from_excel(value)
        if isinstance(converted, datetime):
            return converted.date()
    text = cell_text(value)
    if text is None:
        return None
    try:
        if match := _ISO_DATE.match(text):
            return date(int(match[1]), int(match[2]), int(match[3]))
        if match := _TEXT_DATE.match(text):
            year = int(match[3])
            if len(match[3]) == 2:
                # Two digits: this century unless that would be in the future.
                year += 2000 if 2000 + year <= date.today().year else 1900
            return date(year, int(match[2]), int(match[1]))
    except ValueError:
        pass
    raise InvalidInput(
        QT_TRANSLATE_NOOP("Errors", "The value in column {column} is not a date."),
        "date",
        column=column,
    )


def find_district(districts: Mapping[str, int], text: str) -> int | None:
    """The district a cell names: exactly, or as the one whose name is the start of the
    other («Целиноградский р-н» for «Целиноград», «Косшы» for «Косшы қаласы»)."""
    key = district_key(text)
    if key in districts:
        return districts[key]
    if len(key) < _MIN_DISTRICT_STEM:
        return None
    found = {
        unit
        for name, unit in districts.items()
        if len(name) >= _MIN_DISTRICT_STEM and (key.startswith(name) or name.startswith(key))
    }
    return found.pop() if len(found) == 1 else None


def district_key(text: str) -> str:
    words = header_key(text).replace("р н", "район").split()
    return " ".join(w for w in words if w not in _DISTRICT_WORDS)


# --- rows ---------------------------------------------------------------------------------


@dataclass
class Draft:
    row: int
    data: ClientData | None = None
    reason: UserError | None = None
    fields: frozenset[ClientField] = field(default_factory=frozenset)


def _split_full_name(text: str) -> tuple[str, str | None, str | None]:
    parts = text.split()
    surname = parts[0]
    given = parts[1] if len(parts) > 1 else None
    patronymic = " ".join(parts[2:]) or None
    return surname, given, patronymic


def _formula_name(column: str, name_field: ClientField) -> InvalidInput:
    # Said as it is: «Enter the client's name» would send the officer looking for an empty cell.
    return InvalidInput(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The name in column {column} looks like a spreadsheet formula («=…»), not a "
            "person's name; correct the cell in the list.",
        ),
        "given_name" if name_field is F.GIVEN_NAME else "surname",
        column=column,
    )


def row_draft(
    number: int,
    row: Sequence[Any],
    columns: Mapping[ClientField, int],
    districts: Mapping[str, int],
    default_district: int | None,
    officers: Mapping[str, Officer],
) -> Draft:
    """The card a row describes; ``officers`` by ``header_key`` of their full names."""

    def cell(name: ClientField) -> Any:
        index = columns.get(name)
        return row[index] if index is not None and index < len(row) else None

    def letter(name: ClientField) -> str:
        from openpyxl.utils import get_column_letter  # on use: not before the first paint

        return str(get_column_letter(columns[name] + 1))

    present = frozenset(f for f in columns if f in CARD_FIELDS)
    try:
        for name_field in _NAME_FIELDS:
            if name_field in columns and looks_like_formula(cell_text(cell(name_field))):
                raise _formula_name(letter(name_field), name_field)
        surname = cell_text(cell(F.SURNAME))
        given = cell_text(cell(F.GIVEN_NAME))
        patronymic = cell_text(cell(F.PATRONYMIC))
        if F.FULL_NAME in columns and (full := cell_text(cell(F.FULL_NAME))):
            split = _split_full_name(full)
            surname = surname or split[0]
            given = given or split[1]
            patronymic = patronymic or split[2]
        dates = {f: cell_date(cell(f), letter(f)) for f in _DATE_FIELDS if f in columns}
        category_text = cell_text(cell(F.CATEGORY))
        category = category_of(category_text)
        district_id = default_district
        if F.DISTRICT in columns and (named := cell_text(cell(F.DISTRICT))):
            district_id = find_district(districts, named)
            if district_id is None:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The district «{district}» is not in the list of districts."
                    ),
                    "district_id",
                    district=named,
                )
        officer_id = _officer(officers, cell_text(cell(F.OFFICER)), district_id)
        data = ClientData(
            iin=cell_iin(cell(F.IIN)),
            surname=surname or "",
            given_name=given or "",
            patronymic=patronymic,
            district_id=district_id or 0,
            category=category or ClientCategory.CONDITIONAL,
            birth_date=dates.get(F.BIRTH_DATE),
            articles=cell_text(cell(F.ARTICLES)),
            sentence_start=dates.get(F.SENTENCE_START),
            sentence_end=dates.get(F.SENTENCE_END),
            registered_on=dates.get(F.REGISTERED_ON),
            registered_address=cell_text(cell(F.REGISTERED_ADDRESS)),
            actual_address=cell_text(cell(F.ACTUAL_ADDRESS)),
            phone=cell_text(cell(F.PHONE)),
            officer_id=officer_id,
        )
        data = cleaned(data)
        if category is None:
            if category_text is None:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "The register category is missing."), "category"
                )
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The register category «{category}» is unknown."),
                "category",
                category=category_text,
            )
        if district_id is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The district is missing."), "district_id"
            )
    except UserError as reason:
        return Draft(number, reason=reason)
    return Draft(number, data=data, fields=present)


def _officer(
    officers: Mapping[str, Officer], named: str | None, district: int | None
) -> int | None:
    if named is None:
        return None
    officer = officers.get(header_key(named))
    if officer is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The probation officer «{officer}» is not a user of the program."
            ),
            "officer_id",
            officer=named,
        )
    if officer.district_id is not None and district is not None and officer.district_id != district:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The probation officer chosen works in another district."),
            "officer_id",
        )
    return officer.user_id


def is_empty(row: Sequence[Any]) -> bool:
    return all(cell_text(v) is None for v in row)
