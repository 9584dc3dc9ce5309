"""The audit trail as the administrator reads it: who (by name and role, not login), what, when,
filtered by user, kind of record and period, a page at a time.

Entries keep the login they were written with (the chain's hash covers it); the name is looked
up for display, so a renamed user shows under the current name and a removed one by login.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select

from commission.db.base import Base
from commission.db.engine import Database
from commission.db.models import AuditEntry, User
from commission.domain.enums import Role
from commission.domain.permissions import Permission
from commission.services.audit import AuditEntryView, entry_view
from commission.services.context import Actor

COMMAND_LINE_PREFIX = "cli:"  # Actor.command_line(): the operating system's user at a terminal
SYSTEM_PREFIX = "system:"  # the program itself (the working calendar seeded at start-up)
UNKNOWN_LOGIN = "?"  # a failed log-in with a login that does not exist
# The trail's own tables: never the subject of an entry.
_NOT_AUDITED = frozenset({"audit_entries", "audit_head"})


@dataclass(frozen=True)
class AuditFilter:
    user_login: str | None = None
    entity: str | None = None  # a table name, «clients»
    start: date | None = None  # included, local calendar day
    end: date | None = None  # included


@dataclass(frozen=True)
class Author:
    """Who wrote entries: a user of the program, the command line, or the program itself."""

    login: str
    full_name: str | None  # None: not a user of the program
    role: Role | None

    @property
    def at_command_line(self) -> bool:
        return self.login.startswith(COMMAND_LINE_PREFIX)

    @property
    def system(self) -> bool:
        return self.login.startswith(SYSTEM_PREFIX)

    @property
    def os_user(self) -> str:
        """The operating system's user of a command-line entry («root» of «cli:root»); «» for
        ``COMMAND_LINE``, which stands for all of them."""
        return self.login.removeprefix(COMMAND_LINE_PREFIX)


# Choices of the author filter that stand for every login of their kind.
COMMAND_LINE = Author(COMMAND_LINE_PREFIX, None, None)
PROGRAM = Author(SYSTEM_PREFIX, None, None)
UNKNOWN = Author(UNKNOWN_LOGIN, None, None)


def _day_start(day: date) -> datetime:
    # The trail is in UTC; a day is the computer's local day, as the administrator means it.
    local = datetime.combine(day, time.min).astimezone()
    return local.astimezone(UTC)


def _authors(session: Any, logins: set[str]) -> dict[str, Author]:
    users = {
        u.login: u for u in session.scalars(select(User).where(User.login.in_(logins or {""})))
    }
    return {
        login: Author(
            login,
            users[login].full_name if login in users else None,
            users[login].role if login in users else None,
        )
        for login in logins
    }


@dataclass(frozen=True)
class AuditLine:
    """An entry and its author."""

    entry: AuditEntryView
    author: Author


def entries(
    db: Database,
    actor: Actor,
    filters: AuditFilter = AuditFilter(),
    limit: int = 200,
    before_seq: int | None = None,
) -> list[AuditLine]:
    """The latest ``limit`` entries matching ``filters``, newest first; ``before_seq`` pages
    further back (by the chain's number, which only grows)."""
    actor.require(Permission.VIEW_AUDIT)
    query = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit)
    if before_seq is not None:
        query = query.where(AuditEntry.seq < before_seq)
    if filters.user_login in (COMMAND_LINE_PREFIX, SYSTEM_PREFIX):
        query = query.where(AuditEntry.user_login.startswith(filters.user_login, autoescape=True))
    elif filters.user_login:
        query = query.where(AuditEntry.user_login == filters.user_login)
    if filters.entity:
        query = query.where(AuditEntry.entity == filters.entity)
    if filters.start is not None:
        query = query.where(AuditEntry.at >= _day_start(filters.start))
    if filters.end is not None:
        query = query.where(AuditEntry.at < _day_start(filters.end + timedelta(days=1)))
    with db.reading() as session:
        rows = list(session.scalars(query))
        authors = _authors(session, {row.user_login for row in rows})
        return [AuditLine(entry_view(row), authors[row.user_login]) for row in rows]


def authors(db: Database, actor: Actor) -> list[Author]:
    """The authors to filter by: every user of the program by name, then the command line, the
    program itself and unknown logins, each as one choice. Read from the users, not from the
    trail, which grows by thousands of entries a month and has no index to list them by."""
    actor.require(Permission.VIEW_AUDIT)
    with db.reading() as session:
        users = [Author(u.login, u.full_name, u.role) for u in session.scalars(select(User))]
    users.sort(key=lambda a: ((a.full_name or a.login).casefold(), a.login))
    return [*users, COMMAND_LINE, PROGRAM, UNKNOWN]


def entity_names(db: Database, actor: Actor) -> list[str]:
    """The kinds of record an entry may name (the tables), for the filter."""
    del db  # the schema, not the trail, says which kinds there are
    actor.require(Permission.VIEW_AUDIT)
    return sorted(set(Base.metadata.tables) - _NOT_AUDITED)
