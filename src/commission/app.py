"""``commission``: the desktop application — open the database, log in, show the main window."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
from collections.abc import Sequence
from io import TextIOWrapper
from pathlib import Path
from types import TracebackType

from commission import __version__
from commission import settings as local_settings
from commission.db.location import data_dir, demo_url, resolve_url
from commission.private_files import open_private_text, private_folder

log = logging.getLogger("commission")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="commission", description="Commission desktop app")
    parser.add_argument("--db", help="database URL (default: settings, then the local file)")
    parser.add_argument(
        "--demo", action="store_true", help="open the separate demo database, filling it if empty"
    )
    parser.add_argument("--lang", choices=("ru", "kk", "en"), help="interface language")
    parser.add_argument("--version", action="version", version=f"Commission {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation on a temporary demo database and exit (0: all passed)",
    )
    return parser.parse_args(argv)


class PrivateLogFile(logging.handlers.RotatingFileHandler):
    """The rotating log, each new file created readable by its owner only."""

    def _open(self) -> TextIOWrapper:
        return open_private_text(Path(self.baseFilename), encoding=self.encoding or "utf-8")


def setup_logging() -> None:
    """A log file for the administrator; it never receives personal data or messages of errors
    that could carry it — only exception types and where they happened (``failure``).
    Calling it again for the same file adds nothing."""
    directory = data_dir() / "logs"
    path = directory / "commission.log"
    for existing in log.handlers:
        if isinstance(existing, PrivateLogFile) and Path(existing.baseFilename) == path.absolute():
            return
    try:
        private_folder(directory)
        handler: logging.Handler = PrivateLogFile(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.self_test:  # before the log and settings: it must not touch the user's files
        from commission import selftest

        return selftest.main()
    setup_logging()
    from PySide6.QtWidgets import QApplication

    from commission.ui import early_login
    from commission.ui.icon import application_icon

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Commission")
    app.setOrganizationName("Akimat")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(application_icon())
    # On Linux the desktop matches windows to installer/linux/commission.desktop by this name.
    app.setDesktopFileName("commission")
    config = local_settings.load()
    if args.lang:
        config.language = args.lang
    url = demo_url() if args.demo else resolve_url(args.db, config.database_url or None)
    from_environment = bool(os.environ.get("COMMISSION_DATABASE_URL"))
    fixed = bool(args.db or args.demo or from_environment)
    # A database named by the settings or the environment was set up before: if it is missing,
    # that is an unmounted share or a moved file, not a first run («--db» may name a new one).
    configured = not args.db and not args.demo and (from_environment or bool(config.database_url))
    early: early_login.EarlyLogin | None = None
    if early_login.possible(url, configured=configured or fixed):
        # The log-in paints now; the data layer loads and the database opens behind it.
        last = config.last_commission
        early = early_login.run(
            url,
            demo=args.demo,
            backup_folder=config.backup_folder,
            last_login=config.last_login,
            remembered=int(last) if last.isdigit() else None,
        )
        if early.cancelled:
            return 1
    from commission.ui.launcher import Launcher

    launcher = Launcher(app, config, url, demo=args.demo, fixed_url=fixed, configured=configured)

    def excepthook(
        exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        # Shown with an incident number and logged once by ``failure``: never the message,
        # which may quote the SQL parameters of a failed statement.
        del exc_type, tb
        launcher.show_unexpected(exc)

    sys.excepthook = excepthook
    if not launcher.start(early):
        return 1
    return int(app.exec())
