"""Sentences the documents compose from the record: terms, votes, removals and extensions."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from commission.documents.minutes import Bilingual, DecisionLine, DecisionRef, VoteLine
from commission.domain.deadlines import DEFAULT_REPORT_DAY, DeadlineKind, DeadlineRule, Period
from commission.domain.enums import DecisionKind
from commission.exports import catalog
from commission.exports.wording import Wording

_PERIODS = {
    Period.MONTHLY: catalog.MONTHLY,
    Period.QUARTERLY: catalog.QUARTERLY,
    Period.HALF_YEARLY: catalog.HALF_YEARLY,
    Period.YEARLY: catalog.YEARLY,
}


def term_words(rule: DeadlineRule, due_dates: tuple[date, ...], w: Wording) -> str:
    """The term in words, without «Срок:»; empty when the rule is incomplete."""
    if rule.kind is DeadlineKind.FIXED:
        # The date the control follows: a day off typed as the term moves to a working day, and
        # the document must not promise a date the control register contradicts.
        day = due_dates[0] if due_dates else rule.fixed_date
        return w.date_until(day) if day else ""
    if rule.kind in (DeadlineKind.CALENDAR_DAYS, DeadlineKind.WORKING_DAYS):
        if not rule.days:
            return ""
        if rule.kind is DeadlineKind.CALENDAR_DAYS:
            words = w.calendar_days(rule.days)
        else:
            words = w.working_days(rule.days)
        if not due_dates:
            return words
        # The agency should not have to count working days itself: give the date too.
        return w.text(catalog.TERM_WITH_DATE, term=words, until=w.date_until(due_dates[0]))
    if rule.kind is DeadlineKind.PERIODIC:
        if rule.period is None:
            return ""
        report_day = rule.day_of_month or DEFAULT_REPORT_DAY
        words = w.text(_PERIODS[rule.period], day=report_day)
        if rule.until is None:
            return words
        return w.text(catalog.TERM_UNTIL_CONTROL, term=words, until=w.date_until(rule.until))
    return w.text(catalog.PERMANENT)


def term_line(decision: DecisionLine, w: Wording) -> str:
    """«Срок: до 10 апреля 2026 года.» or an empty string when the point has no term."""
    if decision.deadline is None:
        return ""
    words = term_words(decision.deadline, decision.due_dates, w)
    return w.text(catalog.TERM, term=words) if words else ""


def shows_binding_note(decision: DecisionLine) -> bool:
    """Binding force means something only for points that ask an agency to act."""
    return decision.is_binding and decision.kind in (
        DecisionKind.INSTRUCTION,
        DecisionKind.RECOMMENDATION,
    )


def vote_text(vote: VoteLine, w: Wording, *, with_label: bool = True) -> str:
    """«Итоги голосования: «за» — 9, «против» — нет, «воздержались» — нет.» and its outcome.

    Without the label («за» — 9, …) for a table cell. The counts are the record's; the result
    was computed when the vote was recorded and is only worded here.
    """
    counts = {
        "votes_for": w.none_or(vote.votes_for),
        "votes_against": w.none_or(vote.votes_against),
        "votes_abstained": w.none_or(vote.votes_abstained),
    }
    sentences = [w.text(catalog.VOTE if with_label else catalog.VOTE_SHORT, **counts)]
    if vote.casting_vote_used:
        sentences.append(
            w.text(catalog.CASTING_ADOPTED if vote.adopted else catalog.CASTING_REJECTED)
        )
    elif not vote.adopted:
        sentences.append(w.text(catalog.NOT_ADOPTED))
    if vote.dissenters and vote.dissenters.strip():
        # «Ли В. С.» ends with the initial's full stop; the sentence adds its own.
        typed = (w.person(name.strip()) for name in vote.dissenters.split(",") if name.strip())
        names = ", ".join(typed).rstrip(".")
        sentences.append(w.text(catalog.DISSENTERS, names=names))
    return " ".join(sentences)


def _grouped(refs: Iterable[DecisionRef]) -> dict[tuple[int, date], list[str]]:
    """Points grouped by the minutes they belong to, in the order they were given."""
    groups: dict[tuple[int, date], list[str]] = {}
    for ref in refs:
        groups.setdefault((ref.meeting_number, ref.meeting_date), []).append(ref.number)
    return groups


def removal_text(refs: Iterable[DecisionRef], w: Wording) -> str:
    """«Снять с контроля пункты 1.2, 2.1 протокола № 2 от 15 декабря 2025 года.»"""
    parts = []
    for (number, day), points in _grouped(refs).items():
        template = catalog.REFS_ONE if len(points) == 1 else catalog.REFS_MANY
        parts.append(w.text(template, points=", ".join(points), number=number, date=w.date_of(day)))
    # The book's "remove_points" is catalog.REMOVE_TEXT unless the administrator edited it.
    return w.phrase("remove_points", refs="; ".join(parts)) if parts else ""


def extension_text(extends: Iterable[tuple[DecisionRef, date]], w: Wording) -> str:
    """«Продлить срок исполнения пункта 3.2 протокола № 2 от … до 30 апреля 2026 года.»"""
    return " ".join(
        w.phrase(
            "extend_point",  # catalog.EXTEND_TEXT unless the administrator edited it
            point=ref.number,
            number=ref.meeting_number,
            date=w.date_of(ref.meeting_date),
            until=w.date_until(new_date),
        )
        for ref, new_date in extends
    )


def generated_text(decision: DecisionLine, w: Wording) -> str:
    """The sentence the form makes of a note, a removal or an extension; empty for others."""
    generated = [removal_text(decision.removes, w), extension_text(decision.extends, w)]
    text = " ".join(part for part in generated if part)
    if not text and decision.kind is DecisionKind.NOTE:
        text = w.phrase("note")  # catalog.NOTE_TEXT unless the administrator edited it
    return text


def decision_text(decision: DecisionLine, w: Wording) -> str:
    """The point's text as typed in the document's language; else the sentence the form makes
    of a note, a removal or an extension; else the text typed in the other language.

    A removal or extension typed in full already names its points, so the generated sentence
    is not added to it: the minutes must not say the same thing twice. A Kazakh document
    prints «Ақпарат назарға алынсын» rather than the Russian text typed for a note, and a
    phrase of the book typed in one language only prints in the other as the book has it.
    """
    if decision.text.has(w.language):
        return decision.text.get(w.language).strip()
    return generated_text(decision, w) or w.own(decision.text)


def control_assignee(who: Bilingual, w: Wording) -> str:
    """Whom «Контроль за исполнением … возложить на …» names: as typed in the document's
    language, else the phrase book's words («комиссия хатшысына») for «секретаря комиссии»."""
    return w.own(who).rstrip(".")
