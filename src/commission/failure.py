"""The one place a failure becomes what the user reads and what the log keeps.

A ``UserError`` is the user's to act on: its message is shown as it is and nothing is logged.
Anything else is a bug or an unforeseen failure: the user gets a plain sentence with an incident
number, and the log gets a line with that number and identifiers only — the exception's type,
the table and constraint a database error names, and the frames as file:line:function.

Never the exception's message or a local value: a database error's message quotes the SQL
parameters of the failed statement (IINs, surnames, addresses), and an export's or an import's
error quotes file names and cell values. The log is read by people who must not see those.
"""

from __future__ import annotations

import contextlib
import logging
import re
import secrets
import sqlite3
import traceback
from collections.abc import Callable
from pathlib import Path

from commission.domain.messages import ERRORS_CONTEXT, QT_TRANSLATE_NOOP, UserError

Translate = Callable[[str, str], str]

log = logging.getLogger("commission.failure")

# The incident number already given to an exception, so that showing it twice logs it once.
_INCIDENT = "_commission_incident"
# SQLite names a failed unique or check constraint as «table.column, table.column»: identifiers.
_SQLITE_CONSTRAINT = re.compile(
    r"^(UNIQUE|NOT NULL|CHECK|FOREIGN KEY) constraint failed(: [\w., ]+)?$"
)

UNEXPECTED = QT_TRANSLATE_NOOP(
    "Errors",
    "Something went wrong and the action was not completed. Nothing was saved. If it happens "
    "again, tell the administrator the incident number {incident}.",
)


def new_incident() -> str:
    """A short number a user can read out on the phone: «K7Q2-9XMD»."""
    alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I
    code = "".join(secrets.choice(alphabet) for _ in range(8))
    return f"{code[:4]}-{code[4:]}"


def _short_path(filename: str) -> str:
    """A frame's file from the package down (``commission/services/x.py``), never the user's
    home folder, whose name is often the user's own."""
    parts = Path(filename).parts
    for anchor in ("commission", "sqlalchemy", "psycopg", "openpyxl", "PySide6", "docx"):
        if anchor in parts:
            index = len(parts) - 1 - parts[::-1].index(anchor)
            return "/".join(parts[index:])
    return Path(filename).name


def frames(exc: BaseException) -> list[str]:
    """``file:line:function`` for every frame of ``exc`` and its causes, oldest cause first."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain and len(chain) < 10:
        chain.append(current)
        current = current.__cause__ or current.__context__
    lines: list[str] = []
    for link in reversed(chain):
        if len(chain) > 1:  # which exception the frames below belong to
            lines.append(f"  [{_qualified(link)}]")
        for frame in traceback.extract_tb(link.__traceback__):
            lines.append(f"  {_short_path(frame.filename)}:{frame.lineno}:{frame.name}")
    return lines


def _qualified(exc: BaseException) -> str:
    kind = type(exc)
    return kind.__name__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__name__}"


def database_facts(exc: BaseException) -> dict[str, str]:
    """The table and constraint a database error names: identifiers, never values."""
    facts: dict[str, str] = {}
    orig = getattr(exc, "orig", None)
    diag = getattr(orig, "diag", None)  # psycopg
    if diag is not None:
        for key in ("table_name", "constraint_name", "column_name", "sqlstate"):
            value = getattr(diag, key, None)
            if value:
                facts[key.removesuffix("_name")] = str(value)
    if isinstance(orig, sqlite3.Error):
        name = getattr(orig, "sqlite_errorname", None)
        if name:
            facts["sqlite"] = str(name)
        text = str(orig.args[0]) if orig.args else ""
        # Only the fixed wording with identifiers after it; anything else may quote data.
        if _SQLITE_CONSTRAINT.match(text):
            facts["constraint"] = text
    return facts


def log_line(
    exc: BaseException, incident: str, where: str = "", entity: str = "", entity_id: object = None
) -> str:
    """The log's record of an unexpected failure; see the module's notes for what it omits."""
    head = f"incident {incident}: unexpected {_qualified(exc)}"
    if where:
        head += f" in {where}"
    facts = database_facts(exc)
    if entity:
        facts.setdefault("entity", entity)
    if entity_id is not None:
        facts["id"] = str(entity_id) if isinstance(entity_id, int) else "?"
    if facts:
        head += " (" + ", ".join(f"{k}={v}" for k, v in facts.items()) + ")"
    return "\n".join([head, *frames(exc)])


def incident_of(exc: BaseException) -> str | None:
    """The incident number ``exc`` was logged under, if it was."""
    value = getattr(exc, _INCIDENT, None)
    return value if isinstance(value, str) else None


def log_unexpected(
    exc: BaseException, where: str = "", entity: str = "", entity_id: object = None
) -> str:
    """Log ``exc`` once under a new incident number and return the number."""
    known = incident_of(exc)
    if known is not None:
        return known
    incident = new_incident()
    # An exception type with __slots__ keeps no number: it is logged again if shown again.
    with contextlib.suppress(AttributeError):
        setattr(exc, _INCIDENT, incident)
    log.error("%s", log_line(exc, incident, where, entity, entity_id))
    return incident


def user_message(
    exc: BaseException,
    translate: Translate | None = None,
    *,
    where: str = "",
    entity: str = "",
    entity_id: object = None,
) -> str:
    """What the user reads about ``exc``, in the user's language; an unexpected failure is
    logged (once) under the incident number the message gives."""
    if isinstance(exc, UserError):
        try:
            return exc.render(translate)
        except Exception:  # a broken translation must not hide the real message
            return exc.render(None)
    incident = log_unexpected(exc, where, entity, entity_id)
    text = UNEXPECTED
    if translate is not None:
        try:
            text = str(translate(ERRORS_CONTEXT, UNEXPECTED))
        except Exception:  # the message must reach the user even if translating fails
            text = UNEXPECTED
    try:
        return text.format(incident=incident)
    except (KeyError, IndexError, ValueError):
        return UNEXPECTED.format(incident=incident)
