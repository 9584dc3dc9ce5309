"""Required items and the commission's name with history.

* ``required_items``: per commission, the items the law and the regulation require it to hear
  with their period. Every existing commission gets the two the law requires: the police chief's
  quarterly report (МВД order No. 608 of 31.07.2023) and the half-yearly assessment of early
  detection of and support to persons and families in a difficult life situation (art. 72 p. 4
  of Law No. 245-VIII) — the agenda kind ``difficult_situation`` is new for it.
* ``work_plan_items.required_item_id``: the required item a plan question was planned for.
* ``commission_names``: the commission's name and legal basis valid from a date; the first row
  (valid from the start) holds the current values.

The rows written (and the plan's rows, which have a new column) are re-recorded in the audit
trail by a baseline entry (``REBASELINE``); the backup taken before the upgrade keeps the state
before it.

Revision ID: 0013
Revises: 0011
Create Date: 2026-12-07 00:13:00
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

REBASELINE = ("required_items", "commission_names", "work_plan_items")

# As in the program at this revision (domain.enums, services.required_items): kept here, not
# imported.
_KINDS_BEFORE = ("crime_prevention", "social_support", "police_report", "progress_review", "other")
_KINDS = (*_KINDS_BEFORE, "difficult_situation")
_PERIODS = ("quarterly", "half_yearly", "yearly")
_SEEDS = (
    {
        "title_ru": "Отчёт начальника полиции",
        "title_kk": "Полиция бастығының есебі",
        "period": "quarterly",
        "agenda_kind": "police_report",
        "legal_basis_ru": "Приказ Министра внутренних дел Республики Казахстан "
        "от 31 июля 2023 года № 608",
        "legal_basis_kk": "Қазақстан Республикасы Ішкі істер министрінің "
        "2023 жылғы 31 шілдедегі № 608 бұйрығы",
    },
    {
        "title_ru": "Оценка работы по раннему выявлению лиц и семей, находящихся в трудной "
        "жизненной ситуации, и оказанию им поддержки",
        "title_kk": "Қиын өмірлік жағдайдағы адамдар мен отбасыларды ерте анықтау және "
        "оларға қолдау көрсету жөніндегі жұмысты бағалау",
        "period": "half_yearly",
        "agenda_kind": "difficult_situation",
        "legal_basis_ru": "Пункт 4 статьи 72 Закона Республики Казахстан от 30 декабря "
        "2025 года № 245-VIII «О профилактике правонарушений»",
        "legal_basis_kk": "«Құқық бұзушылықтардың профилактикасы туралы» Қазақстан "
        "Республикасының 2025 жылғы 30 желтоқсандағы № 245-VIII Заңының 72-бабының 4-тармағы",
    },
)


def _enum(values: tuple[str, ...], name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def _stamps() -> list[sa.Column[object]]:
    return [
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=True),
        sa.Column("audit_seq", sa.Integer(), nullable=True),
    ]


def _kind_check(values: tuple[str, ...]) -> None:
    listed = ", ".join(f"'{v}'" for v in values)
    with op.batch_alter_table("agenda_items") as batch:
        batch.drop_constraint(op.f("ck_agenda_items_agendaitemkind"), type_="check")
        batch.create_check_constraint(op.f("ck_agenda_items_agendaitemkind"), f"kind IN ({listed})")


def upgrade() -> None:
    _kind_check(_KINDS)
    op.create_table(
        "required_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("commission_id", sa.Integer(), nullable=False),
        sa.Column("title_ru", sa.Text(), nullable=False),
        sa.Column("title_kk", sa.Text(), nullable=False),
        sa.Column("period", _enum(_PERIODS, "requiredperiod"), nullable=False),
        sa.Column("agenda_kind", _enum(_KINDS, "agendaitemkind"), nullable=False),
        sa.Column("legal_basis_ru", sa.Text(), nullable=True),
        sa.Column("legal_basis_kk", sa.Text(), nullable=True),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["commission_id"],
            ["commissions.id"],
            name=op.f("fk_required_items_commission_id_commissions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_required_items")),
    )
    op.create_index(op.f("ix_required_items_commission_id"), "required_items", ["commission_id"])
    op.create_table(
        "commission_names",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("commission_id", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("name_ru", sa.Text(), nullable=False),
        sa.Column("name_kk", sa.Text(), nullable=False),
        sa.Column("short_name_ru", sa.String(200), nullable=True),
        sa.Column("short_name_kk", sa.String(200), nullable=True),
        sa.Column("title_ru", sa.Text(), nullable=True),
        sa.Column("title_kk", sa.Text(), nullable=True),
        sa.Column("act_type", sa.String(100), nullable=True),
        sa.Column("act_number", sa.String(50), nullable=True),
        sa.Column("act_date", sa.Date(), nullable=True),
        sa.Column("act_text_ru", sa.Text(), nullable=True),
        sa.Column("act_text_kk", sa.Text(), nullable=True),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["commission_id"],
            ["commissions.id"],
            name=op.f("fk_commission_names_commission_id_commissions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commission_names")),
        sa.UniqueConstraint(
            "commission_id",
            "valid_from",
            name=op.f("uq_commission_names_commission_id_valid_from"),
        ),
    )
    op.create_index(
        op.f("ix_commission_names_commission_id"), "commission_names", ["commission_id"]
    )
    with op.batch_alter_table("work_plan_items") as batch:
        batch.add_column(sa.Column("required_item_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_work_plan_items_required_item_id_required_items"),
            "required_items",
            ["required_item_id"],
            ["id"],
        )
        batch.create_index(op.f("ix_work_plan_items_required_item_id"), ["required_item_id"])
    _fill(op.get_bind())


def _fill(bind: sa.Connection) -> None:
    now = datetime.now(UTC)
    stamps = {"version": 1, "created_at": now, "updated_at": now, "updated_by": None}
    commissions = bind.execute(
        sa.text(
            "SELECT id, name_ru, name_kk, short_name_ru, short_name_kk, title_ru, title_kk, "
            "act_type, act_number, act_date FROM commissions ORDER BY id"
        )
    ).mappings()
    names, items = [], []
    for commission in commissions:
        names.append({**commission, "commission_id": commission["id"], **stamps})
        items += [{**seed, "commission_id": commission["id"], **stamps} for seed in _SEEDS]
    if names:
        bind.execute(
            sa.text(
                "INSERT INTO commission_names (commission_id, valid_from, name_ru, name_kk, "
                "short_name_ru, short_name_kk, title_ru, title_kk, act_type, act_number, "
                "act_date, version, created_at, updated_at, updated_by) VALUES (:commission_id, "
                "NULL, :name_ru, :name_kk, :short_name_ru, :short_name_kk, :title_ru, :title_kk, "
                ":act_type, :act_number, :act_date, :version, :created_at, :updated_at, "
                ":updated_by)"
            ),
            names,
        )
        bind.execute(
            sa.text(
                "INSERT INTO required_items (commission_id, title_ru, title_kk, period, "
                "agenda_kind, legal_basis_ru, legal_basis_kk, version, created_at, updated_at, "
                "updated_by) VALUES (:commission_id, :title_ru, :title_kk, :period, "
                ":agenda_kind, :legal_basis_ru, :legal_basis_kk, :version, :created_at, "
                ":updated_at, :updated_by)"
            ),
            items,
        )


def downgrade() -> None:
    with op.batch_alter_table("work_plan_items") as batch:
        batch.drop_index(op.f("ix_work_plan_items_required_item_id"))
        batch.drop_constraint(
            op.f("fk_work_plan_items_required_item_id_required_items"), type_="foreignkey"
        )
        batch.drop_column("required_item_id")
    op.drop_index(op.f("ix_commission_names_commission_id"), "commission_names")
    op.drop_table("commission_names")
    op.drop_index(op.f("ix_required_items_commission_id"), "required_items")
    op.drop_table("required_items")
    op.execute("UPDATE agenda_items SET kind = 'other' WHERE kind = 'difficult_situation'")
    _kind_check(_KINDS_BEFORE)
