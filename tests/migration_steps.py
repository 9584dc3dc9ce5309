"""Taking a test database's schema back to an earlier revision, as a database of a previous
version of the program would be."""

from __future__ import annotations

from alembic import command
from sqlalchemy import select

from commission.db import migrate
from commission.db.base import Base
from commission.db.engine import Database
from commission.db.models import CommissionName, ControlStep, RequiredItem
from commission.services import audit
from commission.services.context import Actor

# Tables a revision creates, whose rows a database of an earlier version cannot have had: they
# are deleted (audited) before going below it, so that the audit trail still verifies.
# Newest first: a later table's rows may refer to an earlier one's.
_CREATED_BY: tuple[tuple[str, type[Base]], ...] = (
    ("0013", CommissionName),
    ("0013", RequiredItem),
    ("0011", ControlStep),
)


def _forget_rows_made_since(db: Database, target: str) -> None:
    """Rows of tables a revision after ``target`` makes (the demo fills them) are deleted
    through the audit trail first: a database of that older version never had them, and its
    trail must still verify row by row once it is upgraded again."""
    current = migrate.current_revision(db) or ""
    if not current >= "0012" > target:
        return
    from sqlalchemy import select

    from commission.db.models import ExtractDispatch, PoliceReport
    from commission.services import audit, police_report
    from commission.services.context import Actor

    actor = Actor.command_line()
    with db.transaction() as session:
        for item_id in session.scalars(select(PoliceReport.agenda_item_id)).all():
            police_report.remove_for_item(session, actor, item_id)
        for dispatch in session.scalars(select(ExtractDispatch)).all():
            audit.record_delete(session, actor, dispatch)


def downgrade(db: Database, target: str) -> None:
    """As ``migrate.upgrade`` goes up: on SQLite a batch copy drops tables others refer to
    (``agencies`` going back before 0008), so foreign keys are off meanwhile; the pragma only
    works outside a transaction."""
    _forget_rows_made_since(db, target)
    for revision, model in _CREATED_BY:
        if target < revision:
            with db.transaction() as session:
                for row in session.scalars(select(model)).all():
                    audit.record_delete(session, Actor.command_line(), row)
                    session.delete(row)
    config = migrate._config()
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        if db.is_sqlite and raw is not None:
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.downgrade(config, target)
        finally:
            if db.is_sqlite and raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")
