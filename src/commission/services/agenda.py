"""A meeting's agenda: items in order, what was heard and said, linked client cases, and the
standing item «О ходе исполнения решений» with the decisions it reviews.

Positions are 1..n without gaps: every insert, removal and move renumbers, and the decisions'
numbers («2.3») follow because they are built from the item's position when read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from commission.db.engine import Database
from commission.db.models import (
    AgendaItem,
    AgendaItemCase,
    CaseEvent,
    Decision,
    Measure,
    Meeting,
    WorkPlanItem,
)
from commission.domain.enums import (
    AgendaItemKind,
    WorkPlanState,
)
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.names import short_name
from commission.domain.permissions import Permission
from commission.services import audit, police_report
from commission.services.agenda_cases import CASE_CHOICES_LIMIT as CASE_CHOICES_LIMIT
from commission.services.agenda_cases import case_choices as case_choices
from commission.services.agenda_cases import link_case as link_case
from commission.services.agenda_cases import unlink_case as unlink_case
from commission.services.agenda_discussion import add_discussion as add_discussion
from commission.services.agenda_discussion import remove_discussion as remove_discussion
from commission.services.agenda_discussion import update_discussion as update_discussion
from commission.services.agenda_progress import progress_lines as progress_lines
from commission.services.agenda_progress import progress_of as progress_of
from commission.services.agenda_views import (
    ITEM_FIELDS,
    editable_item,
    editable_meeting,
    items_of,
    one_view,
)
from commission.services.agenda_views import AgendaItemData as AgendaItemData
from commission.services.agenda_views import AgendaItemView as AgendaItemView
from commission.services.agenda_views import CaseLinkView as CaseLinkView
from commission.services.agenda_views import DiscussionView as DiscussionView
from commission.services.agenda_views import item_views as item_views
from commission.services.agenda_views import list_items as list_items
from commission.services.bilingual_text import cleaned_pair, required_pair
from commission.services.common import check_lengths
from commission.services.context import Actor
from commission.services.decisions import delete_decision
from commission.services.errors import InvalidInput
from commission.services.phrase_book import current_phrase

# The standing item's title is the phrase book's (the administrator may reword it); the
# secretary may still edit it on the agenda like any title.
PROGRESS_REVIEW_PHRASE = "progress_review_title"


def _cleaned(data: AgendaItemData, meeting: Meeting) -> AgendaItemData:
    title, title_kk = required_pair(
        data.title,
        data.title_kk,
        "title",
        QT_TRANSLATE_NOOP("Errors", "Enter the question of the agenda item."),
        multiline=False,
    )
    if data.materials_due is not None and data.materials_due > meeting.meeting_date:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The materials are due on {due}, after the meeting of {date}; they are needed "
                "before it.",
            ),
            "materials_due",
            due=data.materials_due.strftime("%d.%m.%Y"),
            date=meeting.meeting_date.strftime("%d.%m.%Y"),
        )
    speakers, speakers_kk = cleaned_pair(data.speakers, data.speakers_kk)
    heard_speaker, heard_speaker_kk = cleaned_pair(
        data.heard_speaker, data.heard_speaker_kk, multiline=False
    )
    heard_summary, heard_summary_kk = cleaned_pair(data.heard_summary, data.heard_summary_kk)
    cleaned = replace(
        data,
        title=title,
        title_kk=title_kk,
        speakers=speakers,
        speakers_kk=speakers_kk,
        heard_speaker=heard_speaker,
        heard_speaker_kk=heard_speaker_kk,
        heard_summary=heard_summary,
        heard_summary_kk=heard_summary_kk,
    )
    check_lengths(AgendaItem, {name: getattr(cleaned, name) for name in ITEM_FIELDS})
    return cleaned


def _check_one_review(session: Session, meeting_id: int, kind: AgendaItemKind, own: int) -> None:
    """One «progress on earlier decisions» item per meeting: it lists them all."""
    if kind is not AgendaItemKind.PROGRESS_REVIEW:
        return
    other = session.scalar(
        select(AgendaItem.position).where(
            AgendaItem.meeting_id == meeting_id,
            AgendaItem.kind == AgendaItemKind.PROGRESS_REVIEW,
            AgendaItem.id != own,
        )
    )
    if other is not None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Item {position} already reviews the progress on earlier decisions; a meeting "
                "has one such item.",
            ),
            "kind",
            position=other,
        )


def _renumber_items(session: Session, actor: Actor, ordered: Sequence[AgendaItem]) -> None:
    # No unique constraint on positions, so rows can take their new numbers one by one.
    for position, item in enumerate(ordered, start=1):
        if item.position != position:
            item.position = position
            audit.record_update(session, actor, item)


def add_item(db: Database, actor: Actor, meeting_id: int, data: AgendaItemData) -> AgendaItemView:
    """A new last item of the agenda."""
    actor.require(Permission.EDIT_MEETINGS)
    with db.transaction() as session:
        meeting = editable_meeting(session, actor, meeting_id)
        data = _cleaned(data, meeting)
        _check_one_review(session, meeting.id, data.kind, 0)
        last = session.scalar(
            select(func.max(AgendaItem.position)).where(AgendaItem.meeting_id == meeting.id)
        )
        item = AgendaItem(
            meeting_id=meeting.id,
            position=int(last or 0) + 1,
            updated_by=actor.login,
            **{name: getattr(data, name) for name in ITEM_FIELDS},
        )
        session.add(item)
        audit.record_create(session, actor, item)
        return one_view(session, item)


def update_item(
    db: Database, actor: Actor, item_id: int, version: int, data: AgendaItemData
) -> AgendaItemView:
    actor.require(Permission.EDIT_MEETINGS)
    with db.transaction() as session:
        item = editable_item(session, actor, item_id, version)
        data = _cleaned(data, session.get_one(Meeting, item.meeting_id))
        _check_one_review(session, item.meeting_id, data.kind, item.id)
        for name in ITEM_FIELDS:
            setattr(item, name, getattr(data, name))
        audit.record_update(session, actor, item)
        return one_view(session, item)


def _detach(session: Session, actor: Actor, item: AgendaItem) -> None:
    """Loosen what points at an item about to go: case records keep their history without
    it, and a work-plan question goes back to "planned" so it can be scheduled again."""
    for measure in session.scalars(
        select(Measure).where(Measure.escalated_agenda_item_id == item.id)
    ):
        measure.escalated_agenda_item_id = None
        audit.record_update(session, actor, measure)
    for event in session.scalars(select(CaseEvent).where(CaseEvent.agenda_item_id == item.id)):
        event.agenda_item_id = None
        audit.record_update(session, actor, event)
    if item.work_plan_item_id is not None:
        plan = session.get_one(WorkPlanItem, item.work_plan_item_id)
        if plan.state is WorkPlanState.ON_AGENDA:
            plan.state = WorkPlanState.PLANNED
            audit.record_update(session, actor, plan)


def remove_item(db: Database, actor: Actor, item_id: int) -> None:
    """Delete an item with its discussion, decisions and case links; later items move up."""
    actor.require(Permission.EDIT_MEETINGS)
    with db.transaction() as session:
        item = editable_item(session, actor, item_id)
        meeting_id = item.meeting_id
        for decision in session.scalars(
            select(Decision)
            .where(Decision.agenda_item_id == item.id)
            .order_by(Decision.position.desc())
        ).all():
            delete_decision(session, actor, decision)
        for link in session.scalars(
            select(AgendaItemCase).where(AgendaItemCase.agenda_item_id == item.id)
        ).all():
            audit.record_delete(session, actor, link)
        for entry in list(item.discussion):
            audit.record_delete(session, actor, entry)  # audit first: it autoflushes
            item.discussion.remove(entry)
        police_report.remove_for_item(session, actor, item.id)
        _detach(session, actor, item)
        session.flush()
        audit.record_delete(session, actor, item)
        session.flush()
        _renumber_items(session, actor, items_of(session, meeting_id))


def move_item(db: Database, actor: Actor, item_id: int, new_position: int) -> list[AgendaItemView]:
    """Put an item at ``new_position`` (clamped to the agenda); returns the whole agenda."""
    actor.require(Permission.EDIT_MEETINGS)
    with db.transaction() as session:
        item = editable_item(session, actor, item_id)
        ordered = [i for i in items_of(session, item.meeting_id) if i.id != item.id]
        index = min(max(new_position, 1), len(ordered) + 1) - 1
        ordered.insert(index, item)
        _renumber_items(session, actor, ordered)
        return item_views(session, ordered)


def add_progress_review(db: Database, actor: Actor, meeting_id: int) -> AgendaItemView:
    """The standing item «О ходе исполнения решений …» as item 1; the existing one if the
    agenda already has it (the button may be pressed twice)."""
    actor.require(Permission.EDIT_MEETINGS)
    with db.transaction() as session:
        meeting = editable_meeting(session, actor, meeting_id)
        items = items_of(session, meeting.id)
        existing = next((i for i in items if i.kind is AgendaItemKind.PROGRESS_REVIEW), None)
        if existing is not None:
            return one_view(session, existing)
        # The secretary reports on execution in most commissions; the name is a suggestion,
        # written the same way in both languages' agendas.
        speaker = short_name(meeting.secretary.full_name) if meeting.secretary else None
        title = current_phrase(session, PROGRESS_REVIEW_PHRASE)
        item = AgendaItem(
            meeting_id=meeting.id,
            position=1,
            kind=AgendaItemKind.PROGRESS_REVIEW,
            title=title.ru,
            title_kk=title.kk or None,
            speakers=speaker or None,
            speakers_kk=speaker or None,
            updated_by=actor.login,
        )
        _renumber_items(session, actor, [item, *items])
        session.add(item)
        audit.record_create(session, actor, item)
        return one_view(session, item)
