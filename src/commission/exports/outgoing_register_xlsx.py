"""The outgoing-letters register as an Excel table: number, date, kind, agency, the decisions a
letter concerns, the letter it cites and who signed it (write-only, like the control register)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from commission.domain.enums import LadderStep
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.exports import catalog
from commission.exports.wording import Wording
from commission.exports.xlsx_stream import StreamedBook, columns
from commission.services.outgoing_register import OutgoingRow

TITLE = QT_TRANSLATE_NOOP("Document", "Register of outgoing letters as of {date}")
SHEET = QT_TRANSLATE_NOOP("Document", "Outgoing letters")
COL_LETTER_NUMBER = QT_TRANSLATE_NOOP("Document", "Outgoing No.")
COL_SENT_ON = QT_TRANSLATE_NOOP("Document", "Date")
COL_LETTER_KIND = QT_TRANSLATE_NOOP("Document", "Kind")
COL_DECISIONS = QT_TRANSLATE_NOOP("Document", "Decisions")
COL_CITES = QT_TRANSLATE_NOOP("Document", "Cites letter No.")
COL_SIGNED_BY = QT_TRANSLATE_NOOP("Document", "Signed by")
KINDS = {
    LadderStep.REMINDER: QT_TRANSLATE_NOOP("DocumentLetterKind", "reminder"),
    LadderStep.HEAD_LETTER: QT_TRANSLATE_NOOP("DocumentLetterKind", "letter to the head"),
    LadderStep.AGENDA: QT_TRANSLATE_NOOP("DocumentLetterKind", "question on the agenda"),
    LadderStep.AKIM: QT_TRANSLATE_NOOP("DocumentLetterKind", "submission to the akim"),
}
_COLUMNS = (
    (COL_LETTER_NUMBER, 14),
    (COL_SENT_ON, 12),
    (COL_LETTER_KIND, 24),
    (catalog.COL_AGENCY, 40),
    (COL_DECISIONS, 40),
    (COL_CITES, 14),
    (COL_SIGNED_BY, 22),
)


def outgoing_register_xlsx(rows: Iterable[OutgoingRow], today: date, language: str) -> bytes:
    w = Wording(language)
    title = w.text(TITLE, date=w.date_numeric(today))
    book = StreamedBook(title)
    table = book.table(w.text(SHEET), columns(_COLUMNS, w), title)
    kinds = {kind: w.text(source, context="DocumentLetterKind") for kind, source in KINDS.items()}
    for row in rows:
        table.append(
            [
                row.number,
                row.sent_on,
                kinds[row.kind],
                row.agency.get(language),
                "; ".join(row.decisions),
                row.cites or "",
                row.signed_by or "",
            ]
        )
    return book.save()
