"""The control state of a decision as people read it: the stored state corrected by the dates.

The database stores what the secretary decided (on control, in progress, executed, …). Whether
a decision is *overdue* or *due soon* is a fact of its open control points and of today's date,
so it is computed, never stored: a decision cannot stay "overdue" after its term was extended,
nor stay "on control" after its term has passed.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum

from commission.domain.enums import ControlState, DecisionKind
from commission.domain.workcalendar import WorkingCalendar


class ComputedState(StrEnum):
    """What a decision's control state is today; values extend those of ``ControlState``."""

    NOT_CONTROLLED = "not_controlled"
    ON_CONTROL = "on_control"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    IN_PROGRESS = "in_progress"
    REWORK = "rework"
    EXECUTED = "executed"
    REMOVED = "removed"
    EXTENDED = "extended"
    CANCELLED = "cancelled"


# States that end control: the dates no longer matter.
FINAL_STATES = frozenset({ControlState.EXECUTED, ControlState.REMOVED, ControlState.CANCELLED})
# States of a decision still being worked on: on control in the broad sense.
ACTIVE_STATES = frozenset(
    {
        ComputedState.ON_CONTROL,
        ComputedState.DUE_SOON,
        ComputedState.OVERDUE,
        ComputedState.IN_PROGRESS,
        ComputedState.REWORK,
        ComputedState.EXTENDED,
    }
)


def due_soon_limit(today: date, calendar: WorkingCalendar, working_days: int) -> date:
    """The first date that is no longer "due soon": a due date ``d`` with
    ``today <= d < due_soon_limit(...)`` is at most ``working_days`` working days away.

    Expressed as a date so that the same rule can be applied in SQL to a whole register.
    """
    if working_days < 0:
        raise ValueError("working_days must not be negative")
    return calendar.add_working_days(today, working_days + 1)


def computed_state(
    stored: ControlState,
    kind: DecisionKind,
    open_due_dates: Iterable[date],
    today: date,
    calendar: WorkingCalendar,
    due_soon_working_days: int,
) -> ComputedState:
    """The control state shown for a decision today.

    * executed, removed from control and cancelled stay as they are;
    * otherwise any open control point past its due date (due < today) makes it overdue;
    * otherwise an earliest open point within ``due_soon_working_days`` working days (due
      today included) makes it due soon;
    * otherwise the stored state, except that a note («принять к сведению») without a term is
      not controlled, and a stored "overdue" whose dates no longer say so is back on control.
    """
    if stored in FINAL_STATES:
        return ComputedState(stored.value)
    earliest = min(open_due_dates, default=None)
    if earliest is not None:
        if earliest < today:
            return ComputedState.OVERDUE
        if earliest < due_soon_limit(today, calendar, due_soon_working_days):
            return ComputedState.DUE_SOON
    if stored is ControlState.NOT_CONTROLLED or (kind is DecisionKind.NOTE and earliest is None):
        return ComputedState.NOT_CONTROLLED
    if stored is ControlState.OVERDUE:
        return ComputedState.ON_CONTROL
    return ComputedState(stored.value)


def undated_state(
    stored: ControlState, kind: DecisionKind, earliest_open_due: date | None
) -> ComputedState:
    """The part of ``computed_state`` that does not depend on today: what the decision shows
    when none of its open control points is overdue or due soon.

    Stored on the decision row (with its earliest open due date) so that a register of a
    hundred thousand decisions is read through an index; ``dated_state`` adds the dates back.
    """
    if stored in FINAL_STATES:
        return ComputedState(stored.value)
    if stored is ControlState.NOT_CONTROLLED or (
        kind is DecisionKind.NOTE and earliest_open_due is None
    ):
        return ComputedState.NOT_CONTROLLED
    if stored is ControlState.OVERDUE:
        return ComputedState.ON_CONTROL
    return ComputedState(stored.value)


def dated_state(
    undated: ComputedState,
    earliest_open_due: date | None,
    today: date,
    due_soon_before: date,
) -> ComputedState:
    """``computed_state`` from the stored ``undated_state`` and earliest open due date:
    ``due_soon_before`` is ``due_soon_limit(today, ...)``."""
    if undated.value in _FINAL_VALUES or earliest_open_due is None:
        return undated
    if earliest_open_due < today:
        return ComputedState.OVERDUE
    if earliest_open_due < due_soon_before:
        return ComputedState.DUE_SOON
    return undated


_FINAL_VALUES = frozenset(s.value for s in FINAL_STATES)


def working_days_overdue(
    earliest_open_due: date | None, today: date, calendar: WorkingCalendar
) -> int | None:
    """Working days since the earliest open due date, or ``None`` when nothing is overdue."""
    if earliest_open_due is None or earliest_open_due >= today:
        return None
    return calendar.working_days_between(earliest_open_due, today)
