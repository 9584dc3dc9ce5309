"""Backups and restore of the whole database: made by hand, made daily, made before upgrades.

A backup is one file named ``<database>-<YYYYMMDD-HHMMSS>-<label>.<sqlite3|dump>`` in the
backup folder (the settings name it; by default ``backups`` in the data folder). The name says
which database it belongs to and when it was made, so the folder can be listed without opening
anything. Both making and restoring a backup are written into the audit trail: a backup is a
copy of every client's personal data.

Beside each backup, ``<backup>.checkpoints.jsonl`` holds the audit checkpoints of its database
(``db.audit_checkpoints``): a restore on a computer whose checkpoint folder has none of this
database (a new disk) puts them back, so that the trail is checked against them again.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import make_url

from commission.db import dump, migrate
from commission.db.audit_checkpoints import backup_checkpoints, checkpoints_in, write_lines
from commission.db.engine import Database, data_dir
from commission.db.models import AuditHead
from commission.domain.enums import AuditAction
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.permissions import Permission
from commission.private_files import private_folder
from commission.services import audit
from commission.services.context import Actor

MANUAL = "manual"
DAILY = "daily"
BEFORE_RESTORE = "before-restore"
AUDIT_ENTITY = "database"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<label>[a-z0-9-]+)\.(sqlite3|dump)$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    database: str  # the stem of the database it copies: «commission», «demo», a server's name
    made_at: datetime  # local time, from the name
    label: str  # manual, daily, before-restore, before-<revision>

    @property
    def checkpoints(self) -> Path:
        """The audit checkpoints the backup carries (absent for one made before they were)."""
        return backup_checkpoints(self.path)

    @property
    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0


@dataclass(frozen=True)
class RestoreResult:
    restored: Path
    revision: str  # the schema the database is at now (upgraded if the backup was older)
    previous: Path | None  # the copy of what the restore replaced
    # What the restored trail showed against the checkpoints the backup carries: None when it
    # agrees (or the backup carries none), else the problem ``audit verify`` names.
    trail_problem: str | None = None


def default_folder() -> Path:
    return data_dir() / "backups"


def folder_of(configured: str | None) -> Path:
    """The backup folder: the one the settings name, else ``backups`` in the data folder."""
    return Path(configured).expanduser() if configured else default_folder()


def database_name(url: str) -> str:
    """The part of a backup's name that says which database it copies."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return Path(parsed.database or "memory").stem
    return parsed.database or "postgresql"


def file_name(url: str, label: str, when: datetime | None = None) -> str:
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"{database_name(url)}-{stamp}-{label}{dump.suffix_for(url)}"


def parse(path: Path) -> BackupFile | None:
    """The backup a file name describes; ``None`` for any other file."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        made = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return BackupFile(path, match["stem"], made, match["label"])


def list_backups(folder: Path, url: str | None = None) -> list[BackupFile]:
    """The backups in ``folder``, newest first; only those of ``url``'s database if given."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    wanted = None if url is None else database_name(url)
    suffix = None if url is None else dump.suffix_for(url)
    found = [parse(p) for p in entries if p.is_file()]
    return sorted(
        (
            b
            for b in found
            if b is not None
            and (wanted is None or b.database == wanted)
            and (suffix is None or b.path.suffix == suffix)
        ),
        key=lambda b: (b.made_at, b.path.name),
        reverse=True,
    )


def last_backup(folder: Path, url: str) -> BackupFile | None:
    backups = list_backups(folder, url)
    return backups[0] if backups else None


def _unique(target: Path) -> Path:
    """Two backups in the same second (a test, a double click) must not overwrite each other."""
    candidate, n = target, 1
    while candidate.exists():
        candidate = target.with_name(f"{target.stem}.{n}{target.suffix}")
        n += 1
    return candidate


def write_backup(db: Database, folder: Path, label: str) -> Path:
    """Copy the database into ``folder`` under a dated name; no permission check, no audit
    entry: for the program's own backups (daily, before an upgrade, before a restore)."""
    private_folder(folder)
    target = _unique(folder / file_name(db.url, label))
    _dump_with_checkpoints(db, target)
    return target


def _dump_with_checkpoints(db: Database, target: Path) -> None:
    """The copy and, beside it, the checkpoints of the trail it holds. They are read before the
    copy is taken: entries are only ever appended, so the copy holds every one they vouch for."""
    lines = db.checkpoints.export_lines()
    dump.dump(db.url, target)
    write_lines(backup_checkpoints(target), lines)


def make_backup(
    db: Database, actor: Actor, *, folder: Path | None = None, target: Path | None = None
) -> Path:
    """A backup made by an administrator: into ``target``, or dated into ``folder``."""
    actor.require(Permission.MANAGE_USERS)
    migrate.check_known(db)
    if target is None:
        destination = folder if folder is not None else default_folder()
        private_folder(destination)
        target = _unique(destination / file_name(db.url, MANUAL))
    else:
        private_folder(target.parent)
    # Recorded first so that the copy carries the record of its own making.
    with db.transaction() as session:
        audit.record(
            session, actor, AuditAction.EXPORT, AUDIT_ENTITY, changes={"backup": target.name}
        )
    _dump_with_checkpoints(db, target)
    return target


def check_restorable(db: Database, source: Path) -> dump.FileInfo:
    """What ``source`` holds, or the reason it cannot replace ``db``; nothing is changed."""
    info = dump.inspect_file(source)
    if info.engine is not dump.engine_of(db.url):
        raise dump.NotABackup(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file {file} is a backup of another kind of database ({engine}); it cannot "
                "replace this one.",
            ),
            file=source.name,
            engine="SQLite" if info.engine is dump.Engine.SQLITE else "PostgreSQL",
        )
    if info.revision is None:
        raise dump.NotABackup(
            QT_TRANSLATE_NOOP(
                "Errors", "The file {file} is not a backup of a Commission database."
            ),
            file=source.name,
        )
    if info.revision not in migrate.known_revisions():
        raise migrate.DatabaseTooNew(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The backup {file} was made by a newer version of Commission (schema "
                "{revision}). Install the newer version to restore it; nothing was changed.",
            ),
            file=source.name,
            revision=info.revision,
        )
    return info


def _keep_current(db: Database, folder: Path) -> Path | None:
    """A copy of the database about to be replaced; a damaged SQLite file is kept as it is."""
    if dump.engine_of(db.url) is dump.Engine.SQLITE:
        live = dump.sqlite_file(db.url)
        if not live.exists() or live.stat().st_size == 0:
            return None
        try:
            return write_backup(db, folder, BEFORE_RESTORE)
        except dump.BackupFailed:
            private_folder(folder)
            target = _unique(folder / file_name(db.url, BEFORE_RESTORE + "-damaged"))
            shutil.copyfile(live, target)
            return target
    return write_backup(db, folder, BEFORE_RESTORE)


def _check_restored_trail(db: Database, source: Path, revision: str | None) -> str | None:
    """The restored chain against the checkpoints written beside the backup when it was made:
    a backup file rewritten since then (a cut or forged trail) is named, not trusted.

    Entries after the last of those lines are no problem: they were committed while the copy
    was being taken. A backup of an older schema is checked after its upgrade by the next
    ``audit verify`` only (the models read today's columns).
    """
    from commission.services.audit_verify import verify_database

    points = checkpoints_in(backup_checkpoints(source))
    if not points or revision != migrate.head_revision():
        return None
    checked = verify_database(db, checkpoints=points)
    if checked.ok:
        return None
    tail = checked.problem == "unvouched" and (checked.first_bad_seq or 0) > points[-1].seq
    return None if tail else checked.problem


def _vouch_for_restored_trail(db: Database) -> None:
    """Tell the checkpoints that the trail went back in time on purpose: without this line the
    next ``audit verify`` would report the restored chain as cut or forged."""
    with db.reading() as session:
        head = session.execute(select(AuditHead.last_seq, AuditHead.last_hash)).one_or_none()
    if head is not None:
        db.checkpoints.append_restore(int(head[0]), str(head[1]))


def restore_backup(db: Database, actor: Actor, source: Path, *, folder: Path) -> RestoreResult:
    """Replace the database with ``source``, keeping a copy of it in ``folder`` first.

    An older backup is brought to this program's schema afterwards. The restore itself is
    recorded in the restored trail, so an inspector sees when the data went back in time.
    """
    actor.require(Permission.MANAGE_USERS)
    info = check_restorable(db, source)
    # A folder that knows nothing of this database (a new computer after a disk died) gets
    # the backup's checkpoints back; one that does keeps its own, which say more.
    known = bool(db.checkpoints.read())
    previous = _keep_current(db, folder)
    db.dispose()  # no pooled connection of ours holds the file or the schema while it changes
    dump.load(source, db.url)
    db.dispose()
    trail_problem = _check_restored_trail(db, source, info.revision)
    if not known:
        db.checkpoints.put_back(backup_checkpoints(source))
    result = migrate.upgrade(db, backup_folder=folder)
    _vouch_for_restored_trail(db)
    # The account that restored may not exist in the copy: its login is kept, not its id.
    with db.transaction() as session:
        audit.record(
            session,
            replace(actor, user_id=None),
            AuditAction.UPDATE,
            AUDIT_ENTITY,
            changes={"restored_from": source.name, "trail_check": trail_problem or "ok"},
        )
    return RestoreResult(source, result.after, previous, trail_problem)
