"""The log-in window before the data layer: it paints at once, the database opens behind it,
and whatever needs the user first (a new database, a newer schema) still reaches him."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from commission import settings as local_settings
from commission.db.engine import Database
from commission.services import backup
from commission.ui import early_login
from commission.ui.login import LoginDialog
from tests.conftest import PASSWORD, make_admin

ROOT = Path(__file__).resolve().parents[2]


def _answer_login(login: str, password: str, seen: list[LoginDialog]) -> None:
    """Types into the log-in window once it is up, as the user would, and presses «Log in»."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LoginDialog):
            QTimer.singleShot(10, look)
            return
        seen.append(dialog)
        dialog.login_edit.setText(login)
        dialog.password_edit.setText(password)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, look)


def test_only_a_database_set_up_before_gets_the_early_log_in(tmp_path: Path) -> None:
    existing = tmp_path / "commission.sqlite3"
    existing.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    assert early_login.possible(f"sqlite:///{existing}", configured=False)
    assert not early_login.possible(f"sqlite:///{tmp_path / 'new.sqlite3'}", configured=True)
    (tmp_path / "empty.sqlite3").touch()
    assert not early_login.possible(f"sqlite:///{tmp_path / 'empty.sqlite3'}", configured=True)
    server = "postgresql+psycopg://u@127.0.0.1:5432/commission"
    assert early_login.possible(server, configured=True)
    assert not early_login.possible(server, configured=False)  # may be new: the wizard asks


def test_log_in_pressed_before_the_database_is_open_waits_for_it(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    make_admin(sqlite_db)
    dialog = LoginDialog(None, "admin", url=sqlite_db.url)
    qtbot.addWidget(dialog)
    assert str(sqlite_db.url).split("///")[-1] in dialog.where.text()
    dialog.password_edit.setText(PASSWORD)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert dialog.actor is None and not ok.isEnabled()
    assert dialog.where.text() == "Opening the database…"
    dialog.set_database(sqlite_db)
    assert dialog.actor is not None and dialog.actor.login == "admin"
    assert dialog.result() == LoginDialog.DialogCode.Accepted


def test_a_server_password_is_not_shown_before_the_database_opens(qtbot: QtBot) -> None:
    dialog = LoginDialog(None, url="postgresql+psycopg://clerk:s3cret@10.0.0.5/commission")
    qtbot.addWidget(dialog)
    assert "s3cret" not in dialog.where.text() and "clerk" not in dialog.where.text()


def test_the_early_log_in_opens_the_database_and_logs_in(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path
) -> None:
    make_admin(sqlite_db)
    seen: list[LoginDialog] = []
    _answer_login("admin", PASSWORD, seen)
    result = early_login.run(sqlite_db.url, demo=False, backup_folder=str(tmp_path / "b"))
    assert len(seen) == 1
    assert not result.cancelled and result.error is None and result.unexpected is None
    assert result.actor is not None and result.actor.login == "admin"
    assert result.db is not None and result.db.url == sqlite_db.url
    result.db.dispose()


def test_a_database_without_accounts_is_handed_to_the_ordinary_start(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path
) -> None:
    """No user yet: the log-in closes by itself and the ordinary start takes over, which
    offers the first-run set-up for such a database."""
    result = early_login.run(sqlite_db.url, demo=False, backup_folder=str(tmp_path / "b"))
    assert not result.cancelled and result.actor is None and result.error is None
    assert result.unexpected is None


def test_a_newer_database_is_refused_before_anyone_logs_in(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from commission.ui.launcher import Launcher

    make_admin(sqlite_db)
    with sqlite_db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'from_the_future'"))
    result = early_login.run(sqlite_db.url, demo=False, backup_folder=str(tmp_path / "b"))
    assert result.actor is None and result.error is not None
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    launcher = Launcher(app, local_settings.LocalSettings(), sqlite_db.url, fixed_url=True)
    shown: list[str] = []
    monkeypatch.setattr(launcher, "fail", lambda text: shown.append(text) or False)
    assert launcher.start(result) is False
    assert len(shown) == 1 and "from_the_future" in shown[0]
    with sqlite_db.engine.connect() as conn:
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert version == "from_the_future"


def test_after_the_early_log_in_the_window_opens_and_the_day_is_copied_behind_it(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path
) -> None:
    """No second log-in; the day's backup is made after the window has painted."""
    from commission.ui.launcher import Launcher
    from commission.ui.main_window import MainWindow
    from tests.ui.test_shell import _setup_commission

    _setup_commission(sqlite_db, make_admin(sqlite_db))
    config = local_settings.LocalSettings(language="en", backup_folder=str(tmp_path / "b"))
    _answer_login("admin", PASSWORD, [])
    result = early_login.run(sqlite_db.url, demo=False, backup_folder=config.backup_folder)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    launcher = Launcher(app, config, sqlite_db.url, fixed_url=True)
    assert launcher.start(result)
    window = launcher.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert window.ctx.actor.login == "admin"
    job = launcher.backup_job
    assert job is not None
    qtbot.waitUntil(lambda: job.finished, timeout=10_000)
    assert job.made is not None
    daily = backup.list_backups(Path(config.backup_folder), sqlite_db.url)
    assert [b.label for b in daily] == [backup.DAILY]
    window.close()


def test_the_log_in_module_does_not_load_the_data_layer() -> None:
    """What paints the log-in imports no SQLAlchemy: that is the point of showing it first."""
    code = (
        "import sys\n"
        "from commission import app, settings, i18n\n"
        "from commission.ui import early_login, login\n"
        "settings.load()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy')[:3])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
