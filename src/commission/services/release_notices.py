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

from commission.db.engine import Database
from commission.db.models import AdminUnit, Case, Client, Need, ReleaseNotice
from commission.domain.enums import (
    CaseEventKind,
    ClientCategory,
    NeedKind,
    ReleaseNoticeState,
)
from commission.domain.iin import check_iin_matches, normalize_iin
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.permissions import Permission, can_see_district
from commission.services import audit
from commission.services.cases import add_event, check_client_scope, new_case
from commission.services.clients import ClientData, PossibleDuplicate, add_client
from commission.services.common import check_lengths, clean_text
from commission.services.context import Actor
from commission.services.errors import InvalidInput
from commission.services.registers import OPEN_CASE_STATES


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
        client = session.scalar(select(Client).where(Client.iin == data.iin))
        client_created = client is None
        if client is None:
            client, warnings = add_client(
                session,
                actor,
                _client_data(data, data.iin),
                confirm_duplicates=confirm_duplicates,
            )
            if client is None:
                raise PossibleDuplicateClient(warnings)  # rolls the notice back too
        else:
            check_client_scope(actor, client)
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
