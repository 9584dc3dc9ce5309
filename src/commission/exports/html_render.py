"""Blocks to HTML in the subset Qt's rich text engine (QTextDocument) understands.

QTextDocument takes indents and margins in pixels of the device it is laid out for, so the
HTML is made for a resolution: the PDF writer's, or the printer's in a print preview. Font
sizes stay in points.
"""

from __future__ import annotations

from html import escape

from commission.exports.blocks import DocumentBlocks, Paragraph, Style, Table
from commission.exports.page import FONT_FALLBACKS, FONT_SIZE_PT, SPECS, StyleSpec
from commission.exports.sanitize import xml_safe

_CELL_PADDING_PT = 2.0


class _Units:
    def __init__(self, dpi: float) -> None:
        self.dpi = dpi

    def pt(self, points: float) -> int:
        return round(points * self.dpi / 72)

    def mm(self, millimetres: float) -> int:
        return round(millimetres * self.dpi / 25.4)


def render_html(doc: DocumentBlocks, dpi: float = 96.0) -> str:
    units = _Units(dpi)
    families = ", ".join(f"'{name}'" if " " in name else name for name in FONT_FALLBACKS)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{doc.language}"><head><meta charset="utf-8">',
        f"<title>{escape(xml_safe(doc.title))}</title></head>",
        f'<body style="font-family: {families}; font-size: {FONT_SIZE_PT:g}pt;">',
    ]
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            parts.append(_paragraph(block, units))
        elif block.rows:
            parts.append(_table(block, units))
    parts.append("</body></html>")
    return "\n".join(parts)


def _paragraph(block: Paragraph, units: _Units, *, in_cell: bool = False) -> str:
    spec: StyleSpec = SPECS[block.style]
    align = (block.align or spec.align).value
    styles = [
        f"margin-top: {units.pt(spec.space_before_pt)}px",
        f"margin-bottom: {units.pt(spec.space_after_pt)}px",
        "margin-left: 0px",
        "margin-right: 0px",
        f"text-indent: {0 if in_cell else units.mm(spec.indent_mm)}px",
        f"font-size: {spec.size_pt:g}pt",
    ]
    if block.page_break_before:
        styles.append("page-break-before: always")
    runs = "".join(_run(run.text, run.bold or spec.bold, run.italic) for run in block.runs)
    return f'<p align="{align}" style="{"; ".join(styles)}">{runs or "&nbsp;"}</p>'


def _run(text: str, bold: bool, italic: bool) -> str:
    html = escape(xml_safe(text)).replace("\n", "<br/>").replace("\t", "&emsp;")
    if bold:
        html = f"<b>{html}</b>"
    if italic:
        html = f"<i>{html}</i>"
    return html


def _table(block: Table, units: _Units) -> str:
    border = 1 if block.borders else 0
    padding = units.pt(_CELL_PADDING_PT) if block.borders else 0
    rows = []
    for index, row in enumerate(block.rows):
        cells = []
        for paragraphs, share in zip(row, block.widths, strict=True):
            inner = "".join(_paragraph(p, units, in_cell=True) for p in paragraphs)
            cells.append(f'<td width="{share * 100:.0f}%" valign="top">{inner}</td>')
        tag = "thead" if index < block.header_rows else "tbody"
        rows.append((tag, f"<tr>{''.join(cells)}</tr>"))
    head = "".join(html for tag, html in rows if tag == "thead")
    body = "".join(html for tag, html in rows if tag == "tbody")
    before = _paragraph(Paragraph((), Style.PLAIN), units) if block.space_before else ""
    return (
        f'{before}<table width="100%" border="{border}" cellspacing="0"'
        f' cellpadding="{padding}" style="border-collapse: collapse; border-color: #000000;">'
        f"{f'<thead>{head}</thead>' if head else ''}<tbody>{body}</tbody></table>"
    )
