"""Blocks to HTML in the subset Qt's rich text engine (QTextDocument) understands.

QTextDocument takes indents and margins in pixels of the device it is laid out for, so the
HTML is made for a resolution: the PDF writer's, or the printer's in a print preview. Font
sizes stay in points.

Qt has no keep-with-next and splits table rows over pages; ``qt_pages`` lays the document out,
finds where a page falls badly and asks for the HTML again with ``Breaks``: a page break before
a block, or a table cut before a row, its header rows repeated on the new page.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from commission.exports.blocks import DocumentBlocks, Paragraph, Style, Table
from commission.exports.columns import fit_table
from commission.exports.page import FONT_FALLBACKS, FONT_SIZE_PT, OFFICE_PAGE, SPECS, PageSetup
from commission.exports.sanitize import xml_safe
from commission.exports.typography import bind

_CELL_PADDING_PT = 2.0


@dataclass(frozen=True)
class Breaks:
    """Where pages must begin: before these blocks, and at these (block, row) of tables."""

    before: frozenset[int] = frozenset()
    splits: frozenset[tuple[int, int]] = frozenset()

    def with_break(self, block: int, row: int = 0) -> Breaks:
        if row:
            return Breaks(self.before, self.splits | {(block, row)})
        return Breaks(self.before | {block}, self.splits)


@dataclass(frozen=True)
class Item:
    """One element of the HTML's top level: a paragraph, the blank line above a table, or a
    table (or the part of it from ``first_row`` to ``end_row``), in document order."""

    block: int  # index in DocumentBlocks.blocks
    kind: str  # "p", "space" or "table"
    first_row: int = 0
    end_row: int = 0


def items(doc: DocumentBlocks, breaks: Breaks) -> list[Item]:
    result = []
    for index, block in enumerate(doc.blocks):
        if isinstance(block, Paragraph):
            result.append(Item(index, "p"))
            continue
        if not block.rows:
            continue
        if block.space_before and index not in breaks.before:
            result.append(Item(index, "space"))
        cuts = sorted(row for b, row in breaks.splits if b == index and 0 < row < len(block.rows))
        starts = [0, *cuts]
        ends = [*cuts, len(block.rows)]
        result += [
            Item(index, "table", start, end) for start, end in zip(starts, ends, strict=True)
        ]
    return result


class _Units:
    def __init__(self, dpi: float) -> None:
        self.dpi = dpi

    def pt(self, points: float) -> int:
        return round(points * self.dpi / 72)

    def mm(self, millimetres: float) -> int:
        return round(millimetres * self.dpi / 25.4)


def render_html(
    doc: DocumentBlocks,
    dpi: float = 96.0,
    breaks: Breaks | None = None,
    page: PageSetup = OFFICE_PAGE,
    cache: dict[tuple[int, int, int, bool], str] | None = None,
) -> str:
    """The HTML of ``doc``; ``cache`` keeps the elements' HTML between calls that differ only in
    ``breaks`` (the pagination asks again after each table cut)."""
    units = _Units(dpi)
    cache = {} if cache is None else cache
    breaks = breaks or Breaks()
    families = ", ".join(f"'{name}'" if " " in name else name for name in FONT_FALLBACKS)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{doc.language}"><head><meta charset="utf-8">',
        f"<title>{escape(xml_safe(doc.title))}</title></head>",
        f'<body style="font-family: {families}; font-size: {FONT_SIZE_PT:g}pt;">',
    ]
    for item in items(doc, breaks):
        block = doc.blocks[item.block]
        new_page = item.block in breaks.before or (item.block, item.first_row) in breaks.splits
        first = -1 if item.kind == "space" else item.first_row
        key = (item.block, first, item.end_row, new_page)
        if key not in cache:
            if isinstance(block, Paragraph):
                cache[key] = _paragraph(block, units, new_page=new_page)
            elif item.kind == "space":
                cache[key] = _paragraph(Paragraph((), Style.PLAIN), units)
            else:
                table = fit_table(block, page.text_width)
                cache[key] = _table(table, item, units, new_page=new_page)
        parts.append(cache[key])
    parts.append("</body></html>")
    return "\n".join(parts)


def _paragraph(
    block: Paragraph,
    units: _Units,
    *,
    in_cell: bool = False,
    new_page: bool = False,
    size_pt: float | None = None,
) -> str:
    spec = SPECS[block.style]
    align = (block.align or spec.align).value
    styles = [
        f"margin-top: {units.pt(spec.space_before_pt)}px",
        f"margin-bottom: {units.pt(spec.space_after_pt)}px",
        "margin-left: 0px",
        "margin-right: 0px",
        f"text-indent: {0 if in_cell else units.mm(spec.indent_mm)}px",
        f"font-size: {size_pt or spec.size_pt:g}pt",
    ]
    if block.page_break_before or new_page:
        styles.append("page-break-before: always")
    runs = "".join(_run(run.text, run.bold or spec.bold, run.italic) for run in block.runs)
    return f'<p align="{align}" style="{"; ".join(styles)}">{runs or "&nbsp;"}</p>'


def _run(text: str, bold: bool, italic: bool) -> str:
    html = escape(bind(xml_safe(text))).replace("\n", "<br/>").replace("\t", "&emsp;")
    if bold:
        html = f"<b>{html}</b>"
    if italic:
        html = f"<i>{html}</i>"
    return html


def _table(block: Table, item: Item, units: _Units, *, new_page: bool) -> str:
    border = 1 if block.borders else 0
    padding = units.pt(_CELL_PADDING_PT) if block.borders else 0
    header = list(range(min(block.header_rows, len(block.rows))))
    body = range(max(item.first_row, len(header)), item.end_row)

    def row_html(index: int) -> str:
        cells = []
        for paragraphs, share in zip(block.rows[index], block.widths, strict=True):
            inner = "".join(
                _paragraph(p, units, in_cell=True, size_pt=block.size_pt) for p in paragraphs
            )
            cells.append(f'<td width="{share * 100:.1f}%" valign="top">{inner}</td>')
        return f"<tr>{''.join(cells)}</tr>"

    head = "".join(row_html(index) for index in header)
    rows = "".join(row_html(index) for index in body)
    style = "border-collapse: collapse; border-color: #000000;"
    if new_page:
        style += " page-break-before: always;"
    return (
        f'<table width="{sum(block.widths) * 100:.1f}%" border="{border}" cellspacing="0"'
        f' cellpadding="{padding}" style="{style}">'
        f"{f'<thead>{head}</thead>' if head else ''}<tbody>{rows}</tbody></table>"
    )
