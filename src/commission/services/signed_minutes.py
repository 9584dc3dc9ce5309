"""The scan of the signed minutes: attached to the meeting with its SHA-256, linked to the
finalised revision the signatures are under, and required to record «Подписан».

The chair may record the signature without the scan (the paper is in another building, the
scanner is broken) by typing the reason, which is kept on the meeting and audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from commission.db.engine import Database
from commission.db.models import Attachment, Meeting, MinutesRevision
from commission.domain.enums import MeetingStatus, MinutesState
from commission.domain.meeting_lifecycle import check_transition
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.permissions import Permission
from commission.services import attachments, audit
from commission.services.common import check_lengths, clean_text
from commission.services.context import Actor
from commission.services.errors import InvalidInput
from commission.services.meetings import MeetingView, latest_final_revision, meeting_view
from commission.services.scope import get_own, get_readable

# What a scan may be, told by its first bytes (never by its name): PDF, JPEG, PNG, TIFF.
_SIGNATURES = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)


@dataclass(frozen=True)
class ScanView:
    attachment_id: int
    revision: int  # the finalised revision the scan signs
    file_name: str
    media_type: str
    size: int
    sha256: str
    added_at: datetime
    added_by: str


def media_type_of(content: bytes) -> str | None:
    """The scan's type by its content; None when it is neither a PDF nor an image."""
    return next((kind for magic, kind in _SIGNATURES if content.startswith(magic)), None)


def _signed_revision(session: Session, meeting: Meeting) -> MinutesRevision:
    """The latest finalised revision, which the scan signs; refused while not final."""
    revision = None
    if meeting.minutes_state is MinutesState.FINAL:
        revision = latest_final_revision(session, meeting.id)
    if revision is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Finalise the minutes before attaching the scan of the signed copy."
            ),
            "minutes_state",
        )
    return revision


def _require_signing(actor: Actor) -> None:
    # The chair signs; the secretary usually records it from the paper (as ``set_status``).
    if not actor.can(Permission.SIGN_MINUTES):
        actor.require(Permission.EDIT_MEETINGS)


def attach_scan(
    db: Database, actor: Actor, meeting_id: int, file_name: str, content: bytes
) -> ScanView:
    """Attach the scan of the signed minutes to the latest finalised revision.

    A file that is not a PDF or an image (by its first bytes) is refused whatever its name.
    """
    _require_signing(actor)
    media_type = media_type_of(content)
    if media_type is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "«{name}» is not a PDF or an image (JPEG, PNG, TIFF). Scan the signed minutes "
                "to one of these formats and attach that file.",
            ),
            "content",
            name=clean_text(file_name, multiline=False) or "",
        )
    checked = attachments.checked_file(file_name, media_type, content)
    with db.transaction() as session:
        meeting = get_own(session, actor, Meeting, meeting_id)
        revision = _signed_revision(session, meeting)
        attachment = attachments.store(
            session,
            actor,
            checked,
            meeting_id=meeting.id,
            minutes_revision_id=revision.id,
        )
        return _view(attachment, revision.revision)


def _view(attachment: Attachment, revision: int) -> ScanView:
    return ScanView(
        attachment.id,
        revision,
        attachment.file_name,
        attachment.media_type,
        attachment.size,
        attachment.sha256,
        attachment.added_at,
        attachment.added_by,
    )


def _scans(session: Session, meeting_id: int) -> list[ScanView]:
    rows = session.execute(
        select(Attachment, MinutesRevision.revision)
        .join(MinutesRevision, Attachment.minutes_revision_id == MinutesRevision.id)
        .where(Attachment.meeting_id == meeting_id)
        .order_by(MinutesRevision.revision, Attachment.id)
    )
    return [_view(attachment, revision) for attachment, revision in rows]


def scans(db: Database, actor: Actor, meeting_id: int) -> list[ScanView]:
    """The meeting's scans of signed minutes, by revision, oldest first."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        meeting = get_readable(session, actor, Meeting, meeting_id)
        return _scans(session, meeting.id)


def sign_without_scan(
    db: Database, actor: Actor, meeting_id: int, version: int, reason: str
) -> MeetingView:
    """The chair records the signature without the scan, saying why (kept and audited)."""
    actor.require(Permission.SIGN_MINUTES)
    text = clean_text(reason) or ""
    if not text:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Say why the minutes are recorded as signed without their scan."
            ),
            "signed_without_scan",
        )
    check_lengths(Meeting, {"signed_without_scan": text})
    with db.transaction() as session:
        meeting = get_own(session, actor, Meeting, meeting_id, version)
        check_transition(
            meeting.status,
            MeetingStatus.MINUTES_SIGNED,
            minutes_final=meeting.minutes_state is MinutesState.FINAL,
            meeting_date=meeting.meeting_date,
            today=date.today(),
        )
        meeting.status = MeetingStatus.MINUTES_SIGNED
        meeting.signed_without_scan = text
        audit.record_update(session, actor, meeting)
        return meeting_view(session, meeting)
