"""Stored control state: each decision keeps its earliest open due date and its undated state.

``decisions.open_due`` is the earliest due date of the decision's open control points,
``decisions.shown_due`` the due date the register shows and sorts by (that one, else the
decision's term) and ``decisions.undated_state`` the state it shows when no date says "overdue"
or "due soon" (``domain.control.undated_state``). The services keep them in step with the
control points (``services.control_state``); the registers, the reminders and the dashboard
then read an index instead of grouping every control point. This revision fills them for every
existing decision, so the decisions are re-recorded in the audit trail by a baseline entry
(``REBASELINE``); the backup taken before the upgrade keeps the state before it.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 00:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

REBASELINE = ("decisions",)

# As in the program at this revision (domain.control): kept here, not imported, so that the
# revision means the same whatever the program later becomes.
_STATES = (
    "not_controlled",
    "on_control",
    "due_soon",
    "overdue",
    "in_progress",
    "rework",
    "executed",
    "removed",
    "extended",
    "cancelled",
)
_FILL = """
UPDATE decisions SET
    open_due = (SELECT min(p.due_date) FROM control_points p
                WHERE p.decision_id = decisions.id AND p.state = 'open'),
    undated_state = CASE
        WHEN control_state IN ('executed', 'removed', 'cancelled') THEN control_state
        WHEN control_state = 'not_controlled' THEN 'not_controlled'
        WHEN kind = 'note' AND NOT EXISTS (
            SELECT 1 FROM control_points p
            WHERE p.decision_id = decisions.id AND p.state = 'open') THEN 'not_controlled'
        WHEN control_state = 'overdue' THEN 'on_control'
        ELSE control_state
    END
"""
_SHOWN = "UPDATE decisions SET shown_due = coalesce(open_due, due_date)"


def upgrade() -> None:
    with op.batch_alter_table("decisions") as batch:
        batch.add_column(sa.Column("open_due", sa.Date(), nullable=True))
        batch.add_column(sa.Column("shown_due", sa.Date(), nullable=True))
        batch.add_column(
            sa.Column(
                "undated_state",
                sa.Enum(
                    *_STATES,
                    name="computedstate",
                    native_enum=False,
                    create_constraint=True,
                    length=32,
                ),
                nullable=False,
                server_default="on_control",
            )
        )
        batch.create_index("ix_decisions_open_due", ["open_due"], unique=False)
        batch.create_index("ix_decisions_shown_due", ["shown_due"], unique=False)
        batch.create_index("ix_decisions_undated_state", ["undated_state"], unique=False)
    op.get_bind().execute(sa.text(_FILL))
    op.get_bind().execute(sa.text(_SHOWN))
    # A probation officer's search at a million clients: his district's names in order.
    op.create_index("ix_clients_district_id_search_name", "clients", ["district_id", "search_name"])


def downgrade() -> None:
    op.drop_index("ix_clients_district_id_search_name", "clients")
    with op.batch_alter_table("decisions") as batch:
        batch.drop_index("ix_decisions_undated_state")
        batch.drop_index("ix_decisions_shown_due")
        batch.drop_index("ix_decisions_open_due")
        batch.drop_constraint(op.f("ck_decisions_computedstate"), type_="check")
        batch.drop_column("undated_state")
        batch.drop_column("shown_due")
        batch.drop_column("open_due")
