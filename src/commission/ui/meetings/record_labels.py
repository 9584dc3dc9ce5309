"""Words the agenda and decision screens show for terms, votes and references.

Each function holds literal English strings under the ``Record`` context so that
``pyside6-lupdate`` finds them; the lead translates them with the rest of the interface. The
minutes' own wording lives in ``exports`` — these are the screen's short forms.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication

from commission.documents.minutes import DecisionRef
from commission.domain.deadlines import DEFAULT_REPORT_DAY, DeadlineKind, DeadlineRule, Period
from commission.domain.voting import AGAINST, FOR, VoteOutcome

# Literal QCoreApplication.translate("Record", …) calls: lupdate only reads literal contexts.
# What a Qt widget should never be handed: control characters pasted from Word (the services
# clean stored text; this is for text on its way to the screen or from the clipboard).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def plain(text: str | None) -> str:
    """Text safe to show: Word's line break (\\x0b) becomes a newline, other controls go."""
    if not text:
        return ""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\x0b", "\n"))


def one_line(text: str | None) -> str:
    """Text for a table cell or a list line: a single line."""
    return " ".join(plain(text).split())


def fmt_date(day: date | None) -> str:
    return day.strftime("%d.%m.%Y") if day is not None else ""


# --- terms ------------------------------------------------------------------------------------


def deadline_kind_label(kind: DeadlineKind | None) -> str:
    labels = {
        None: QCoreApplication.translate("Record", "No term"),
        DeadlineKind.FIXED: QCoreApplication.translate("Record", "By a date"),
        DeadlineKind.CALENDAR_DAYS: QCoreApplication.translate("Record", "Within N calendar days"),
        DeadlineKind.WORKING_DAYS: QCoreApplication.translate("Record", "Within N working days"),
        DeadlineKind.PERIODIC: QCoreApplication.translate("Record", "Periodically"),
        DeadlineKind.PERMANENT: QCoreApplication.translate(
            "Record", "Permanently (reviewed at each meeting)"
        ),
    }
    return labels[kind]


def period_label(period: Period) -> str:
    labels = {
        Period.MONTHLY: QCoreApplication.translate("Record", "Monthly"),
        Period.QUARTERLY: QCoreApplication.translate("Record", "Quarterly"),
        Period.HALF_YEARLY: QCoreApplication.translate("Record", "Half-yearly"),
        Period.YEARLY: QCoreApplication.translate("Record", "Yearly"),
    }
    return labels[period]


def term_short(rule: DeadlineRule | None, due_dates: Sequence[date]) -> str:
    """The term as a table cell shows it: «до 26.03.2026», «ежеквартально до 5-го …»."""
    if rule is None:
        return ""
    first = fmt_date(due_dates[0]) if due_dates else ""
    if rule.kind is DeadlineKind.FIXED:
        # The minutes print the date given; control follows the working day it moved to.
        given = fmt_date(rule.fixed_date) or first
        if first and first != given:
            return QCoreApplication.translate("Record", "by {date} (control: {due})").format(
                date=given, due=first
            )
        return QCoreApplication.translate("Record", "by {date}").format(date=given)
    if rule.kind is DeadlineKind.CALENDAR_DAYS:
        # Counted phrases are formatted, not %n: lupdate cannot mark Python strings as plural.
        text = QCoreApplication.translate("Record", "{count} calendar days").format(
            count=rule.days or 0
        )
        return (
            QCoreApplication.translate("Record", "{term} (by {date})").format(term=text, date=first)
            if first
            else text
        )
    if rule.kind is DeadlineKind.WORKING_DAYS:
        text = QCoreApplication.translate("Record", "{count} working days").format(
            count=rule.days or 0
        )
        return (
            QCoreApplication.translate("Record", "{term} (by {date})").format(term=text, date=first)
            if first
            else text
        )
    if rule.kind is DeadlineKind.PERIODIC:
        period = period_label(rule.period) if rule.period else ""
        text = QCoreApplication.translate(
            "Record", "{period}, by day {day} of the next month"
        ).format(period=period, day=rule.day_of_month or DEFAULT_REPORT_DAY)
        if first:
            text = QCoreApplication.translate("Record", "{term}; first {date}").format(
                term=text, date=first
            )
        if rule.until is not None:
            text = QCoreApplication.translate("Record", "{term}; until {date}").format(
                term=text, date=fmt_date(rule.until)
            )
        return text
    return QCoreApplication.translate("Record", "Permanently")


# --- votes ------------------------------------------------------------------------------------


def count_word(count: int) -> str:
    """A vote count as the minutes write it: the number, or «нет» for none."""
    return str(count) if count else QCoreApplication.translate("Record", "none")


def vote_counts_text(votes_for: int, against: int, abstained: int) -> str:
    return QCoreApplication.translate(
        "Record", "«for» — {votes_for}, «against» — {against}, «abstained» — {abstained}"
    ).format(
        votes_for=count_word(votes_for),
        against=count_word(against),
        abstained=count_word(abstained),
    )


def vote_result_text(
    votes_for: int, against: int, abstained: int, outcome: VoteOutcome, present: int
) -> str:
    """The computed result, e.g. «Решение принято: «за» — 9, «против» — нет, …»."""
    counts = vote_counts_text(votes_for, against, abstained)
    if outcome.casting_used and outcome.adopted:
        return QCoreApplication.translate(
            "Record", "Adopted by the chair's casting vote: {counts}"
        ).format(counts=counts)
    if outcome.casting_used:
        return QCoreApplication.translate(
            "Record", "Not adopted: the chair voted against on a tie. {counts}"
        ).format(counts=counts)
    if outcome.adopted:
        return QCoreApplication.translate("Record", "Adopted: {counts}").format(counts=counts)
    if outcome.tie:
        return QCoreApplication.translate(
            "Record", "Not adopted: the votes are tied. {counts}"
        ).format(counts=counts)
    if votes_for > against:
        return QCoreApplication.translate(
            "Record",
            "Not adopted: «for» are not more than half of the {present} voting members "
            "present. {counts}",
        ).format(present=present, counts=counts)
    return QCoreApplication.translate("Record", "Not adopted: {counts}").format(counts=counts)


def vote_short(
    votes_for: int | None,
    against: int | None,
    abstained: int | None,
    adopted: bool | None,
    casting_vote_used: bool,
) -> str:
    """A table cell: «Принято (8–1–0)», «Не принято (3–3–0)», «Без голосования»."""
    if votes_for is None or adopted is None:
        return QCoreApplication.translate("Record", "No vote")
    counts = f"{votes_for}–{against or 0}–{abstained or 0}"
    if casting_vote_used:
        if adopted:
            return QCoreApplication.translate("Record", "Adopted ({counts}, chair's vote)").format(
                counts=counts
            )
        return QCoreApplication.translate("Record", "Not adopted ({counts}, chair's vote)").format(
            counts=counts
        )
    if adopted:
        return QCoreApplication.translate("Record", "Adopted ({counts})").format(counts=counts)
    return QCoreApplication.translate("Record", "Not adopted ({counts})").format(counts=counts)


def chair_side_label(side: str) -> str:
    labels = {
        FOR: QCoreApplication.translate("Record", "The chair voted «for»"),
        AGAINST: QCoreApplication.translate("Record", "The chair voted «against»"),
    }
    return labels[side]


# --- references -------------------------------------------------------------------------------


def minutes_ref(meeting_number: int, meeting_date: date) -> str:
    """«№ 2 от 15.12.2025»."""
    return QCoreApplication.translate("Record", "No. {number} of {date}").format(
        number=meeting_number, date=fmt_date(meeting_date)
    )


def decision_ref_label(ref: DecisionRef) -> str:
    """«п. 1.2 протокола № 2 от 15.12.2025»."""
    return QCoreApplication.translate("Record", "point {point} of minutes {minutes}").format(
        point=ref.number, minutes=minutes_ref(ref.meeting_number, ref.meeting_date)
    )


def case_link_label(case_number: str, label: str) -> str:
    """«№ 14/2026 — Б-ов Н. К.»: the case number and the client's initials, nothing else."""
    return QCoreApplication.translate("Record", "No. {number} — {initials}").format(
        number=case_number, initials=label
    )
