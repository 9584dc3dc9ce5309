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

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from commission.db.engine import Database
from commission.db.models import (
    Agency,
    AgendaItem,
    CaseEvent,
    Commission,
    Decision,
    ExecutionReport,
    Extension,
    Meeting,
)
from commission.domain.deadlines import DeadlineRule
from commission.domain.enums import (
    ControlState,
    DecisionKind,
)
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.permissions import Permission
from commission.services import audit, case_links
from commission.services.bilingual_text import required_pair
from commission.services.calendar import load_calendar
from commission.services.common import check_lengths, clean_text
from commission.services.context import Actor
from commission.services.decisions_control import (
    INITIAL_STATES,
    deadline_dates,
    drop_child,
    initial_state,
    set_rule,
    sync_assignees,
    sync_control_points,
)
from commission.services.decisions_effects import sync_effects, undo_extensions, undo_removals
from commission.services.decisions_pickers import DecisionRefView as DecisionRefView
from commission.services.decisions_pickers import earlier_decisions as earlier_decisions
from commission.services.decisions_views import DecisionView as DecisionView
from commission.services.decisions_views import adopted_of as adopted_of
from commission.services.decisions_views import decision_views as decision_views
from commission.services.decisions_views import rule_of as rule_of
from commission.services.decisions_votes import NoQuorum as NoQuorum
from commission.services.decisions_votes import counted_votes, store_vote
from commission.services.decisions_votes import require_quorum as require_quorum
from commission.services.errors import InvalidInput
from commission.services.meetings import ensure_editable
from commission.services.scope import get_own, get_readable


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


# --- reading ------------------------------------------------------------------------------


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
    counts, adopted, carried = counted_votes(data, present, commission)
    cal = load_calendar(session)
    wanted = deadline_dates(data.deadline, meeting, commission, cal) if adopted is not False else []
    if data.is_binding is not None:
        binding = data.is_binding
    else:
        binding = commission.binding_by_default and data.kind is not DecisionKind.RECOMMENDATION
    decision.kind = data.kind
    decision.text = data.text
    decision.text_kk = data.text_kk
    decision.is_binding = binding
    decision.report_to_secretary = data.report_to_secretary
    set_rule(decision, data.deadline)
    store_vote(decision, counts, adopted, carried, data.chair_side, data.dissenters)
    if decision.control_state in INITIAL_STATES:
        decision.control_state = initial_state(data.kind, data.deadline, adopted)
    # Audited before the children are synced: their flushes would empty the row's history.
    if decision.id is None:
        session.add(decision)
        audit.record_create(session, actor, decision)  # flushes: the id is needed below
    else:
        audit.record_update(session, actor, decision)
    sync_assignees(session, actor, decision, data.lead_agency_id, data.co_executor_ids)
    sync_control_points(session, actor, decision, wanted)
    sync_effects(session, actor, decision, meeting, data, adopted, cal, commission)


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
        sync_control_points(
            session, actor, decision, deadline_dates(rule, meeting, commission, cal)
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
    undo_removals(session, actor, decision)
    undo_extensions(session, actor, decision)
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
        drop_child(session, actor, decision.control_points, point)
    for assignee in list(decision.assignees):
        drop_child(session, actor, decision.assignees, assignee)
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
