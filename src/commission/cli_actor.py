"""Who a ``commission-admin`` command acts as: a user who logged in with ``--user``.

A database with user accounts is worked on only in a user's name, with that user's role, so the
audit trail says who did what from the command line as it does for the desktop application.
Without ``--user`` a command is refused there, with three exceptions that need no name because
they are the owner's own housekeeping and their owner holds the data anyway:

* ``db upgrade``, ``db current``, ``backup`` and ``restore`` run by the owner of the database:
  for SQLite the owner of the file (POSIX: the file's uid is the caller's; Windows, which has no
  such owner, the caller may write the file); for PostgreSQL the role of the address connects as
  the database's owner or a superuser (the role the installer upgrades with, not the program's
  role made by ``db upgrade --app-role``);
* any command on a database without users yet (a new database, the demo, the first ``user add``);
  ``restore`` over a missing file is one.

The password of ``--user`` comes from ``COMMISSION_PASSWORD`` (scheduled tasks) or is asked at the
terminal; it is never read from standard input, which ``user add`` and ``restore`` use.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from commission.db import migrate
from commission.db.engine import Database
from commission.db.models import User
from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.domain.permissions import Permission
from commission.services import auth
from commission.services.context import Actor
from commission.services.errors import InvalidInput

ENV_PASSWORD = "COMMISSION_PASSWORD"

# (command, subcommand) pairs the owner of the database may run without --user.
_OWNER_COMMANDS = frozenset(
    {("db", "upgrade"), ("db", "current"), ("backup", None), ("restore", None)}
)


def acting(args: argparse.Namespace) -> Actor:
    """The actor ``resolve`` settled on for this command (the caller's account if none was)."""
    actor = getattr(args, "actor", None)
    return actor if isinstance(actor, Actor) else Actor.command_line()


def _owner_command(args: argparse.Namespace) -> bool:
    return (args.command, getattr(args, "db_command", None)) in _OWNER_COMMANDS


def is_owner(db: Database) -> bool:
    """Whether the caller owns the database (see the module's docstring)."""
    if db.is_sqlite:
        name = make_url(db.url).database
        if not name or name == ":memory:":
            return True
        path = Path(name)
        if not path.exists():
            return True  # nothing to protect: a restore or an upgrade --create makes it
        getuid = getattr(os, "getuid", None)
        if getuid is None:  # Windows: no owner uid to compare
            return os.access(path, os.W_OK)
        return bool(path.stat().st_uid == getuid())
    with db.reading() as session:
        return bool(
            session.scalar(
                text(
                    "SELECT r.rolsuper OR d.datdba = r.oid FROM pg_roles r, pg_database d "
                    "WHERE r.rolname = current_user AND d.datname = current_database()"
                )
            )
        )


def _has_users(db: Database) -> bool:
    if migrate.check_known(db) is None:  # an empty database (a newer one is refused here)
        return False
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(User)) != 0


def _password(login: str) -> str:
    password = os.environ.get(ENV_PASSWORD)
    if password:
        return password
    stdin = sys.stdin
    if stdin is None or not stdin.isatty():
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Give the password of the --user account at the terminal or in the "
                "COMMISSION_PASSWORD environment variable.",
            ),
            "password",
        )
    return getpass.getpass(f"Password of {login}: ")


def _log_in(db: Database, args: argparse.Namespace) -> Actor:
    revision = migrate.check_known(db)
    if revision != migrate.head_revision():
        if _owner_command(args) and is_owner(db):
            return Actor.command_line()  # the owner upgrades an old schema; no one can log in yet
        migrate.ensure_current(db)  # says to run «db upgrade» first
    actor = auth.login(db, args.user, _password(args.user))
    if (args.command, getattr(args, "db_command", None)) == ("db", "upgrade"):
        actor.require(Permission.MANAGE_USERS)
    return actor


def resolve(db: Database, args: argparse.Namespace) -> Actor:
    """Log in the ``--user`` of the command, or check that it may run without one."""
    if args.user:
        return _log_in(db, args)
    if _owner_command(args) and is_owner(db):
        return Actor.command_line()
    if not _has_users(db):
        return Actor.command_line()
    raise UserError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This database has user accounts: run the command in a user's name with "
            "--user LOGIN (the password is asked, or taken from COMMISSION_PASSWORD).",
        )
    )
