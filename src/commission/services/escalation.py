"""Escalation: a blocked measure is sent to the commission with one action.

The measure becomes a *proposed* agenda item of the commission's next planned meeting — an item
of an agenda the secretary has not approved yet (meeting status «planned»), so she may still
move, reword or drop it like any proposal. When no meeting is planned, the measure waits
(state «escalated», no agenda item) and goes onto the agenda of the next meeting the secretary
plans (``place_waiting``, called by ``meetings.create_meeting``). The same happens if the item
is removed from an agenda: the measure waits for the next meeting again.

The item's title names the case by its number and the client's code «Б-ов Н. К.» only, as the
agenda and minutes do for every case: they are sent to a dozen agencies. The officer's reason
stays in the case's log.

The decision taken on the item is written into the case's log (``case_links``) and the case card
shows that decision's control state in place of the measure's own deadline.
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
    AgendaItemCase,
    Case,
    CaseEvent,
    Client,
    Measure,
    Meeting,
    User,
)
from commission.documents.minutes import Bilingual
from commission.documents.phrasebook import DOCUMENT_LANGUAGES, fill, translated
from commission.domain.enums import (
    AgendaItemKind,
    CaseEventKind,
    MeasureState,
    MeetingStatus,
    MinutesState,
    NeedKind,
)
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.names import case_label, short_name
from commission.domain.permissions import Permission
from commission.domain.programme import (
    ESCALABLE_MEASURE_STATES,
    OPEN_PROGRAMME_STATES,
    WORKING_PROGRAMME_STATES,
)
from commission.services import audit
from commission.services.cases import add_event, load_case
from commission.services.common import check_lengths, check_version, clean_text, get_or_fail
from commission.services.context import Actor
from commission.services.errors import InvalidInput
from commission.services.scope import acting_or_none, district_commission

# The item's title is stored in both languages, in the words of the documents' translation
# files (documents_*.ts, kept by ``python -m commission.exports.catalog``); the secretary may
# reword either. {need} is the kind of help as the programme names it, and its agency.
TITLE = QT_TRANSLATE_NOOP(
    "Document",
    "On the difficulties in providing social-legal assistance in case No. {number} ({label}): "
    "{need}",
)
NEED_AND_AGENCY = QT_TRANSLATE_NOOP("Document", "{need}, {agency}")
# The programme's names of the kinds of help (exports.catalog.NEED_KINDS, the same entries).
NEED_KINDS: dict[NeedKind, str] = {
    NeedKind.EMPLOYMENT: QT_TRANSLATE_NOOP("DocumentNeedKind", "employment"),
    NeedKind.HOUSING: QT_TRANSLATE_NOOP("DocumentNeedKind", "housing"),
    NeedKind.DOCUMENTS: QT_TRANSLATE_NOOP("DocumentNeedKind", "identity documents"),
    NeedKind.HEALTH: QT_TRANSLATE_NOOP("DocumentNeedKind", "medical care"),
    NeedKind.ADDICTION: QT_TRANSLATE_NOOP("DocumentNeedKind", "treatment of addiction"),
    NeedKind.EDUCATION: QT_TRANSLATE_NOOP("DocumentNeedKind", "education"),
    NeedKind.PSYCHOLOGICAL: QT_TRANSLATE_NOOP("DocumentNeedKind", "psychological help"),
    NeedKind.LEGAL: QT_TRANSLATE_NOOP("DocumentNeedKind", "legal help"),
    NeedKind.BENEFITS: QT_TRANSLATE_NOOP("DocumentNeedKind", "social benefits"),
    NeedKind.FAMILY: QT_TRANSLATE_NOOP("DocumentNeedKind", "restoring family ties"),
}


@dataclass(frozen=True)
class EscalationResult:
    """Where the escalated measure went: an agenda item, or waiting for a meeting (None)."""

    measure_id: int
    agenda_item_id: int | None
    meeting_id: int | None
    meeting_number: int | None
    meeting_date: date | None


def next_planned_meeting(
    session: Session, on_or_after: date, commission_id: int | None = None
) -> Meeting | None:
    """The earliest meeting whose agenda is still open to proposals (of ``commission_id``,
    when given: the commission that examines the case's district)."""
    query = select(Meeting)
    if commission_id is not None:
        query = query.where(Meeting.commission_id == commission_id)
    return session.scalar(
        query.where(
            Meeting.status == MeetingStatus.PLANNED,
            Meeting.minutes_state != MinutesState.FINAL,
            Meeting.meeting_date >= on_or_after,
        )
        .order_by(Meeting.meeting_date, Meeting.id)
        .limit(1)
    )


def _title(session: Session, case: Case, measure: Measure) -> Bilingual:
    """The proposed item's question in Russian and Kazakh."""
    client = session.get_one(Client, case.client_id)
    label = case_label(client.surname, client.given_name, client.patronymic)
    agency = session.get(Agency, measure.agency_id) if measure.agency_id is not None else None
    source = NEED_KINDS.get(measure.need_kind, measure.need_kind.value)
    titles = []
    for language in DOCUMENT_LANGUAGES:
        need = translated(source, language, "DocumentNeedKind")
        if agency is not None:
            name = (
                agency.short_name_kk or agency.name_kk
                if language == "kk"
                else agency.short_name_ru or agency.name_ru
            )
            need = fill(translated(NEED_AND_AGENCY, language), {"need": need, "agency": name})
        values = {"number": case.number, "label": label, "need": need}
        titles.append(fill(translated(TITLE, language), values))
    return Bilingual(*titles)


def _propose(
    session: Session, actor: Actor, meeting: Meeting, case: Case, measure: Measure
) -> AgendaItem:
    """A new last item of ``meeting``'s agenda for the measure, with the case linked."""
    last = session.scalar(
        select(func.max(AgendaItem.position)).where(AgendaItem.meeting_id == meeting.id)
    )
    officer = session.get(User, case.officer_id) if case.officer_id is not None else None
    title = _title(session, case, measure)
    # The officer's name is written the same way in both languages' agendas.
    speaker = short_name(officer.full_name) if officer else None
    item = AgendaItem(
        meeting_id=meeting.id,
        position=int(last or 0) + 1,
        kind=AgendaItemKind.SOCIAL_SUPPORT,
        title=title.ru,
        title_kk=title.kk,
        speakers=speaker or None,
        speakers_kk=speaker or None,
        updated_by=actor.login,
    )
    session.add(item)
    audit.record_create(session, actor, item)
    link = AgendaItemCase(agenda_item_id=item.id, case_id=case.id, is_escalation=True)
    session.add(link)
    audit.record_create(session, actor, link)
    measure.escalated_agenda_item_id = item.id
    audit.record_update(session, actor, measure)
    return item


def escalate_measure(
    db: Database,
    actor: Actor,
    measure_id: int,
    reason: str,
    *,
    version: int | None = None,
    today: date | None = None,
) -> EscalationResult:
    """Send a blocked measure to the commission: state «escalated», a proposed item on the
    next planned meeting's agenda (or waiting for one), the reason in the case's log."""
    actor.require(Permission.EDIT_CASES)
    today = today or date.today()
    text = clean_text(reason)
    if not text:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Say why the measure is blocked and what is asked of the commission."
            ),
            "reason",
        )
    check_lengths(CaseEvent, {"text": text})
    with db.transaction() as session:
        measure = get_or_fail(session, Measure, measure_id)
        case, _ = load_case(session, actor, measure.case_id, edit=True)  # scope before version
        check_version(measure, version)
        if case.state not in WORKING_PROGRAMME_STATES:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Only a measure of an approved programme can be sent to the commission.",
                ),
                None,
            )
        if measure.state not in ESCALABLE_MEASURE_STATES:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Only a measure being worked on (assigned or in progress) can be sent to "
                    "the commission; this one is finished or already sent.",
                ),
                None,
            )
        measure.state = MeasureState.ESCALATED
        audit.record_update(session, actor, measure)
        client = session.get_one(Client, case.client_id)
        examiner = district_commission(session, client.district_id)
        meeting = next_planned_meeting(session, today, examiner) if examiner else None
        item = _propose(session, actor, meeting, case, measure) if meeting else None
        add_event(
            session,
            actor,
            case,
            CaseEventKind.REFERRAL,
            today,
            text,
            measure_id=measure.id,
            agenda_item_id=item.id if item else None,
        )
        return EscalationResult(
            measure_id=measure.id,
            agenda_item_id=item.id if item else None,
            meeting_id=meeting.id if meeting else None,
            meeting_number=meeting.number if meeting else None,
            meeting_date=meeting.meeting_date if meeting else None,
        )


def _waiting(session: Session, commission_id: int | None) -> list[tuple[Measure, Case, date]]:
    """Escalated measures of open cases with no agenda item, with the escalation's date:
    those for ``commission_id`` (the one examining the client's district)."""
    escalated_on = (
        select(CaseEvent.measure_id, func.max(CaseEvent.happened_on).label("day"))
        .where(CaseEvent.kind == CaseEventKind.REFERRAL, CaseEvent.measure_id.is_not(None))
        .group_by(CaseEvent.measure_id)
        .subquery()
    )
    rows = session.execute(
        select(Measure, Case, escalated_on.c.day)
        .join(Case, Measure.case_id == Case.id)
        .outerjoin(escalated_on, escalated_on.c.measure_id == Measure.id)
        .where(
            Measure.state == MeasureState.ESCALATED,
            Measure.escalated_agenda_item_id.is_(None),
            Case.state.in_(OPEN_PROGRAMME_STATES),
        )
        .order_by(escalated_on.c.day, Measure.id)
    ).all()
    examiners: dict[int, int | None] = {}
    found = []
    for measure, case, day in rows:
        district = session.get_one(Client, case.client_id).district_id
        if district not in examiners:
            examiners[district] = district_commission(session, district)
        if examiners[district] == commission_id:
            found.append((measure, case, day or case.opened_on))
    return found


def place_waiting(session: Session, actor: Actor, meeting: Meeting) -> list[int]:
    """Put the measures waiting for a meeting onto ``meeting``'s agenda (when it is planned
    and not earlier than their escalation); returns the new items' ids."""
    if meeting.status is not MeetingStatus.PLANNED or meeting.minutes_state is MinutesState.FINAL:
        return []
    placed = []
    for measure, case, escalated_on in _waiting(session, meeting.commission_id):
        if meeting.meeting_date < escalated_on:
            continue
        item = _propose(session, actor, meeting, case, measure)
        for event in session.scalars(
            select(CaseEvent).where(
                CaseEvent.measure_id == measure.id,
                CaseEvent.kind == CaseEventKind.REFERRAL,
                CaseEvent.agenda_item_id.is_(None),
            )
        ):
            event.agenda_item_id = item.id
            audit.record_update(session, actor, event)
        placed.append(item.id)
    return placed


@dataclass(frozen=True)
class WaitingEscalation:
    """A measure sent to the commission while no meeting was planned: number and code only."""

    measure_id: int
    case_id: int
    case_number: str
    label: str
    escalated_on: date


def waiting_escalations(db: Database, actor: Actor) -> list[WaitingEscalation]:
    """What the next meeting planned will receive, for the secretary."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        result = []
        commission = acting_or_none(session, actor)
        if commission is None:
            return []
        for measure, case, day in _waiting(session, commission.id):
            client = session.get_one(Client, case.client_id)
            label = case_label(client.surname, client.given_name, client.patronymic)
            result.append(WaitingEscalation(measure.id, case.id, case.number, label, day))
        return result
