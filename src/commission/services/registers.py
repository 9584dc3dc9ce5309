"""The registers of probation clients and their social-support cases, as lists to browse.

Everything here is personal data (Law No. 94-V): a role without ``VIEW_CLIENTS`` gets nothing,
a probation officer only the clients of his own district, the IIN is masked unless the role
needs it, and every list that is handed out is recorded in the audit trail (how many, whether it
was a search — never the names or the search text).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    SQLColumnExpression,
    and_,
    case,
    false,
    func,
    or_,
    select,
    true,
)
from sqlalchemy.orm import Session

from commission.db import name_index
from commission.db.engine import Database
from commission.db.models import AdminUnit, Case, Client, Measure, User
from commission.domain.enums import (
    AuditAction,
    ClientCategory,
    Language,
    MeasureState,
    ProgrammeState,
)
from commission.domain.iin import mask_iin, normalize_iin
from commission.domain.permissions import Permission
from commission.services import audit, client_traces, measure_terms
from commission.services.context import Actor
from commission.services.scope import covered_districts, sees_district

OPEN_CASE_STATES = (ProgrammeState.DRAFT, ProgrammeState.APPROVED, ProgrammeState.IN_PROGRESS)
OPEN_MEASURE_STATES = (MeasureState.ASSIGNED, MeasureState.IN_PROGRESS, MeasureState.ESCALATED)
# Digits a user without VIEW_FULL_IIN may search by as a prefix: those the mask shows.
_VISIBLE_IIN_DIGITS = 6
_IIN_LENGTH = 12
_CHUNK = 500
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


def _chunks(ids: Sequence[int]) -> list[Sequence[int]]:
    return [ids[i : i + _CHUNK] for i in range(0, len(ids), _CHUNK)]


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def district_scope(actor: Actor, session: Session | None = None) -> ColumnElement[bool]:
    """The clients ``actor`` may see: those of the districts under the acting commission (all,
    while the database holds one commission), the own district, or none."""
    if not actor.can(Permission.VIEW_CLIENTS):
        return false()
    if actor.can(Permission.VIEW_ALL_DISTRICTS):
        covered = None if session is None else covered_districts(session, actor)
        return true() if covered is None else Client.district_id.in_(covered)
    if actor.district_id is None:
        return false()
    return Client.district_id == actor.district_id


@dataclass(frozen=True)
class _NameMatch:
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


def _name_match(session: Session, text: str, *, one_district: bool = False) -> _NameMatch:
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
        return _NameMatch(starts, starts)
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
    return _NameMatch(starts, and_(inside, *short), scanned, probe)


def _contains(
    word: str, column: SQLColumnExpression[str] = Client.search_name
) -> ColumnElement[bool]:
    return column.like(f"%{_escape_like(word)}%", escape="\\")


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


def _search(session: Session, actor: Actor, text: str) -> ColumnElement[bool] | _NameMatch | None:
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
    return _name_match(session, text, one_district=one_district)


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
        starts = Case.number.like(f"{_escape_like(prefix)}%", escape="\\")
    return select(Case.client_id).where(starts)


# --- clients ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClientRow:
    id: int
    iin: str  # masked unless the role may see it whole
    full_name: str
    birth_date: date
    category: ClientCategory
    district: str
    officer: str | None
    registered_on: date | None
    deregistered_on: date | None
    case_count: int
    # A client the reader's district transferred away: the row is its trace, read-only.
    transferred_to: str | None = None
    transferred_on: date | None = None


# How many best matches a search hands out: a list holds what a user reads, and the count
# beyond it is shown as «500+», not counted through a million names.
SEARCH_CAP = 500
# Matches of a name's words the trigram index is asked for to tell rare words from common
# ones: rarer words are sorted whole, commoner ones read in name order until a page is full.
_RARE_MATCHES = 5_000


@dataclass(frozen=True)
class ClientMatches:
    """The ids of a client list, best matches first.

    Attributes:
        more: more clients match than ``ids`` holds (the search was capped).
    """

    ids: list[int]
    more: bool = False


def client_ids(
    db: Database, actor: Actor, search: str = "", *, include_deregistered: bool = False
) -> list[int]:
    """Ids of the clients ``actor`` may see: matching ``search`` (name, IIN or case number),
    best matches first, else by name; every match (``find_clients`` stops at a page).
    Handing out a non-empty list is audited."""
    return find_clients(db, actor, search, include_deregistered=include_deregistered, cap=None).ids


def find_clients(
    db: Database,
    actor: Actor,
    search: str = "",
    *,
    include_deregistered: bool = False,
    cap: int | None = SEARCH_CAP,
) -> ClientMatches:
    """The clients ``actor`` may see, as ``client_ids`` lists them, but at most ``cap`` of a
    search (every client without one), and whether more match. The names that start with
    the query come first and are read in the name index's order, stopping at ``cap``; then
    the names that contain its words, read the same way when they are many, or found by the
    trigram index and sorted when they are few. Handing out a non-empty list is audited."""
    actor.require(Permission.VIEW_CLIENTS)
    with db.transaction() as session:
        found = _search(session, actor, search)
        scope = district_scope(actor, session)
        if include_deregistered or found is not None:
            # Those the district transferred away are found as those it removed are.
            scope = or_(scope, client_traces.traced_clients(actor))
        query = select(Client.id).where(scope)
        if not include_deregistered:
            query = query.where(Client.deregistered_on.is_(None))
        if found is None:
            ids = list(session.scalars(query.order_by(Client.search_name, Client.id)))
            matches = ClientMatches(ids)
        elif isinstance(found, _NameMatch):
            matches = _by_name(session, query, found, cap)
        else:
            query = query.where(found).order_by(Client.search_name, Client.id)
            matches = _capped(list(session.scalars(_limited(query, cap))), cap)
        if matches.ids:
            audit.record(
                session,
                actor,
                AuditAction.VIEW,
                "clients",
                None,
                {"list": len(matches.ids), "search": found is not None},
            )
        return matches


def _limited(query: Select[Any], cap: int | None) -> Select[Any]:
    """``query`` reading one row past ``cap``: whether there are more, without counting them."""
    return query if cap is None else query.limit(cap + 1)


def _capped(ids: list[int], cap: int | None) -> ClientMatches:
    if cap is not None and len(ids) > cap:
        return ClientMatches(ids[:cap], more=True)
    return ClientMatches(ids)


def _by_name(
    session: Session, query: Select[Any], name: _NameMatch, cap: int | None
) -> ClientMatches:
    """Names starting with the query, then those containing its words, each by name."""
    by_name = (Client.search_name, Client.id)
    first = list(session.scalars(_limited(query.where(name.starts).order_by(*by_name), cap)))
    if (cap is not None and len(first) > cap) or name.matches is name.starts:
        return _capped(first, cap)
    rest = cap + 1 - len(first) if cap is not None else None
    inside = name.matches
    if rest is not None and name.probe is not None and name.scanned is not None:
        common = session.scalar(
            select(func.count()).select_from(name.probe.limit(_RARE_MATCHES).subquery())
        )
        if common is not None and common >= _RARE_MATCHES:
            inside = name.scanned
    others = query.where(inside, ~name.starts).order_by(*by_name)
    if rest is not None:
        others = others.limit(rest)
    return _capped(first + list(session.scalars(others)), cap)


def client_rows(db: Database, actor: Actor, ids: Sequence[int]) -> list[ClientRow]:
    """The rows of these clients in the order of ``ids``; clients outside the actor's scope
    are left out, whatever ids are asked for."""
    actor.require(Permission.VIEW_CLIENTS)
    if not ids:
        return []
    full_iin = actor.can(Permission.VIEW_FULL_IIN)
    # Counted per row through the index: a grouped subquery over all cases was materialised
    # whole, 0.1 s at a million clients for a page of fifty.
    case_count = select(func.count(Case.id)).where(Case.client_id == Client.id).scalar_subquery()
    by_id: dict[int, ClientRow] = {}
    with db.reading() as session:
        for part in _chunks(ids):
            rows = session.execute(
                select(
                    Client.id,
                    Client.iin,
                    Client.surname,
                    Client.given_name,
                    Client.patronymic,
                    Client.birth_date,
                    Client.category,
                    Client.district_id,
                    Client.registered_on,
                    Client.deregistered_on,
                    AdminUnit.name_ru,
                    AdminUnit.name_kk,
                    User.full_name.label("officer"),
                    case_count.label("cases"),
                )
                .join(AdminUnit, Client.district_id == AdminUnit.id)
                .outerjoin(User, Client.officer_id == User.id)
                .where(Client.id.in_(part), district_scope(actor, session))
            )
            for r in rows:
                if not sees_district(session, actor, r.district_id):
                    continue
                by_id[r.id] = ClientRow(
                    id=r.id,
                    iin=r.iin if full_iin else mask_iin(r.iin),
                    full_name=" ".join(p for p in (r.surname, r.given_name, r.patronymic) if p),
                    birth_date=r.birth_date,
                    category=r.category,
                    district=_unit_name(actor.language, r),
                    officer=r.officer,
                    registered_on=r.registered_on,
                    deregistered_on=r.deregistered_on,
                    case_count=int(r.cases),
                )
            missing = [i for i in part if i not in by_id]
            if missing:  # a page of the district's own clients costs no query more
                by_id.update(_trace_rows(session, actor, missing, full_iin))
    return [by_id[i] for i in ids if i in by_id]


def _trace_rows(
    session: Session, actor: Actor, ids: Sequence[int], full_iin: bool
) -> dict[int, ClientRow]:
    """The rows of clients ``actor``'s district transferred away, as they left it."""
    transfers = client_traces.latest_traces(session, actor, ids)
    notes = {n.id: n for n in client_traces.notes(session, actor, list(transfers.values()))}
    rows = {}
    for client_id, transfer in transfers.items():
        trace = client_traces.read(transfer.trace)
        card, note = trace.get("card", {}), notes[transfer.id]
        iin = str(card.get("iin", ""))
        rows[client_id] = ClientRow(
            id=client_id,
            iin=iin if full_iin else mask_iin(iin),
            full_name=" ".join(
                str(card[p]) for p in ("surname", "given_name", "patronymic") if card.get(p)
            ),
            birth_date=client_traces.parse_day(card.get("birth_date")) or date.min,
            category=ClientCategory(card["category"]),
            district=note.from_district,
            officer=card.get("officer"),
            registered_on=client_traces.parse_day(card.get("registered_on")),
            # Off this district's register since the day he left (the register export too).
            deregistered_on=client_traces.parse_day(card.get("deregistered_on"))
            or note.transferred_on,
            case_count=len(trace.get("cases", [])),
            transferred_to=note.to_district,
            transferred_on=note.transferred_on,
        )
    return rows


def _unit_name(language: Language, row: Any) -> str:
    return str(row.name_kk if language is Language.KK and row.name_kk else row.name_ru)


# --- cases --------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseRow:
    id: int
    number: str
    client_id: int
    client_name: str  # surname and initials
    district: str
    opened_on: date
    state: ProgrammeState
    officer: str | None
    measures_open: int
    measures_overdue: int


def case_ids(db: Database, actor: Actor, search: str = "", *, open_only: bool = False) -> list[int]:
    """Ids of the cases of clients ``actor`` may see, newest first; ``search`` matches the
    case number or the client's name. Handing out a non-empty list is audited."""
    actor.require(Permission.VIEW_CLIENTS)
    with db.transaction() as session:
        query = (
            select(Case.id)
            .join(Client, Case.client_id == Client.id)
            .where(district_scope(actor, session))
        )
        if open_only:
            query = query.where(Case.state.in_(OPEN_CASE_STATES))
        text = search.strip()
        if text:
            by_name = _name_match(session, text).matches
            by_number = Case.number.ilike(f"%{_escape_like(text)}%", escape="\\")
            query = query.where(or_(by_number, by_name))
        ids = list(session.scalars(query.order_by(Case.opened_on.desc(), Case.id.desc())))
        if ids:
            audit.record(
                session,
                actor,
                AuditAction.VIEW,
                "cases",
                None,
                {"list": len(ids), "search": bool(text)},
            )
        return ids


def case_rows(db: Database, actor: Actor, ids: Sequence[int], today: date) -> list[CaseRow]:
    """The rows of these cases in the order of ``ids``; out-of-scope cases are left out."""
    actor.require(Permission.VIEW_CLIENTS)
    if not ids:
        return []
    is_open = Measure.state.in_(OPEN_MEASURE_STATES)
    measures = (
        select(
            Measure.case_id.label("case_id"),
            func.count(case((is_open, 1))).label("open"),
        )
        .group_by(Measure.case_id)
        .subquery("measure_counts")
    )
    by_id: dict[int, CaseRow] = {}
    with db.reading() as session:
        for part in _chunks(ids):
            # Overdue as the case card counts it: an escalated measure by the decision's term.
            overdue = measure_terms.overdue_counts(session, part, today)
            rows = session.execute(
                select(
                    Case.id,
                    Case.number,
                    Case.client_id,
                    Case.opened_on,
                    Case.state,
                    Client.surname,
                    Client.given_name,
                    Client.patronymic,
                    Client.district_id,
                    AdminUnit.name_ru,
                    AdminUnit.name_kk,
                    User.full_name.label("officer"),
                    func.coalesce(measures.c.open, 0).label("open"),
                )
                .join(Client, Case.client_id == Client.id)
                .join(AdminUnit, Client.district_id == AdminUnit.id)
                .outerjoin(User, Case.officer_id == User.id)
                .outerjoin(measures, measures.c.case_id == Case.id)
                .where(Case.id.in_(part), district_scope(actor, session))
            )
            for r in rows:
                if not sees_district(session, actor, r.district_id):
                    continue
                by_id[r.id] = CaseRow(
                    id=r.id,
                    number=r.number,
                    client_id=r.client_id,
                    client_name=short_name(r.surname, r.given_name, r.patronymic),
                    district=_unit_name(actor.language, r),
                    opened_on=r.opened_on,
                    state=r.state,
                    officer=r.officer,
                    measures_open=int(r.open),
                    measures_overdue=overdue.get(r.id, 0),
                )
    return [by_id[i] for i in ids if i in by_id]


# --- counts for the dashboard -------------------------------------------------------------


def register_counts(
    session: Session, actor: Actor, units: Collection[int] | None = None
) -> tuple[int, int]:
    """(clients on the register, open cases) within ``actor``'s scope, and of ``units`` only
    when given (the oblast's figures for the districts it chose); aggregates only."""
    actor.require(Permission.VIEW_CLIENTS)
    scope = district_scope(actor, session)
    if units is not None:
        scope = and_(scope, Client.district_id.in_(units))
    clients = session.scalar(
        select(func.count(Client.id)).where(scope, Client.deregistered_on.is_(None))
    )
    cases = session.scalar(
        select(func.count(Case.id))
        .join(Client, Case.client_id == Client.id)
        .where(scope, Case.state.in_(OPEN_CASE_STATES))
    )
    return int(clients or 0), int(cases or 0)
