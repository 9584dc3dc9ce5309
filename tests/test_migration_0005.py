"""Migration 0005 (audit stamps) on a database made at 0004, with data, on both engines.

Rows typed before the upgrade enter the trail through baseline entries, the chain written by
the older program still verifies, and from then on a row edited behind the program is named.
"""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime

from sqlalchemy import text

from commission.db import migrate
from commission.db.audit_chain import GENESIS_HASH, entry_hash
from commission.db.engine import Database
from commission.services import audit
from tests import migration_steps

STAMP = "'2026-01-01 00:00:00'"
COMMON = f"1, {STAMP}, {STAMP}"


def _downgrade(db: Database, target: str) -> None:
    migration_steps.downgrade(db, target)


def _fill_at_0004(db: Database) -> None:
    at = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    changes = '{"name_ru": [null, "Район"]}'
    digest = entry_hash(GENESIS_HASH, 1, at, "admin", "create", "admin_units", "1", changes)
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO admin_units (id, level, name_ru, name_kk, version, created_at,"
                f" updated_at) VALUES (1, 'district', 'Район', 'Аудан', {COMMON})"
            )
        )
        for ident in range(1, 4):
            conn.execute(
                text(
                    "INSERT INTO agencies (id, kind, name_ru, name_kk, is_active, version,"
                    f" created_at, updated_at) VALUES ({ident}, 'police', 'Отдел {ident}',"
                    f" 'Бөлім {ident}', TRUE, {COMMON})"
                )
            )
        conn.execute(
            text(
                "INSERT INTO clients (id, iin, surname, given_name, search_name, birth_date, sex,"
                " district_id, category, consent_given, version, created_at, updated_at) VALUES"
                " (1, '850101300011', 'Фамилия', 'Имя', 'фамилия имя', '1985-01-01', 'male', 1,"
                f" 'conditional', TRUE, {COMMON})"
            )
        )
        # An entry hashed as the program before 0005 hashed it.
        conn.execute(
            text(
                "INSERT INTO audit_entries (seq, at, user_login, action, entity, entity_id,"
                " changes, prev_hash, hash) VALUES (1, :at, 'admin', 'create', 'admin_units',"
                " '1', :c, :p, :h)"
            ),
            {"at": at, "c": changes, "p": GENESIS_HASH, "h": digest},
        )
        conn.execute(text("UPDATE audit_head SET last_seq = 1, last_hash = :h"), {"h": digest})


def test_rows_before_the_upgrade_are_stamped_and_then_watched(db: Database) -> None:
    _downgrade(db, "0004")
    _fill_at_0004(db)

    result = migrate.upgrade(db)
    assert result.before == "0004" and result.after == migrate.head_revision()
    assert result.baseline_rows == 5  # 1 district, 3 agencies, 1 client (no user yet)

    verified = audit.verify(db, deep=True)
    assert verified.ok, verified
    assert verified.checked == 1 + 3  # the old entry and one baseline entry per table
    assert verified.rows_checked == 5
    assert verified.checkpoints == 1  # the upgrade noted the head outside the database
    with db.engine.connect() as conn:
        unstamped = conn.execute(
            text("SELECT count(*) FROM agencies WHERE audit_seq IS NULL")
        ).scalar_one()
    assert unstamped == 0
    if os.name == "posix":
        (path,) = db.checkpoints.files()
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700

    # A second upgrade stamps nothing again: rows added behind the program stay unstamped.
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE clients SET surname = 'Другая' WHERE id = 1"))
    assert migrate.upgrade(db).baseline_rows == 0
    found = audit.verify(db, deep=True)
    assert not found.ok and found.problem == "rows"
    assert [(r.table, r.key, r.problem) for r in found.rows] == [("clients", "1", "edited")]


def test_downgrade_to_0004_and_back(db: Database) -> None:
    _downgrade(db, "0004")
    with db.engine.connect() as conn:
        columns = set(conn.execute(text("SELECT * FROM agencies LIMIT 0")).keys())
    assert "audit_seq" not in columns
    # The triggers went with the revision: the head may be moved as the old program did.
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_head SET last_seq = last_seq + 2"))
        conn.execute(text("UPDATE audit_head SET last_seq = last_seq - 2"))
    migrate.upgrade(db)
    assert audit.verify(db).ok
