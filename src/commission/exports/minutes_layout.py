"""The minutes in the official order, as blocks: see ``/work/shared/samples/minutes-*.md``.

Header (akimat, title, place and date), attendance with the quorum line, the agenda, each item
under its Roman numeral, the control point, the signatures, and the list of members present as
the appendix the quorum line refers to («список прилагается»).
"""

from __future__ import annotations

import dataclasses

from commission.documents.minutes import AbsentLine, MinutesContext, PersonLine
from commission.domain.enums import MeetingFormat, MeetingKind, MemberRole, MinutesState
from commission.exports import catalog, draft, items_layout, phrases, police_table
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
from commission.exports.speakers import Speakers
from commission.exports.wording import Wording


def minutes_blocks(ctx: MinutesContext, w: Wording) -> DocumentBlocks:
    w = w.with_phrases(ctx.phrases)  # the phrase book as the administrator edited it
    lang = w.language
    template = (
        catalog.MINUTES_TITLE_EXTRAORDINARY
        if ctx.kind is MeetingKind.EXTRAORDINARY
        else catalog.MINUTES_TITLE
    )
    title_lines = w.text(template, commission=ctx.commission_name.get(lang)).split("\n")
    number = w.text(catalog.NUMBER, number=ctx.number)
    doc = DocumentBlocks(
        title=f"{' '.join(title_lines)} {number}", language=lang, mark=draft.draft_mark(ctx, w)
    )
    doc.add(para(ctx.akimat.get(lang).upper(), style=Style.PLAIN, align=Align.CENTER))
    doc.add(blank_line())
    for line in title_lines:
        doc.add(para(bold(line), style=Style.TITLE, keep_with_next=True))
    revision = _revision_note(ctx, w)
    if revision:
        doc.add(para(revision, style=Style.PLAIN, align=Align.CENTER))
    doc.add(_place_and_date(ctx, w, number))
    for paragraph in [*_attendance(ctx, w), *_agenda(ctx, w)]:
        doc.add(paragraph)
    people = Speakers.of(ctx)
    for item in ctx.agenda:
        doc.add(items_layout.heading(item, w))
        for block in [
            *items_layout.heard(item, w, people),
            *items_layout.progress_table(item.progress, w),
            *police_table.police_table(item.police, w),
            *items_layout.discussion(item, w),
            *items_layout.decided(item.decisions, w, votes=True, report_lines=True),
        ]:
            doc.add(block)
    if ctx.control_assigned_to:
        who = phrases.control_assignee(ctx.control_assigned_to, w)
        doc.add(para(bold(w.text(catalog.CONTROL, who=who)), style=Style.SECTION))
    _keep_with_signatures(doc)
    doc.add(_signatures(ctx, w))
    for paragraph in _appendix(ctx, w):
        doc.add(paragraph)
    return doc


def _revision_note(ctx: MinutesContext, w: Wording) -> str:
    if ctx.minutes_state is not MinutesState.AMENDED or ctx.revision <= 0:
        return ""
    if ctx.amended_on is None:
        return w.text(catalog.REVISION, revision=ctx.revision)
    return w.text(catalog.AMENDED, date=w.date_of(ctx.amended_on), revision=ctx.revision)


def _place_and_date(ctx: MinutesContext, w: Wording, number: str) -> Table:
    """| г. Косшы | № 3 | over | «12» марта 2026 года | 10:00, актовый зал акимата |."""
    when_where = []
    if ctx.start_time is not None:
        when_where.append(w.text(catalog.AT_TIME, time=f"{ctx.start_time:%H:%M}"))
    if ctx.venue:
        when_where.append(ctx.venue.get(w.language).strip())
    if ctx.format is MeetingFormat.ONLINE:
        when_where.append(w.text(catalog.FORMAT_ONLINE))
    elif ctx.format is MeetingFormat.MIXED:
        when_where.append(w.text(catalog.FORMAT_MIXED))

    def left(text: str) -> tuple[Paragraph, ...]:
        return (para(text, style=Style.PLAIN, align=Align.LEFT),)

    def right(text: str) -> tuple[Paragraph, ...]:
        return (para(text, style=Style.PLAIN, align=Align.RIGHT),)

    rows = (
        (left(ctx.town.get(w.language)), right(number)),
        (left(w.date_quoted(ctx.meeting_date)), right(", ".join(when_where))),
    )
    return Table(rows=rows, widths=(0.45, 0.55), space_before=True)


def _position_and_name(person: PersonLine, w: Wording) -> str:
    name = w.person(person.short_name)
    position = person.position.get(w.language).strip()
    return w.text(catalog.POSITION_NAME, position=position, name=name) if position else name


def _name_and_position(person: PersonLine, w: Wording) -> str:
    name = w.person(person.short_name)
    position = person.position.get(w.language).strip()
    return w.text(catalog.NAME_POSITION, name=name, position=position) if position else name


def _absent(line: AbsentLine, w: Wording) -> str:
    reason = line.reason.get(w.language).strip()
    substitute = w.person((line.substitute_name or "").strip())
    position = line.substitute_position.get(w.language).strip()
    if substitute and position:
        substitute = w.text(catalog.NAME_POSITION, name=substitute, position=position)
    if reason and substitute:
        reason = w.text(catalog.REASON_AND_SUBSTITUTE, reason=reason, substitute=substitute)
    elif substitute:
        reason = w.text(catalog.SUBSTITUTE, substitute=substitute)
    name = w.person(line.person.short_name)
    return w.text(catalog.ABSENT_REASON, name=name, reason=reason) if reason else name


def _attendance(ctx: MinutesContext, w: Wording) -> list[Paragraph]:
    result = []
    if ctx.chair is not None:
        chair = _position_and_name(ctx.chair, w)
        result.append(para(bold(w.text(catalog.CHAIRED_BY)), " " + chair, style=Style.SECTION))
    quorum = w.text(catalog.QUORUM_PRESENT if ctx.has_quorum else catalog.QUORUM_ABSENT)
    present = w.text(
        catalog.MEMBERS_PRESENT,
        present=ctx.voting_present,
        of_total=w.of_total(ctx.voting_members_total),
        quorum=quorum,
    )
    result.append(para(bold(w.text(catalog.PRESENT)), " " + present, style=Style.SECTION))
    if ctx.absent:
        absent = ", ".join(_absent(line, w) for line in ctx.absent)
        result.append(para(bold(w.text(catalog.ABSENT)), " " + items_layout.sentence(absent)))
    if ctx.invited:
        invited = "; ".join(_name_and_position(guest, w) for guest in ctx.invited)
        result.append(para(bold(w.text(catalog.INVITED)), " " + items_layout.sentence(invited)))
    return result


def _agenda(ctx: MinutesContext, w: Wording) -> list[Paragraph]:
    if not ctx.agenda:
        return []
    result = [para(bold(w.text(catalog.AGENDA)), style=Style.SECTION, keep_with_next=True)]
    for item in ctx.agenda:
        title = items_layout.sentence(items_layout.item_title(item, w))
        result.append(para(f"{item.number}. {title}", keep_with_next=bool(item.speakers)))
        if item.speakers:
            speakers = item.speakers.get(w.language).strip()
            result.append(para(w.text(catalog.SPEAKER, speakers=speakers)))
    return result


def _keep_with_signatures(doc: DocumentBlocks) -> None:
    """The closing paragraph (or the last one) goes to the signatures' page: a signature never
    stands alone on a page."""
    if doc.blocks and isinstance(doc.blocks[-1], Paragraph):
        doc.blocks[-1] = dataclasses.replace(doc.blocks[-1], keep_with_next=True)


def _signatures(ctx: MinutesContext, w: Wording) -> Table:
    """Who presided signs as chair, or as deputy chair when the deputy chaired the sitting."""
    rows = []
    if ctx.chair is not None:
        deputy = ctx.chair.role == MemberRole.DEPUTY_CHAIR
        label = w.text(catalog.DEPUTY_CHAIR if deputy else catalog.CHAIR)
        rows.append((label, ctx.chair.signature_name))
    if ctx.secretary is not None:
        rows.append((w.text(catalog.SECRETARY), ctx.secretary.signature_name))
    return signature_table(rows)


def signature_table(rows: list[tuple[str, str]]) -> Table:
    """Title on the left, the name on the right, room to sign between the rows."""
    cells = []
    for index, (label, name) in enumerate(rows):
        if index:
            cells.append(((para("", style=Style.PLAIN),), (para("", style=Style.PLAIN),)))
        cells.append(
            (
                (para(label, style=Style.PLAIN, align=Align.LEFT),),
                (para(name, style=Style.PLAIN, align=Align.RIGHT),),
            )
        )
    return Table(rows=tuple(cells), widths=(0.6, 0.4), space_before=True, keep_together=True)


def _appendix(ctx: MinutesContext, w: Wording) -> list[Paragraph]:
    if not ctx.present:
        return []
    appendix = w.text(catalog.APPENDIX, number=ctx.number, date=w.date_of(ctx.meeting_date))
    result = [para(appendix, style=Style.PLAIN, align=Align.RIGHT, page_break_before=True)]
    result.append(blank_line())
    for line in w.text(catalog.PRESENT_LIST_TITLE).split("\n"):
        result.append(para(bold(line), style=Style.TITLE, keep_with_next=True))
    result.append(blank_line())
    for index, person in enumerate(ctx.present, start=1):
        name = w.person(person.short_name)
        position = person.position.get(w.language).strip()
        entry = w.text(catalog.LIST_ENTRY, name=name, position=position) if position else name
        result.append(para(f"{index}. {entry}", style=Style.PLAIN, align=Align.JUSTIFY))
    return result
