"""A client who changes residence goes to another district's probation service with his cases.

The officer of the client's district transfers him (he alone may change the card): the card,
its cases and their history move to the receiving district, whose officers then see and edit
them as their own, and find him on their home page among the clients transferred to them. The
district he left keeps a trace (``services.client_traces``): it finds him in its list marked
«transferred to …» and reads the card and history as they were when he left, read-only. Both
ends are in the audit trail: the card's district changed, the transfer record created.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from commission.db.engine import Database
from commission.db.models import AdminUnit, Case, Client, ClientTransfer, User
from commission.domain.enums import (
    AdminLevel,
    ClientCategory,
    DeregistrationReason,
    ProgrammeState,
    Role,
)
from commission.domain.iin import Sex, mask_iin
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.permissions import Permission
from commission.domain.programme import OPEN_PROGRAMME_STATES
from commission.domain.text import clean_text
from commission.services import audit, client_traces
from commission.services.clients import CaseLine, ClientCard, ClientSaved, client_for_edit
from commission.services.context import Actor
from commission.services.errors import InvalidInput
from commission.services.registers import short_name

# Districts and cities have a probation service; the oblast itself holds no clients.
CLIENT_LEVELS = (AdminLevel.DISTRICT, AdminLevel.CITY)
# How long a transferred client stays among the «new» ones on the receiving officer's home.
ARRIVAL_DAYS = 30
_REASON_LENGTH = 1000


@dataclass(frozen=True)
class Destination:
    """A district or city whose probation service may receive a client."""

    id: int
    name: str
    level: AdminLevel


@dataclass(frozen=True)
class Arrival:
    """A client transferred to the officer's district lately: «new: transferred from …»."""

    client_id: int
    client_name: str  # «Иванов И. К.»
    from_district: str
    transferred_on: date
    officer: str | None  # who takes him over, if the sending officer named one


def transfer_destinations(db: Database, actor: Actor) -> list[Destination]:
    """Every district and city of the database, by name, to choose where a client goes."""
    actor.require(Permission.EDIT_CLIENTS)
    with db.reading() as session:
        units = session.scalars(
            select(AdminUnit).where(AdminUnit.level.in_(CLIENT_LEVELS)).order_by(AdminUnit.name_ru)
        ).all()
        names = client_traces.unit_names(session, actor, [u.id for u in units])
        return [Destination(u.id, names[u.id], u.level) for u in units]


def _check_destination(session: Session, client: Client, to_district_id: int) -> None:
    unit = session.get(AdminUnit, to_district_id)
    if unit is None or unit.level not in CLIENT_LEVELS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Choose the district the client moves to."),
            "to_district_id",
        )
    if unit.id == client.district_id:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The client is already registered in this district."),
            "to_district_id",
        )


def _check_officer(session: Session, officer_id: int | None, to_district_id: int) -> None:
    if officer_id is None:
        return
    officer = session.get(User, officer_id)
    if (
        officer is None
        or officer.role is not Role.PROBATION_OFFICER
        or officer.district_id != to_district_id
        or not officer.is_active
    ):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The chosen officer does not work in the district the client moves to."
            ),
            "officer_id",
        )


def _clean_reason(reason: str) -> str:
    text = clean_text(reason)
    if not text:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Say why the client is transferred."), "reason"
        )
    if len(text) > _REASON_LENGTH:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The text is too long: at most {limit} characters fit, {count} were entered.",
            ),
            "reason",
            limit=_REASON_LENGTH,
            count=len(text),
        )
    return text


def transfer_client(
    db: Database,
    actor: Actor,
    client_id: int,
    version: int,
    to_district_id: int,
    on: date,
    reason: str,
    officer_id: int | None = None,
) -> ClientSaved:
    """Hand the client opened at ``version`` to the probation service of ``to_district_id``
    on ``on``: the card and its cases go there (to ``officer_id``, or to nobody until that
    district assigns an officer), and the transfer is recorded with the old district's trace.
    A client removed from the register is not transferred: he has nothing left to serve."""
    actor.require(Permission.EDIT_CLIENTS)
    reason = _clean_reason(reason)
    with db.transaction() as session:
        client = client_for_edit(session, actor, client_id, version)
        _check_destination(session, client, to_district_id)
        _check_officer(session, officer_id, to_district_id)
        if client.deregistered_on is not None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "A client removed from the register cannot be transferred."
                ),
                "to_district_id",
            )
        if client.registered_on is not None and on < client.registered_on:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "The transfer date is before the day the client was registered."
                ),
                "transferred_on",
            )
        trace = client_traces.take(session, client)
        from_district = client.district_id
        client.district_id = to_district_id
        client.officer_id = officer_id
        audit.record_update(session, actor, client)
        open_cases = session.scalars(
            select(Case).where(Case.client_id == client.id, Case.state.in_(OPEN_PROGRAMME_STATES))
        )
        for case in open_cases:
            case.officer_id = officer_id
            audit.record_update(session, actor, case)
        transfer = ClientTransfer(
            client_id=client.id,
            from_district_id=from_district,
            to_district_id=to_district_id,
            transferred_on=on,
            reason=reason,
            transferred_by=actor.user_id,
            trace=trace,
            updated_by=actor.login,
        )
        session.add(transfer)
        audit.record_create(session, actor, transfer)
        session.flush()
        return ClientSaved(client.id, client.version)


def trace_card(session: Session, actor: Actor, client_id: int) -> ClientCard | None:
    """The card of a client ``actor``'s district transferred away, as it was when he left;
    ``None`` when there is no such transfer (the caller then answers «not found»)."""
    transfer = client_traces.latest_traces(session, actor, [client_id]).get(client_id)
    if transfer is None:
        return None
    trace = client_traces.read(transfer.trace)
    card = trace.get("card", {})
    day = client_traces.parse_day
    (note,) = client_traces.notes(session, actor, [transfer])
    full_iin = actor.can(Permission.VIEW_FULL_IIN)
    iin = str(card.get("iin", ""))
    birth_date = day(card.get("birth_date"))
    reason = card.get("deregistration_reason")
    return ClientCard(
        id=client_id,
        version=transfer.version,
        iin=iin if full_iin else mask_iin(iin),
        iin_masked=not full_iin,
        surname=str(card.get("surname", "")),
        given_name=str(card.get("given_name", "")),
        patronymic=card.get("patronymic"),
        birth_date=birth_date or date.min,
        sex=Sex(card["sex"]),
        district_id=transfer.from_district_id,
        district=note.from_district,
        category=ClientCategory(card["category"]),
        articles=card.get("articles"),
        sentence_start=day(card.get("sentence_start")),
        sentence_end=day(card.get("sentence_end")),
        registered_on=day(card.get("registered_on")),
        # Off this district's register since the day he left, for having moved.
        deregistered_on=day(card.get("deregistered_on")) or transfer.transferred_on,
        deregistration_reason=DeregistrationReason(reason)
        if reason
        else DeregistrationReason.MOVED,
        registered_address=card.get("registered_address"),
        actual_address=card.get("actual_address"),
        phone=card.get("phone"),
        officer_id=None,
        officer=card.get("officer"),
        consent_given=bool(card.get("consent_given")),
        legal_basis=card.get("legal_basis"),
        cases=tuple(
            CaseLine(
                int(c["id"]),
                str(c["number"]),
                ProgrammeState(c["state"]),
                day(c["opened_on"]) or date.min,
            )
            for c in reversed(trace.get("cases", []))
        ),
        transferred=note,
        transfers=(note,),
        history=client_traces.history(trace),
    )


def arrivals(session: Session, actor: Actor, today: date) -> list[Arrival]:
    """Clients transferred to ``actor``'s district in the last ``ARRIVAL_DAYS`` days and still
    there, newest first."""
    if actor.district_id is None or not actor.can(Permission.VIEW_CLIENTS):
        return []
    rows = session.execute(
        select(ClientTransfer, Client.surname, Client.given_name, Client.patronymic, User.full_name)
        .join(Client, ClientTransfer.client_id == Client.id)
        .outerjoin(User, Client.officer_id == User.id)
        .where(
            ClientTransfer.to_district_id == actor.district_id,
            Client.district_id == actor.district_id,
            ClientTransfer.transferred_on >= today - timedelta(days=ARRIVAL_DAYS),
        )
        .order_by(ClientTransfer.transferred_on.desc(), ClientTransfer.id.desc())
    ).all()
    names = client_traces.unit_names(session, actor, {r[0].from_district_id for r in rows})
    return [
        Arrival(
            client_id=transfer.client_id,
            client_name=short_name(surname, given, patronymic),
            from_district=names.get(transfer.from_district_id, ""),
            transferred_on=transfer.transferred_on,
            officer=officer,
        )
        for transfer, surname, given, patronymic, officer in rows
    ]
