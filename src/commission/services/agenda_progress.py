"""The standing item «О ходе исполнения решений»: the decisions of earlier meetings it
reviews, with their control state as of the meeting's date (also for the minutes)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from commission.db.engine import Database
from commission.db.models import (
    Agency,
    AgendaItem,
    Commission,
    ControlPoint,
    Decision,
    DecisionAssignee,
    Meeting,
)
from commission.documents.minutes import AgencyRef, Bilingual, DecisionRef, ProgressLine
from commission.domain.control import FINAL_STATES, computed_state
from commission.domain.deadlines import DeadlineKind
from commission.domain.enums import (
    AssigneeRole,
    ControlPointState,
)
from commission.domain.names import short_name
from commission.domain.permissions import Permission
from commission.services.calendar import load_calendar
from commission.services.context import Actor
from commission.services.overview import ADOPTED_MEETING_STATUSES
from commission.services.scope import get_readable


def _previous_held(session: Session, meeting: Meeting) -> date | None:
    return session.scalar(
        select(func.max(Meeting.meeting_date)).where(
            Meeting.commission_id == meeting.commission_id,
            Meeting.status.in_(ADOPTED_MEETING_STATUSES),
            Meeting.meeting_date < meeting.meeting_date,
        )
    )


def _progress_candidates(
    session: Session, meeting: Meeting, since: date | None
) -> list[tuple[Decision, int, int, date]]:
    """Decisions of earlier held meetings that the review must mention: a term in the window
    (since, meeting date], an open term already past, or a permanent term still on control."""
    day = meeting.meeting_date
    in_window = ControlPoint.due_date <= day
    if since is not None:
        in_window = in_window & (ControlPoint.due_date > since)
    still_open = Decision.control_state.not_in(FINAL_STATES)
    overdue = (ControlPoint.state == ControlPointState.OPEN) & (ControlPoint.due_date < day)
    has_point = (
        select(ControlPoint.id)
        .where(ControlPoint.decision_id == Decision.id, in_window | (overdue & still_open))
        .exists()
    )
    permanent = (Decision.deadline_kind == DeadlineKind.PERMANENT) & still_open
    rows = session.execute(
        select(Decision, AgendaItem.position, Meeting.number, Meeting.meeting_date)
        .options(selectinload(Decision.control_points))
        .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
        .join(Meeting, AgendaItem.meeting_id == Meeting.id)
        .where(
            Meeting.commission_id == meeting.commission_id,
            Meeting.status.in_(ADOPTED_MEETING_STATUSES),
            Meeting.meeting_date < day,
            or_(has_point, permanent),
        )
        .order_by(Meeting.meeting_date, Meeting.number, AgendaItem.position, Decision.position)
    )
    return list(rows)


def _leads(session: Session, decision_ids: list[int]) -> dict[int, AgencyRef]:
    if not decision_ids:
        return {}
    rows = session.execute(
        select(DecisionAssignee.decision_id, DecisionAssignee.contact_name, Agency)
        .join(Agency, DecisionAssignee.agency_id == Agency.id)
        .where(
            DecisionAssignee.decision_id.in_(decision_ids),
            DecisionAssignee.role == AssigneeRole.LEAD,
        )
    )
    return {
        decision_id: AgencyRef(
            id=agency.id,
            name=Bilingual(agency.name_ru, agency.name_kk),
            short_name=Bilingual(
                agency.short_name_ru or agency.name_ru, agency.short_name_kk or agency.name_kk
            ),
            head_name=contact or short_name(agency.head_name) or None,
        )
        for decision_id, contact, agency in rows
    }


def progress_of(session: Session, meeting: Meeting) -> list[ProgressLine]:
    """The review lines of ``meeting``, states as of its date (also for the minutes)."""
    day = meeting.meeting_date
    since = _previous_held(session, meeting)
    rows = _progress_candidates(session, meeting, since)
    commission = session.get_one(Commission, meeting.commission_id)
    cal = load_calendar(session)
    leads = _leads(session, [r[0].id for r in rows])
    lines = []
    for decision, item_position, number, held_on in rows:
        points = decision.control_points
        open_dates = [p.due_date for p in points if p.state is ControlPointState.OPEN]
        relevant = [
            p for p in points if p.due_date <= day and (since is None or p.due_date > since)
        ]
        relevant_open = [p.due_date for p in relevant if p.state is ControlPointState.OPEN]
        overdue = [d for d in open_dates if d < day]
        due = min(overdue + relevant_open, default=None) or max(
            (p.due_date for p in relevant), default=None
        )
        state = computed_state(
            decision.control_state,
            decision.kind,
            open_dates,
            day,
            cal,
            commission.due_soon_working_days,
        )
        lines.append(
            ProgressLine(
                ref=DecisionRef(
                    decision.id, f"{item_position}.{decision.position}", number, held_on
                ),
                text=Bilingual.of(decision.text, decision.text_kk),
                lead=leads.get(decision.id),
                due_date=due,
                state=state.value,
            )
        )
    return lines


def progress_lines(db: Database, actor: Actor, meeting_id: int) -> list[ProgressLine]:
    """Every decision due since the previous held meeting (or overdue, or permanent), with
    its control state as of this meeting's date."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        return progress_of(session, get_readable(session, actor, Meeting, meeting_id))
