"""Files attached to records (execution reports, measures): checked once, stored once.

The content is kept in ``attachment_blobs`` keyed by its SHA-256, so the same scan attached to
a report and to a measure is stored a single time; each attachment row says who added what when.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy.orm import Session

from commission.db.base import Base, utcnow
from commission.db.engine import Database
from commission.db.models import (
    Attachment,
    AttachmentBlob,
    Case,
    Client,
    Decision,
    ExecutionReport,
    Measure,
    Meeting,
)
from commission.domain.enums import AuditAction
from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.domain.permissions import Permission
from commission.services import audit
from commission.services.common import check_lengths, clean_text
from commission.services.context import Actor
from commission.services.errors import InvalidInput, not_found
from commission.services.scope import is_readable, sees_district

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class CheckedFile:
    file_name: str
    media_type: str
    content: bytes
    sha256: str

    @property
    def size(self) -> int:
        return len(self.content)


def checked_file(file_name: str, media_type: str, content: bytes) -> CheckedFile:
    """The file as it will be stored, or the reason it cannot be (no name, empty, too big)."""
    name = clean_text(file_name, multiline=False)
    if not name:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The file has no name."), "file_name")
    kind = clean_text(media_type, multiline=False) or "application/octet-stream"
    check_lengths(Attachment, {"file_name": name, "media_type": kind})
    size = len(content)
    if size > MAX_ATTACHMENT_BYTES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file «{name}» is {size} MB; at most {limit} MB can be attached. "
                "Compress it or attach it in parts.",
            ),
            "content",
            name=name,
            size=f"{size / (1024 * 1024):.1f}",
            limit=MAX_ATTACHMENT_BYTES // (1024 * 1024),
        )
    if size == 0:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The file «{name}» is empty."), "content", name=name
        )
    return CheckedFile(name, kind, content, hashlib.sha256(content).hexdigest())


def store(session: Session, actor: Actor, file: CheckedFile, **owner: int) -> Attachment:
    """Store ``file`` for one owner (``execution_report_id=…``, ``measure_id=…``), audited."""
    store_content(session, file)
    attachment = Attachment(
        file_name=file.file_name,
        media_type=file.media_type,
        size=file.size,
        sha256=file.sha256,
        added_at=utcnow(),
        added_by=actor.login,
        **owner,
    )
    session.add(attachment)
    audit.record_create(session, actor, attachment)
    return attachment


def store_content(session: Session, file: CheckedFile) -> None:
    """The content of ``file``, kept once however many records refer to it."""
    if session.get(AttachmentBlob, file.sha256) is None:
        session.add(AttachmentBlob(sha256=file.sha256, size=file.size, content=file.content))
        session.flush()  # no relationship orders the inserts: the blob goes first


@dataclass(frozen=True)
class OpenedFile:
    file_name: str
    media_type: str
    content: bytes


def _case_of(session: Session, attachment: Attachment) -> Case | None:
    if attachment.case_id is not None:
        return session.get(Case, attachment.case_id)
    if attachment.measure_id is not None:
        measure = session.get(Measure, attachment.measure_id)
        return session.get(Case, measure.case_id) if measure is not None else None
    return None


def _record_of(session: Session, attachment: Attachment) -> Base | None:
    """The commission's record a file is attached to (a meeting, decision or report)."""
    if attachment.meeting_id is not None:
        return session.get(Meeting, attachment.meeting_id)
    if attachment.decision_id is not None:
        return session.get(Decision, attachment.decision_id)
    if attachment.execution_report_id is not None:
        return session.get(ExecutionReport, attachment.execution_report_id)
    return None


def open_attachment(db: Database, actor: Actor, attachment_id: int) -> OpenedFile:
    """An attached file's content, for the user to open it.

    A file of the commission's records (an agency's report) needs the commission's view; one of
    a probation case is personal data: the client must be in the user's district, and every
    opening is written to the audit trail. Content whose SHA-256 no longer matches is refused.
    """
    actor.require(Permission.VIEW_COMMISSION)
    with db.transaction() as session:
        attachment = session.get(Attachment, attachment_id)
        if attachment is None:
            raise not_found("attachments")
        case = _case_of(session, attachment)
        if case is not None:
            # A case's file out of the user's reach (no client data for his role, or another
            # district) looks exactly like a missing one: which id is a case's is not told.
            client = session.get(Client, case.client_id)
            if client is None or not sees_district(session, actor, client.district_id):
                raise not_found("attachments")
            audit.record(
                session,
                actor,
                AuditAction.VIEW,
                "attachments",
                attachment.id,
                {"file": "personal data accessed"},
            )
        else:
            record = _record_of(session, attachment)
            if record is not None and not is_readable(session, actor, record):
                raise not_found("attachments")  # another commission's file looks missing
        blob = session.get(AttachmentBlob, attachment.sha256)
        if blob is None or hashlib.sha256(blob.content).hexdigest() != attachment.sha256:
            raise DamagedAttachment(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The stored copy of «{name}» is damaged and cannot be opened. "
                    "Ask the agency for the file again.",
                ),
                name=attachment.file_name,
            )
        return OpenedFile(attachment.file_name, attachment.media_type, bytes(blob.content))


class DamagedAttachment(UserError):
    """The stored content does not match the SHA-256 recorded when it was attached."""
