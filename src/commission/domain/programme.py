"""The rules of an individual programme of social-legal assistance and of its measures.

A programme goes draft → approved → in progress → completed, or ends early: closed when the
client is removed from the register, stopped otherwise (the client refused, was convicted
again …). Ended programmes never come back: a new case is opened instead, so the history of
the old one stays as it was signed.

A measure goes assigned → in progress → provided / refused by the client / cannot be provided /
redirected; a blocked measure may be escalated to the commission, and after the commission's
decision it is worked on again and ends the same way.

Whether a measure is due soon or overdue is computed from its deadline and today's date with the
working-day calendar, as for a decision (``domain.control``), never stored.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from commission.domain.control import due_soon_limit
from commission.domain.enums import MeasureState, ProgrammeState
from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.domain.workcalendar import WorkingCalendar

P = ProgrammeState
M = MeasureState

ALLOWED: dict[ProgrammeState, frozenset[ProgrammeState]] = {
    P.DRAFT: frozenset({P.APPROVED, P.STOPPED, P.CLOSED}),
    P.APPROVED: frozenset({P.IN_PROGRESS, P.STOPPED, P.CLOSED}),
    P.IN_PROGRESS: frozenset({P.COMPLETED, P.STOPPED, P.CLOSED}),
    P.COMPLETED: frozenset(),
    P.CLOSED: frozenset(),
    P.STOPPED: frozenset(),
}
OPEN_PROGRAMME_STATES = frozenset({P.DRAFT, P.APPROVED, P.IN_PROGRESS})
FINAL_PROGRAMME_STATES = frozenset({P.COMPLETED, P.CLOSED, P.STOPPED})
# Programme states in which measures are worked on (their state may change).
WORKING_PROGRAMME_STATES = frozenset({P.APPROVED, P.IN_PROGRESS})

OPEN_MEASURE_STATES = frozenset({M.ASSIGNED, M.IN_PROGRESS, M.ESCALATED})
FINAL_MEASURE_STATES = frozenset({M.PROVIDED, M.REFUSED, M.IMPOSSIBLE, M.REDIRECTED})
# A measure may be escalated only while it is being worked on and has not been escalated yet.
ESCALABLE_MEASURE_STATES = frozenset({M.ASSIGNED, M.IN_PROGRESS})
MEASURE_ALLOWED: dict[MeasureState, frozenset[MeasureState]] = {
    M.ASSIGNED: frozenset({M.IN_PROGRESS} | FINAL_MEASURE_STATES),
    M.IN_PROGRESS: frozenset(FINAL_MEASURE_STATES),
    # After the commission's decision the agencies work on it again, or it ends.
    M.ESCALATED: frozenset({M.IN_PROGRESS} | FINAL_MEASURE_STATES),
    M.PROVIDED: frozenset(),
    M.REFUSED: frozenset(),
    M.IMPOSSIBLE: frozenset(),
    M.REDIRECTED: frozenset(),
}


class TransitionRefused(UserError):
    """The programme or measure cannot move to the state asked for; nothing was changed."""


def check_programme_transition(
    current: ProgrammeState,
    target: ProgrammeState,
    *,
    measures: int,
    open_measures: int,
    client_removed: bool,
) -> None:
    """Raise ``TransitionRefused`` with the reason when ``current → target`` is not allowed.

    Args:
        measures: how many measures the programme has.
        open_measures: how many of them are not finished (assigned, in progress, escalated).
        client_removed: whether the client has been removed from the register.
    """
    if current in FINAL_PROGRAMME_STATES:
        raise TransitionRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The programme has ended (completed, closed or stopped); its state can no "
                "longer change. Open a new case if the client needs help again.",
            )
        )
    if target not in ALLOWED[current]:
        if target is P.IN_PROGRESS and current is P.DRAFT:
            text = QT_TRANSLATE_NOOP(
                "Errors", "The programme must be approved before work on it starts."
            )
        elif target is P.COMPLETED:
            text = QT_TRANSLATE_NOOP("Errors", "Only a programme in progress can be completed.")
        else:
            text = QT_TRANSLATE_NOOP(
                "Errors", "This change of the programme's state is not allowed."
            )
        raise TransitionRefused(text)
    if target is P.APPROVED and measures == 0:
        raise TransitionRefused(
            QT_TRANSLATE_NOOP("Errors", "Add at least one measure before approving the programme.")
        )
    if target is P.COMPLETED and open_measures:
        raise TransitionRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{count} measure(s) of the programme are not finished yet; record their "
                "outcome before completing it.",
            ),
            count=open_measures,
        )
    if target is P.CLOSED and not client_removed:
        raise TransitionRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A programme is closed when the client is removed from the register; record "
                "the removal on the client's card, or stop the programme instead.",
            )
        )


def check_measure_transition(current: MeasureState, target: MeasureState) -> None:
    """Raise ``TransitionRefused`` when a measure cannot go from ``current`` to ``target``."""
    if current in FINAL_MEASURE_STATES:
        raise TransitionRefused(
            QT_TRANSLATE_NOOP(
                "Errors", "The measure is already finished; its outcome can no longer change."
            )
        )
    if target is M.ESCALATED:
        raise TransitionRefused(
            QT_TRANSLATE_NOOP(
                "Errors", "A measure goes to the commission only by escalating it, with the reason."
            )
        )
    if target not in MEASURE_ALLOWED[current]:
        raise TransitionRefused(
            QT_TRANSLATE_NOOP("Errors", "This change of the measure's state is not allowed.")
        )


class Timing(StrEnum):
    """Where an open measure stands against its deadline today."""

    NO_DEADLINE = "no_deadline"
    ON_TIME = "on_time"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    FINISHED = "finished"


def measure_timing(
    state: MeasureState,
    deadline: date | None,
    today: date,
    calendar: WorkingCalendar,
    due_soon_working_days: int,
) -> Timing:
    """Overdue when the deadline has passed (deadline < today), due soon within
    ``due_soon_working_days`` working days (today included), as ``computed_state`` does."""
    if state in FINAL_MEASURE_STATES:
        return Timing.FINISHED
    if deadline is None:
        return Timing.NO_DEADLINE
    if deadline < today:
        return Timing.OVERDUE
    if deadline < due_soon_limit(today, calendar, due_soon_working_days):
        return Timing.DUE_SOON
    return Timing.ON_TIME
