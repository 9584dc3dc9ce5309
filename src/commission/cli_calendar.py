"""``commission-admin export ical``: the commission's sittings and deadlines for Outlook."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from commission.cli_actor import acting
from commission.cli_export import Say
from commission.db import migrate
from commission.db.engine import Database
from commission.domain.enums import Language
from commission.exports.files import write_bytes_safely
from commission.exports.ical import period_ics
from commission.services import calendar_events, commission_choice

Handler = Callable[[Database, argparse.Namespace], int]

# Without --from/--to: the last month (a deadline just missed is still worth seeing) and the
# year ahead.
_BEFORE, _AHEAD = timedelta(days=31), timedelta(days=366)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from None


def export_ical(db: Database, args: argparse.Namespace, say: Say) -> int:
    migrate.ensure_current(db)
    actor = replace(acting(args), language=Language(args.lang))
    today = date.today()
    start = args.start or today - _BEFORE
    end = args.end or max(start, today) + _AHEAD
    found = calendar_events.period(db, actor, start, end, today)
    commission = commission_choice.current_commission(db, actor).short_name(args.lang)
    target = Path(args.output)
    write_bytes_safely(target, period_ics(found, args.lang, commission, datetime.now(UTC)))
    deadlines = len(found.control) + len(found.measures)
    say(
        f"{len(found.sittings)} sitting(s) and {deadlines} deadline(s) from "
        f"{start:%d.%m.%Y} to {end:%d.%m.%Y} written to {target}"
    )
    return 0


def add_parsers(
    export_group: argparse._SubParsersAction,  # type: ignore[type-arg]
    bind: Callable[[Callable[[Database, argparse.Namespace, Say], int]], Handler],
) -> None:
    """``export ical`` in the ``export`` group."""
    ical = export_group.add_parser(
        "ical", help="sittings and control deadlines as an .ics calendar (Outlook, a phone)"
    )
    ical.add_argument("--from", dest="start", type=_day, metavar="YYYY-MM-DD")
    ical.add_argument("--to", dest="end", type=_day, metavar="YYYY-MM-DD")
    ical.add_argument("--lang", choices=("ru", "kk"), default="ru")
    ical.add_argument("-o", "--output", required=True, metavar="FILE")
    ical.set_defaults(handler=bind(export_ical))
