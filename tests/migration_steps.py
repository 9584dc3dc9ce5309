"""Taking a test database's schema back to an earlier revision, as a database of a previous
version of the program would be."""

from __future__ import annotations

from alembic import command

from commission.db import migrate
from commission.db.engine import Database


def downgrade(db: Database, target: str) -> None:
    """As ``migrate.upgrade`` goes up: on SQLite a batch copy drops tables others refer to
    (``agencies`` going back before 0008), so foreign keys are off meanwhile; the pragma only
    works outside a transaction."""
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
