"""Saving an export where the user asked, without ever leaving half a file behind."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path

from commission.domain.messages import QT_TRANSLATE_NOOP, UserError


class ExportTargetUnavailable(UserError):
    """The file cannot be written: open in Word, a missing or read-only folder, a full disk."""


def write_bytes_safely(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then put it in place in one step.

    If the target is open in Word (Windows refuses to replace it), the old file stays as it was
    and the temporary file is removed. Messages name the file only, not the whole path: the
    user knows where they saved it, and paths can hold other people's names.
    """
    name = path.name
    temporary = path.with_name(f".{name}.{secrets.token_hex(4)}.tmp")
    try:
        # os.open with 0o666 lets the umask decide the permissions, as for any new file.
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = os.open(temporary, flags, 0o666)
    except OSError as exc:
        raise _folder_error(name, exc) from exc
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        # Already gone or never created: nothing is left behind either way.
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise _disk_full(name) from exc
        raise ExportTargetUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Cannot save {name}: the file is open in Word or another program."
                " Close the file in Word and try again.",
            ),
            name=name,
        ) from exc


def _folder_error(name: str, exc: OSError) -> ExportTargetUnavailable:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return _disk_full(name)
    return ExportTargetUnavailable(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Cannot save {name}: the folder does not exist or cannot be written to."
            " Choose another folder.",
        ),
        name=name,
    )


def _disk_full(name: str) -> ExportTargetUnavailable:
    return ExportTargetUnavailable(
        QT_TRANSLATE_NOOP("Errors", "Cannot save {name}: the disk is full."), name=name
    )
