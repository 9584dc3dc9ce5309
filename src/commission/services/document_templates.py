"""Each commission's own Word template: the akimat's letterhead, margins and styles.

The template is kept in the database with the commission, so every computer of the office and
every user of an oblast's server prints a commission's minutes, extracts, letters, work plan and
programmes on that commission's blank. A template named in a computer's settings is the fallback
for a commission that has none (the lookup order is the callers': ``document_template``).

Only the shape of a Word package is checked here (services do not render documents); the
screens and the command line also open it with the document writer before saving.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from dataclasses import dataclass

from sqlalchemy.orm import Session

from commission.db.engine import Database
from commission.db.models import AttachmentBlob, Commission
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.permissions import Permission
from commission.services import audit
from commission.services.attachments import DamagedAttachment, checked_file, store_content
from commission.services.context import Actor
from commission.services.errors import InvalidInput
from commission.services.scope import acting_commission, get_readable

_WORD_TYPES = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
)
_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@dataclass(frozen=True)
class TemplateInfo:
    """What the commission's settings show: which file, how big."""

    commission_id: int
    file_name: str
    size: int


@dataclass(frozen=True)
class StoredTemplate:
    """A commission's template to write a document on."""

    commission_id: int
    file_name: str
    content: bytes


def _not_word(name: str) -> InvalidInput:
    return InvalidInput(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The file «{name}» is not a Word document or template (.docx or .dotx). Save the"
            " akimat's blank in Word as a .docx or .dotx and choose that file.",
        ),
        "template",
        name=name,
    )


def check_word_package(name: str, content: bytes) -> None:
    """Refuse what Word would not open as a document: not a zip, no main document part.
    An old .doc, a PDF or a renamed spreadsheet gets a message that says what to do."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as package:
            types = package.read("[Content_Types].xml").decode("utf-8", errors="replace")
            if not any(kind in types for kind in _WORD_TYPES):
                raise _not_word(name)
            package.getinfo("word/document.xml")
    except (zipfile.BadZipFile, KeyError, ValueError, EOFError) as exc:
        raise _not_word(name) from exc


def _commission(session: Session, actor: Actor, commission_id: int | None) -> Commission:
    if commission_id is None:
        return acting_commission(session, actor)
    return get_readable(session, actor, Commission, commission_id)


def template_info(
    db: Database, actor: Actor, commission_id: int | None = None
) -> TemplateInfo | None:
    """The template a commission's documents are written on; None: the program's own."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        commission = _commission(session, actor, commission_id)
        if commission.template_sha256 is None or commission.template_file_name is None:
            return None
        blob = session.get_one(AttachmentBlob, commission.template_sha256)
        return TemplateInfo(commission.id, commission.template_file_name, blob.size)


def commission_template(
    db: Database, actor: Actor, commission_id: int | None = None
) -> StoredTemplate | None:
    """The acting commission's template (or that of ``commission_id``, a commission the actor
    may read: the oblast printing a district's minutes prints them on the district's blank)."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        commission = _commission(session, actor, commission_id)
        sha256, name = commission.template_sha256, commission.template_file_name
        if sha256 is None or name is None:
            return None
        blob = session.get_one(AttachmentBlob, sha256)
        if hashlib.sha256(blob.content).hexdigest() != sha256:
            raise DamagedAttachment(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The stored copy of «{name}» is damaged and cannot be opened. "
                    "Choose the commission's template again in its settings.",
                ),
                name=name,
            )
        return StoredTemplate(commission.id, name, blob.content)


def set_template(db: Database, actor: Actor, file_name: str, content: bytes) -> TemplateInfo:
    """Make ``content`` the acting commission's template; the change is in the audit trail."""
    actor.require(Permission.EDIT_COMMISSION)
    file = checked_file(file_name, _MEDIA_TYPE, content)
    check_word_package(file.file_name, file.content)
    with db.transaction() as session:
        commission = acting_commission(session, actor)
        store_content(session, file)
        commission.template_file_name = file.file_name
        commission.template_sha256 = file.sha256
        audit.record_update(session, actor, commission)
        return TemplateInfo(commission.id, file.file_name, file.size)


def clear_template(db: Database, actor: Actor) -> None:
    """Back to the program's own template for the acting commission."""
    actor.require(Permission.EDIT_COMMISSION)
    with db.transaction() as session:
        commission = acting_commission(session, actor)
        if commission.template_sha256 is None:
            return
        commission.template_file_name = None
        commission.template_sha256 = None
        audit.record_update(session, actor, commission)
