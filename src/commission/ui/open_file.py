"""Opening an attached file (an agency's scanned reply, a measure's evidence) in the program
the PC opens such files with.

The content is read through the service (permissions, district scope, audit, SHA-256 check)
and copied into the user's data folder, ``opened/``, from where the system opens it; the copy
of a file already there is reused.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from commission.db.engine import data_dir
from commission.domain.messages import UserError
from commission.exports.files import write_bytes_safely
from commission.services import attachments
from commission.ui.context import AppContext


def opened_folder() -> Path:
    return data_dir() / "opened"


def open_attachment(ctx: AppContext, parent: QWidget, attachment_id: int) -> Path | None:
    """Open one attached file; ``None`` when it could not be (the reason was shown)."""
    # Imported on use: the minutes tab brings every document writer, and the screens that
    # offer attachments are built before the window's first paint.
    from commission.ui.meetings.minutes_tab import safe_file_name

    opened = ctx.run(parent, lambda: attachments.open_attachment(ctx.db, ctx.actor, attachment_id))
    if opened is None:
        return None
    stem, dot, suffix = opened.file_name.rpartition(".")
    name = f"{safe_file_name(stem)}.{suffix}" if dot else safe_file_name(opened.file_name)
    path = opened_folder() / str(attachment_id) / name
    if not (path.is_file() and path.stat().st_size == len(opened.content)):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_safely(path, opened.content)
        except (UserError, OSError) as exc:
            ctx.report(parent, exc)
            return None
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path
