"""How the clients' register is narrowed and sorted: the filters users of the list choose
(officer, category, district, on the register or removed) and the columns it sorts by.

Only conditions and ORDER BY keys; ``services/registers.py`` reads the ids with them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, case, or_, select
from sqlalchemy.orm import Session

from commission.db.models import AdminUnit, Client, User
from commission.domain.enums import ClientCategory, Language
from commission.services import client_traces
from commission.services.context import Actor


class ClientSort(StrEnum):
    """What the register can be sorted by (the columns a user clicks)."""

    NAME = "name"  # the default: the name index's order
    DISTRICT = "district"
    CATEGORY = "category"
    OFFICER = "officer"
    REGISTERED = "registered"


@dataclass(frozen=True)
class ClientFilter:
    """What the register is narrowed to beyond the search; empty values mean "any".

    Attributes:
        removed_only: only those removed from the register (and, for a district, those it
            transferred away): the list's «Removed» choice.
    """

    officer_id: int | None = None
    category: ClientCategory | None = None
    district_id: int | None = None
    removed_only: bool = False


def conditions(actor: Actor, filters: ClientFilter) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = []
    if filters.officer_id is not None:
        found.append(Client.officer_id == filters.officer_id)
    if filters.category is not None:
        found.append(Client.category == filters.category)
    if filters.district_id is not None:
        found.append(Client.district_id == filters.district_id)
    if filters.removed_only:
        found.append(or_(Client.deregistered_on.is_not(None), client_traces.traced_clients(actor)))
    return found


def _districts_by_name(session: Session, language: Language) -> list[int]:
    """The districts in the order of their names as the list shows them (a handful of rows)."""
    units = session.execute(select(AdminUnit.id, AdminUnit.name_ru, AdminUnit.name_kk)).all()
    return [
        u.id
        for u in sorted(
            units,
            key=lambda u: (
                u.name_kk if language is Language.KK and u.name_kk else u.name_ru
            ).casefold(),
        )
    ]


def _district_rank(session: Session, language: Language) -> Any:
    ranks = {unit: rank for rank, unit in enumerate(_districts_by_name(session, language))}
    return case(ranks, value=Client.district_id) if ranks else Client.district_id


def sort_keys(session: Session, actor: Actor, sort: ClientSort, descending: bool) -> list[Any]:
    """ORDER BY for ``sort``; ties by name, then id, so that pages never overlap."""
    first: list[Any]
    if sort is ClientSort.DISTRICT:
        first = [_district_rank(session, actor.language)]
    elif sort is ClientSort.CATEGORY:
        first = [
            case({c.value: rank for rank, c in enumerate(ClientCategory)}, value=Client.category)
        ]
    elif sort is ClientSort.OFFICER:
        first = [select(User.full_name).where(User.id == Client.officer_id).scalar_subquery()]
    elif sort is ClientSort.REGISTERED:
        first = [Client.registered_on]
    else:
        first = []
    keys = [*first, Client.search_name, Client.id]
    if descending:
        return [k.desc().nulls_last() for k in keys]
    return [k.asc().nulls_last() for k in keys]


def first_by_district(
    session: Session, actor: Actor, query: Select[Any], descending: bool, limit: int
) -> list[int]:
    """The first ``limit`` ids of ``query`` sorted by district: each district's names read
    through the (district, name) index in turn until the page is full, rather than every
    client sorted to show fifty."""
    ordered = _districts_by_name(session, actor.language)
    if descending:
        ordered.reverse()
    by_name = (
        (Client.search_name.desc(), Client.id.desc())
        if descending
        else (Client.search_name, Client.id)
    )
    ids: list[int] = []
    for unit in ordered:
        rest = limit - len(ids)
        if rest <= 0:
            break
        ids.extend(
            session.scalars(query.where(Client.district_id == unit).order_by(*by_name).limit(rest))
        )
    return ids
