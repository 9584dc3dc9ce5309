"""Verification of the audit trail: the chain, its checkpoints and (deep) the rows it stamps.

What each check catches, for someone who can write to the database but not to the checkpoint
folder:

* the chain (hashes, sequence numbers, the head row): an entry edited, removed or reordered
  without recomputing what follows;
* the checkpoints: the end cut off (``cut``), entries rewritten and every hash recomputed
  (``forged``), the trail emptied (``wiped``), entries appended that no run of the program
  wrote (``unvouched``);
* deep, the stamped rows: a row edited (``edited``), inserted (``unstamped``), deleted
  (``deleted``) or put back to an older state (``stale``) behind the program, or stamped with
  an entry about something else (``foreign``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from commission.db.audit_chain import (
    BASELINE_ACTION,
    GENESIS_HASH,
    audited_tables,
    entry_hash,
    key_of,
    row_digest,
)
from commission.db.audit_checkpoints import Checkpoint
from commission.db.engine import Database
from commission.db.models import AuditEntry, AuditHead

DELETE_ACTION = "delete"
STAMP_ACTION = "stamp"  # services.audit_stamps: rows the program wrote without their own entry
# Entries that leave a row in a known state: the digest they hold is what the row must show.
STATE_ACTIONS = frozenset({"create", "update", BASELINE_ACTION, STAMP_ACTION})
# A deep check lists at most this many rows: beyond it the administrator restores anyway.
MAX_ROW_PROBLEMS = 200


@dataclass(frozen=True)
class RowProblem:
    table: str
    key: str
    problem: str  # edited, unstamped, deleted, stale, foreign


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    checked: int
    first_bad_seq: int | None = None
    problem: str | None = None
    checkpoints: int = 0
    rows: tuple[RowProblem, ...] = field(default=())
    rows_checked: int = 0


def _entry_ok(entry: AuditEntry) -> bool:
    digest = entry_hash(
        entry.prev_hash,
        entry.seq,
        entry.at,
        entry.user_login,
        entry.action,
        entry.entity,
        entry.entity_id,
        entry.changes,
        entry.row_digest,
    )
    return digest == entry.hash


class _Walk:
    """One pass over the chain, remembering what the checkpoints and the rows need."""

    def __init__(self, checkpoint_seqs: set[int], deep: bool) -> None:
        self.checkpoint_seqs = checkpoint_seqs
        # Entries past the last checkpoint are kept too: a checkpoint read late may name them.
        self.tail_from = max(checkpoint_seqs, default=0)
        self.deep = deep
        self.hash_at: dict[int, str] = {}
        self.checked = 0
        self.last_hash = GENESIS_HASH
        # (table, key) -> (seq, action, digest) of the latest entry that set or removed it.
        self.state: dict[tuple[str, str], tuple[int, str, str | None]] = {}
        self.tables = set(audited_tables()) if deep else set()

    def run(self, entries: Iterable[AuditEntry]) -> VerifyResult | None:
        expected = 1
        for entry in entries:
            if entry.seq != expected:
                return VerifyResult(False, self.checked, expected, "missing")
            if entry.prev_hash != self.last_hash:
                return VerifyResult(False, self.checked, entry.seq, "chain")
            if not _entry_ok(entry):
                return VerifyResult(False, self.checked, entry.seq, "altered")
            if entry.seq in self.checkpoint_seqs or entry.seq > self.tail_from:
                self.hash_at[entry.seq] = entry.hash
            if entry.entity in self.tables:
                self._note(entry)
            self.last_hash = entry.hash
            expected += 1
            self.checked += 1
        return None

    def _note(self, entry: AuditEntry) -> None:
        if entry.action in (BASELINE_ACTION, STAMP_ACTION):
            try:
                listed = json.loads(entry.changes)
                rows = dict(listed.get("rows", {}))
                gone = list(listed.get("deleted", []))
            except (ValueError, AttributeError, TypeError):
                rows, gone = {}, []
            for key, digest in rows.items():
                self.state[(entry.entity, str(key))] = (entry.seq, entry.action, str(digest))
            for key in gone:
                self.state[(entry.entity, str(key))] = (entry.seq, DELETE_ACTION, None)
        elif entry.entity_id is not None and (
            entry.action == DELETE_ACTION or entry.row_digest is not None
        ):
            self.state[(entry.entity, entry.entity_id)] = (
                entry.seq,
                entry.action,
                entry.row_digest,
            )


def verify_entries(entries: Iterable[AuditEntry], head: AuditHead | None) -> VerifyResult:
    """The chain alone: hashes, sequence and the head row."""
    walk = _Walk(set(), deep=False)
    broken = walk.run(entries)
    if broken is not None:
        return broken
    return _against_head(walk, head) or VerifyResult(True, walk.checked)


def _against_head(walk: _Walk, head: AuditHead | None) -> VerifyResult | None:
    # The migration creates the head; without it the end of the chain cannot be vouched for.
    if head is None or head.last_seq != walk.checked or head.last_hash != walk.last_hash:
        return VerifyResult(False, walk.checked, walk.checked + 1, "truncated")
    return None


def _against_checkpoints(walk: _Walk, checkpoints: list[Checkpoint]) -> VerifyResult | None:
    if not checkpoints:
        return None
    count = len(checkpoints)
    if walk.checked == 0:
        return VerifyResult(False, 0, 1, "wiped", count)
    for point in checkpoints:
        if point.seq > walk.checked:
            return VerifyResult(False, walk.checked, walk.checked + 1, "cut", count)
        if walk.hash_at.get(point.seq) != point.hash:
            return VerifyResult(False, walk.checked, point.seq, "forged", count)
    # Every entry since checkpoints began must have been written by a run that noted it.
    covered = sorted((p.first_seq, p.seq) for p in checkpoints)
    next_seq = covered[0][0]
    for first, last in covered:
        if first > next_seq:
            return VerifyResult(False, walk.checked, next_seq, "unvouched", count)
        next_seq = max(next_seq, last + 1)
    if next_seq <= walk.checked:
        return VerifyResult(False, walk.checked, next_seq, "unvouched", count)
    return None


def _rows(session: Session, walk: _Walk) -> tuple[list[RowProblem], int]:
    problems: list[RowProblem] = []
    seen: set[tuple[str, str]] = set()
    checked = 0
    for name, table in sorted(audited_tables().items()):
        for row in session.execute(select(table)).mappings().yield_per(2000):
            checked += 1
            key = key_of(table, row)
            seen.add((name, key))
            problem = _row_problem(walk, name, key, row["audit_seq"], row_digest(table, row))
            if problem is not None:
                problems.append(RowProblem(name, key, problem))
    for (name, key), (_, action, _) in walk.state.items():
        if action != DELETE_ACTION and (name, key) not in seen:
            problems.append(RowProblem(name, key, "deleted"))
    return problems, checked


def _row_problem(walk: _Walk, table: str, key: str, stamp: int | None, digest: str) -> str | None:
    if stamp is None:
        return "unstamped"
    known = walk.state.get((table, key))
    if known is None:
        return "foreign"
    seq, action, expected = known
    if seq != stamp:
        # The latest entry about the row is not the one its stamp names: either the stamp
        # was moved, or the row was put back as it was before that entry.
        return "stale" if stamp < seq and action in STATE_ACTIONS else "foreign"
    if action not in STATE_ACTIONS:
        return "foreign"
    return None if expected == digest else "edited"


def _stream(session: Session, batch: int) -> Iterator[AuditEntry]:
    last = 0
    while True:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.seq > last).order_by(AuditEntry.seq).limit(batch)
        ).all()
        if not rows:
            return
        yield from rows
        last = rows[-1].seq
        session.expunge_all()


def verify_database(
    db: Database,
    deep: bool = False,
    batch: int = 5000,
    checkpoints: list[Checkpoint] | None = None,
) -> VerifyResult:
    """Walk the whole chain in order; report the first thing that disagrees.

    ``checkpoints``: other lines than this computer's (a backup's own, when it is restored).
    """
    given = checkpoints is not None
    if checkpoints is None:
        checkpoints = db.checkpoints.read()
    walk = _Walk({p.seq for p in checkpoints}, deep)
    with db.reading() as session:
        head = session.get(AuditHead, 1)
        head_seq = None if head is None else head.last_seq
        head_hash = None if head is None else head.last_hash
        broken = walk.run(_stream(session, batch))
        row_problems: list[RowProblem] = []
        rows_checked = 0
        if broken is None and deep:
            row_problems, rows_checked = _rows(session, walk)
    count = len(checkpoints)
    if broken is not None:
        return VerifyResult(False, broken.checked, broken.first_bad_seq, broken.problem, count)
    if head_seq != walk.checked or head_hash != walk.last_hash:
        return VerifyResult(False, walk.checked, walk.checked + 1, "truncated", count)
    against = _against_checkpoints(walk, checkpoints)
    if against is not None and against.problem == "unvouched" and not given:
        # A run may have committed after we read the checkpoints: read them once more.
        later = db.checkpoints.read()
        against = _against_checkpoints(walk, later) if len(later) > count else against
    if against is not None:
        return against
    if row_problems:
        first = tuple(row_problems[:MAX_ROW_PROBLEMS])
        return VerifyResult(False, walk.checked, None, "rows", count, first, rows_checked)
    return VerifyResult(True, walk.checked, checkpoints=count, rows_checked=rows_checked)
