"""The year's work plan: questions by quarter, each put on a meeting's agenda with one action."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from commission.db.engine import Database
from commission.db.models import Agency, AgendaItem, Meeting, RequiredItem, WorkPlanItem
from commission.documents.minutes import Bilingual
from commission.documents.plan import PlanContext, PlanRow
from commission.domain.enums import AgendaItemKind, MemberRole, WorkPlanState
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.names import signature_name
from commission.domain.permissions import Permission
from commission.services import attendance, audit
from commission.services.bilingual_text import cleaned_pair, required_pair
from commission.services.common import check_lengths, get_or_fail
from commission.services.composition import _commission as the_commission
from commission.services.context import Actor
from commission.services.errors import InvalidInput
from commission.services.meetings import ensure_editable
from commission.services.scope import get_own, get_readable, scope_ids

# A plan covers the commission's working years; anything far outside is a typing error.
MIN_YEAR, MAX_YEAR = 2000, 2100
# Questions that may still be put on an agenda: a carried-over question goes to a later one.
_SCHEDULABLE = (WorkPlanState.PLANNED, WorkPlanState.CARRIED_OVER)


@dataclass(frozen=True)
class WorkPlanData:
    year: int
    quarter: int
    question: str
    agency_id: int | None = None
    speaker: str | None = None
    question_kk: str | None = None
    speaker_kk: str | None = None


@dataclass(frozen=True)
class WorkPlanView(WorkPlanData):
    id: int = 0
    agency_name: str | None = None
    agency_name_kk: str | None = None
    state: WorkPlanState = WorkPlanState.PLANNED
    # The latest meeting whose agenda holds the question, if any.
    meeting_id: int | None = None
    meeting_number: int | None = None
    version: int = 0
    # The agenda kind of the required item the question was planned for (law, regulation).
    required_kind: AgendaItemKind | None = None


def _view(session: Session, item: WorkPlanItem) -> WorkPlanView:
    meeting = session.execute(
        select(Meeting.id, Meeting.number)
        .join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
        .where(AgendaItem.work_plan_item_id == item.id)
        .order_by(Meeting.meeting_date.desc(), Meeting.id.desc())
        .limit(1)
    ).one_or_none()
    return WorkPlanView(
        id=item.id,
        year=item.year,
        quarter=item.quarter,
        question=item.question,
        agency_id=item.agency_id,
        speaker=item.speaker,
        question_kk=item.question_kk,
        speaker_kk=item.speaker_kk,
        agency_name=item.agency.name_ru if item.agency else None,
        agency_name_kk=item.agency.name_kk if item.agency else None,
        state=item.state,
        meeting_id=meeting.id if meeting else None,
        meeting_number=meeting.number if meeting else None,
        version=item.version,
        required_kind=_required_kind(session, item),
    )


def _required_kind(session: Session, item: WorkPlanItem) -> AgendaItemKind | None:
    if item.required_item_id is None:
        return None
    required = session.get(RequiredItem, item.required_item_id)
    return required.agenda_kind if required else None


def _cleaned(session: Session, data: WorkPlanData) -> WorkPlanData:
    question, question_kk = required_pair(
        data.question,
        data.question_kk,
        "question",
        QT_TRANSLATE_NOOP("Errors", "Enter the question."),
    )
    if not MIN_YEAR <= data.year <= MAX_YEAR:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The year {year} is not valid."), "year", year=data.year
        )
    if not 1 <= data.quarter <= 4:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The quarter must be from 1 to 4."), "quarter"
        )
    if data.agency_id is not None:
        get_or_fail(session, Agency, data.agency_id)
    speaker, speaker_kk = cleaned_pair(data.speaker, data.speaker_kk, multiline=False)
    cleaned = replace(
        data, question=question, question_kk=question_kk, speaker=speaker, speaker_kk=speaker_kk
    )
    check_lengths(WorkPlanItem, {"speaker": cleaned.speaker, "speaker_kk": cleaned.speaker_kk})
    return cleaned


def list_plan(
    db: Database, actor: Actor, year: int, *, commission_ids: Collection[int] | None = None
) -> list[WorkPlanView]:
    """The plan of ``year`` by quarter, in the order the questions were entered: the acting
    commission's, or those of ``commission_ids`` (each readable by ``actor``)."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        scope = scope_ids(session, actor, commission_ids)
        items = session.scalars(
            select(WorkPlanItem)
            .options(joinedload(WorkPlanItem.agency))
            .where(WorkPlanItem.year == year, WorkPlanItem.commission_id.in_(scope))
            .order_by(WorkPlanItem.quarter, WorkPlanItem.id)
        )
        return [_view(session, item) for item in items]


def get_plan_item(db: Database, actor: Actor, plan_item_id: int) -> WorkPlanView:
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        return _view(session, get_readable(session, actor, WorkPlanItem, plan_item_id))


def add_plan_item(db: Database, actor: Actor, data: WorkPlanData) -> WorkPlanView:
    actor.require(Permission.EDIT_MEETINGS)
    with db.transaction() as session:
        data = _cleaned(session, data)
        item = WorkPlanItem(
            commission_id=the_commission(session, actor).id,
            year=data.year,
            quarter=data.quarter,
            question=data.question,
            question_kk=data.question_kk,
            agency_id=data.agency_id,
            speaker=data.speaker,
            speaker_kk=data.speaker_kk,
            state=WorkPlanState.PLANNED,
            updated_by=actor.login,
        )
        session.add(item)
        audit.record_create(session, actor, item)
        return _view(session, item)


def update_plan_item(
    db: Database, actor: Actor, plan_item_id: int, version: int, data: WorkPlanData
) -> WorkPlanView:
    actor.require(Permission.EDIT_MEETINGS)
    with db.transaction() as session:
        item = get_own(session, actor, WorkPlanItem, plan_item_id, version)
        data = _cleaned(session, data)
        item.year = data.year
        item.quarter = data.quarter
        item.question = data.question
        item.question_kk = data.question_kk
        item.agency_id = data.agency_id
        item.speaker = data.speaker
        item.speaker_kk = data.speaker_kk
        audit.record_update(session, actor, item)
        session.expire(item, ["agency"])  # agency_id changed: reload the name
        return _view(session, item)


def _linked_meeting(session: Session, plan_item_id: int) -> Meeting | None:
    return session.scalar(
        select(Meeting)
        .join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
        .where(AgendaItem.work_plan_item_id == plan_item_id)
        .order_by(Meeting.meeting_date.desc())
        .limit(1)
    )


def remove_plan_item(db: Database, actor: Actor, plan_item_id: int, version: int) -> None:
    """Delete a question entered by mistake; one already on an agenda is marked dropped instead."""
    actor.require(Permission.EDIT_MEETINGS)
    with db.transaction() as session:
        item = get_own(session, actor, WorkPlanItem, plan_item_id, version)
        meeting = _linked_meeting(session, item.id)
        if meeting is not None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The question is on the agenda of meeting No. {number} of {date}; it cannot "
                    "be deleted. Remove it from that agenda first, or mark it dropped.",
                ),
                None,
                number=meeting.number,
                date=meeting.meeting_date.strftime("%d.%m.%Y"),
            )
        audit.record_delete(session, actor, item)


def set_plan_state(
    db: Database, actor: Actor, plan_item_id: int, version: int, state: WorkPlanState
) -> WorkPlanView:
    """Carried over, dropped, done, or back to planned; "on agenda" comes from put_on_agenda."""
    actor.require(Permission.EDIT_MEETINGS)
    if state is WorkPlanState.ON_AGENDA:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "To put the question on an agenda, choose the meeting it goes to."
            ),
            "state",
        )
    with db.transaction() as session:
        item = get_own(session, actor, WorkPlanItem, plan_item_id, version)
        item.state = state
        audit.record_update(session, actor, item)
        return _view(session, item)


def put_on_agenda(
    db: Database,
    actor: Actor,
    plan_item_id: int,
    meeting_id: int,
    kind: AgendaItemKind | None = None,
) -> int:
    """Add the question as the last item of the meeting's agenda; returns the new item's id.
    Without ``kind``, a question planned for a required item gets that item's agenda kind (so
    the dashboard sees it heard), any other «other»."""
    actor.require(Permission.EDIT_MEETINGS)
    with db.transaction() as session:
        item = get_own(session, actor, WorkPlanItem, plan_item_id)
        meeting = get_own(session, actor, Meeting, meeting_id)
        ensure_editable(session, meeting)
        if item.state not in _SCHEDULABLE:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Only a planned or carried-over question can be put on an agenda; this one "
                    "is already on an agenda, done or dropped.",
                ),
                "state",
            )
        last = session.scalar(
            select(func.max(AgendaItem.position)).where(AgendaItem.meeting_id == meeting.id)
        )
        if kind is None:
            kind = _required_kind(session, item) or AgendaItemKind.OTHER
        agenda_item = AgendaItem(
            meeting_id=meeting.id,
            position=int(last or 0) + 1,
            kind=kind,
            title=item.question,
            title_kk=item.question_kk,
            speakers=item.speaker,
            speakers_kk=item.speaker_kk,
            work_plan_item_id=item.id,
            updated_by=actor.login,
        )
        session.add(agenda_item)
        audit.record_create(session, actor, agenda_item)
        item.state = WorkPlanState.ON_AGENDA
        audit.record_update(session, actor, item)
        return agenda_item.id


def plan_context(db: Database, actor: Actor, year: int, today: date | None = None) -> PlanContext:
    """The plan of ``year`` as its documents print it; signed by the secretary of the
    composition valid ``today`` (the day the plan is printed)."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        commission = the_commission(session, actor)
        items = session.scalars(
            select(WorkPlanItem)
            .options(joinedload(WorkPlanItem.agency))
            .where(WorkPlanItem.year == year, WorkPlanItem.commission_id == commission.id)
            .order_by(WorkPlanItem.quarter, WorkPlanItem.id)
        )
        rows = []
        for item in items:
            view = _view(session, item)
            agency = item.agency
            rows.append(
                PlanRow(
                    quarter=item.quarter,
                    question=Bilingual.of(item.question, item.question_kk),
                    agency=Bilingual(agency.name_ru, agency.name_kk) if agency else None,
                    speaker=Bilingual.of(item.speaker, item.speaker_kk),
                    state=item.state.value,
                    meeting_number=view.meeting_number,
                    item_id=item.id,
                )
            )
        members = attendance.members_on(session, commission.id, today or date.today())
        secretary = next((m for m in members if m.role is MemberRole.SECRETARY), None)
        return PlanContext(
            akimat=Bilingual(commission.akimat_ru, commission.akimat_kk),
            commission_name=Bilingual(
                commission.title_ru or commission.name_ru,
                commission.title_kk or commission.name_kk,
            ),
            year=year,
            rows=tuple(rows),
            secretary=signature_name(secretary.full_name) if secretary else None,
        )
