"""Vote result kept with the decision; the commission's majority rule and minutes title.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 21:29:42
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("commissions", schema=None) as batch_op:
        # Existing commissions keep DOMAIN.md's default: a majority of the members present.
        batch_op.add_column(
            sa.Column("majority_of_present", sa.Boolean(), nullable=False, server_default=sa.true())
        )
        batch_op.add_column(sa.Column("title_ru", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("title_kk", sa.Text(), nullable=True))

    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("vote_adopted", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("chair_side", sa.String(length=8), nullable=True))
        batch_op.create_check_constraint(
            "chair_side_values", "chair_side IS NULL OR chair_side IN ('for', 'against')"
        )

    # Votes recorded before this revision: adopted when «for» outnumbered «against», or on a
    # tie the chair's casting vote carried (the only case the old rows marked).
    op.execute(
        "UPDATE decisions SET vote_adopted = CASE"
        " WHEN votes_for > COALESCE(votes_against, 0) THEN TRUE"
        " WHEN votes_for = COALESCE(votes_against, 0) AND casting_vote_used THEN TRUE"
        " ELSE FALSE END"
        " WHERE votes_for IS NOT NULL"
    )
    op.execute(
        "UPDATE decisions SET chair_side = 'for'"
        " WHERE casting_vote_used AND votes_for = COALESCE(votes_against, 0)"
    )


def downgrade() -> None:
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.drop_constraint("chair_side_values", type_="check")
        batch_op.drop_column("chair_side")
        batch_op.drop_column("vote_adopted")

    with op.batch_alter_table("commissions", schema=None) as batch_op:
        batch_op.drop_column("title_kk")
        batch_op.drop_column("title_ru")
        batch_op.drop_column("majority_of_present")
