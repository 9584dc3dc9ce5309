"""``commission-admin report quarterly|annual|public``: the reports of issue 15 to files.

The statistics go out in the secretariat's role on a database without users yet (as letters
and registers do), so that the probation figures are in; with ``--user`` the user's own role
decides. The public report holds numbers only, whoever writes it.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from commission.cli_actor import acting
from commission.cli_export import Handler, Say
from commission.db import migrate
from commission.db.engine import Database
from commission.domain.enums import Language, Role
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.exports.files import write_bytes_safely
from commission.services import reports
from commission.services.context import Actor
from commission.services.errors import InvalidInput
from commission.template_choice import template_for

_STATS_SUFFIXES = (".xlsx", ".docx")
_APPLICATION: list[object] = []  # kept alive for the command's run


def _actor(args: argparse.Namespace) -> Actor:
    actor = acting(args)
    if actor.user_id is None:
        actor = replace(actor, role=Role.SECRETARY)
    return replace(actor, language=Language(args.lang))


def _today(args: argparse.Namespace) -> date:
    return args.date or date.today()


def _gui() -> None:
    """Charts and PDF pages are painted by Qt, which needs an application for its fonts; a
    command line has no screen, so the offscreen platform serves."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        _APPLICATION.append(QGuiApplication(["commission-admin"]))


def report_stats(db: Database, args: argparse.Namespace, say: Say) -> int:
    migrate.ensure_current(db)
    target = Path(args.output)
    if target.suffix.lower() not in _STATS_SUFFIXES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The statistics are written to .xlsx or .docx files."),
            "output",
        )
    period = reports.parse_period(args.period)
    if (args.report_command == "annual") != (period.quarter is None):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Quarterly statistics need a quarter (2026-Q3), annual ones a year."
            ),
            "period",
        )
    actor = _actor(args)
    stats = reports.quarterly_stats(db, actor, period, _today(args))
    if target.suffix.lower() == ".xlsx":
        from commission.exports.quarterly_stats_xlsx import quarterly_stats_xlsx

        data = quarterly_stats_xlsx(stats, args.lang)
    else:
        _gui()
        from commission.exports.quarterly_stats_docx import quarterly_stats_docx

        data = quarterly_stats_docx(stats, args.lang, template_for(db, actor))
    write_bytes_safely(target, data)
    say(f"statistics for {period} written to {target}")
    return 0


def report_public(db: Database, args: argparse.Namespace, say: Say) -> int:
    migrate.ensure_current(db)
    period = reports.parse_period(args.period)
    actor = _actor(args)
    report = reports.public_report(db, actor, period, _today(args))
    target = Path(args.output)
    from commission.exports import public_report as writers

    if args.format == "csv":
        data = writers.public_report_csv(report, args.lang)
    elif args.format == "json":
        data = writers.public_report_json(report, args.lang)
    elif args.format == "pdf":
        _gui()
        data = writers.public_report_pdf(report, args.lang, template_for(db, actor))
    else:
        data = writers.public_report_docx(report, args.lang, template_for(db, actor))
    write_bytes_safely(target, data)
    say(f"public report for {period} ({args.format}) written to {target}")
    return 0


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from None


def add_parsers(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    bind: Callable[[Callable[[Database, argparse.Namespace, Say], int]], Handler],
) -> None:
    report = commands.add_parser("report", help="quarterly and annual statistics, public report")
    kinds: argparse._SubParsersAction = report.add_subparsers(  # type: ignore[type-arg]
        dest="report_command", required=True, metavar="WHAT"
    )
    quarterly = kinds.add_parser("quarterly", help="a quarter's statistics (.xlsx or .docx)")
    quarterly.add_argument("period", metavar="YEAR-QN", help="e.g. 2026-Q3")
    annual = kinds.add_parser("annual", help="a year's statistics (.xlsx or .docx)")
    annual.add_argument("period", metavar="YEAR", help="e.g. 2026")
    public = kinds.add_parser("public", help="a quarter's public report, no personal data")
    public.add_argument("period", metavar="YEAR-QN", help="e.g. 2026-Q3 (or a year)")
    public.add_argument("--format", choices=("docx", "pdf", "csv", "json"), default="docx")
    for sub in (quarterly, annual, public):
        sub.add_argument("--lang", choices=("ru", "kk"), default="ru")
        sub.add_argument("--date", type=_day, metavar="YYYY-MM-DD", help="instead of today")
        sub.add_argument("-o", "--output", required=True, metavar="FILE")
    quarterly.set_defaults(handler=bind(report_stats))
    annual.set_defaults(handler=bind(report_stats))
    public.set_defaults(handler=bind(report_public))
