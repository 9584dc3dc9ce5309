"""The escalation ladder of a decision overdue or answered formally.

The steps, in order (``domain.discipline.LADDER``): a reminder letter to the agency, a letter to
the agency's head citing the reminder's number and date, the question on the commission's next
agenda («О ненадлежащем исполнении решения…»), a submission to the akim citing the letter to the
head. Each is one action: a letter numbered in the outgoing register, or a proposed item on the
next planned meeting's agenda (as ``services.escalation`` does for a blocked measure), recorded
as a step of the decision (``control_steps``) so that the control card shows its history. A
reminder sent with others from the reminders window is the first step too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from commission.db.engine import Database
from commission.db.models import (
    Agency,
    AgendaItem,
    ControlPoint,
    ControlStep,
    Decision,
    DecisionAssignee,
    ExecutionReport,
    Meeting,
    OutgoingLetter,
)
from commission.documents.letter import LetterContext
from commission.documents.minutes import Bilingual
from commission.documents.phrasebook import DOCUMENT_LANGUAGES, fill, translated
from commission.domain.control import FINAL_STATES
from commission.domain.discipline import next_step
from commission.domain.enums import (
    AgendaItemKind,
    AssigneeRole,
    ControlPointState,
    ControlState,
    ExecutionGrade,
    LadderStep,
)
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.permissions import Permission
from commission.services import audit
from commission.services.context import Actor
from commission.services.errors import InvalidInput
from commission.services.escalation import next_planned_meeting
from commission.services.letters import add_step, register_letter
from commission.services.outgoing_register import build_letter
from commission.services.scope import acting_commission, get_own, get_readable

__all__ = ["LadderView", "StepView", "TakenStep", "ladder", "take_step"]

# The agenda item's question, stored in both languages in the documents' words.
AGENDA_TITLE = QT_TRANSLATE_NOOP(
    "Document",
    "On improper execution of the commission's decision (minutes No. {number} of {date}, "
    "p. {point}), executor: {agency}",
)


@dataclass(frozen=True)
class StepView:
    """A step taken: its letter (number) or its agenda item (meeting)."""

    id: int
    step: LadderStep
    taken_on: date
    letter_id: int | None
    letter_number: str | None
    agenda_item_id: int | None
    meeting_id: int | None
    meeting_number: int | None
    meeting_date: date | None


@dataclass(frozen=True)
class LadderView:
    """A decision's ladder: the steps taken, oldest first, and the one proposed next
    (``None`` when the decision is neither overdue nor answered formally, or at the top)."""

    decision_id: int
    steps: tuple[StepView, ...]
    overdue: bool
    formal: bool
    proposed: LadderStep | None


@dataclass(frozen=True)
class TakenStep:
    """What a step made: a numbered letter, or an agenda item on a planned meeting."""

    step: LadderStep
    letter: LetterContext | None
    agenda_item_id: int | None
    meeting_number: int | None
    meeting_date: date | None


def _steps(session: Session, decision_id: int) -> list[StepView]:
    rows = session.execute(
        select(ControlStep, OutgoingLetter.number, Meeting.id, Meeting.number, Meeting.meeting_date)
        .outerjoin(OutgoingLetter, ControlStep.letter_id == OutgoingLetter.id)
        .outerjoin(AgendaItem, ControlStep.agenda_item_id == AgendaItem.id)
        .outerjoin(Meeting, AgendaItem.meeting_id == Meeting.id)
        .where(ControlStep.decision_id == decision_id)
        .order_by(ControlStep.taken_on, ControlStep.id)
    ).all()
    return [
        StepView(
            id=step.id,
            step=step.step,
            taken_on=step.taken_on,
            letter_id=step.letter_id,
            letter_number=number,
            agenda_item_id=step.agenda_item_id,
            meeting_id=meeting_id,
            meeting_number=meeting_number,
            meeting_date=meeting_date,
        )
        for step, number, meeting_id, meeting_number, meeting_date in rows
    ]


def _view(session: Session, decision: Decision, today: date) -> LadderView:
    steps = _steps(session, decision.id)
    on_control = decision.control_state not in FINAL_STATES | {
        ControlState.NOT_CONTROLLED,
        ControlState.CANCELLED,
    }
    open_due = session.scalar(
        select(func.min(ControlPoint.due_date)).where(
            ControlPoint.decision_id == decision.id, ControlPoint.state == ControlPointState.OPEN
        )
    )
    formal = (
        session.scalar(
            select(ExecutionReport.id)
            .join(ControlPoint, ExecutionReport.control_point_id == ControlPoint.id)
            .where(
                ControlPoint.decision_id == decision.id,
                ControlPoint.state == ControlPointState.OPEN,
                ExecutionReport.grade == ExecutionGrade.FORMAL,
            )
            .limit(1)
        )
        is not None
    )
    overdue = open_due is not None and open_due < today
    proposed = next_step([s.step for s in steps]) if on_control and (overdue or formal) else None
    return LadderView(decision.id, tuple(steps), overdue, formal, proposed)


def ladder(db: Database, actor: Actor, decision_id: int, today: date) -> LadderView:
    """The decision's ladder as the control card shows it."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        return _view(session, get_readable(session, actor, Decision, decision_id), today)


def _lead(session: Session, decision: Decision) -> Agency:
    agency = session.scalar(
        select(Agency)
        .join(DecisionAssignee, DecisionAssignee.agency_id == Agency.id)
        .where(
            DecisionAssignee.decision_id == decision.id,
            DecisionAssignee.role == AssigneeRole.LEAD,
        )
    )
    if agency is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The decision has no lead agency to write to."), None
        )
    return agency


def _last_letter(session: Session, decision_id: int, step: LadderStep) -> OutgoingLetter | None:
    return session.scalar(
        select(OutgoingLetter)
        .join(ControlStep, ControlStep.letter_id == OutgoingLetter.id)
        .where(ControlStep.decision_id == decision_id, ControlStep.step == step)
        .order_by(OutgoingLetter.sent_on.desc(), OutgoingLetter.id.desc())
        .limit(1)
    )


def take_step(
    db: Database, actor: Actor, decision_id: int, step: LadderStep, today: date
) -> TakenStep:
    """Take ``step``, which must be the one the ladder proposes: a letter numbered in the
    outgoing register, or the question proposed on the next planned meeting's agenda."""
    actor.require(Permission.SEND_LETTERS)
    with db.transaction() as session:
        decision = get_own(session, actor, Decision, decision_id)
        view = _view(session, decision, today)
        if view.proposed is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The decision is neither overdue nor answered formally: there is nothing "
                    "to escalate.",
                ),
                None,
            )
        if step is not view.proposed:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "The steps are taken in order; the next one is another step."
                ),
                "step",
            )
        commission = acting_commission(session, actor)
        agency = _lead(session, decision)
        if step is LadderStep.AGENDA:
            return _propose(session, actor, commission.id, decision, agency, today)
        cited = None
        if step is not LadderStep.REMINDER:
            earlier = (
                LadderStep.REMINDER if step is LadderStep.HEAD_LETTER else (LadderStep.HEAD_LETTER)
            )
            cited = _last_letter(session, decision.id, earlier)
        letter = build_letter(
            session,
            actor,
            agency,
            [decision.id],
            today,
            step,
            cites=(cited.number, cited.sent_on) if cited is not None else None,
        )
        letter = register_letter(
            session,
            actor,
            commission.id,
            letter,
            today,
            cites_letter_id=cited.id if cited else None,
        )
        return TakenStep(step, letter, None, None, None)


def _propose(
    session: Session,
    actor: Actor,
    commission_id: int,
    decision: Decision,
    agency: Agency,
    today: date,
) -> TakenStep:
    meeting = next_planned_meeting(session, today, commission_id)
    if meeting is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "No meeting is planned: plan the commission's next meeting, then put the "
                "question on its agenda.",
            ),
            None,
        )
    item = session.get_one(AgendaItem, decision.agenda_item_id)
    held = session.get_one(Meeting, item.meeting_id)
    titles = []
    for language in DOCUMENT_LANGUAGES:
        name = (
            agency.short_name_kk or agency.name_kk
            if language == "kk"
            else agency.short_name_ru or agency.name_ru
        )
        values = {
            "number": str(held.number),
            "date": held.meeting_date.strftime("%d.%m.%Y"),
            "point": f"{item.position}.{decision.position}",
            "agency": name,
        }
        titles.append(fill(translated(AGENDA_TITLE, language), values))
    title = Bilingual(*titles)
    last = session.scalar(
        select(func.max(AgendaItem.position)).where(AgendaItem.meeting_id == meeting.id)
    )
    proposed = AgendaItem(
        meeting_id=meeting.id,
        position=int(last or 0) + 1,
        kind=AgendaItemKind.PROGRESS_REVIEW,
        title=title.ru,
        title_kk=title.kk,
        updated_by=actor.login,
    )
    session.add(proposed)
    audit.record_create(session, actor, proposed)
    add_step(session, actor, decision.id, LadderStep.AGENDA, today, agenda_item_id=proposed.id)
    return TakenStep(LadderStep.AGENDA, None, proposed.id, meeting.number, meeting.meeting_date)
