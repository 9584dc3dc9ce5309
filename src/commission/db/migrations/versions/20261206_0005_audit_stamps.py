"""An audit trail a database insider cannot rewrite unseen.

* every edited row carries ``audit_seq``, the entry that last created or changed it, and that
  entry holds the row's digest (``audit_entries.row_digest``), so ``audit verify --deep``
  finds a row edited behind the program; rows made before this revision are stamped by one
  baseline entry per table, written by ``db.migrate`` after the schema change;
* audit entries refuse UPDATE and DELETE (and TRUNCATE on PostgreSQL) by trigger, and the
  head row only moves forward one entry at a time; on PostgreSQL the application's role gets
  no such rights at all (``db upgrade --app-role``);
* a finalised revision of the minutes keeps the chain's head as its anchor.

A later migration that rebuilds ``audit_entries`` or ``audit_head`` in SQLite batch mode
drops these triggers and must create them again.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 17:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Frozen here: the tables that had a version column at this revision.
STAMPED_TABLES = (
    "admin_units",
    "agencies",
    "agenda_items",
    "attendance",
    "calendar_days",
    "case_events",
    "cases",
    "clients",
    "commissions",
    "control_points",
    "decisions",
    "discussion_entries",
    "execution_reports",
    "extensions",
    "invited_guests",
    "measures",
    "meetings",
    "members",
    "name_forms",
    "needs",
    "outgoing_letters",
    "phrases",
    "release_notices",
    "settings",
    "users",
    "work_plan_items",
)

_REFUSAL = "the audit trail is append-only"

_SQLITE_TRIGGERS = (
    (
        "audit_entries_no_update",
        "BEFORE UPDATE ON audit_entries BEGIN SELECT RAISE(ABORT, '{msg}'); END",
    ),
    (
        "audit_entries_no_delete",
        "BEFORE DELETE ON audit_entries BEGIN SELECT RAISE(ABORT, '{msg}'); END",
    ),
    ("audit_head_no_delete", "BEFORE DELETE ON audit_head BEGIN SELECT RAISE(ABORT, '{msg}'); END"),
    (
        "audit_head_forward_only",
        "BEFORE UPDATE ON audit_head WHEN NEW.last_seq < OLD.last_seq"
        " OR NEW.last_seq > OLD.last_seq + 1 OR NEW.id <> OLD.id"
        " BEGIN SELECT RAISE(ABORT, '{msg}'); END",
    ),
)

_PG_FUNCTIONS = (
    f"""CREATE OR REPLACE FUNCTION commission_audit_refuse() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION '{_REFUSAL}'; END $$""",
    f"""CREATE OR REPLACE FUNCTION commission_audit_head_forward() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.last_seq < OLD.last_seq OR NEW.last_seq > OLD.last_seq + 1
               OR NEW.id <> OLD.id THEN
                RAISE EXCEPTION '{_REFUSAL}';
            END IF;
            RETURN NEW;
        END $$""",
)

_PG_TRIGGERS = (
    (
        "audit_entries_no_change",
        "audit_entries",
        "BEFORE UPDATE OR DELETE ON audit_entries FOR EACH ROW"
        " EXECUTE FUNCTION commission_audit_refuse()",
    ),
    (
        "audit_entries_no_truncate",
        "audit_entries",
        "BEFORE TRUNCATE ON audit_entries FOR EACH STATEMENT"
        " EXECUTE FUNCTION commission_audit_refuse()",
    ),
    (
        "audit_head_no_delete",
        "audit_head",
        "BEFORE DELETE ON audit_head FOR EACH ROW EXECUTE FUNCTION commission_audit_refuse()",
    ),
    (
        "audit_head_no_truncate",
        "audit_head",
        "BEFORE TRUNCATE ON audit_head FOR EACH STATEMENT"
        " EXECUTE FUNCTION commission_audit_refuse()",
    ),
    (
        "audit_head_forward_only",
        "audit_head",
        "BEFORE UPDATE ON audit_head FOR EACH ROW EXECUTE FUNCTION commission_audit_head_forward()",
    ),
)


def upgrade() -> None:
    for table in STAMPED_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("audit_seq", sa.Integer(), nullable=True))
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("row_digest", sa.String(64), nullable=True))
    with op.batch_alter_table("minutes_revisions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("audit_anchor", sa.String(80), nullable=True))
    create_triggers()


def create_triggers() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for function in _PG_FUNCTIONS:
            op.execute(function)
        for name, _table, body in _PG_TRIGGERS:
            op.execute(f"CREATE TRIGGER {name} {body}")
        return
    for name, body in _SQLITE_TRIGGERS:
        op.execute(f"CREATE TRIGGER {name} {body.format(msg=_REFUSAL)}")


def drop_triggers() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name, table, _body in _PG_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        op.execute("DROP FUNCTION IF EXISTS commission_audit_refuse()")
        op.execute("DROP FUNCTION IF EXISTS commission_audit_head_forward()")
        return
    for name, _body in _SQLITE_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")


def downgrade() -> None:
    drop_triggers()
    with op.batch_alter_table("minutes_revisions", schema=None) as batch_op:
        batch_op.drop_column("audit_anchor")
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.drop_column("row_digest")
    for table in STAMPED_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("audit_seq")
