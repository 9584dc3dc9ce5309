"""The individual programme of social-legal assistance as a Word file, to be signed by the
probation officer and the client.

Layout: the title with the case number; the client (full name, date of birth), district, the
dates the case was opened and the programme approved; the needs identified; a bordered table of
measures (kind of help, action, responsible agency, deadline); the client's statement of
consent; and signature lines for the officer and the client, each with a date to fill in.
"""

from __future__ import annotations

from commission.documents.programme import ProgrammeContext
from commission.domain import declension
from commission.domain.names import short_name
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
from commission.exports.templates import TemplateSource
from commission.exports.wording import Wording

_WIDTHS = (0.06, 0.2, 0.4, 0.2, 0.14)
_HEADERS = (
    catalog.COL_NUMBER,
    catalog.COL_HELP_KIND,
    catalog.COL_ACTION,
    catalog.COL_RESPONSIBLE_AGENCY,
    catalog.COL_DEADLINE,
)

Cell = tuple[Paragraph, ...]


def programme_blocks(ctx: ProgrammeContext, w: Wording) -> DocumentBlocks:
    title = w.text(catalog.PROGRAMME_TITLE, number=ctx.case_number)
    doc = DocumentBlocks(title=" ".join(title.split()), language=w.language)
    for line in title.split("\n"):
        doc.add(para(bold(line), style=Style.TITLE, keep_with_next=True))
    doc.add(blank_line())
    for text in (
        w.text(catalog.PROGRAMME_CLIENT, name=ctx.client_name),
        w.text(catalog.PROGRAMME_BIRTH_DATE, date=w.date_numeric(ctx.birth_date)),
        w.text(catalog.PROGRAMME_DISTRICT, district=ctx.district.get(w.language)),
        w.text(catalog.PROGRAMME_OPENED, date=w.date_numeric(ctx.opened_on)),
    ):
        doc.add(para(text, style=Style.PLAIN))
    if ctx.approved_on is not None:
        approved = w.text(catalog.PROGRAMME_APPROVED, date=w.date_numeric(ctx.approved_on))
        doc.add(para(approved, style=Style.PLAIN))
    doc.add(blank_line())
    needs = ", ".join(w.need_kind(kind) for kind in ctx.needs) or w.text(catalog.PROGRAMME_NO_NEEDS)
    doc.add(para(f"{w.text(catalog.PROGRAMME_NEEDS)} {needs}.", style=Style.PLAIN))
    doc.add(blank_line())
    doc.add(para(bold(w.text(catalog.PROGRAMME_MEASURES)), style=Style.PLAIN, keep_with_next=True))
    if ctx.measures:
        doc.add(_measures_table(ctx, w))
    else:
        doc.add(para(w.text(catalog.PROGRAMME_NO_MEASURES), style=Style.PLAIN))
    doc.add(blank_line())
    doc.add(para(consent(ctx, w)))
    doc.add(_signatures(ctx, w))
    return doc


def consent(ctx: ProgrammeContext, w: Wording) -> str:
    """«С программой ознакомлен и согласен…» / «ознакомлена и согласна…»: the client's sex
    is recorded (from the IIN); a record without it is read from the client's name."""
    sex = ctx.client_sex or declension.guess_sex(ctx.client_name)
    return w.by_sex(catalog.PROGRAMME_CONSENT, sex)


def _cell(text: str, align: Align | None = None) -> Cell:
    return (para(text, style=Style.TABLE, align=align),)


def _measures_table(ctx: ProgrammeContext, w: Wording) -> Table:
    header = tuple(
        (para(bold(w.text(source)), style=Style.TABLE, align=Align.CENTER),) for source in _HEADERS
    )
    rows: list[tuple[Cell, ...]] = [header]
    for index, m in enumerate(ctx.measures, start=1):
        rows.append(
            (
                _cell(str(index), Align.CENTER),
                _cell(w.need_kind(m.need_kind)),
                _cell(m.action.get(w.language).strip()),
                _cell(m.agency.get(w.language) if m.agency is not None else ""),
                _cell(w.date_numeric(m.deadline) if m.deadline else "", Align.CENTER),
            )
        )
    return Table(rows=tuple(rows), widths=_WIDTHS, borders=True, header_rows=1, space_before=True)


def _signatures(ctx: ProgrammeContext, w: Wording) -> Table:
    """Who signs on the left; the line with the name and the date line on the right."""
    rows: list[tuple[Cell, ...]] = []
    for index, (label, name) in enumerate(
        (
            (catalog.PROGRAMME_OFFICER, ctx.officer or ""),
            (catalog.PROGRAMME_CLIENT_SIGNS, ctx.client_name),
        )
    ):
        if index:
            rows.append((_plain(""), _plain("")))
        # Surname and initials, as under any signature: the full name is at the top, and a
        # long Kazakh name in full did not fit the line («Ахметов Қайрат | Ерланұлы»).
        signer = w.person(short_name(name)) if name else ""
        line = w.text(catalog.SIGNATURE_LINE, name=signer).rstrip()
        rows.append((_plain(w.text(label)), _plain(line, Align.RIGHT)))
        rows.append((_plain(""), _plain(w.text(catalog.SIGNATURE_DATE), Align.RIGHT)))
    return Table(rows=tuple(rows), widths=(0.4, 0.6), space_before=True, keep_together=True)


def _plain(text: str, align: Align = Align.LEFT) -> Cell:
    return (para(text, style=Style.PLAIN, align=align),)


def programme_docx(ctx: ProgrammeContext, language: str, template: TemplateSource = None) -> bytes:
    """The .docx bytes; ``template`` is an akimat's own (settings ``template_path``) or ours."""
    return render_docx(programme_blocks(ctx, Wording(language)), template)
