"""Someone with write access to the database, working behind the program.

On SQLite such a person can drop the audit triggers; on PostgreSQL the owner (or a superuser)
can switch triggers off for a session. Tests of tamper detection go through here, so that
what they show is what verification catches once the guards are gone.
"""

from __future__ import annotations

from sqlalchemy import text

from commission.db.engine import Database

SQLITE_TRIGGERS = (
    "audit_entries_no_update",
    "audit_entries_no_delete",
    "audit_head_no_delete",
    "audit_head_forward_only",
)


def insider_sql(db: Database, sql: str, **params: object) -> None:
    """Run ``sql`` with the audit triggers out of the way, in one transaction."""
    with db.engine.begin() as conn:
        if db.is_sqlite:
            for name in SQLITE_TRIGGERS:
                conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
        else:
            conn.execute(text("SET LOCAL session_replication_role = replica"))
        conn.execute(text(sql), params)
