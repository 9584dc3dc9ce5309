"""The baseline entries: rows made before rows were stamped enter the audit trail.

Run once, by the upgrade that crosses revision 0005, in the same transaction: every row of a
stamped table gets ``audit_seq`` and its digest is listed in a ``baseline`` entry, so that
``audit verify --deep`` can tell from then on a row the program wrote from one written behind
it. Kept out of the migration because it reads rows through the models' types, as the deep
check does.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import and_, bindparam, insert, select, update
from sqlalchemy.engine import Connection

from commission.db.audit_chain import (
    BASELINE_ACTION,
    BASELINE_CHUNK,
    audited_tables,
    entry_hash,
    key_of,
    row_digest,
)
from commission.db.models import AuditEntry, AuditHead

# The revisions whose rows carry no stamp yet.
UNSTAMPED_REVISIONS = frozenset({"0001", "0002", "0003", "0004"})
BASELINE_LOGIN = "commission-admin"


@dataclass(frozen=True)
class Baseline:
    rows: int
    first_seq: int
    last_seq: int
    last_hash: str


def write_baseline(conn: Connection, only: Collection[str] | None = None) -> Baseline:
    """Stamp every row of the audited tables (or of ``only``: those a later revision wrote)
    with a baseline entry per chunk of rows."""
    head = conn.execute(select(AuditHead.last_seq, AuditHead.last_hash)).one()
    seq, prev_hash = int(head[0]), str(head[1])
    first_seq = seq + 1
    at = datetime.now(UTC).replace(microsecond=0)
    total = 0
    for name, table in sorted(audited_tables().items()):
        if only is not None and name not in only:
            continue
        pk = list(table.primary_key.columns)
        rows = conn.execute(select(table).order_by(*pk)).mappings().all()
        for start in range(0, len(rows), BASELINE_CHUNK):
            part = rows[start : start + BASELINE_CHUNK]
            seq += 1
            digests = {key_of(table, row): row_digest(table, row) for row in part}
            changes = json.dumps({"rows": digests}, sort_keys=True, separators=(",", ":"))
            digest = entry_hash(
                prev_hash, seq, at, BASELINE_LOGIN, BASELINE_ACTION, name, None, changes
            )
            conn.execute(
                insert(AuditEntry).values(
                    seq=seq,
                    at=at,
                    user_id=None,
                    user_login=BASELINE_LOGIN,
                    action=BASELINE_ACTION,
                    entity=name,
                    entity_id=None,
                    changes=changes,
                    prev_hash=prev_hash,
                    hash=digest,
                )
            )
            condition = and_(*(column == bindparam(f"k_{column.name}") for column in pk))
            values = {"audit_seq": seq}
            stamp = update(table).where(condition).values(**values)
            if "updated_at" in table.c:
                stamp = stamp.values(updated_at=table.c.updated_at)
            conn.execute(stamp, [{f"k_{c.name}": row[c.name] for c in pk} for row in part])
            prev_hash = digest
            total += len(part)
    if seq >= first_seq:
        # One step per entry: the head's trigger lets it move forward only one at a time.
        for step in range(first_seq, seq + 1):
            conn.execute(update(AuditHead).where(AuditHead.id == 1).values(last_seq=step))
        conn.execute(update(AuditHead).where(AuditHead.id == 1).values(last_hash=prev_hash))
    return Baseline(total, first_seq, seq if seq >= first_seq else 0, prev_hash)
