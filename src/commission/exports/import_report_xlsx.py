"""The report of a client import as a real Excel table: one line per Excel row of the list,
with what became of it and why a row was rejected, so the officer can correct the list.

The reasons are the import's messages, written in the report's language whatever the language
of the interface that ran the import (an officer may use the Russian interface and send the
report to a Kazakh-speaking colleague). They quote cell text from the imported list, which may
start like a formula; ``_put`` stores every such text as text.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Sequence
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from PySide6.QtCore import QTranslator

from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.exports.decisions_xlsx import _HEADER_FILL, _WRAP, _print_setup, _put, _sheet_title
from commission.exports.wording import Wording
from commission.i18n import qm_path

REPORT_TITLE = QT_TRANSLATE_NOOP("Document", "Import of clients from «{file}»")
SHEET_REPORT = QT_TRANSLATE_NOOP("Document", "Import report")
COL_ROW = QT_TRANSLATE_NOOP("Document", "Row in the file")
COL_RESULT = QT_TRANSLATE_NOOP("Document", "Result")
COL_REASON = QT_TRANSLATE_NOOP("Document", "Reason")
OUTCOMES = {
    "created": QT_TRANSLATE_NOOP("Document", "created"),
    "updated": QT_TRANSLATE_NOOP("Document", "updated"),
    "unchanged": QT_TRANSLATE_NOOP("Document", "unchanged"),
    "rejected": QT_TRANSLATE_NOOP("Document", "rejected"),
}
DRY_RUN = QT_TRANSLATE_NOOP("Document", "Trial run: nothing was written to the database.")

_COLUMNS = ((COL_ROW, 12), (COL_RESULT, 16), (COL_REASON, 90))


@dataclass(frozen=True)
class ReportLine:
    row: int
    outcome: str  # created / updated / unchanged / rejected
    reason: UserError | None  # why the row was rejected; None unless rejected


@functools.cache
def _messages(language: str) -> QTranslator | None:
    """The interface's translation of ``language``, read with a bare translator like the
    documents' words, so the report is written the same from a worker thread or the CLI."""
    path = qm_path(language)
    translator = QTranslator()
    return translator if path is not None and translator.load(str(path)) else None


def reason_text(reason: UserError | None, language: str) -> str:
    """The message in ``language``; in English only if that translation is not installed."""
    if reason is None:
        return ""
    translator = _messages(language)
    if translator is None:
        return reason.render(None)
    return reason.render(lambda context, text: translator.translate(context, text) or text)


def import_report_xlsx(
    lines: Sequence[ReportLine], file_name: str, language: str, *, dry_run: bool
) -> bytes:
    w = Wording(language)
    title = w.text(REPORT_TITLE, file=file_name)
    workbook = Workbook()
    workbook.properties.title = title
    workbook.properties.creator = "Commission"
    sheet = workbook.active
    assert sheet is not None
    sheet.title = _sheet_title(w.text(SHEET_REPORT))
    for column, (header, width) in enumerate(_COLUMNS, start=1):
        cell = sheet.cell(row=1, column=column)
        _put(cell, w.text(header))
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        sheet.column_dimensions[get_column_letter(column)].width = width
    for index, line in enumerate(lines, start=2):
        outcome = w.text(OUTCOMES.get(line.outcome, line.outcome))
        values = (line.row, outcome, reason_text(line.reason, language))
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=index, column=column)
            _put(cell, value)
            cell.alignment = _WRAP
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(_COLUMNS))}{len(lines) + 1}"
    _print_setup(sheet, f"{title}. {w.text(DRY_RUN)}" if dry_run else title)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
