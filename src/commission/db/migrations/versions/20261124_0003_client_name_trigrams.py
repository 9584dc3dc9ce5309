"""A trigram index on the clients' folded names: letters inside a name found without a scan.

SQLite: an FTS5 table ``clients_fts`` (trigram tokenizer, external content: rowid is
``clients.id``, no copy of the text), triggers keeping it current, filled from the existing
clients. PostgreSQL: the ``pg_trgm`` extension and a GIN index on ``search_name``; a server
where the program's user may not create the extension still migrates, without the index (the
search then reads every row, as before).

A later batch migration of ``clients`` on SQLite drops the triggers with the old table and
must create them again (``_SQLITE_TRIGGERS``).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 23:40:00
"""

from __future__ import annotations

import logging
import sqlite3

from alembic import op
from sqlalchemy.exc import DBAPIError

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

# The column is already case-folded by the program, so the tokenizer must not fold anything
# itself: case_sensitive 1 compares the folded letters as they are, and no diacritics are
# removed (ә stays apart from а, і from и, whatever SQLite version).
_SQLITE_TABLE = (
    "CREATE VIRTUAL TABLE clients_fts USING fts5(search_name, content='clients',"
    " content_rowid='id', tokenize='trigram case_sensitive 1')"
)
_SQLITE_TRIGGERS = (
    "CREATE TRIGGER clients_fts_insert AFTER INSERT ON clients BEGIN"
    " INSERT INTO clients_fts (rowid, search_name) VALUES (new.id, new.search_name); END",
    "CREATE TRIGGER clients_fts_delete AFTER DELETE ON clients BEGIN"
    " INSERT INTO clients_fts (clients_fts, rowid, search_name)"
    " VALUES ('delete', old.id, old.search_name); END",
    # Most updates of a client leave the name alone: only a new name re-indexes the row.
    "CREATE TRIGGER clients_fts_update AFTER UPDATE OF id, search_name ON clients"
    " WHEN old.id IS NOT new.id OR old.search_name IS NOT new.search_name BEGIN"
    " INSERT INTO clients_fts (clients_fts, rowid, search_name)"
    " VALUES ('delete', old.id, old.search_name);"
    " INSERT INTO clients_fts (rowid, search_name) VALUES (new.id, new.search_name); END",
)
_SQLITE_TRIGGER_NAMES = ("clients_fts_insert", "clients_fts_delete", "clients_fts_update")
_TRIGRAM_SQLITE = (3, 34, 0)


def _sqlite_has_trigrams() -> bool:
    if sqlite3.sqlite_version_info < _TRIGRAM_SQLITE:
        return False
    probe = sqlite3.connect(":memory:")
    try:
        probe.execute("CREATE VIRTUAL TABLE probe USING fts5(x, tokenize='trigram')")
    except sqlite3.OperationalError:  # built without FTS5
        return False
    finally:
        probe.close()
    return True


def _create_sqlite_triggers() -> None:
    for statement in _SQLITE_TRIGGERS:
        op.execute(statement)


def upgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        if not _sqlite_has_trigrams():
            log.warning(
                "SQLite %s has no FTS5 trigram tokenizer: client search by letters inside "
                "a name will read every row",
                sqlite3.sqlite_version,
            )
            return
        op.execute(_SQLITE_TABLE)
        _create_sqlite_triggers()
        op.execute("INSERT INTO clients_fts (clients_fts) VALUES ('rebuild')")
        return
    # Creating an extension needs a right the program's user may lack; a failure inside the
    # savepoint leaves the migration's transaction usable.
    connection = op.get_bind()
    try:
        with connection.begin_nested():
            connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DBAPIError:
        log.warning(
            "The pg_trgm extension could not be created (ask the database administrator to "
            "run CREATE EXTENSION pg_trgm): client search by letters inside a name will "
            "read every row"
        )
        return
    op.execute(
        "CREATE INDEX IF NOT EXISTS ix_clients_search_name_trgm"
        " ON clients USING gin (search_name gin_trgm_ops)"
    )


def downgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        for name in _SQLITE_TRIGGER_NAMES:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS clients_fts")
        return
    # The extension stays: it may have been there before, and other objects may use it.
    op.execute("DROP INDEX IF EXISTS ix_clients_search_name_trgm")
