"""The case card: the programme with its needs and measures, the **schedule** of what is still to
be done (by deadline, with due soon / overdue counted in working days) and, apart from it, the
**activity log** of what has happened (contacts, visits, referrals, reviews at meetings).

An escalated measure is followed by the commission's decision on it: the schedule shows the
decision's term and computed control state (``domain.control``) instead of the measure's own.
Opening a card is access to personal data and is written to the audit trail.
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
    Attachment,
    Case,
    CaseEvent,
    Client,
    Measure,
    Meeting,
    User,
)
from commission.domain.control import ComputedState
from commission.domain.enums import (
    AuditAction,
    CaseEventKind,
    Language,
    MeasureState,
    NeedKind,
    ProgrammeState,
)
from commission.domain.names import case_label
from commission.domain.programme import ALLOWED, OPEN_MEASURE_STATES, Timing
from commission.services import audit, overview
from commission.services.cases import load_case
from commission.services.context import Actor
from commission.services.control import AttachmentView, _attachment_view
from commission.services.measure_terms import DecisionLink, decision_links, effective_timing
from commission.services.scope import acting_or_none


@dataclass(frozen=True)
class NeedView:
    id: int
    kind: NeedKind
    priority: int
    notes: str | None
    version: int


@dataclass(frozen=True)
class EscalationView:
    agenda_item_id: int | None  # None: waiting for a meeting to be planned
    meeting_id: int | None
    meeting_number: int | None
    meeting_date: date | None
    decision: DecisionLink | None


@dataclass(frozen=True)
class MeasureView:
    id: int
    need_kind: NeedKind
    action: str
    agency_id: int | None
    agency: str | None
    deadline: date | None
    state: MeasureState
    outcome: str | None
    completed_on: date | None
    escalation: EscalationView | None
    attachments: tuple[AttachmentView, ...]
    version: int
    action_kk: str | None = None
    outcome_kk: str | None = None


@dataclass(frozen=True)
class ScheduleEntry:
    """A measure still to be done, as the schedule shows it.

    Attributes:
        due_date: the measure's deadline, or the term of the commission's decision on it.
        working_days: from today to ``due_date``; negative when overdue; None without a date.
    """

    measure_id: int
    need_kind: NeedKind
    action: str
    agency: str | None
    due_date: date | None
    timing: Timing
    working_days: int | None
    escalated: bool
    decision_state: ComputedState | None
    action_kk: str | None = None


@dataclass(frozen=True)
class EventView:
    id: int
    happened_on: date
    kind: CaseEventKind
    text: str
    measure_id: int | None
    agenda_item_id: int | None
    decision_id: int | None
    recorded_by: str | None
    version: int


@dataclass(frozen=True)
class CaseCard:
    id: int
    number: str
    client_id: int
    client_name: str  # in full: the card is for those who work with the client
    client_label: str  # «Б-ов Н. К.», as the commission's papers show him
    district: str
    officer_id: int | None
    officer: str | None
    opened_on: date
    state: ProgrammeState
    approved_on: date | None
    closed_on: date | None
    close_reason: str | None
    assessment_notes: str | None
    next_states: tuple[ProgrammeState, ...]
    needs: tuple[NeedView, ...]
    measures: tuple[MeasureView, ...]
    schedule: tuple[ScheduleEntry, ...]  # open measures by due date, none last
    events: tuple[EventView, ...]  # the activity log, newest first
    version: int


def _agency_names(session: Session, ids: set[int], language: Language) -> dict[int, str]:
    if not ids:
        return {}
    return {
        a.id: overview.name_in(language, a.short_name_ru or a.name_ru, a.short_name_kk or a.name_kk)
        for a in session.scalars(select(Agency).where(Agency.id.in_(ids)))
    }


def build_card(session: Session, actor: Actor, case: Case, client: Client, today: date) -> CaseCard:
    session.flush()
    ctx = overview.control_context(session, today, acting_or_none(session, actor))
    measures = list(
        session.scalars(select(Measure).where(Measure.case_id == case.id).order_by(Measure.id))
    )
    events = list(
        session.scalars(
            select(CaseEvent)
            .where(CaseEvent.case_id == case.id)
            .order_by(CaseEvent.happened_on.desc(), CaseEvent.id.desc())
        )
    )
    files: dict[int, list[AttachmentView]] = {}
    if measures:
        for a in session.scalars(
            select(Attachment)
            .where(Attachment.measure_id.in_([m.id for m in measures]))
            .order_by(Attachment.id)
        ):
            assert a.measure_id is not None
            files.setdefault(a.measure_id, []).append(_attachment_view(a))
    item_ids = {m.escalated_agenda_item_id for m in measures if m.escalated_agenda_item_id}
    decisions = decision_links(session, item_ids, ctx, events)
    meetings = {
        item_id: (meeting_id, number, day)
        for item_id, meeting_id, number, day in session.execute(
            select(AgendaItem.id, Meeting.id, Meeting.number, Meeting.meeting_date)
            .join(Meeting, AgendaItem.meeting_id == Meeting.id)
            .where(AgendaItem.id.in_(item_ids or {0}))
        )
    }
    names = _agency_names(
        session, {m.agency_id for m in measures if m.agency_id is not None}, actor.language
    )
    views = []
    schedule = []
    for m in measures:
        escalation = None
        decision = None
        if m.state is MeasureState.ESCALATED or m.escalated_agenda_item_id is not None:
            item_id = m.escalated_agenda_item_id
            meeting = meetings.get(item_id) if item_id is not None else None
            decision = decisions.get(item_id) if item_id is not None else None
            escalation = EscalationView(
                agenda_item_id=item_id,
                meeting_id=meeting[0] if meeting else None,
                meeting_number=meeting[1] if meeting else None,
                meeting_date=meeting[2] if meeting else None,
                decision=decision,
            )
        agency = names.get(m.agency_id) if m.agency_id is not None else None
        views.append(
            MeasureView(
                id=m.id,
                need_kind=m.need_kind,
                action=m.action,
                agency_id=m.agency_id,
                agency=agency,
                deadline=m.deadline,
                state=m.state,
                outcome=m.outcome,
                completed_on=m.completed_on,
                escalation=escalation,
                attachments=tuple(files.get(m.id, ())),
                version=m.version,
                action_kk=m.action_kk,
                outcome_kk=m.outcome_kk,
            )
        )
        if m.state in OPEN_MEASURE_STATES:
            due, timing = effective_timing(m, decision, ctx)
            schedule.append(
                ScheduleEntry(
                    measure_id=m.id,
                    need_kind=m.need_kind,
                    action=m.action,
                    agency=agency,
                    due_date=due,
                    timing=timing,
                    working_days=(
                        None if due is None else ctx.calendar.working_days_between(today, due)
                    ),
                    escalated=m.state is MeasureState.ESCALATED,
                    decision_state=decision.state if decision else None,
                    action_kk=m.action_kk,
                )
            )
    schedule.sort(key=lambda e: (e.due_date is None, e.due_date or today, e.measure_id))
    district = session.get_one(AdminUnit, client.district_id)
    officer = session.get(User, case.officer_id) if case.officer_id is not None else None
    return CaseCard(
        id=case.id,
        number=case.number,
        client_id=client.id,
        client_name=" ".join(
            p for p in (client.surname, client.given_name, client.patronymic) if p
        ),
        client_label=case_label(client.surname, client.given_name, client.patronymic),
        district=overview.name_in(actor.language, district.name_ru, district.name_kk),
        officer_id=case.officer_id,
        officer=officer.full_name if officer else None,
        opened_on=case.opened_on,
        state=case.state,
        approved_on=case.approved_on,
        closed_on=case.closed_on,
        close_reason=case.close_reason,
        assessment_notes=case.assessment_notes,
        next_states=tuple(s for s in ProgrammeState if s in ALLOWED[case.state]),
        needs=tuple(
            NeedView(n.id, n.kind, n.priority, n.notes, n.version)
            for n in sorted(case.needs, key=lambda n: (n.priority, n.kind.value))
        ),
        measures=tuple(views),
        schedule=tuple(schedule),
        events=tuple(
            EventView(
                id=e.id,
                happened_on=e.happened_on,
                kind=e.kind,
                text=e.text,
                measure_id=e.measure_id,
                agenda_item_id=e.agenda_item_id,
                decision_id=e.decision_id,
                recorded_by=e.updated_by,
                version=e.version,
            )
            for e in events
        ),
        version=case.version,
    )


def case_card(db: Database, actor: Actor, case_id: int, today: date) -> CaseCard:
    """The card of a case the actor may see; opening it is recorded (access to personal data)."""
    with db.transaction() as session:
        case, client = load_case(session, actor, case_id, edit=False)
        audit.record(session, actor, AuditAction.VIEW, "cases", case.id, {"card": True})
        return build_card(session, actor, case, client, today)
