"""Stamping rows with the audit entry that last wrote them, and the sweep before a commit.

``record_create`` and ``record_update`` stamp the row they record. But a service may change a
row after recording it, create rows in bulk under one entry about the table (the calendar's
seeded days, an import), or delete children by cascade. So that ``audit verify --deep`` does
not take the program's own writes for an insider's, every commit first sweeps the rows the
session wrote: a row whose state differs from the digest its stamp names is listed, with its
new digest, in one ``stamp`` entry per table, and rows deleted without their own entry are
listed as deleted there too.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import ColumnElement, event, inspect, select, tuple_, update
from sqlalchemy.engine import RowMapping
from sqlalchemy.orm import Session, UOWTransaction
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.sql.schema import Table

from commission.db.audit_chain import (
    BASELINE_CHUNK,
    audited_tables,
    key_of,
    read_row,
    row_digest,
)
from commission.db.base import Base
from commission.db.models import AuditEntry

STAMP_ACTION = "stamp"

# session.info keys, all cleared by the sweep.
_TOUCHED = "commission_audit_touched"  # id(obj) -> obj written by a flush
_DELETED = "commission_audit_deleted"  # (table, key) deleted by a flush
_RECORDED = "commission_audit_recorded"  # (table, key) -> digest its own entry holds
_NOTED = "commission_audit_noted"  # (table, key values) written by a bulk statement
ACTOR = "commission_audit_actor"  # the actor of the transaction's last entry
# Rows read back or stamped by one statement: a demo or an import touches thousands of rows in
# one commit, and one statement per row was half the time of building the demo.
_BATCH = 500


def _key_values(table: Table, obj: Base) -> dict[str, Any]:
    mapper = obj.__mapper__
    return {
        column.name: getattr(obj, mapper.get_property_by_column(column).key)
        for column in table.primary_key.columns
    }


def stamp_object(session: Session, obj: Base, seq: int) -> str | None:
    """Mark the row as last changed by entry ``seq`` and return its digest, read back from
    the database; ``None`` for a table whose rows carry no stamp.

    The stamp goes in by a plain UPDATE: through the ORM it would raise the row's version a
    second time and make the user's next save look stale.
    """
    table = audited_tables().get(obj.__tablename__)
    if table is None:
        return None
    key = _key_values(table, obj)
    _stamp_rows(session, table, [key], seq)
    set_committed_value(obj, "audit_seq", seq)
    row = read_row(session, table, key)
    if row is None:
        return None
    digest = row_digest(table, row)
    session.info.setdefault(_RECORDED, {})[(table.name, key_of(table, row))] = digest
    return digest


def note_deleted(session: Session, entity: str, key: str) -> None:
    """The row has its own delete entry: the sweep need not list it."""
    session.info.setdefault(_RECORDED, {})[(entity, key)] = None


def note_rows(session: Session, model: type[Base], ids: list[Any]) -> None:
    """Rows written by a bulk statement the ORM does not see; the sweep stamps them."""
    noted = session.info.setdefault(_NOTED, set())
    noted.update((model.__tablename__, (value,)) for value in ids)


def _key_in(table: Table, keys: Sequence[Mapping[str, Any]]) -> ColumnElement[bool]:
    columns = list(table.primary_key.columns)
    if len(columns) == 1:
        return columns[0].in_([key[columns[0].name] for key in keys])
    return tuple_(*columns).in_([tuple(key[c.name] for c in columns) for key in keys])


def _stamp_rows(
    session: Session, table: Table, keys: Sequence[Mapping[str, Any]], seq: int
) -> None:
    values: dict[str, Any] = {"audit_seq": seq}
    if "updated_at" in table.c:  # keep its onupdate from moving the time of the change
        values["updated_at"] = table.c.updated_at
    for start in range(0, len(keys), _BATCH):
        chunk = keys[start : start + _BATCH]
        session.execute(update(table).where(_key_in(table, chunk)).values(**values))


def _read_rows(
    session: Session, table: Table, keys: Sequence[Mapping[str, Any]]
) -> list[RowMapping]:
    """The rows of ``keys`` that still exist, in no particular order."""
    rows: list[RowMapping] = []
    for start in range(0, len(keys), _BATCH):
        chunk = keys[start : start + _BATCH]
        rows.extend(session.execute(select(table).where(_key_in(table, chunk))).mappings())
    return rows


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _flush: UOWTransaction) -> None:
    tables = audited_tables()
    touched = session.info.setdefault(_TOUCHED, {})
    for obj in list(session.new) + list(session.dirty):
        if getattr(obj, "__tablename__", None) in tables:
            touched[id(obj)] = obj
    for obj in session.deleted:
        name = getattr(obj, "__tablename__", None)
        if name in tables:
            key = key_of(tables[name], _key_values(tables[name], obj))
            session.info.setdefault(_DELETED, set()).add((name, key))


def _prior_digest(session: Session, seq: int | None, table: str, key: str) -> str | None:
    """The digest the entry ``seq`` holds for the row, if it is about the row at all."""
    if seq is None:
        return None
    entry = session.get(AuditEntry, seq)
    if entry is None or entry.entity != table:
        return None
    if entry.row_digest is not None:
        return entry.row_digest if entry.entity_id == key else None
    try:
        rows = json.loads(entry.changes).get("rows", {})
    except (ValueError, AttributeError):
        return None
    value = rows.get(key)
    return str(value) if value is not None else None


@event.listens_for(Session, "before_commit")
def _before_commit(session: Session) -> None:
    actor = session.info.get(ACTOR)
    if actor is None:
        session.info.pop(_TOUCHED, None)
        return
    session.flush()
    touched = session.info.pop(_TOUCHED, {})
    deleted: set[tuple[str, str]] = session.info.pop(_DELETED, set())
    noted: set[tuple[str, tuple[Any, ...]]] = session.info.pop(_NOTED, set())
    recorded: dict[tuple[str, str], str | None] = session.info.pop(_RECORDED, {})
    tables = audited_tables()
    keys: dict[tuple[str, str], tuple[dict[str, Any], Base | None]] = {}
    for obj in touched.values():
        state = inspect(obj)
        if state.deleted or state.detached or state.key is None:
            continue
        table = tables[obj.__tablename__]
        values = _key_values(table, obj)
        keys[(table.name, key_of(table, values))] = (values, obj)
    for name, ident in noted:
        pk = tables[name].primary_key.columns
        values = {c.name: v for c, v in zip(pk, ident, strict=True)}
        keys.setdefault((name, key_of(tables[name], values)), (values, None))
    per_table: dict[str, list[dict[str, Any]]] = {}
    for (name, _), (values, _) in keys.items():
        per_table.setdefault(name, []).append(values)
    changed: dict[str, dict[str, tuple[dict[str, Any], Base | None, str]]] = {}
    for name in sorted(per_table):
        table = tables[name]
        for row in _read_rows(session, table, per_table[name]):  # a deleted row is not read
            key = key_of(table, row)
            if (name, key) not in keys:
                continue
            _note_change(session, changed, recorded, table, key, keys[(name, key)], row)
    gone: dict[str, list[str]] = {}
    for name, key in sorted(deleted):
        if (name, key) not in recorded:
            gone.setdefault(name, []).append(key)
    for name in sorted(set(changed) | set(gone)):
        _write_stamps(session, actor, tables[name], changed.get(name, {}), gone.get(name, []))
    session.flush()


def _note_change(
    session: Session,
    changed: dict[str, dict[str, tuple[dict[str, Any], Base | None, str]]],
    recorded: dict[tuple[str, str], str | None],
    table: Table,
    key: str,
    written: tuple[dict[str, Any], Base | None],
    row: RowMapping,
) -> None:
    """List the row for a stamp unless the entry that names it already holds its state."""
    name = table.name
    digest = row_digest(table, row)
    if (name, key) in recorded:
        if recorded[(name, key)] == digest:
            return
    elif _prior_digest(session, row["audit_seq"], name, key) == digest:
        return
    values, obj = written
    changed.setdefault(name, {})[key] = (values, obj, digest)


def _write_stamps(
    session: Session,
    actor: Any,
    table: Table,
    rows: dict[str, tuple[dict[str, Any], Base | None, str]],
    gone: list[str],
) -> None:
    from commission.services.audit import append_entry, reserve_seq

    items = sorted(rows.items())
    chunks = [items[i : i + BASELINE_CHUNK] for i in range(0, len(items), BASELINE_CHUNK)]
    for index, chunk in enumerate(chunks or [[]]):
        seq, prev_hash = reserve_seq(session)
        changes: dict[str, Any] = {"rows": {key: digest for key, (_, _, digest) in chunk}}
        if index == 0 and gone:
            changes["deleted"] = gone
        append_entry(session, seq, prev_hash, actor, STAMP_ACTION, table.name, None, changes)
        _stamp_rows(session, table, [values for _, (values, _, _) in chunk], seq)
        for _, (_, obj, _) in chunk:
            if obj is not None:
                set_committed_value(obj, "audit_seq", seq)
