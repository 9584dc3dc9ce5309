"""Build ``resources/templates/minutes.docx``: ``python -m commission.exports.template_builder``.

The shipped template is made by this script, not by hand, so its page set-up and styles match
``page.py``. An akimat changes the look by editing the template's styles in Word (or by pointing
the settings at its own template); the minutes always clear the template's body and keep its
section: page size, margins, headers and footers.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from commission.exports.blocks import Style
from commission.exports.docx_xml import ALIGN
from commission.exports.page import (
    FONT,
    FONT_SIZE_PT,
    HEADER_DISTANCE_MM,
    MARGIN_BOTTOM_MM,
    MARGIN_LEFT_MM,
    MARGIN_RIGHT_MM,
    MARGIN_TOP_MM,
    PAGE_HEIGHT_MM,
    PAGE_WIDTH_MM,
    SPECS,
)
from commission.exports.templates import default_template

# Shown in the template's body so whoever edits the styles sees each one; never in documents,
# which clear the body.
_SAMPLES = {
    Style.TITLE: "Commission Title — the document's title, centred and bold",
    Style.HEADING: "Commission Heading — an agenda item's heading: I. …",
    Style.SECTION: "Commission Section — a paragraph that opens a part: chaired by, heard …",
    Style.BODY: "Commission Body — running text, justified, with a first-line indent",
    Style.POINT: "Commission Point — a decision point: 1.1. …, its term and binding note",
    Style.PLAIN: "Commission Plain — lines without indent: place and date, signatures",
    Style.TABLE: "Commission Table — text in bordered tables",
}


def _fonts(rpr_owner: Any) -> None:
    """Times New Roman for every script slot, so Cyrillic never falls back to a theme font."""
    rpr = rpr_owner.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), FONT)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(theme), None)


def _page_number_field(paragraph: Any) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    paragraph._p.append(field)


def build(target: Path) -> Path:
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(PAGE_WIDTH_MM), Mm(PAGE_HEIGHT_MM)
    section.left_margin, section.right_margin = Mm(MARGIN_LEFT_MM), Mm(MARGIN_RIGHT_MM)
    section.top_margin, section.bottom_margin = Mm(MARGIN_TOP_MM), Mm(MARGIN_BOTTOM_MM)
    section.header_distance = section.footer_distance = Mm(HEADER_DISTANCE_MM)

    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(FONT_SIZE_PT)
    _fonts(normal.element)
    normal_fmt = normal.paragraph_format
    normal_fmt.space_before = normal_fmt.space_after = Pt(0)
    normal_fmt.line_spacing = 1.0
    for name, spec in SPECS.items():
        style = document.styles.add_style(name.value, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.quick_style = True
        style.font.bold = spec.bold
        style.font.size = Pt(spec.size_pt)
        fmt = style.paragraph_format
        fmt.alignment = ALIGN[spec.align]
        fmt.first_line_indent = Mm(spec.indent_mm)
        fmt.space_before = Pt(spec.space_before_pt)
        fmt.space_after = Pt(spec.space_after_pt)
        fmt.keep_with_next = spec.keep_with_next
        fmt.keep_together = spec.keep_lines
        fmt.widow_control = True

    # Page 1 keeps an empty header: the letterhead's place. Later pages number themselves at
    # the top centre, as office rules ask for multi-page documents.
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = ""
    number = section.header.paragraphs[0]
    number.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_number_field(number)

    for style, text in _SAMPLES.items():
        document.add_paragraph(text, style=style.value)

    props = document.core_properties
    props.title = "Commission minutes template"
    props.author = props.last_modified_by = ""
    props.comments = "Built by python -m commission.exports.template_builder"
    props.created = props.modified = datetime(2026, 1, 1)
    props.revision = 1
    target.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(target))
    return target


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else default_template()
    print(build(target))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
