"""The tamper-evident audit trail: every change and every view of personal data, hash-chained."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import inspect, select, update
from sqlalchemy.orm import Session

from commission.db.base import Base, utcnow
from commission.db.engine import Database
from commission.db.models import AuditEntry, AuditHead
from commission.domain.enums import AuditAction
from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.services.context import Actor

GENESIS_HASH = "0" * 64


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
    }
)
PERSONAL_ENTITIES = frozenset(
    {"clients", "release_notices", "cases", "needs", "measures", "case_events"}
)
IGNORED_FIELDS = frozenset({"version", "created_at", "updated_at", "updated_by"})


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
    if field == "password_hash" or (entity in PERSONAL_ENTITIES and field in PERSONAL_FIELDS):
        return REDACTED if value is not None else None
    return _plain(value)


def entry_hash(
    prev_hash: str,
    seq: int,
    at: datetime,
    user_login: str,
    action: str,
    entity: str,
    entity_id: str | None,
    changes: str,
) -> str:
    payload = json.dumps(
        [prev_hash, seq, at.isoformat(), user_login, action, entity, entity_id, changes],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    session: Session,
    actor: Actor,
    action: AuditAction,
    entity: str,
    entity_id: object | None = None,
    changes: Mapping[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry to the chain inside the caller's transaction."""
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
    seq, prev_hash = int(head[0]), str(head[1])
    # Microseconds dropped: SQLite and PostgreSQL must hand back the exact instant we hashed.
    at = utcnow().replace(microsecond=0)
    text = json.dumps(dict(changes or {}), ensure_ascii=False, sort_keys=True, default=str)
    ident = None if entity_id is None else str(entity_id)
    digest = entry_hash(prev_hash, seq, at, actor.login, action.value, entity, ident, text)
    entry = AuditEntry(
        seq=seq,
        at=at,
        user_id=actor.user_id,
        user_login=actor.login,
        action=action.value,
        entity=entity,
        entity_id=ident,
        changes=text,
        prev_hash=prev_hash,
        hash=digest,
    )
    session.add(entry)
    session.execute(update(AuditHead).where(AuditHead.id == 1).values(last_hash=digest))
    return entry


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
    record(
        session,
        actor,
        AuditAction.CREATE,
        obj.__tablename__,
        primary_key_of(obj),
        {k: [None, v] for k, v in snapshot_of(obj).items() if v is not None},
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
    record(session, actor, AuditAction.UPDATE, obj.__tablename__, primary_key_of(obj), diff)
    return True


def record_delete(session: Session, actor: Actor, obj: Base) -> None:
    record(
        session,
        actor,
        AuditAction.DELETE,
        obj.__tablename__,
        primary_key_of(obj),
        {k: [v, None] for k, v in snapshot_of(obj).items() if v is not None},
    )
    session.delete(obj)


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    checked: int
    first_bad_seq: int | None = None
    problem: str | None = None


def verify_entries(entries: Iterable[AuditEntry], head: AuditHead | None) -> VerifyResult:
    prev_hash = GENESIS_HASH
    expected_seq = 1
    checked = 0
    for entry in entries:
        if entry.seq != expected_seq:
            return VerifyResult(False, checked, expected_seq, "missing")
        if entry.prev_hash != prev_hash:
            return VerifyResult(False, checked, entry.seq, "chain")
        digest = entry_hash(
            entry.prev_hash,
            entry.seq,
            entry.at,
            entry.user_login,
            entry.action,
            entry.entity,
            entry.entity_id,
            entry.changes,
        )
        if digest != entry.hash:
            return VerifyResult(False, checked, entry.seq, "altered")
        prev_hash = entry.hash
        expected_seq += 1
        checked += 1
    # The migration creates the head; without it the end of the chain cannot be vouched for.
    if head is None or head.last_seq != checked or head.last_hash != prev_hash:
        return VerifyResult(False, checked, checked + 1, "truncated")
    return VerifyResult(True, checked)


def verify(db: Database, batch: int = 5000) -> VerifyResult:
    """Walk the whole chain in order; report the first entry that was edited or removed."""
    with db.reading() as session:
        head = session.get(AuditHead, 1)

        def stream() -> Iterable[AuditEntry]:
            last = 0
            while True:
                rows = session.scalars(
                    select(AuditEntry)
                    .where(AuditEntry.seq > last)
                    .order_by(AuditEntry.seq)
                    .limit(batch)
                ).all()
                if not rows:
                    return
                yield from rows
                last = rows[-1].seq
                session.expunge_all()

        return verify_entries(stream(), head)


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


def _changes_of_entry(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {"": text}
    return value if isinstance(value, dict) else {"": value}


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
        return [
            AuditEntryView(
                seq=entry.seq,
                at=entry.at,
                user_login=entry.user_login,
                action=entry.action,
                entity=entry.entity,
                entity_id=entry.entity_id,
                changes=_changes_of_entry(entry.changes),
            )
            for entry in session.scalars(query)
        ]
