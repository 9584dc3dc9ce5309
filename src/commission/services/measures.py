"""The measures of a programme: what is to be done, by which agency, by when, and how it ended.

Measures are planned while the programme is a draft (or later, when new help is needed) and
worked on once it is approved; the first measure that moves starts the programme
(approved → in progress). Finishing a measure needs its outcome and date; evidence (a letter,
a certificate of enrolment) is attached to it as a file.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from commission.db.engine import Database
from commission.db.models import Agency, Case, CaseEvent, Measure
from commission.domain.enums import MeasureState, NeedKind, ProgrammeState
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.permissions import Permission
from commission.domain.programme import (
    FINAL_MEASURE_STATES,
    WORKING_PROGRAMME_STATES,
    check_measure_transition,
)
from commission.services import attachments, audit
from commission.services.bilingual_text import cleaned_pair, required_pair
from commission.services.cases import ensure_open, load_case
from commission.services.common import check_lengths, clean_text, get_for_edit, get_or_fail
from commission.services.context import Actor
from commission.services.control import AttachmentView, _attachment_view
from commission.services.errors import InvalidInput


@dataclass(frozen=True)
class MeasureData:
    need_kind: NeedKind
    action: str
    agency_id: int | None
    deadline: date | None
    action_kk: str | None = None
    # The Kazakh of the outcome recorded by ``set_measure_state``: a translation added later,
    # also to a finished measure. ``None`` leaves the stored value as it is.
    outcome_kk: str | None = None


def _cleaned(session: Session, data: MeasureData, case: Case) -> tuple[str, MeasureData]:
    action, action_kk = required_pair(
        data.action,
        data.action_kk,
        "action",
        QT_TRANSLATE_NOOP("Errors", "Describe the action to be taken."),
    )
    outcome_kk = clean_text(data.outcome_kk)
    check_lengths(Measure, {"action": action, "action_kk": action_kk, "outcome_kk": outcome_kk})
    data = replace(data, action=action, action_kk=action_kk, outcome_kk=outcome_kk)
    if data.agency_id is not None:
        agency = session.get(Agency, data.agency_id)
        if agency is None or not agency.is_active:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Choose an active agency responsible."), "agency_id"
            )
    if data.deadline is not None and data.deadline < case.opened_on:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The deadline {due} is before the case was opened ({date})."
            ),
            "deadline",
            due=data.deadline.strftime("%d.%m.%Y"),
            date=case.opened_on.strftime("%d.%m.%Y"),
        )
    return action, data


def add_measure(db: Database, actor: Actor, case_id: int, data: MeasureData) -> int:
    """Plan a measure (state «assigned»); returns its id."""
    with db.transaction() as session:
        case, _ = load_case(session, actor, case_id, edit=True)
        ensure_open(case)
        action, data = _cleaned(session, data, case)
        measure = Measure(
            case_id=case.id,
            need_kind=data.need_kind,
            action=action,
            action_kk=data.action_kk,
            agency_id=data.agency_id,
            deadline=data.deadline,
            state=MeasureState.ASSIGNED,
            updated_by=actor.login,
        )
        session.add(measure)
        audit.record_create(session, actor, measure)
        return measure.id


def _measure_for_edit(
    session: Session, actor: Actor, measure_id: int, version: int | None
) -> tuple[Measure, Case]:
    measure = get_for_edit(session, Measure, measure_id, version)
    case, _ = load_case(session, actor, measure.case_id, edit=True)
    ensure_open(case)
    return measure, case


def update_measure(
    db: Database, actor: Actor, measure_id: int, version: int, data: MeasureData
) -> None:
    """Correct what a measure says; a finished measure stays as it was recorded, but its
    Kazakh texts may still be added (the programme is printed in either language)."""
    with db.transaction() as session:
        measure, case = _measure_for_edit(session, actor, measure_id, version)
        action, data = _cleaned(session, data, case)
        if measure.state in FINAL_MEASURE_STATES and (
            measure.need_kind,
            measure.action,
            measure.agency_id,
            measure.deadline,
        ) != (data.need_kind, action, data.agency_id, data.deadline):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "The measure is already finished; its outcome can no longer change."
                ),
                None,
            )
        measure.need_kind = data.need_kind
        measure.action = action
        measure.action_kk = data.action_kk
        measure.agency_id = data.agency_id
        measure.deadline = data.deadline
        if data.outcome_kk is not None:
            measure.outcome_kk = data.outcome_kk
        audit.record_update(session, actor, measure)


def remove_measure(db: Database, actor: Actor, measure_id: int) -> None:
    """Delete a measure planned by mistake: only while the programme is a draft."""
    with db.transaction() as session:
        measure, case = _measure_for_edit(session, actor, measure_id, None)
        if case.state is not ProgrammeState.DRAFT:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The programme is approved, so its measures are part of it; record the "
                    "measure's outcome instead of deleting it.",
                ),
                None,
            )
        for event in session.scalars(select(CaseEvent).where(CaseEvent.measure_id == measure.id)):
            event.measure_id = None
            audit.record_update(session, actor, event)
        audit.record_delete(session, actor, measure)
        session.flush()


def set_measure_state(
    db: Database,
    actor: Actor,
    measure_id: int,
    version: int,
    state: MeasureState,
    outcome: str | None = None,
    completed_on: date | None = None,
    *,
    today: date | None = None,
    outcome_kk: str | None = None,
) -> None:
    """Work on a measure (in progress) or finish it with its outcome and date; the first
    measure to move starts an approved programme. The outcome may be typed in either
    language."""
    today = today or date.today()
    text, text_kk = cleaned_pair(outcome, outcome_kk)
    check_lengths(Measure, {"outcome": text, "outcome_kk": text_kk})
    with db.transaction() as session:
        measure, case = _measure_for_edit(session, actor, measure_id, version)
        if case.state not in WORKING_PROGRAMME_STATES:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "Approve the programme before its measures are worked on."
                ),
                None,
            )
        check_measure_transition(measure.state, state)
        if state in FINAL_MEASURE_STATES:
            if not text and not text_kk:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "Describe the outcome of the measure."), "outcome"
                )
            day = completed_on or today
            if day > today or day < case.opened_on:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The completion date must be between the opening of the case and today.",
                    ),
                    "completed_on",
                )
            measure.outcome = text
            measure.outcome_kk = text_kk
            measure.completed_on = day
        else:
            if text is not None:
                measure.outcome = text
            if text_kk is not None:
                measure.outcome_kk = text_kk
        measure.state = state
        audit.record_update(session, actor, measure)
        if case.state is ProgrammeState.APPROVED:
            case.state = ProgrammeState.IN_PROGRESS
            audit.record_update(session, actor, case)


def attach_evidence(
    db: Database, actor: Actor, measure_id: int, file_name: str, media_type: str, content: bytes
) -> AttachmentView:
    """Attach a supporting file (stored once by its SHA-256, at most 20 MB) to a measure."""
    actor.require(Permission.EDIT_CASES)
    file = attachments.checked_file(file_name, media_type, content)
    with db.transaction() as session:
        measure = get_or_fail(session, Measure, measure_id)
        load_case(session, actor, measure.case_id, edit=True)
        attachment = attachments.store(session, actor, file, measure_id=measure.id)
        return _attachment_view(attachment)
