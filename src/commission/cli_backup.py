"""``commission-admin backup`` and ``restore``: the whole database into one file and back.

An SQLite file is copied with SQLite's online backup, so the desktop application may stay open;
a PostgreSQL database goes through ``pg_dump`` / ``pg_restore`` (custom format), which must be
installed. A restore asks first (``--yes`` for scripts), refuses a backup made by a newer
version, and keeps a copy of what it replaces in the backup folder.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from commission import settings as local_settings
from commission.cli_actor import acting
from commission.cli_export import Handler, Say
from commission.db.engine import Database
from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.services import backup


def backup_folder() -> Path:
    """The backup folder of this computer's settings (the same as the desktop application's)."""
    return backup.folder_of(local_settings.load().backup_folder)


def _size(path: Path) -> str:
    size = path.stat().st_size
    return f"{size / 1_048_576:.1f} MB" if size >= 1_048_576 else f"{size // 1024 + 1} KB"


def _backup(db: Database, args: argparse.Namespace, say: Say) -> int:
    started = time.perf_counter()
    target = Path(args.output).expanduser() if args.output else None
    path = backup.make_backup(db, acting(args), folder=backup_folder(), target=target)
    elapsed = time.perf_counter() - started
    say(f"backup of {db.display_url} written to {path} ({_size(path)}, {elapsed:.1f} s)")
    return 0


def _confirmed(question: str) -> bool:
    stdin = sys.stdin
    if stdin is None or not stdin.isatty():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A restore replaces the whole database: run it at a terminal to confirm, or "
                "add --yes. Nothing was changed.",
            )
        )
    print(question, end=" ", flush=True)
    return stdin.readline().strip().lower() in ("yes", "y", "да", "иә")


def _restore(db: Database, args: argparse.Namespace, say: Say) -> int:
    source = Path(args.file).expanduser()
    info = backup.check_restorable(db, source)  # a wrong file is refused before the question
    folder = backup_folder()
    if not args.yes and not _confirmed(
        f"Replace the database {db.display_url} with {source.name} (schema {info.revision})? "
        f"A copy of the current database is kept in {folder}. Type yes to go on:"
    ):
        say("nothing was changed")
        return 1
    started = time.perf_counter()
    result = backup.restore_backup(db, acting(args), source, folder=folder)
    elapsed = time.perf_counter() - started
    say(f"restored {source.name} into {db.display_url} ({elapsed:.1f} s), schema {result.revision}")
    if result.previous is not None:
        say(f"the replaced database was kept as {result.previous}")
    if result.trail_problem is not None:
        print(
            f"warning: the audit trail in {source.name} disagrees with the checkpoints saved "
            f"with it ({result.trail_problem}): the file was changed after it was made. "
            "The data is restored; check it before relying on it.",
            file=sys.stderr,
        )
    return 0


def add_parsers(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    bind: Callable[[Callable[[Database, argparse.Namespace, Say], int]], Handler],
) -> None:
    """``backup`` and ``restore``."""
    made = commands.add_parser(
        "backup",
        help="copy the whole database into one file (SQLite: while in use; "
        "PostgreSQL: needs pg_dump)",
    )
    made.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="where to write it (default: a dated file in the backup folder of the settings)",
    )
    made.set_defaults(handler=bind(_backup))
    restore = commands.add_parser(
        "restore",
        help="replace the database with a backup (a copy of the current one is kept first)",
    )
    restore.add_argument("file", metavar="FILE")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    # Restoring over a file that is gone (a deleted or broken database) is what it is for.
    restore.set_defaults(handler=bind(_restore), create=True)
