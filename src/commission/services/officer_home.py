"""The probation officer's home: my clients, my measures due soon and overdue, my cases without a
programme — and the same due measures for the reminders shown at start-up.

"My" is what the officer is responsible for (``Client.officer_id`` / ``Case.officer_id``),
always within the district scope. Due soon and overdue are counted in working days with the
commission's setting, as for decisions; an escalated measure follows the commission's decision.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from commission.db.engine import Database
from commission.db.models import Agency, Case, Client, Measure
from commission.domain.control import ComputedState
from commission.domain.enums import AuditAction, MeasureState, NeedKind, ProgrammeState
from commission.domain.permissions import Permission
from commission.domain.programme import OPEN_MEASURE_STATES, OPEN_PROGRAMME_STATES, Timing
from commission.services import audit, case_register, overview, registers, transfers
from commission.services.case_register import CaseRow
from commission.services.context import Actor
from commission.services.measure_terms import decisions_on_items, effective_timing
from commission.services.registers import ClientRow, district_scope, short_name
from commission.services.scope import acting_or_none

_DUE = {Timing.OVERDUE: ComputedState.OVERDUE, Timing.DUE_SOON: ComputedState.DUE_SOON}


@dataclass(frozen=True)
class DueMeasure:
    """A measure of mine due soon or overdue (the shape of ``control_registers.DueItem``).

    Attributes:
        due_date: the measure's deadline, or the term of the commission's decision on it.
        working_days: from today to the due date; negative when overdue.
    """

    measure_id: int
    case_id: int
    case_number: str
    client_name: str  # «Иванов И. К.»
    need_kind: NeedKind
    action: str
    agency: str | None
    due_date: date
    state: ComputedState  # DUE_SOON or OVERDUE
    working_days: int
    escalated: bool

    @property
    def days_overdue(self) -> int:
        return max(0, -self.working_days)


@dataclass(frozen=True)
class OfficerHome:
    clients: tuple[ClientRow, ...]
    due: tuple[DueMeasure, ...]  # the most overdue first
    without_programme: tuple[CaseRow, ...]  # open cases with no measure, or still a draft
    # New: clients transferred to my district from another lately, whoever they are given to.
    arrived: tuple[transfers.Arrival, ...] = ()


def due_measures(db: Database, actor: Actor, today: date) -> list[DueMeasure]:
    """My open measures overdue or due soon, by due date (the most overdue first)."""
    actor.require(Permission.EDIT_CASES)
    if actor.user_id is None:
        return []
    with db.reading() as session:
        ctx = overview.control_context(session, today, acting_or_none(session, actor))
        rows = session.execute(
            select(Measure, Case.number, Client.surname, Client.given_name, Client.patronymic)
            .join(Case, Measure.case_id == Case.id)
            .join(Client, Case.client_id == Client.id)
            .where(
                district_scope(actor, session),
                Case.officer_id == actor.user_id,
                Case.state.in_(OPEN_PROGRAMME_STATES),
                Measure.state.in_(OPEN_MEASURE_STATES),
            )
        ).all()
        escalated = [m for m, *_ in rows if m.state is MeasureState.ESCALATED]
        item_ids = {m.escalated_agenda_item_id for m in escalated if m.escalated_agenda_item_id}
        decisions = decisions_on_items(session, item_ids, ctx)
        agency_ids = {m.agency_id for m, *_ in rows if m.agency_id is not None}
        agencies = {
            a.id: overview.name_in(
                actor.language, a.short_name_ru or a.name_ru, a.short_name_kk or a.name_kk
            )
            for a in session.scalars(select(Agency).where(Agency.id.in_(agency_ids or {0})))
        }
        result = []
        for measure, number, surname, given, patronymic in rows:
            item_id = measure.escalated_agenda_item_id
            decision = decisions.get(item_id) if item_id is not None else None
            due, timing = effective_timing(measure, decision, ctx)
            if timing not in _DUE or due is None:
                continue
            result.append(
                DueMeasure(
                    measure_id=measure.id,
                    case_id=measure.case_id,
                    case_number=number,
                    client_name=short_name(surname, given, patronymic),
                    need_kind=measure.need_kind,
                    # In the reader's language, as the agencies (the reminders show it too).
                    action=overview.name_in(actor.language, measure.action, measure.action_kk),
                    agency=agencies.get(measure.agency_id) if measure.agency_id else None,
                    due_date=due,
                    state=_DUE[timing],
                    working_days=ctx.calendar.working_days_between(today, due),
                    escalated=measure.state is MeasureState.ESCALATED,
                )
            )
    result.sort(key=lambda d: (d.due_date, d.case_number, d.measure_id))
    return result


def officer_home(db: Database, actor: Actor, today: date) -> OfficerHome:
    """What the officer's start page shows; handing out the list of clients is audited."""
    actor.require(Permission.EDIT_CASES)
    if actor.user_id is None:
        return OfficerHome((), (), ())
    with db.transaction() as session:
        client_ids = list(
            session.scalars(
                select(Client.id)
                .where(
                    district_scope(actor, session),
                    Client.officer_id == actor.user_id,
                    Client.deregistered_on.is_(None),
                )
                .order_by(Client.search_name, Client.id)
            )
        )
        measures = (
            select(Measure.case_id, func.count(Measure.id).label("n"))
            .group_by(Measure.case_id)
            .subquery()
        )
        case_ids = list(
            session.scalars(
                select(Case.id)
                .join(Client, Case.client_id == Client.id)
                .outerjoin(measures, measures.c.case_id == Case.id)
                .where(
                    district_scope(actor, session),
                    Case.officer_id == actor.user_id,
                    Case.state.in_(OPEN_PROGRAMME_STATES),
                    (Case.state == ProgrammeState.DRAFT) | (func.coalesce(measures.c.n, 0) == 0),
                )
                .order_by(Case.opened_on, Case.id)
            )
        )
        arrived = transfers.arrivals(session, actor, today)
        if client_ids or arrived:
            counts = {"list": len(client_ids)}
            if arrived:
                counts["arrived"] = len(arrived)
            audit.record(session, actor, AuditAction.VIEW, "clients", None, counts)
    return OfficerHome(
        clients=tuple(registers.client_rows(db, actor, client_ids)),
        due=tuple(due_measures(db, actor, today)),
        without_programme=tuple(case_register.case_rows(db, actor, case_ids, today)),
        arrived=tuple(arrived),
    )
