"""Clients transferred between districts: the record of each transfer and the old district's trace.

A probation client who changes residence is handed to the probation service of another district
of the oblast with his cases; ``client_transfers`` keeps where and when he went, why, who sent
him, and the card and the cases' history as the old district held them (which it may still
read). The revision only adds the table: no existing row is written, so nothing is re-recorded
in the audit trail.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 22:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

REBASELINE: tuple[str, ...] = ()


def upgrade() -> None:
    op.create_table(
        "client_transfers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("from_district_id", sa.Integer(), nullable=False),
        sa.Column("to_district_id", sa.Integer(), nullable=False),
        sa.Column("transferred_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("transferred_by", sa.Integer(), nullable=True),
        sa.Column("trace", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=True),
        sa.Column("audit_seq", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "from_district_id <> to_district_id",
            name=op.f("ck_client_transfers_to_another_district"),
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_client_transfers_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["from_district_id"],
            ["admin_units.id"],
            name=op.f("fk_client_transfers_from_district_id_admin_units"),
        ),
        sa.ForeignKeyConstraint(
            ["to_district_id"],
            ["admin_units.id"],
            name=op.f("fk_client_transfers_to_district_id_admin_units"),
        ),
        sa.ForeignKeyConstraint(
            ["transferred_by"],
            ["users.id"],
            name=op.f("fk_client_transfers_transferred_by_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_transfers")),
    )
    for column in ("client_id", "from_district_id", "to_district_id"):
        op.create_index(
            op.f(f"ix_client_transfers_{column}"), "client_transfers", [column], unique=False
        )


def downgrade() -> None:
    for column in ("client_id", "from_district_id", "to_district_id"):
        op.drop_index(op.f(f"ix_client_transfers_{column}"), "client_transfers")
    op.drop_table("client_transfers")
