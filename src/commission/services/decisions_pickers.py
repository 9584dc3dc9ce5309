"""Earlier decisions a «снять с контроля» / «продлить срок» decision may point at."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, selectinload

from commission.db.engine import Database
from commission.db.models import (
    Agency,
    AgendaItem,
    Commission,
    Decision,
    DecisionAssignee,
    Meeting,
)
from commission.documents.minutes import DecisionRef
from commission.domain.control import ComputedState, computed_state
from commission.domain.enums import (
    AssigneeRole,
    ControlPointState,
    DecisionKind,
)
from commission.domain.permissions import Permission
from commission.services.calendar import load_calendar
from commission.services.context import Actor
from commission.services.decisions_effects import PICKABLE_EXCLUDED
from commission.services.overview import ADOPTED_MEETING_STATUSES, contains_folded
from commission.services.scope import get_readable

_EARLIER_LIMIT = 500


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
                Decision.control_state.not_in(PICKABLE_EXCLUDED),
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
