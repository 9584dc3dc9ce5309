"""What the quarterly statistics and the public report say, as blocks for .docx and PDF.

Each section is one bordered table — the indicator, then the period, the period before and
the same period a year earlier (the public report: the period and a year earlier) — so a
reader compares without turning pages. A line that is part of the one above («из них …», an
agenda kind, a client category) is indented by a dash.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from commission.documents import reports as r
from commission.documents.reports import (
    AgencyDiscipline,
    PublicReport,
    QuarterlyStats,
    ReportPeriod,
    Section,
)
from commission.exports import report_words as words
from commission.exports.blocks import Align, DocumentBlocks, Paragraph, Style, Table, bold, para
from commission.exports.report_chart import BarChart, section_chart
from commission.exports.wording import Wording

Cell = tuple[Paragraph, ...]
_SMALL_COUNT = 5  # services.reports.SMALL_COUNT: the exports do not import the services


def _cell(text: str, *, strong: bool = False, align: Align | None = None) -> Cell:
    return (para(bold(text) if strong else text, style=Style.TABLE, align=align),)


def _number(value: str) -> Cell:
    return _cell(value, align=Align.CENTER)


def period_names(period: ReportPeriod, w: Wording) -> tuple[str, ...]:
    """The columns' periods: the quarter, the one before, the same one a year earlier; for a
    year, the year and the one before (which is also the same period a year earlier)."""
    names = [words.period_text(period, w), words.period_text(period.previous(), w)]
    if period.quarter is not None:
        names.append(words.period_text(period.year_ago(), w))
    return tuple(names)


def _header(w: Wording, columns: Sequence[str]) -> tuple[Cell, ...]:
    first = _cell(w.text(words.COL_INDICATOR), strong=True, align=Align.CENTER)
    return (first, *(_cell(c, strong=True, align=Align.CENTER) for c in columns))


def _label(section: str, figure: r.Figure, w: Wording) -> str:
    label = words.figure_label(section, figure, w)
    return f"– {label}" if words.is_part(section, figure) else label


def _title_lines(doc: DocumentBlocks, akimat: str, commission: str, lines: Sequence[str]) -> None:
    doc.add(para(akimat.upper(), style=Style.PLAIN, align=Align.CENTER))
    doc.add(para(commission, style=Style.PLAIN, align=Align.CENTER))
    for line in lines:
        doc.add(para(bold(line), style=Style.TITLE, keep_with_next=True))


def _section_table(
    section: Section,
    w: Wording,
    columns: Sequence[str],
    picks: Sequence[int],
    show: Callable[[int], str] = str,
) -> Table:
    rows: list[tuple[Cell, ...]] = [_header(w, columns)]
    for figure in section.figures:
        values = [show(figure.values[i]) for i in picks]
        rows.append((_cell(_label(section.key, figure, w)), *(_number(v) for v in values)))
    share = 0.16 if len(columns) == 3 else 0.2
    first = 1 - share * len(columns)
    return Table(
        rows=tuple(rows),
        widths=(first, *([share] * len(columns))),
        borders=True,
        header_rows=1,
    )


def _heading(text: str) -> Paragraph:
    return para(bold(text), style=Style.HEADING, keep_with_next=True)


def _titled(report: QuarterlyStats | PublicReport, title: str, w: Wording) -> DocumentBlocks:
    """A document headed by the akimat, the commission, its title and «за III квартал …»."""
    period = words.period_text(report.period, w)
    doc = DocumentBlocks(title=f"{title} {period}", language=w.language)
    _title_lines(
        doc,
        report.akimat.get(w.language),
        report.commission.get(w.language),
        [title, w.text(words.FOR_PERIOD, period=period)],
    )
    return doc


def stats_blocks(stats: QuarterlyStats, w: Wording) -> DocumentBlocks:
    doc = _titled(stats, w.text(words.STATS_TITLE), w)
    doc.add(
        para(
            w.text(words.AS_OF, date=w.date_numeric(stats.as_of)),
            style=Style.PLAIN,
            align=Align.CENTER,
        )
    )
    columns = period_names(stats.period, w)
    for section in (*stats.sections, *stats.probation):
        if not section.figures:
            continue
        doc.add(_heading(words.section_title(section.key, w)))
        doc.add(_section_table(section, w, columns, range(len(columns))))
    if not stats.probation:
        doc.add(para(w.text(words.PROBATION_HIDDEN), style=Style.PLAIN))
    doc.add(_heading(w.text(words.DISCIPLINE_TITLE)))
    if stats.discipline:
        doc.add(discipline_table(stats.discipline, w))
    else:
        doc.add(para(w.text(words.NO_DISCIPLINE), style=Style.PLAIN))
    return doc


def discipline_columns(rows: Sequence[AgencyDiscipline], w: Wording) -> list[str]:
    names = [words.COL_AGENCY, words.COL_DUE, words.COL_ON_TIME, words.COL_LATE, words.COL_OVERDUE]
    if any(row.score is not None for row in rows):
        names.append(words.COL_SCORE)
    return [w.text(n) for n in names]


def discipline_values(row: AgencyDiscipline, w: Wording, scored: bool) -> list[object]:
    values: list[object] = [row.agency.get(w.language), row.due, row.on_time, row.late, row.overdue]
    if scored:
        values.append("" if row.score is None else row.score)
    return values


def discipline_table(rows: Sequence[AgencyDiscipline], w: Wording) -> Table:
    columns = discipline_columns(rows, w)
    scored = len(columns) == 6
    table: list[tuple[Cell, ...]] = [
        tuple(_cell(c, strong=True, align=Align.CENTER) for c in columns)
    ]
    for row in rows:
        values = discipline_values(row, w, scored)
        table.append((_cell(str(values[0])), *(_number(str(v)) for v in values[1:])))
    rest = (1 - 0.36) / (len(columns) - 1)
    return Table(
        rows=tuple(table),
        widths=(0.36, *([rest] * (len(columns) - 1))),
        borders=True,
        header_rows=1,
    )


def stats_charts(stats: QuarterlyStats, w: Wording) -> list[BarChart]:
    """Questions by kind, the execution of decisions and, when shown, the help provided."""
    periods = period_names(stats.period, w)
    charts = []
    for key, skip in (
        (r.SECTION_QUESTIONS, {r.QUESTIONS_TOTAL}),
        (r.SECTION_EXECUTION, {r.POINTS_DUE}),
        (r.SECTION_MEASURES, {r.MEASURES_PROVIDED, r.MEASURES_NOT_PROVIDED, r.MEASURES_REDIRECTED}),
    ):
        section = stats.section(key)
        figures = [f for f in section.figures if f.key not in skip]
        if not figures:
            continue
        charts.append(
            section_chart(
                words.section_title(key, w),
                [words.figure_label(key, f, w) for f in figures],
                [f.values for f in figures],
                periods,
            )
        )
    return charts


# --- the public report --------------------------------------------------------------------


def public_text(n: int, w: Wording) -> str:
    """A count as published: «менее 5» / «5-тен аз» below 5."""
    return str(n) if n >= _SMALL_COUNT else w.text(words.LESS_THAN_FIVE)


def public_blocks(report: PublicReport, w: Wording) -> DocumentBlocks:
    doc = _titled(report, w.text(words.PUBLIC_TITLE), w)
    period = words.period_text(report.period, w)
    columns = (period, w.text(words.SAME_PERIOD_LAST_YEAR))
    if report.police:
        doc.add(_heading(words.section_title(r.SECTION_POLICE, w)))
        rows: list[tuple[Cell, ...]] = [_header(w, columns)]
        for figure in report.police:
            ago = "" if figure.year_ago is None else public_text(figure.year_ago, w)
            rows.append(
                (
                    _cell(figure.name.get(w.language)),
                    _number(public_text(figure.current, w)),
                    _number(ago),
                )
            )
        doc.add(Table(rows=tuple(rows), widths=(0.6, 0.2, 0.2), borders=True, header_rows=1))
    for section in report.sections:
        doc.add(_heading(words.section_title(section.key, w)))
        doc.add(_section_table(section, w, columns, (0, 2), lambda n: public_text(n, w)))
    doc.add(_heading(w.text(words.QUESTIONS_HEARD)))
    if not report.questions and not report.case_questions:
        doc.add(para(w.text(words.NO_QUESTIONS), style=Style.PLAIN))
    for number, question in enumerate(report.questions, start=1):
        doc.add(para(f"{number}. {question.get(w.language)}", style=Style.PLAIN))
    if report.case_questions:
        count = public_text(report.case_questions, w)
        doc.add(para(w.text(words.CASE_QUESTIONS, count=count), style=Style.PLAIN))
    doc.add(para(w.text(words.SMALL_COUNTS_NOTE), style=Style.PLAIN))
    return doc
