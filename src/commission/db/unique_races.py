"""Two users saving the same thing at once: the loser's unique violation, said plainly.

Every service checks for a duplicate before it writes (an agency of the same name, a client
with the same IIN, a login taken). On SQLite writers take turns (BEGIN IMMEDIATE), so that check
always answers. On PostgreSQL two sessions can both pass it before either commits; the second
insert then fails on the unique constraint. ``Database.transaction`` turns that failure into a
``DuplicateRecord`` with a message for the constraint, the same sense as the service's own
duplicate message but without the values: the driver's text quotes them (an IIN), and the
message is shown, printed and possibly logged.
"""

from __future__ import annotations

import re
import sqlite3

from sqlalchemy import UniqueConstraint
from sqlalchemy.exc import IntegrityError

from commission.domain.messages import QT_TRANSLATE_NOOP, UserError

_UNIQUE_VIOLATION = "23505"  # PostgreSQL's SQLSTATE
# «UNIQUE constraint failed: clients.iin» or «…: meetings.commission_id, meetings.year, …»
_SQLITE_UNIQUE = re.compile(r"^UNIQUE constraint failed: ([\w., ]+)$")

GENERIC = QT_TRANSLATE_NOOP(
    "Errors",
    "Another user has just saved the same record. Nothing was saved; open it again to see "
    "the current version.",
)

# constraint name -> (message, the field the user would correct)
MESSAGES: dict[str, tuple[str, str | None]] = {
    "uq_agencies_name_ru": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Another user has just saved an agency with the same name. Nothing was saved; "
            "open the list of agencies again to see it.",
        ),
        "name_ru",
    ),
    "uq_agencies_bin": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Another user has just saved an agency with the same BIN. Nothing was saved; "
            "open the list of agencies again to see it.",
        ),
        "bin",
    ),
    "uq_clients_iin": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Another user has just registered a client with the same IIN. Nothing was saved; "
            "find the client in the register, or run the import again.",
        ),
        "iin",
    ),
    "uq_users_login": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Another administrator has just created a user with this login. Nothing was "
            "saved; choose another login.",
        ),
        "login",
    ),
    "uq_meetings_number_in_year": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Another user has just saved a meeting with the same number this year. Nothing "
            "was saved; choose another number.",
        ),
        "number",
    ),
    "uq_cases_number": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "The case number was just taken by another user. Nothing was saved; save again "
            "to get the next one.",
        ),
        None,
    ),
}
MESSAGES["uq_cases_year_seq"] = MESSAGES["uq_cases_number"]


class DuplicateRecord(UserError):
    """The record was saved by someone else a moment ago; nothing of this action was saved.

    Attributes:
        constraint: the unique constraint that refused the row (``uq_clients_iin``), or the
            table and columns SQLite names when no constraint of the schema matches.
        field: the field the user would correct, when the constraint names one.
    """

    def __init__(self, text: str, constraint: str, field: str | None) -> None:
        super().__init__(text)
        self.constraint = constraint
        self.field = field


def _named_by_columns(table: str, columns: list[str]) -> str:
    """The schema's name of the unique constraint on ``table``'s ``columns`` (SQLite's text
    lists the columns, PostgreSQL names the constraint)."""
    import commission.db.models  # noqa: F401  (registers every table with the metadata)
    from commission.db.base import Base

    found = Base.metadata.tables.get(table)
    if found is not None:
        for constraint in found.constraints:
            if (
                isinstance(constraint, UniqueConstraint)
                and constraint.name
                and [c.name for c in constraint.columns] == columns
            ):
                return str(constraint.name)
    return f"{table}({', '.join(columns)})"


def violated_constraint(exc: IntegrityError) -> str | None:
    """The unique constraint ``exc`` reports, or ``None`` if it is not a unique violation."""
    orig = exc.orig
    if getattr(orig, "sqlstate", None) == _UNIQUE_VIOLATION:
        diag = getattr(orig, "diag", None)
        name = getattr(diag, "constraint_name", None)
        return str(name) if name else "?"
    if isinstance(orig, sqlite3.IntegrityError):
        match = _SQLITE_UNIQUE.match(str(orig.args[0]) if orig.args else "")
        if match is None:
            return None
        pairs = [part.strip().split(".", 1) for part in match.group(1).split(",")]
        tables = {pair[0] for pair in pairs}
        if len(tables) != 1 or any(len(pair) != 2 for pair in pairs):
            return "?"
        return _named_by_columns(tables.pop(), [pair[1] for pair in pairs])
    return None


def duplicate_of(exc: IntegrityError) -> DuplicateRecord | None:
    """The user's message for a unique violation; ``None`` for any other integrity error."""
    constraint = violated_constraint(exc)
    if constraint is None:
        return None
    text, field = MESSAGES.get(constraint, (GENERIC, None))
    return DuplicateRecord(text, constraint, field)
