"""An agenda item's part of the minutes and of an extract: heading, СЛУШАЛИ, …, ПОСТАНОВИЛИ."""

from __future__ import annotations

from collections.abc import Sequence

from commission.documents.minutes import (
    AgendaLine,
    DecisionLine,
    DiscussionLine,
    ProgressLine,
    VoteLine,
)
from commission.exports import catalog, phrases, speakers
from commission.exports.blocks import Align, Block, Paragraph, Run, Style, Table, bold, para
from commission.exports.sanitize import xml_safe
from commission.exports.speakers import Speakers
from commission.exports.wording import Wording, roman

_SENTENCE_END = (".", "!", "?", "…")


def item_title(item: AgendaLine, w: Wording) -> str:
    """The title as typed, with the cases it concerns: «… (Б-ов Н. К., дело № 14/2026)».

    A standing item's title typed only in Russian prints in Kazakh as the phrase book has it.
    """
    title = w.own(item.title).rstrip(".")
    cases = [
        w.text(catalog.CASE, label=case.label, number=case.case_number)
        for case in item.cases
        if case.case_number not in title  # the secretary may have typed it already
    ]
    return f"{title} ({'; '.join(cases)})" if cases else title


def sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text.endswith(_SENTENCE_END) else text + "."


def heading(item: AgendaLine, w: Wording) -> Paragraph:
    return para(
        bold(f"{roman(item.number)}. {item_title(item, w)}"),
        style=Style.HEADING,
        keep_with_next=True,
    )


def lines_of(text: str) -> list[str]:
    """A typed text's non-empty lines; Word's manual line and page breaks count as new lines."""
    return [line.strip() for line in xml_safe(text).split("\n") if line.strip()] or [""]


def labelled(label: str, text: str, style: Style = Style.SECTION) -> list[Paragraph]:
    """«СЛУШАЛИ: first line», then the following lines of a typed text as paragraphs."""
    lines = lines_of(text)
    first = para(bold(label), " " + lines[0] if lines[0] else "", style=style)
    return [first, *(para(line) for line in lines[1:])]


def heard(item: AgendaLine, w: Wording, people: Speakers | None = None) -> list[Paragraph]:
    """«СЛУШАЛИ: Нурланову А. Е. — …»: the speaker in the accusative in Russian (``people``
    tells the sex of the meeting's members and guests and the stored forms)."""
    speaker = speakers.heard_speaker(item.heard_speaker.get(w.language), w, people)
    summary = item.heard_summary.get(w.language).strip()
    if not speaker and not summary:
        return []
    if speaker and summary:
        text = w.text(catalog.HEARD_TEXT, speaker=speaker, summary=summary)
    else:
        text = speaker or summary
    return labelled(w.text(catalog.HEARD), text)


def discussion(item: AgendaLine, w: Wording) -> list[Paragraph]:
    if not item.discussion:
        return []
    label = w.text(catalog.SPOKE)
    lang = w.language

    def speaker(entry: DiscussionLine) -> str:
        # A name typed «Сейтказинов Б. А.» reads «Б. А. Сейтказинов» in Kazakh, with a position
        # after it too.
        return speakers.named(entry.speaker.get(lang).strip(), w)

    if not any(entry.summary for entry in item.discussion):
        # Names only, as in the model minutes: «ВЫСТУПИЛИ: Сейтказинов Б. А., Касымов Е. Б.»
        return labelled(label, ", ".join(speaker(entry) for entry in item.discussion))
    lines = [
        w.text(catalog.HEARD_TEXT, speaker=speaker(e), summary=e.summary.get(lang))
        if e.summary
        else speaker(e)
        for e in item.discussion
    ]
    first, *rest = lines
    return [*labelled(label, first), *(para(line) for line in rest)]


def progress_table(rows: Sequence[ProgressLine], w: Wording) -> list[Block]:
    """The decisions reviewed under «О ходе исполнения…», with their state at the meeting."""
    if not rows:
        return []
    header = tuple(
        (para(bold(w.text(source)), style=Style.TABLE, align=Align.CENTER),)
        for source in (
            catalog.COL_POINT,
            catalog.COL_MINUTES,
            catalog.COL_INSTRUCTION,
            catalog.COL_TERM,
            catalog.COL_STATE,
        )
    )
    body = []
    for row in rows:
        minutes = w.text(
            catalog.MINUTES_REF_SHORT,
            number=row.ref.meeting_number,
            date=w.date_numeric(row.ref.meeting_date),
        )
        instruction = [para(row.text.get(w.language).strip(), style=Style.TABLE)]
        if row.lead is not None:
            executor = w.text(catalog.EXECUTOR, agency=row.lead.short_name.get(w.language))
            instruction.append(para(Run(executor, italic=True), style=Style.TABLE))
        due = w.date_numeric(row.due_date) if row.due_date else ""
        body.append(
            (
                (para(row.ref.number, style=Style.TABLE, align=Align.CENTER),),
                (para(minutes, style=Style.TABLE),),
                tuple(instruction),
                (para(due, style=Style.TABLE, align=Align.CENTER),),
                (para(w.state(row.state), style=Style.TABLE),),
            )
        )
    table = Table(
        rows=(header, *body),
        widths=(0.11, 0.18, 0.39, 0.15, 0.17),
        borders=True,
        header_rows=1,
    )
    return [para(w.text(catalog.PROGRESS_CAPTION), keep_with_next=True), table]


def point(decision: DecisionLine, w: Wording, *, report_line: bool) -> list[Paragraph]:
    """«2.1. text», then its term with the binding note, then where to report."""
    lines = lines_of(phrases.decision_text(decision, w))
    result = [para(f"{decision.number}. {lines[0]}".rstrip(), style=Style.POINT)]
    result += [para(line, style=Style.POINT) for line in lines[1:]]
    term = [phrases.term_line(decision, w)]
    if phrases.shows_binding_note(decision):
        term.append(w.text(catalog.BINDING))
    if any(term):
        result.append(para(" ".join(t for t in term if t), style=Style.POINT))
    if report_line and decision.report_to_secretary:
        result.append(para(w.text(catalog.REPORT_TO_SECRETARY), style=Style.POINT))
    return result


def common_vote(decisions: Sequence[DecisionLine]) -> VoteLine | None:
    """The vote of the item, when every point was put to the same vote with the same result."""
    votes = {d.vote for d in decisions}
    if len(votes) != 1:
        return None
    return next(iter(votes))


def decided(
    decisions: Sequence[DecisionLine], w: Wording, *, votes: bool, report_lines: bool
) -> list[Paragraph]:
    """ПОСТАНОВИЛИ with its points; the vote once per item, or after each point that differs."""
    if not decisions:
        return []
    result = [para(bold(w.text(catalog.DECIDED)), style=Style.SECTION, keep_with_next=True)]
    shared = common_vote(decisions) if votes else None
    for decision in decisions:
        result += point(decision, w, report_line=report_lines)
        if votes and shared is None and decision.vote is not None:
            result.append(para(phrases.vote_text(decision.vote, w), style=Style.POINT))
    if shared is not None:
        result.append(para(phrases.vote_text(shared, w), style=Style.SECTION))
    return result
