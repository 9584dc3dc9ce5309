"""The link back from the commission's decisions to the client cases they were taken on.

Kept apart from ``services.cases`` so that the decisions service can call it without importing
the probation side (which imports the meetings side in turn).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from commission.db.models import AgendaItemCase, CaseEvent, Decision, Measure, Meeting
from commission.domain.enums import CaseEventKind
from commission.services import audit
from commission.services.context import Actor


def record_decision(session: Session, actor: Actor, decision: Decision, meeting: Meeting) -> None:
    """Write a «review at a meeting» entry in the log of every case examined under the
    decision's agenda item, linked to the decision (and to the escalated measure, if any)."""
    item_id = decision.agenda_item_id
    case_ids = set(
        session.scalars(
            select(AgendaItemCase.case_id).where(AgendaItemCase.agenda_item_id == item_id)
        )
    )
    measures = list(
        session.scalars(
            select(Measure).where(Measure.escalated_agenda_item_id == item_id).order_by(Measure.id)
        )
    )
    escalated = {m.case_id: m.id for m in measures}
    for case_id in sorted(case_ids | set(escalated)):
        event = CaseEvent(
            case_id=case_id,
            kind=CaseEventKind.REVIEW,
            happened_on=meeting.meeting_date,
            text=decision.text,
            agenda_item_id=item_id,
            decision_id=decision.id,
            measure_id=escalated.get(case_id),
            updated_by=actor.login,
        )
        session.add(event)
        audit.record_create(session, actor, event)
