"""Finalised minutes keep the audit chain's head: a printed page anchors the trail too."""

from __future__ import annotations

from sqlalchemy import select

from commission.db.engine import Database
from commission.db.models import AuditEntry, MinutesRevision
from commission.services import meetings, minutes
from commission.services.context import Actor
from tests.test_minutes import build_sitting


def test_finalised_minutes_store_the_head_of_the_trail(db: Database, admin: Actor) -> None:
    sitting = build_sitting(db, admin)
    world = sitting.world
    version = meetings.get_meeting(db, world.secretary, sitting.meeting.id).version
    minutes.finalise(db, world.secretary, sitting.meeting.id, version)

    with db.reading() as session:
        revision = session.scalars(
            select(MinutesRevision).where(MinutesRevision.meeting_id == sitting.meeting.id)
        ).one()
        anchor = revision.audit_anchor
        assert anchor is not None
        seq, short = anchor.split(":")
        entry = session.get(AuditEntry, int(seq))
        assert entry is not None and entry.hash.startswith(short) and len(short) == 12
        # The head it names is the meeting's own "final" entry, written just before.
        assert (entry.entity, entry.entity_id) == ("meetings", str(sitting.meeting.id))
    context = minutes.minutes_context(db, world.member_user, sitting.meeting.id)
    assert context.audit_anchor == anchor
