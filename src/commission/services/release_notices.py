"""A prison's notice of a coming release, which opens a draft case before the release
(«встреча у ворот»): the probation officer plans the help while the person is still inside.

With an IIN the client is found on the register (or entered on it, category «released») and a
draft case is opened with the needs the notice names; a client who already has an open case
gets the needs added to it instead of a second case. A notice without an IIN is kept as received:
the register needs the IIN, so the case is opened when the IIN is known.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from commission.db.engine import Database
from commission.db.models import AdminUnit, Case, Client, Need, ReleaseNotice
from commission.domain.enums import (
    AuditAction,
    CaseEventKind,
    ClientCategory,
    NeedKind,
    ReleaseNoticeState,
)
from commission.domain.iin import check_iin_matches, normalize_iin
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.permissions import Permission, can_see_district
from commission.services import audit
from commission.services.cases import add_event, new_case
from commission.services.clients import ClientData, DuplicateIin, PossibleDuplicate, add_client
from commission.services.common import check_lengths, clean_text, get_for_edit
from commission.services.context import Actor
from commission.services.errors import InvalidInput, not_found
from commission.services.registers import OPEN_CASE_STATES
from commission.services.scope import sees_district


@dataclass(frozen=True)
class ReleaseNoticeData:
    received_on: date
    institution: str
    surname: str
    given_name: str
    patronymic: str | None
    expected_release: date
    district_id: int
    iin: str | None = None
    birth_date: date | None = None
    chosen_residence: str | None = None
    needs: Sequence[NeedKind] = ()
    needs_text: str | None = None


@dataclass(frozen=True)
class ReleaseNoticeResult:
    notice_id: int
    state: ReleaseNoticeState
    client_id: int | None
    client_created: bool
    case_id: int | None
    case_number: str | None
    case_created: bool


def _cleaned(data: ReleaseNoticeData, today: date) -> ReleaseNoticeData:
    institution = clean_text(data.institution, multiline=False)
    if not institution:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Enter the institution that sent the notice."),
            "institution",
        )
    surname = clean_text(data.surname, multiline=False)
    given = clean_text(data.given_name, multiline=False)
    if not surname or not given:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Enter the surname and the given name."), "surname"
        )
    if data.received_on > today:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The date {day} is in the future."),
            "received_on",
            day=data.received_on.strftime("%d.%m.%Y"),
        )
    if data.expected_release < data.received_on:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The expected release date is before the notice was received."
            ),
            "expected_release",
        )
    iin = normalize_iin(data.iin) if data.iin and data.iin.strip() else None
    if iin is not None:
        check_iin_matches(iin, data.birth_date, None)
    cleaned = replace(
        data,
        institution=institution,
        surname=surname,
        given_name=given,
        patronymic=clean_text(data.patronymic, multiline=False),
        iin=iin,
        chosen_residence=clean_text(data.chosen_residence),
        needs_text=clean_text(data.needs_text),
    )
    check_lengths(
        Client,
        {"surname": surname, "given_name": given, "patronymic": cleaned.patronymic},
    )
    check_lengths(ReleaseNotice, {"institution": institution})
    return cleaned


class PossibleDuplicateClient(InvalidInput):
    """The person of a notice is not on the register under this IIN, but a card with the
    same surname, name and birth date is: perhaps the IIN is mistyped on one of them."""

    def __init__(self, warnings: tuple[PossibleDuplicate, ...]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A client with the same surname, name and birth date is already registered "
                "({district}) under another IIN. Check the IIN; to enter this person on the "
                "register anyway, press Save again.",
            ),
            "iin",
            district=warnings[0].district,
        )
        self.warnings = warnings


def _client_data(data: ReleaseNoticeData, iin: str) -> ClientData:
    """The client card a notice enters on the register (category «released»)."""
    return ClientData(
        iin=iin,
        surname=data.surname,
        given_name=data.given_name,
        patronymic=data.patronymic,
        birth_date=data.birth_date,
        district_id=data.district_id,
        category=ClientCategory.RELEASED,
        actual_address=data.chosen_residence,
    )


def record_release_notice(
    db: Database,
    actor: Actor,
    data: ReleaseNoticeData,
    *,
    today: date | None = None,
    confirm_duplicates: bool = False,
) -> ReleaseNoticeResult:
    """Record the notice and, when the IIN is given, open (or reuse) the client's draft case.

    A person not yet on the register is entered by the client card's rules
    (``clients.add_client``); a card with the same name and birth date refuses the notice with
    ``PossibleDuplicateClient`` unless ``confirm_duplicates``."""
    actor.require(Permission.EDIT_CASES)
    today = today or date.today()
    data = _cleaned(data, today)
    if not can_see_district(actor.role, actor.district_id, data.district_id):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The chosen residence is in another district; pass the notice to that "
                "district's probation service.",
            ),
            "district_id",
        )
    with db.transaction() as session:
        if session.get(AdminUnit, data.district_id) is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Choose the district."), "district_id")
        full_name = " ".join(p for p in (data.surname, data.given_name, data.patronymic) if p)
        notice = ReleaseNotice(
            received_on=data.received_on,
            institution=data.institution,
            iin=data.iin,
            full_name=full_name,
            expected_release=data.expected_release,
            chosen_residence=data.chosen_residence,
            district_id=data.district_id,
            needs_text=data.needs_text,
            state=ReleaseNoticeState.RECEIVED,
            updated_by=actor.login,
        )
        session.add(notice)
        audit.record_create(session, actor, notice)
        if data.iin is None:
            return ReleaseNoticeResult(notice.id, notice.state, None, False, None, None, False)
        return _open_case(session, actor, notice, data, data.iin, confirm_duplicates)


def _open_case(
    session: Session,
    actor: Actor,
    notice: ReleaseNotice,
    data: ReleaseNoticeData,
    iin: str,
    confirm_duplicates: bool,
) -> ReleaseNoticeResult:
    """Find the client by the IIN (or enter him on the register) and open his draft case, or
    add the notice's needs to the case he already has; the notice points at the case."""
    client = session.scalar(select(Client).where(Client.iin == iin))
    client_created = client is None
    if client is None:
        client, warnings = add_client(
            session,
            actor,
            _client_data(data, iin),
            confirm_duplicates=confirm_duplicates,
        )
        if client is None:
            raise PossibleDuplicateClient(warnings)  # rolls the notice back too
    elif not sees_district(session, actor, client.district_id):
        # The person is a client of another district: no second card, and no word of where.
        raise DuplicateIin(None)
    case = session.scalar(
        select(Case)
        .where(Case.client_id == client.id, Case.state.in_(OPEN_CASE_STATES))
        .order_by(Case.opened_on.desc(), Case.id.desc())
        .limit(1)
    )
    case_created = case is None
    if case is None:
        case = new_case(session, actor, client, data.received_on, data.needs_text)
    have = {n.kind for n in case.needs}
    for kind in dict.fromkeys(data.needs):
        if kind not in have:
            need = Need(case_id=case.id, kind=kind, priority=1, updated_by=actor.login)
            case.needs.append(need)
            audit.record_create(session, actor, need)
    add_event(
        session,
        actor,
        case,
        CaseEventKind.NOTE,
        data.received_on,
        f"Уведомление об освобождении: {data.institution}, ожидаемая дата "
        f"освобождения {data.expected_release:%d.%m.%Y}.",
    )
    notice.state = ReleaseNoticeState.CASE_OPENED
    notice.case_id = case.id
    audit.record_update(session, actor, notice)
    return ReleaseNoticeResult(
        notice_id=notice.id,
        state=notice.state,
        client_id=client.id,
        client_created=client_created,
        case_id=case.id,
        case_number=case.number,
        case_created=case_created,
    )


# --- a notice received without an IIN, once the IIN is known ------------------------------


@dataclass(frozen=True)
class WaitingNotice:
    """A notice recorded without an IIN, still waiting for its case."""

    id: int
    version: int
    received_on: date
    institution: str
    full_name: str
    expected_release: date
    district_id: int
    chosen_residence: str | None
    needs_text: str | None


@dataclass(frozen=True)
class NoticePerson:
    """Who the notice is about, as the officer has now established: the IIN, the name as in
    his documents, the birth date if known, and the kinds of help the case starts with."""

    iin: str
    surname: str
    given_name: str
    patronymic: str | None = None
    birth_date: date | None = None
    needs: Sequence[NeedKind] = ()


def waiting_notices(db: Database, actor: Actor) -> list[WaitingNotice]:
    """The notices in ``actor``'s district scope that wait for an IIN, the nearest release
    first. Handing out the list (names of people) is audited."""
    actor.require(Permission.EDIT_CASES)
    with db.transaction() as session:
        rows = session.scalars(
            select(ReleaseNotice)
            .where(
                ReleaseNotice.state == ReleaseNoticeState.RECEIVED,
                ReleaseNotice.case_id.is_(None),
                ReleaseNotice.district_id.is_not(None),
            )
            .order_by(ReleaseNotice.expected_release, ReleaseNotice.id)
        ).all()
        found = [
            WaitingNotice(
                id=n.id,
                version=n.version,
                received_on=n.received_on,
                institution=n.institution,
                full_name=n.full_name,
                expected_release=n.expected_release,
                district_id=n.district_id,
                chosen_residence=n.chosen_residence,
                needs_text=n.needs_text,
            )
            for n in rows
            if n.district_id is not None and sees_district(session, actor, n.district_id)
        ]
        if found:
            audit.record(
                session, actor, AuditAction.VIEW, "release_notices", None, {"list": len(found)}
            )
        return found


def open_case_from_notice(
    db: Database,
    actor: Actor,
    notice_id: int,
    version: int,
    person: NoticePerson,
    *,
    confirm_duplicates: bool = False,
) -> ReleaseNoticeResult:
    """Open the draft case of a notice recorded without an IIN, now that the IIN is known:
    the client is found by it (or entered on the register by the card's rules) exactly as if
    the notice had carried it; the notice keeps its date, institution and needs text."""
    actor.require(Permission.EDIT_CASES)
    with db.transaction() as session:
        found = session.get(ReleaseNotice, notice_id)
        if (
            found is None
            or found.district_id is None
            or not sees_district(session, actor, found.district_id)
        ):
            raise not_found("release_notices")  # out of scope looks exactly like missing
        notice = get_for_edit(session, ReleaseNotice, notice_id, version)
        assert notice.district_id is not None
        if notice.state is not ReleaseNoticeState.RECEIVED or notice.case_id is not None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "A case has already been opened for this notice; open that case."
                ),
                None,
            )
        if not person.iin or not person.iin.strip():
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Enter the client's IIN."), "iin")
        data = _cleaned(
            ReleaseNoticeData(
                received_on=notice.received_on,
                institution=notice.institution,
                surname=person.surname,
                given_name=person.given_name,
                patronymic=person.patronymic,
                expected_release=notice.expected_release,
                district_id=notice.district_id,
                iin=person.iin,
                birth_date=person.birth_date,
                chosen_residence=notice.chosen_residence,
                needs=person.needs,
                needs_text=notice.needs_text,
            ),
            notice.received_on,
        )
        assert data.iin is not None
        notice.iin = data.iin
        notice.full_name = " ".join(
            p for p in (data.surname, data.given_name, data.patronymic) if p
        )
        return _open_case(session, actor, notice, data, data.iin, confirm_duplicates)


def split_full_name(full_name: str) -> tuple[str, str, str | None]:
    """(surname, given name, patronymic) of «Сапаров Ерлан Маратович», as a notice's
    recorded name is offered for correction; the rest of a long name goes to the patronymic."""
    parts = full_name.split()
    surname = parts[0] if parts else ""
    given = parts[1] if len(parts) > 1 else ""
    return surname, given, " ".join(parts[2:]) or None
