"""What a district keeps of a client it transferred to another: the trace.

When a client moves, his card and cases move with him and the receiving district works on them
as its own. The district he left still answers for what it did: its officer finds him in the
list marked «transferred to … on …» and reads his card and the cases' history as they stood on
the day he left, never what the new district writes afterwards (a new address, new measures).
So the transfer row keeps a copy of that state (``ClientTransfer.trace``, JSON), taken in the
transfer's transaction; this module writes and reads it. Nothing here checks permissions: the
callers (``services.transfers``, ``services.registers``) do.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, false, func, select
from sqlalchemy.orm import Session

from commission.db.models import AdminUnit, Case, CaseEvent, Client, ClientTransfer, Measure, User
from commission.domain.enums import CaseEventKind, Language, MeasureState, NeedKind
from commission.domain.permissions import Permission
from commission.services.context import Actor

# The card's fields the trace keeps, as they are named on ``Client`` and ``ClientCard``.
CARD_FIELDS = (
    "iin",
    "surname",
    "given_name",
    "patronymic",
    "birth_date",
    "sex",
    "category",
    "articles",
    "sentence_start",
    "sentence_end",
    "registered_on",
    "deregistered_on",
    "deregistration_reason",
    "registered_address",
    "actual_address",
    "phone",
    "consent_given",
    "legal_basis",
)


@dataclass(frozen=True)
class TransferNote:
    """One transfer as a card shows it: «transferred from A to B on …, because …»."""

    id: int
    from_district_id: int
    from_district: str
    to_district_id: int
    to_district: str
    transferred_on: date
    reason: str


@dataclass(frozen=True)
class TraceEntry:
    """A line of a case's history as the old district left it: an event of the activity log,
    or a measure of the programme (``need_kind`` and ``measure_state`` set)."""

    case_number: str
    on: date | None  # the event's day, or the measure's deadline
    text: str
    event_kind: CaseEventKind | None = None
    need_kind: NeedKind | None = None
    measure_state: MeasureState | None = None


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "value"):  # an enumeration
        return value.value
    return value


def take(session: Session, client: Client) -> str:
    """The trace of ``client`` now: his card and every case with its events and measures."""
    officer = session.get(User, client.officer_id) if client.officer_id else None
    card = {name: _plain(getattr(client, name)) for name in CARD_FIELDS}
    card["officer"] = officer.full_name if officer else None
    cases = []
    for case in session.scalars(
        select(Case).where(Case.client_id == client.id).order_by(Case.opened_on, Case.id)
    ):
        events = session.scalars(
            select(CaseEvent)
            .where(CaseEvent.case_id == case.id)
            .order_by(CaseEvent.happened_on, CaseEvent.id)
        )
        measures = session.scalars(
            select(Measure).where(Measure.case_id == case.id).order_by(Measure.id)
        )
        cases.append(
            {
                "id": case.id,
                "number": case.number,
                "state": case.state.value,
                "opened_on": _day(case.opened_on),
                "events": [
                    {"on": _day(e.happened_on), "kind": e.kind.value, "text": e.text}
                    for e in events
                ],
                "measures": [
                    {
                        "deadline": _day(m.deadline),
                        "need_kind": m.need_kind.value,
                        "state": m.state.value,
                        "action": m.action,
                    }
                    for m in measures
                ],
            }
        )
    return json.dumps({"card": card, "cases": cases}, ensure_ascii=False, sort_keys=True)


def read(trace: str) -> dict[str, Any]:
    value = json.loads(trace)
    return value if isinstance(value, dict) else {}


def parse_day(text: object) -> date | None:
    return date.fromisoformat(text) if isinstance(text, str) and text else None


def history(trace: dict[str, Any]) -> tuple[TraceEntry, ...]:
    """The cases' events and measures in the trace, by day (undated measures last)."""
    lines: list[TraceEntry] = []
    for case in trace.get("cases", []):
        number = str(case.get("number", ""))
        for e in case.get("events", []):
            lines.append(
                TraceEntry(number, parse_day(e.get("on")), str(e["text"]), CaseEventKind(e["kind"]))
            )
        for m in case.get("measures", []):
            lines.append(
                TraceEntry(
                    number,
                    parse_day(m.get("deadline")),
                    str(m["action"]),
                    need_kind=NeedKind(m["need_kind"]),
                    measure_state=MeasureState(m["state"]),
                )
            )
    lines.sort(key=lambda line: (line.on is None, line.on or date.min, line.case_number))
    return tuple(lines)


def former_district(actor: Actor) -> int | None:
    """The district whose traces ``actor`` reads: an officer's own; nobody else needs them
    (the roles that see every district see the card itself)."""
    if not actor.can(Permission.VIEW_CLIENTS) or actor.can(Permission.VIEW_ALL_DISTRICTS):
        return None
    return actor.district_id


def traced_clients(actor: Actor) -> ColumnElement[bool]:
    """The clients ``actor``'s district transferred away and no longer holds."""
    district = former_district(actor)
    if district is None:
        return false()
    return Client.id.in_(
        select(ClientTransfer.client_id).where(ClientTransfer.from_district_id == district)
    ) & (Client.district_id != district)


def latest_traces(
    session: Session, actor: Actor, client_ids: Collection[int]
) -> dict[int, ClientTransfer]:
    """For each of ``client_ids`` that ``actor``'s district transferred away and no longer
    holds, its latest transfer from that district (a client may leave it twice)."""
    district = former_district(actor)
    if district is None or not client_ids:
        return {}
    latest = (
        select(func.max(ClientTransfer.id))
        .join(Client, ClientTransfer.client_id == Client.id)
        .where(
            ClientTransfer.client_id.in_(client_ids),
            ClientTransfer.from_district_id == district,
            Client.district_id != district,
        )
        .group_by(ClientTransfer.client_id)
    )
    rows = session.scalars(select(ClientTransfer).where(ClientTransfer.id.in_(latest)))
    return {row.client_id: row for row in rows}


def unit_names(session: Session, actor: Actor, ids: Collection[int]) -> dict[int, str]:
    """The units' names in ``actor``'s language."""
    rows = session.scalars(select(AdminUnit).where(AdminUnit.id.in_(ids or {0})))
    return {
        u.id: u.name_kk if actor.language is Language.KK and u.name_kk else u.name_ru for u in rows
    }


def notes(session: Session, actor: Actor, rows: Collection[ClientTransfer]) -> list[TransferNote]:
    """The transfers as cards show them, oldest first."""
    names = unit_names(
        session, actor, {r.from_district_id for r in rows} | {r.to_district_id for r in rows}
    )
    return [
        TransferNote(
            id=r.id,
            from_district_id=r.from_district_id,
            from_district=names.get(r.from_district_id, ""),
            to_district_id=r.to_district_id,
            to_district=names.get(r.to_district_id, ""),
            transferred_on=r.transferred_on,
            reason=r.reason,
        )
        for r in sorted(rows, key=lambda r: (r.transferred_on, r.id))
    ]


def transfers_of(session: Session, actor: Actor, client_id: int) -> list[TransferNote]:
    """Every transfer of one client, for the card of whoever holds him now."""
    rows = session.scalars(select(ClientTransfer).where(ClientTransfer.client_id == client_id))
    return notes(session, actor, list(rows))
