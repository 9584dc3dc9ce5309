"""An agenda's items as the screens read them, with their discussion, decisions and cases;
and an item loaded for an edit, which the meeting's final minutes refuse."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from commission.db.engine import Database
from commission.db.models import (
    AgendaItem,
    AgendaItemCase,
    Case,
    Client,
    DiscussionEntry,
    Meeting,
)
from commission.domain.enums import (
    AgendaItemKind,
)
from commission.domain.names import case_label
from commission.domain.permissions import Permission
from commission.services.context import Actor
from commission.services.decisions_views import DecisionView, decision_views
from commission.services.meetings import ensure_editable
from commission.services.scope import get_own, get_readable


@dataclass(frozen=True)
class AgendaItemData:
    kind: AgendaItemKind
    title: str
    speakers: str | None = None  # «Докладчик: …» in the agenda
    heard_speaker: str | None = None  # «СЛУШАЛИ: …»
    heard_summary: str | None = None
    materials_due: date | None = None
    title_kk: str | None = None
    speakers_kk: str | None = None
    heard_speaker_kk: str | None = None
    heard_summary_kk: str | None = None


@dataclass(frozen=True)
class DiscussionView:
    id: int
    position: int
    speaker: str
    summary: str | None
    version: int
    speaker_kk: str | None = None
    summary_kk: str | None = None


@dataclass(frozen=True)
class CaseLinkView:
    """A client's case as the agenda shows it: number and initials, nothing else."""

    case_id: int
    case_number: str
    label: str  # «Б-ов Н. К.»


@dataclass(frozen=True)
class AgendaItemView:
    id: int
    meeting_id: int
    position: int
    kind: AgendaItemKind
    title: str
    speakers: str | None
    heard_speaker: str | None
    heard_summary: str | None
    materials_due: date | None
    work_plan_item_id: int | None
    discussion: list[DiscussionView]
    decisions: list[DecisionView]
    cases: list[CaseLinkView]
    version: int
    title_kk: str | None = None
    speakers_kk: str | None = None
    heard_speaker_kk: str | None = None
    heard_summary_kk: str | None = None


ITEM_FIELDS = tuple(AgendaItemData.__dataclass_fields__)


def _case_links(session: Session, item_ids: Sequence[int]) -> dict[int, list[CaseLinkView]]:
    result: dict[int, list[CaseLinkView]] = {}
    rows = session.execute(
        select(
            AgendaItemCase.agenda_item_id,
            Case.id,
            Case.number,
            Client.surname,
            Client.given_name,
            Client.patronymic,
        )
        .join(Case, AgendaItemCase.case_id == Case.id)
        .join(Client, Case.client_id == Client.id)
        .where(AgendaItemCase.agenda_item_id.in_(item_ids))
        .order_by(Case.number)
    )
    for item_id, case_id, number, surname, given, patronymic in rows:
        label = case_label(surname, given, patronymic)
        result.setdefault(item_id, []).append(CaseLinkView(case_id, number, label))
    return result


def item_views(session: Session, items: Sequence[AgendaItem]) -> list[AgendaItemView]:
    """Views of ``items`` with their discussion, decisions and cases, in a few queries."""
    ids = [item.id for item in items]
    if not ids:
        return []
    session.flush()
    discussion: dict[int, list[DiscussionView]] = {}
    for entry in session.scalars(
        select(DiscussionEntry)
        .where(DiscussionEntry.agenda_item_id.in_(ids))
        .order_by(DiscussionEntry.position, DiscussionEntry.id)
    ):
        discussion.setdefault(entry.agenda_item_id, []).append(
            DiscussionView(
                entry.id,
                entry.position,
                entry.speaker,
                entry.summary,
                entry.version,
                speaker_kk=entry.speaker_kk,
                summary_kk=entry.summary_kk,
            )
        )
    decisions = decision_views(session, ids)
    cases = _case_links(session, ids)
    return [
        AgendaItemView(
            id=item.id,
            meeting_id=item.meeting_id,
            position=item.position,
            work_plan_item_id=item.work_plan_item_id,
            discussion=discussion.get(item.id, []),
            decisions=decisions.get(item.id, []),
            cases=cases.get(item.id, []),
            version=item.version,
            **{name: getattr(item, name) for name in ITEM_FIELDS},
        )
        for item in items
    ]


def items_of(session: Session, meeting_id: int) -> list[AgendaItem]:
    return list(
        session.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting_id)
            .order_by(AgendaItem.position, AgendaItem.id)
        )
    )


def one_view(session: Session, item: AgendaItem) -> AgendaItemView:
    return item_views(session, [item])[0]


def list_items(db: Database, actor: Actor, meeting_id: int) -> list[AgendaItemView]:
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        get_readable(session, actor, Meeting, meeting_id)
        return item_views(session, items_of(session, meeting_id))


def editable_meeting(session: Session, actor: Actor, meeting_id: int) -> Meeting:
    meeting = get_own(session, actor, Meeting, meeting_id)
    ensure_editable(session, meeting)
    return meeting


def editable_item(
    session: Session, actor: Actor, item_id: int, version: int | None = None
) -> AgendaItem:
    item = get_own(session, actor, AgendaItem, item_id, version)
    ensure_editable(session, session.get_one(Meeting, item.meeting_id))
    return item
