"""What the import dialog can import: the clients, or the programmes and measures of their
cases. Each kind has its fields and their labels, its header preview and its import service;
the dialog is the same for both."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from commission import settings as local_settings
from commission.services.client_import import (
    NOT_IMPORTED,
    ClientField,
    ImportResult,
    import_clients,
)
from commission.services.client_import_columns import HeaderPreview, preview_header
from commission.services.context import Actor
from commission.services.import_file import FILE_PATTERNS
from commission.services.measure_import import import_measures, preview_measures_header
from commission.services.measure_import_headers import NOT_IMPORTED as MEASURES_NOT_IMPORTED
from commission.services.measure_import_headers import MeasureField
from commission.ui.clients.labels import client_field_label, measure_field_label

__all__ = ["FILE_PATTERNS", "SPECS", "ImportKind", "KindSpec", "kind_label", "remembered_field"]


class ImportKind(Enum):
    CLIENTS = "clients"
    MEASURES = "measures"


@dataclass(frozen=True)
class KindSpec:
    """What differs between the kinds.

    Attributes:
        fields: the fields a column may be named as, in the order the combo boxes offer them.
        not_imported: recognised columns the import reads past (row numbers, counts).
        changed: the name the area listening to ``changes`` reloads on.
    """

    fields: tuple[StrEnum, ...]
    not_imported: frozenset[StrEnum]
    label: Callable[[Any], str]
    preview: Callable[[Actor, Path, Callable[[str], StrEnum | None]], HeaderPreview]
    run: Callable[..., ImportResult]
    changed: str


SPECS = {
    ImportKind.CLIENTS: KindSpec(
        fields=tuple(f for f in ClientField if f not in NOT_IMPORTED),
        not_imported=frozenset(NOT_IMPORTED),
        label=client_field_label,
        preview=preview_header,
        run=import_clients,
        changed="clients",
    ),
    ImportKind.MEASURES: KindSpec(
        fields=tuple(f for f in MeasureField if f not in MEASURES_NOT_IMPORTED),
        not_imported=frozenset(MEASURES_NOT_IMPORTED),
        label=measure_field_label,
        preview=preview_measures_header,
        run=import_measures,
        changed="cases",
    ),
}


def kind_label(kind: ImportKind) -> str:
    labels = {
        ImportKind.CLIENTS: QCoreApplication.translate("ImportDialog", "Clients"),
        ImportKind.MEASURES: QCoreApplication.translate("ImportDialog", "Programmes and measures"),
    }
    return labels[kind]


def remembered_field(kind: ImportKind, columns: dict[str, str], header: str) -> StrEnum | None:
    """The field the officer chose before for a column with this header, if it is one of
    ``kind``'s (the choices of both kinds are kept in one place)."""
    value = columns.get(local_settings.import_header_key(header))
    for field in SPECS[kind].fields:
        if field.value == value:
            return field
    return None
