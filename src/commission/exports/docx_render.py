"""Blocks to a .docx file, on our template or on an akimat's own.

The template gives the page set-up, the letterhead (its headers and footers) and the styles;
its body is cleared. A template without our paragraph styles still works: those paragraphs get
the built-in Normal style plus the same look as direct formatting (``page.SPECS``).

What must stay on one page is told to Word the way Word keeps things together: rows that cannot
split, and keep-with-next on every paragraph of a table that stays whole (LibreOffice reads it
the same way).
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu

from commission.exports.blocks import DocumentBlocks, Paragraph, Style, Table, blank_line
from commission.exports.columns import fit_table
from commission.exports.docx_mark import mark_every_page
from commission.exports.docx_xml import paragraph_element
from commission.exports.page import SPECS
from commission.exports.sanitize import xml_safe
from commission.exports.templates import TemplateSource, open_template

_LANGUAGE_TAGS = {"ru": "ru-RU", "kk": "kk-KZ"}
_BORDER_SIDES = ("top", "left", "bottom", "right", "insideH", "insideV")


def render_docx(doc: DocumentBlocks, template: TemplateSource = None) -> bytes:
    document = open_template(template)
    _clear_body(document)
    writer = _Writer(document)
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            writer.paragraph(document, block)
        elif block.rows:  # Word refuses a table without rows
            writer.table(document, block)
    if doc.mark:
        mark_every_page(document, doc.mark)
    _set_language(document, doc.language)
    props = document.core_properties
    props.title = xml_safe(doc.title)[:250]
    props.language = _LANGUAGE_TAGS.get(doc.language, doc.language)
    props.author = props.last_modified_by = ""
    props.created = props.modified = datetime.now()
    props.revision = 1
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _clear_body(document: Any) -> None:
    """Drop the template's content but keep its final section: page set-up and letterhead."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _set_language(document: Any, language: str) -> None:
    """Spell-checking in Word follows the document's default language."""
    tag = _LANGUAGE_TAGS.get(language)
    if tag is None:
        return
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), tag)


class _Writer:
    """Writes blocks into one document; knows which of our styles the template has."""

    def __init__(self, document: Any) -> None:
        ours = set(Style)
        self._styles = {
            style.name: style.style_id
            for style in document.styles
            if style.type == WD_STYLE_TYPE.PARAGRAPH and style.name in ours
        }
        section = document.sections[-1]
        self._text_width = Emu(section.page_width - section.left_margin - section.right_margin)
        self._end = document.element.body.find(qn("w:sectPr"))  # the body ends with it

    def _element(self, block: Paragraph, size_pt: float | None = None) -> Any:
        style_id = self._styles.get(block.style.value)
        fallback = None if style_id is not None else SPECS[block.style]
        return paragraph_element(block, style_id, fallback, size_pt)

    def paragraph(self, document: Any, block: Paragraph) -> None:
        self._end.addprevious(self._element(block))

    def table(self, document: Any, block: Table) -> None:
        block = fit_table(block, self._text_width.mm)
        if block.space_before:
            self.paragraph(document, dataclasses.replace(blank_line(), keep_with_next=True))
        table = document.add_table(rows=len(block.rows), cols=len(block.widths))
        widths = [Emu(int(self._text_width * share)) for share in block.widths]
        tbl = table._tbl
        _table_properties(tbl, block.borders)
        tbl_width = tbl.tblPr.find(qn("w:tblW"))
        tbl_width.set(qn("w:type"), "dxa")
        tbl_width.set(qn("w:w"), str(sum(width.twips for width in widths)))
        for grid_col, width in zip(tbl.tblGrid.gridCol_lst, widths, strict=True):
            grid_col.w = width
        last = len(block.rows) - 1
        for index, (tr, row) in enumerate(zip(tbl.tr_lst, block.rows, strict=True)):
            _row_properties(tr, header=index < block.header_rows)
            # Word keeps a table on one page when each row keeps with the next; a header row
            # keeps with the first row below it in any table.
            keep = (block.keep_together and index < last) or index < block.header_rows
            for tc, cell_blocks, width in zip(tr.tc_lst, row, widths, strict=True):
                tc.width = width
                for empty in tc.p_lst:  # a new cell holds one empty paragraph
                    tc.remove(empty)
                for cell_block in cell_blocks or (blank_line(),):
                    if keep:
                        cell_block = dataclasses.replace(cell_block, keep_with_next=True)
                    tc.append(self._element(cell_block, block.size_pt))


def _element(parent: Any, tag: str) -> Any:
    """The child ``tag`` of ``parent``, appended when missing (order within tblPr is lax)."""
    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        parent.append(found)
    return found


def _table_properties(tbl: Any, borders: bool) -> None:
    tbl_pr = tbl.tblPr
    # Fixed layout: Word and LibreOffice then keep our column widths instead of guessing.
    _element(tbl_pr, "w:tblLayout").set(qn("w:type"), "fixed")
    tbl_borders = _element(tbl_pr, "w:tblBorders")
    for side in _BORDER_SIDES:
        edge = _element(tbl_borders, f"w:{side}")
        edge.set(qn("w:val"), "single" if borders else "nil")
        if borders:
            edge.set(qn("w:sz"), "4")
            edge.set(qn("w:space"), "0")
            edge.set(qn("w:color"), "000000")
    # A borderless table lines up with the text around it only without cell padding.
    margins = _element(tbl_pr, "w:tblCellMar")
    for side, width in (("left", 57 if borders else 0), ("right", 57 if borders else 0)):
        edge = _element(margins, f"w:{side}")
        edge.set(qn("w:w"), str(width))
        edge.set(qn("w:type"), "dxa")
    _reorder_table_properties(tbl_pr)


# The schema order of tblPr's children; Word refuses a file where they are out of order.
_TBL_PR_ORDER = [
    qn(f"w:{name}")
    for name in (
        "tblStyle",
        "tblpPr",
        "tblOverlap",
        "bidiVisual",
        "tblStyleRowBandSize",
        "tblStyleColBandSize",
        "tblW",
        "jc",
        "tblCellSpacing",
        "tblInd",
        "tblBorders",
        "shd",
        "tblLayout",
        "tblCellMar",
        "tblLook",
        "tblCaption",
        "tblDescription",
    )
]


def _reorder_table_properties(tbl_pr: Any) -> None:
    children: Iterable[Any] = sorted(
        tbl_pr,
        key=lambda e: _TBL_PR_ORDER.index(e.tag) if e.tag in _TBL_PR_ORDER else len(_TBL_PR_ORDER),
    )
    for child in list(children):
        tbl_pr.append(child)  # appending an existing child moves it: the sorted order results


def _row_properties(tr: Any, *, header: bool) -> None:
    """A row never breaks across pages (a signature or a decision read in one piece)."""
    tr_pr = tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))
    if header:
        tr_pr.append(OxmlElement("w:tblHeader"))
