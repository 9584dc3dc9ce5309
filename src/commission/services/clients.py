"""The client card: registering a probation client, correcting, opening and removing him.

Everything here is personal data (Law No. 94-V): only roles with ``VIEW_CLIENTS`` read it, a
probation officer only in his own district, the IIN is masked for roles that do not need it, and
every opening of a card is written to the audit trail. Messages never carry the IIN or a name.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import SQLColumnExpression, select
from sqlalchemy.orm import Session

from commission.db.engine import Database
from commission.db.models import AdminUnit, Case, Client, User
from commission.domain.enums import (
    AuditAction,
    ClientCategory,
    DeregistrationReason,
    Language,
    ProgrammeState,
    Role,
)
from commission.domain.iin import (
    InvalidIin,
    Sex,
    check_iin_matches,
    check_plausible_birth,
    mask_iin,
    normalize_iin,
    parse_iin,
)
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.permissions import Permission, PermissionDenied, can_see_district
from commission.services import audit, client_traces
from commission.services.cases import close_cases_on_removal
from commission.services.common import check_lengths, check_version, clean_text, get_or_fail
from commission.services.context import Actor
from commission.services.errors import InvalidInput, not_found
from commission.services.registers import search_key, short_name
from commission.services.scope import sees_district


class DuplicateIin(InvalidInput):
    """Another card already holds this IIN: one person, one card. The card is named only to
    those who may open it; an officer of another district is told that the person is
    registered (he must not make a second card) but not where."""

    def __init__(self, existing_id: int | None) -> None:
        if existing_id is None:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A person with this IIN is already registered. Ask the head of the "
                    "probation service or the administrator to transfer the card to your "
                    "district; a second card cannot be created.",
                ),
                "iin",
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A client with this IIN is already registered (card No. {card}). Open that "
                    "card instead of creating a second one.",
                ),
                "iin",
                card=existing_id,
            )
        self.existing_id = existing_id


@dataclass(frozen=True)
class ClientData:
    """What the officer types on the card. Birth date and sex come from the IIN when empty."""

    iin: str
    surname: str
    given_name: str
    district_id: int
    category: ClientCategory
    patronymic: str | None = None
    birth_date: date | None = None
    sex: Sex | None = None
    registered_address: str | None = None
    actual_address: str | None = None
    phone: str | None = None
    articles: str | None = None
    sentence_start: date | None = None
    sentence_end: date | None = None
    registered_on: date | None = None
    officer_id: int | None = None
    consent_given: bool = False
    legal_basis: str | None = None


@dataclass(frozen=True)
class PossibleDuplicate:
    """A card with the same surname, name and birth date: perhaps the same person."""

    client_id: int
    name: str | None  # surname and initials; cards outside the user's scope are never listed
    district: str


@dataclass(frozen=True)
class ClientSaved:
    """The outcome of a save: the card's id and version, or the warnings that stopped it."""

    client_id: int | None
    version: int | None
    warnings: tuple[PossibleDuplicate, ...] = ()
    closed_cases: tuple[int, ...] = ()  # ids of the cases a removal from the register closed

    @property
    def saved(self) -> bool:
        return self.client_id is not None


@dataclass(frozen=True)
class CaseLine:
    id: int
    number: str
    state: ProgrammeState
    opened_on: date


@dataclass(frozen=True)
class ClientCard:
    """The client card as it is shown; the IIN masked unless the role may see it whole."""

    id: int
    version: int
    iin: str
    iin_masked: bool
    surname: str
    given_name: str
    patronymic: str | None
    birth_date: date
    sex: Sex
    district_id: int
    district: str
    category: ClientCategory
    articles: str | None
    sentence_start: date | None
    sentence_end: date | None
    registered_on: date | None
    deregistered_on: date | None
    deregistration_reason: DeregistrationReason | None
    registered_address: str | None
    actual_address: str | None
    phone: str | None
    officer_id: int | None
    officer: str | None
    consent_given: bool
    legal_basis: str | None
    cases: tuple[CaseLine, ...] = field(default=())
    # The district this card was read from transferred the client away: where and when he
    # went. Such a card is what that district held on that day, to read and not to change.
    transferred: client_traces.TransferNote | None = None
    transfers: tuple[client_traces.TransferNote, ...] = ()  # every move, oldest first
    history: tuple[client_traces.TraceEntry, ...] = ()  # the cases' history, in a trace only

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.given_name, self.patronymic) if p)


_COLUMNS = (
    "iin",
    "surname",
    "given_name",
    "patronymic",
    "birth_date",
    "sex",
    "district_id",
    "category",
    "registered_address",
    "actual_address",
    "phone",
    "articles",
    "sentence_start",
    "sentence_end",
    "registered_on",
    "officer_id",
    "consent_given",
    "legal_basis",
)


# --- validation ---------------------------------------------------------------------------


def cleaned(data: ClientData) -> ClientData:
    """The data as it will be stored, or InvalidInput naming the first problem. Pure: the
    import uses it row by row before anything touches the database."""

    def line(value: str | None) -> str | None:
        return clean_text(value, multiline=False)

    surname = line(data.surname)
    if not surname:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Enter the client's surname."), "surname")
    given_name = line(data.given_name)
    if not given_name:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Enter the client's name."), "given_name")
    iin = normalize_iin(clean_text(data.iin, multiline=False) or "")
    if not iin:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Enter the client's IIN."), "iin")
    try:
        check_iin_matches(iin, data.birth_date, data.sex)
        info = parse_iin(iin)
        check_plausible_birth(info.birth_date, date.today())
    except InvalidIin as exc:
        raise InvalidInput(exc.text, "iin", **exc.params) from exc
    if (
        data.sentence_start is not None
        and data.sentence_end is not None
        and data.sentence_end < data.sentence_start
    ):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The sentence cannot end before it starts."),
            "sentence_end",
        )
    if data.registered_on is not None and data.registered_on < info.birth_date:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The registration date is before the birth date."),
            "registered_on",
        )
    result = replace(
        data,
        iin=iin,
        surname=surname,
        given_name=given_name,
        patronymic=line(data.patronymic),
        birth_date=info.birth_date,
        sex=info.sex,
        registered_address=line(data.registered_address),
        actual_address=line(data.actual_address),
        phone=line(data.phone),
        articles=line(data.articles),
        legal_basis=line(data.legal_basis),
    )
    check_lengths(Client, {name: getattr(result, name) for name in _COLUMNS})
    return result


def _check_scope(actor: Actor, district_id: int) -> None:
    """A probation officer registers and edits clients of his own district only."""
    if not can_see_district(actor.role, actor.district_id, district_id):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This client belongs to a district you do not serve. Nothing was changed.",
            )
        )


def _check_references(session: Session, data: ClientData) -> None:
    if session.get(AdminUnit, data.district_id) is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Choose the client's district."), "district_id"
        )
    if data.officer_id is not None:
        officer = session.get(User, data.officer_id)
        if officer is None or officer.role is not Role.PROBATION_OFFICER:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The chosen probation officer does not exist."),
                "officer_id",
            )


def iin_holder(session: Session, iin: str, own_id: int | None = None) -> int | None:
    """The id of another card holding ``iin``, if any."""
    return session.scalar(select(Client.id).where(Client.iin == iin, Client.id != (own_id or 0)))


def _check_iin_unique(session: Session, actor: Actor, iin: str, own_id: int | None) -> None:
    holder = iin_holder(session, iin, own_id)
    if holder is not None:
        district = session.scalar(select(Client.district_id).where(Client.id == holder))
        visible = district is not None and sees_district(session, actor, district)
        raise DuplicateIin(holder if visible else None)


def possible_duplicates(
    session: Session, actor: Actor, data: ClientData, own_id: int | None
) -> tuple[PossibleDuplicate, ...]:
    """Other cards with the same surname, name and birth date (case-insensitive), among those
    ``actor`` may see: a card in another district is not mentioned at all (neither its number
    nor its district), as opening it would be refused."""
    key = search_key(data.surname, data.given_name)
    column: SQLColumnExpression[str] = Client.search_name
    if session.get_bind().dialect.name != "sqlite":
        column = Client.search_name.collate("C")  # byte order: the range means "starts with"
    rows = session.execute(
        select(
            Client.id,
            Client.surname,
            Client.given_name,
            Client.patronymic,
            Client.district_id,
            Client.search_name,
            AdminUnit.name_ru,
            AdminUnit.name_kk,
        )
        .join(AdminUnit, Client.district_id == AdminUnit.id)
        .where(
            Client.birth_date == data.birth_date,
            column >= key,
            column < key + "\uffff",
            Client.id != (own_id or 0),
        )
        .order_by(Client.id)
    )
    found = []
    for r in rows:
        if search_key(r.surname, r.given_name) != key:
            continue
        if not sees_district(session, actor, r.district_id):
            continue
        district = r.name_kk if actor.language is Language.KK and r.name_kk else r.name_ru
        found.append(
            PossibleDuplicate(
                client_id=r.id,
                name=short_name(r.surname, r.given_name, r.patronymic),
                district=str(district),
            )
        )
    return tuple(found)


# --- actions ------------------------------------------------------------------------------


def _apply(client: Client, data: ClientData) -> None:
    for name in _COLUMNS:
        setattr(client, name, getattr(data, name))
    client.search_name = search_key(data.surname, data.given_name, data.patronymic)


def add_client(
    session: Session, actor: Actor, data: ClientData, *, confirm_duplicates: bool
) -> tuple[Client | None, tuple[PossibleDuplicate, ...]]:
    """Enter a client on the register in the caller's transaction, with every rule of the
    card: cleaning, the IIN (birth date and sex from it), district scope, one card per IIN,
    and cards with the same surname, name and birth date returned as warnings, which stop the
    entry (``(None, warnings)``) unless ``confirm_duplicates``. The card's own action and the
    release notices both enter clients through here."""
    actor.require(Permission.EDIT_CLIENTS)
    data = cleaned(data)
    _check_scope(actor, data.district_id)
    if data.officer_id is None and actor.role is Role.PROBATION_OFFICER:
        data = replace(data, officer_id=actor.user_id)
    _check_references(session, data)
    _check_iin_unique(session, actor, data.iin, None)
    warnings = possible_duplicates(session, actor, data, None)
    if warnings and not confirm_duplicates:
        return None, warnings
    client = Client(updated_by=actor.login)
    _apply(client, data)
    session.add(client)
    audit.record_create(session, actor, client)
    return client, warnings


def create_client(
    db: Database, actor: Actor, data: ClientData, *, confirm_duplicates: bool = False
) -> ClientSaved:
    """Register a client. A card with the same surname, name and birth date stops the save
    with warnings unless ``confirm_duplicates``; the same IIN is refused outright."""
    with db.transaction() as session:
        client, warnings = add_client(session, actor, data, confirm_duplicates=confirm_duplicates)
        if client is None:
            return ClientSaved(None, None, warnings)
        return ClientSaved(client.id, client.version, warnings)


def client_for_edit(session: Session, actor: Actor, client_id: int, version: int) -> Client:
    """The card, if ``actor`` may see it: another district's card looks exactly like a missing
    one, and only then is the version compared («changed by X» would disclose the card)."""
    client = session.get(Client, client_id)
    if client is None or not sees_district(session, actor, client.district_id):
        raise not_found("clients")
    check_version(client, version)
    return client


def update_client(
    db: Database,
    actor: Actor,
    client_id: int,
    version: int,
    data: ClientData,
    *,
    confirm_duplicates: bool = False,
) -> ClientSaved:
    """Correct a card opened at ``version``; a newer copy in the database refuses the save."""
    actor.require(Permission.EDIT_CLIENTS)
    data = cleaned(data)
    _check_scope(actor, data.district_id)
    with db.transaction() as session:
        client = client_for_edit(session, actor, client_id, version)
        _check_references(session, data)
        _check_iin_unique(session, actor, data.iin, client_id)
        if client.deregistered_on is not None and data.registered_on is not None:
            _check_deregistration_order(data.registered_on, client.deregistered_on)
        warnings: tuple[PossibleDuplicate, ...] = ()
        if (
            search_key(data.surname, data.given_name)
            != search_key(client.surname, client.given_name)
            or data.birth_date != client.birth_date
        ):
            warnings = possible_duplicates(session, actor, data, client_id)
            if warnings and not confirm_duplicates:
                return ClientSaved(None, None, warnings)
        _apply(client, data)
        audit.record_update(session, actor, client)
        session.flush()
        return ClientSaved(client.id, client.version, warnings)


def _check_deregistration_order(registered_on: date | None, deregistered_on: date) -> None:
    if registered_on is not None and deregistered_on < registered_on:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A client cannot be removed from the register before the day he was registered.",
            ),
            "deregistered_on",
        )


def deregister_client(
    db: Database,
    actor: Actor,
    client_id: int,
    version: int,
    on: date,
    reason: DeregistrationReason,
) -> ClientSaved:
    """Remove a client from the register on ``on`` for ``reason``; the card stays, and his
    open cases are closed in the same transaction (programme state «closed»)."""
    actor.require(Permission.EDIT_CLIENTS)
    with db.transaction() as session:
        client = client_for_edit(session, actor, client_id, version)
        _check_deregistration_order(client.registered_on, on)
        client.deregistered_on = on
        client.deregistration_reason = reason
        audit.record_update(session, actor, client)
        closed = close_cases_on_removal(session, actor, client)
        session.flush()
        return ClientSaved(client.id, client.version, closed_cases=tuple(closed))


def open_client(db: Database, actor: Actor, client_id: int) -> ClientCard:
    """The card of one client. Every opening is recorded as access to personal data."""
    actor.require(Permission.VIEW_CLIENTS)
    with db.transaction() as session:
        client = session.get(Client, client_id)
        if client is None or not sees_district(session, actor, client.district_id):
            # The district the client left reads his card as it was that day; for anyone
            # else, out of scope looks exactly like missing: the card is not disclosed.
            from commission.services.transfers import trace_card  # it builds on this module

            trace = trace_card(session, actor, client_id) if client is not None else None
            if trace is None:
                raise not_found("clients")
            audit.record(
                session,
                actor,
                AuditAction.VIEW,
                "clients",
                client_id,
                {"card": "personal data accessed", "trace": True},
            )
            return trace
        audit.record(
            session,
            actor,
            AuditAction.VIEW,
            "clients",
            client.id,
            {"card": "personal data accessed"},
        )
        full_iin = actor.can(Permission.VIEW_FULL_IIN)
        unit = get_or_fail(session, AdminUnit, client.district_id)
        officer = session.get(User, client.officer_id) if client.officer_id else None
        cases = session.execute(
            select(Case.id, Case.number, Case.state, Case.opened_on)
            .where(Case.client_id == client.id)
            .order_by(Case.opened_on.desc(), Case.id.desc())
        )
        return ClientCard(
            id=client.id,
            version=client.version,
            iin=client.iin if full_iin else mask_iin(client.iin),
            iin_masked=not full_iin,
            surname=client.surname,
            given_name=client.given_name,
            patronymic=client.patronymic,
            birth_date=client.birth_date,
            sex=client.sex,
            district_id=client.district_id,
            district=unit.name_kk
            if actor.language is Language.KK and unit.name_kk
            else unit.name_ru,
            category=client.category,
            articles=client.articles,
            sentence_start=client.sentence_start,
            sentence_end=client.sentence_end,
            registered_on=client.registered_on,
            deregistered_on=client.deregistered_on,
            deregistration_reason=client.deregistration_reason,
            registered_address=client.registered_address,
            actual_address=client.actual_address,
            phone=client.phone,
            officer_id=client.officer_id,
            officer=officer.full_name if officer else None,
            consent_given=client.consent_given,
            legal_basis=client.legal_basis,
            cases=tuple(CaseLine(r.id, r.number, r.state, r.opened_on) for r in cases),
            transfers=tuple(client_traces.transfers_of(session, actor, client.id)),
        )


def _unit_name(actor: Actor, unit: AdminUnit) -> str:
    return unit.name_kk if actor.language is Language.KK and unit.name_kk else unit.name_ru
