"""``commission-admin export …``: minutes, extracts and decision registers to files."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from commission.cli_actor import acting
from commission.db import migrate
from commission.db.engine import Database
from commission.documents import completeness
from commission.documents.minutes import MinutesContext
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.exports.decisions_xlsx import decisions_xlsx
from commission.exports.draft import is_draft
from commission.exports.extract_docx import extract_docx
from commission.exports.files import write_bytes_safely
from commission.exports.minutes_docx import minutes_docx
from commission.exports.templates import TemplateSource
from commission.services import meetings, minutes
from commission.services.errors import InvalidInput
from commission.template_choice import template_for

Handler = Callable[[Database, argparse.Namespace], int]
Say = Callable[[str], None]
Command = Callable[[Database, argparse.Namespace, Say], int]


def _template(
    db: Database, args: argparse.Namespace, commission_id: int | None = None
) -> TemplateSource:
    """The template of the commission's documents (``TemplateSource``): its own, kept in the
    database, else this computer's, else the program's."""
    return template_for(db, acting(args), commission_id)


def _pdf(ctx: MinutesContext, language: str, template: TemplateSource) -> bytes:
    # Qt paints the PDF; a command line has no screen, so the offscreen platform serves.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from commission.exports.minutes_pdf import minutes_pdf

    _app = QGuiApplication.instance() or QGuiApplication(["commission-admin"])
    return minutes_pdf(ctx, language, template)


def _context(db: Database, args: argparse.Namespace) -> MinutesContext:
    migrate.ensure_current(db)
    actor = acting(args)
    meeting = meetings.find_meeting(db, actor, args.meeting)
    return minutes.minutes_context(db, actor, meeting.id, revision=args.revision)


_LANGUAGE_NAMES = {"ru": "Russian", "kk": "Kazakh"}
_FIELD_NAMES = {
    completeness.PLACE: "place",
    completeness.CONTROL_ASSIGNED_TO: "control assigned to",
    completeness.ITEM_TITLE: "title",
    completeness.ITEM_SPEAKERS: "speakers",
    completeness.HEARD_SPEAKER: "heard: speaker",
    completeness.HEARD_SUMMARY: "heard: text",
    completeness.DISCUSSION_SPEAKER: "discussion: speaker",
    completeness.DISCUSSION_SUMMARY: "discussion: text",
    completeness.DECISION_TEXT: "text",
    completeness.ABSENCE_REASON: "absence reason",
    completeness.SUBSTITUTE_POSITION: "substitute's position",
    completeness.GUEST_POSITION: "guest's position",
    completeness.MEMBER_POSITION: "position",
}


def describe(missing: completeness.MissingText) -> str:
    """«item 2, decision 2.1: text» — where a missing value is, for the command line."""
    where = []
    if missing.decision_number:
        where.append(f"decision {missing.decision_number}")
    elif missing.item_number is not None:
        where.append(f"item {missing.item_number}")
    if missing.person:
        where.append(missing.person)
    field = _FIELD_NAMES.get(missing.field, missing.field)
    return f"{', '.join(where)}: {field}" if where else field


def warn_missing(found: completeness.Completeness, warn: Say) -> None:
    """Tell which typed texts the document borrows from the other language."""
    language = found.language
    if found.complete:
        return
    other = _LANGUAGE_NAMES["ru" if language == "kk" else "kk"]
    warn(
        f"warning: {len(found.missing)} of {found.total} texts have no"
        f" {_LANGUAGE_NAMES[language]} value and are printed in {other}: "
        + "; ".join(describe(m) for m in found.missing)
    )


def _warn(text: str) -> None:
    print(text, file=sys.stderr)


def export_minutes(db: Database, args: argparse.Namespace, say: Say) -> int:
    ctx = _context(db, args)
    warn_missing(completeness.minutes_completeness(ctx, args.lang), _warn)
    target = Path(args.output)
    if args.format == "docx":
        data = minutes_docx(ctx, args.lang, _template(db, args, ctx.commission_id))
    elif args.format == "pdf":
        data = _pdf(ctx, args.lang, _template(db, args, ctx.commission_id))
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
    warn_missing(completeness.extract_completeness(ctx, args.agency, args.lang), _warn)
    target = Path(args.output)
    write_bytes_safely(
        target, extract_docx(ctx, args.agency, args.lang, _template(db, args, ctx.commission_id))
    )
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
