"""The bilingual record: a Kazakh value beside every typed text that reaches a document.

Also the sex of members, guests, substitutes and agency heads (it chooses «сообщил» or
«сообщила» and the case forms of a name), the phrase book, stored name forms that override the
declension library, and the control points a letter asks about (so a reprint keeps its number).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 06:40:00
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_SEX = sa.Enum("male", "female", name="sex", native_enum=False, create_constraint=True, length=32)

# (table, Russian column, Kazakh column, type, the Russian column is NOT NULL)
_PAIRS: tuple[tuple[str, str, str, sa.types.TypeEngine[str], bool], ...] = (
    ("meetings", "place", "place_kk", sa.String(300), False),
    ("meetings", "control_assigned_to", "control_assigned_to_kk", sa.Text(), False),
    ("agenda_items", "title", "title_kk", sa.Text(), True),
    ("agenda_items", "speakers", "speakers_kk", sa.Text(), False),
    ("agenda_items", "heard_speaker", "heard_speaker_kk", sa.String(300), False),
    ("agenda_items", "heard_summary", "heard_summary_kk", sa.Text(), False),
    ("discussion_entries", "speaker", "speaker_kk", sa.String(300), True),
    ("discussion_entries", "summary", "summary_kk", sa.Text(), False),
    ("decisions", "text", "text_kk", sa.Text(), True),
    ("attendance", "absence_reason", "absence_reason_kk", sa.String(300), False),
    ("attendance", "substitute_position", "substitute_position_kk", sa.String(300), False),
    ("invited_guests", "job_title", "job_title_kk", sa.String(300), False),
    ("work_plan_items", "question", "question_kk", sa.Text(), True),
    ("work_plan_items", "speaker", "speaker_kk", sa.String(300), False),
    ("measures", "action", "action_kk", sa.Text(), True),
    ("measures", "outcome", "outcome_kk", sa.Text(), False),
    ("agencies", "head_position", "head_position_kk", sa.String(200), False),
)

_SEX_COLUMNS = (
    ("members", "sex"),
    ("invited_guests", "sex"),
    ("attendance", "substitute_sex"),
    ("agencies", "head_sex"),
)

# Frozen here on purpose: the rule that sorted the old texts must not change with later code.
_KAZAKH_LETTERS = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
_KAZAKH_WORDS = frozenset(
    [
        "және",
        "мен",
        "туралы",
        "бойынша",
        "жөніндегі",
        "үшін",
        "арасында",
        "тарапынан",
        "жұмыс",
        "орындау",
        "мерзімі",
        "ақпарат",
        "бөлімі",
        "басшысы",
        "бастығы",
        "ауданы",
        "облысы",
        "қаласы",
        "ауылы",
        "отырыс",
        "хаттама",
    ]
)
_WORD = re.compile(r"\w+")


def _is_kazakh(text: str) -> bool:
    """A text typed in Kazakh, not a Russian text that holds a Kazakh name.

    A Kazakh surname («Әбенова») puts Kazakh letters into Russian texts, so one such word is
    not enough: Kazakh text has its function words, or Kazakh letters in a good share of words.
    """
    words = _WORD.findall(text.lower())
    if not words:
        return False
    if any(word in _KAZAKH_WORDS for word in words):
        return True
    marked = sum(1 for word in words if _KAZAKH_LETTERS.search(word))
    return marked >= 2 and marked * 3 >= len(words)


def upgrade() -> None:
    tables: dict[str, list[tuple[str, str, sa.types.TypeEngine[str], bool]]] = {}
    for table, ru, kk, type_, required in _PAIRS:
        tables.setdefault(table, []).append((ru, kk, type_, required))
    for table, columns in tables.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for _ru, kk, type_, _required in columns:
                batch_op.add_column(sa.Column(kk, type_, nullable=True))

    for table, column in _SEX_COLUMNS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column(column, _SEX, nullable=True))
    with op.batch_alter_table("outgoing_letters", schema=None) as batch_op:
        batch_op.add_column(sa.Column("items_key", sa.String(500), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_outgoing_letters_items_key"), ["items_key"], unique=False
        )

    op.create_table(
        "phrases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("decision_kind", sa.String(length=32), nullable=True),
        sa.Column("text_ru", sa.Text(), nullable=False),
        sa.Column("text_kk", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phrases")),
        sa.UniqueConstraint("key", name=op.f("uq_phrases_key")),
    )
    op.create_table(
        "name_forms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("nominative", sa.String(length=300), nullable=False),
        sa.Column("grammatical_case", sa.String(length=8), nullable=False),
        sa.Column("form", sa.String(length=300), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_name_forms")),
        sa.UniqueConstraint(
            "nominative", "grammatical_case", name=op.f("uq_name_forms_nominative_grammatical_case")
        ),
    )

    # Every existing text becomes the Russian value, unless it was typed in Kazakh: then it
    # moves to the Kazakh value and the Russian one is left for the secretary to fill.
    bind = op.get_bind()
    for table, ru, kk, _type, required in _PAIRS:
        rows = bind.execute(
            sa.text(f"SELECT id, {ru} FROM {table} WHERE {ru} IS NOT NULL AND {ru} <> ''")
        ).all()
        moved = [{"id": row_id, "text": value} for row_id, value in rows if _is_kazakh(value)]
        if moved:
            empty = "''" if required else "NULL"
            bind.execute(
                sa.text(f"UPDATE {table} SET {kk} = :text, {ru} = {empty} WHERE id = :id"), moved
            )


def downgrade() -> None:
    # The Kazakh values go; a text that had only a Kazakh value keeps it as its one text.
    bind = op.get_bind()
    for table, ru, kk, _type, _required in _PAIRS:
        bind.execute(
            sa.text(
                f"UPDATE {table} SET {ru} = {kk}"
                f" WHERE ({ru} IS NULL OR {ru} = '') AND {kk} IS NOT NULL AND {kk} <> ''"
            )
        )
    op.drop_table("name_forms")
    op.drop_table("phrases")
    with op.batch_alter_table("outgoing_letters", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outgoing_letters_items_key"))
        batch_op.drop_column("items_key")
    for table, column in _SEX_COLUMNS:
        _drop_checked_column(table, column)
    tables: dict[str, list[str]] = {}
    for table, _ru, kk, _type, _required in _PAIRS:
        tables.setdefault(table, []).append(kk)
    for table, columns in tables.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for kk in columns:
                batch_op.drop_column(kk)


def _drop_checked_column(table: str, column: str) -> None:
    """Drop a column with the CHECK of its values: SQLite's table copy would keep the check."""
    checks = sa.inspect(op.get_bind()).get_check_constraints(table)
    with op.batch_alter_table(table, schema=None) as batch_op:
        for check in checks:
            if check["name"] and re.search(rf"\b{column}\b", check["sqltext"]):
                batch_op.drop_constraint(op.f(check["name"]), type_="check")
        batch_op.drop_column(column)
