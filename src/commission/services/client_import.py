"""Import of the client lists probation services and secretaries keep in Excel today.

The lists are messy: title rows above the header, Russian or Kazakh headers worded a dozen ways,
IINs that Excel turned into numbers and so lost a leading zero, dates as real dates or as text,
non-breaking spaces, empty rows, merged cells, text that starts like a formula. Each row ends as
created, updated, unchanged or rejected with its Excel row number and the reason; a dry run
computes exactly that without writing, and otherwise the accepted rows go in one transaction.
Importing the same file twice changes nothing the second time.

The file is read with openpyxl in read-only mode (cached values, formulas never evaluated); the
merged ranges, which that mode does not expose, are read from the sheet's XML separately.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.utils.datetime import from_excel
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from commission.db.engine import Database
from commission.db.models import AdminUnit, Client
from commission.domain.enums import AuditAction, ClientCategory, Role
from commission.domain.iin import restore_leading_zero
from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.domain.permissions import Permission, can_see_district
from commission.services import audit
from commission.services.clients import ClientData, cleaned
from commission.services.common import clean_text
from commission.services.context import Actor
from commission.services.errors import InvalidInput
from commission.services.registers import search_key

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

_HEADER_SEARCH_ROWS = 30
_PROGRESS_EVERY = 250
_CHUNK = 500


class ImportRefused(UserError):
    """The file cannot be imported at all; nothing was changed."""


class ImportCancelled(UserError):
    """The user stopped the import; nothing was changed."""


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

_MIN_DISTRICT_STEM = 4
_DISTRICT_WORDS = frozenset({"район", "р н", "ауданы", "аудан", "district"})
_PUNCTUATION = re.compile(r"[^\w]+")
_LETTERS = re.compile(r"^[A-Za-z]{1,3}$")
_DASHES_ONLY = re.compile(r"^[-\u2010-\u2015\u2212]+$")
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')
_TEXT_DATE = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_MERGE_TAG_MAX = 200  # bytes: longer than any <mergeCell ref="…"/> tag
_DATE_FIELDS = frozenset({F.BIRTH_DATE, F.SENTENCE_START, F.SENTENCE_END, F.REGISTERED_ON})
# Fields a re-import compares and updates: only those the file has a column for.
_CARD_FIELDS: dict[ClientField, str] = {
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
}


class RowOutcome(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REJECTED = "rejected"


@dataclass(frozen=True)
class ImportRow:
    """What became of one Excel row; ``reason`` says why it was rejected."""

    row: int
    outcome: RowOutcome
    reason: UserError | None = None
    client_id: int | None = None


@dataclass(frozen=True)
class ImportResult:
    rows: tuple[ImportRow, ...]
    dry_run: bool
    header_row: int
    columns: Mapping[ClientField, str]  # field -> column letter

    def count(self, outcome: RowOutcome) -> int:
        return sum(1 for r in self.rows if r.outcome is outcome)

    @property
    def rejected(self) -> tuple[ImportRow, ...]:
        return tuple(r for r in self.rows if r.outcome is RowOutcome.REJECTED)


# --- reading the workbook -----------------------------------------------------------------


def file_refused() -> ImportRefused:
    """The one refusal for a file that is not a readable .xlsx (also for the header preview)."""
    return ImportRefused(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The file is not an Excel workbook (.xlsx) or it is damaged; nothing was imported. "
            "Open it in Excel and save it again as «Excel Workbook (.xlsx)».",
        )
    )


def _merged_ranges(archive: Any, sheet_path: str) -> set[tuple[int, int, int, int]]:
    """(first row, first column, last row, last column) of every merged range of the sheet,
    found by scanning the sheet's XML in chunks (a set: a tag in the overlap is seen twice)."""
    found: set[tuple[int, int, int, int]] = set()
    tail = b""
    with archive.open(sheet_path) as stream:
        while chunk := stream.read(1 << 20):
            text = tail + chunk
            for match in _MERGE.finditer(text):
                c1, r1, c2, r2 = match.groups()
                found.add(
                    (
                        int(r1),
                        column_index_from_string(c1.decode()),
                        int(r2),
                        column_index_from_string(c2.decode()),
                    )
                )
            tail = text[-_MERGE_TAG_MAX:]
    return found


def _read_rows(path: Path, cancelled: Cancelled | None) -> list[list[Any]]:
    """All rows of the active sheet as lists of values, merged cells filled in."""
    if not path.is_file() or not zipfile.is_zipfile(path):
        raise file_refused()
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise file_refused() from exc
    try:
        sheet: Any = workbook.active
        if sheet is None or not hasattr(sheet, "_worksheet_path"):
            raise file_refused()
        # Some programs write a wrong <dimension>; read whatever rows there really are.
        sheet.reset_dimensions()
        rows: list[list[Any]] = []
        for values in sheet.iter_rows(min_row=1, min_col=1, values_only=True):
            rows.append(list(values))
            if cancelled is not None and len(rows) % _PROGRESS_EVERY == 0 and cancelled():
                raise _cancelled()
        merges = _merged_ranges(workbook._archive, sheet._worksheet_path)
    except UserError:
        raise
    except Exception as exc:  # a truncated or corrupt part shows only while reading
        raise file_refused() from exc
    finally:
        workbook.close()
    for r1, c1, r2, c2 in sorted(merges):
        if r1 > len(rows):
            continue
        top = rows[r1 - 1]
        value = top[c1 - 1] if c1 - 1 < len(top) else None
        for r in range(r1, min(r2, len(rows)) + 1):
            row = rows[r - 1]
            if len(row) < c2:
                row.extend([None] * (c2 - len(row)))
            for c in range(c1, c2 + 1):
                row[c - 1] = value
    return rows


def _cancelled() -> ImportCancelled:
    return ImportCancelled(
        QT_TRANSLATE_NOOP("Errors", "The import was cancelled; nothing was changed.")
    )


# --- headers ------------------------------------------------------------------------------


def _header_key(value: Any) -> str:
    if value is None:
        return ""
    text = str(value).replace("\u00a0", " ").casefold().replace("ё", "е")
    return " ".join(_PUNCTUATION.sub(" ", text).replace("_", " ").split())


def recognise_header(value: Any) -> ClientField | None:
    """The field a header cell names, or None."""
    key = _header_key(value)
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


def _parse_mapping(mapping: Mapping[str, str] | None) -> dict[ClientField, str]:
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


def _find_header(
    rows: Sequence[Sequence[Any]], mapping: Mapping[ClientField, str]
) -> tuple[int, dict[ClientField, int]]:
    """(index of the header row, field -> column index) from recognised and mapped headers."""
    mapped_headers = {_header_key(v): f for f, v in mapping.items() if not _LETTERS.match(v)}
    for index, row in enumerate(rows[:_HEADER_SEARCH_ROWS]):
        columns = _recognised(row)
        for position, value in enumerate(row):
            mapped = mapped_headers.get(_header_key(value))
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
        rows=_HEADER_SEARCH_ROWS,
    )


def _apply_mapping(
    header: Sequence[Any], columns: dict[ClientField, int], mapping: Mapping[ClientField, str]
) -> dict[ClientField, int]:
    result = dict(columns)
    for found, column in mapping.items():
        if _LETTERS.match(column):
            result[found] = column_index_from_string(column.upper()) - 1
            continue
        key = _header_key(column)
        positions = [i for i, v in enumerate(header) if _header_key(v) == key]
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


# --- cell values --------------------------------------------------------------------------


def _text(value: Any) -> str | None:
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


def _iin(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        # A number lost its leading zeros; put them back if that makes a valid IIN.
        return restore_leading_zero(str(value))
    return restore_leading_zero(_text(value) or "")


def _date(value: Any, column: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    # An Excel serial date in a cell formatted as a number.
    if isinstance(value, int | float) and not isinstance(value, bool) and 1 <= value < 2958466:
        converted = from_excel(value)
        if isinstance(converted, datetime):
            return converted.date()
    text = _text(value)
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


def category_of(text: str | None) -> ClientCategory | None:
    """The register category a cell names, in Russian or Kazakh, or None."""
    key = _header_key(text)
    if not key:
        return None
    for value in ClientCategory:
        if key == value.value.replace("_", " "):
            return value
    for word, found in _CATEGORIES:
        if word in key:
            return found
    return None


def _find_district(districts: Mapping[str, int], text: str) -> int | None:
    """The district a cell names: exactly, or as the one whose name is the start of the
    other («Целиноградский р-н» for «Целиноград», «Косшы» for «Косшы қаласы»)."""
    key = _district_key(text)
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


def _district_key(text: str) -> str:
    words = _header_key(text).replace("р н", "район").split()
    return " ".join(w for w in words if w not in _DISTRICT_WORDS)


# --- rows ---------------------------------------------------------------------------------


@dataclass
class _Draft:
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


def _draft(
    number: int,
    row: Sequence[Any],
    columns: Mapping[ClientField, int],
    districts: Mapping[str, int],
    default_district: int | None,
) -> _Draft:
    def cell(name: ClientField) -> Any:
        index = columns.get(name)
        return row[index] if index is not None and index < len(row) else None

    def letter(name: ClientField) -> str:
        return str(get_column_letter(columns[name] + 1))

    present = frozenset(f for f in columns if f in _CARD_FIELDS)
    try:
        surname = _text(cell(F.SURNAME))
        given = _text(cell(F.GIVEN_NAME))
        patronymic = _text(cell(F.PATRONYMIC))
        if F.FULL_NAME in columns and (full := _text(cell(F.FULL_NAME))):
            split = _split_full_name(full)
            surname = surname or split[0]
            given = given or split[1]
            patronymic = patronymic or split[2]
        dates = {f: _date(cell(f), letter(f)) for f in _DATE_FIELDS if f in columns}
        category_text = _text(cell(F.CATEGORY))
        category = category_of(category_text)
        district_id = default_district
        if F.DISTRICT in columns and (named := _text(cell(F.DISTRICT))):
            district_id = _find_district(districts, named)
            if district_id is None:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The district «{district}» is not in the list of districts."
                    ),
                    "district_id",
                    district=named,
                )
        data = ClientData(
            iin=_iin(cell(F.IIN)),
            surname=surname or "",
            given_name=given or "",
            patronymic=patronymic,
            district_id=district_id or 0,
            category=category or ClientCategory.CONDITIONAL,
            birth_date=dates.get(F.BIRTH_DATE),
            articles=_text(cell(F.ARTICLES)),
            sentence_start=dates.get(F.SENTENCE_START),
            sentence_end=dates.get(F.SENTENCE_END),
            registered_on=dates.get(F.REGISTERED_ON),
            registered_address=_text(cell(F.REGISTERED_ADDRESS)),
            actual_address=_text(cell(F.ACTUAL_ADDRESS)),
            phone=_text(cell(F.PHONE)),
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
        return _Draft(number, reason=reason)
    return _Draft(number, data=data, fields=present)


def _is_empty(row: Sequence[Any]) -> bool:
    return all(_text(v) is None for v in row)


# --- comparing with the database ----------------------------------------------------------


def _existing(session: Session, iins: Sequence[str]) -> dict[str, Client]:
    found: dict[str, Client] = {}
    for start in range(0, len(iins), _CHUNK):
        part = iins[start : start + _CHUNK]
        for client in session.scalars(select(Client).where(Client.iin.in_(part))):
            found[client.iin] = client
    return found


def _changes(client: Client, data: ClientData, fields: Iterable[ClientField]) -> dict[str, Any]:
    """The card values the file changes: only columns the file has, and no empty cell wipes
    out what the card already holds (a list seldom has every column filled)."""
    changes: dict[str, Any] = {}
    for name in fields:
        attribute = _CARD_FIELDS[name]
        new = getattr(data, attribute)
        if new is None:
            continue
        if getattr(client, attribute) != new:
            changes[attribute] = new
    return changes


def _scope_reason() -> InvalidInput:
    return InvalidInput(
        QT_TRANSLATE_NOOP(
            "Errors", "The client belongs to a district you do not serve; the row was skipped."
        ),
        "district_id",
    )


def _duplicate_reason(first_row: int) -> InvalidInput:
    return InvalidInput(
        QT_TRANSLATE_NOOP(
            "Errors", "The same IIN is already on row {row} of this file; the row was skipped."
        ),
        "iin",
        row=first_row,
    )


def _districts(session: Session) -> dict[str, int]:
    names: dict[str, int] = {}
    for unit in session.execute(select(AdminUnit.id, AdminUnit.name_ru, AdminUnit.name_kk)):
        for name in (unit.name_ru, unit.name_kk):
            if name:
                names.setdefault(_district_key(name), unit.id)
    return names


def _tick(done: int, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
    if done % _PROGRESS_EVERY and done != total:
        return
    if cancelled is not None and cancelled():
        raise _cancelled()
    if progress is not None:
        progress(done, total)


def import_clients(
    db: Database,
    actor: Actor,
    path: Path | str,
    *,
    mapping: Mapping[str, str] | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportResult:
    """Import the client list in ``path``. ``mapping`` gives the field of columns whose header
    is not recognised, ``{column letter or header text: field}`` (``{"C": "iin"}``), and
    overrides a recognised one. ``progress(done, total)``
    is called now and then; ``cancelled()`` returning True stops the import with nothing
    changed. Runs without Qt, so the GUI can call it off its thread."""
    actor.require(Permission.IMPORT_CLIENTS)
    fields = _parse_mapping(mapping)
    rows = _read_rows(Path(path), cancelled)
    header, columns = _find_header(rows, fields)
    default_district = actor.district_id if actor.role is Role.PROBATION_OFFICER else None
    data_rows = [(i + 1, r) for i, r in enumerate(rows) if i > header and not _is_empty(r)]
    total = len(data_rows)
    with db.transaction() as session:
        districts = _districts(session)
        drafts: list[_Draft] = []
        first_row_of: dict[str, int] = {}
        for done, (number, values) in enumerate(data_rows, start=1):
            draft = _draft(number, values, columns, districts, default_district)
            data = draft.data
            if data is not None:
                if not can_see_district(actor.role, actor.district_id, data.district_id):
                    draft = _Draft(number, reason=_scope_reason())
                elif data.iin in first_row_of:
                    draft = _Draft(number, reason=_duplicate_reason(first_row_of[data.iin]))
                else:
                    first_row_of[data.iin] = number
            drafts.append(draft)
            _tick(done, total, progress, cancelled)
        existing = _existing(session, list(first_row_of))
        results: list[ImportRow] = []
        created: list[tuple[int, dict[str, Any]]] = []
        updated: dict[int, list[str]] = {}
        for draft in drafts:
            if draft.data is None:
                results.append(ImportRow(draft.row, RowOutcome.REJECTED, draft.reason))
                continue
            data = draft.data
            client = existing.get(data.iin)
            if client is None:
                created.append((len(results), _new_client(actor, data)))
                results.append(ImportRow(draft.row, RowOutcome.CREATED))
                continue
            if not can_see_district(actor.role, actor.district_id, client.district_id):
                results.append(ImportRow(draft.row, RowOutcome.REJECTED, _scope_reason()))
                continue
            changes = _changes(client, data, draft.fields)
            if not changes:
                results.append(ImportRow(draft.row, RowOutcome.UNCHANGED, client_id=client.id))
                continue
            if not dry_run:
                for attribute, value in changes.items():
                    setattr(client, attribute, value)
                client.search_name = search_key(
                    client.surname, client.given_name, client.patronymic
                )
                client.updated_by = actor.login
            updated[client.id] = sorted(changes)
            results.append(ImportRow(draft.row, RowOutcome.UPDATED, client_id=client.id))
        if not dry_run:
            created_ids: list[int] = []
            if created:
                session.flush()  # the updates first, in the same transaction
                for start in range(0, len(created), _CHUNK):
                    part = created[start : start + _CHUNK]
                    ids = session.scalars(
                        insert(Client).returning(Client.id, sort_by_parameter_order=True),
                        [values for _, values in part],
                    ).all()
                    for (index, _), client_id in zip(part, ids, strict=True):
                        results[index] = replace(results[index], client_id=client_id)
                        created_ids.append(client_id)
                    audit.note_rows(session, Client, list(ids))  # stamped before the commit
            if created or updated:
                audit.record(
                    session,
                    actor,
                    AuditAction.CREATE if created else AuditAction.UPDATE,
                    "clients",
                    None,
                    {
                        "import": Path(path).name,
                        "created": created_ids,
                        "updated": {str(k): v for k, v in updated.items()},
                        "rejected": sum(1 for r in results if r.outcome is RowOutcome.REJECTED),
                    },
                )
            if cancelled is not None and cancelled():
                raise _cancelled()
    return ImportResult(
        rows=tuple(results),
        dry_run=dry_run,
        header_row=header + 1,
        columns={f: get_column_letter(i + 1) for f, i in columns.items()},
    )


def _new_client(actor: Actor, data: ClientData) -> dict[str, Any]:
    """The row of a new client, for one multi-row INSERT (ORM objects cost seconds here)."""
    return {
        "iin": data.iin,
        "surname": data.surname,
        "given_name": data.given_name,
        "patronymic": data.patronymic,
        "search_name": search_key(data.surname, data.given_name, data.patronymic),
        "birth_date": data.birth_date,
        "sex": data.sex,
        "district_id": data.district_id,
        "category": data.category,
        "articles": data.articles,
        "sentence_start": data.sentence_start,
        "sentence_end": data.sentence_end,
        "registered_on": data.registered_on,
        "registered_address": data.registered_address,
        "actual_address": data.actual_address,
        "phone": data.phone,
        "officer_id": actor.user_id if actor.role is Role.PROBATION_OFFICER else None,
        "consent_given": False,
        "updated_by": actor.login,
    }
