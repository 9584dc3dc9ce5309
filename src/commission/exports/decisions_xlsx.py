"""A meeting's decisions as a real Excel table: filters, frozen header, dates as dates.

Typed text is always stored as text: «=…», «+7 …», «- организовать …» or «@…» must never
become a formula, whether openpyxl or a user editing the cell would take it for one.
"""

from __future__ import annotations

import io
import re
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from commission.documents.minutes import DecisionLine, MinutesContext
from commission.exports import catalog, phrases
from commission.exports.sanitize import xml_safe
from commission.exports.wording import NBSP, Wording

_FORMULA_STARTS = ("=", "+", "-", "@")
_EXCEL_CELL_LIMIT = 32767  # characters; Excel "repairs" a file with a longer cell
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_DATE_FORMAT = "DD.MM.YYYY"
_WRAP = Alignment(wrap_text=True, vertical="top")
_HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")

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
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _sheet_title(w.text(catalog.SHEET_DECISIONS))
    title = w.text(catalog.REGISTER_TITLE, number=ctx.number, date=w.date_of(ctx.meeting_date))
    workbook.properties.title = xml_safe(title)
    workbook.properties.creator = "Commission"

    for column, (header, width) in enumerate(_COLUMNS, start=1):
        cell = sheet.cell(row=1, column=column)
        _put(cell, w.text(header))
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        sheet.column_dimensions[get_column_letter(column)].width = width

    decisions = ctx.decisions()
    for row, decision in enumerate(decisions, start=2):
        for column, value in enumerate(_row(decision, w), start=1):
            cell = sheet.cell(row=row, column=column)
            _put(cell, value)
            cell.alignment = _WRAP

    last = get_column_letter(len(_COLUMNS))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{last}{len(decisions) + 1}"
    _print_setup(sheet, title)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


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


def _put(cell: Any, value: Any) -> None:
    if isinstance(value, str):
        # No-break spaces keep «№ 3» together on paper; in a sheet they only defeat filters.
        text = xml_safe(value).replace(NBSP, " ")[:_EXCEL_CELL_LIMIT]
        cell.value = text
        # openpyxl turns «=…» into a formula; Excel re-reads the other starters on editing.
        if text.startswith(_FORMULA_STARTS):
            cell.data_type = "s"
            cell.quotePrefix = True
    elif isinstance(value, date):
        cell.value = value if isinstance(value, datetime) else datetime(*value.timetuple()[:3])
        cell.number_format = _DATE_FORMAT
    else:
        cell.value = value


def _sheet_title(text: str) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\."""
    return _SHEET_FORBIDDEN.sub(" ", xml_safe(text)).strip()[:31] or "Sheet1"


def _print_setup(sheet: Any, title: str) -> None:
    setup = sheet.page_setup
    setup.orientation = "landscape"
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.fitToWidth = 1
    setup.fitToHeight = 0  # as many pages down as needed
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    sheet.print_options.gridLines = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    # Excel's header codes: "&&" is a literal ampersand; "&P" the page number.
    sheet.oddHeader.center.text = xml_safe(title).replace("&", "&&")
    sheet.oddFooter.center.text = "&P"
