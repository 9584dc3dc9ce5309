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
_CREATED_BY: tuple[tuple[str, type[Base]], ...] = (
    ("0011", ControlStep),
    ("0013", RequiredItem),
    ("0013", CommissionName),
)


def downgrade(db: Database, target: str) -> None:
    """As ``migrate.upgrade`` goes up: on SQLite a batch copy drops tables others refer to
    (``agencies`` going back before 0008), so foreign keys are off meanwhile; the pragma only
    works outside a transaction."""
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
