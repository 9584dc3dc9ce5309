"""Fifteen ways a database insider rewrites the audit trail or the rows it vouches for.

Every variant is run by someone who can write to the database (the triggers dropped or
switched off) but not to the checkpoint folder; ``audit verify --deep`` must name each one.
On PostgreSQL the same variants are tried again as the application's role, which may not
change or delete audit entries at all: each is then either refused outright or detected.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from commission.db import migrate
from commission.db.audit_chain import GENESIS_HASH, entry_hash
from commission.db.engine import Database
from commission.db.models import AuditEntry
from commission.domain.enums import AgencyKind, Role
from commission.services import agencies, audit, auth, users
from commission.services.context import Actor
from tests.conftest import make_user
from tests.insider import insider_sql

Statements = list[tuple[str, dict[str, object]]]


def _agency(name: str) -> agencies.AgencyData:
    return agencies.AgencyData(kind=AgencyKind.OTHER, name_ru=name, name_kk=name)


@dataclass(frozen=True)
class World:
    agency_id: int  # created, then renamed
    other_agency_id: int


def _work(db: Database, admin: Actor) -> World:
    """A morning of ordinary service calls, each committed with its checkpoint."""
    clerk = make_user(db, admin, "clerk", Role.SECRETARY)
    first = agencies.create_agency(db, clerk, _agency("Отдел занятости"))
    agencies.update_agency(db, clerk, first.id, first.version, _agency("Центр занятости"))
    other = agencies.create_agency(db, clerk, _agency("Отдел образования"))
    with pytest.raises(auth.LoginFailed):
        auth.login(db, "clerk", "not the password")
    assert clerk.user_id is not None
    users.set_password(db, admin, clerk.user_id, "another password")
    agencies.create_agency(db, clerk, _agency("Отдел здравоохранения"))
    return World(first.id, other.id)


def _entries(db: Database) -> list[AuditEntry]:
    with db.reading() as session:
        rows = list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))
        session.expunge_all()
        return rows


def _rehash(entries: list[AuditEntry], start_prev: str) -> list[tuple[int, str, str]]:
    """(seq, prev_hash, hash) of ``entries`` chained anew from ``start_prev``."""
    out = []
    prev = start_prev
    for e in entries:
        digest = entry_hash(
            prev, e.seq, e.at, e.user_login, e.action, e.entity, e.entity_id, e.changes,
            e.row_digest,
        )  # fmt: skip
        out.append((e.seq, prev, digest))
        prev = digest
    return out


def _set_hashes(chain: list[tuple[int, str, str]]) -> Statements:
    # Two passes: the hash column is unique, and new hashes never collide with old ones.
    return [
        ("UPDATE audit_entries SET prev_hash = :p, hash = :h WHERE seq = :s", {"p": p, "h": h,
                                                                               "s": s})
        for s, p, h in chain
    ]  # fmt: skip


def _head(seq: int, digest: str) -> Statements:
    return [("UPDATE audit_head SET last_seq = :s, last_hash = :h", {"s": seq, "h": digest})]


# -- the fifteen variants: each returns the statements the insider runs -----------------------


def truncate_and_fix_head(db: Database, w: World) -> Statements:
    entries = _entries(db)
    keep = entries[-3]
    cut: Statements = [("DELETE FROM audit_entries WHERE seq > :s", {"s": keep.seq})]
    return [*cut, *_head(keep.seq, keep.hash)]


def append_forged_entry(db: Database, w: World) -> Statements:
    last = _entries(db)[-1]
    seq, at = last.seq + 1, last.at + timedelta(seconds=1)
    changes = '{"name_ru": [null, "Подставной отдел"]}'
    digest = entry_hash(last.hash, seq, at, "admin", "create", "agencies", "99", changes)
    return [
        (
            "INSERT INTO audit_entries (seq, at, user_login, action, entity, entity_id, changes,"
            " prev_hash, hash) VALUES (:s, :at, 'admin', 'create', 'agencies', '99', :c, :p, :h)",
            {"s": seq, "at": at, "c": changes, "p": last.hash, "h": digest},
        ),
        *_head(seq, digest),
    ]


def edit_middle_and_recompute(db: Database, w: World) -> Statements:
    entries = _entries(db)
    middle = len(entries) // 2
    entries[middle].user_login = "someone"
    chain = _rehash(entries[middle:], entries[middle - 1].hash)
    return [
        ("UPDATE audit_entries SET user_login = 'someone' WHERE seq = :s",
         {"s": entries[middle].seq}),
        *_set_hashes(chain),
        *_head(chain[-1][0], chain[-1][2]),
    ]  # fmt: skip


def wipe(db: Database, w: World) -> Statements:
    return [("DELETE FROM audit_entries", {}), *_head(0, GENESIS_HASH)]


def edit_business_row(db: Database, w: World) -> Statements:
    return [("UPDATE agencies SET name_ru = 'Чужой отдел' WHERE id = :i", {"i": w.agency_id})]


def delete_middle_entry(db: Database, w: World) -> Statements:
    entries = _entries(db)
    return [("DELETE FROM audit_entries WHERE seq = :s", {"s": entries[len(entries) // 2].seq})]


def reorder_entries(db: Database, w: World) -> Statements:
    a, b = _entries(db)[2:4]
    return [
        ("UPDATE audit_entries SET seq = -1 WHERE seq = :s", {"s": a.seq}),
        ("UPDATE audit_entries SET seq = :a WHERE seq = :b", {"a": a.seq, "b": b.seq}),
        ("UPDATE audit_entries SET seq = :b WHERE seq = -1", {"b": b.seq}),
    ]


def change_actor(db: Database, w: World) -> Statements:
    return [("UPDATE audit_entries SET user_login = 'intruder' WHERE seq = 3", {})]


def change_timestamp(db: Database, w: World) -> Statements:
    at = _entries(db)[2].at - timedelta(days=30)
    return [("UPDATE audit_entries SET at = :at WHERE seq = 3", {"at": at})]


def change_what_changed(db: Database, w: World) -> Statements:
    return [("UPDATE audit_entries SET changes = '{}' WHERE seq = 4", {})]


def delete_head_row(db: Database, w: World) -> Statements:
    return [("DELETE FROM audit_head", {})]


def restamp_edited_row(db: Database, w: World) -> Statements:
    """Edit a row and point its stamp at an entry about another row."""
    with db.reading() as session:
        other = session.execute(
            text("SELECT audit_seq FROM agencies WHERE id = :i"), {"i": w.other_agency_id}
        ).scalar_one()
    return [
        (
            "UPDATE agencies SET name_ru = 'Чужой отдел', audit_seq = :s WHERE id = :i",
            {"s": other, "i": w.agency_id},
        )
    ]


def insert_business_row(db: Database, w: World) -> Statements:
    return [
        (
            "INSERT INTO agencies (kind, name_ru, name_kk, is_active, version, created_at,"
            " updated_at) VALUES ('other', 'Тайный отдел', 'Тайный', TRUE, 1, :t, :t)",
            {"t": _entries(db)[-1].at},
        )
    ]


def delete_business_row(db: Database, w: World) -> Statements:
    return [("DELETE FROM agencies WHERE id = :i", {"i": w.other_agency_id})]


def roll_back_business_row(db: Database, w: World) -> Statements:
    """Put a row back as it was before its last change, stamp and all."""
    created = next(
        e
        for e in _entries(db)
        if e.entity == "agencies" and e.entity_id == str(w.agency_id) and e.action == "create"
    )
    return [
        (
            "UPDATE agencies SET name_ru = 'Отдел занятости', name_kk = 'Отдел занятости',"
            " audit_seq = :s WHERE id = :i",
            {"s": created.seq, "i": w.agency_id},
        )
    ]


VARIANTS: list[Callable[[Database, World], Statements]] = [
    truncate_and_fix_head,
    append_forged_entry,
    edit_middle_and_recompute,
    wipe,
    edit_business_row,
    delete_middle_entry,
    reorder_entries,
    change_actor,
    change_timestamp,
    change_what_changed,
    delete_head_row,
    restamp_edited_row,
    insert_business_row,
    delete_business_row,
    roll_back_business_row,
]


# What verification names for each: the checkpoints catch what the chain alone no longer can.
EXPECTED = {
    "truncate_and_fix_head": "cut",
    "append_forged_entry": "unvouched",
    "edit_middle_and_recompute": "forged",
    "wipe": "wiped",
    "edit_business_row": "edited",
    "delete_middle_entry": "missing",
    "reorder_entries": "chain",
    "change_actor": "altered",
    "change_timestamp": "altered",
    "change_what_changed": "altered",
    "delete_head_row": "truncated",
    "restamp_edited_row": "foreign",
    "insert_business_row": "unstamped",
    "delete_business_row": "deleted",
    "roll_back_business_row": "stale",
}


def _as_insider(db: Database, statements: Statements) -> None:
    with db.engine.begin() as conn:
        if db.is_sqlite:
            for name in (
                "audit_entries_no_update",
                "audit_entries_no_delete",
                "audit_head_no_delete",
                "audit_head_forward_only",
            ):
                conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
        else:
            conn.execute(text("SET LOCAL session_replication_role = replica"))
        for sql, params in statements:
            conn.execute(text(sql), params)  # fmt: skip


def test_the_insider_helper_is_the_one_the_other_tests_use(db: Database) -> None:
    insider_sql(db, "UPDATE audit_head SET last_seq = last_seq")  # runs with the guards off


def test_every_tamper_variant_is_detected(db: Database, admin: Actor) -> None:
    template = db.url
    detected: list[str] = []
    missed: list[str] = []
    world = _work(db, admin)
    assert audit.verify(db, deep=True).ok, audit.verify(db, deep=True)
    snapshot = _snapshot(db)
    for variant in VARIANTS:
        statements = variant(db, world)
        _as_insider(db, statements)
        result = audit.verify(db, deep=True)
        (missed if result.ok else detected).append(variant.__name__)
        found = result.problem if result.problem != "rows" else result.rows[0].problem
        assert found == EXPECTED[variant.__name__], (variant.__name__, result)
        _restore(db, snapshot)
        assert audit.verify(db, deep=True).ok, (variant.__name__, template)
    assert not missed, f"{len(detected)} of {len(VARIANTS)} detected; missed: {missed}"
    assert len(detected) == 15, f"{len(detected)} of 15 detected"


def test_the_triggers_refuse_changing_or_deleting_entries(db: Database, admin: Actor) -> None:
    _work(db, admin)
    for sql in (
        "UPDATE audit_entries SET user_login = 'intruder' WHERE seq = 3",
        "DELETE FROM audit_entries WHERE seq = 3",
        "DELETE FROM audit_head",
        "UPDATE audit_head SET last_seq = last_seq - 1",
    ):
        with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as conn:
            conn.execute(text(sql))
    assert audit.verify(db, deep=True).ok


# -- restoring the database between variants -------------------------------------------------

_TABLES = ("audit_entries", "audit_head", "agencies")


def _snapshot(db: Database) -> dict[str, list[dict[str, object]]]:
    with db.engine.connect() as conn:
        return {
            t: [dict(r) for r in conn.execute(text(f"SELECT * FROM {t}")).mappings()]
            for t in _TABLES
        }


def _restore(db: Database, snapshot: dict[str, list[dict[str, object]]]) -> None:
    statements: Statements = [(f"DELETE FROM {t}", {}) for t in _TABLES]
    for table, rows in snapshot.items():
        for row in rows:
            names = ", ".join(row)
            values = ", ".join(f":{k}" for k in row)
            statements.append((f"INSERT INTO {table} ({names}) VALUES ({values})", row))
    _as_insider(db, statements)


# -- PostgreSQL: the application's role ------------------------------------------------------


@pytest.fixture
def app_role(db: Database) -> Iterator[str]:
    if db.is_sqlite:
        pytest.skip("roles are a PostgreSQL matter")
    role = f"commission_app_{os.getpid()}"
    with db.engine.begin() as conn:
        conn.execute(text(f"DROP ROLE IF EXISTS {role}"))
        conn.execute(text(f"CREATE ROLE {role} LOGIN"))
    yield role
    with db.engine.begin() as conn:
        conn.execute(text(f"DROP OWNED BY {role}"))
        conn.execute(text(f"DROP ROLE {role}"))


def test_as_the_application_role_each_variant_is_refused_or_detected(
    db: Database, admin: Actor, app_role: str
) -> None:
    result = migrate.upgrade(db, app_role=app_role)
    assert result.app_role == app_role
    world = _work(db, admin)
    url = make_url(db.url).set(username=app_role, password=None)
    app = Database(url.render_as_string(hide_password=False))
    # The program works as the role: it adds to the trail and edits rows.
    agencies.create_agency(app, admin, _agency("Отдел культуры"))
    assert audit.verify(app, deep=True).ok
    snapshot = _snapshot(db)
    refused: list[str] = []
    detected: list[str] = []
    missed: list[str] = []
    engine = create_engine(url)
    try:
        for variant in VARIANTS:
            statements = variant(db, world)
            try:
                with engine.begin() as conn:
                    for sql, params in statements:
                        conn.execute(text(sql), params)
            except DBAPIError:
                refused.append(variant.__name__)
                continue
            outcome = audit.verify(app, deep=True)
            (missed if outcome.ok else detected).append(variant.__name__)
            _restore(db, snapshot)
    finally:
        engine.dispose()
        app.dispose()
    caught = len(refused) + len(detected)
    assert not missed, f"{caught} of 15 refused or detected; missed: {missed}"
    assert caught == 15, f"{caught} of 15: refused {refused}, detected {detected}"
    # The grants alone refuse every change to existing audit entries.
    assert {"truncate_and_fix_head", "edit_middle_and_recompute", "wipe", "change_actor",
            "delete_head_row", "reorder_entries"} <= set(refused)  # fmt: skip
