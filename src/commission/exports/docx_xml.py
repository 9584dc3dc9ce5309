"""WordprocessingML paragraphs built directly, for speed.

python-docx's ``add_run``/``paragraph.style`` search the template's styles and re-check the
schema order on every call, which made a 200-decision minutes take over a second. A paragraph of
ours is always new, so its children can simply be appended in schema order.
"""

from __future__ import annotations

import re
from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Mm, Pt
from docx.text.parfmt import ParagraphFormat

from commission.exports.blocks import Align, Paragraph
from commission.exports.page import FONT_SIZE_PT, StyleSpec
from commission.exports.sanitize import xml_safe
from commission.exports.typography import bind

ALIGN = {
    Align.LEFT: WD_ALIGN_PARAGRAPH.LEFT,
    Align.CENTER: WD_ALIGN_PARAGRAPH.CENTER,
    Align.RIGHT: WD_ALIGN_PARAGRAPH.RIGHT,
    Align.JUSTIFY: WD_ALIGN_PARAGRAPH.JUSTIFY,
}
_JC = {Align.LEFT: "left", Align.CENTER: "center", Align.RIGHT: "right", Align.JUSTIFY: "both"}
_BREAKS = re.compile(r"(\n|\t)")
_VAL = qn("w:val")
_SPACE = qn("xml:space")


def paragraph_element(
    block: Paragraph,
    style_id: str | None,
    fallback: StyleSpec | None,
    size_pt: float | None = None,
) -> Any:
    """A ``w:p`` for ``block``: our style by id, or ``fallback`` as direct formatting.

    ``size_pt`` overrides the style's size (a table whose text was made smaller to fit).
    """
    p = OxmlElement("w:p")
    ppr = OxmlElement("w:pPr")
    # Children of w:pPr in schema order: pStyle, keepNext, keepLines, pageBreakBefore, …, jc.
    if style_id is not None:
        ppr.append(OxmlElement("w:pStyle", {_VAL: style_id}))
    if block.keep_with_next:
        ppr.append(OxmlElement("w:keepNext"))
        ppr.append(OxmlElement("w:keepLines"))  # a kept paragraph is not split either
    if block.page_break_before:
        ppr.append(OxmlElement("w:pageBreakBefore"))
    if block.align is not None and fallback is None:
        ppr.append(OxmlElement("w:jc", {_VAL: _JC[block.align]}))
    p.append(ppr)
    if fallback is not None:
        _direct_format(p, fallback, block.align)
    bold = fallback is not None and fallback.bold
    size = fallback.size_pt if fallback is not None and fallback.size_pt != FONT_SIZE_PT else None
    size = size_pt or size
    for run in block.runs:
        p.append(_run(run.text, run.bold or bold, run.italic, size))
    return p


def _run(text: str, bold: bool, italic: bool, size_pt: float | None) -> Any:
    r = OxmlElement("w:r")
    if bold or italic or size_pt:
        rpr = OxmlElement("w:rPr")  # schema order: b, i, …, sz
        if bold:
            rpr.append(OxmlElement("w:b"))
        if italic:
            rpr.append(OxmlElement("w:i"))
        if size_pt:
            rpr.append(OxmlElement("w:sz", {_VAL: str(round(size_pt * 2))}))
        r.append(rpr)
    for part in _BREAKS.split(bind(xml_safe(text))):
        if part == "\n":
            r.append(OxmlElement("w:br"))
        elif part == "\t":
            r.append(OxmlElement("w:tab"))
        elif part:
            t = OxmlElement("w:t")
            t.text = part
            if part != part.strip():
                t.set(_SPACE, "preserve")  # Word drops edge spaces otherwise
            r.append(t)
    return r


def _direct_format(p: Any, spec: StyleSpec, align: Align | None) -> None:
    """What our style would give, for a template that lacks it (rare: python-docx's API)."""
    fmt = ParagraphFormat(p)
    fmt.alignment = ALIGN[align or spec.align]
    fmt.first_line_indent = Mm(spec.indent_mm) if spec.indent_mm else Emu(0)
    fmt.left_indent = Emu(0)
    fmt.space_before = Pt(spec.space_before_pt)
    fmt.space_after = Pt(spec.space_after_pt)
    fmt.line_spacing = 1.0
    if spec.keep_with_next:
        fmt.keep_with_next = True
    if spec.keep_lines:
        fmt.keep_together = True
