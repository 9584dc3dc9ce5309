"""Schema upgrades: backup first (both engines), refuse a database made by a newer version.

Alembic (with mako and pygments) costs a noticeable part of a second to import; a database
already at this program's schema — every start but the first after an update — is recognised
with one query against ``HEAD_REVISION``, and Alembic is imported only when there is work for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from commission.db.audit_baseline import UNSTAMPED_REVISIONS, Baseline, write_baseline
from commission.db.engine import Database, DatabaseUnavailable, data_dir
from commission.db.roles import grant_app_role
from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.private_files import private_folder

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest migration's revision, known without reading the scripts (see the module's note).
# tests/test_migrations.py fails when a migration is added and this is not moved to it.
HEAD_REVISION = "0013"


class DatabaseTooNew(UserError):
    """The database was upgraded by a newer version of the program; we must not touch it."""


class NotOurDatabase(UserError):
    """The file or schema holds tables that are not Commission's."""


@dataclass(frozen=True)
class UpgradeResult:
    before: str | None
    after: str
    backup: Path | None
    baseline_rows: int = 0  # rows made before rows were stamped, now in the trail
    app_role: str | None = None  # the role granted the application's rights


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    """The newest revision as the migration scripts say (``HEAD_REVISION`` is its copy)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    """The database's schema revision, ``None`` for a database without one (empty)."""
    try:
        with db.engine.connect() as conn:
            versions = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError as exc:
        if _has_version_table(db):
            raise db.unavailable(exc) from exc
        return None
    if len(versions) > 1:  # branches: never made by this program; Alembic says what is wrong
        return _alembic_revision(db)
    return str(versions[0][0]) if versions else None


def _has_version_table(db: Database) -> bool:
    try:
        with db.engine.connect() as conn:
            return inspect(conn).has_table("alembic_version")
    except (OperationalError, DBAPIError) as exc:
        raise db.unavailable(exc) from exc


def _alembic_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    try:
        with db.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except (OperationalError, DBAPIError) as exc:
        raise db.unavailable(exc) from exc


def check_known(db: Database) -> str | None:
    """The database's revision, or ``DatabaseTooNew`` if this program does not know it."""
    revision = current_revision(db)
    if revision is None:
        with db.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
        if tables - {"alembic_version"}:
            raise NotOurDatabase(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The database {url} contains tables of another program. It was not changed.",
                ),
                url=db.display_url,
            )
        return None
    if revision == HEAD_REVISION:  # known without reading the scripts
        return revision
    if revision not in known_revisions():
        raise DatabaseTooNew(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database {url} was updated by a newer version of Commission (schema "
                "{revision}). Install the newer version; the database was not changed.",
            ),
            url=db.display_url,
            revision=revision,
        )
    return revision


def rebaselined_tables(before: str | None, target: str) -> set[str]:
    """The tables whose rows the revisions after ``before`` up to ``target`` write or change
    (their ``REBASELINE``): the upgrade re-records those rows in the audit trail."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    tables: set[str] = set()
    for rev in script.iterate_revisions(target, before or "base"):
        if rev.revision != before:
            tables.update(getattr(rev.module, "REBASELINE", ()))
    return tables


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}


def backup_before_upgrade(db: Database, label: str, folder: Path | None = None) -> Path | None:
    """A copy of the database before its schema changes, on either engine; ``None`` for an
    empty SQLite file. PostgreSQL needs ``pg_dump``: without it the upgrade is refused with a
    message naming the program, rather than run without a way back."""
    from commission.db import dump  # dump imports the engine module, as this one does

    if db.is_sqlite:
        database = make_url(db.url).database
        if not database or database == ":memory:":
            return None
        source = Path(database)
        if not source.exists() or source.stat().st_size == 0:
            return None
    backups = folder if folder is not None else data_dir() / "backups"
    private_folder(backups)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    stem = Path(make_url(db.url).database or "database").stem
    target = backups / f"{stem}-{stamp}-{label}{dump.suffix_for(db.url)}"
    dump.dump(db.url, target)
    return target


def backup_sqlite(db: Database, label: str) -> Path | None:
    """The copy an upgrade makes, into the default backup folder (kept for its callers)."""
    return backup_before_upgrade(db, label)


def upgrade(
    db: Database,
    target: str = "head",
    *,
    app_role: str | None = None,
    backup_folder: Path | None = None,
) -> UpgradeResult:
    """Bring the schema to this program's head, backing the database up first.

    ``target`` names an earlier revision only for tests of the upgrade path itself.
    ``app_role`` (PostgreSQL) is the role the program connects as: it gets the rights to work
    and none to rewrite the audit trail (``db.roles``).
    """
    before = check_known(db)
    if target == "head" and before == HEAD_REVISION:
        head = before  # the usual start: nothing to do, and no Alembic to import
    else:
        head = head_revision() if target == "head" else target
    backup = None
    baseline: Baseline | None = None
    if before != head:
        from alembic import command

        if before is not None:
            backup = backup_before_upgrade(db, f"before-{head[:8]}", backup_folder)
        cfg = _config()
        try:
            with db.engine.connect() as conn:
                raw = conn.connection.driver_connection
                if db.is_sqlite and raw is not None:
                    # Batch migrations copy and drop tables; with foreign keys enforced the drop
                    # of a referenced table would fail. The pragma only works outside a
                    # transaction, so it goes to the driver connection before BEGIN.
                    raw.execute("PRAGMA foreign_keys = OFF")
                try:
                    with conn.begin():
                        cfg.attributes["connection"] = conn
                        command.upgrade(cfg, target)
                        if before in UNSTAMPED_REVISIONS and target == "head":
                            baseline = write_baseline(conn)
                        elif before is not None and target == "head":
                            # Rows a revision wrote would read as edited behind the program.
                            changed = rebaselined_tables(before, head)
                            if changed:
                                baseline = write_baseline(conn, changed)
                        if db.is_sqlite:
                            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                            if broken:
                                raise RuntimeError(f"migration broke foreign keys: {broken[:5]}")
                finally:
                    if db.is_sqlite and raw is not None:
                        raw.execute("PRAGMA foreign_keys = ON")
        except (OperationalError, DBAPIError) as exc:
            raise db.unavailable(exc) from exc
    if baseline is not None and baseline.last_seq:
        db.checkpoints.append(baseline.first_seq, baseline.last_seq, baseline.last_hash)
    if app_role is not None:
        grant_app_role(db, app_role)
    return UpgradeResult(
        before=before,
        after=head,
        backup=backup,
        baseline_rows=0 if baseline is None else baseline.rows,
        app_role=app_role,
    )


def ensure_current(db: Database) -> None:
    """Raise unless the database is exactly at this program's schema."""
    revision = check_known(db)
    if revision != HEAD_REVISION:
        raise DatabaseUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors", "The database {url} needs an upgrade: run «commission-admin db upgrade»."
            ),
            url=db.display_url,
        )
