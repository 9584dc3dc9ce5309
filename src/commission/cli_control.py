"""``commission-admin remind`` and ``export letters`` / ``export register``: control of execution
from the command line, for a scheduled task or a secretary without the desktop application."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

from commission.cli_actor import acting
from commission.cli_export import Say
from commission.db import migrate
from commission.db.engine import Database
from commission.documents.control_register import RegisterRow
from commission.documents.letter import LetterContext
from commission.domain.control import ComputedState
from commission.domain.enums import Language, Role
from commission.exports.control_register_xlsx import control_register_xlsx
from commission.exports.files import write_bytes_safely
from commission.exports.letter_docx import letter_docx
from commission.exports.probation_registers_xlsx import cases_register_xlsx, clients_register_xlsx
from commission.services import control_registers, letters, probation_exports
from commission.services.context import Actor
from commission.template_choice import template_for

Handler = Callable[[Database, argparse.Namespace], int]
_STATE_NAMES = {ComputedState.OVERDUE: "overdue", ComputedState.DUE_SOON: "due soon"}


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from None


def _today(args: argparse.Namespace) -> date:
    return args.date or date.today()


def remind(db: Database, args: argparse.Namespace, say: Say) -> int:
    migrate.ensure_current(db)
    today = _today(args)
    items = control_registers.due_items(db, acting(args), today)
    if not items:
        say(f"nothing is overdue or due soon on {today:%d.%m.%Y}")
        return 0
    for item in items:
        if item.state is ComputedState.OVERDUE:
            when = f"overdue by {item.days_overdue} working day(s)"
        else:
            when = f"due in {item.working_days} working day(s)"
        text = " ".join(item.text.split())
        say(
            f"{_STATE_NAMES.get(item.state, item.state.value)}: decision {item.number} of "
            f"meeting No. {item.meeting_number} of {item.meeting_date:%d.%m.%Y}, "
            f"lead {item.lead_agency or '-'}, due {item.due_date:%d.%m.%Y} ({when}): {text}"
        )
    return 0


def _secretariat(args: argparse.Namespace) -> Actor:
    """Letters go out on behalf of the secretariat: a ``--user`` sends them with their own role
    (a secretary's; the administrator's may not send letters); on a database without users yet
    the operating-system user acts in the secretary's role, recorded as «cli:…»."""
    actor = acting(args)
    return actor if actor.user_id is not None else replace(actor, role=Role.SECRETARY)


def export_letters(db: Database, args: argparse.Namespace, say: Say) -> int:
    """One .docx per agency in ``args.lang``. A letter already in the outgoing register (the
    same agency and points, before its reply date) is printed again under its number: exporting
    in Russian, then in Kazakh, registers each letter once."""
    migrate.ensure_current(db)
    actor = _secretariat(args)
    today = _today(args)
    due = letters.letters_due(db, actor, today, agency_id=args.agency, overdue_only=args.overdue)
    if not due:
        say(f"no agency has items {'overdue' if args.overdue else 'due'} on {today:%d.%m.%Y}")
        return 0
    folder = Path(args.output)
    folder.mkdir(parents=True, exist_ok=True)
    template = template_for(db, actor)

    def target(letter: LetterContext) -> Path:
        number = (letter.number or "").replace("/", "-")
        return folder / f"letter-{number}-agency-{letter.agency_id}-{args.lang}.docx"

    def write(letter: LetterContext) -> Path:
        write_bytes_safely(target(letter), letter_docx(letter, args.lang, template))
        return target(letter)

    # Numbered and written together: a letter that cannot be saved takes no number.
    for letter in letters.record_letters(db, actor, today, due, write):
        again = " (printed again)" if letter.reprinted else ""
        say(
            f"letter No. {letter.number}{again} to agency {letter.agency_id} "
            f"written to {target(letter)}"
        )
    return 0


def _export_probation_register(db: Database, args: argparse.Namespace, say: Say) -> int:
    """Clients or cases: personal data, so exported in the secretariat's role — every district,
    the IIN masked — and recorded in the audit trail under the command's login."""
    # Districts are named in the register's language, whatever the command line speaks.
    actor = replace(_secretariat(args), language=Language(args.lang))
    today = _today(args)
    target = Path(args.output)
    if args.what == "clients":
        clients = probation_exports.clients_register(db, actor)
        write_bytes_safely(target, clients_register_xlsx(clients, today, args.lang))
        say(f"clients register ({len(clients)} clients) written to {target}")
    else:
        cases = probation_exports.cases_register(db, actor, today)
        write_bytes_safely(target, cases_register_xlsx(cases, today, args.lang))
        say(f"cases register ({len(cases)} cases) written to {target}")
    return 0


def export_register(db: Database, args: argparse.Namespace, say: Say) -> int:
    migrate.ensure_current(db)
    if args.what != "decisions":
        return _export_probation_register(db, args, say)
    actor = acting(args)
    today = _today(args)
    year = args.year or today.year
    state = ComputedState(args.status) if args.status else None
    table = control_registers.discipline(db, actor, year, today=today, language=args.lang)
    rows = control_registers.register_stream(
        db, actor, today, state=state, agency_id=args.agency, language=args.lang
    )
    written = 0

    def counted() -> Iterator[RegisterRow]:
        nonlocal written
        for row in rows:
            written += 1
            yield row

    target = Path(args.output)
    write_bytes_safely(target, control_register_xlsx(counted(), table, today, year, args.lang))
    say(f"control register ({written} decisions) written to {target}")
    return 0


def add_parsers(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    export_group: argparse._SubParsersAction,  # type: ignore[type-arg]
    positive: Callable[[str], int],
    bind: Callable[[Callable[[Database, argparse.Namespace, Say], int]], Handler],
) -> None:
    """``remind``, and ``letters`` and ``register`` in the ``export`` group (added before)."""
    remind_parser = commands.add_parser(
        "remind", help="list the decisions overdue or due soon (for a scheduled task)"
    )
    remind_parser.add_argument("--date", type=_day, metavar="YYYY-MM-DD", help="instead of today")
    remind_parser.set_defaults(handler=bind(remind))

    kinds = export_group
    letters = kinds.add_parser(
        "letters", help="requests for execution information, one .docx per agency"
    )
    letters.add_argument("--agency", type=positive, metavar="AGENCY_ID")
    letters.add_argument("--overdue", action="store_true", help="only overdue items")
    letters.add_argument("-o", "--output", required=True, metavar="DIR")
    letters.set_defaults(handler=bind(export_letters))

    register = kinds.add_parser(
        "register",
        help="the control register of decisions, or the probation clients or cases (.xlsx)",
    )
    register.add_argument("what", choices=("decisions", "clients", "cases"))
    register.add_argument(
        "--status",
        choices=[s.value for s in ComputedState],
        metavar="STATE",
        help="one of: " + ", ".join(s.value for s in ComputedState),
    )
    register.add_argument(
        "--agency", type=positive, metavar="AGENCY_ID", help="decisions: lead or co-executor"
    )
    register.add_argument("--year", type=positive, help="of the discipline sheet (default: this)")
    register.add_argument("-o", "--output", required=True, metavar="FILE")
    register.set_defaults(handler=bind(export_register))
    for sub in (letters, register):
        sub.add_argument("--lang", choices=("ru", "kk"), default="ru")
        sub.add_argument("--date", type=_day, metavar="YYYY-MM-DD", help="instead of today")
