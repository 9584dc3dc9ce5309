"""A meeting's decisions as a real Excel table: filters, frozen header, dates as dates.

Typed text is always stored as text: «=…», «+7 …», «- организовать …» or «@…» must never
become a formula, whether openpyxl or a user editing the cell would take it for one
(``xlsx_stream`` writes every table of the application that way).
"""

from __future__ import annotations

from typing import Any

from commission.documents.minutes import DecisionLine, MinutesContext
from commission.exports import catalog, phrases
from commission.exports.wording import Wording
from commission.exports.xlsx_stream import Column, StreamedBook

# (header, width in characters)
_COLUMNS = (
    (catalog.COL_NUMBER, 7),
    (catalog.COL_DECISION, 60),
    (catalog.COL_KIND, 18),
    (catalog.COL_BINDING, 12),
    (catalog.COL_LEAD, 30),
    (catalog.COL_CO_EXECUTORS, 30),
    (catalog.COL_TERM, 36),
    (catalog.COL_FIRST_DUE, 14),
    (catalog.COL_VOTE, 34),
)


def decisions_xlsx(ctx: MinutesContext, language: str) -> bytes:
    w = Wording(language, ctx.phrases)
    title = w.text(catalog.REGISTER_TITLE, number=ctx.number, date=w.date_of(ctx.meeting_date))
    book = StreamedBook(title)
    columns = [Column(w.text(header), width) for header, width in _COLUMNS]
    table = book.table(w.text(catalog.SHEET_DECISIONS), columns, title)
    for decision in ctx.decisions():
        table.append(_row(decision, w))
    return book.save()


def _row(decision: DecisionLine, w: Wording) -> list[Any]:
    lang = w.language
    term = ""
    if decision.deadline is not None:
        term = phrases.term_words(decision.deadline, decision.due_dates, w)
    return [
        decision.number,  # text: «1.10» must not become the number 1.1
        phrases.decision_text(decision, w),
        w.decision_kind(decision.kind.value),
        # «да» only where the minutes say so: a note or a removal obliges no one.
        w.text(catalog.YES if phrases.shows_binding_note(decision) else catalog.NO),
        decision.lead.name.get(lang) if decision.lead is not None else "",
        "; ".join(agency.name.get(lang) for agency in decision.co_executors),
        term,
        decision.due_dates[0] if decision.due_dates else None,
        phrases.vote_text(decision.vote, w, with_label=False) if decision.vote else "",
    ]
