"""An oblast decision addressed to district akimats, followed in each district.

The oblast commission records its decision as always, naming district akimats (agencies of
kind akimat tied to a district, ``Agency.admin_unit_id``) among the executors. Each district
commission then sees the control points of those decisions for its own akimat, read-only
(«Решения областной комиссии»), and its secretary registers the akimat's execution report:
the report goes into the oblast decision's control point, audited in the district user's
name, and the oblast assesses it as any other. The oblast still owns the decision; a district
writes only reports, only for its own akimat, only on decisions of the commissions above it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from commission.db.engine import Database
from commission.db.models import (
    AdminUnit,
    Agency,
    AgendaItem,
    Commission,
    ControlPoint,
    Decision,
    DecisionAssignee,
    ExecutionReport,
    Meeting,
)
from commission.domain.enums import (
    AgencyKind,
    AssigneeRole,
    ControlPointState,
    ControlState,
    Language,
    ReportAssessment,
)
from commission.domain.permissions import Permission
from commission.services.context import Actor

# The same rules as a report the oblast registers itself (``control.register_report``).
from commission.services.control import ReportData, add_report, cleaned_report
from commission.services.errors import not_found
from commission.services.scope import acting_commission


@dataclass(frozen=True)
class DistrictControlLine:
    """One control point of an oblast decision for the district's akimat."""

    control_point_id: int
    decision_id: int
    commission: str  # the oblast commission that decided
    meeting_number: int
    meeting_date: date
    number: str  # «2.1»
    text: str
    agency_id: int
    agency: str
    lead: bool
    due_date: date
    state: ControlPointState
    overdue: bool
    decision_state: ControlState
    last_report_on: date | None  # the akimat's latest report on this point
    last_assessment: ReportAssessment | None


def _ancestor_units(session: Session, unit_id: int) -> set[int]:
    found: set[int] = set()
    unit = session.get(AdminUnit, unit_id)
    while unit is not None and unit.parent_id is not None and unit.parent_id not in found:
        found.add(unit.parent_id)
        unit = session.get(AdminUnit, unit.parent_id)
    return found


def _upper_commissions(session: Session, own: Commission) -> dict[int, Commission]:
    units = _ancestor_units(session, own.admin_unit_id)
    if not units:
        return {}
    rows = session.scalars(select(Commission).where(Commission.admin_unit_id.in_(units)))
    return {c.id: c for c in rows}


def _own_akimats(session: Session, own: Commission) -> dict[int, Agency]:
    rows = session.scalars(
        select(Agency).where(
            Agency.kind == AgencyKind.AKIMAT, Agency.admin_unit_id == own.admin_unit_id
        )
    )
    return {a.id: a for a in rows}


def _name(value_ru: str | None, value_kk: str | None, language: Language) -> str:
    if language is Language.KK:
        return value_kk or value_ru or ""
    return value_ru or value_kk or ""


def _lines(
    session: Session, actor: Actor, own: Commission, today: date, point_id: int | None = None
) -> list[DistrictControlLine]:
    upper = _upper_commissions(session, own)
    akimats = _own_akimats(session, own)
    if not upper or not akimats:
        return []
    query = (
        select(ControlPoint, Decision, DecisionAssignee, AgendaItem, Meeting)
        .join(Decision, ControlPoint.decision_id == Decision.id)
        .join(DecisionAssignee, DecisionAssignee.decision_id == Decision.id)
        .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
        .join(Meeting, AgendaItem.meeting_id == Meeting.id)
        .where(
            Meeting.commission_id.in_(upper),
            DecisionAssignee.agency_id.in_(akimats),
        )
        .order_by(ControlPoint.due_date, Decision.id, DecisionAssignee.agency_id)
    )
    if point_id is not None:
        query = query.where(ControlPoint.id == point_id)
    lines = []
    for point, decision, assignee, item, meeting in session.execute(query).all():
        last = session.scalars(
            select(ExecutionReport)
            .where(
                ExecutionReport.control_point_id == point.id,
                ExecutionReport.agency_id == assignee.agency_id,
            )
            .order_by(ExecutionReport.received_on.desc(), ExecutionReport.id.desc())
            .limit(1)
        ).first()
        commission = upper[meeting.commission_id]
        agency = akimats[assignee.agency_id]
        lines.append(
            DistrictControlLine(
                control_point_id=point.id,
                decision_id=decision.id,
                commission=_name(
                    commission.short_name_ru or commission.name_ru,
                    commission.short_name_kk or commission.name_kk,
                    actor.language,
                ),
                meeting_number=meeting.number,
                meeting_date=meeting.meeting_date,
                number=f"{item.position}.{decision.position}",
                text=_name(decision.text, decision.text_kk, actor.language),
                agency_id=agency.id,
                agency=_name(
                    agency.short_name_ru or agency.name_ru,
                    agency.short_name_kk or agency.name_kk,
                    actor.language,
                ),
                lead=assignee.role is AssigneeRole.LEAD,
                due_date=point.due_date,
                state=point.state,
                overdue=point.state is ControlPointState.OPEN and point.due_date < today,
                decision_state=decision.control_state,
                last_report_on=last.received_on if last else None,
                last_assessment=last.assessment if last else None,
            )
        )
    return lines


def oblast_decisions(db: Database, actor: Actor, today: date) -> list[DistrictControlLine]:
    """The control points of the commissions above for the acting commission's akimat."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        return _lines(session, actor, acting_commission(session, actor), today)


def report_for_akimat(
    db: Database,
    actor: Actor,
    control_point_id: int,
    data: ReportData,
    *,
    today: date | None = None,
) -> DistrictControlLine:
    """Register the district akimat's report on an oblast decision's control point; a point
    that is not one of this district's akimat's looks missing."""
    actor.require(Permission.ASSESS_REPORTS)
    today = today or date.today()
    data = cleaned_report(data, today)
    with db.transaction() as session:
        own = acting_commission(session, actor)
        lines = [
            line
            for line in _lines(session, actor, own, today, control_point_id)
            if line.agency_id == data.agency_id
        ]
        if not lines:
            raise not_found("control_points")
        add_report(session, actor, session.get_one(ControlPoint, control_point_id), data)
        session.flush()
        fresh = _lines(session, actor, own, today, control_point_id)
        return next(line for line in fresh if line.agency_id == data.agency_id)
