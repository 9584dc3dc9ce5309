"""Control of a decision's execution: the control card, agencies' reports and their assessment,
extension requests and the chair's answer, and removal from control by the chair.

A control point closes only when a final report is accepted (on time or late, computed from
its received date); an interim report is acknowledged and never closes anything. Extensions
are kept as history, granted or refused. The decision's ``due_date`` always follows its
earliest open control point, since the decisions register sorts by it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from commission.db.base import utcnow
from commission.db.engine import Database
from commission.db.models import (
    Agency,
    AgendaItem,
    Attachment,
    Commission,
    ControlPoint,
    Decision,
    DecisionAssignee,
    ExecutionReport,
    Extension,
    Meeting,
)
from commission.domain.control import ComputedState, computed_state
from commission.domain.deadlines import DeadlineRule
from commission.domain.enums import (
    AssigneeRole,
    ControlPointState,
    ControlState,
    DecisionKind,
    ExecutionGrade,
    ExtensionState,
    ReportAssessment,
    ReportKind,
)
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.permissions import Permission
from commission.services import attachments, audit
from commission.services.attachments import MAX_ATTACHMENT_BYTES as MAX_ATTACHMENT_BYTES
from commission.services.calendar import load_calendar
from commission.services.common import check_lengths, clean_text
from commission.services.context import Actor
from commission.services.decisions import rule_of
from commission.services.errors import InvalidInput
from commission.services.scope import get_own, get_readable

# Decisions no longer on control: nothing may be registered or decided against them.
_CLOSED_DECISION_STATES = frozenset(
    {ControlState.REMOVED, ControlState.CANCELLED, ControlState.NOT_CONTROLLED}
)
# Stored states a new report or an accepted interim report turns into "in progress".
_TO_IN_PROGRESS = frozenset({ControlState.ON_CONTROL, ControlState.OVERDUE, ControlState.REWORK})


@dataclass(frozen=True)
class ReportData:
    agency_id: int
    kind: ReportKind
    received_on: date
    incoming_number: str | None
    text: str


@dataclass(frozen=True)
class AttachmentView:
    id: int
    file_name: str
    media_type: str
    size: int
    sha256: str
    added_at: datetime
    added_by: str


@dataclass(frozen=True)
class ReportView:
    id: int
    agency_id: int
    agency: str
    kind: ReportKind
    received_on: date
    incoming_number: str | None
    text: str
    assessment: ReportAssessment
    grade: ExecutionGrade | None
    comment: str | None
    assessed_by: str | None
    assessed_at: datetime | None
    attachments: tuple[AttachmentView, ...]
    version: int


@dataclass(frozen=True)
class ExtensionView:
    id: int
    requested_by_agency_id: int | None
    requested_by: str | None  # the agency's name
    requested_on: date
    old_date: date
    proposed_date: date
    reason: str
    state: ExtensionState
    decided_by: str | None
    decided_on: date | None
    decided_by_decision_id: int | None  # granted by a later «продлить срок» decision
    version: int


@dataclass(frozen=True)
class ControlPointView:
    id: int
    original_due_date: date
    due_date: date
    state: ControlPointState
    executed_on: date | None
    reports: tuple[ReportView, ...]
    extensions: tuple[ExtensionView, ...]
    version: int


@dataclass(frozen=True)
class RemovalRef:
    """The commission's decision that removed this one from control: «п. 1.2 протокола № 5
    от 10.11.2026», said by the card in the reader's language."""

    decision_id: int
    point: str
    meeting_number: int
    meeting_date: date


@dataclass(frozen=True)
class ControlCard:
    decision_id: int
    number: str  # "2.3"
    meeting_id: int
    meeting_number: int
    meeting_date: date
    kind: DecisionKind
    text: str
    is_binding: bool
    lead_agency_id: int | None
    lead_agency: str | None
    co_executors: tuple[tuple[int, str], ...]  # (agency id, name)
    deadline: DeadlineRule | None
    stored_state: ControlState
    state: ComputedState  # as of the card's date
    due_date: date | None
    executed_on: date | None
    removed_on: date | None
    removal_note: str | None  # typed by the chair who removed it herself
    removed_by: RemovalRef | None
    points: tuple[ControlPointView, ...]
    version: int


# --- reading ------------------------------------------------------------------------------


def _agency_name(agency: Agency) -> str:
    return agency.short_name_ru or agency.name_ru


def _agency_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return {
        a.id: _agency_name(a) for a in session.scalars(select(Agency).where(Agency.id.in_(ids)))
    }


def _attachment_view(a: Attachment) -> AttachmentView:
    return AttachmentView(
        id=a.id,
        file_name=a.file_name,
        media_type=a.media_type,
        size=a.size,
        sha256=a.sha256,
        added_at=a.added_at,
        added_by=a.added_by,
    )


def _card(session: Session, decision: Decision, today: date) -> ControlCard:
    session.flush()
    item = session.get_one(AgendaItem, decision.agenda_item_id)
    meeting = session.get_one(Meeting, item.meeting_id)
    commission = session.get_one(Commission, meeting.commission_id)
    assignees = list(
        session.scalars(
            select(DecisionAssignee)
            .where(DecisionAssignee.decision_id == decision.id)
            .order_by(DecisionAssignee.agency_id)
        )
    )
    points = list(
        session.scalars(
            select(ControlPoint)
            .where(ControlPoint.decision_id == decision.id)
            .order_by(ControlPoint.due_date, ControlPoint.id)
        )
    )
    point_ids = [p.id for p in points]
    reports: list[ExecutionReport] = []
    extensions: list[Extension] = []
    attachments: dict[int, list[AttachmentView]] = {}
    if point_ids:
        reports = list(
            session.scalars(
                select(ExecutionReport)
                .where(ExecutionReport.control_point_id.in_(point_ids))
                .order_by(ExecutionReport.received_on, ExecutionReport.id)
            )
        )
        extensions = list(
            session.scalars(
                select(Extension)
                .where(Extension.control_point_id.in_(point_ids))
                .order_by(Extension.requested_on, Extension.id)
            )
        )
    if reports:
        for a in session.scalars(
            select(Attachment)
            .where(Attachment.execution_report_id.in_([r.id for r in reports]))
            .order_by(Attachment.id)
        ):
            assert a.execution_report_id is not None
            attachments.setdefault(a.execution_report_id, []).append(_attachment_view(a))
    names = _agency_names(
        session,
        {a.agency_id for a in assignees}
        | {r.agency_id for r in reports}
        | {e.requested_by_agency_id for e in extensions if e.requested_by_agency_id is not None},
    )
    lead = next((a.agency_id for a in assignees if a.role is AssigneeRole.LEAD), None)
    point_views = tuple(
        ControlPointView(
            id=p.id,
            original_due_date=p.original_due_date,
            due_date=p.due_date,
            state=p.state,
            executed_on=p.executed_on,
            reports=tuple(
                ReportView(
                    id=r.id,
                    agency_id=r.agency_id,
                    agency=names.get(r.agency_id, "?"),
                    kind=r.kind,
                    received_on=r.received_on,
                    incoming_number=r.incoming_number,
                    text=r.text,
                    assessment=r.assessment,
                    grade=r.grade,
                    comment=r.assessment_comment,
                    assessed_by=r.assessed_by,
                    assessed_at=r.assessed_at,
                    attachments=tuple(attachments.get(r.id, ())),
                    version=r.version,
                )
                for r in reports
                if r.control_point_id == p.id
            ),
            extensions=tuple(
                ExtensionView(
                    id=e.id,
                    requested_by_agency_id=e.requested_by_agency_id,
                    requested_by=(
                        names.get(e.requested_by_agency_id)
                        if e.requested_by_agency_id is not None
                        else None
                    ),
                    requested_on=e.requested_on,
                    old_date=e.old_date,
                    proposed_date=e.proposed_date,
                    reason=e.reason,
                    state=e.state,
                    decided_by=e.decided_by,
                    decided_on=e.decided_on,
                    decided_by_decision_id=e.decided_by_decision_id,
                    version=e.version,
                )
                for e in extensions
                if e.control_point_id == p.id
            ),
            version=p.version,
        )
        for p in points
    )
    state = computed_state(
        decision.control_state,
        decision.kind,
        [p.due_date for p in points if p.state is ControlPointState.OPEN],
        today,
        load_calendar(session),
        commission.due_soon_working_days,
    )
    return ControlCard(
        decision_id=decision.id,
        number=f"{item.position}.{decision.position}",
        meeting_id=meeting.id,
        meeting_number=meeting.number,
        meeting_date=meeting.meeting_date,
        kind=decision.kind,
        text=decision.text,
        is_binding=decision.is_binding,
        lead_agency_id=lead,
        lead_agency=names.get(lead) if lead is not None else None,
        co_executors=tuple(
            (a.agency_id, names.get(a.agency_id, "?"))
            for a in assignees
            if a.role is AssigneeRole.CO_EXECUTOR
        ),
        deadline=rule_of(decision),
        stored_state=decision.control_state,
        state=state,
        due_date=decision.due_date,
        executed_on=decision.executed_on,
        removed_on=decision.removed_on,
        removal_note=decision.removal_note,
        removed_by=_removal_ref(session, decision.removed_by_decision_id),
        points=point_views,
        version=decision.version,
    )


def _removal_ref(session: Session, decision_id: int | None) -> RemovalRef | None:
    if decision_id is None:
        return None
    removal = session.get_one(Decision, decision_id)
    item = session.get_one(AgendaItem, removal.agenda_item_id)
    meeting = session.get_one(Meeting, item.meeting_id)
    return RemovalRef(
        decision_id, f"{item.position}.{removal.position}", meeting.number, meeting.meeting_date
    )


def control_card(db: Database, actor: Actor, decision_id: int, today: date) -> ControlCard:
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        return _card(session, get_readable(session, actor, Decision, decision_id), today)


# --- checks -------------------------------------------------------------------------------


def _settled_due_date(session: Session, decision: Decision) -> date | None:
    """The decision's term: its earliest open control point, else its first one."""
    points = list(
        session.scalars(select(ControlPoint).where(ControlPoint.decision_id == decision.id))
    )
    open_dates = [p.due_date for p in points if p.state is ControlPointState.OPEN]
    return min(open_dates or [p.due_date for p in points], default=None)


def _on_control(decision: Decision) -> None:
    if decision.control_state in _CLOSED_DECISION_STATES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This decision is not on control (removed, cancelled or never controlled); "
                "nothing can be recorded against it.",
            ),
            None,
        )


def _open_point(point: ControlPoint) -> None:
    if point.state is not ControlPointState.OPEN:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The control point of {due} is already closed; nothing can be recorded on it.",
            ),
            None,
            due=point.due_date.strftime("%d.%m.%Y"),
        )


def _assigned(session: Session, decision: Decision, agency_id: int, field: str) -> None:
    found = session.get(DecisionAssignee, (decision.id, agency_id))
    if found is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This agency is neither the lead agency nor a co-executor of the decision.",
            ),
            field,
        )


def _not_future(day: date, today: date, field: str) -> None:
    if day > today:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The date {day} is in the future."),
            field,
            day=day.strftime("%d.%m.%Y"),
        )


def _set_state(
    session: Session, actor: Actor, decision: Decision, state: ControlState, **values: object
) -> None:
    """Set the stored state (and other fields) and the term, audited in one entry. The term is
    read first: the query flushes, which would lose the decision's history for the audit."""
    due = _settled_due_date(session, decision)
    decision.control_state = state
    decision.due_date = due
    for key, value in values.items():
        setattr(decision, key, value)
    audit.record_update(session, actor, decision)


# --- reports ------------------------------------------------------------------------------


def cleaned_report(data: ReportData, today: date) -> ReportData:
    """The report's texts cleaned and checked, its date not in the future."""
    text = clean_text(data.text)
    if not text:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Enter the text of the report."), "text")
    number = clean_text(data.incoming_number, multiline=False)
    check_lengths(ExecutionReport, {"incoming_number": number, "text": text})
    _not_future(data.received_on, today, "received_on")
    return replace(data, text=text, incoming_number=number)


def add_report(
    session: Session, actor: Actor, point: ControlPoint, data: ReportData
) -> ExecutionReport:
    """Enter a cleaned report on ``point`` (pending assessment); the decision moves to «in
    progress» when it was on control, overdue or sent back. The caller checked who may."""
    decision = session.get_one(Decision, point.decision_id)
    _on_control(decision)
    _open_point(point)
    report = ExecutionReport(
        control_point_id=point.id,
        agency_id=data.agency_id,
        kind=data.kind,
        received_on=data.received_on,
        incoming_number=data.incoming_number,
        text=data.text,
        assessment=ReportAssessment.PENDING,
        updated_by=actor.login,
    )
    session.add(report)
    audit.record_create(session, actor, report)
    state = decision.control_state
    _set_state(
        session,
        actor,
        decision,
        ControlState.IN_PROGRESS if state in _TO_IN_PROGRESS else state,
    )
    return report


def register_report(
    db: Database,
    actor: Actor,
    control_point_id: int,
    data: ReportData,
    *,
    today: date | None = None,
) -> ControlCard:
    """Register an agency's information on execution as received (not yet assessed)."""
    actor.require(Permission.ASSESS_REPORTS)
    today = today or date.today()
    data = cleaned_report(data, today)
    with db.transaction() as session:
        point = get_own(session, actor, ControlPoint, control_point_id)
        decision = session.get_one(Decision, point.decision_id)
        _assigned(session, decision, data.agency_id, "agency_id")
        add_report(session, actor, point, data)
        return _card(session, decision, today)


def attach_file(
    db: Database, actor: Actor, report_id: int, file_name: str, media_type: str, content: bytes
) -> AttachmentView:
    """Attach a file to a report; the same content is stored once, keyed by its SHA-256."""
    actor.require(Permission.ASSESS_REPORTS)
    file = attachments.checked_file(file_name, media_type, content)
    with db.transaction() as session:
        get_own(session, actor, ExecutionReport, report_id)
        attachment = attachments.store(session, actor, file, execution_report_id=report_id)
        return _attachment_view(attachment)


def assess_report(
    db: Database,
    actor: Actor,
    report_id: int,
    version: int,
    accept: bool,
    comment: str | None,
    *,
    grade: ExecutionGrade | None = None,
    today: date | None = None,
) -> ControlCard:
    """Accept a report or return it for rework with a comment.

    A final report accepted is graded (``grade``; «executed» when not given): executed or
    partially executed closes its point, on time or late; «not executed» is taken as the
    agency's answer and leaves the point open; a «formal reply» (answered without doing) is
    returned for rework like a return. Any grade below «executed» needs its reason in
    ``comment``. An interim report is never graded."""
    actor.require(Permission.ASSESS_REPORTS)
    today = today or date.today()
    note = clean_text(comment)
    if not accept and not note:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Say why the report is returned for rework."), "comment"
        )
    with db.transaction() as session:
        report = get_own(session, actor, ExecutionReport, report_id, version)
        point = session.get_one(ControlPoint, report.control_point_id)
        decision = session.get_one(Decision, point.decision_id)
        _on_control(decision)
        if report.assessment is not ReportAssessment.PENDING:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "This report has already been assessed."), None
            )
        final = report.kind is ReportKind.FINAL
        if final and accept:
            grade = grade or ExecutionGrade.EXECUTED
            if grade is not ExecutionGrade.EXECUTED and not note:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "Say why the report is graded below «executed»."),
                    "comment",
                )
        elif not final:
            grade = None
        if grade is ExecutionGrade.FORMAL:
            accept = False
        report.assessment = ReportAssessment.ACCEPTED if accept else ReportAssessment.RETURNED
        report.assessment_comment = note
        report.grade = grade
        report.assessed_by = actor.login
        report.assessed_at = utcnow()
        audit.record_update(session, actor, report)
        if not accept:
            _set_state(session, actor, decision, ControlState.REWORK)
            return _card(session, decision, today)
        closes = grade in (ExecutionGrade.EXECUTED, ExecutionGrade.PARTIAL)
        if closes and point.state is ControlPointState.OPEN:
            point.state = (
                ControlPointState.EXECUTED_ON_TIME
                if report.received_on <= point.due_date
                else ControlPointState.EXECUTED_LATE
            )
            point.executed_on = report.received_on
            audit.record_update(session, actor, point)
            session.flush()
        points = list(
            session.scalars(select(ControlPoint).where(ControlPoint.decision_id == decision.id))
        )
        if all(p.state is not ControlPointState.OPEN for p in points):
            executed = [p.executed_on for p in points if p.executed_on is not None]
            _set_state(
                session,
                actor,
                decision,
                ControlState.EXECUTED,
                executed_on=max(executed, default=report.received_on),
            )
        else:
            state = decision.control_state
            _set_state(
                session,
                actor,
                decision,
                ControlState.IN_PROGRESS if state in _TO_IN_PROGRESS else state,
            )
        return _card(session, decision, today)


# --- extensions ---------------------------------------------------------------------------


def request_extension(
    db: Database,
    actor: Actor,
    control_point_id: int,
    agency_id: int,
    requested_on: date,
    proposed_date: date,
    reason: str,
    *,
    today: date | None = None,
) -> ControlCard:
    """Record an agency's letter asking to move a control point's date."""
    actor.require(Permission.ASSESS_REPORTS)
    today = today or date.today()
    text = clean_text(reason)
    if not text:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Enter the reason the agency gives."), "reason"
        )
    _not_future(requested_on, today, "requested_on")
    with db.transaction() as session:
        point = get_own(session, actor, ControlPoint, control_point_id)
        decision = session.get_one(Decision, point.decision_id)
        _on_control(decision)
        _open_point(point)
        _assigned(session, decision, agency_id, "agency_id")
        if proposed_date <= point.due_date:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "The proposed date must be later than the current term {due}."
                ),
                "proposed_date",
                due=point.due_date.strftime("%d.%m.%Y"),
            )
        pending = session.scalar(
            select(Extension.id)
            .where(
                Extension.control_point_id == point.id,
                Extension.state == ExtensionState.REQUESTED,
            )
            .limit(1)
        )
        if pending is not None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "An extension of this term is already awaiting the chair's decision.",
                ),
                None,
            )
        extension = Extension(
            control_point_id=point.id,
            requested_by_agency_id=agency_id,
            requested_on=requested_on,
            old_date=point.due_date,
            proposed_date=proposed_date,
            reason=text,
            state=ExtensionState.REQUESTED,
            updated_by=actor.login,
        )
        session.add(extension)
        audit.record_create(session, actor, extension)
        return _card(session, decision, today)


def decide_extension(
    db: Database,
    actor: Actor,
    extension_id: int,
    version: int,
    grant: bool,
    *,
    today: date | None = None,
) -> ControlCard:
    """The chair grants (the term moves, onto a working day) or refuses an extension."""
    actor.require(Permission.DECIDE_EXTENSIONS)
    today = today or date.today()
    with db.transaction() as session:
        extension = get_own(session, actor, Extension, extension_id, version)
        point = session.get_one(ControlPoint, extension.control_point_id)
        decision = session.get_one(Decision, point.decision_id)
        if extension.state is not ExtensionState.REQUESTED:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "This extension request has already been decided."),
                None,
            )
        _on_control(decision)
        _open_point(point)
        new_date: date | None = None
        if grant:
            item = session.get_one(AgendaItem, decision.agenda_item_id)
            meeting = session.get_one(Meeting, item.meeting_id)
            commission = session.get_one(Commission, meeting.commission_id)
            new_date = load_calendar(session).shift_to_working(
                extension.proposed_date, commission.day_off_rule
            )
            if new_date <= point.due_date:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The term is already {due}, not earlier than the date asked for; "
                        "refuse the request instead.",
                    ),
                    None,
                    due=point.due_date.strftime("%d.%m.%Y"),
                )
        extension.state = ExtensionState.GRANTED if grant else ExtensionState.REFUSED
        extension.decided_by = actor.login
        extension.decided_on = today
        audit.record_update(session, actor, extension)
        if new_date is not None:
            point.due_date = new_date
            audit.record_update(session, actor, point)
            _set_state(session, actor, decision, ControlState.EXTENDED)
        return _card(session, decision, today)


# --- removal ------------------------------------------------------------------------------


def remove_from_control(
    db: Database, actor: Actor, decision_id: int, version: int, note: str | None, today: date
) -> ControlCard:
    """The chair removes a decision from control; its open points are cancelled."""
    actor.require(Permission.REMOVE_FROM_CONTROL)
    text = clean_text(note)
    with db.transaction() as session:
        decision = get_own(session, actor, Decision, decision_id, version)
        _on_control(decision)
        for point in session.scalars(
            select(ControlPoint).where(
                ControlPoint.decision_id == decision.id,
                ControlPoint.state == ControlPointState.OPEN,
            )
        ).all():
            point.state = ControlPointState.CANCELLED
            audit.record_update(session, actor, point)
        _set_state(
            session,
            actor,
            decision,
            ControlState.REMOVED,
            removed_on=today,
            removal_note=text,
        )
        return _card(session, decision, today)
