"""``commission-admin import clients`` / ``import measures``: a client list, or a sheet of
programmes and measures, from a register file (.xlsx, .xlsm, .xls, .ods, .csv), for a
probation service that loads last month's register without the desktop application.

The command acts as the probation service of one district (the clients' district scope is the
same as an officer's); ``--district`` names it, and may be left out when the database holds a
single district. With ``--user`` the probation officer imports into their own district, in
their name; on a database without users yet the audit trail records the operating-system user
(«cli:…»).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select

from commission import settings
from commission.cli_actor import acting
from commission.cli_export import Handler, Say
from commission.db import migrate
from commission.db.engine import Database
from commission.db.models import AdminUnit
from commission.domain.enums import AdminLevel, Role
from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.exports.files import write_bytes_safely
from commission.exports.import_report_xlsx import ReportLine, import_report_xlsx
from commission.services.client_import import ImportResult, RowOutcome, import_clients
from commission.services.context import Actor
from commission.services.errors import InvalidInput
from commission.services.measure_import import import_measures


def _render(err: UserError) -> str:
    from commission.cli import _render as render  # the command line's one translation hook

    return " ".join(render(err).split())


def _mapping(text: str) -> tuple[str, str]:
    field, sep, column = text.partition("=")
    if not sep or not field.strip() or not column.strip():
        raise argparse.ArgumentTypeError(f"expected FIELD=COLUMN, e.g. iin=C: {text!r}")
    return field.strip(), column.strip()


def _district(db: Database, wanted: int | None) -> int:
    with db.reading() as session:
        units = list(
            session.scalars(select(AdminUnit.id).where(AdminUnit.level == AdminLevel.DISTRICT))
        )
    if wanted is not None:
        if wanted not in units:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "There is no district with the number {number}."),
                "district",
                number=wanted,
            )
        return wanted
    if len(units) == 1:
        return units[0]
    raise InvalidInput(
        QT_TRANSLATE_NOOP(
            "Errors", "Name the district whose clients are imported: --district NUMBER."
        ),
        "district",
    )


def report_language(interface: str) -> str:
    """The language of the report: the interface's, Russian for English (documents are ru/kk)."""
    return interface if interface in ("ru", "kk") else "ru"


def _summary(result: ImportResult, path: Path) -> str:
    counts = ", ".join(f"{result.count(o)} {o.value}" for o in RowOutcome)
    tail = " (dry run: nothing was written)" if result.dry_run else ""
    return f"import of {path.name}: {counts}{tail}"


def _importer(db: Database, args: argparse.Namespace) -> Actor:
    """An officer imports into their own district; a --district naming another is refused."""
    actor = acting(args)
    if actor.user_id is None:
        return replace(actor, role=Role.PROBATION_OFFICER, district_id=_district(db, args.district))
    if actor.district_id is None:
        return replace(actor, district_id=_district(db, args.district))
    if args.district is not None and args.district != actor.district_id:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "You import into your own district, number {number}, only."
            ),
            "district",
            number=actor.district_id,
        )
    return actor


def import_clients_command(db: Database, args: argparse.Namespace, say: Say) -> int:
    return _import_command(db, args, say, import_clients)


def import_measures_command(db: Database, args: argparse.Namespace, say: Say) -> int:
    return _import_command(db, args, say, import_measures)


def _import_command(
    db: Database,
    args: argparse.Namespace,
    say: Say,
    run: Callable[..., ImportResult],
) -> int:
    migrate.ensure_current(db)
    actor = _importer(db, args)
    path = Path(args.file)
    result = run(
        db,
        actor,
        path,
        mapping={column: field for field, column in args.map or []},
        dry_run=args.dry_run,
    )
    say(_summary(result, path))
    for warning in result.warnings:
        say(f"warning: {_render(warning)}")
    for row in result.rejected:
        say(f"row {row.row}: {_render(row.reason) if row.reason else 'rejected'}")
    if args.report:
        lines = [ReportLine(r.row, r.outcome.value, r.reason) for r in result.rows]
        target = Path(args.report)
        language = args.lang or report_language(settings.load().language)
        data = import_report_xlsx(lines, path.name, language, dry_run=result.dry_run)
        write_bytes_safely(target, data)
        say(f"report written to {target}")
    return 0


def add_parsers(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    positive: Callable[[str], int],
    bind: Callable[[Callable[[Database, argparse.Namespace, Say], int]], Handler],
) -> None:
    """``import clients``, ``import measures``."""
    group = commands.add_parser("import", help="load data from files")
    kinds = group.add_subparsers(dest="import_command", required=True, metavar="WHAT")
    for name, help_text, fields, handler in (
        (
            "clients",
            "probation clients from a register file (.xlsx .xlsm .xls .ods .csv)",
            "full_name surname given_name patronymic iin birth_date category articles "
            "sentence_start sentence_end registered_on registered_address actual_address phone "
            "district officer",
            import_clients_command,
        ),
        (
            "measures",
            "programmes and measures of clients' cases from a register file",
            "iin case_number opened_on need_kind action agency deadline state outcome completed_on",
            import_measures_command,
        ),
    ):
        _add_import_parser(kinds, name, help_text, fields, positive, bind, handler)


def _add_import_parser(
    kinds: argparse._SubParsersAction,  # type: ignore[type-arg]
    name: str,
    help_text: str,
    fields: str,
    positive: Callable[[str], int],
    bind: Callable[[Callable[[Database, argparse.Namespace, Say], int]], Handler],
    handler: Callable[[Database, argparse.Namespace, Say], int],
) -> None:
    command = kinds.add_parser(name, help=help_text)
    command.add_argument("file", metavar="FILE")
    command.add_argument(
        "--dry-run", action="store_true", help="report what would happen, write nothing"
    )
    command.add_argument("--report", metavar="REPORT.xlsx", help="write the row report here")
    command.add_argument(
        "--map",
        type=_mapping,
        action="append",
        metavar="FIELD=COLUMN",
        help=f"a column the header is not recognised for, by letter or header text (fields: "
        f"{fields})",
    )
    command.add_argument(
        "--district",
        type=positive,
        metavar="N",
        help="the district (id) the list belongs to; needed when there are several",
    )
    command.add_argument(
        "--lang",
        choices=("ru", "kk"),
        help="of the report (default: the interface language; Russian for English)",
    )
    command.set_defaults(handler=bind(handler))
