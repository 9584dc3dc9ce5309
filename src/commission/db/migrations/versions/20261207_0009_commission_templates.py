"""Each commission's own Word template, kept in the database.

An oblast's server holds several commissions, each with its akimat's letterhead; a template
named in one computer's settings reached neither the other computers of the office nor the
other commissions. ``commissions`` gets the template's file name and the SHA-256 of its content
in ``attachment_blobs``. No existing row gets a value, so nothing is re-recorded in the audit
trail.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 00:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

REBASELINE: tuple[str, ...] = ()


def upgrade() -> None:
    with op.batch_alter_table("commissions") as batch:
        batch.add_column(sa.Column("template_file_name", sa.String(300), nullable=True))
        batch.add_column(sa.Column("template_sha256", sa.String(64), nullable=True))
        batch.create_foreign_key(
            "fk_commissions_template_sha256_attachment_blobs",
            "attachment_blobs",
            ["template_sha256"],
            ["sha256"],
        )


def downgrade() -> None:
    with op.batch_alter_table("commissions") as batch:
        batch.drop_constraint("fk_commissions_template_sha256_attachment_blobs", type_="foreignkey")
        batch.drop_column("template_sha256")
        batch.drop_column("template_file_name")
