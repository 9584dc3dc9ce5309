"""What was said on an item («ВЫСТУПИЛИ»): speakers and summaries in both languages, in order."""

from __future__ import annotations

from sqlalchemy import func, select

from commission.db.engine import Database
from commission.db.models import (
    DiscussionEntry,
)
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.permissions import Permission
from commission.services import audit
from commission.services.agenda_views import AgendaItemView, editable_item, one_view
from commission.services.bilingual_text import cleaned_pair, required_pair
from commission.services.common import check_lengths
from commission.services.context import Actor
from commission.services.scope import get_own


def _discussion_values(
    speaker: str | None, summary: str | None, speaker_kk: str | None, summary_kk: str | None
) -> dict[str, str | None]:
    """The entry's columns; who spoke may be typed in either language."""
    name, name_kk = required_pair(
        speaker,
        speaker_kk,
        "speaker",
        QT_TRANSLATE_NOOP("Errors", "Enter who spoke."),
        multiline=False,
    )
    text, text_kk = cleaned_pair(summary, summary_kk)
    values = {"speaker": name, "speaker_kk": name_kk, "summary": text, "summary_kk": text_kk}
    check_lengths(DiscussionEntry, values)
    return values


def add_discussion(
    db: Database,
    actor: Actor,
    item_id: int,
    speaker: str,
    summary: str | None = None,
    *,
    speaker_kk: str | None = None,
    summary_kk: str | None = None,
) -> AgendaItemView:
    actor.require(Permission.EDIT_MEETINGS)
    values = _discussion_values(speaker, summary, speaker_kk, summary_kk)
    with db.transaction() as session:
        item = editable_item(session, actor, item_id)
        last = session.scalar(
            select(func.max(DiscussionEntry.position)).where(
                DiscussionEntry.agenda_item_id == item.id
            )
        )
        entry = DiscussionEntry(
            agenda_item_id=item.id,
            position=int(last or 0) + 1,
            updated_by=actor.login,
            **values,
        )
        session.add(entry)
        audit.record_create(session, actor, entry)
        return one_view(session, item)


def update_discussion(
    db: Database,
    actor: Actor,
    entry_id: int,
    version: int,
    speaker: str,
    summary: str | None = None,
    *,
    speaker_kk: str | None = None,
    summary_kk: str | None = None,
) -> AgendaItemView:
    actor.require(Permission.EDIT_MEETINGS)
    values = _discussion_values(speaker, summary, speaker_kk, summary_kk)
    with db.transaction() as session:
        entry = get_own(session, actor, DiscussionEntry, entry_id, version)
        item = editable_item(session, actor, entry.agenda_item_id)
        for name, value in values.items():
            setattr(entry, name, value)
        audit.record_update(session, actor, entry)
        return one_view(session, item)


def remove_discussion(db: Database, actor: Actor, entry_id: int) -> AgendaItemView:
    actor.require(Permission.EDIT_MEETINGS)
    with db.transaction() as session:
        entry = get_own(session, actor, DiscussionEntry, entry_id)
        item = editable_item(session, actor, entry.agenda_item_id)
        siblings = item.discussion  # loaded before the delete, which the audit autoflushes
        audit.record_delete(session, actor, entry)
        siblings.remove(entry)
        session.flush()
        for position, other in enumerate(item.discussion, start=1):
            if other.position != position:
                other.position = position
                audit.record_update(session, actor, other)
        return one_view(session, item)
