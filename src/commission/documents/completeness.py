"""Which typed texts a document would print in the other language: the list a secretary sees
before a Kazakh (or Russian) document is written, and the share the meeting page shows.

Worked out on the read models themselves, so the list names exactly what the document would
borrow from the other language — for a signed revision as much as for the record as it stands.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from commission.documents.minutes import Bilingual, DecisionLine, MinutesContext
from commission.documents.plan import PlanContext
from commission.domain.enums import DecisionKind

# The codes of the fields, for the screens to name them in the user's language.
PLACE = "place"
CONTROL_ASSIGNED_TO = "control_assigned_to"
ITEM_TITLE = "item_title"
ITEM_SPEAKERS = "item_speakers"
HEARD_SPEAKER = "heard_speaker"
HEARD_SUMMARY = "heard_summary"
DISCUSSION_SPEAKER = "discussion_speaker"
DISCUSSION_SUMMARY = "discussion_summary"
DECISION_TEXT = "decision_text"
ABSENCE_REASON = "absence_reason"
SUBSTITUTE_POSITION = "substitute_position"
GUEST_POSITION = "guest_position"
MEMBER_POSITION = "member_position"
PLAN_QUESTION = "plan_question"
PLAN_SPEAKER = "plan_speaker"
MEASURE_ACTION = "measure_action"
MEASURE_OUTCOME = "measure_outcome"


@dataclass(frozen=True)
class MissingText:
    """A text typed in one language only.

    Attributes:
        field: one of the codes above.
        item_number: the agenda item (1, 2, …) or the work plan's quarter; None elsewhere.
        decision_number: "2.1" for a decision's text.
        person: the member or guest a position or absence reason belongs to.
        record_id: the decision, work-plan item or measure to open; 0 when the field has no
            record of its own in the read model (the screen opens the meeting instead).
        text: the text as typed in the other language (what the document would borrow), for
            the list the user sees.
    """

    field: str
    item_number: int | None = None
    decision_number: str | None = None
    person: str | None = None
    record_id: int = 0
    text: str = ""


@dataclass(frozen=True)
class Completeness:
    """How many of the typed texts have their ``language`` value, and which do not."""

    language: str
    filled: int
    total: int
    missing: tuple[MissingText, ...]

    @property
    def complete(self) -> bool:
        return not self.missing


def _tally(language: str, found: Iterable[tuple[Bilingual, MissingText]]) -> Completeness:
    total = filled = 0
    missing = []
    for text, where in found:
        if not text:
            continue  # nothing typed in either language: nothing to print, nothing missing
        total += 1
        if text.has(language):
            filled += 1
        else:
            missing.append(replace(where, text=text.get(language)))  # falls back to the other
    return Completeness(language, filled, total, tuple(missing))


def _generated(decision: DecisionLine) -> bool:
    """The form words a note, a removal or an extension itself, in either language."""
    return (
        decision.kind is DecisionKind.NOTE
        or (decision.kind is DecisionKind.REMOVE_FROM_CONTROL and bool(decision.removes))
        or (decision.kind is DecisionKind.EXTEND and bool(decision.extends))
    )


def _minutes_texts(ctx: MinutesContext, language: str) -> Iterator[tuple[Bilingual, MissingText]]:
    yield ctx.venue, MissingText(PLACE)
    for person in (ctx.chair, *ctx.present):
        if person is not None:
            yield person.position, MissingText(MEMBER_POSITION, person=person.short_name)
    for line in ctx.absent:
        name = line.person.short_name
        yield line.person.position, MissingText(MEMBER_POSITION, person=name)
        yield line.reason, MissingText(ABSENCE_REASON, person=name)
        yield line.substitute_position, MissingText(SUBSTITUTE_POSITION, person=name)
    for guest in ctx.invited:
        yield guest.position, MissingText(GUEST_POSITION, person=guest.short_name)
    for item in ctx.agenda:
        n = item.number
        yield item.title, MissingText(ITEM_TITLE, n)
        yield item.speakers, MissingText(ITEM_SPEAKERS, n)
        yield item.heard_speaker, MissingText(HEARD_SPEAKER, n)
        yield item.heard_summary, MissingText(HEARD_SUMMARY, n)
        for entry in item.discussion:
            yield entry.speaker, MissingText(DISCUSSION_SPEAKER, n)
            yield entry.summary, MissingText(DISCUSSION_SUMMARY, n)
        for decision in item.decisions:
            if decision.text.has(language) or not _generated(decision):
                where = MissingText(DECISION_TEXT, n, decision.number, record_id=decision.id)
                yield decision.text, where
    yield ctx.control_assigned_to, MissingText(CONTROL_ASSIGNED_TO)


def _unique(found: Iterable[tuple[Bilingual, MissingText]]) -> list[tuple[Bilingual, MissingText]]:
    """Each text once: a member's position is printed in the list and in the appendix."""
    seen = set()
    result = []
    for text, where in found:
        if where not in seen:
            seen.add(where)
            result.append((text, where))
    return result


def minutes_completeness(ctx: MinutesContext, language: str) -> Completeness:
    """The minutes' (and their extracts') typed texts without their ``language`` value."""
    return _tally(language, _unique(_minutes_texts(ctx, language)))


def extract_completeness(ctx: MinutesContext, agency_id: int, language: str) -> Completeness:
    """An agency's extract: the titles of its items and the points addressed to it."""
    found: list[tuple[Bilingual, MissingText]] = []
    for item in ctx.for_agency(agency_id):
        found.append((item.title, MissingText(ITEM_TITLE, item.number)))
        for decision in item.decisions:
            if decision.text.has(language) or not _generated(decision):
                where = MissingText(
                    DECISION_TEXT, item.number, decision.number, record_id=decision.id
                )
                found.append((decision.text, where))
    return _tally(language, found)


def plan_completeness(ctx: PlanContext, language: str) -> Completeness:
    """The work plan's questions and speakers without their ``language`` value."""
    found = []
    for row in ctx.rows:
        found.append((row.question, MissingText(PLAN_QUESTION, row.quarter, record_id=row.item_id)))
        found.append((row.speaker, MissingText(PLAN_SPEAKER, row.quarter, record_id=row.item_id)))
    return _tally(language, found)


def texts_completeness(
    language: str, texts: Iterable[tuple[Bilingual, MissingText]]
) -> Completeness:
    """The same count for texts a service gathered itself (a programme's measures)."""
    return _tally(language, texts)
