"""The quarterly (annual) statistics as an Excel workbook: the figures, and the discipline.

Sheet 1: every section's lines with the period, the period before and a year earlier, the
section's name in its own column so a filter shows one section. Sheet 2: the lead agencies'
discipline (the score column once ``services.reports.discipline_score`` gives one).
"""

from __future__ import annotations

from commission.documents.reports import QuarterlyStats
from commission.exports import report_words as words
from commission.exports.report_layout import (
    discipline_columns,
    discipline_values,
    period_names,
)
from commission.exports.wording import Wording
from commission.exports.xlsx_stream import Column, StreamedBook


def quarterly_stats_xlsx(stats: QuarterlyStats, language: str) -> bytes:
    w = Wording(language)
    period = words.period_text(stats.period, w)
    title = f"{w.text(words.STATS_TITLE)} {w.text(words.FOR_PERIOD, period=period)}"
    book = StreamedBook(title)
    names = period_names(stats.period, w)
    columns = [
        Column(w.text(words.COL_SECTION), 30),
        Column(w.text(words.COL_INDICATOR), 60),
        *(Column(name, 18, centred=True) for name in names),
    ]
    table = book.table(w.text(words.SHEET_FIGURES), columns, title)
    for section in (*stats.sections, *stats.probation):
        heading = words.section_title(section.key, w)
        for figure in section.figures:
            label = words.figure_label(section.key, figure, w)
            table.append([heading, label, *figure.values[: len(names)]])
    table.close()
    headers = discipline_columns(stats.discipline, w)
    scored = len(headers) == 6
    sheet = book.table(
        w.text(words.SHEET_DISCIPLINE),
        [Column(headers[0], 50), *(Column(h, 14, centred=True) for h in headers[1:])],
        w.text(words.DISCIPLINE_TITLE),
    )
    for row in stats.discipline:
        sheet.append(discipline_values(row, w, scored))
    sheet.close()
    return book.save()
