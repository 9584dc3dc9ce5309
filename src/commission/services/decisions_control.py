"""A decision's term and executors as rows: control points from the deadline rule, assignees.

Control points are kept when they stay, so that reports and extensions registered against
them survive an edit of the decision's text.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from commission.db.base import Base
from commission.db.models import (
    Agency,
    Commission,
    ControlPoint,
    Decision,
    DecisionAssignee,
    Extension,
    Meeting,
)
from commission.domain.deadlines import DeadlineRule, InvalidDeadline, due_dates
from commission.domain.enums import (
    AssigneeRole,
    ControlPointState,
    ControlState,
    DecisionKind,
)
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.names import short_name
from commission.domain.workcalendar import WorkingCalendar
from commission.services import audit
from commission.services.context import Actor
from commission.services.errors import InvalidInput

# Stored states that only say "nothing has happened yet": recomputed when the decision is edited.
INITIAL_STATES = (ControlState.ON_CONTROL, ControlState.NOT_CONTROLLED)


def set_rule(decision: Decision, rule: DeadlineRule | None) -> None:
    decision.deadline_kind = rule.kind if rule else None
    decision.deadline_date = rule.fixed_date if rule else None
    decision.deadline_days = rule.days if rule else None
    decision.deadline_period = rule.period if rule else None
    decision.deadline_day_of_month = rule.day_of_month if rule else None
    decision.deadline_until = rule.until if rule else None


def deadline_dates(
    rule: DeadlineRule | None, meeting: Meeting, commission: Commission, cal: WorkingCalendar
) -> list[date]:
    if rule is None:
        return []
    try:
        return due_dates(rule, meeting.meeting_date, cal, commission.day_off_rule)
    except InvalidDeadline as exc:
        raise InvalidInput(exc.text, "deadline", **exc.params) from exc


def initial_state(
    kind: DecisionKind, rule: DeadlineRule | None, adopted: bool | None
) -> ControlState:
    """A failed decision, and a note or a one-off act without a term, are not on control."""
    if adopted is False:
        return ControlState.NOT_CONTROLLED
    if rule is not None or kind is DecisionKind.INSTRUCTION:
        return ControlState.ON_CONTROL
    return ControlState.NOT_CONTROLLED


def settle_due_date(decision: Decision) -> None:
    """The decision's term: its earliest open control point, else its first one."""
    points = decision.control_points
    open_dates = [p.due_date for p in points if p.state is ControlPointState.OPEN]
    decision.due_date = min(open_dates or [p.due_date for p in points], default=None)


def drop_child(session: Session, actor: Actor, collection: list[Any], child: Base) -> None:
    """Delete a child row and take it out of its parent's list. Audited first: the audit
    query autoflushes, and an orphan flushed before ``session.delete`` is deleted twice."""
    audit.record_delete(session, actor, child)
    collection.remove(child)


def sync_control_points(
    session: Session, actor: Actor, decision: Decision, wanted: list[date]
) -> None:
    """Make the points match ``wanted`` (original dates), keeping points that stay, so that
    reports and extensions registered against them survive an edit of the text."""
    existing = {p.original_due_date: p for p in decision.control_points}
    for original, point in existing.items():
        if original in wanted:
            continue
        if point.reports or session.scalar(
            select(Extension.id).where(Extension.control_point_id == point.id).limit(1)
        ):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Reports or extensions are already registered for the term {due}; that term "
                    "cannot be taken away.",
                ),
                "deadline",
                due=point.due_date.strftime("%d.%m.%Y"),
            )
        drop_child(session, actor, decision.control_points, point)
    for due in wanted:
        if due not in existing:
            point = ControlPoint(original_due_date=due, due_date=due, updated_by=actor.login)
            decision.control_points.append(point)
            audit.record_create(session, actor, point)
    settle_due_date(decision)


def sync_assignees(
    session: Session, actor: Actor, decision: Decision, lead: int | None, co: tuple[int, ...]
) -> None:
    wanted = {agency_id: AssigneeRole.CO_EXECUTOR for agency_id in co}
    if lead is not None:
        wanted[lead] = AssigneeRole.LEAD
    for assignee in list(decision.assignees):
        role = wanted.pop(assignee.agency_id, None)
        if role is None:
            drop_child(session, actor, decision.assignees, assignee)
        elif role is not assignee.role:
            assignee.role = role
            audit.record_update(session, actor, assignee)
    if not wanted:
        return
    agencies = {a.id: a for a in session.scalars(select(Agency).where(Agency.id.in_(wanted)))}
    for agency_id, role in wanted.items():
        # The head's name as it was on the day: the minutes print «(Рахимов С. Т.)».
        contact = short_name(agencies[agency_id].head_name) or None
        assignee = DecisionAssignee(agency_id=agency_id, role=role, contact_name=contact)
        decision.assignees.append(assignee)
        audit.record_create(session, actor, assignee)
