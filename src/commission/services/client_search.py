"""Finding probation clients by what users type: a name (its start, or its words anywhere),
an IIN (as much of it as the role may see) or a case number.

The conditions here are read by the registers (``services/registers.py``), which add the
district scope and the audit; nothing here reads a row by itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, SQLColumnExpression, and_, false, select
from sqlalchemy.orm import Session

from commission.db import name_index
from commission.db.models import Case, Client
from commission.domain.iin import normalize_iin
from commission.domain.permissions import Permission
from commission.services.context import Actor

# Digits a user without VIEW_FULL_IIN may search by as a prefix: those the mask shows.
_VISIBLE_IIN_DIGITS = 6
_IIN_LENGTH = 12
# A case number as users type it: «12/2026», or its start «12/».
_CASE_NUMBER = re.compile(r"^\d{1,6}/\d{0,4}$")
_CASE_SEQ_DIGITS = 4


def search_key(*parts: str | None) -> str:
    """The case-folded, single-spaced text that ``Client.search_name`` holds and that a
    search query is turned into (``search_key(surname, given_name, patronymic)``)."""
    return " ".join(" ".join(p for p in parts if p).casefold().split())


def short_name(surname: str, given_name: str, patronymic: str | None) -> str:
    """«Иванов И. К.»: the surname and initials, as lists and minutes show a client."""
    initials = " ".join(f"{p[0]}." for p in (given_name, patronymic) if p)
    return f"{surname} {initials}".strip()


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass(frozen=True)
class NameMatch:
    """A name query as conditions on the case-folded name.

    Attributes:
        starts: the name starts with the query (a range on the indexed column).
        matches: every word found anywhere in the name, through the trigram index.
        scanned: the same as ``matches``, as a filter on rows read in name order: what a
            query whose words are in many names uses to stop at the first page (``None``
            when there is no such choice to make).
        probe: the trigram index's own search, to learn cheaply whether the words are rare.
    """

    starts: ColumnElement[bool]
    matches: ColumnElement[bool]
    scanned: ColumnElement[bool] | None = None
    probe: Select[Any] | None = None


def name_match(session: Session, text: str, *, one_district: bool = False) -> NameMatch:
    """The conditions of a name query.

    «Starts with» is a range on the indexed column. «Matches» is every word of the query
    found anywhere in the name, in any order ("иван петр" finds «Петров Иван Сергеевич»),
    through the trigram index (``db/name_index.py``). A query of one or two letters only
    matches names that start with it: a trigram index cannot answer it, and a scan of every
    client on each keystroke is what this avoids. Words of one or two letters next to a
    longer one are checked on the rows the longer words found.

    ``one_district``: the query is limited to a district (an officer's), whose index then
    drives the query better than the trigram matches of all districts.
    """
    key = search_key(text)
    column: SQLColumnExpression[str] = Client.search_name
    sqlite = session.get_bind().dialect.name == "sqlite"
    if not sqlite and not name_index.pg_sorts_by_code_point(session.connection()):
        # Byte order, so that the range means "starts with" whatever the database's collation
        # (read without the index's help: it is in the database's order).
        column = Client.search_name.collate("C")
    starts = and_(column >= key, column < key + "\uffff")
    if len(key) < name_index.MIN_LETTERS:
        return NameMatch(starts, starts)
    words = key.split()
    long_words = [w for w in words if len(w) >= name_index.MIN_LETTERS]
    if not long_words:
        # «ив пе»: no word the index can look up; the query as typed, spaces included.
        long_words, words = [key], []
    short = [_contains(w) for w in words if w not in long_words]
    probe: Select[Any] | None = None
    if sqlite and name_index.sqlite_has_fts(session.connection()):
        found = select(name_index.fts.c.rowid).where(
            name_index.fts.c[name_index.FTS_TABLE].match(name_index.fts_phrases(long_words))
        )
        # «id + 0» keeps SQLite from looking up every match of every district by rowid when
        # the district's index finds the officer's clients first (2-3 times faster there).
        ident: SQLColumnExpression[int] = Client.id + 0 if one_district else Client.id
        inside: ColumnElement[bool] = ident.in_(found)
        probe = found
    else:
        # PostgreSQL's pg_trgm GIN index answers LIKE '%…%' (ANDed, each word).
        inside = and_(*(_contains(w) for w in long_words))
    # The same words read off the rows in name order: a word in thousands of names is found
    # on the first pages of the name index. SQLite only: PostgreSQL's planner chooses between
    # the two indexes itself, and its trigram index cannot stop early to tell it which.
    scanned = and_(*(_contains(w) for w in words or long_words)) if sqlite else None
    # Every name starting with the query contains its words, so «matches» includes «starts».
    return NameMatch(starts, and_(inside, *short), scanned, probe)


def _contains(
    word: str, column: SQLColumnExpression[str] = Client.search_name
) -> ColumnElement[bool]:
    return column.like(f"%{escape_like(word)}%", escape="\\")


def _digits_prefix(column: SQLColumnExpression[str], digits: str) -> ColumnElement[bool]:
    """``column`` starts with ``digits``, as a range the unique index answers («8501» is
    8501 <= iin < 8502): SQLite's LIKE is case-insensitive, so it could not use the index."""
    stem = digits.rstrip("9")
    if not stem:
        return column >= digits
    upper = stem[:-1] + str(int(stem[-1]) + 1)
    return and_(column >= digits, column < upper)


def _iin_match(actor: Actor, digits: str) -> ColumnElement[bool]:
    """IIN search. Without VIEW_FULL_IIN a prefix may not reach into the masked digits,
    which would let a user read them one keystroke at a time; a whole IIN still matches."""
    if actor.can(Permission.VIEW_FULL_IIN) or len(digits) <= _VISIBLE_IIN_DIGITS:
        return _digits_prefix(Client.iin, digits)
    if len(digits) == _IIN_LENGTH:
        return Client.iin == digits
    return false()


def search_condition(
    session: Session, actor: Actor, text: str
) -> ColumnElement[bool] | NameMatch | None:
    """The condition of a search by IIN or case number, the conditions of a name search, or
    ``None`` when there is no search text."""
    text = text.strip()
    if not text:
        return None
    if _CASE_NUMBER.match(text):
        return _case_number_match(session, text)
    digits = normalize_iin(text)
    if digits.isascii() and digits.isdigit():
        condition = _iin_match(actor, digits)
        if len(digits) <= _CASE_SEQ_DIGITS:
            # «12» may be the start of an IIN or a case number typed without its year. One
            # set of ids from both indexes: an OR of the two made PostgreSQL read every client
            # (0.1 s at a million).
            by_iin = select(Client.id).where(condition)
            condition = Client.id.in_(by_iin.union(_case_number_clients(session, digits + "/")))
        return condition
    one_district = not actor.can(Permission.VIEW_ALL_DISTRICTS)
    return name_match(session, text, one_district=one_district)


def _case_number_match(session: Session, prefix: str) -> ColumnElement[bool]:
    """Clients with a case whose number starts with ``prefix`` («12/2026», «12/»)."""
    return Client.id.in_(_case_number_clients(session, prefix))


def _case_number_clients(session: Session, prefix: str) -> Select[int]:
    """The ids of the clients with a case whose number starts with ``prefix``."""
    if session.get_bind().dialect.name == "sqlite":
        # A range the unique index answers; SQLite's LIKE, case-insensitive, cannot use it.
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        starts = and_(Case.number >= prefix, Case.number < upper)
    else:
        # PostgreSQL's collation may ignore the «/» in a range; the cases table is small.
        starts = Case.number.like(f"{escape_like(prefix)}%", escape="\\")
    return select(Case.client_id).where(starts)
