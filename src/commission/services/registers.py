"""The registers of probation clients and their social-support cases, as lists to browse.

Everything here is personal data (Law No. 94-V): a role without ``VIEW_CLIENTS`` gets nothing,
a probation officer only the clients of his own district, the IIN is masked unless the role
needs it, and every list that is handed out is recorded in the audit trail (how many, whether it
was a search — never the names or the search text).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    false,
    func,
    or_,
    select,
    true,
)
from sqlalchemy.orm import Session

from commission.db.engine import Database
from commission.db.models import AdminUnit, Case, Client, User
from commission.domain.enums import (
    AuditAction,
    ClientCategory,
    Language,
    MeasureState,
    ProgrammeState,
)
from commission.domain.iin import mask_iin
from commission.domain.permissions import Permission
from commission.services import audit, client_order, client_traces
from commission.services.client_order import ClientFilter, ClientSort
from commission.services.client_search import NameMatch, search_condition

# Where other modules have always found them.
from commission.services.client_search import search_key as search_key
from commission.services.client_search import short_name as short_name
from commission.services.context import Actor
from commission.services.scope import covered_districts, sees_district

OPEN_CASE_STATES = (ProgrammeState.DRAFT, ProgrammeState.APPROVED, ProgrammeState.IN_PROGRESS)
OPEN_MEASURE_STATES = (MeasureState.ASSIGNED, MeasureState.IN_PROGRESS, MeasureState.ESCALATED)
_CHUNK = 500


def chunked(ids: Sequence[int]) -> list[Sequence[int]]:
    return [ids[i : i + _CHUNK] for i in range(0, len(ids), _CHUNK)]


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
    filters: ClientFilter | None = None,
    sort: ClientSort = ClientSort.NAME,
    descending: bool = False,
    limit: int | None = None,
) -> ClientMatches:
    """The clients ``actor`` may see, as ``client_ids`` lists them, but at most ``cap`` of a
    search (every client without one), and whether more match. The names that start with
    the query come first and are read in the name index's order, stopping at ``cap``; then
    the names that contain its words, read the same way when they are many, or found by the
    trigram index and sorted when they are few. A search's matches so chosen are then sorted
    by ``sort`` when it is not the name. Without a search, ``limit`` reads the first screen
    only (``client_count`` says how long the list is). ``filters`` narrow either. Handing
    out a non-empty list is audited."""
    actor.require(Permission.VIEW_CLIENTS)
    filters = filters or ClientFilter()
    include_deregistered = include_deregistered or filters.removed_only
    with db.transaction() as session:
        found = search_condition(session, actor, search)
        query = _listed(session, actor, filters, include_deregistered, searched=found is not None)
        if found is None:
            matches = ClientMatches(_sorted(session, actor, query, sort, descending, limit))
        else:
            if isinstance(found, NameMatch):
                matches = _by_name(session, query, found, cap)
            else:
                query = query.where(found).order_by(Client.search_name, Client.id)
                matches = _capped(list(session.scalars(_limited(query, cap))), cap)
            if matches.ids and (sort is not ClientSort.NAME or descending):
                chosen = select(Client.id).where(Client.id.in_(matches.ids))
                ids = _sorted(session, actor, chosen, sort, descending, None)
                matches = ClientMatches(ids, matches.more)
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


def client_count(
    db: Database, actor: Actor, filters: ClientFilter, *, include_deregistered: bool = False
) -> int:
    """How many clients ``find_clients`` lists without a search (a number, no personal data)."""
    actor.require(Permission.VIEW_CLIENTS)
    include_deregistered = include_deregistered or filters.removed_only
    with db.reading() as session:
        listed = _listed(session, actor, filters, include_deregistered, searched=False)
        return int(session.scalar(select(func.count()).select_from(listed.subquery())) or 0)


def _listed(
    session: Session,
    actor: Actor,
    filters: ClientFilter,
    include_deregistered: bool,
    *,
    searched: bool,
) -> Select[Any]:
    scope = district_scope(actor, session)
    if include_deregistered or searched:
        # Those the district transferred away are found as those it removed are.
        scope = or_(scope, client_traces.traced_clients(actor))
    query = select(Client.id).where(scope, *client_order.conditions(actor, filters))
    if not include_deregistered:
        query = query.where(Client.deregistered_on.is_(None))
    return query


def _sorted(
    session: Session,
    actor: Actor,
    query: Select[Any],
    sort: ClientSort,
    descending: bool,
    limit: int | None,
) -> list[int]:
    if limit is not None and sort is ClientSort.DISTRICT:
        return client_order.first_by_district(session, actor, query, descending, limit)
    query = query.order_by(*client_order.sort_keys(session, actor, sort, descending))
    return list(session.scalars(query if limit is None else query.limit(limit)))


def _limited(query: Select[Any], cap: int | None) -> Select[Any]:
    """``query`` reading one row past ``cap``: whether there are more, without counting them."""
    return query if cap is None else query.limit(cap + 1)


def _capped(ids: list[int], cap: int | None) -> ClientMatches:
    if cap is not None and len(ids) > cap:
        return ClientMatches(ids[:cap], more=True)
    return ClientMatches(ids)


def _by_name(
    session: Session, query: Select[Any], name: NameMatch, cap: int | None
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
        for part in chunked(ids):
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
                    district=unit_name(actor.language, r),
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


def unit_name(language: Language, row: Any) -> str:
    return str(row.name_kk if language is Language.KK and row.name_kk else row.name_ru)


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
