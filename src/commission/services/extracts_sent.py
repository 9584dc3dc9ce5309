"""Extracts of the minutes sent: the day each agency's extract was saved or printed.

The meeting's «extracts sent» follows from what was done: once the minutes are signed and
every agency the points address (as lead or co-executor) has been sent the extract of the
latest finalised revision, the meeting moves to «extracts sent» by itself — there is no
button to claim it.
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
    Decision,
    DecisionAssignee,
    ExtractDispatch,
    Meeting,
)
from commission.documents.minutes import Bilingual
from commission.domain.enums import MeetingStatus, MinutesState
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.permissions import Permission
from commission.services import audit
from commission.services.context import Actor
from commission.services.errors import InvalidInput
from commission.services.meetings import latest_revision
from commission.services.scope import get_own, get_readable


@dataclass(frozen=True)
class AgencySent:
    agency_id: int
    name: Bilingual
    sent_on: date | None  # the latest day its extract of the latest revision was sent


@dataclass(frozen=True)
class ExtractsState:
    revision: int  # the finalised revision the extracts are of (0: final, never snapshotted)
    agencies: tuple[AgencySent, ...]  # in the order of the agencies' names

    @property
    def all_sent(self) -> bool:
        return bool(self.agencies) and all(a.sent_on is not None for a in self.agencies)


def addressed_agencies(session: Session, meeting_id: int) -> list[Agency]:
    """The agencies the meeting's points address as lead or co-executor."""
    return list(
        session.scalars(
            select(Agency)
            .where(
                Agency.id.in_(
                    select(DecisionAssignee.agency_id)
                    .join(Decision, DecisionAssignee.decision_id == Decision.id)
                    .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
                    .where(AgendaItem.meeting_id == meeting_id)
                )
            )
            .order_by(Agency.name_ru)
        )
    )


def _state(session: Session, meeting: Meeting) -> ExtractsState:
    revision = latest_revision(session, meeting.id)
    rows = session.execute(
        select(ExtractDispatch.agency_id, func.max(ExtractDispatch.sent_on))
        .where(ExtractDispatch.meeting_id == meeting.id, ExtractDispatch.revision == revision)
        .group_by(ExtractDispatch.agency_id)
    )
    sent: dict[int, date] = {agency_id: day for agency_id, day in rows}
    agencies = tuple(
        AgencySent(a.id, Bilingual(a.name_ru, a.name_kk), sent.get(a.id))
        for a in addressed_agencies(session, meeting.id)
    )
    return ExtractsState(revision, agencies)


def extracts_state(db: Database, actor: Actor, meeting_id: int) -> ExtractsState:
    """Per agency addressed, the day its extract was sent (None: not yet)."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        return _state(session, get_readable(session, actor, Meeting, meeting_id))


def record_sent(
    db: Database,
    actor: Actor,
    meeting_id: int,
    agency_id: int,
    revision: int,
    sent_on: date | None = None,
) -> ExtractsState:
    """Record that the extract of ``revision`` was sent to ``agency_id`` (saved or printed).

    Only the extract of the final minutes' latest revision is sent: a draft's is refused. When
    it completes the set and the minutes are signed, the meeting becomes «extracts sent».
    """
    actor.require(Permission.EDIT_MEETINGS)
    with db.transaction() as session:
        meeting = get_own(session, actor, Meeting, meeting_id)
        if meeting.minutes_state is not MinutesState.FINAL or revision != latest_revision(
            session, meeting.id
        ):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Only the extract of the final minutes, in their latest revision, is sent "
                    "to the agencies.",
                ),
                "revision",
            )
        if agency_id not in {a.id for a in addressed_agencies(session, meeting.id)}:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "No point of these minutes is addressed to it."),
                "agency_id",
            )
        dispatch = ExtractDispatch(
            meeting_id=meeting.id,
            agency_id=agency_id,
            revision=revision,
            sent_on=sent_on or date.today(),
            sent_by=actor.login,
        )
        session.add(dispatch)
        audit.record_create(session, actor, dispatch)
        state = _state(session, meeting)
        if meeting.status is MeetingStatus.MINUTES_SIGNED and state.all_sent:
            meeting.status = MeetingStatus.EXTRACTS_SENT
            audit.record_update(session, actor, meeting)
        return state
