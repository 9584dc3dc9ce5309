"""A whole database copied into one file and back, on both engines.

SQLite goes through its online backup API: the copy is consistent even while the desktop
application writes, and restoring writes the pages into the live file under SQLite's own lock.
PostgreSQL goes through ``pg_dump`` in custom format and ``pg_restore`` piped into ``psql`` in
one transaction, so that a restore that fails half-way leaves the database as it was.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from commission.db.engine import SQLITE_BUSY_TIMEOUT_MS
from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.private_files import create_private_file, make_private

SQLITE_MAGIC = b"SQLite format 3\x00"
PG_MAGIC = b"PGDMP"
# Where the PostgreSQL client tools live when an installer did not put them on the PATH.
PG_BIN_GLOBS = ("/usr/lib/postgresql/*/bin", "C:/Program Files/PostgreSQL/*/bin")
PG_TIMEOUT_S = 3600  # a dump of a large commission takes seconds; an hour means a hung server


class Engine(StrEnum):
    SQLITE = "sqlite"
    POSTGRESQL = "postgresql"


class BackupToolMissing(UserError):
    """``pg_dump``, ``pg_restore`` or ``psql`` is not installed where we can find it."""


class BackupFailed(UserError):
    """Copying the database failed; the message says which step."""


class NotABackup(UserError):
    """The file is not a backup of a Commission database, or not of this engine."""


@dataclass(frozen=True)
class FileInfo:
    """What a backup file holds: its engine and the schema revision it was made at."""

    engine: Engine
    revision: str | None


def engine_of(url: str | URL) -> Engine:
    return Engine.SQLITE if make_url(url).get_backend_name() == "sqlite" else Engine.POSTGRESQL


def sqlite_file(url: str | URL) -> Path:
    database = make_url(url).database
    if not database or database == ":memory:":
        raise NotABackup(QT_TRANSLATE_NOOP("Errors", "A database in memory cannot be backed up."))
    return Path(database)


def _file_uri(path: Path, mode: str) -> str:
    return f"{path.resolve().as_uri()}?mode={mode}"


def _read_only(path: Path) -> sqlite3.Connection:
    """An SQLite file opened so that nothing, not even a journal, is written next to it."""
    return sqlite3.connect(_file_uri(path, "ro"), uri=True)


# -- SQLite --------------------------------------------------------------------------------------


def copy_sqlite(source: Path, target: Path) -> None:
    """Copy a live SQLite database into ``target`` (created 0600), consistent as of one moment.

    The copy is written beside the target and renamed at the end, so a copy cut short never
    passes for a backup; it is left in rollback-journal mode so that it is one self-contained
    file.
    """
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    try:
        src = _read_only(source)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
                ok = dst.execute("PRAGMA quick_check").fetchone()
            finally:
                dst.close()
        finally:
            src.close()
        if not ok or ok[0] != "ok":
            raise BackupFailed(
                QT_TRANSLATE_NOOP("Errors", "The copy of the database failed its check: {reason}"),
                reason=str(ok[0] if ok else "?")[:200],
            )
        os.replace(partial, target)
    except sqlite3.Error as exc:
        raise BackupFailed(
            QT_TRANSLATE_NOOP("Errors", "The database could not be copied: {reason}"),
            reason=str(exc)[:200],
        ) from exc
    finally:
        partial.unlink(missing_ok=True)
    make_private(target)


def restore_sqlite(backup: Path, live: Path) -> None:
    """Write the backup's pages into the live file under SQLite's lock, in one step.

    Other connections (the desktop application left open) see the restored data on their next
    transaction; nobody sees half of it. A live file that is no database any more (damaged,
    overwritten, deleted) is replaced as a whole instead.
    """
    try:
        if _is_database(live):
            _write_pages(backup, live)
        else:
            _replace_file(backup, live)
        conn = sqlite3.connect(live)
        try:
            ok = conn.execute("PRAGMA quick_check").fetchone()
        finally:
            conn.close()
    except (sqlite3.Error, OSError) as exc:
        raise BackupFailed(
            QT_TRANSLATE_NOOP(
                "Errors", "The backup could not be written into the database: {reason}"
            ),
            reason=str(exc)[:200],
        ) from exc
    if not ok or ok[0] != "ok":
        raise BackupFailed(
            QT_TRANSLATE_NOOP("Errors", "The restored database failed its check: {reason}"),
            reason=str(ok[0] if ok else "?")[:200],
        )


def _is_database(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            if not stream.read(len(SQLITE_MAGIC)).startswith(SQLITE_MAGIC):
                return False
        conn = _read_only(path)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        return False
    return True


def _write_pages(backup: Path, live: Path) -> None:
    src = _read_only(backup)
    try:
        dst = sqlite3.connect(live, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def _replace_file(backup: Path, live: Path) -> None:
    """Put a copy of the backup where the live file was; its stale journal goes first, or
    SQLite would replay the damaged file's last writes into the restored one."""
    partial = live.with_name(live.name + ".part")
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    try:
        with backup.open("rb") as source, partial.open("r+b") as target:
            shutil.copyfileobj(source, target, 1 << 20)
            target.flush()
            os.fsync(target.fileno())
        for companion in ("-wal", "-shm", "-journal"):
            live.with_name(live.name + companion).unlink(missing_ok=True)
        os.replace(partial, live)
    finally:
        partial.unlink(missing_ok=True)


def _sqlite_revision(path: Path) -> str | None:
    try:
        conn = _read_only(path)
        try:
            query = "SELECT name FROM sqlite_master WHERE type = 'table'"
            tables = {row[0] for row in conn.execute(query)}
            if "alembic_version" not in tables:
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise NotABackup(
            QT_TRANSLATE_NOOP("Errors", "The file {file} cannot be read as a backup: {reason}"),
            file=path.name,
            reason=str(exc)[:200],
        ) from exc
    return None if row is None else str(row[0])


# -- PostgreSQL ----------------------------------------------------------------------------------


def pg_tool(name: str) -> str:
    """The path of a PostgreSQL client program: the PATH first, then where installers put it."""
    found = shutil.which(name)
    if found:
        return found
    candidates: list[Path] = []
    for pattern in PG_BIN_GLOBS:
        root = Path(pattern.split("*")[0])
        if root.is_dir():
            candidates += [p / "bin" for p in root.iterdir() if (p / "bin").is_dir()]

    def version(folder: Path) -> tuple[int, ...]:
        return tuple(int(n) for n in re.findall(r"\d+", folder.parent.name)) or (0,)

    for folder in sorted(candidates, key=version, reverse=True):
        found = shutil.which(name, path=str(folder))
        if found:
            return found
    raise BackupToolMissing(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The PostgreSQL program {tool} was not found. Install the PostgreSQL client tools "
            "(the same version as the server or newer) and add their bin folder to PATH.",
        ),
        tool=name,
    )


def _pg_connection(url: str | URL) -> tuple[list[str], dict[str, str]]:
    """Connection arguments for the client programs; the password goes in the environment,
    never on a command line that every local user can list."""
    parsed = make_url(url)
    args = ["--no-password"]
    if parsed.host:
        args += ["--host", parsed.host]
    if parsed.port:
        args += ["--port", str(parsed.port)]
    if parsed.username:
        args += ["--username", parsed.username]
    env = dict(os.environ)
    env["PGCONNECT_TIMEOUT"] = "5"
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    return args, env


def _failed(step: str, stderr: bytes, url: str | URL) -> BackupFailed:
    text = stderr.decode("utf-8", "replace").strip().splitlines()
    reason = text[-1] if text else "?"
    password = make_url(url).password
    if password:
        reason = reason.replace(str(password), "***")
    return BackupFailed(
        QT_TRANSLATE_NOOP("Errors", "{step} failed: {reason}"), step=step, reason=reason[:300]
    )


def dump_postgresql(url: str | URL, target: Path) -> None:
    """``pg_dump`` in custom format into ``target`` (0600), renamed into place when complete."""
    tool = pg_tool("pg_dump")
    args, env = _pg_connection(url)
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    database = make_url(url).database or ""
    try:
        result = subprocess.run(
            [tool, *args, "--format=custom", "--file", str(partial), "--dbname", database],
            env=env,
            capture_output=True,
            timeout=PG_TIMEOUT_S,
            check=False,
        )
        if result.returncode != 0:
            raise _failed("pg_dump", result.stderr, url)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    make_private(target)


def restore_postgresql(backup: Path, url: str | URL) -> None:
    """Empty the database's schema and load the dump, all in one transaction.

    ``pg_restore --clean`` alone would leave tables the dump does not have (those of a newer
    migration) and could fail half-way; the schema is emptied and refilled by ``psql
    --single-transaction`` instead, which rolls everything back on the first error.
    """
    restore_tool, psql = pg_tool("pg_restore"), pg_tool("psql")
    args, env = _pg_connection(url)
    database = make_url(url).database or ""
    script = subprocess.run(
        [restore_tool, "--no-owner", "--file", "-", str(backup)],
        env=env,
        capture_output=True,
        timeout=PG_TIMEOUT_S,
        check=False,
    )
    if script.returncode != 0:
        raise _failed("pg_restore", script.stderr, url)
    prologue = b"DROP SCHEMA IF EXISTS public CASCADE;\nCREATE SCHEMA public;\n"
    result = subprocess.run(
        [psql, *args, "--no-psqlrc", "--quiet", "--single-transaction",
         "--set", "ON_ERROR_STOP=1", "--dbname", database, "--file", "-"],
        input=prologue + script.stdout,
        env=env,
        capture_output=True,
        timeout=PG_TIMEOUT_S,
        check=False,
    )  # fmt: skip
    if result.returncode != 0:
        raise _failed("psql", result.stderr, url)


def _pg_revision(path: Path) -> str | None:
    tool = pg_tool("pg_restore")
    result = subprocess.run(
        [tool, "--data-only", "--table", "alembic_version", "--file", "-", str(path)],
        capture_output=True,
        timeout=120,
        check=False,
    )
    if result.returncode != 0:
        raise NotABackup(
            QT_TRANSLATE_NOOP("Errors", "The file {file} cannot be read as a backup: {reason}"),
            file=path.name,
            reason=result.stderr.decode("utf-8", "replace").strip()[-200:],
        )
    lines = result.stdout.decode("utf-8", "replace").splitlines()
    for index, line in enumerate(lines):
        if line.startswith("COPY ") and "alembic_version" in line and index + 1 < len(lines):
            value = lines[index + 1].strip()
            return None if value == "\\." else value
    return None


# -- either --------------------------------------------------------------------------------------


def inspect_file(path: Path) -> FileInfo:
    """The engine and schema revision of a backup file, read without changing it."""
    try:
        with path.open("rb") as stream:
            head = stream.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise NotABackup(
            QT_TRANSLATE_NOOP("Errors", "The file {file} cannot be read as a backup: {reason}"),
            file=path.name,
            reason=exc.strerror or type(exc).__name__,
        ) from exc
    if head.startswith(SQLITE_MAGIC):
        return FileInfo(Engine.SQLITE, _sqlite_revision(path))
    if head.startswith(PG_MAGIC):
        return FileInfo(Engine.POSTGRESQL, _pg_revision(path))
    raise NotABackup(
        QT_TRANSLATE_NOOP("Errors", "The file {file} is not a backup of a Commission database."),
        file=path.name,
    )


def dump(url: str | URL, target: Path) -> None:
    """Copy the database at ``url`` into the file ``target``."""
    if engine_of(url) is Engine.SQLITE:
        copy_sqlite(sqlite_file(url), target)
    else:
        dump_postgresql(url, target)


def load(backup: Path, url: str | URL) -> None:
    """Replace the database at ``url`` with the backup's contents."""
    if engine_of(url) is Engine.SQLITE:
        restore_sqlite(backup, sqlite_file(url))
    else:
        restore_postgresql(backup, url)


def suffix_for(url: str | URL) -> str:
    return ".sqlite3" if engine_of(url) is Engine.SQLITE else ".dump"
