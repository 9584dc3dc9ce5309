"""What «снять с контроля» and «продлить срок» decisions do to decisions of earlier meetings,
and how that is undone when such a decision is changed, rejected by the vote or deleted."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from commission.db.models import (
    AgendaItem,
    Commission,
    ControlPoint,
    Decision,
    Extension,
    Meeting,
)
from commission.domain.enums import (
    AssigneeRole,
    ControlPointState,
    ControlState,
    ExtensionState,
    ReportAssessment,
)
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.workcalendar import WorkingCalendar
from commission.services import audit
from commission.services.context import Actor
from commission.services.decisions_control import initial_state, settle_due_date
from commission.services.decisions_views import rule_of
from commission.services.errors import InvalidInput
from commission.services.overview import ADOPTED_MEETING_STATUSES

if TYPE_CHECKING:
    from commission.services.decisions import DecisionData

# Decisions a «снять с контроля» / «продлить срок» decision may point at: on control in the
# broad sense. Notes and failed votes were never on control; removed and cancelled ones left it.
PICKABLE_EXCLUDED = (ControlState.NOT_CONTROLLED, ControlState.REMOVED, ControlState.CANCELLED)


def restored_state(session: Session, target: Decision) -> ControlState:
    """The stored state a decision goes back to when a removal or extension is undone,
    judged from its control points (the state before was not kept)."""
    points = target.control_points
    open_points = [p for p in points if p.state is ControlPointState.OPEN]
    if target.executed_on is not None or (points and not open_points):
        return ControlState.EXECUTED
    point_ids = [p.id for p in points]
    if point_ids and session.scalar(
        select(Extension.id)
        .where(Extension.control_point_id.in_(point_ids), Extension.state == ExtensionState.GRANTED)
        .limit(1)
    ):
        return ControlState.EXTENDED
    reports = [r for p in open_points for r in p.reports]
    if any(r.assessment is ReportAssessment.RETURNED for r in reports):
        return ControlState.REWORK
    if reports:
        return ControlState.IN_PROGRESS
    return initial_state(target.kind, rule_of(target), None)


def _target(
    session: Session, meeting: Meeting, decision_id: int, field: str
) -> tuple[Decision, str]:
    """An earlier held meeting's decision on control, and its «п. 1.2 протокола № 2» label."""
    row = session.execute(
        select(Decision, AgendaItem.position, Meeting)
        .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
        .join(Meeting, AgendaItem.meeting_id == Meeting.id)
        # Removing or extending reaches only the meeting's own commission's decisions.
        .where(Decision.id == decision_id, Meeting.commission_id == meeting.commission_id)
    ).one_or_none()
    if row is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A decision chosen no longer exists."), field
        )
    target, item_position, held = row
    label = f"{item_position}.{target.position}"
    if (
        held.id == meeting.id
        or held.meeting_date > meeting.meeting_date
        or held.status not in ADOPTED_MEETING_STATUSES
    ):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Point {point} of meeting No. {number} is not a decision of an earlier held "
                "meeting.",
            ),
            field,
            point=label,
            number=held.number,
        )
    return target, f"{label} (No. {held.number}, {held.meeting_date:%d.%m.%Y})"


def _not_on_control(label: str, field: str) -> InvalidInput:
    return InvalidInput(
        QT_TRANSLATE_NOOP("Errors", "Point {point} is not on control, so it cannot be changed."),
        field,
        point=label,
    )


def undo_removals(session: Session, actor: Actor, decision: Decision) -> None:
    for target in session.scalars(
        select(Decision).where(Decision.removed_by_decision_id == decision.id)
    ):
        target.removed_by_decision_id = None
        target.removed_on = None
        target.control_state = restored_state(session, target)
        audit.record_update(session, actor, target)


def _apply_removals(
    session: Session, actor: Actor, decision: Decision, meeting: Meeting, ids: tuple[int, ...]
) -> None:
    for decision_id in ids:
        target, label = _target(session, meeting, decision_id, "removes")
        if target.control_state in PICKABLE_EXCLUDED:
            raise _not_on_control(label, "removes")
        target.control_state = ControlState.REMOVED
        target.removed_on = meeting.meeting_date
        target.removed_by_decision_id = decision.id
        audit.record_update(session, actor, target)


def undo_extensions(session: Session, actor: Actor, decision: Decision) -> None:
    extensions = session.scalars(
        select(Extension)
        .where(Extension.decided_by_decision_id == decision.id)
        .order_by(Extension.id.desc())
    )
    for extension in extensions:
        later = session.scalar(
            select(Extension.id).where(
                Extension.control_point_id == extension.control_point_id,
                Extension.id > extension.id,
                Extension.state == ExtensionState.GRANTED,
            )
        )
        point = session.get_one(ControlPoint, extension.control_point_id)
        if later is not None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The term {due} was extended again afterwards; undo the later extension first.",
                ),
                "extends",
                due=point.due_date.strftime("%d.%m.%Y"),
            )
        point.due_date = extension.old_date
        audit.record_update(session, actor, point)
        audit.record_delete(session, actor, extension)
        session.flush()
        target = point.decision
        target.control_state = restored_state(session, target)
        settle_due_date(target)
        audit.record_update(session, actor, target)


def _apply_extensions(
    session: Session,
    actor: Actor,
    decision: Decision,
    meeting: Meeting,
    extends: tuple[tuple[int, date], ...],
    cal: WorkingCalendar,
    commission: Commission,
) -> None:
    for decision_id, asked in extends:
        target, label = _target(session, meeting, decision_id, "extends")
        if target.control_state in (*PICKABLE_EXCLUDED, ControlState.EXECUTED):
            raise _not_on_control(label, "extends")
        open_points = [p for p in target.control_points if p.state is ControlPointState.OPEN]
        if not open_points:
            raise _not_on_control(label, "extends")
        point = min(open_points, key=lambda p: p.due_date)
        new_date = cal.shift_to_working(asked, commission.day_off_rule)
        if new_date <= point.due_date or new_date < meeting.meeting_date:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The new term {new} of point {point} must be later than its current term "
                    "{old} and not before the meeting.",
                ),
                "extends",
                new=new_date.strftime("%d.%m.%Y"),
                old=point.due_date.strftime("%d.%m.%Y"),
                point=label,
            )
        lead = next((a.agency_id for a in target.assignees if a.role is AssigneeRole.LEAD), None)
        extension = Extension(
            control_point_id=point.id,
            requested_by_agency_id=lead,
            requested_on=meeting.meeting_date,
            old_date=point.due_date,
            proposed_date=new_date,
            reason=decision.text or decision.text_kk or "",
            state=ExtensionState.GRANTED,
            decided_by=actor.login,
            decided_on=meeting.meeting_date,
            decided_by_decision_id=decision.id,
            updated_by=actor.login,
        )
        session.add(extension)
        audit.record_create(session, actor, extension)
        point.due_date = new_date
        audit.record_update(session, actor, point)
        target.control_state = ControlState.EXTENDED
        settle_due_date(target)
        audit.record_update(session, actor, target)


def _current_effects(
    session: Session, decision: Decision
) -> tuple[set[int], set[tuple[int, date]]]:
    removed = set(
        session.scalars(select(Decision.id).where(Decision.removed_by_decision_id == decision.id))
    )
    extended = {
        (target_id, new_date)
        for target_id, new_date in session.execute(
            select(ControlPoint.decision_id, Extension.proposed_date)
            .join(ControlPoint, Extension.control_point_id == ControlPoint.id)
            .where(Extension.decided_by_decision_id == decision.id)
        )
    }
    return removed, extended


def sync_effects(
    session: Session,
    actor: Actor,
    decision: Decision,
    meeting: Meeting,
    data: DecisionData,
    adopted: bool | None,
    cal: WorkingCalendar,
    commission: Commission,
) -> None:
    """Removals and extensions follow the decision: undone and redone only if they change.
    A decision the vote rejected acts on nothing."""
    removes = set(data.removes) if adopted is not False else set()
    extends = (
        {(i, cal.shift_to_working(d, commission.day_off_rule)) for i, d in data.extends}
        if adopted is not False
        else set()
    )
    removed, extended = _current_effects(session, decision)
    if removed != removes:
        undo_removals(session, actor, decision)
        session.flush()
        if removes:
            _apply_removals(session, actor, decision, meeting, data.removes)
    if extended != extends:
        undo_extensions(session, actor, decision)
        session.flush()
        if extends:
            _apply_extensions(session, actor, decision, meeting, data.extends, cal, commission)
