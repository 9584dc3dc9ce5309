"""Migration 0011 (graded execution, the escalation ladder, removal notes said in the reader's
language) on a database made at the previous head, with data, on both engines: finals accepted
before grades are graded «executed», registered reminders are linked to the decisions they asked
about, the Russian system removal note is cleared while a note the chair typed stays, and the
audit trail still verifies row by row."""

from __future__ import annotations

from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from commission.db import migrate
from commission.db.engine import Database
from commission.services import audit, auth, control
from commission.services.context import Actor
from commission.services.demo import build_demo
from tests import migration_steps
from tests.test_control_state import TODAY

SYSTEM_NOTE = "Снято с контроля как исполненное (протокол № 3 от 12 мая 2026 года, п. 1.2)"
TYPED_NOTE = "Исполнено по существу."


def _previous() -> str:
    revision = ScriptDirectory.from_config(migrate._config()).get_revision("0011")
    assert revision is not None and isinstance(revision.down_revision, str)
    return revision.down_revision


def test_grades_steps_and_notes_are_filled(db: Database) -> None:
    build_demo(db, Actor.command_line(), seed=2, today=TODAY, clients=10)
    migration_steps.downgrade(db, _previous())  # the demo's ladder steps go first, audited
    assert "control_steps" not in inspect(db.engine).get_table_names()
    with db.engine.begin() as conn:
        removed = (
            conn.execute(
                text(
                    "SELECT id FROM decisions WHERE removed_by_decision_id IS NOT NULL ORDER BY id"
                )
            )
            .scalars()
            .all()
        )
        assert removed, "the demo removes decisions from control by a decision"
        conn.execute(
            text("UPDATE decisions SET removal_note = :note WHERE id = :id"),
            {"note": SYSTEM_NOTE, "id": removed[0]},
        )
        typed = (
            conn.execute(
                text("SELECT id FROM decisions WHERE removed_by_decision_id IS NULL ORDER BY id")
            )
            .scalars()
            .first()
        )
        conn.execute(
            text("UPDATE decisions SET removal_note = :note WHERE id = :id"),
            {"note": TYPED_NOTE, "id": typed},
        )
        point, decision = conn.execute(
            text("SELECT id, decision_id FROM control_points ORDER BY id")
        ).first()  # type: ignore[misc]
        letter = conn.execute(text("SELECT id FROM outgoing_letters ORDER BY id")).scalar()
        assert letter is not None
        conn.execute(
            text("UPDATE outgoing_letters SET items_key = :key WHERE id = :id"),
            {"key": str(point), "id": letter},
        )
        accepted_finals = conn.execute(
            text(
                "SELECT count(*) FROM execution_reports "
                "WHERE assessment = 'accepted' AND kind = 'final'"
            )
        ).scalar_one()
    assert accepted_finals > 0

    result = migrate.upgrade(db)

    assert result.before == _previous() and result.after == migrate.head_revision()
    assert result.baseline_rows > 0
    with db.engine.connect() as conn:
        graded = conn.execute(
            text("SELECT count(*) FROM execution_reports WHERE grade = 'executed'")
        ).scalar_one()
        assert graded == accepted_finals
        kinds = set(conn.execute(text("SELECT DISTINCT kind FROM outgoing_letters")).scalars())
        assert kinds == {"reminder"}
        steps = conn.execute(
            text("SELECT decision_id, step FROM control_steps WHERE letter_id = :id"),
            {"id": letter},
        ).all()
        assert [tuple(s) for s in steps] == [(decision, "reminder")]
        notes = dict(
            conn.execute(
                text("SELECT id, removal_note FROM decisions WHERE id IN (:a, :b)"),
                {"a": removed[0], "b": typed},
            ).all()
        )
    assert notes == {removed[0]: None, typed: TYPED_NOTE}
    secretary = auth.login(db, "secretary", "demo-demo")
    card = control.control_card(db, secretary, removed[0], TODAY)
    assert card.removal_note is None and card.removed_by is not None
    checked = audit.verify(db, deep=True)
    assert checked.ok, checked.rows


def test_downgrade_and_back_on_an_empty_database(db: Database) -> None:
    migration_steps.downgrade(db, _previous())
    migrate.upgrade(db)
    assert migrate.current_revision(db) == migrate.head_revision()
    assert audit.verify(db, deep=True).ok
