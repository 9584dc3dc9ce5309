"""Moving the audit checkpoints to the folder the administrator names (a shared one on a
server set-up): the lines written so far go along, and the move itself is in the trail."""

from __future__ import annotations

from pathlib import Path

from commission.db.engine import Database
from commission.domain.enums import AuditAction
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.permissions import Permission
from commission.private_files import private_folder
from commission.services import audit
from commission.services.context import Actor
from commission.services.errors import InvalidInput

AUDIT_ENTITY = "settings"


def change_checkpoint_folder(db: Database, actor: Actor, folder: Path) -> Path:
    """Write this database's checkpoints into ``folder`` from now on; returns it.

    The caller keeps the choice in the local settings (``settings.remember_checkpoint_folder``)
    so that the next start, and ``commission-admin`` on this computer, use it too.
    """
    actor.require(Permission.MANAGE_USERS)
    folder = folder.expanduser()
    try:
        private_folder(folder)
        probe = folder / ".commission-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The folder {folder} cannot be written to. Choose a folder this computer can "
                "create files in; the checkpoints stay where they were.",
            ),
            "checkpoint_folder",
            folder=str(folder),
        ) from exc
    old = db.checkpoints.folder
    # Recorded first, into the old folder, so that the line vouching for it moves too.
    with db.transaction() as session:
        audit.record(
            session,
            actor,
            AuditAction.UPDATE,
            AUDIT_ENTITY,
            changes={"checkpoint_folder": [str(old), str(folder)]},
        )
    db.checkpoints = db.checkpoints.carried_to(folder)
    return folder
