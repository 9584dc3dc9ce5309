"""Several commissions in one database: who works for which, and letters numbered per commission.

An oblast's server holds the oblast commission and one commission per district and city (the
2025 Law «О профилактике правонарушений», art. 38: a commission at the akimat of each level).
Meetings, the work plan and the composition already carry their commission; this revision adds

* ``user_commissions``: the commissions a secretary, chair, member or administrator works for
  (a user may serve more than one and chooses at log-in). Existing users of those roles are
  linked to the database's commission;
* ``outgoing_letters.commission_id``: each commission keeps its own register, numbered from 1
  every year (the unique key moves from (year, seq) to (commission, year, seq)).

The rows this revision writes or changes are re-recorded in the audit trail by a baseline
entry (``REBASELINE``, read by ``db.migrate``); the backup taken before the upgrade keeps the
state before it.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 21:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# The tables whose rows this revision writes: ``db.migrate`` stamps them with a baseline entry.
REBASELINE = ("user_commissions", "outgoing_letters")

_COMMISSION_ROLES = ("administrator", "secretary", "chair", "member")


def _timestamps() -> list[sa.Column[object]]:
    return [
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(64)),
        sa.Column("audit_seq", sa.Integer()),
    ]


def upgrade() -> None:
    op.create_table(
        "user_commissions",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("commission_id", sa.Integer(), nullable=False),
        *_timestamps(),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_user_commissions_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["commission_id"],
            ["commissions.id"],
            name=op.f("fk_user_commissions_commission_id_commissions"),
        ),
        sa.PrimaryKeyConstraint("user_id", "commission_id", name=op.f("pk_user_commissions")),
    )
    op.create_index(
        op.f("ix_user_commissions_commission_id"), "user_commissions", ["commission_id"]
    )
    bind = op.get_bind()
    first = bind.execute(sa.text("SELECT min(id) FROM commissions")).scalar()
    if first is not None:
        roles = ", ".join(f"'{role}'" for role in _COMMISSION_ROLES)
        bind.execute(
            sa.text(
                "INSERT INTO user_commissions (user_id, commission_id, version, created_at,"
                " updated_at, updated_by) SELECT id, :c, 1, CURRENT_TIMESTAMP,"
                f" CURRENT_TIMESTAMP, 'commission-admin' FROM users WHERE role IN ({roles})"
            ),
            {"c": first},
        )

    with op.batch_alter_table("outgoing_letters") as batch:
        batch.add_column(sa.Column("commission_id", sa.Integer(), nullable=True))
    if first is not None:
        bind.execute(sa.text("UPDATE outgoing_letters SET commission_id = :c"), {"c": first})
    with op.batch_alter_table("outgoing_letters") as batch:
        batch.alter_column("commission_id", existing_type=sa.Integer(), nullable=False)
        batch.create_foreign_key(
            op.f("fk_outgoing_letters_commission_id_commissions"),
            "commissions",
            ["commission_id"],
            ["id"],
        )
        batch.drop_constraint("uq_outgoing_letters_year_seq", type_="unique")
        batch.create_unique_constraint(
            "uq_outgoing_letters_seq_in_year", ["commission_id", "year", "seq"]
        )


def downgrade() -> None:
    with op.batch_alter_table("outgoing_letters") as batch:
        batch.drop_constraint("uq_outgoing_letters_seq_in_year", type_="unique")
        batch.create_unique_constraint("uq_outgoing_letters_year_seq", ["year", "seq"])
        batch.drop_constraint("fk_outgoing_letters_commission_id_commissions", type_="foreignkey")
        batch.drop_column("commission_id")
    op.drop_index(op.f("ix_user_commissions_commission_id"), "user_commissions")
    op.drop_table("user_commissions")
