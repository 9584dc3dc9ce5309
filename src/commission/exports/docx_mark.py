"""A mark on every page of a .docx («ПРОЕКТ» on minutes that are not final).

The mark is a framed paragraph in each header the section uses (first page, odd, even): Word
and LibreOffice place a frame at a fixed spot of the page, top right at the header's distance
from the edge, without moving the letterhead or the page number the header already holds.
"""

from __future__ import annotations

from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Mm

from commission.exports.columns import word_width_mm
from commission.exports.page import FONT_SIZE_PT, HEADER_DISTANCE_MM
from commission.exports.sanitize import xml_safe

_VAL = qn("w:val")


def mark_every_page(document: Any, text: str) -> None:
    section = document.sections[-1]
    headers = [section.header]
    if section.different_first_page_header_footer:
        headers.append(section.first_page_header)
    if document.settings.odd_and_even_pages_header_footer:
        headers.append(section.even_page_header)
    top = Emu(max(Mm(HEADER_DISTANCE_MM), section.header_distance or 0))
    for header in headers:
        header.is_linked_to_previous = False  # a section without this header gets one
        header._element.insert(0, _framed(text, top))


def _framed(text: str, top: Emu) -> Any:
    """A bold right-aligned paragraph in a frame anchored to the page, ``top`` down."""
    width = Mm(word_width_mm(text, FONT_SIZE_PT, bold=True) + 4)
    p = OxmlElement("w:p")
    ppr = OxmlElement("w:pPr")
    # pPr children in schema order: framePr, spacing, ind, jc.
    ppr.append(
        OxmlElement(
            "w:framePr",
            {
                qn("w:w"): str(width.twips),
                qn("w:hSpace"): "0",
                qn("w:wrap"): "around",
                qn("w:vAnchor"): "page",
                qn("w:hAnchor"): "margin",
                qn("w:xAlign"): "right",
                qn("w:y"): str(top.twips),
            },
        )
    )
    ppr.append(OxmlElement("w:spacing", {qn("w:before"): "0", qn("w:after"): "0"}))
    ppr.append(OxmlElement("w:ind", {qn("w:left"): "0", qn("w:firstLine"): "0"}))
    ppr.append(OxmlElement("w:jc", {_VAL: "right"}))
    p.append(ppr)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rpr.append(OxmlElement("w:b"))
    run.append(rpr)
    t = OxmlElement("w:t")
    t.text = xml_safe(text)
    run.append(t)
    p.append(run)
    return p
