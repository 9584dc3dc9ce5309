"""Reading a client list workbook: every row of the active sheet, merged cells filled in.

The file is read with openpyxl in read-only mode (cached values, formulas never evaluated); the
merged ranges, which that mode does not expose, are read from the sheet's XML separately.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from commission.domain.messages import QT_TRANSLATE_NOOP, UserError

Cancelled = Callable[[], bool]

PROGRESS_EVERY = 250
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')
_MERGE_TAG_MAX = 200  # bytes: longer than any <mergeCell ref="…"/> tag


class ImportRefused(UserError):
    """The file cannot be imported at all; nothing was changed."""


class ImportCancelled(UserError):
    """The user stopped the import; nothing was changed."""


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
    from openpyxl.utils import column_index_from_string  # see read_rows

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


def read_rows(path: Path, cancelled: Cancelled | None) -> list[list[Any]]:
    """All rows of the active sheet as lists of values, merged cells filled in."""
    if not path.is_file() or not zipfile.is_zipfile(path):
        raise file_refused()
    # Imported on use, here and in the other client_import modules: the screens built at
    # start-up show the import's labels and must not wait for openpyxl.
    from openpyxl import load_workbook

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
            if cancelled is not None and len(rows) % PROGRESS_EVERY == 0 and cancelled():
                raise cancelled_error()
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


def cancelled_error() -> ImportCancelled:
    return ImportCancelled(
        QT_TRANSLATE_NOOP("Errors", "The import was cancelled; nothing was changed.")
    )
