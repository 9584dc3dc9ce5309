"""The commission's decisions on a case, on both engines: taken when the case itself was on the
agenda and on its escalated measure, with numbers and control state; district scope."""

from __future__ import annotations

from datetime import date

import pytest

from commission.db.engine import Database
from commission.db.models import Measure
from commission.domain.control import ComputedState
from commission.domain.enums import AgendaItemKind
from commission.services import agenda, case_reviews, decisions, escalation
from commission.services.agenda import AgendaItemData
from commission.services.context import Actor
from commission.services.errors import NotFound
from tests.test_cases import OPENED, TODAY, make_desk, make_programme
from tests.test_decisions import fixed, instruction


def _version(db: Database, measure_id: int) -> int:
    with db.reading() as session:
        return session.get_one(Measure, measure_id).version


def test_decisions_on_a_case_reviewed_and_escalated(db: Database, admin: Actor) -> None:
    d = make_desk(db, admin)
    case_id, (work, _, _) = make_programme(db, d)
    assert case_reviews.case_decisions(db, d.officer, case_id, TODAY) == []

    item = agenda.add_item(
        db,
        d.s.secretary,
        d.s.meeting_id,
        AgendaItemData(AgendaItemKind.SOCIAL_SUPPORT, "О социальной адаптации"),
    )
    agenda.link_case(db, d.s.secretary, item.id, case_id)
    reviewed = decisions.add_decision(
        db, d.s.secretary, item.id, instruction(d.s.police, fixed(date(2026, 3, 13)))
    )
    sent = escalation.escalate_measure(
        db, d.officer, work, "Нет вакансий", version=_version(db, work), today=TODAY
    )
    assert sent.agenda_item_id is not None
    on_measure = decisions.add_decision(
        db,
        d.s.secretary,
        sent.agenda_item_id,
        instruction(d.s.employment, fixed(date(2026, 4, 10))),
    )

    found = case_reviews.case_decisions(db, d.officer, case_id, date(2026, 3, 16))
    assert [f.decision_id for f in found] == sorted([reviewed.id, on_measure.id])
    by_id = {f.decision_id: f for f in found}
    assert by_id[reviewed.id].number == f"{item.position}.1"
    assert by_id[reviewed.id].state is ComputedState.OVERDUE
    assert by_id[on_measure.id].state is ComputedState.ON_CONTROL
    assert {f.meeting_number for f in found} == {1}

    # Another district's officer is told nothing: the case looks missing, as a deleted one does.
    with pytest.raises(NotFound):
        case_reviews.case_decisions(db, d.stranger, case_id, TODAY)
    assert OPENED < TODAY
