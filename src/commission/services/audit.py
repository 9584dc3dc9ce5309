"""The tamper-evident audit trail: every change and every view of personal data, hash-chained."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from pathlib import PurePath
from typing import Any

from sqlalchemy import inspect, select, update
from sqlalchemy.orm import Session

from commission.db.audit_chain import GENESIS_HASH as GENESIS_HASH
from commission.db.audit_chain import entry_hash as entry_hash
from commission.db.base import Base, utcnow
from commission.db.engine import AUDIT_WRITTEN, Database
from commission.db.models import AuditEntry, AuditHead
from commission.domain.enums import AuditAction
from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.services import control_state as _control_state  # noqa: F401  (its flush hook)
from commission.services.audit_stamps import ACTOR, note_deleted, stamp_object
from commission.services.audit_stamps import note_rows as note_rows
from commission.services.audit_verify import RowProblem as RowProblem
from commission.services.audit_verify import VerifyResult as VerifyResult
from commission.services.audit_verify import verify_entries as verify_entries
from commission.services.context import Actor


class AuditTrailDamaged(UserError):
    """The chain's head row is gone: someone edited the database behind the program."""


# Personal data is recorded as changed, never with its values: the trail is read by
# administrators who must not see what they do not need.
REDACTED = "***"
PERSONAL_FIELDS = frozenset(
    {
        "iin",
        "surname",
        "given_name",
        "patronymic",
        "search_name",
        "birth_date",
        "registered_address",
        "actual_address",
        "phone",
        "articles",
        "password_hash",
        "full_name_client",
        # Release notices, and what a case records about a person's life (health, addiction,
        # family): the trail says that it changed, not what it says.
        "full_name",
        "chosen_residence",
        "needs_text",
        "assessment_notes",
        "close_reason",
        "notes",
        "action",
        "action_kk",
        "outcome",
        "outcome_kk",
        "text",
        # What describes the person rather than the office's work on the record: the category
        # and the sentence (a conviction), sex, the legal basis, where a notice says he is held
        # and when he comes out, which need a case or a measure answers (addiction, health).
        "category",
        "sex",
        "sentence_start",
        "sentence_end",
        "registered_on",
        "deregistered_on",
        "deregistration_reason",
        "legal_basis",
        "institution",
        "expected_release",
        "kind",
        "need_kind",
        "file_name",
        # A client's transfer: why he moved, and the old district's copy of his card.
        "reason",
        "trace",
    }
)
PERSONAL_ENTITIES = frozenset(
    {
        "clients",
        "release_notices",
        "cases",
        "needs",
        "measures",
        "case_events",
        "attachments",
        "client_transfers",
    }
)
# An IIN typed into free text (a reason, a note) that reaches the trail: twelve digits standing
# alone, possibly grouped by spaces or hyphens as people write them.
_IIN_IN_TEXT = re.compile(r"(?<![0-9A-Za-z])[0-9](?:[ \-\u00a0]?[0-9]){11}(?![0-9A-Za-z])")
IGNORED_FIELDS = frozenset({"version", "created_at", "updated_at", "updated_by", "audit_seq"})


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return hashlib.sha256(value).hexdigest()
    return value


def _redact(entity: str, field: str, value: Any) -> Any:
    if value is not None and entity == "attachments" and field == "file_name":
        # The name is often the person's («Ахметов_справка.pdf»); the type of file is not.
        suffix = PurePath(str(value)).suffix.lower()
        return REDACTED + suffix if len(suffix) <= 8 else REDACTED
    if field == "password_hash" or (entity in PERSONAL_ENTITIES and field in PERSONAL_FIELDS):
        return REDACTED if value is not None else None
    return _plain(value)


def masked_text(text: str) -> str:
    """``text`` with anything written like an IIN replaced by ``***``."""
    return _IIN_IN_TEXT.sub(REDACTED, text)


def reserve_seq(session: Session) -> tuple[int, str]:
    """The next sequence number and its predecessor's hash; takes the chain's lock."""
    head = session.execute(
        update(AuditHead)
        .where(AuditHead.id == 1)
        .values(last_seq=AuditHead.last_seq + 1)
        .returning(AuditHead.last_seq, AuditHead.last_hash)
    ).one_or_none()
    if head is None:
        raise AuditTrailDamaged(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The audit trail of this database is damaged, so nothing can be saved. "
                "Tell the administrator (commission-admin audit verify).",
            )
        )
    return int(head[0]), str(head[1])


def append_entry(
    session: Session,
    seq: int,
    prev_hash: str,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: object | None,
    changes: Mapping[str, Any] | None,
    row_digest: str | None = None,
) -> AuditEntry:
    # Microseconds dropped: SQLite and PostgreSQL must hand back the exact instant we hashed.
    at = utcnow().replace(microsecond=0)
    text = json.dumps(dict(changes or {}), ensure_ascii=False, sort_keys=True, default=str)
    # The callers pass counts, ids and field names; a free-text reason may still carry an IIN.
    text = masked_text(text)
    ident = None if entity_id is None else str(entity_id)
    digest = entry_hash(prev_hash, seq, at, actor.login, action, entity, ident, text, row_digest)
    entry = AuditEntry(
        seq=seq,
        at=at,
        user_id=actor.user_id,
        user_login=actor.login,
        action=action,
        entity=entity,
        entity_id=ident,
        changes=text,
        prev_hash=prev_hash,
        hash=digest,
        row_digest=row_digest,
    )
    session.add(entry)
    session.execute(update(AuditHead).where(AuditHead.id == 1).values(last_hash=digest))
    # Database.transaction writes the checkpoint from this once the commit has succeeded.
    session.info[ACTOR] = actor  # the sweep before the commit writes in this actor's name
    written = session.info.get(AUDIT_WRITTEN)
    session.info[AUDIT_WRITTEN] = (written[0] if written else seq, seq, digest)
    return entry


def record(
    session: Session,
    actor: Actor,
    action: AuditAction,
    entity: str,
    entity_id: object | None = None,
    changes: Mapping[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry to the chain inside the caller's transaction."""
    seq, prev_hash = reserve_seq(session)
    return append_entry(session, seq, prev_hash, actor, action.value, entity, entity_id, changes)


def changes_of(obj: Base) -> dict[str, list[Any]]:
    """Fields of a pending object that changed, as ``{field: [old, new]}`` (before flush)."""
    state = inspect(obj)
    entity = obj.__tablename__
    result: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in IGNORED_FIELDS:
            continue
        history = state.attrs[key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old == new:
            continue
        result[key] = [_redact(entity, key, old), _redact(entity, key, new)]
    return result


def snapshot_of(obj: Base) -> dict[str, Any]:
    """All column values of a new or deleted object, personal data redacted."""
    entity = obj.__tablename__
    values: dict[str, Any] = {}
    for attr in inspect(obj).mapper.column_attrs:
        if attr.key in IGNORED_FIELDS:
            continue
        values[attr.key] = _redact(entity, attr.key, getattr(obj, attr.key))
    return values


def primary_key_of(obj: Base) -> str:
    identity = inspect(obj).identity
    if identity is None:
        return "?"
    return "/".join(str(_plain(part)) for part in identity)


def record_create(session: Session, actor: Actor, obj: Base) -> None:
    session.flush()
    seq, prev_hash = reserve_seq(session)
    append_entry(
        session,
        seq,
        prev_hash,
        actor,
        AuditAction.CREATE.value,
        obj.__tablename__,
        primary_key_of(obj),
        {k: [None, v] for k, v in snapshot_of(obj).items() if v is not None},
        stamp_object(session, obj, seq),
    )


def record_update(session: Session, actor: Actor, obj: Base) -> bool:
    """Record the pending changes of ``obj``; ``False`` (and no entry) when nothing changed."""
    diff = changes_of(obj)
    if not diff:
        return False
    obj_updated_by = getattr(obj, "updated_by", None)
    if hasattr(obj, "updated_by") and obj_updated_by != actor.login:
        obj.updated_by = actor.login
    session.flush()
    seq, prev_hash = reserve_seq(session)
    digest = stamp_object(session, obj, seq)
    key = primary_key_of(obj)
    append_entry(
        session,
        seq,
        prev_hash,
        actor,
        AuditAction.UPDATE.value,
        obj.__tablename__,
        key,
        diff,
        digest,
    )
    return True


def record_delete(session: Session, actor: Actor, obj: Base) -> None:
    note_deleted(session, obj.__tablename__, primary_key_of(obj))
    record(
        session,
        actor,
        AuditAction.DELETE,
        obj.__tablename__,
        primary_key_of(obj),
        {k: [v, None] for k, v in snapshot_of(obj).items() if v is not None},
    )
    session.delete(obj)


def verify(db: Database, deep: bool = False, batch: int = 5000) -> VerifyResult:
    """Walk the whole chain against the checkpoints; ``deep`` also checks every stamped row.

    See ``services.audit_verify``.
    """
    from commission.services.audit_verify import verify_database

    return verify_database(db, deep=deep, batch=batch)


def head_anchor(session: Session) -> str | None:
    """The chain's head as a printed page quotes it: «seq:first 12 hex digits of its hash»."""
    # A plain SELECT: the head moves by UPDATE statements the identity map never sees.
    head = session.execute(select(AuditHead.last_seq, AuditHead.last_hash)).one_or_none()
    if head is None or head[0] == 0:
        return None
    return f"{head[0]}:{str(head[1])[:12]}"


@dataclass(frozen=True)
class AuditEntryView:
    """One entry of the trail as the administrator reads it (personal data already redacted)."""

    seq: int
    at: datetime
    user_login: str
    action: str
    entity: str
    entity_id: str | None
    changes: dict[str, Any]


def changes_of_entry(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {"": text}
    return value if isinstance(value, dict) else {"": value}


def entry_view(entry: AuditEntry) -> AuditEntryView:
    """An entry of the trail as the administrator reads it."""
    return AuditEntryView(
        seq=entry.seq,
        at=entry.at,
        user_login=entry.user_login,
        action=entry.action,
        entity=entry.entity,
        entity_id=entry.entity_id,
        changes=changes_of_entry(entry.changes),
    )


def recent_entries(
    db: Database, actor: Actor, limit: int = 200, before_seq: int | None = None
) -> list[AuditEntryView]:
    """The latest ``limit`` entries, newest first; ``before_seq`` pages further back."""
    from commission.domain.permissions import Permission

    actor.require(Permission.VIEW_AUDIT)
    with db.reading() as session:
        query = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit)
        if before_seq is not None:
            query = query.where(AuditEntry.seq < before_seq)
        return [entry_view(entry) for entry in session.scalars(query)]
