"""Decisions of an agenda item («ПОСТАНОВИЛИ» 1.1, 1.2 …): text, executors, term, vote, control.

A decision is numbered by its agenda item's position and its own («2.3»), so numbers follow any
reordering. Its term becomes control points through the working-day calendar; its vote gives
the result, which nobody types. «Снять с контроля» and «продлить срок» decisions act on
decisions of earlier meetings, and undo that when they are changed or deleted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session, selectinload

from commission.db.base import Base
from commission.db.engine import Database
from commission.db.models import (
    Agency,
    AgendaItem,
    CaseEvent,
    Commission,
    ControlPoint,
    Decision,
    DecisionAssignee,
    ExecutionReport,
    Extension,
    Meeting,
)
from commission.documents.minutes import DecisionRef
from commission.domain.control import ComputedState, computed_state
from commission.domain.deadlines import DeadlineRule, InvalidDeadline, due_dates
from commission.domain.enums import (
    AssigneeRole,
    ControlPointState,
    ControlState,
    DecisionKind,
    ExtensionState,
    ReportAssessment,
)
from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.domain.names import short_name
from commission.domain.permissions import Permission
from commission.domain.voting import InvalidVote, VoteCounts, all_present_except, vote_outcome
from commission.domain.workcalendar import WorkingCalendar
from commission.services import audit, case_links
from commission.services.attendance import meeting_quorum
from commission.services.bilingual_text import required_pair
from commission.services.calendar import load_calendar
from commission.services.common import check_lengths, clean_text
from commission.services.context import Actor
from commission.services.errors import InvalidInput
from commission.services.meetings import ensure_editable
from commission.services.overview import ADOPTED_MEETING_STATUSES, contains_folded
from commission.services.scope import get_own, get_readable

# Decisions a «снять с контроля» / «продлить срок» decision may point at: on control in the
# broad sense. Notes and failed votes were never on control; removed and cancelled ones left it.
_PICKABLE_EXCLUDED = (ControlState.NOT_CONTROLLED, ControlState.REMOVED, ControlState.CANCELLED)
# Stored states that only say "nothing has happened yet": recomputed when the decision is edited.
_INITIAL_STATES = (ControlState.ON_CONTROL, ControlState.NOT_CONTROLLED)
_EARLIER_LIMIT = 500


class NoQuorum(UserError):
    """The sitting has no quorum, so it cannot decide anything."""


@dataclass(frozen=True)
class DecisionData:
    kind: DecisionKind
    text: str
    is_binding: bool | None = None  # None: the commission's default (recommendations: no)
    lead_agency_id: int | None = None
    co_executor_ids: tuple[int, ...] = ()
    deadline: DeadlineRule | None = None
    report_to_secretary: bool = True
    votes_for: int | None = None  # all three None and not all_present_for_except: no vote taken
    votes_against: int | None = None
    votes_abstained: int | None = None
    all_present_for_except: bool = False  # «за» = voting members present − against − abstained
    chair_side: str | None = None  # "for"/"against": decides a tie when the chair has that vote
    dissenters: str | None = None  # who voted against or abstained, as the minutes name them
    removes: tuple[int, ...] = ()  # REMOVE_FROM_CONTROL: decision ids
    extends: tuple[tuple[int, date], ...] = ()  # EXTEND: (decision id, new term)
    text_kk: str | None = None


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


@dataclass(frozen=True)
class DecisionRefView:
    """An earlier decision offered to a «снять с контроля» / «продлить срок» picker."""

    ref: DecisionRef
    kind: DecisionKind
    text: str
    lead_agency: str | None
    due_date: date | None  # earliest open control point
    state: ComputedState  # as of the meeting's date
    text_kk: str | None = None


# --- reading ------------------------------------------------------------------------------


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


def _set_rule(decision: Decision, rule: DeadlineRule | None) -> None:
    decision.deadline_kind = rule.kind if rule else None
    decision.deadline_date = rule.fixed_date if rule else None
    decision.deadline_days = rule.days if rule else None
    decision.deadline_period = rule.period if rule else None
    decision.deadline_day_of_month = rule.day_of_month if rule else None
    decision.deadline_until = rule.until if rule else None


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


def _view(session: Session, decision: Decision) -> DecisionView:
    session.flush()
    views = decision_views(session, [decision.agenda_item_id])[decision.agenda_item_id]
    return next(v for v in views if v.id == decision.id)


def list_decisions(db: Database, actor: Actor, item_id: int) -> list[DecisionView]:
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        get_readable(session, actor, AgendaItem, item_id)
        return decision_views(session, [item_id])[item_id]


# --- checks -------------------------------------------------------------------------------


def _meeting_of(session: Session, item: AgendaItem) -> Meeting:
    return session.get_one(Meeting, item.meeting_id)


def require_quorum(session: Session, meeting: Meeting) -> int:
    """The voting members present, or NoQuorum with the numbers the user needs."""
    result = meeting_quorum(session, meeting)
    if not result.has_quorum:
        raise NoQuorum(
            QT_TRANSLATE_NOOP(
                "Errors",
                "There is no quorum: {present} of {total} voting members are present and "
                "{required} are needed. Decisions cannot be recorded; check the attendance.",
            ),
            present=result.present,
            total=result.total,
            required=result.required,
        )
    return result.present


def _cleaned(data: DecisionData) -> DecisionData:
    text, text_kk = required_pair(
        data.text,
        data.text_kk,
        "text",
        QT_TRANSLATE_NOOP("Errors", "Enter the text of the decision."),
    )
    co = tuple(dict.fromkeys(data.co_executor_ids))  # keep the order given, drop repeats
    if data.lead_agency_id is not None and data.lead_agency_id in co:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The lead agency cannot also be a co-executor of the same decision."
            ),
            "co_executor_ids",
        )
    if co and data.lead_agency_id is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Choose the lead agency before the co-executors."),
            "lead_agency_id",
        )
    if data.kind is DecisionKind.INSTRUCTION and data.lead_agency_id is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "An instruction needs a lead agency: choose who is to carry it out."
            ),
            "lead_agency_id",
        )
    _check_targets_kind(data)
    cleaned = replace(
        data,
        text=text,
        text_kk=text_kk,
        co_executor_ids=co,
        dissenters=clean_text(data.dissenters),
        removes=tuple(dict.fromkeys(data.removes)),
    )
    check_lengths(
        Decision,
        {"text": cleaned.text, "text_kk": cleaned.text_kk, "dissenters": cleaned.dissenters},
    )
    return cleaned


def _check_targets_kind(data: DecisionData) -> None:
    if data.kind is DecisionKind.REMOVE_FROM_CONTROL and not data.removes:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Choose the decisions that are removed from control."),
            "removes",
        )
    if data.kind is not DecisionKind.REMOVE_FROM_CONTROL and data.removes:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Only a «remove from control» decision removes other decisions."
            ),
            "removes",
        )
    if data.kind is DecisionKind.EXTEND and not data.extends:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Choose the decisions whose term is extended."), "extends"
        )
    if data.kind is not DecisionKind.EXTEND and data.extends:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Only an «extend the term» decision extends terms."),
            "extends",
        )
    targets = [target for target, _ in data.extends]
    if len(set(targets)) != len(targets):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The same decision is extended twice; give one date."),
            "extends",
        )


def _check_agencies(session: Session, data: DecisionData, current: set[int]) -> None:
    """The agencies exist; a newly assigned one must still be active."""
    wanted = {i for i in (data.lead_agency_id, *data.co_executor_ids) if i is not None}
    if not wanted:
        return
    found = {a.id: a for a in session.scalars(select(Agency).where(Agency.id.in_(wanted)))}
    for agency_id in wanted:
        agency = found.get(agency_id)
        if agency is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The agency chosen no longer exists."),
                "lead_agency_id",
            )
        if not agency.is_active and agency.id not in current:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "«{name}» is marked inactive; instructions cannot go to it."
                ),
                "lead_agency_id",
                name=agency.name_ru,
            )


def _votes(
    data: DecisionData, present: int, commission: Commission
) -> tuple[VoteCounts | None, bool | None, bool]:
    """(counts, adopted, casting vote carried it) from what the user entered."""
    if data.all_present_for_except:
        try:
            counts = all_present_except(present, data.votes_against or 0, data.votes_abstained or 0)
        except InvalidVote as exc:
            raise InvalidInput(exc.text, "votes_against", **exc.params) from exc
    elif data.votes_for is None and data.votes_against is None and data.votes_abstained is None:
        return None, None, False
    elif data.votes_for is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Enter the number of votes «for»."), "votes_for"
        )
    else:
        counts = VoteCounts(data.votes_for, data.votes_against or 0, data.votes_abstained or 0)
    tie = counts.votes_for == counts.votes_against and counts.votes_for > 0
    if tie and commission.chair_casting_vote and data.chair_side is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The votes are tied ({votes} to {votes}); the chair's vote decides. Say whether "
                "the chair voted for or against.",
            ),
            "chair_side",
            votes=counts.votes_for,
        )
    try:
        outcome = vote_outcome(
            counts.votes_for,
            counts.votes_against,
            counts.votes_abstained,
            present,
            commission.chair_casting_vote,
            data.chair_side,
            commission.majority_of_present,
        )
    except InvalidVote as exc:
        raise InvalidInput(exc.text, exc.field, **exc.params) from exc
    return counts, outcome.adopted, outcome.casting_used


def _store_vote(
    decision: Decision,
    counts: VoteCounts | None,
    adopted: bool | None,
    casting_used: bool,
    chair_side: str | None,
    dissenters: str | None,
) -> None:
    decision.votes_for = counts.votes_for if counts else None
    decision.votes_against = counts.votes_against if counts else None
    decision.votes_abstained = counts.votes_abstained if counts else None
    decision.vote_adopted = adopted if counts else None
    decision.casting_vote_used = casting_used
    decision.chair_side = chair_side if casting_used else None
    decision.dissenters = dissenters if counts else None


def _deadline_dates(
    rule: DeadlineRule | None, meeting: Meeting, commission: Commission, cal: WorkingCalendar
) -> list[date]:
    if rule is None:
        return []
    try:
        return due_dates(rule, meeting.meeting_date, cal, commission.day_off_rule)
    except InvalidDeadline as exc:
        raise InvalidInput(exc.text, "deadline", **exc.params) from exc


def _initial_state(
    kind: DecisionKind, rule: DeadlineRule | None, adopted: bool | None
) -> ControlState:
    """A failed decision, and a note or a one-off act without a term, are not on control."""
    if adopted is False:
        return ControlState.NOT_CONTROLLED
    if rule is not None or kind is DecisionKind.INSTRUCTION:
        return ControlState.ON_CONTROL
    return ControlState.NOT_CONTROLLED


# --- control points, assignees ------------------------------------------------------------


def _settle_due_date(decision: Decision) -> None:
    """The decision's term: its earliest open control point, else its first one."""
    points = decision.control_points
    open_dates = [p.due_date for p in points if p.state is ControlPointState.OPEN]
    decision.due_date = min(open_dates or [p.due_date for p in points], default=None)


def _drop(session: Session, actor: Actor, collection: list[Any], child: Base) -> None:
    """Delete a child row and take it out of its parent's list. Audited first: the audit
    query autoflushes, and an orphan flushed before ``session.delete`` is deleted twice."""
    audit.record_delete(session, actor, child)
    collection.remove(child)


def _sync_control_points(
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
        _drop(session, actor, decision.control_points, point)
    for due in wanted:
        if due not in existing:
            point = ControlPoint(original_due_date=due, due_date=due, updated_by=actor.login)
            decision.control_points.append(point)
            audit.record_create(session, actor, point)
    _settle_due_date(decision)


def _sync_assignees(
    session: Session, actor: Actor, decision: Decision, lead: int | None, co: tuple[int, ...]
) -> None:
    wanted = {agency_id: AssigneeRole.CO_EXECUTOR for agency_id in co}
    if lead is not None:
        wanted[lead] = AssigneeRole.LEAD
    for assignee in list(decision.assignees):
        role = wanted.pop(assignee.agency_id, None)
        if role is None:
            _drop(session, actor, decision.assignees, assignee)
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


# --- removal from control and extension of earlier decisions ------------------------------


def _restored_state(session: Session, target: Decision) -> ControlState:
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
    return _initial_state(target.kind, rule_of(target), None)


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


def _undo_removals(session: Session, actor: Actor, decision: Decision) -> None:
    for target in session.scalars(
        select(Decision).where(Decision.removed_by_decision_id == decision.id)
    ):
        target.removed_by_decision_id = None
        target.removed_on = None
        target.control_state = _restored_state(session, target)
        audit.record_update(session, actor, target)


def _apply_removals(
    session: Session, actor: Actor, decision: Decision, meeting: Meeting, ids: tuple[int, ...]
) -> None:
    for decision_id in ids:
        target, label = _target(session, meeting, decision_id, "removes")
        if target.control_state in _PICKABLE_EXCLUDED:
            raise _not_on_control(label, "removes")
        target.control_state = ControlState.REMOVED
        target.removed_on = meeting.meeting_date
        target.removed_by_decision_id = decision.id
        audit.record_update(session, actor, target)


def _undo_extensions(session: Session, actor: Actor, decision: Decision) -> None:
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
        target.control_state = _restored_state(session, target)
        _settle_due_date(target)
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
        if target.control_state in (*_PICKABLE_EXCLUDED, ControlState.EXECUTED):
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
        _settle_due_date(target)
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


def _sync_effects(
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
        _undo_removals(session, actor, decision)
        session.flush()
        if removes:
            _apply_removals(session, actor, decision, meeting, data.removes)
    if extended != extends:
        _undo_extensions(session, actor, decision)
        session.flush()
        if extends:
            _apply_extensions(session, actor, decision, meeting, data.extends, cal, commission)


# --- writing ------------------------------------------------------------------------------


def _save(
    session: Session,
    actor: Actor,
    decision: Decision,
    meeting: Meeting,
    data: DecisionData,
) -> None:
    """Fill ``decision`` from checked ``data`` and bring everything that follows in line."""
    commission = session.get_one(Commission, meeting.commission_id)
    present = require_quorum(session, meeting)
    current = {a.agency_id for a in decision.assignees}
    _check_agencies(session, data, current)
    counts, adopted, carried = _votes(data, present, commission)
    cal = load_calendar(session)
    wanted = (
        _deadline_dates(data.deadline, meeting, commission, cal) if adopted is not False else []
    )
    if data.is_binding is not None:
        binding = data.is_binding
    else:
        binding = commission.binding_by_default and data.kind is not DecisionKind.RECOMMENDATION
    decision.kind = data.kind
    decision.text = data.text
    decision.text_kk = data.text_kk
    decision.is_binding = binding
    decision.report_to_secretary = data.report_to_secretary
    _set_rule(decision, data.deadline)
    _store_vote(decision, counts, adopted, carried, data.chair_side, data.dissenters)
    if decision.control_state in _INITIAL_STATES:
        decision.control_state = _initial_state(data.kind, data.deadline, adopted)
    # Audited before the children are synced: their flushes would empty the row's history.
    if decision.id is None:
        session.add(decision)
        audit.record_create(session, actor, decision)  # flushes: the id is needed below
    else:
        audit.record_update(session, actor, decision)
    _sync_assignees(session, actor, decision, data.lead_agency_id, data.co_executor_ids)
    _sync_control_points(session, actor, decision, wanted)
    _sync_effects(session, actor, decision, meeting, data, adopted, cal, commission)


def add_decision(db: Database, actor: Actor, item_id: int, data: DecisionData) -> DecisionView:
    """A new last point of the item («2.4» after «2.3»)."""
    actor.require(Permission.EDIT_MEETINGS)
    data = _cleaned(data)
    with db.transaction() as session:
        item = get_own(session, actor, AgendaItem, item_id)
        meeting = _meeting_of(session, item)
        ensure_editable(session, meeting)
        last = session.scalar(
            select(Decision.position)
            .where(Decision.agenda_item_id == item.id)
            .order_by(Decision.position.desc())
            .limit(1)
        )
        decision = Decision(
            agenda_item_id=item.id,
            position=(last or 0) + 1,
            control_state=ControlState.ON_CONTROL,
            updated_by=actor.login,
        )
        _save(session, actor, decision, meeting, data)
        case_links.record_decision(session, actor, decision, meeting)
        return _view(session, decision)


def update_decision(
    db: Database, actor: Actor, decision_id: int, version: int, data: DecisionData
) -> DecisionView:
    actor.require(Permission.EDIT_MEETINGS)
    data = _cleaned(data)
    with db.transaction() as session:
        decision = get_own(session, actor, Decision, decision_id, version)
        meeting = _meeting_of(session, decision.agenda_item)
        ensure_editable(session, meeting)
        _save(session, actor, decision, meeting, data)
        return _view(session, decision)


def recompute_terms(session: Session, actor: Actor, meeting: Meeting) -> None:
    """Terms are counted from the meeting's date: when the date changes (``update_meeting``),
    the control points of its decisions, and the removals it made, follow."""
    commission = session.get_one(Commission, meeting.commission_id)
    cal = load_calendar(session)
    for decision in session.scalars(
        select(Decision)
        .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
        .where(AgendaItem.meeting_id == meeting.id)
        .order_by(AgendaItem.position, Decision.position)
    ):
        adopted = adopted_of(decision)
        rule = rule_of(decision) if adopted is not False else None
        _sync_control_points(
            session, actor, decision, _deadline_dates(rule, meeting, commission, cal)
        )
        for target in session.scalars(
            select(Decision).where(Decision.removed_by_decision_id == decision.id)
        ):
            target.removed_on = meeting.meeting_date
            audit.record_update(session, actor, target)


def delete_decision(session: Session, actor: Actor, decision: Decision) -> None:
    """Delete with everything it did to earlier decisions undone (used by agenda too)."""
    point_ids = [p.id for p in decision.control_points]
    if point_ids and session.scalar(
        select(ExecutionReport.id).where(ExecutionReport.control_point_id.in_(point_ids)).limit(1)
    ):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Execution reports are already registered for this decision; it cannot be "
                "deleted. Cancel it in the control register instead.",
            ),
            None,
        )
    _undo_removals(session, actor, decision)
    _undo_extensions(session, actor, decision)
    if point_ids:
        # Extensions asked for by agencies against this decision's own terms go with it.
        for extension in session.scalars(
            select(Extension).where(Extension.control_point_id.in_(point_ids))
        ):
            audit.record_delete(session, actor, extension)
    for event in session.scalars(select(CaseEvent).where(CaseEvent.decision_id == decision.id)):
        event.decision_id = None
        audit.record_update(session, actor, event)
    for point in list(decision.control_points):
        _drop(session, actor, decision.control_points, point)
    for assignee in list(decision.assignees):
        _drop(session, actor, decision.assignees, assignee)
    session.flush()
    audit.record_delete(session, actor, decision)
    session.flush()


def renumber(session: Session, actor: Actor, ordered: Sequence[Decision]) -> None:
    """Positions 1..n in the order given. Rows that move are first parked on negative
    positions, so that the (item, position) unique constraint never sees two rows on one
    number while they pass each other."""
    moving = [(d, i) for i, d in enumerate(ordered, start=1) if d.position != i]
    if not moving:
        return
    session.flush()
    session.execute(
        update(Decision)
        .where(Decision.id.in_([d.id for d, _ in moving]))
        .values(position=-Decision.position)
        .execution_options(synchronize_session=False)
    )
    for decision, position in moving:
        decision.position = position
        audit.record_update(session, actor, decision)


def _item_decisions(session: Session, item_id: int) -> list[Decision]:
    return list(
        session.scalars(
            select(Decision).where(Decision.agenda_item_id == item_id).order_by(Decision.position)
        )
    )


def remove_decision(db: Database, actor: Actor, decision_id: int) -> None:
    """Delete a point; the following points of the item move up («2.4» becomes «2.3»)."""
    actor.require(Permission.EDIT_MEETINGS)
    with db.transaction() as session:
        decision = get_own(session, actor, Decision, decision_id)
        item_id = decision.agenda_item_id
        ensure_editable(session, _meeting_of(session, decision.agenda_item))
        delete_decision(session, actor, decision)
        renumber(session, actor, _item_decisions(session, item_id))


def move_decision(
    db: Database, actor: Actor, decision_id: int, new_position: int
) -> list[DecisionView]:
    """Put a point at ``new_position`` (clamped to the item's points); returns them all."""
    actor.require(Permission.EDIT_MEETINGS)
    with db.transaction() as session:
        decision = get_own(session, actor, Decision, decision_id)
        item_id = decision.agenda_item_id
        ensure_editable(session, _meeting_of(session, decision.agenda_item))
        ordered = [d for d in _item_decisions(session, item_id) if d.id != decision.id]
        index = min(max(new_position, 1), len(ordered) + 1) - 1
        ordered.insert(index, decision)
        renumber(session, actor, ordered)
        session.flush()
        return decision_views(session, [item_id])[item_id]


# --- pickers ------------------------------------------------------------------------------


def earlier_decisions(
    db: Database, actor: Actor, meeting_id: int, search: str = ""
) -> list[DecisionRefView]:
    """Decisions of earlier held meetings still on control, latest meeting first: what a
    «снять с контроля» or «продлить срок» decision of this meeting may point at. ``search``
    matches the text, or a point number such as «1.2»."""
    actor.require(Permission.VIEW_COMMISSION)
    text = " ".join(search.split())
    with db.reading() as session:
        meeting = get_readable(session, actor, Meeting, meeting_id)
        commission = session.get_one(Commission, meeting.commission_id)
        cal = load_calendar(session)
        query = (
            select(Decision, AgendaItem.position, Meeting.number, Meeting.meeting_date)
            .options(selectinload(Decision.control_points))
            .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
            .join(Meeting, AgendaItem.meeting_id == Meeting.id)
            .where(
                Meeting.commission_id == meeting.commission_id,
                Meeting.id != meeting.id,
                Meeting.meeting_date <= meeting.meeting_date,
                Meeting.status.in_(ADOPTED_MEETING_STATUSES),
                Decision.control_state.not_in(_PICKABLE_EXCLUDED),
            )
            .order_by(
                Meeting.meeting_date.desc(),
                Meeting.number.desc(),
                AgendaItem.position,
                Decision.position,
            )
            .limit(_EARLIER_LIMIT)
        )
        number = _point_number(text)
        if number is not None:
            query = query.where(
                and_(AgendaItem.position == number[0], Decision.position == number[1])
            )
        elif text:
            query = query.where(
                or_(
                    contains_folded(session, Decision.text, text),
                    contains_folded(session, func.coalesce(Decision.text_kk, ""), text),
                )
            )
        rows = session.execute(query).all()
        leads = _lead_names(session, [r[0].id for r in rows])
        result = []
        for decision, item_position, meeting_number, meeting_date in rows:
            open_dates = [
                p.due_date for p in decision.control_points if p.state is ControlPointState.OPEN
            ]
            state = computed_state(
                decision.control_state,
                decision.kind,
                open_dates,
                meeting.meeting_date,
                cal,
                commission.due_soon_working_days,
            )
            result.append(
                DecisionRefView(
                    ref=DecisionRef(
                        decision.id,
                        f"{item_position}.{decision.position}",
                        meeting_number,
                        meeting_date,
                    ),
                    kind=decision.kind,
                    text=decision.text,
                    lead_agency=leads.get(decision.id),
                    due_date=min(open_dates, default=None),
                    state=state,
                    text_kk=decision.text_kk,
                )
            )
        return result


def _point_number(text: str) -> tuple[int, int] | None:
    """«1.2» or «п. 1.2» as (item, point); anything else is a text search."""
    candidate = text.removeprefix("п.").strip()
    left, dot, right = candidate.partition(".")
    if dot and left.isdigit() and right.isdigit():
        return int(left), int(right)
    return None


def _lead_names(session: Session, decision_ids: list[int]) -> dict[int, str]:
    if not decision_ids:
        return {}
    rows = session.execute(
        select(DecisionAssignee.decision_id, Agency.short_name_ru, Agency.name_ru)
        .join(Agency, DecisionAssignee.agency_id == Agency.id)
        .where(
            DecisionAssignee.decision_id.in_(decision_ids),
            DecisionAssignee.role == AssigneeRole.LEAD,
        )
    )
    return {decision_id: short or name for decision_id, short, name in rows}
