"""Reading a register file people keep: .xlsx, .xlsm, .xls, .ods or .csv, through one reader.

The workbooks are read with ``python-calamine`` (one API for all three binary formats, cached
values only, formulas never evaluated); CSV in ``import_csv``. What a file is comes from its
first bytes, not its name, so a PDF renamed .xlsx is called what it is, and a missing file, a
password-protected workbook, a damaged one and an unsupported format each get their own
message. Every row comes back as a list of cell values, empty cells None, merged cells filled
in with the value of their top-left cell (a district cell merged over a group of rows belongs
to each of them).
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from commission.domain.messages import QT_TRANSLATE_NOOP, UserError

Cancelled = Callable[[], bool]
Merge = tuple[int, int, int, int]  # first row, first column, last row, last column; 0-based

PROGRESS_EVERY = 250
FORMATS = ("xlsx", "xlsm", "xls", "ods", "csv")
FILE_PATTERNS = " ".join(f"*.{f}" for f in FORMATS)  # for a file dialog's filter
_CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"
_SNIFF = 8
# The names of an OLE2 file's streams are in its directory as UTF-16LE.
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")
# Streams of the other programs' OLE2 files: Word, PowerPoint, Outlook.
_OTHER_STREAMS = tuple(
    name.encode("utf-16-le") for name in ("WordDocument", "PowerPoint Document", "__substg1.0_")
)


class ImportRefused(UserError):
    """The file cannot be imported at all; nothing was changed."""


class ImportCancelled(UserError):
    """The user stopped the import; nothing was changed."""


@dataclass(frozen=True)
class Table:
    """The rows of a file's first sheet; ``warnings`` for what the officer should check (a
    CSV in an encoding without Kazakh letters)."""

    rows: list[list[Any]]
    warnings: tuple[UserError, ...] = ()


def file_missing() -> ImportRefused:
    return ImportRefused(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The file is not there (it was moved, renamed or is on a disconnected drive); "
            "nothing was imported.",
        )
    )


def file_protected() -> ImportRefused:
    return ImportRefused(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The workbook is protected with a password; nothing was imported. Open it, remove "
            "the password (File → Info → Protect Workbook) and save it again.",
        )
    )


def file_damaged() -> ImportRefused:
    return ImportRefused(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The file is damaged and cannot be read; nothing was imported. Open it in Excel or "
            "LibreOffice and save it again.",
        )
    )


def file_unsupported() -> ImportRefused:
    return ImportRefused(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This file is not a table the import reads; nothing was imported. Save the list as "
            "an Excel workbook (.xlsx, .xls), an OpenDocument spreadsheet (.ods) or CSV.",
        )
    )


def cancelled_error() -> ImportCancelled:
    return ImportCancelled(
        QT_TRANSLATE_NOOP("Errors", "The import was cancelled; nothing was changed.")
    )


def _kind(path: Path) -> str:
    """«workbook» or «csv», or ImportRefused saying why the file cannot be read."""
    if not path.is_file():
        raise file_missing()
    try:
        with path.open("rb") as stream:
            head = stream.read(_SNIFF)
    except OSError as exc:
        raise file_missing() from exc
    if head.startswith(_ZIP):
        _check_spreadsheet_zip(path)
        return "workbook"
    if head.startswith(_OLE2):
        data = path.read_bytes()
        if _ENCRYPTION_INFO in data:  # an encrypted .xlsx is an OLE2 file with this stream
            raise file_protected()
        if any(name in data for name in _OTHER_STREAMS):
            raise file_unsupported()
        return "workbook"  # an .xls, or a damaged one calamine will not read
    if path.suffix.lower() in _CSV_SUFFIXES:
        return "csv"
    if not head:
        raise file_damaged()
    raise file_unsupported()


def _check_spreadsheet_zip(path: Path) -> None:
    """ImportRefused unless the zip file is a workbook (.xlsx, .xlsm, .ods): for some other
    zip (a .docx) or a damaged one."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                kind = archive.read("mimetype").strip()
                if kind == b"application/vnd.oasis.opendocument.spreadsheet":
                    return
                raise file_unsupported()
    except zipfile.BadZipFile as exc:
        raise file_damaged() from exc
    if not any(name.startswith("xl/") for name in names):
        raise file_unsupported()


def read_table(path: Path, cancelled: Cancelled | None = None, limit: int | None = None) -> Table:
    """The rows of the file's first sheet (at most ``limit``), merged cells filled in."""
    kind = _kind(path)
    if kind == "csv":
        from commission.services.import_csv import read_csv

        rows, warnings = read_csv(path, cancelled, limit)
        return Table(rows, warnings)
    rows = _workbook_rows(path, cancelled, limit)
    return Table(rows)


def _workbook_rows(path: Path, cancelled: Cancelled | None, limit: int | None) -> list[list[Any]]:
    # Imported on use: the screens built at start-up show the import's labels only.
    import python_calamine

    try:
        with python_calamine.CalamineWorkbook.from_path(path) as book:
            sheets = [
                index
                for index, meta in enumerate(book.sheets_metadata)
                if meta.typ is python_calamine.SheetTypeEnum.WorkSheet
                and meta.visible is python_calamine.SheetVisibleEnum.Visible
            ]
            if not sheets:
                raise file_damaged()
            sheet = book.get_sheet_by_index(sheets[0])
            rows = _rows(sheet, cancelled, limit)
            merges = _merges(sheet, path)
    except UserError:
        raise
    except python_calamine.PasswordError as exc:
        raise file_protected() from exc
    except Exception as exc:  # calamine raises several kinds for a damaged part
        raise file_damaged() from exc
    fill_merged(rows, merges)
    return rows


def _rows(sheet: Any, cancelled: Cancelled | None, limit: int | None) -> list[list[Any]]:
    start = sheet.start or (0, 0)
    rows: list[list[Any]] = [[] for _ in range(start[0])]
    if limit is not None and len(rows) >= limit:
        return rows[:limit]
    pad = [None] * start[1]
    for values in sheet.iter_rows():
        rows.append(pad + [None if v == "" else v for v in values])
        if limit is not None and len(rows) >= limit:
            break
        if cancelled is not None and len(rows) % PROGRESS_EVERY == 0 and cancelled():
            raise cancelled_error()
    return rows


def _merges(sheet: Any, path: Path) -> list[Merge]:
    ranges = sheet.merged_cell_ranges
    if ranges is not None:
        return [(r1, c1, r2, c2) for (r1, c1), (r2, c2) in ranges]
    if path.suffix.lower() == ".ods" or _is_ods(path):
        from commission.services.import_ods import ods_merges

        return ods_merges(path, sheet.name)
    return []


def _is_ods(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return "mimetype" in archive.namelist()
    except zipfile.BadZipFile:
        return False


def fill_merged(rows: list[list[Any]], merges: Sequence[Merge]) -> None:
    """Give every cell of a merged range the value of its top-left cell."""
    for r1, c1, r2, c2 in sorted(merges):
        if r1 >= len(rows):
            continue
        top = rows[r1]
        value = top[c1] if c1 < len(top) else None
        for r in range(r1, min(r2, len(rows) - 1) + 1):
            row = rows[r]
            if len(row) <= c2:
                row.extend([None] * (c2 + 1 - len(row)))
            for c in range(c1, c2 + 1):
                row[c] = value
