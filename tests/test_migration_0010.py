"""Migration 0010 (stored control state) on a database made at the previous head, with data,
on both engines: every decision gets its earliest open due date and undated state as the
domain's rule says, the decisions are re-recorded in the audit trail, and the trail still
verifies row by row."""

from __future__ import annotations

from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from commission.db import migrate
from commission.db.engine import Database
from commission.services import audit, auth, control_state
from commission.services.context import Actor
from commission.services.demo import build_demo
from tests import migration_steps
from tests.test_control_state import TODAY, _stored_matches_the_rule


def _previous() -> str:
    revision = ScriptDirectory.from_config(migrate._config()).get_revision("0010")
    assert revision is not None and isinstance(revision.down_revision, str)
    return revision.down_revision


def test_the_stored_state_is_filled_for_every_decision(db: Database) -> None:
    build_demo(db, Actor.command_line(), seed=2, today=TODAY, clients=10)
    migration_steps.downgrade(db, _previous())
    columns = {c["name"] for c in inspect(db.engine).get_columns("decisions")}
    assert not columns & {"open_due", "undated_state"}

    result = migrate.upgrade(db)

    assert result.before == _previous() and result.after == migrate.head_revision()
    assert result.baseline_rows > 0
    with db.reading() as session:
        assert control_state.stale_decisions(session) == []
    with db.engine.connect() as conn:
        filled = conn.execute(
            text("SELECT count(*) FROM decisions WHERE open_due IS NOT NULL")
        ).scalar_one()
    assert filled > 0
    _stored_matches_the_rule(db, auth.login(db, "secretary", "demo-demo"), TODAY)
    checked = audit.verify(db, deep=True)
    assert checked.ok, checked


def test_downgrade_and_back_on_an_empty_database(db: Database) -> None:
    migration_steps.downgrade(db, _previous())
    migrate.upgrade(db)
    assert migrate.current_revision(db) == migrate.head_revision()
    assert audit.verify(db, deep=True).ok
