"""When a measure is due: its own deadline, or, once escalated, the term of the commission's
decision on it (``domain.control``'s computed state of that decision). One rule for the case
card's schedule, the officer's home and the cases register, so that all three count the same
measures as overdue.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from commission.db.models import AgendaItem, CaseEvent, ControlPoint, Decision, Measure, Meeting
from commission.domain.control import ComputedState, computed_state
from commission.domain.enums import ControlPointState, MeasureState
from commission.domain.programme import OPEN_MEASURE_STATES, Timing, measure_timing

if TYPE_CHECKING:  # overview imports the registers, which import this module
    from commission.services.overview import ControlContext


@dataclass(frozen=True)
class DecisionLink:
    """The commission's decision on an escalated measure, with its control as of today."""

    decision_id: int
    number: str  # «2.1»
    meeting_number: int
    meeting_date: date
    text: str
    state: ComputedState
    due_date: date | None


def decision_links(
    session: Session, item_ids: set[int], ctx: ControlContext, events: Sequence[CaseEvent]
) -> dict[int, DecisionLink]:
    """The decision on each agenda item: the one the case's log names, else the item's first."""
    if not item_ids:
        return {}
    named = {e.agenda_item_id: e.decision_id for e in events if e.decision_id is not None}
    rows = session.execute(
        select(Decision, AgendaItem.position, Meeting.number, Meeting.meeting_date)
        .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
        .join(Meeting, AgendaItem.meeting_id == Meeting.id)
        .where(Decision.agenda_item_id.in_(item_ids))
        .order_by(Decision.position)
    ).all()
    chosen: dict[int, tuple[Decision, int, int, date]] = {}
    for decision, position, number, day in rows:
        item_id = decision.agenda_item_id
        if item_id not in chosen or named.get(item_id) == decision.id:
            chosen[item_id] = (decision, position, number, day)
    if not chosen:
        return {}
    # The open control points of all the decisions at once: no query per measure.
    open_due: dict[int, list[date]] = {}
    for decision_id, due in session.execute(
        select(ControlPoint.decision_id, ControlPoint.due_date).where(
            ControlPoint.decision_id.in_([d.id for d, *_ in chosen.values()]),
            ControlPoint.state == ControlPointState.OPEN,
        )
    ):
        open_due.setdefault(decision_id, []).append(due)
    result = {}
    for item_id, (decision, position, number, day) in chosen.items():
        open_dates = open_due.get(decision.id, [])
        state = computed_state(
            decision.control_state,
            decision.kind,
            open_dates,
            ctx.today,
            ctx.calendar,
            ctx.due_soon_working_days,
        )
        result[item_id] = DecisionLink(
            decision_id=decision.id,
            number=f"{position}.{decision.position}",
            meeting_number=number,
            meeting_date=day,
            text=decision.text,
            state=state,
            due_date=min(open_dates, default=None) or decision.due_date,
        )
    return result


_DECISION_TIMING = {
    ComputedState.OVERDUE: Timing.OVERDUE,
    ComputedState.DUE_SOON: Timing.DUE_SOON,
    # The commission's control has ended (or never began): no term presses on the measure.
    ComputedState.NOT_CONTROLLED: Timing.NO_DEADLINE,
    ComputedState.EXECUTED: Timing.NO_DEADLINE,
    ComputedState.REMOVED: Timing.NO_DEADLINE,
    ComputedState.CANCELLED: Timing.NO_DEADLINE,
}


def effective_timing(
    measure: Measure, decision: DecisionLink | None, ctx: ControlContext
) -> tuple[date | None, Timing]:
    """(due date, timing) of a measure; an escalated one follows the commission's decision,
    and waits without a term until the commission has decided."""
    if measure.state is MeasureState.ESCALATED:
        if decision is None:
            return measure.deadline, Timing.NO_DEADLINE
        return decision.due_date, _DECISION_TIMING.get(decision.state, Timing.ON_TIME)
    timing = measure_timing(
        measure.state, measure.deadline, ctx.today, ctx.calendar, ctx.due_soon_working_days
    )
    return measure.deadline, timing


def decisions_on_items(
    session: Session, item_ids: set[int], ctx: ControlContext
) -> dict[int, DecisionLink]:
    """``decision_links`` with the case log's entries that name a decision on these items."""
    if not item_ids:
        return {}
    events = list(
        session.scalars(
            select(CaseEvent).where(
                CaseEvent.agenda_item_id.in_(item_ids),
                CaseEvent.decision_id.is_not(None),
            )
        )
    )
    return decision_links(session, item_ids, ctx, events)


def overdue_counts(session: Session, case_ids: Iterable[int], today: date) -> dict[int, int]:
    """How many open measures of each case are overdue by ``effective_timing`` (cases with
    none are left out): an escalated measure by the commission's decision, not its old
    deadline."""
    ids = list(case_ids)
    if not ids:
        return {}
    from commission.services import overview  # overview imports the registers, which use this

    measures = list(
        session.scalars(
            select(Measure).where(Measure.case_id.in_(ids), Measure.state.in_(OPEN_MEASURE_STATES))
        )
    )
    if not measures:
        return {}
    ctx = overview.control_context(session, today, None)  # overdue needs no margin
    decisions = decisions_on_items(
        session,
        {
            m.escalated_agenda_item_id
            for m in measures
            if m.state is MeasureState.ESCALATED and m.escalated_agenda_item_id is not None
        },
        ctx,
    )
    counts: dict[int, int] = {}
    for m in measures:
        item_id = m.escalated_agenda_item_id
        decision = decisions.get(item_id) if item_id is not None else None
        if effective_timing(m, decision, ctx)[1] is Timing.OVERDUE:
            counts[m.case_id] = counts.get(m.case_id, 0) + 1
    return counts
