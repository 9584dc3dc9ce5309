"""The .docx pages as LibreOffice lays them out (skipped without LibreOffice), and the Word
properties that make them: rows that cannot split, kept paragraphs, the margins, the draft
mark in every header, names bound by non-breaking spaces."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph

from commission.documents.minutes import MinutesContext
from commission.domain.enums import MinutesState
from commission.exports import catalog
from commission.exports.docx_render import render_docx
from commission.exports.extract_docx import extract_docx
from commission.exports.minutes_docx import minutes_docx
from commission.exports.wording import Wording
from tests.exports.pages import Page, libreoffice_pdfs, minutes_variants, page_of

# Every other line over a page: the closing part is six lines high, so each of its gaps is hit.
FILLERS = range(0, 46, 2)


def _closing_page(pages: list[Page], ctx: MinutesContext, language: str, name: str) -> int:
    w = Wording(language)
    control = " ".join(w.text(catalog.CONTROL, who="X").split()[:3])
    texts = (control, w.text(catalog.CHAIR), w.text(catalog.SECRETARY))
    found = {text: page_of(pages, text) for text in texts}
    assert all(len(where) == 1 for where in found.values()), (name, found)
    assert len({where[0] for where in found.values()}) == 1, (name, found)
    appendix = w.text(catalog.APPENDIX, number=ctx.number, date=w.date_of(ctx.meeting_date))
    closing = found[texts[0]][0]
    assert page_of(pages, appendix.replace("\xa0", " ")) == [closing + 1], (name, found)
    return closing


def test_libreoffice_keeps_the_closing_paragraph_with_both_signatures(
    ctx: MinutesContext, tmp_path: Path
) -> None:
    variants = minutes_variants(ctx, "ru", FILLERS) | minutes_variants(ctx, "kk", FILLERS)
    documents = {name: render_docx(doc) for name, doc in variants.items()}
    for name, pages in libreoffice_pdfs(documents, tmp_path).items():
        language = name.split("-")[0]
        _closing_page(pages, ctx, language, name)
        for number, page in enumerate(pages, start=1):
            assert page.body(20), f"{name}: page {number} is empty"
            for word in page.words:  # the office margins: 30 left, 15 right, 20 at the bottom
                assert word.left >= 29.5 and word.right <= 195.5, (name, number, word)
                assert word.bottom <= 277.5, (name, number, word)


def test_libreoffice_prints_the_draft_mark_on_every_page(
    ctx: MinutesContext, tmp_path: Path
) -> None:
    draft = dataclasses.replace(ctx, minutes_state=MinutesState.DRAFT)
    documents = {"ru": minutes_docx(draft, "ru"), "kk": minutes_docx(draft, "kk")}
    documents["final"] = minutes_docx(ctx, "ru")
    pages = libreoffice_pdfs(documents, tmp_path)
    for language, mark in (("ru", "ПРОЕКТ"), ("kk", "ЖОБА")):
        assert len(pages[language]) >= 2
        for page in pages[language]:
            marks = [word for word in page.words if word.text == mark]
            assert len(marks) == 1 and marks[0].top >= 9.5 and marks[0].right <= 195.5
    assert not any("ПРОЕКТ" in page.text for page in pages["final"])


def test_word_properties_of_kept_parts(ctx: MinutesContext) -> None:
    document = docx.Document(io.BytesIO(minutes_docx(ctx, "ru")))
    section = document.sections[-1]
    sides = (section.left_margin, section.right_margin, section.top_margin, section.bottom_margin)
    assert [round(side.mm) for side in sides] == [30, 15, 20, 20]  # KZ official documents
    signatures = document.tables[-1]
    assert "Нурланова" in signatures.rows[-1].cells[1].text
    for row in signatures.rows:
        assert row._tr.trPr.find(qn("w:cantSplit")) is not None
    for row in signatures.rows[:-1]:
        for cell in row.cells:
            assert all(p.paragraph_format.keep_with_next for p in cell.paragraphs)
    body = list(document.iter_inner_content())
    control = next(
        i
        for i, block in enumerate(body)
        if isinstance(block, Paragraph) and block.text.startswith("Контроль за исполнением")
    )
    # The closing paragraph, then the blank line above the table: both keep with what follows.
    kept = [body[i] for i in (control, control + 1)]
    assert all(isinstance(p, Paragraph) and p.paragraph_format.keep_with_next for p in kept)
    assert isinstance(body[control + 2], DocxTable)
    headings = [p for p in document.paragraphs if p.text.startswith(("I. ", "II. ", "III. "))]
    assert headings and all(p.style.name == "Commission Heading" for p in headings)
    heading_style = document.styles["Commission Heading"].paragraph_format
    assert heading_style.alignment == 0 and heading_style.keep_with_next  # LEFT
    assert heading_style.keep_together
    assert not any(h.paragraphs and "ПРОЕКТ" in h._element.xml for h in _headers(document))


def _headers(document: docx.document.Document) -> list[docx.section._Header]:
    section = document.sections[-1]
    return [section.header, section.first_page_header]


def test_draft_mark_in_every_header_of_a_draft(ctx: MinutesContext) -> None:
    draft = dataclasses.replace(ctx, minutes_state=MinutesState.DRAFT)
    document = docx.Document(io.BytesIO(minutes_docx(draft, "kk")))
    for header in _headers(document):
        frames = header._element.findall(f".//{qn('w:framePr')}")
        assert len(frames) == 1 and "ЖОБА" in header._element.xml


def test_an_extract_of_draft_minutes_is_marked_too(ctx: MinutesContext) -> None:
    draft = dataclasses.replace(ctx, minutes_state=MinutesState.DRAFT)
    police = ctx.agenda[1].decisions[1].lead
    assert police is not None
    document = docx.Document(io.BytesIO(extract_docx(draft, police.id, "ru")))
    assert all("ПРОЕКТ" in header._element.xml for header in _headers(document))
    final = docx.Document(io.BytesIO(extract_docx(ctx, police.id, "ru")))
    assert not any("ПРОЕКТ" in header._element.xml for header in _headers(final))


def test_typed_names_are_bound_to_their_initials(ctx: MinutesContext) -> None:
    """The secretary typed plain spaces; the file has non-breaking ones inside each name."""
    document = docx.Document(io.BytesIO(minutes_docx(ctx, "ru")))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Нурланову\xa0А.\xa0Е." in text  # typed in СЛУШАЛИ
    assert "Касымов\xa0Е.\xa0Б." in text
    assert "Нурланову А. Е." not in text
