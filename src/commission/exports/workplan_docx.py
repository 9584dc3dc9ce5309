"""The year's work plan as a Word file, in Russian or Kazakh, on the minutes' template.

The akimat's line, the title («ПЛАН работы … на 2026 год» / «… 2026 жылға арналған ЖОСПАРЫ»),
one bordered table grouped by quarter — a full-width row «I квартал» / «I тоқсан» above the
quarter's questions — with №, question, responsible, speaker and term, then the secretary's
signature.
"""

from __future__ import annotations

import io

import docx

from commission.documents.plan import PlanContext, PlanRow
from commission.exports import catalog
from commission.exports.blocks import (
    Align,
    DocumentBlocks,
    Paragraph,
    Style,
    Table,
    blank_line,
    bold,
    para,
)
from commission.exports.docx_render import render_docx
from commission.exports.minutes_layout import signature_table
from commission.exports.templates import TemplateSource
from commission.exports.wording import Wording, roman

_WIDTHS = (0.06, 0.34, 0.22, 0.20, 0.18)
_HEADERS = (
    catalog.COL_NUMBER,
    catalog.COL_QUESTION,
    catalog.COL_RESPONSIBLE,
    catalog.COL_SPEAKER,
    catalog.COL_PLAN_TERM,
)

Cell = tuple[Paragraph, ...]


def quarter_words(quarter: int, w: Wording) -> str:
    """«I квартал» / «I тоқсан»."""
    return w.text(catalog.QUARTER, quarter=roman(quarter))


def plan_title_lines(ctx: PlanContext, w: Wording) -> list[str]:
    commission = ctx.commission_name.get(w.language)
    return w.text(catalog.PLAN_TITLE, commission=commission, year=ctx.year).split("\n")


def plan_blocks(ctx: PlanContext, w: Wording) -> tuple[DocumentBlocks, list[int]]:
    """The plan as blocks, and the rows of its table that head a quarter (to span the table)."""
    lines = plan_title_lines(ctx, w)
    doc = DocumentBlocks(title=" ".join(lines), language=w.language)
    doc.add(para(ctx.akimat.get(w.language).upper(), style=Style.PLAIN, align=Align.CENTER))
    doc.add(blank_line())
    for line in lines:
        doc.add(para(bold(line), style=Style.TITLE, keep_with_next=True))
    quarter_rows: list[int] = []
    if ctx.rows:
        table, quarter_rows = _plan_table(ctx, w)
        doc.add(table)
    else:
        doc.add(blank_line())
        doc.add(para(w.text(catalog.PLAN_EMPTY, year=ctx.year), style=Style.PLAIN))
    doc.add(signature_table([(w.text(catalog.SECRETARY), ctx.secretary or "")]))
    return doc, quarter_rows


def _plan_table(ctx: PlanContext, w: Wording) -> tuple[Table, list[int]]:
    header = tuple(
        (para(bold(w.text(source)), style=Style.TABLE, align=Align.CENTER),) for source in _HEADERS
    )
    rows: list[tuple[Cell, ...]] = [header]
    quarter_rows: list[int] = []
    number = 0
    empty: Cell = (para("", style=Style.TABLE),)
    for quarter, questions in ctx.quarters():
        term = quarter_words(quarter, w)
        quarter_rows.append(len(rows))
        heading = para(bold(term), style=Style.TABLE, align=Align.CENTER, keep_with_next=True)
        rows.append(((heading,), *(empty for _ in _HEADERS[1:])))
        for row in questions:
            number += 1
            rows.append(_question_row(number, row, term, w))
    table = Table(rows=tuple(rows), widths=_WIDTHS, borders=True, header_rows=1, space_before=True)
    return table, quarter_rows


def _question_row(number: int, row: PlanRow, term: str, w: Wording) -> tuple[Cell, ...]:
    agency = row.agency.get(w.language) if row.agency is not None else ""
    return (
        (para(str(number), style=Style.TABLE, align=Align.CENTER),),
        (para(row.question.get(w.language).strip(), style=Style.TABLE),),
        (para(agency, style=Style.TABLE),),
        (para(row.speaker.get(w.language).strip(), style=Style.TABLE),),
        (para(term, style=Style.TABLE, align=Align.CENTER),),
    )


def workplan_docx(ctx: PlanContext, language: str, template: TemplateSource = None) -> bytes:
    """The .docx bytes; ``template`` is an akimat's own (settings ``template_path``) or ours."""
    blocks, quarter_rows = plan_blocks(ctx, Wording(language))
    data = render_docx(blocks, template)
    if not quarter_rows:
        return data
    # The blocks know no spanning cells: a quarter's row is merged across the table here.
    document = docx.Document(io.BytesIO(data))
    table = document.tables[0]  # the template's body is cleared: the plan is the first table
    for index in quarter_rows:
        cells = table.rows[index].cells
        cells[0].merge(cells[-1])
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
