"""Migration 0013 (required items, the commission's name with history) on a database made at
the previous head, with data, on both engines: every commission gets the two items the law
requires and the first row of its name's history from its current values; its meetings' minutes
keep their name; the audit trail still verifies row by row."""

from __future__ import annotations

from sqlalchemy import inspect, text

from commission.db import migrate
from commission.db.engine import Database
from commission.services import audit, auth, commission_names, minutes, plan_proposals
from commission.services.context import Actor
from commission.services.demo import build_demo
from tests import migration_steps
from tests.test_control_state import TODAY

# The head this migration follows on main; the lead re-chains it at merge (0012 between).
PREVIOUS = "0012"


def test_required_items_and_first_names_are_filled(db: Database) -> None:
    build_demo(db, Actor.command_line(), seed=2, today=TODAY, clients=10)
    migration_steps.downgrade(db, PREVIOUS)
    assert "required_items" not in inspect(db.engine).get_table_names()
    with db.engine.connect() as conn:
        commissions = conn.execute(text("SELECT id, name_ru, short_name_kk FROM commissions")).all()
        plan_rows = conn.execute(text("SELECT count(*) FROM work_plan_items")).scalar_one()
    assert commissions and plan_rows > 0

    result = migrate.upgrade(db)

    assert result.before == PREVIOUS and result.after == migrate.head_revision()
    assert result.baseline_rows > 0
    with db.engine.connect() as conn:
        items = conn.execute(
            text(
                "SELECT commission_id, period, agenda_kind FROM required_items "
                "ORDER BY commission_id, id"
            )
        ).all()
        names = conn.execute(
            text(
                "SELECT commission_id, valid_from, name_ru, short_name_kk FROM commission_names "
                "ORDER BY commission_id"
            )
        ).all()
        linked = conn.execute(
            text("SELECT count(*) FROM work_plan_items WHERE required_item_id IS NOT NULL")
        ).scalar_one()
    assert [tuple(i) for i in items] == [
        row
        for commission_id, _, _ in sorted(commissions)
        for row in (
            (commission_id, "quarterly", "police_report"),
            (commission_id, "half_yearly", "difficult_situation"),
        )
    ]
    assert [tuple(n) for n in names] == [
        (commission_id, None, name, short) for commission_id, name, short in sorted(commissions)
    ]
    assert linked == 0
    secretary = auth.login(db, "secretary", "demo-demo")
    history = commission_names.name_history(db, secretary)
    assert len(history) == 1
    proposed = plan_proposals.missing_required(db, secretary, TODAY.year)
    assert [p.quarters for p in proposed if p.agenda_kind == "difficult_situation"] == [(2, 4)]
    with db.reading() as session:
        meeting_id = session.execute(text("SELECT min(id) FROM meetings")).scalar_one()
    ctx = minutes.minutes_context(db, secretary, meeting_id)
    assert "профилактике правонарушений" in ctx.commission_name.ru
    checked = audit.verify(db, deep=True)
    assert checked.ok, checked.rows


def test_downgrade_and_back_on_an_empty_database(db: Database) -> None:
    migration_steps.downgrade(db, PREVIOUS)
    migrate.upgrade(db)
    assert migrate.current_revision(db) == migrate.head_revision()
    assert audit.verify(db, deep=True).ok
