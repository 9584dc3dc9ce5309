"""The arithmetic of the audit chain: entry hashes and row digests.

Kept in the data layer because the schema upgrade (the baseline of rows made before rows were
stamped) and the services compute them alike; it knows nothing of users or permissions.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import UTC, date, datetime, time
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Table, and_, select
from sqlalchemy.engine import Connection, RowMapping
from sqlalchemy.orm import Session

from commission.db import models as _models  # noqa: F401  (fills Base.metadata)
from commission.db.base import Base

GENESIS_HASH = "0" * 64
BASELINE_ACTION = "baseline"
# A baseline entry lists at most this many rows, so that no single entry grows unreadable.
BASELINE_CHUNK = 500

# Columns a row digest leaves out: bookkeeping the program changes without an entry of its
# own (versions, timestamps, the stamp itself) and the log-in counters of a user, which every
# log-in attempt moves.
UNDIGESTED = frozenset({"version", "created_at", "updated_at", "updated_by", "audit_seq"})
UNDIGESTED_BY_TABLE: Mapping[str, frozenset[str]] = {
    "users": frozenset({"failed_logins", "locked_until", "last_login_at"}),
}


def entry_hash(
    prev_hash: str,
    seq: int,
    at: datetime,
    user_login: str,
    action: str,
    entity: str,
    entity_id: str | None,
    changes: str,
    row_digest: str | None = None,
) -> str:
    parts: list[Any] = [prev_hash, seq, at.isoformat(), user_login, action, entity, entity_id]
    parts.append(changes)
    if row_digest is not None:  # entries written before rows were stamped hash as they did
        parts.append(row_digest)
    payload = json.dumps(parts, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def audited_tables() -> dict[str, Table]:
    """The tables whose rows carry ``audit_seq``: every row people edit."""
    return {
        name: table
        for name, table in Base.metadata.tables.items()
        if "audit_seq" in table.c and name not in ("audit_entries", "audit_head")
    }


def _digestible(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value.normalize())
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, bytes):
        return hashlib.sha256(value).hexdigest()
    return str(value)


def row_digest(table: Table, row: RowMapping | Mapping[str, Any]) -> str:
    """SHA-256 of a row's values as read back through the models' types."""
    skip = UNDIGESTED | UNDIGESTED_BY_TABLE.get(table.name, frozenset())
    values = {
        column.name: _digestible(row[column.name]) for column in table.c if column.name not in skip
    }
    payload = json.dumps(values, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def key_of(table: Table, row: RowMapping | Mapping[str, Any]) -> str:
    """The row's primary key as the trail names it (``services.audit.primary_key_of``)."""
    parts = []
    for column in table.primary_key.columns:
        value = row[column.name]
        parts.append(value.value if isinstance(value, Enum) else _plain_key(value))
    return "/".join(str(part) for part in parts)


def _plain_key(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


def read_row(bind: Session | Connection, table: Table, key: Mapping[str, Any]) -> RowMapping | None:
    condition = and_(*(table.c[name] == value for name, value in key.items()))
    return bind.execute(select(table).where(condition)).mappings().one_or_none()
