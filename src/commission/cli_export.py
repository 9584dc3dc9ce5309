"""``commission-admin export …``: minutes, extracts and decision registers to files."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path

from commission import settings as local_settings
from commission.db import migrate
from commission.db.engine import Database
from commission.documents.minutes import MinutesContext
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.exports.decisions_xlsx import decisions_xlsx
from commission.exports.draft import is_draft
from commission.exports.extract_docx import extract_docx
from commission.exports.files import write_bytes_safely
from commission.exports.minutes_docx import minutes_docx
from commission.services import meetings, minutes
from commission.services.context import Actor
from commission.services.errors import InvalidInput

Handler = Callable[[Database, argparse.Namespace], int]
Say = Callable[[str], None]
Command = Callable[[Database, argparse.Namespace, Say], int]


def _template() -> Path | None:
    """The akimat's own template from this computer's settings, if one is set."""
    path = local_settings.load().template_path
    return Path(path) if path else None


def _pdf(ctx: MinutesContext, language: str, template: Path | None) -> bytes:
    # Qt paints the PDF; a command line has no screen, so the offscreen platform serves.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from commission.exports.minutes_pdf import minutes_pdf

    _app = QGuiApplication.instance() or QGuiApplication(["commission-admin"])
    return minutes_pdf(ctx, language, template)


def _context(db: Database, args: argparse.Namespace) -> MinutesContext:
    migrate.ensure_current(db)
    actor = Actor.command_line()
    meeting = meetings.find_meeting(db, actor, args.meeting)
    return minutes.minutes_context(db, actor, meeting.id, revision=args.revision)


def export_minutes(db: Database, args: argparse.Namespace, say: Say) -> int:
    ctx = _context(db, args)
    target = Path(args.output)
    if args.format == "docx":
        data = minutes_docx(ctx, args.lang, _template())
    elif args.format == "pdf":
        data = _pdf(ctx, args.lang, _template())
    else:
        data = decisions_xlsx(ctx, args.lang)
    write_bytes_safely(target, data)
    draft = " as a DRAFT (the minutes are not final)" if is_draft(ctx) else ""
    say(f"minutes No. {ctx.number} of {ctx.meeting_date:%d.%m.%Y} written to {target}{draft}")
    return 0


def export_extract(db: Database, args: argparse.Namespace, say: Say) -> int:
    ctx = _context(db, args)
    if ctx.agency(args.agency) is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "No point of meeting No. {number} is addressed to agency {agency}."
            ),
            "agency",
            number=ctx.number,
            agency=args.agency,
        )
    target = Path(args.output)
    write_bytes_safely(target, extract_docx(ctx, args.agency, args.lang, _template()))
    say(f"extract of minutes No. {ctx.number} for agency {args.agency} written to {target}")
    return 0


def add_parsers(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    positive: Callable[[str], int],
    bind: Callable[[Callable[[Database, argparse.Namespace, Say], int]], Handler],
) -> argparse._SubParsersAction:  # type: ignore[type-arg]
    """Add ``export minutes|extract``; returns the ``export`` group for other commands."""
    export = commands.add_parser("export", help="documents and registers to files")
    kinds: argparse._SubParsersAction = export.add_subparsers(  # type: ignore[type-arg]
        dest="export_command", required=True, metavar="WHAT"
    )
    minutes_parser = kinds.add_parser("minutes", help="the minutes of a meeting")
    extract_parser = kinds.add_parser("extract", help="an extract of the minutes for one agency")
    for sub in (minutes_parser, extract_parser):
        sub.add_argument("meeting", metavar="MEETING", help="number/year, e.g. 3/2026")
        sub.add_argument("--lang", choices=("ru", "kk"), default="ru")
        sub.add_argument("--revision", type=positive, metavar="N", help="a finalised revision")
        sub.add_argument("-o", "--output", required=True, metavar="FILE")
    minutes_parser.add_argument("--format", choices=("docx", "pdf", "xlsx"), default="docx")
    minutes_parser.set_defaults(handler=bind(export_minutes))
    extract_parser.add_argument("--agency", required=True, type=positive, metavar="AGENCY_ID")
    extract_parser.set_defaults(handler=bind(export_extract))
    return kinds
