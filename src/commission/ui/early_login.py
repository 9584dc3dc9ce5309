"""The log-in window first, the data layer meanwhile.

A user waits twice on a cold start: for the log-in window, and after «Log in» for the main
window. Importing SQLAlchemy, the models and the services, opening the database and checking
its schema take several times longer than Python and Qt take to paint a window; done before the
log-in, they would be the first wait. Here they run on a worker thread while the user types,
and the main window's modules are imported after them on the same thread (one importer at a
time: two threads importing the same package meet half-initialised modules).

Only a database set up before gets this start (an SQLite file that exists, or a server named by
the settings, the environment or ``--db``). Whatever the worker finds that needs the user before
a log-in — a database that is new (the first-run wizard), without accounts (the administrator's
account), a demo still to be filled — closes the log-in window and hands over to the ordinary
start (``Launcher.start``), which asks for it.

This module, like ``ui.login``, imports nothing of the data layer at its top.
"""

from __future__ import annotations

import importlib
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog

from commission.db.location import sqlite_file
from commission.domain.messages import UserError
from commission.ui import gc_guard
from commission.ui.login import LoginDialog

if TYPE_CHECKING:
    from commission.db.engine import Database
    from commission.services.context import Actor

# The data layer the log-in and the first screen use.
DATA_MODULES = (
    "sqlalchemy.orm",
    "commission.db.models",
    "commission.db.migrate",
    "commission.services.auth",
    "commission.services.first_run",
    "commission.services.calendar",
    "commission.services.commission_choice",
    "commission.services.composition",
    "commission.services.overview",
    "commission.services.control_registers",
    "commission.services.officer_home",
    "commission.ui.context",
)

# What the main window needs before it can paint, whatever the user's role.
WINDOW_MODULES = (
    "commission.ui.launcher",
    "commission.ui.main_window",
    "commission.ui.dashboard.area",
    "commission.ui.cases.officer_home",
    "commission.ui.reminders",
)

_POLL_MS = 20  # how often the GUI thread looks whether the worker has finished


def possible(url: str, *, configured: bool) -> bool:
    """The database was set up before, so a log-in is what comes next: an SQLite file that
    exists and is not empty, or a server the user named (``configured``)."""
    path = sqlite_file(url)
    if path is None:
        return configured and not url.startswith("sqlite")
    try:
        return path.is_file() and path.stat().st_size > 0
    except OSError:  # an unreachable share: the ordinary start says so, naming it
        return False


@dataclass
class Prepared:
    """What the worker found. ``db`` is open and current when ``ready``; ``error`` is a
    problem to show instead of the log-in; neither: the ordinary start takes over (``db``,
    when set, is open and may be reused)."""

    db: Database | None = None
    ready: bool = False
    error: UserError | None = None
    unexpected: BaseException | None = None


@dataclass
class EarlyLogin:
    """The outcome: ``actor`` logged in on ``db``; or ``cancelled``; or neither, and the
    ordinary start goes on (with ``db`` if one was opened, or ``error`` to show)."""

    actor: Actor | None = None
    db: Database | None = None
    cancelled: bool = False
    language: str = ""
    error: UserError | None = None
    unexpected: BaseException | None = None


def prepare(url: str, *, demo: bool, backup_folder: str) -> Prepared:
    """On the worker thread: the data layer imported, the database opened and brought up to
    date (after a backup into ``backup_folder``, the settings' choice or «» for the default),
    and whether a plain log-in can follow."""
    for name in DATA_MODULES:
        importlib.import_module(name)
    from commission.db import migrate
    from commission.db.engine import Database
    from commission.services import auth, backup, composition, first_run

    if not demo and first_run.probe(url).is_new:
        return Prepared()
    db = Database(url, create=False)
    migrate.upgrade(db, backup_folder=backup.folder_of(backup_folder or None))
    if demo and composition.commission_or_none(db) is None:
        return Prepared(db=db)
    if auth.needs_first_admin(db):
        return Prepared(db=db)
    for name in WINDOW_MODULES:
        importlib.import_module(name)
    return Prepared(db=db, ready=True)


def _prepare_guarded(url: str, demo: bool, backup_folder: str, into: list[Prepared]) -> None:
    try:
        into.append(prepare(url, demo=demo, backup_folder=backup_folder))
    except UserError as exc:
        into.append(Prepared(error=exc))
    except Exception as exc:  # shown on the GUI thread with an incident number
        into.append(Prepared(unexpected=exc))


def run(
    url: str,
    *,
    demo: bool,
    backup_folder: str,
    last_login: str = "",
    remembered: int | None = None,
) -> EarlyLogin:
    """Show the log-in at once and open the database behind it; see the module's notes."""
    found: list[Prepared] = []
    worker = threading.Thread(
        target=_prepare_guarded,
        args=(url, demo, backup_folder, found),
        name="open-database",
        daemon=True,  # a user who cancels does not wait for it
    )
    gc_guard.pause()  # see ui.gc_guard: no collection on the worker thread
    worker.start()
    dialog = LoginDialog(None, last_login, remembered=remembered, url=url)
    handed_over: list[bool] = []

    def look() -> None:
        if worker.is_alive():
            return
        timer.stop()
        prepared = found[0] if found else Prepared(unexpected=RuntimeError("no answer"))
        if prepared.ready and prepared.db is not None:
            dialog.set_database(prepared.db)
        else:
            handed_over.append(True)
            dialog.reject()

    timer = QTimer(dialog)
    timer.setInterval(_POLL_MS)
    timer.timeout.connect(look)
    timer.start()
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    timer.stop()
    if not handed_over and not accepted:
        gc_guard.resume(collect=False)
        return EarlyLogin(cancelled=True)
    worker.join()
    gc_guard.resume(collect=False)
    prepared = found[0] if found else Prepared()
    return EarlyLogin(
        actor=dialog.actor if accepted else None,
        db=prepared.db,
        language=dialog.language(),
        error=prepared.error,
        unexpected=prepared.unexpected,
    )
