"""The report of a client import as a real Excel table: one line per Excel row of the list,
with what became of it and why a row was rejected, so the officer can correct the list.

The reasons are the import's messages, written in the report's language whatever the language
of the interface that ran the import (an officer may use the Russian interface and send the
report to a Kazakh-speaking colleague). They quote cell text from the imported list, which may
start like a formula; ``xlsx_stream`` stores every such text as text.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QTranslator

from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.exports.wording import Wording
from commission.exports.xlsx_stream import StreamedBook, columns
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
    book = StreamedBook(title)
    printed = f"{title}. {w.text(DRY_RUN)}" if dry_run else title
    table = book.table(w.text(SHEET_REPORT), columns(_COLUMNS, w), printed)
    for line in lines:
        outcome = w.text(OUTCOMES.get(line.outcome, line.outcome))
        table.append((line.row, outcome, reason_text(line.reason, language)))
    return book.save()
