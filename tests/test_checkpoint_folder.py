"""The audit checkpoint folder the administrator names: used by the program and the commands
on this computer, moved with its lines, and overridden by the environment."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from commission import settings as local_settings
from commission.db.audit_checkpoints import ENV_DIR
from commission.db.engine import Database
from commission.domain.enums import AgencyKind, Role
from commission.domain.permissions import PermissionDenied
from commission.services import agencies, audit
from commission.services.checkpoint_folder import change_checkpoint_folder
from commission.services.context import Actor
from commission.services.errors import InvalidInput
from commission.ui.launcher import Launcher
from tests.conftest import make_admin, make_user


def _agency(db: Database, admin: Actor, name: str) -> None:
    data = agencies.AgencyData(kind=AgencyKind.OTHER, name_ru=name, name_kk=name)
    agencies.create_agency(db, admin, data)


def test_the_program_writes_checkpoints_where_the_settings_say(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_DIR, raising=False)
    shared = tmp_path / "server" / "checkpoints"
    local_settings.remember_checkpoint_folder(str(shared))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    launcher = Launcher(app, local_settings.load(), url, demo=True)
    assert launcher.open_database()
    db = launcher.db
    assert db is not None
    try:
        assert db.checkpoints.folder == shared
        make_admin(db)
        assert db.checkpoints.own_file.parent == shared and db.checkpoints.own_file.exists()
        assert len(db.checkpoints.read()) == 1  # the first account, created here
        assert audit.verify(db).ok
        # A command on this computer (no --checkpoints) reads the same lines.
        command = Database(url, create=False)
        assert command.checkpoints.folder == shared
        command.dispose()
        # The environment still wins, for a test run or an administrator's script.
        monkeypatch.setenv(ENV_DIR, str(tmp_path / "elsewhere"))
        other = Database(url, create=False)
        assert other.checkpoints.folder == tmp_path / "elsewhere"
        other.dispose()
    finally:
        db.dispose()


def test_changing_the_folder_takes_the_lines_along(sqlite_db: Database, tmp_path: Path) -> None:
    admin = make_admin(sqlite_db)
    _agency(sqlite_db, admin, "До переноса")
    before = sqlite_db.checkpoints.read()
    shared = tmp_path / "shared"

    assert change_checkpoint_folder(sqlite_db, admin, shared) == shared

    assert sqlite_db.checkpoints.folder == shared
    moved = sqlite_db.checkpoints.read()
    assert moved[: len(before)] == before and len(moved) == len(before) + 1  # the move itself
    _agency(sqlite_db, admin, "После переноса")
    assert audit.verify(sqlite_db, deep=True).ok
    last = audit.recent_entries(sqlite_db, admin, limit=2)[1]
    assert last.entity == "settings" and "checkpoint_folder" in last.changes

    secretary = make_user(sqlite_db, admin, "secretary", Role.SECRETARY)
    with pytest.raises(PermissionDenied):
        change_checkpoint_folder(sqlite_db, secretary, tmp_path / "mine")
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    with pytest.raises(InvalidInput):
        change_checkpoint_folder(sqlite_db, admin, blocker / "sub")
    assert sqlite_db.checkpoints.folder == shared
