"""``commission-admin commission …`` and ``unit …``: arranging an oblast's server, and the
global ``--commission ID`` that says which commission every other command works for."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from commission.cli_actor import acting
from commission.db import migrate
from commission.db.engine import Database
from commission.domain.enums import AdminLevel, CommissionKind
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.exports.files import write_bytes_safely
from commission.exports.templates import check_template, default_template
from commission.services import commission_choice, composition, document_templates
from commission.services.context import Actor
from commission.services.errors import InvalidInput

Say = Callable[[str], None]
Command = Callable[[Database, argparse.Namespace, Say], int]
Handler = Callable[[Database, argparse.Namespace], int]

# Commands that never work inside a commission: --commission is not applied to them (an old
# schema cannot even be asked which commissions there are).
_OUTSIDE = frozenset({"db", "backup", "restore", "demo"})


def with_commission(db: Database, args: argparse.Namespace, actor: Actor) -> Actor:
    """``actor`` working for the commission of ``--commission``; refused when it is not one
    of theirs. Without it, services find the only one or list the choices."""
    chosen: int | None = getattr(args, "commission", None)
    if chosen is None or args.command in _OUTSIDE:
        return actor
    return commission_choice.choose_commission(db, actor, chosen)


def commission_list(db: Database, args: argparse.Namespace, say: Say) -> int:
    migrate.ensure_current(db)
    for view in composition.list_commissions(db, acting(args)):
        say(
            f"{view.id}\tunit {view.admin_unit_id}\t{view.kind.value}\t"
            f"{view.name_ru}\t{view.name_kk}"
        )
    return 0


def commission_add(db: Database, args: argparse.Namespace, say: Say) -> int:
    migrate.ensure_current(db)
    data = composition.CommissionData(
        kind=CommissionKind(args.kind),
        name_ru=args.name_ru,
        name_kk=args.name_kk,
        akimat_ru=args.akimat_ru or "",
        akimat_kk=args.akimat_kk or "",
        short_name_ru=args.short_name_ru,
        short_name_kk=args.short_name_kk,
    )
    view = composition.add_commission(db, acting(args), data, args.unit)
    say(f"commission {view.id} created at unit {view.admin_unit_id}")
    return 0


def read_input_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The file «{name}» cannot be read."), "file", name=path
        ) from exc


def commission_template(db: Database, args: argparse.Namespace, say: Say) -> int:
    """Show, set, save a copy of or clear the acting commission's Word template."""
    migrate.ensure_current(db)
    actor = acting(args)
    if args.set:
        source = Path(args.set)
        content = read_input_file(source)
        check_template(source.name, content)
        info = document_templates.set_template(db, actor, source.name, content)
        say(f"commission {info.commission_id}: documents are written on {info.file_name}")
    elif args.clear:
        document_templates.clear_template(db, actor)
        say("the commission's documents are written on the program's own template")
    elif args.save:
        stored = document_templates.commission_template(db, actor)
        target = Path(args.save)
        write_bytes_safely(target, stored.content if stored else default_template().read_bytes())
        say(f"{stored.file_name if stored else 'the program’s own template'} saved to {target}")
    else:
        shown = document_templates.template_info(db, actor)
        if shown is None:
            say("the program's own template (no template of the commission's own)")
        else:
            say(f"{shown.file_name}\t{shown.size} bytes")
    return 0


def unit_list(db: Database, args: argparse.Namespace, say: Say) -> int:
    migrate.ensure_current(db)
    for unit in composition.list_admin_units(db, acting(args)):
        parent = unit.parent_id if unit.parent_id is not None else "-"
        say(
            f"{unit.id}\t{unit.level}\tparent {parent}\t{unit.kato_code or '-'}\t"
            f"{unit.name_ru}\t{unit.name_kk}"
        )
    return 0


def unit_add(db: Database, args: argparse.Namespace, say: Say) -> int:
    migrate.ensure_current(db)
    data = composition.AdminUnitData(
        level=AdminLevel(args.level),
        name_ru=args.name_ru,
        name_kk=args.name_kk,
        kato_code=args.kato,
    )
    view = composition.add_admin_unit(db, acting(args), data, args.parent)
    say(f"unit {view.id} created ({view.level})")
    return 0


def add_commission_option(
    parser: argparse.ArgumentParser, positive: Callable[[str], int], top: bool = True
) -> None:
    """``--commission ID``, accepted before the command and after it (``export minutes 3/2026
    --commission 2``). After it, a default must not overwrite what was given before it.
    ``user add`` has its own ``--commission`` (those the new user works for)."""
    if "--commission" in parser._option_string_actions:
        return
    parser.add_argument(
        "--commission",
        type=positive,
        metavar="ID",
        default=None if top else argparse.SUPPRESS,
        help="the commission the command works for (see «commission list»); needed when the "
        "user or the database has several",
    )
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                add_commission_option(sub, positive, top=False)


def add_parsers(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    positive: Callable[[str], int],
    bind: Callable[[Command], Handler],
) -> None:
    """``commission list|add`` and ``unit list|add``."""
    commission = commands.add_parser("commission", help="the commissions on this server")
    sub = commission.add_subparsers(dest="commission_command", required=True, metavar="COMMAND")
    sub.add_parser(
        "list", help="id, administrative unit, kind and names of every commission"
    ).set_defaults(handler=bind(commission_list))
    add = sub.add_parser("add", help="one more commission, at the akimat of a unit")
    add.add_argument("--unit", type=positive, required=True, metavar="UNIT_ID")
    add.add_argument("--kind", choices=[k.value for k in CommissionKind], default="merged")
    add.add_argument("--name-ru", required=True, metavar="TEXT")
    add.add_argument("--name-kk", required=True, metavar="TEXT")
    add.add_argument("--akimat-ru", metavar="TEXT", help="the akimat, as in the documents' header")
    add.add_argument("--akimat-kk", metavar="TEXT")
    add.add_argument("--short-name-ru", metavar="TEXT")
    add.add_argument("--short-name-kk", metavar="TEXT")
    add.set_defaults(handler=bind(commission_add))
    template = sub.add_parser(
        "template",
        help="the Word template (letterhead, margins) of the commission's documents: shown, "
        "or --set FILE, --save FILE (a copy to start from), --clear (back to the program's)",
    )
    what = template.add_mutually_exclusive_group()
    what.add_argument("--set", metavar="FILE", help="a .docx or .dotx with the akimat's blank")
    what.add_argument("--save", metavar="FILE", help="write the template in use to FILE")
    what.add_argument("--clear", action="store_true", help="back to the program's own template")
    template.set_defaults(handler=bind(commission_template))

    unit = commands.add_parser("unit", help="oblasts, cities and districts")
    unit_sub = unit.add_subparsers(dest="unit_command", required=True, metavar="COMMAND")
    unit_sub.add_parser("list", help="id, level, parent, KATO code and names").set_defaults(
        handler=bind(unit_list)
    )
    unit_add_parser = unit_sub.add_parser("add", help="a district, city or oblast")
    unit_add_parser.add_argument("--parent", type=positive, metavar="ID")
    unit_add_parser.add_argument(
        "--level", required=True, choices=[AdminLevel.DISTRICT, AdminLevel.CITY, AdminLevel.OBLAST]
    )
    unit_add_parser.add_argument("--name-ru", required=True, metavar="TEXT")
    unit_add_parser.add_argument("--name-kk", required=True, metavar="TEXT")
    unit_add_parser.add_argument("--kato", metavar="CODE", help="9 digits")
    unit_add_parser.set_defaults(handler=bind(unit_add))
