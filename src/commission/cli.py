"""``commission-admin``: the program for administrators and scheduled tasks.

Every command works on the database named by ``--db URL``, else ``COMMISSION_DATABASE_URL``, else
the embedded SQLite file, and goes through the same services as the desktop application. Errors
the user can act on are printed as one line, ``error: …``, never as a traceback; the exit code is
0 for success, 1 for such an error, 2 for a usage mistake and 3 for an unexpected failure.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import importlib
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from sqlalchemy.exc import ArgumentError

from commission import (
    cli_actor,
    cli_audit,
    cli_backup,
    cli_calendar,
    cli_commissions,
    cli_control,
    cli_export,
    cli_import,
    cli_reports,
    failure,
)
from commission.db import migrate
from commission.db.audit_checkpoints import ENV_DIR as ENV_CHECKPOINTS
from commission.db.engine import ENV_URL, Database, DatabaseUnavailable, demo_url, resolve_url
from commission.domain.enums import Role
from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.services import users
from commission.services.demo import (
    DEFAULT_CLIENTS,
    DEMO_PASSWORD,
    OBLAST_LOGINS,
    USERS,
    build_demo,
)
from commission.services.errors import InvalidInput

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_UNEXPECTED = 3
EXIT_INTERRUPTED = 130

Translate = Callable[[str, str], str]
Handler = Callable[[Database, argparse.Namespace], int]


def _translate_fn() -> Translate | None:
    """The translation hook: ``commission.i18n.cli_translate`` once it exists, else English.

    Messages are English source texts; the i18n module decides the language (settings, locale).
    """
    try:
        module = importlib.import_module("commission.i18n")
    except Exception:  # no such module yet, or Qt cannot be loaded on this machine
        return None
    translate = getattr(module, "cli_translate", None)
    return translate if callable(translate) else None


def _render(err: UserError) -> str:
    """The message in the user's language; English if translating fails for any reason."""
    try:
        return err.render(_translate_fn())
    except Exception:  # the real error must reach the user even if translation breaks
        return err.render(None)


def _say(text: str, stream: TextIO | None = None) -> None:
    """Print one line; a console that cannot show a character gets an escape, not a crash."""
    out = stream or sys.stdout
    try:
        print(text, file=out)
    except UnicodeEncodeError:
        encoding = getattr(out, "encoding", None) or "ascii"
        print(text.encode(encoding, "backslashreplace").decode(encoding), file=out)


def _fail(message: str) -> None:
    _say("error: " + " ".join(message.split()), sys.stderr)


def _unexpected(exc: Exception, command: str) -> str:
    """One line with an incident number; the details, identifiers only, go to the log file
    (``failure``): the exception's own text may quote IINs, names and the database password."""
    from commission.app import setup_logging

    with contextlib.suppress(Exception):  # no log file: the line is still printed
        setup_logging()
    try:
        return failure.user_message(exc, _translate_fn(), where=f"commission-admin {command}")
    except Exception:  # the user must get the line whatever breaks in translating or logging
        return f"unexpected failure ({type(exc).__name__})"


def _open(url: str, checkpoints: str | None = None, create: bool = False) -> Database:
    """The database named by ``url``; a URL that cannot be used is the user's error, not ours.

    A missing SQLite file is an error unless the command is one that makes databases.
    """
    try:
        return Database(url, Path(checkpoints) if checkpoints else None, create=create)
    except ArgumentError as exc:
        raise DatabaseUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database address is not valid. Use sqlite:///PATH/FILE.sqlite3 or "
                "postgresql+psycopg://USER@HOST/DATABASE.",
            )
        ) from exc
    except ImportError as exc:
        raise DatabaseUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The driver for this database address is not installed. For PostgreSQL use an "
                "address starting with postgresql+psycopg://.",
            )
        ) from exc
    except OSError as exc:
        raise DatabaseUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors", "The folder of the database file cannot be created: {reason}"
            ),
            reason=exc.strerror or type(exc).__name__,
        ) from exc


# -- commands ---------------------------------------------------------------------------------


def _db_upgrade(db: Database, args: argparse.Namespace) -> int:
    result = migrate.upgrade(db, app_role=args.app_role, backup_folder=cli_backup.backup_folder())
    if result.before == result.after:
        _say(f"database {db.display_url} is up to date: schema {result.after}")
    else:
        _say(f"schema upgraded: {result.before or 'empty database'} -> {result.after}")
    if result.backup is not None:
        _say(f"backup: {result.backup}")
    if result.baseline_rows:
        _say(f"audit trail: {result.baseline_rows} existing rows stamped")
    if result.app_role is not None:
        _say(f"role {result.app_role}: may work, may only add to the audit trail")
    return EXIT_OK


def _db_current(db: Database, args: argparse.Namespace) -> int:
    revision = migrate.check_known(db)  # refuses a newer database with a clear message
    head = migrate.head_revision()
    if revision is None:
        _say("empty database")
    elif revision == head:
        _say(revision)
    else:
        _say(f'{revision} (this program\'s schema is {head}: run "commission-admin db upgrade")')
    return EXIT_OK


def _read_password() -> str:
    """From the keyboard twice, or the first line of standard input for scripts."""
    stdin = sys.stdin
    if stdin is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Give the password on standard input."), "password"
        )
    if stdin.isatty():
        first = getpass.getpass("Password: ")
        if getpass.getpass("Repeat the password: ") != first:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The two passwords differ. Nothing was changed."),
                "password",
            )
        return first
    password = stdin.readline().rstrip("\r\n")
    if not password:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "No password on standard input: give it as the first line."
            ),
            "password",
        )
    return password


def _user_add(db: Database, args: argparse.Namespace) -> int:
    migrate.ensure_current(db)
    actor = cli_actor.acting(args)
    password = _read_password()
    data = users.UserInput(
        full_name=args.name,
        role=Role(args.role),
        agency_id=args.agency_id,
        district_id=args.district_id,
        commission_ids=tuple(args.commission_ids) if args.commission_ids else None,
    )
    view = users.add_user(db, actor, args.login, password, data)
    _say(f"user {view.login} created (id {view.id}, role {view.role.value})")
    return EXIT_OK


def _demo(db: Database, args: argparse.Namespace) -> int:
    migrate.upgrade(db)
    if args.large:
        return _large_demo(db, args)
    summary = build_demo(
        db, cli_actor.acting(args), seed=args.seed, clients=args.clients, oblast=args.oblast
    )
    logins = ", ".join([spec.login for spec in USERS] + list(OBLAST_LOGINS if args.oblast else ()))
    _say(
        f"demo built in {db.display_url}: {summary.meetings} meetings, "
        f"{summary.decisions} decisions, {summary.control_points} control points, "
        f"{summary.clients} clients, {summary.cases} cases, {summary.users} users "
        f"({logins}; password {DEMO_PASSWORD})"
    )
    return EXIT_OK


def _large_demo(db: Database, args: argparse.Namespace) -> int:
    from commission.services.demo.large import build_large  # only this command needs it

    started = time.perf_counter()
    built = build_large(db, cli_actor.acting(args), scale=args.scale)
    counts = ", ".join(f"{value:,} {name}" for name, value in built.counts.items())
    _say(
        f"large demo built in {db.display_url} in {time.perf_counter() - started:.0f} s: "
        f"{counts} ({built.meetings_per_year} meetings a year each; logins secretary, "
        f"officer, secretary_N, officer_N; password {DEMO_PASSWORD})"
    )
    return EXIT_OK


def _scale(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not 0 < value <= 1:
        raise argparse.ArgumentTypeError("a share from 0 (excluded) to 1")
    return value


# -- the parser -------------------------------------------------------------------------------


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be greater than 0: {value}")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="commission-admin",
        description="Administration of the Commission database.",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help=f"database address (default: ${ENV_URL}, else the embedded SQLite file)",
    )
    parser.add_argument(
        "--checkpoints",
        metavar="DIR",
        help=f"folder of the audit checkpoints (default: ${ENV_CHECKPOINTS}, else "
        "audit-checkpoints in the data folder); on a server set-up, the folder the "
        "administrator named for every computer",
    )
    parser.add_argument(
        "--user",
        metavar="LOGIN",
        help=f"act as this user (their role, their name in the audit trail); the password is "
        f"asked, or taken from ${cli_actor.ENV_PASSWORD}. Needed on a database with users, "
        "except db upgrade/current, backup and restore run by the database's owner",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    db = commands.add_parser("db", help="the database schema")
    db_commands = db.add_subparsers(dest="db_command", required=True, metavar="COMMAND")
    upgrade = db_commands.add_parser(
        "upgrade", help="upgrade the schema (the database is backed up first)"
    )
    upgrade.add_argument(
        "--create", action="store_true", help="create the SQLite file if it does not exist"
    )
    upgrade.add_argument(
        "--app-role",
        metavar="ROLE",
        help="PostgreSQL: the role the program connects as; it gets the rights to work and "
        "none to change or delete audit entries (run the upgrade as the owner)",
    )
    upgrade.set_defaults(handler=_db_upgrade)
    db_commands.add_parser("current", help="show the schema revision").set_defaults(
        handler=_db_current
    )

    user = commands.add_parser("user", help="user accounts")
    user_commands = user.add_subparsers(dest="user_command", required=True, metavar="COMMAND")
    add = user_commands.add_parser(
        "add", help="create a user; the password is read from standard input"
    )
    add.add_argument("login")
    add.add_argument("--role", required=True, choices=[role.value for role in Role])
    add.add_argument("--name", required=True, help="full name")
    add.add_argument(
        "--district", "--district-id", dest="district_id", type=_positive, metavar="ID",
        help="a probation officer's district (see «unit list»)",
    )  # fmt: skip
    add.add_argument("--agency-id", type=_positive, metavar="N")
    add.add_argument(
        "--commission", dest="commission_ids", type=_positive, action="append", metavar="ID",
        help="a commission the user works for; repeat for several (default: the commission "
        "given before the command, or the only one)",
    )  # fmt: skip
    add.set_defaults(handler=_user_add)

    demo = commands.add_parser(
        "demo",
        help="fill an empty database with a demo commission (default: a separate demo file)",
    )
    demo.add_argument("--seed", type=int, default=1, help="the same seed gives the same data")
    demo.add_argument("--clients", type=_positive, default=DEFAULT_CLIENTS, metavar="N")
    demo.add_argument(
        "--oblast",
        action="store_true",
        help="an oblast's server: the oblast's commission and three districts' (secretaries "
        "oblast, secretary, secretary2, secretary3)",
    )
    demo.add_argument(
        "--large",
        action="store_true",
        help="an oblast's ten years: 20 districts' commissions and the oblast's, about 100,000 "
        "decisions, 50,000 clients (minutes to build)",
    )
    demo.add_argument(
        "--scale", type=_scale, default=1.0, metavar="F",
        help="with --large: a share of that size (e.g. 0.1), for a quick try",
    )  # fmt: skip
    demo.set_defaults(handler=_demo, create=True)  # it refuses a database that holds data

    def bind(fn: cli_export.Command) -> cli_export.Handler:
        return lambda db, args: fn(db, args, _say)

    export_group = cli_export.add_parsers(commands, _positive, bind)
    cli_control.add_parsers(commands, export_group, _positive, bind)
    cli_calendar.add_parsers(export_group, bind)
    cli_import.add_parsers(commands, _positive, bind)
    cli_audit.add_parsers(commands, bind)
    cli_backup.add_parsers(commands, bind)
    cli_commissions.add_parsers(commands, _positive, bind)
    cli_reports.add_parsers(commands, bind)
    cli_commissions.add_commission_option(parser, _positive)
    return parser


def _database_url(args: argparse.Namespace) -> str:
    # The demo never lands in the real database by accident: without an explicit address it
    # goes to the separate demo file the desktop application also uses.
    if args.command == "demo" and not args.db and not os.environ.get(ENV_URL):
        return demo_url()
    return resolve_url(args.db)


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed the usage and the problem
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    handler: Handler = args.handler
    url = _database_url(args)
    db: Database | None = None
    try:
        db = _open(url, args.checkpoints, create=bool(getattr(args, "create", False)))
        args.actor = cli_commissions.with_commission(db, args, cli_actor.resolve(db, args))
        return handler(db, args)
    except UserError as err:
        _fail(_render(err))
        return EXIT_FAILED
    except KeyboardInterrupt:
        _fail("interrupted; nothing more was done")
        return EXIT_INTERRUPTED
    except Exception as exc:  # a bug or an unforeseen failure: still one line, no traceback
        _fail(_unexpected(exc, args.command))
        return EXIT_UNEXPECTED
    finally:
        if db is not None:
            db.dispose()


if __name__ == "__main__":
    sys.exit(main())
