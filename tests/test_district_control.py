"""An oblast decision addressed to a district akimat, followed in the district, on both
engines: the district sees the control point of its akimat and registers its report, which the
oblast then assesses in its own card."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from commission.db.engine import Database
from commission.db.models import AuditEntry
from commission.domain.enums import AuditAction, ControlPointState, ReportAssessment, ReportKind
from commission.services import audit, control, decisions, district_control
from commission.services.context import Actor
from commission.services.control import ReportData
from commission.services.errors import InvalidInput, NotFound
from tests.oblast_world import DUE, OblastWorld, make_oblast_world, oblast_decision
from tests.test_decisions import fixed, instruction, new_item

TODAY = date(2026, 4, 8)


@pytest.fixture
def world(db: Database, admin: Actor) -> OblastWorld:
    return make_oblast_world(db, admin)


def _report(agency: int) -> ReportData:
    return ReportData(agency, ReportKind.FINAL, TODAY, "12-04/55", "Рейды проведены.")


def test_the_district_sees_the_oblast_decision_for_its_akimat(
    db: Database, world: OblastWorld
) -> None:
    w = world
    decision_id = oblast_decision(db, w, w.police, w.akimat)
    [line] = district_control.oblast_decisions(db, w.district, TODAY)
    assert (line.decision_id, line.agency_id, line.lead) == (decision_id, w.akimat, False)
    assert (line.due_date, line.state, line.overdue) == (DUE, ControlPointState.OPEN, False)
    assert line.commission == "Областная комиссия" and line.last_report_on is None
    # Late: overdue the day after its term.
    [late] = district_control.oblast_decisions(db, w.district, date(2026, 4, 13))
    assert late.overdue
    # The oblast's own list of district decisions is empty: nothing above it.
    assert district_control.oblast_decisions(db, w.oblast, TODAY) == []


def test_the_districts_report_goes_into_the_oblast_decision(
    db: Database, world: OblastWorld
) -> None:
    w = world
    decision_id = oblast_decision(db, w, w.akimat)
    [line] = district_control.oblast_decisions(db, w.district, TODAY)
    after = district_control.report_for_akimat(
        db, w.district, line.control_point_id, _report(w.akimat), today=TODAY
    )
    assert (after.last_report_on, after.last_assessment) == (TODAY, ReportAssessment.PENDING)
    card = control.control_card(db, w.oblast, decision_id, TODAY)
    [report] = card.points[0].reports
    assert (report.agency_id, report.text) == (w.akimat, "Рейды проведены.")
    # The oblast assesses it as any report; the district sees the answer.
    control.assess_report(db, w.oblast, report.id, report.version, True, None, today=TODAY)
    [done] = district_control.oblast_decisions(db, w.district, TODAY)
    assert done.last_assessment is ReportAssessment.ACCEPTED
    assert done.state is ControlPointState.EXECUTED_ON_TIME
    with db.reading() as session:
        entry = session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "execution_reports", AuditEntry.action == AuditAction.CREATE
            )
        ).one()
        assert entry.user_login == w.district.login  # in the district user's name
    assert audit.verify(db, deep=True).ok


def test_the_district_writes_only_for_its_own_akimat(db: Database, world: OblastWorld) -> None:
    w = world
    oblast_decision(db, w, w.police, w.akimat)
    [line] = district_control.oblast_decisions(db, w.district, TODAY)
    for actor, agency in ((w.district, w.police), (w.oblast, w.akimat)):
        with pytest.raises(NotFound):
            district_control.report_for_akimat(
                db, actor, line.control_point_id, _report(agency), today=TODAY
            )
    with pytest.raises(InvalidInput) as refused:
        district_control.report_for_akimat(
            db,
            w.district,
            line.control_point_id,
            ReportData(w.akimat, ReportKind.FINAL, TODAY, None, " "),
            today=TODAY,
        )
    assert refused.value.field == "text"


def test_a_decision_of_the_district_itself_is_not_on_the_list(
    db: Database, world: OblastWorld
) -> None:
    w = world
    item = new_item(db, w.district, w.district_meeting)
    decisions.add_decision(db, w.district, item, instruction(w.akimat, fixed(DUE)))
    assert district_control.oblast_decisions(db, w.district, TODAY) == []
