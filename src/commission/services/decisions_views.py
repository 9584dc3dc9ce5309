"""Decisions as the agenda and the dialogs read them: numbers, executors, terms, vote, effects.

A few queries give every decision of a set of agenda items; the numbers («2.3») are built from
the item's position when read, so they follow any reordering.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from commission.db.models import (
    AgendaItem,
    ControlPoint,
    Decision,
    DecisionAssignee,
    Extension,
)
from commission.domain.deadlines import DeadlineRule
from commission.domain.enums import (
    AssigneeRole,
    ControlState,
    DecisionKind,
)


@dataclass(frozen=True)
class DecisionView:
    id: int
    agenda_item_id: int
    position: int
    number: str  # "2.3"
    kind: DecisionKind
    text: str
    is_binding: bool
    lead_agency_id: int | None
    co_executor_ids: tuple[int, ...]
    deadline: DeadlineRule | None
    due_dates: list[date]  # the control points' current dates
    report_to_secretary: bool
    votes_for: int | None
    votes_against: int | None
    votes_abstained: int | None
    adopted: bool | None  # None: no vote was taken (adopted by consensus)
    casting_vote_used: bool
    dissenters: str | None
    removes: tuple[int, ...]
    extends: tuple[tuple[int, date], ...]  # (decision id, its new term as stored)
    control_state: ControlState  # stored; see domain.control for the state shown by date
    version: int
    text_kk: str | None = None


def rule_of(decision: Decision) -> DeadlineRule | None:
    if decision.deadline_kind is None:
        return None
    return DeadlineRule(
        kind=decision.deadline_kind,
        fixed_date=decision.deadline_date,
        days=decision.deadline_days,
        period=decision.deadline_period,
        day_of_month=decision.deadline_day_of_month,
        until=decision.deadline_until,
    )


def adopted_of(decision: Decision) -> bool | None:
    """The vote's result as computed when it was recorded; ``None`` when no vote was taken."""
    if decision.votes_for is None:
        return None
    return bool(decision.vote_adopted)


def decision_views(session: Session, item_ids: Sequence[int]) -> dict[int, list[DecisionView]]:
    """The decisions of these agenda items, by item, in order; a handful of queries in all."""
    result: dict[int, list[DecisionView]] = {i: [] for i in item_ids}
    if not item_ids:
        return result
    # dict(result) would take the Result for a mapping (it has keys()); unpack the rows.
    item_pos = {
        item_id: position
        for item_id, position in session.execute(
            select(AgendaItem.id, AgendaItem.position).where(AgendaItem.id.in_(item_ids))
        )
    }
    decisions = list(
        session.scalars(
            select(Decision)
            .where(Decision.agenda_item_id.in_(item_ids))
            .order_by(Decision.agenda_item_id, Decision.position)
        )
    )
    ids = [d.id for d in decisions]
    leads: dict[int, int] = {}
    co: dict[int, list[int]] = {}
    dues: dict[int, list[date]] = {}
    removes: dict[int, list[int]] = {}
    extends: dict[int, list[tuple[int, date]]] = {}
    if ids:
        for a in session.scalars(
            select(DecisionAssignee)
            .where(DecisionAssignee.decision_id.in_(ids))
            .order_by(DecisionAssignee.agency_id)
        ):
            if a.role is AssigneeRole.LEAD:
                leads[a.decision_id] = a.agency_id
            else:
                co.setdefault(a.decision_id, []).append(a.agency_id)
        for decision_id, due in session.execute(
            select(ControlPoint.decision_id, ControlPoint.due_date)
            .where(ControlPoint.decision_id.in_(ids))
            .order_by(ControlPoint.due_date)
        ):
            dues.setdefault(decision_id, []).append(due)
        for target_id, by in session.execute(
            select(Decision.id, Decision.removed_by_decision_id)
            .where(Decision.removed_by_decision_id.in_(ids))
            .order_by(Decision.id)
        ):
            assert by is not None
            removes.setdefault(by, []).append(target_id)
        for by, target_id, new_date in session.execute(
            select(
                Extension.decided_by_decision_id, ControlPoint.decision_id, Extension.proposed_date
            )
            .join(ControlPoint, Extension.control_point_id == ControlPoint.id)
            .where(Extension.decided_by_decision_id.in_(ids))
            .order_by(Extension.id)
        ):
            assert by is not None
            extends.setdefault(by, []).append((target_id, new_date))
    for d in decisions:
        result[d.agenda_item_id].append(
            DecisionView(
                id=d.id,
                agenda_item_id=d.agenda_item_id,
                position=d.position,
                number=f"{item_pos[d.agenda_item_id]}.{d.position}",
                kind=d.kind,
                text=d.text,
                is_binding=d.is_binding,
                lead_agency_id=leads.get(d.id),
                co_executor_ids=tuple(co.get(d.id, ())),
                deadline=rule_of(d),
                due_dates=dues.get(d.id, []),
                report_to_secretary=d.report_to_secretary,
                votes_for=d.votes_for,
                votes_against=d.votes_against,
                votes_abstained=d.votes_abstained,
                adopted=adopted_of(d),
                casting_vote_used=d.casting_vote_used,
                dissenters=d.dissenters,
                removes=tuple(removes.get(d.id, ())),
                extends=tuple(extends.get(d.id, ())),
                control_state=d.control_state,
                version=d.version,
                text_kk=d.text_kk,
            )
        )
    return result
