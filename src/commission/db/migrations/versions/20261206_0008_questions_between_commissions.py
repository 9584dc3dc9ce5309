"""Questions between commissions: a district's question sent up to the oblast, and the district
an akimat governs.

``proposed_questions`` holds what a district commission sends up to the oblast commission and
the oblast's answer (on the agenda of a meeting, or declined with a reason). ``agencies`` gets
``admin_unit_id``: an oblast decision addressed to a district's akimat is then followed by that
district's commission too. No existing row gets a value, so nothing is re-recorded in the audit
trail.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 23:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

REBASELINE: tuple[str, ...] = ()


def upgrade() -> None:
    with op.batch_alter_table("agencies") as batch:
        batch.add_column(sa.Column("admin_unit_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_agencies_admin_unit_id_admin_units", "admin_units", ["admin_unit_id"], ["id"]
        )
        batch.create_index("ix_agencies_admin_unit_id", ["admin_unit_id"], unique=False)
    op.create_table(
        "proposed_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("from_commission_id", sa.Integer(), nullable=False),
        sa.Column("to_commission_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("title_kk", sa.Text(), nullable=True),
        sa.Column("justification", sa.Text(), nullable=True),
        sa.Column("source_decision_id", sa.Integer(), nullable=True),
        sa.Column("source_item_id", sa.Integer(), nullable=True),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("sent_by", sa.Integer(), nullable=True),
        sa.Column(
            "state",
            sa.Enum(
                "sent",
                "on_agenda",
                "declined",
                name="questionstate",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("decline_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=True),
        sa.Column("audit_seq", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["from_commission_id"],
            ["commissions.id"],
            name=op.f("fk_proposed_questions_from_commission_id_commissions"),
        ),
        sa.ForeignKeyConstraint(
            ["to_commission_id"],
            ["commissions.id"],
            name=op.f("fk_proposed_questions_to_commission_id_commissions"),
        ),
        sa.ForeignKeyConstraint(
            ["source_decision_id"],
            ["decisions.id"],
            name=op.f("fk_proposed_questions_source_decision_id_decisions"),
        ),
        sa.ForeignKeyConstraint(
            ["source_item_id"],
            ["agenda_items.id"],
            name=op.f("fk_proposed_questions_source_item_id_agenda_items"),
        ),
        sa.ForeignKeyConstraint(
            ["sent_by"], ["users.id"], name=op.f("fk_proposed_questions_sent_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_items.id"],
            name=op.f("fk_proposed_questions_agenda_item_id_agenda_items"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proposed_questions")),
    )
    for column in ("from_commission_id", "to_commission_id"):
        op.create_index(
            op.f(f"ix_proposed_questions_{column}"), "proposed_questions", [column], unique=False
        )


def downgrade() -> None:
    for column in ("from_commission_id", "to_commission_id"):
        op.drop_index(op.f(f"ix_proposed_questions_{column}"), "proposed_questions")
    op.drop_table("proposed_questions")
    with op.batch_alter_table("agencies") as batch:
        batch.drop_index("ix_agencies_admin_unit_id")
        batch.drop_constraint("fk_agencies_admin_unit_id_admin_units", type_="foreignkey")
        batch.drop_column("admin_unit_id")
