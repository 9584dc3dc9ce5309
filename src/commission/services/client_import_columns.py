"""The header of a client list as the import dialog shows it before anything is imported:
which columns the import recognises, and which the officer still has to name by hand.

Only the first rows are read (the header is looked for where ``import_clients`` looks for
it), so choosing even a large file shows its columns at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from commission.domain.messages import UserError
from commission.domain.permissions import Permission
from commission.services.client_import_headers import (
    HEADER_SEARCH_ROWS,
    ClientField,
    recognise_header,
)
from commission.services.common import clean_text
from commission.services.context import Actor
from commission.services.import_file import read_table

_NAME_FIELDS: frozenset[StrEnum] = frozenset(
    {ClientField.IIN, ClientField.FULL_NAME, ClientField.SURNAME}
)


@dataclass(frozen=True)
class ColumnHeader:
    """One column of the header row: its letter, its text, the field it is recognised as."""

    letter: str
    text: str
    field: StrEnum | None  # a ClientField, or a MeasureField for a sheet of measures


@dataclass(frozen=True)
class HeaderPreview:
    """The header row found (1-based Excel row; None when no row looks like one)."""

    row: int | None
    columns: tuple[ColumnHeader, ...]
    warnings: tuple[UserError, ...] = ()

    @property
    def recognised(self) -> tuple[ColumnHeader, ...]:
        return tuple(c for c in self.columns if c.field is not None)

    @property
    def unrecognised(self) -> tuple[ColumnHeader, ...]:
        return tuple(c for c in self.columns if c.field is None)


def _header_text(value: Any) -> str:
    if value is None:
        return ""
    return clean_text(str(value).replace("\u00a0", " "), multiline=False) or ""


def _columns(
    row: list[Any], recognise: Callable[[Any], StrEnum | None]
) -> tuple[ColumnHeader, ...]:
    from openpyxl.utils import get_column_letter  # on use: not before the first paint

    found: list[ColumnHeader] = []
    taken: set[StrEnum] = set()
    for index, value in enumerate(row):
        text = _header_text(value)
        if not text:
            continue
        field = recognise(text)
        if field in taken:
            field = None  # the import uses the first column of a field; this one is free
        if field is not None:
            taken.add(field)
        found.append(ColumnHeader(get_column_letter(index + 1), text, field))
    return tuple(found)


def _nothing_remembered(_text: str) -> StrEnum | None:
    return None


def preview_header(
    actor: Actor,
    path: Path | str,
    remembered: Callable[[str], StrEnum | None] = _nothing_remembered,
) -> HeaderPreview:
    """The header row of the list in ``path``: the first row naming the IIN or the name with
    at least one more known column (``remembered`` gives the field the officer chose before
    for a header text), else the first row with two or more filled cells. ``ImportRefused``
    for a file that cannot be read, saying why."""
    actor.require(Permission.IMPORT_CLIENTS)
    return find_columns(path, remembered, recognise_header, _NAME_FIELDS)


def find_columns(
    path: Path | str,
    remembered: Callable[[str], StrEnum | None],
    recognise: Callable[[Any], StrEnum | None],
    named: frozenset[StrEnum],
) -> HeaderPreview:
    """``preview_header`` for any kind of sheet: ``named`` the fields of which a header row
    names one."""
    table = read_table(Path(path), limit=HEADER_SEARCH_ROWS)
    rows = table.rows
    fallback: int | None = None
    for index, row in enumerate(rows):
        columns = _columns(row, recognise)
        known = {c.field for c in columns if c.field is not None}
        known |= {f for c in columns if c.field is None and (f := remembered(c.text))}
        if known & named and len(known) >= 2:
            return HeaderPreview(index + 1, columns, table.warnings)
        if fallback is None and len(columns) >= 2:
            fallback = index
    if fallback is None:
        return HeaderPreview(None, (), table.warnings)
    return HeaderPreview(fallback + 1, _columns(rows[fallback], recognise), table.warnings)
