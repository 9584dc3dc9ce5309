"""The police chief's quarterly figures, the scan of the signed minutes, the extracts sent.

``police_reports`` holds the quarter of a police-report agenda item and its note (ru and kk),
``police_figures`` each indicator with this quarter and the same quarter of last year.
``attachments.minutes_revision_id`` links a meeting's scan of its signed minutes to the
revision the signatures are under; ``meetings.signed_without_scan`` keeps the chair's reason
for recording the signature without it. ``extract_dispatches`` records, per agency, the day an
extract was sent. No existing row gets a value, so nothing is re-recorded in the audit trail.

Revision ID: 0012
Revises: 0010
Create Date: 2026-12-07 03:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

REBASELINE: tuple[str, ...] = ()

# As in the program at this revision (domain.police_report): kept here, not imported, so that
# the revision means the same whatever the program later becomes.
_INDICATORS = (
    "crimes_total",
    "crimes_domestic",
    "crimes_street",
    "crimes_by_minors",
    "crimes_repeat",
    "crimes_by_probation",
    "administrative_offences",
    "preventive_measures",
    "citizens_appeals",
)


def _versioned() -> list[sa.Column[object]]:
    """The columns every edited row carries (``db.base.Versioned``)."""
    return [
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=True),
        sa.Column("audit_seq", sa.Integer(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "police_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("note_kk", sa.Text(), nullable=True),
        *_versioned(),
        sa.CheckConstraint("quarter BETWEEN 1 AND 4", name=op.f("ck_police_reports_quarter_range")),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_items.id"],
            name=op.f("fk_police_reports_agenda_item_id_agenda_items"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_police_reports")),
        sa.UniqueConstraint("agenda_item_id", name=op.f("uq_police_reports_agenda_item_id")),
    )
    op.create_index(op.f("ix_police_reports_year"), "police_reports", ["year"], unique=False)
    op.create_table(
        "police_figures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("police_report_id", sa.Integer(), nullable=False),
        sa.Column(
            "indicator",
            sa.Enum(
                *_INDICATORS,
                name="policeindicator",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("current_value", sa.Integer(), nullable=True),
        sa.Column("last_year_value", sa.Integer(), nullable=True),
        *_versioned(),
        sa.CheckConstraint(
            "current_value IS NULL OR current_value >= 0",
            name=op.f("ck_police_figures_current_positive"),
        ),
        sa.CheckConstraint(
            "last_year_value IS NULL OR last_year_value >= 0",
            name=op.f("ck_police_figures_last_positive"),
        ),
        sa.ForeignKeyConstraint(
            ["police_report_id"],
            ["police_reports.id"],
            name=op.f("fk_police_figures_police_report_id_police_reports"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_police_figures")),
        sa.UniqueConstraint(
            "police_report_id", "indicator", name=op.f("uq_police_figures_indicator")
        ),
    )
    op.create_index(
        op.f("ix_police_figures_police_report_id"),
        "police_figures",
        ["police_report_id"],
        unique=False,
    )
    op.create_table(
        "extract_dispatches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("sent_by", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name=op.f("fk_extract_dispatches_meeting_id_meetings")
        ),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agencies.id"], name=op.f("fk_extract_dispatches_agency_id_agencies")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_extract_dispatches")),
    )
    op.create_index(
        op.f("ix_extract_dispatches_meeting_id"), "extract_dispatches", ["meeting_id"], unique=False
    )
    with op.batch_alter_table("attachments") as batch:
        batch.add_column(sa.Column("minutes_revision_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_attachments_minutes_revision_id_minutes_revisions",
            "minutes_revisions",
            ["minutes_revision_id"],
            ["id"],
        )
        batch.create_index(
            "ix_attachments_minutes_revision_id", ["minutes_revision_id"], unique=False
        )
    with op.batch_alter_table("meetings") as batch:
        batch.add_column(sa.Column("signed_without_scan", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("meetings") as batch:
        batch.drop_column("signed_without_scan")
    with op.batch_alter_table("attachments") as batch:
        batch.drop_index("ix_attachments_minutes_revision_id")
        batch.drop_constraint(
            "fk_attachments_minutes_revision_id_minutes_revisions", type_="foreignkey"
        )
        batch.drop_column("minutes_revision_id")
    op.drop_index(op.f("ix_extract_dispatches_meeting_id"), "extract_dispatches")
    op.drop_table("extract_dispatches")
    op.drop_index(op.f("ix_police_figures_police_report_id"), "police_figures")
    op.drop_table("police_figures")
    op.drop_index(op.f("ix_police_reports_year"), "police_reports")
    op.drop_table("police_reports")
