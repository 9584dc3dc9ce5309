"""The register of social-support cases, as a list to browse: filtered, sorted, read by page.

Personal data, like the clients' register (``services/registers.py``): a role without
``VIEW_CLIENTS`` gets nothing, an officer only his district's cases, and every list handed out
is recorded in the audit trail (how many, whether it was a search — never what was searched).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, or_, select
from sqlalchemy.orm import Session

from commission.db.engine import Database
from commission.db.models import AdminUnit, Case, Client, Measure, User
from commission.domain.enums import AuditAction, ClientCategory, MeasureState, ProgrammeState
from commission.domain.permissions import Permission
from commission.services import audit, measure_terms
from commission.services.client_search import escape_like, name_match, short_name
from commission.services.context import Actor
from commission.services.registers import (
    OPEN_CASE_STATES,
    OPEN_MEASURE_STATES,
    chunked,
    district_scope,
    unit_name,
)
from commission.services.scope import sees_district


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
    deadline: date | None = None  # the earliest deadline of an open measure


class CaseSort(StrEnum):
    """What the register can be sorted by (the columns a user clicks)."""

    OPENED = "opened"  # the default, newest first
    NUMBER = "number"
    CLIENT = "client"
    OFFICER = "officer"
    DEADLINE = "deadline"
    STATE = "state"


@dataclass(frozen=True)
class CaseFilter:
    """What the register is narrowed to; empty values mean "any".

    Attributes:
        overdue_on: only cases with a measure overdue on this day (the case card's count).
        unassigned_too: with ``officer_id``, the cases no officer is assigned to as well (an
            officer's own list: nobody else is looking after them).
    """

    search: str = ""  # the case number, or the client's name
    open_only: bool = False
    officer_id: int | None = None
    state: ProgrammeState | None = None
    category: ClientCategory | None = None
    overdue_on: date | None = None
    unassigned_too: bool = False


def _deadline() -> Any:
    """The earliest deadline of a case's open measures, per row through the measures' index."""
    return (
        select(func.min(Measure.deadline))
        .where(Measure.case_id == Case.id, Measure.state.in_(OPEN_MEASURE_STATES))
        .scalar_subquery()
    )


def _overdue_cases(session: Session, query: Select[Any], day: date) -> ColumnElement[bool]:
    """The cases of ``query`` with a measure overdue on ``day``: those with an open measure
    past its deadline, or escalated (whose term is the decision's), counted as the case card
    counts them."""
    candidates = query.where(
        Case.id.in_(
            select(Measure.case_id).where(
                or_(
                    Measure.state == MeasureState.ESCALATED,
                    (Measure.state.in_(OPEN_MEASURE_STATES)) & (Measure.deadline < day),
                )
            )
        )
    )
    ids = list(session.scalars(candidates))
    overdue: list[int] = []
    for part in chunked(ids):
        overdue.extend(measure_terms.overdue_counts(session, part, day))
    return Case.id.in_(overdue)


def _listed(session: Session, actor: Actor, filters: CaseFilter) -> Select[Any]:
    query = (
        select(Case.id)
        .join(Client, Case.client_id == Client.id)
        .where(district_scope(actor, session))
    )
    if filters.open_only:
        query = query.where(Case.state.in_(OPEN_CASE_STATES))
    if filters.state is not None:
        query = query.where(Case.state == filters.state)
    if filters.officer_id is not None:
        mine = Case.officer_id == filters.officer_id
        query = query.where(
            or_(mine, Case.officer_id.is_(None)) if filters.unassigned_too else mine
        )
    if filters.category is not None:
        query = query.where(Client.category == filters.category)
    text = filters.search.strip()
    if text:
        by_name = name_match(session, text).matches
        by_number = Case.number.ilike(f"%{escape_like(text)}%", escape="\\")
        query = query.where(or_(by_number, by_name))
    if filters.overdue_on is not None:
        query = query.where(_overdue_cases(session, query, filters.overdue_on))
    return query


def _sort_keys(sort: CaseSort, descending: bool) -> list[Any]:
    """ORDER BY for ``sort``; ties newest first, then by id, so that pages never overlap."""
    first: list[Any]
    if sort is CaseSort.NUMBER:
        first = [Case.year, Case.seq]
    elif sort is CaseSort.CLIENT:
        first = [Client.search_name]
    elif sort is CaseSort.OFFICER:
        first = [
            select(User.full_name).where(User.id == Case.officer_id).scalar_subquery(),
        ]
    elif sort is CaseSort.DEADLINE:
        first = [_deadline()]
    elif sort is CaseSort.STATE:
        first = [case({s.value: rank for rank, s in enumerate(ProgrammeState)}, value=Case.state)]
    else:
        first = []
    keys = [*first, Case.opened_on, Case.id]
    if descending:
        return [k.desc().nulls_last() for k in keys]
    return [k.asc().nulls_last() for k in keys]


def case_ids(
    db: Database,
    actor: Actor,
    search: str = "",
    *,
    open_only: bool = False,
    filters: CaseFilter | None = None,
    sort: CaseSort = CaseSort.OPENED,
    descending: bool = True,
    limit: int | None = None,
) -> list[int]:
    """Ids of the cases of clients ``actor`` may see, newest first unless sorted otherwise;
    ``search`` matches the case number or the client's name (``filters``, when given, says
    it all instead of ``search`` and ``open_only``); the first ``limit`` only when given (the
    first screen; ``case_count`` says how long the list is). Handing out a non-empty list is
    audited."""
    actor.require(Permission.VIEW_CLIENTS)
    filters = filters or CaseFilter(search=search, open_only=open_only)
    with db.transaction() as session:
        query = _listed(session, actor, filters).order_by(*_sort_keys(sort, descending))
        if limit is not None:
            query = query.limit(limit)
        ids = list(session.scalars(query))
        if ids:
            audit.record(
                session,
                actor,
                AuditAction.VIEW,
                "cases",
                None,
                {"list": len(ids), "search": bool(filters.search.strip())},
            )
        return ids


def case_count(db: Database, actor: Actor, filters: CaseFilter) -> int:
    """How many cases ``case_ids`` lists with these filters (a number, no personal data)."""
    actor.require(Permission.VIEW_CLIENTS)
    with db.reading() as session:
        listed = _listed(session, actor, filters).subquery()
        return int(session.scalar(select(func.count()).select_from(listed)) or 0)


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
            func.min(case((is_open, Measure.deadline))).label("deadline"),
        )
        .group_by(Measure.case_id)
        .subquery("measure_counts")
    )
    by_id: dict[int, CaseRow] = {}
    with db.reading() as session:
        for part in chunked(ids):
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
                    measures.c.deadline,
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
                    district=unit_name(actor.language, r),
                    opened_on=r.opened_on,
                    state=r.state,
                    officer=r.officer,
                    measures_open=int(r.open),
                    measures_overdue=overdue.get(r.id, 0),
                    deadline=r.deadline,
                )
    return [by_id[i] for i in ids if i in by_id]
