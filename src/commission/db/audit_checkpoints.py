"""Checkpoints of the audit chain kept outside the database.

After every commit that appended to the trail, the program appends one line to a file of its
own: the first and last sequence numbers it wrote and the hash of the last. Someone who can
write to the database but not to this folder cannot rewrite, cut or wipe the trail without the
chain disagreeing with a checkpoint (``services.audit.verify``).

One file per database (named after its location) and per computer, so that the demo and the
real database never mix, and several computers appending to a shared folder on the server
set-up never write into the same file.

A restore from a backup takes the trail back in time on purpose. It appends a *restore* line:
the head of the restored chain, vouching for every entry up to it. Checkpoints written before
that line describe a database that no longer exists and are not compared any more.

Every backup carries the checkpoints of its database in a file beside it
(``<backup>.checkpoints.jsonl``), so that a computer whose checkpoint folder was lost with its
disk gets them back with the data (``services.backup``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from commission.private_files import make_private

ENV_DIR = "COMMISSION_CHECKPOINT_DIR"
FOLDER_NAME = "audit-checkpoints"
SUFFIX = ".jsonl"
BACKUP_SUFFIX = ".checkpoints" + SUFFIX

log = logging.getLogger(__name__)
_EPOCH = datetime.min.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Checkpoint:
    first_seq: int  # the first entry the committing process wrote
    seq: int  # the head after its commit
    hash: str
    restore: bool = False  # the head a restore brought back: earlier checkpoints are void
    at: datetime | None = None


def database_key(url: str | URL) -> str:
    """A short stable name for one database: its file's full path, or server/port/name."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        where = str(Path(parsed.database or "").resolve())
    else:
        where = f"{parsed.host or ''}:{parsed.port or ''}/{parsed.database or ''}"
    return hashlib.sha256(where.encode("utf-8")).hexdigest()[:16]


def checkpoints_in(path: Path) -> list[Checkpoint]:
    """The lines of one checkpoint file (a backup's), in the order of the chain."""
    points = list(_lines(path)) if path.is_file() else []
    return sorted(points, key=lambda c: (c.seq, c.first_seq))


def backup_checkpoints(backup: Path) -> Path:
    """The file beside a backup that holds the checkpoints of the database it copies."""
    return backup.with_name(backup.name + BACKUP_SUFFIX)


def default_folder() -> Path:
    """``COMMISSION_CHECKPOINT_DIR``, else the folder the administrator chose in the settings
    (on a server set-up, one every computer appends to), else one in the data folder. The
    desktop program and ``commission-admin`` on the same computer thus read the same lines."""
    from commission import settings
    from commission.db.engine import data_dir

    override = os.environ.get(ENV_DIR)
    if override:
        return Path(override)
    configured = settings.checkpoint_folder()
    return Path(configured).expanduser() if configured else data_dir() / FOLDER_NAME


def overridden() -> bool:
    """The environment names the folder: the settings' choice is not used."""
    return bool(os.environ.get(ENV_DIR))


class CheckpointLog:
    """The append-only checkpoint files of one database in one folder."""

    def __init__(self, folder: Path, key: str) -> None:
        self.folder = folder
        self.key = key

    @property
    def own_file(self) -> Path:
        host = "".join(c if c.isalnum() or c in "-_" else "_" for c in socket.gethostname())
        return self.folder / f"{self.key}-{host or 'host'}{SUFFIX}"

    def append(self, first_seq: int, seq: int, digest: str) -> None:
        """One line, appended; the folder is the owner's only (0700), the file too (0600)."""
        self._write({"first": first_seq, "seq": seq, "hash": digest})

    def append_restore(self, seq: int, digest: str) -> None:
        """The restored chain's head: entries 1..seq are vouched for by its hash."""
        self._write({"first": 1, "seq": seq, "hash": digest, "restore": True})

    def _write(self, fields: dict[str, object]) -> None:
        # Microseconds: a restore and the commit before it may fall in the same second.
        fields["at"] = datetime.now(UTC).isoformat(timespec="microseconds")
        self._append([json.dumps(fields, separators=(",", ":"))])

    def _append(self, lines: list[str]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        _append_lines(self.own_file, lines)

    def carried_to(self, folder: Path) -> CheckpointLog:
        """The log in ``folder``, holding every line this one holds: a file of the same name
        there gets the lines it lacks (so that switching back and forth loses none)."""
        moved = CheckpointLog(folder, self.key)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        for path in self.files():
            target = folder / path.name
            if target.resolve() == path.resolve():
                continue
            lines = _raw_lines(path)
            have = set(_raw_lines(target)) if target.exists() else set()
            _append_lines(target, [line for line in lines if line.strip() and line not in have])
        return moved

    def export_lines(self) -> list[str]:
        """The checkpoints that count now (since the last restore), as lines for a backup:
        the restore line that anchors them first, so that read back they anchor again."""
        points = sorted(self.read(), key=lambda c: (not c.restore, c.seq, c.first_seq))
        return [_line_of(point) for point in points]

    def put_back(self, source: Path) -> int:
        """Append the checkpoints a backup carries (``export_lines``), keeping their times;
        returns how many. For a folder with no lines of this database: a new computer."""
        points = list(_lines(source)) if source.is_file() else []
        if points:
            self._append([_line_of(point) for point in points])
        return len(points)

    def files(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        return sorted(self.folder.glob(f"{self.key}-*{SUFFIX}"))

    def read(self) -> list[Checkpoint]:
        """The checkpoints of this database since its last restore, in the order of the chain."""
        per_file = [list(_lines(path)) for path in self.files()]
        restores = [
            (point.at or _EPOCH, index, position)
            for index, points in enumerate(per_file)
            for position, point in enumerate(points)
            if point.restore
        ]
        found: list[Checkpoint] = []
        if restores:
            at, index, position = max(restores)
            for other, points in enumerate(per_file):
                if other == index:
                    found.extend(points[position:])  # one computer's lines are in order
                else:  # other computers' lines by their clocks
                    found.extend(p for p in points if p.at is not None and p.at > at)
        else:
            found = [point for points in per_file for point in points]
        return sorted(found, key=lambda c: (c.seq, c.first_seq))


def _append_lines(path: Path, lines: list[str]) -> None:
    if not lines:
        return
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        # No fsync: a line lost to a power cut only leaves the last entries unvouched until
        # the next commit, and an fsync per commit would slow every save.
        os.write(fd, "".join(line + "\n" for line in lines).encode("ascii"))
    finally:
        os.close(fd)


def _raw_lines(path: Path) -> list[str]:
    return path.read_text(encoding="ascii", errors="replace").splitlines()


def _line_of(point: Checkpoint) -> str:
    fields: dict[str, object] = {"first": point.first_seq, "seq": point.seq, "hash": point.hash}
    if point.restore:
        fields["restore"] = True
    if point.at is not None:
        fields["at"] = point.at.isoformat(timespec="microseconds")
    return json.dumps(fields, separators=(",", ":"))


def write_lines(target: Path, lines: list[str]) -> None:
    """A new file holding ``lines``, readable by its owner only (a backup's checkpoints)."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, "".join(line + "\n" for line in lines).encode("ascii"))
    finally:
        os.close(fd)
    make_private(target)  # a file of that name left by hand keeps its rights through O_CREAT


def _lines(path: Path) -> Iterator[Checkpoint]:
    with path.open(encoding="ascii", errors="replace") as handle:
        for line in handle:
            try:
                data = json.loads(line)
                at = datetime.fromisoformat(data["at"]) if "at" in data else None
                yield Checkpoint(
                    int(data["first"]),
                    int(data["seq"]),
                    str(data["hash"]),
                    bool(data.get("restore", False)),
                    at,
                )
            except (ValueError, KeyError, TypeError):
                # A line cut short by a power cut says nothing; the next commit writes anew.
                log.warning("unreadable audit checkpoint line in %s", path.name)
