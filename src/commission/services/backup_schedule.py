"""The automatic daily backup of an office's SQLite file, and which copies are kept.

The desktop application makes one on the first start of each day. Of these daily copies the
newest of each of the last 7 days are kept, and beyond them the newest of each of the 8 weeks
before: about two months back with 15 files. Copies made by hand, before an upgrade or before a
restore are never deleted here. A shared PostgreSQL server is the akimat's IT's to back up
(``commission-admin backup`` from their scheduler), not each office PC's.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import suppress
from datetime import date, datetime
from pathlib import Path

from commission.db import dump
from commission.db.engine import Database
from commission.services.backup import DAILY, BackupFile, list_backups, write_backup

KEEP_DAYS = 7
KEEP_WEEKS = 8


def to_delete(
    backups: Iterable[BackupFile], keep_days: int = KEEP_DAYS, keep_weeks: int = KEEP_WEEKS
) -> list[BackupFile]:
    """The daily copies that fall outside the 7 days and 8 weeks kept."""
    daily = sorted((b for b in backups if b.label == DAILY), key=lambda b: b.made_at, reverse=True)
    kept: set[Path] = set()
    days: set[date] = set()
    for backup in daily:
        day = backup.made_at.date()
        if day not in days and len(days) < keep_days:
            days.add(day)
            kept.add(backup.path)
    weeks: set[tuple[int, int]] = set()
    for backup in daily:
        if backup.path in kept or backup.made_at.date() in days:
            continue
        week = backup.made_at.isocalendar()[:2]
        if week not in weeks and len(weeks) < keep_weeks:
            weeks.add((week[0], week[1]))
            kept.add(backup.path)
    return [b for b in daily if b.path not in kept]


def prune(folder: Path, url: str) -> list[Path]:
    """Delete the daily copies of ``url``'s database no longer kept; returns what went."""
    gone = []
    for backup in to_delete(list_backups(folder, url)):
        try:
            backup.path.unlink()
        except OSError:
            continue  # open in another program on Windows: tomorrow's prune takes it
        with suppress(OSError):  # a few lines of JSON left behind harm nobody
            backup.checkpoints.unlink(missing_ok=True)
        gone.append(backup.path)
    return gone


def daily_backup(db: Database, folder: Path, now: datetime | None = None) -> Path | None:
    """Today's copy of an SQLite database, if none was made yet today; ``None`` otherwise and
    for PostgreSQL. Older copies beyond the kept ones are deleted afterwards."""
    if dump.engine_of(db.url) is not dump.Engine.SQLITE:
        return None
    today = (now or datetime.now()).date()
    if any(b.label == DAILY and b.made_at.date() == today for b in list_backups(folder, db.url)):
        return None
    live = dump.sqlite_file(db.url)
    if not live.exists() or live.stat().st_size == 0:
        return None
    made = write_backup(db, folder, DAILY)
    prune(folder, db.url)
    return made
