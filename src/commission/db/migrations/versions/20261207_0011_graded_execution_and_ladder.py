"""Graded execution and the escalation ladder; removal notes said in the reader's language.

* ``execution_reports.grade``: executed, partially executed, formal reply, not executed. A final
  report accepted before grades existed was accepted as executed: it is graded so.
* ``outgoing_letters.kind`` (the ladder's rung: reminder, letter to the head, submission to the
  akim), ``cites_letter_id`` (the earlier letter a letter cites) and ``signed_by``. The letters
  already registered are reminders.
* ``control_steps``: one rung taken for one decision — its letter or its agenda item. The
  reminders already registered get a step for each decision they asked about (read from their
  ``items_key``; a hashed key names no decision and gets none).
* ``decisions.removal_note``: the demo and earlier versions wrote «Снято с контроля как
  исполненное (протокол № …)» in Russian for a removal by a commission decision; the card now
  says it from ``removed_by_decision_id`` in the reader's language, so that note is cleared.
  A note the chair typed stays.

The rows changed or written (and the letters, whose new columns have values) are re-recorded in the audit trail by a baseline entry
(``REBASELINE``); the backup taken before the upgrade keeps the state before it.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 00:11:00
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

REBASELINE = ("execution_reports", "outgoing_letters", "control_steps", "decisions")

# As in the program at this revision (domain.enums): kept here, not imported.
_GRADES = ("executed", "partial", "formal", "not_executed")
_STEPS = ("reminder", "head_letter", "agenda", "akim")
_SYSTEM_NOTE = "Снято с контроля как исполненное (протокол № %"


def _enum(values: tuple[str, ...], name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def upgrade() -> None:
    with op.batch_alter_table("execution_reports") as batch:
        batch.add_column(sa.Column("grade", _enum(_GRADES, "executiongrade"), nullable=True))
    with op.batch_alter_table("outgoing_letters") as batch:
        batch.add_column(
            sa.Column(
                "kind", _enum(_STEPS, "ladderstep"), nullable=False, server_default="reminder"
            )
        )
        batch.add_column(sa.Column("cites_letter_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("signed_by", sa.String(200), nullable=True))
        batch.create_foreign_key(
            op.f("fk_outgoing_letters_cites_letter_id_outgoing_letters"),
            "outgoing_letters",
            ["cites_letter_id"],
            ["id"],
        )
    op.create_table(
        "control_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=False),
        sa.Column("step", _enum(_STEPS, "ladderstep"), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("letter_id", sa.Integer(), nullable=True),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=True),
        sa.Column("audit_seq", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["decision_id"], ["decisions.id"], name=op.f("fk_control_steps_decision_id_decisions")
        ),
        sa.ForeignKeyConstraint(
            ["letter_id"],
            ["outgoing_letters.id"],
            name=op.f("fk_control_steps_letter_id_outgoing_letters"),
        ),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_items.id"],
            name=op.f("fk_control_steps_agenda_item_id_agenda_items"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_control_steps")),
    )
    op.create_index(op.f("ix_control_steps_decision_id"), "control_steps", ["decision_id"])
    op.create_index(op.f("ix_control_steps_letter_id"), "control_steps", ["letter_id"])
    bind = op.get_bind()
    bind.execute(
        sa.text(
            "UPDATE execution_reports SET grade = 'executed' "
            "WHERE assessment = 'accepted' AND kind = 'final'"
        )
    )
    bind.execute(
        sa.text(
            "UPDATE decisions SET removal_note = NULL "
            "WHERE removed_by_decision_id IS NOT NULL AND removal_note LIKE :note"
        ),
        {"note": _SYSTEM_NOTE},
    )
    _link_reminders(bind)


def _link_reminders(bind: sa.Connection) -> None:
    """A step for each decision a registered reminder asked about (by its control points)."""
    letters = bind.execute(
        sa.text(
            "SELECT id, sent_on, items_key, updated_by FROM outgoing_letters "
            "WHERE items_key IS NOT NULL AND items_key NOT LIKE 'sha256:%' ORDER BY id"
        )
    ).all()
    now = datetime.now(UTC)
    rows = []
    for letter_id, sent_on, key, author in letters:
        points = [int(k) for k in key.split(",") if k.isdigit()]
        decisions = {int(k[1:]) for k in key.split(",") if k.startswith("d") and k[1:].isdigit()}
        if points:
            found = bind.execute(
                sa.text(
                    "SELECT DISTINCT decision_id FROM control_points WHERE id IN :ids"
                ).bindparams(sa.bindparam("ids", expanding=True)),
                {"ids": points},
            )
            decisions |= {row[0] for row in found}
        rows += [
            {
                "decision_id": decision_id,
                "step": "reminder",
                "taken_on": sent_on,
                "letter_id": letter_id,
                "version": 1,
                "created_at": now,
                "updated_at": now,
                "updated_by": author,
            }
            for decision_id in sorted(decisions)
        ]
    if rows:
        bind.execute(
            sa.text(
                "INSERT INTO control_steps (decision_id, step, taken_on, letter_id, version, "
                "created_at, updated_at, updated_by) VALUES (:decision_id, :step, :taken_on, "
                ":letter_id, :version, :created_at, :updated_at, :updated_by)"
            ),
            rows,
        )


def downgrade() -> None:
    op.drop_index(op.f("ix_control_steps_letter_id"), "control_steps")
    op.drop_index(op.f("ix_control_steps_decision_id"), "control_steps")
    op.drop_table("control_steps")
    with op.batch_alter_table("outgoing_letters") as batch:
        batch.drop_constraint(
            op.f("fk_outgoing_letters_cites_letter_id_outgoing_letters"), type_="foreignkey"
        )
        batch.drop_constraint(op.f("ck_outgoing_letters_ladderstep"), type_="check")
        batch.drop_column("signed_by")
        batch.drop_column("cites_letter_id")
        batch.drop_column("kind")
    with op.batch_alter_table("execution_reports") as batch:
        batch.drop_constraint(op.f("ck_execution_reports_executiongrade"), type_="check")
        batch.drop_column("grade")
