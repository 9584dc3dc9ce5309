"""Migration 0012 (police figures, the signed-minutes scan, extracts sent) on a database made
at the previous head, with data, on both engines: the meetings and attachments keep every
value, the new tables start empty, figures and a scan can then be recorded, and the trail
still verifies row by row."""

from __future__ import annotations

from alembic.script import ScriptDirectory
from sqlalchemy import inspect, select, text

from commission.db import migrate
from commission.db.engine import Database
from commission.db.models import AgendaItem
from commission.domain.enums import AgendaItemKind
from commission.domain.police_report import PoliceIndicator
from commission.services import audit, auth, police_report
from commission.services.context import Actor
from commission.services.demo import DEMO_PASSWORD, build_demo
from tests import migration_steps

# The head before this revision; the lead re-chains 0012 onto 0011 at merge: change it there.
PREVIOUS = "0011"
NEW_TABLES = {"police_reports", "police_figures", "extract_dispatches"}


def _rows(db: Database, table: str, columns: str) -> list[tuple[object, ...]]:
    with db.engine.connect() as conn:
        return sorted(tuple(row) for row in conn.execute(text(f"SELECT {columns} FROM {table}")))


def test_meetings_and_attachments_stay_and_the_new_tables_start_empty(db: Database) -> None:
    build_demo(db, Actor.command_line(), seed=2, clients=10)
    migration_steps.downgrade(db, PREVIOUS)
    assert not NEW_TABLES & set(inspect(db.engine).get_table_names())
    meetings_before = _rows(db, "meetings", "id, number, status, minutes_state, version")
    files_before = _rows(db, "attachments", "id, sha256, meeting_id, measure_id")

    result = migrate.upgrade(db)

    assert result.before == PREVIOUS and result.after == migrate.head_revision()
    assert _rows(db, "meetings", "id, number, status, minutes_state, version") == meetings_before
    assert _rows(db, "attachments", "id, sha256, meeting_id, measure_id") == files_before
    assert _rows(db, "police_reports", "id") == []
    secretary = auth.login(db, "secretary", DEMO_PASSWORD)
    with db.reading() as session:
        item_id = session.scalars(
            select(AgendaItem.id)
            .where(AgendaItem.kind == AgendaItemKind.POLICE_REPORT)
            .order_by(AgendaItem.id.desc())
            .limit(1)
        ).one()
    view = police_report.get_report(db, secretary, item_id)
    assert view.id is None  # the figures are the secretary's to record
    checked = audit.verify(db, deep=True)
    assert checked.ok, checked


def test_downgrade_and_back_on_an_empty_database(db: Database) -> None:
    migration_steps.downgrade(db, PREVIOUS)
    migrate.upgrade(db)
    assert migrate.current_revision(db) == migrate.head_revision()
    assert audit.verify(db, deep=True).ok


def test_the_revision_lists_the_indicators_the_program_has() -> None:
    revision = ScriptDirectory.from_config(migrate._config()).get_revision("0012")
    assert revision is not None
    assert tuple(i.value for i in PoliceIndicator) == revision.module._INDICATORS
