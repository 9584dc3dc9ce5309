"""The scan of the signed minutes and the extracts sent: «Подписан» needs the scan (or the
chair's reason), «Выписки направлены» follows from every agency's extract being sent."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from commission.db.engine import Database
from commission.db.models import AuditEntry
from commission.domain.enums import MeetingStatus
from commission.domain.meeting_lifecycle import InvalidTransition
from commission.domain.permissions import PermissionDenied
from commission.services import attachments, extracts_sent, meetings, minutes, signed_minutes
from commission.services.context import Actor
from commission.services.errors import InvalidInput
from tests.test_minutes import Sitting, build_sitting

PDF = b"%PDF-1.7\n% the signed minutes\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.fixture
def sitting(db: Database, admin: Actor) -> Sitting:
    return build_sitting(db, admin)


def _final(sitting: Sitting) -> meetings.MeetingView:
    world = sitting.world
    view = meetings.get_meeting(world.db, world.secretary, sitting.meeting.id)
    return minutes.finalise(world.db, world.secretary, view.id, view.version)


def test_a_scan_is_attached_to_the_revision_it_signs_with_its_sha256(sitting: Sitting) -> None:
    world = sitting.world
    with pytest.raises(InvalidInput) as err:  # nothing final to sign yet
        signed_minutes.attach_scan(world.db, world.secretary, sitting.meeting.id, "a.pdf", PDF)
    assert err.value.field == "minutes_state"
    view = _final(sitting)
    scan = signed_minutes.attach_scan(world.db, world.secretary, view.id, "протокол.pdf", PDF)
    assert (scan.revision, scan.media_type, scan.size) == (1, "application/pdf", len(PDF))
    assert len(scan.sha256) == 64
    # A photograph of the pages is typed by its content, whatever its name says.
    photo = signed_minutes.attach_scan(world.db, world.chair_user, view.id, "scan.pdf", PNG)
    assert photo.media_type == "image/png"
    listed = signed_minutes.scans(world.db, world.member_user, view.id)
    assert [s.attachment_id for s in listed] == [scan.attachment_id, photo.attachment_id]
    opened = attachments.open_attachment(world.db, world.member_user, scan.attachment_id)
    assert opened.content == PDF


@pytest.mark.parametrize(
    "content",
    [b"PK\x03\x04 a .docx is a zip", b"MZ\x90\x00 a program", b"plain text renamed to .pdf"],
)
def test_a_file_that_is_not_a_pdf_or_image_is_refused(sitting: Sitting, content: bytes) -> None:
    world = sitting.world
    view = _final(sitting)
    with pytest.raises(InvalidInput) as err:
        signed_minutes.attach_scan(world.db, world.secretary, view.id, "протокол.pdf", content)
    assert err.value.field == "content"
    assert "протокол.pdf" in str(err.value)
    assert signed_minutes.scans(world.db, world.secretary, view.id) == []


def test_signed_needs_the_scan_or_the_chairs_reason(sitting: Sitting) -> None:
    world = sitting.world
    view = _final(sitting)
    with pytest.raises(meetings.ScanMissing):
        meetings.set_status(
            world.db, world.chair_user, view.id, view.version, MeetingStatus.MINUTES_SIGNED
        )
    # Only the chair overrides, and only with a reason.
    with pytest.raises(PermissionDenied):
        signed_minutes.sign_without_scan(world.db, world.secretary, view.id, view.version, "x")
    with pytest.raises(InvalidInput) as err:
        signed_minutes.sign_without_scan(world.db, world.chair_user, view.id, view.version, " ")
    assert err.value.field == "signed_without_scan"
    reason = "Подлинник в архиве акимата, скан будет приложен позже"
    signed = signed_minutes.sign_without_scan(
        world.db, world.chair_user, view.id, view.version, reason
    )
    assert signed.status is MeetingStatus.MINUTES_SIGNED
    with world.db.reading() as session:
        changes = [
            json.loads(c)
            for c in session.scalars(
                select(AuditEntry.changes).where(
                    AuditEntry.entity == "meetings", AuditEntry.entity_id == str(view.id)
                )
            )
        ]
    assert any(c.get("signed_without_scan", [None, None])[1] == reason for c in changes)


def test_signed_with_the_scan(sitting: Sitting) -> None:
    world = sitting.world
    view = _final(sitting)
    signed_minutes.attach_scan(world.db, world.secretary, view.id, "p.tif", b"II*\x00rest")
    signed = meetings.set_status(
        world.db, world.secretary, view.id, view.version, MeetingStatus.MINUTES_SIGNED
    )
    assert signed.status is MeetingStatus.MINUTES_SIGNED


def test_extracts_sent_follows_every_addressed_agency(sitting: Sitting) -> None:
    world = sitting.world
    db, secretary = world.db, world.secretary
    view = _final(sitting)
    signed_minutes.attach_scan(db, secretary, view.id, "p.pdf", PDF)
    view = meetings.set_status(db, secretary, view.id, view.version, MeetingStatus.MINUTES_SIGNED)
    # No button claims it.
    with pytest.raises(InvalidTransition):
        meetings.set_status(db, secretary, view.id, view.version, MeetingStatus.EXTRACTS_SENT)
    state = extracts_sent.extracts_state(db, world.member_user, view.id)
    names = {a.name.ru for a in state.agencies}
    assert {world.agencies["police"].name_ru, world.agencies["employment"].name_ru} <= names
    assert not state.all_sent and all(a.sent_on is None for a in state.agencies)
    # A draft's extract is never «sent».
    with pytest.raises(InvalidInput):
        extracts_sent.record_sent(db, secretary, view.id, state.agencies[0].agency_id, 0)
    first, *rest = state.agencies
    state = extracts_sent.record_sent(db, secretary, view.id, first.agency_id, 1, date(2026, 3, 13))
    assert state.agencies[0].sent_on == date(2026, 3, 13)
    assert meetings.get_meeting(db, secretary, view.id).status is MeetingStatus.MINUTES_SIGNED
    for agency in rest:
        state = extracts_sent.record_sent(db, secretary, view.id, agency.agency_id, 1)
    assert state.all_sent
    assert meetings.get_meeting(db, secretary, view.id).status is MeetingStatus.EXTRACTS_SENT
    with pytest.raises(PermissionDenied):
        extracts_sent.record_sent(db, world.chair_user, view.id, first.agency_id, 1)
