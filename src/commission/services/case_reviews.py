"""The commission's decisions on a case: every decision written into the case's log as a review
at a meeting (``case_links.record_decision``), with its number and control state as of today.

Kept apart from ``services.case_card`` (another module's read model): the card shows the
decisions on escalated measures, this adds those taken when the case itself was on the agenda.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from commission.db.engine import Database
from commission.db.models import CaseEvent
from commission.domain.enums import CaseEventKind
from commission.services import overview
from commission.services.cases import load_case
from commission.services.context import Actor
from commission.services.measure_terms import DecisionLink, decision_links
from commission.services.scope import acting_or_none


def case_decisions(db: Database, actor: Actor, case_id: int, today: date) -> list[DecisionLink]:
    """The decisions taken on the case, by meeting date, for a case the actor may see."""
    with db.reading() as session:
        case, _client = load_case(session, actor, case_id, edit=False)
        events = list(
            session.scalars(
                select(CaseEvent).where(
                    CaseEvent.case_id == case.id,
                    CaseEvent.kind == CaseEventKind.REVIEW,
                    CaseEvent.decision_id.is_not(None),
                    CaseEvent.agenda_item_id.is_not(None),
                )
            )
        )
        item_ids = {e.agenda_item_id for e in events if e.agenda_item_id is not None}
        ctx = overview.control_context(session, today, acting_or_none(session, actor))
        links = decision_links(session, item_ids, ctx, events)
    unique = {link.decision_id: link for link in links.values()}
    return sorted(unique.values(), key=lambda d: (d.meeting_date, d.number))
