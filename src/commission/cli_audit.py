"""``commission-admin audit verify [--deep]``: the chain, its checkpoints and the rows."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from commission.cli_actor import acting
from commission.db import migrate
from commission.db.engine import Database
from commission.domain.permissions import Permission
from commission.services import audit

Say = Callable[[str], None]
Handler = Callable[[Database, argparse.Namespace], int]

# What each way an audit trail can break means, for the administrator reading the output.
AUDIT_PROBLEMS = {
    "missing": "the entry is missing: it was deleted from the trail",
    "chain": "the entry does not follow the one before it: an entry was replaced or reinserted",
    "altered": "the entry's contents were changed after it was written",
    "truncated": "entries at the end of the trail were removed",
    "cut": "the trail ends before an entry a checkpoint vouches for: entries at the end were "
    "removed, or an older copy of the database was put back",
    "forged": "the entry differs from the checkpoint written when it was saved: the trail was "
    "rewritten from here on",
    "wiped": "the trail is empty although checkpoints show it had entries: it was wiped",
    "unvouched": "no run of the program noted writing this entry: it was added behind the program",
}
ROW_PROBLEMS = {
    "edited": "changed behind the program (differs from its audit entry)",
    "unstamped": "added behind the program (no audit entry)",
    "deleted": "deleted behind the program (the trail says it exists)",
    "stale": "put back to an older state behind the program",
    "foreign": "its audit stamp points to an entry about something else",
}


def verify(db: Database, args: argparse.Namespace, say: Say) -> int:
    migrate.ensure_current(db)
    acting(args).require(Permission.VIEW_AUDIT)
    result = audit.verify(db, deep=args.deep)
    where = f"{result.checkpoints} checkpoints in {db.checkpoints.folder}"
    if result.ok:
        rows = f", {result.rows_checked} rows match it" if args.deep else ""
        say(f"audit trail intact: {result.checked} entries{rows} ({where})")
        return 0
    if result.problem == "rows":
        say(f"audit trail intact: {result.checked} entries, but {len(result.rows)} rows differ:")
        for row in result.rows:
            say(f"  {row.table} #{row.key}: {ROW_PROBLEMS.get(row.problem, row.problem)}")
        return 1
    problem = AUDIT_PROBLEMS.get(result.problem or "", result.problem or "unknown problem")
    say(f"audit trail broken at entry #{result.first_bad_seq}: {problem} ({where})")
    return 1


def add_parsers(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    bind: Callable[[Callable[[Database, argparse.Namespace, Say], int]], Handler],
) -> None:
    """``audit verify``."""
    group = commands.add_parser("audit", help="the audit trail")
    actions = group.add_subparsers(dest="audit_command", required=True, metavar="COMMAND")
    check = actions.add_parser(
        "verify",
        help="check that no entry was changed or removed, against the checkpoints kept "
        "outside the database",
    )
    check.add_argument(
        "--deep",
        action="store_true",
        help="also check every row against the entry that last wrote it",
    )
    check.set_defaults(handler=bind(verify))
