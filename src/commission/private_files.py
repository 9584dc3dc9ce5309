"""Files and folders that only their owner may read: the database, backups, settings, the log.

They hold convictions, IINs and addresses, so on POSIX they are created 0600 and their folders
0700 whatever the umask. Windows keeps a user's profile private by its own access lists; the
mode bits mean nothing there and are left alone. Only what we create is narrowed: a folder an
administrator chose (a share for backups) keeps the rights the administrator gave it.
"""

from __future__ import annotations

import contextlib
import os
from io import TextIOWrapper
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def private_folder(path: Path) -> Path:
    """Create ``path`` and any missing folders above it, each readable by the owner only."""
    missing: list[Path] = []
    current = path
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):  # another process made it meanwhile
            folder.mkdir(mode=FOLDER_MODE)
        _narrow(folder, FOLDER_MODE)
    if not path.is_dir():
        path.mkdir(mode=FOLDER_MODE, exist_ok=True)  # raises the reason: a file in the way
    return path


def create_private_file(path: Path) -> None:
    """Create an empty file readable by the owner only; an existing file is left as it is."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE)
    except FileExistsError:
        return
    os.close(fd)
    _narrow(path, FILE_MODE)


def open_private_text(path: Path, append: bool = True, encoding: str = "utf-8") -> TextIOWrapper:
    """A text file opened for writing, created readable by the owner only."""
    flags = os.O_CREAT | os.O_WRONLY | (os.O_APPEND if append else os.O_TRUNC)
    flags |= getattr(os, "O_BINARY", 0)  # Windows: newlines are Python's business, not the C's
    fd = os.open(path, flags, FILE_MODE)
    return open(fd, "a" if append else "w", encoding=encoding)


def make_private(path: Path) -> None:
    """Narrow an existing file we wrote (a copy made by SQLite, a dump) to the owner."""
    _narrow(path, FILE_MODE)


def _narrow(path: Path, mode: int) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):  # a share that keeps its own rights refuses chmod
        os.chmod(path, mode)
