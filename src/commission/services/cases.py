"""A client's case: the individual programme of social-legal assistance and its activity log.

One function per action of the probation officer: open a case, assess the needs, move the
programme through its states (``domain.programme``), keep the activity log (contacts, visits,
referrals, reviews at meetings). Measures are in ``services.measures``, the card that shows it
all in ``services.case_card``.

Everything here is personal data: only roles with ``EDIT_CASES`` change a case, and a probation
officer only a case of his own district (``load_case``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from commission.db.base import utcnow
from commission.db.engine import Database
from commission.db.models import Case, CaseEvent, Client, Measure, Need, User
from commission.domain.enums import CaseEventKind, NeedKind, ProgrammeState, Role
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.permissions import Permission
from commission.domain.programme import (
    FINAL_PROGRAMME_STATES,
    OPEN_MEASURE_STATES,
    OPEN_PROGRAMME_STATES,
    check_programme_transition,
)
from commission.services import audit
from commission.services.common import check_lengths, check_version, clean_text, get_or_fail
from commission.services.context import Actor
from commission.services.errors import InvalidInput, not_found
from commission.services.scope import sees_district

MAX_PRIORITY = 3


def load_case(
    session: Session, actor: Actor, case_id: int, version: int | None = None, *, edit: bool
) -> tuple[Case, Client]:
    """The case and its client, if ``actor`` may see it (and change it, when ``edit``)."""
    if edit:
        actor.require(Permission.EDIT_CASES)
    else:
        actor.require(Permission.VIEW_CLIENTS)
    # Scope before the version: «changed by X» would tell another district's officer that the
    # case exists; out of scope looks exactly like missing.
    case = get_or_fail(session, Case, case_id)
    client = session.get_one(Client, case.client_id)
    if not sees_district(session, actor, client.district_id):
        raise not_found("cases")
    check_version(case, version)
    return case, client


def ensure_open(case: Case) -> None:
    """Refuse a change to an ended programme (completed, closed or stopped)."""
    if case.state in FINAL_PROGRAMME_STATES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Case No. {number} has ended; it can no longer be changed.",
            ),
            None,
            number=case.number,
        )


# --- opening a case -----------------------------------------------------------------------


@contextmanager
def _number_race(case: Case) -> Iterator[None]:
    """Two officers opening a case at the same moment: the loser is told to try again."""
    try:
        yield
    except IntegrityError as exc:
        text = str(exc.orig)
        if "cases" not in text or ("seq" not in text and "number" not in text):
            raise
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Case number {number} was just taken by another user; save again to get the "
                "next one.",
            ),
            None,
            number=case.number,
        ) from exc


def next_case_number(session: Session, year: int) -> tuple[int, str]:
    """(seq, «14/2026»): case numbers run through the year in the order cases are opened."""
    last = session.scalar(select(func.max(Case.seq)).where(Case.year == year))
    seq = int(last or 0) + 1
    return seq, f"{seq}/{year}"


def _check_officer(session: Session, officer_id: int | None, client: Client) -> None:
    if officer_id is None:
        return
    user = session.get(User, officer_id)
    if user is None or user.role is not Role.PROBATION_OFFICER:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Choose a probation officer for the case."), "officer_id"
        )
    if user.district_id is not None and user.district_id != client.district_id:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The probation officer chosen works in another district."),
            "officer_id",
        )


def new_case(
    session: Session,
    actor: Actor,
    client: Client,
    opened_on: date,
    notes: str | None = None,
    officer_id: int | None = None,
) -> Case:
    """A draft case for ``client`` in the caller's transaction (also for release notices)."""
    officer = officer_id if officer_id is not None else client.officer_id
    if officer is None and actor.role is Role.PROBATION_OFFICER:
        officer = actor.user_id
    _check_officer(session, officer, client)
    seq, number = next_case_number(session, opened_on.year)
    case = Case(
        client_id=client.id,
        year=opened_on.year,
        seq=seq,
        number=number,
        opened_on=opened_on,
        officer_id=officer,
        state=ProgrammeState.DRAFT,
        assessment_notes=notes,
        updated_by=actor.login,
    )
    session.add(case)
    with _number_race(case):
        session.flush()
    audit.record_create(session, actor, case)
    return case


def open_case(
    db: Database,
    actor: Actor,
    client_id: int,
    opened_on: date,
    assessment_notes: str | None = None,
    officer_id: int | None = None,
) -> int:
    """Open a draft programme for a client; returns the case id. A client has at most one
    open case at a time: the existing one is where the new help is planned."""
    actor.require(Permission.EDIT_CASES)
    notes = clean_text(assessment_notes)
    with db.transaction() as session:
        client = session.get(Client, client_id)
        if client is None or not sees_district(session, actor, client.district_id):
            raise not_found("clients")  # out of scope looks exactly like missing
        if client.deregistered_on is not None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The client has been removed from the register; no case can be opened.",
                ),
                None,
            )
        existing = session.scalar(
            select(Case.number).where(
                Case.client_id == client.id, Case.state.in_(OPEN_PROGRAMME_STATES)
            )
        )
        if existing is not None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The client already has an open case No. {number}; plan the help there.",
                ),
                None,
                number=existing,
            )
        return new_case(session, actor, client, opened_on, notes, officer_id).id


# --- needs --------------------------------------------------------------------------------


@dataclass(frozen=True)
class NeedData:
    kind: NeedKind
    priority: int = 2  # 1 urgent … 3 can wait
    notes: str | None = None


def set_needs(
    db: Database,
    actor: Actor,
    case_id: int,
    version: int,
    needs: Sequence[NeedData],
    assessment_notes: str | None = None,
) -> None:
    """Replace the needs assessment: one entry per kind of help, with its priority."""
    kinds = [n.kind for n in needs]
    if len(set(kinds)) != len(kinds):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Each kind of help is assessed once."), "needs"
        )
    for need in needs:
        if not 1 <= need.priority <= MAX_PRIORITY:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The priority is from 1 (urgent) to {limit}."),
                "priority",
                limit=MAX_PRIORITY,
            )
    notes = clean_text(assessment_notes)
    with db.transaction() as session:
        case, _ = load_case(session, actor, case_id, version, edit=True)
        ensure_open(case)
        wanted = {n.kind: n for n in needs}
        for row in list(case.needs):
            if row.kind not in wanted:
                audit.record_delete(session, actor, row)
                case.needs.remove(row)
        session.flush()
        current = {row.kind: row for row in case.needs}
        for kind, data in wanted.items():
            found = current.get(kind)
            text = clean_text(data.notes)
            if found is None:
                added = Need(case_id=case.id, kind=kind, priority=data.priority, notes=text)
                added.updated_by = actor.login
                case.needs.append(added)
                audit.record_create(session, actor, added)
            else:
                found.priority = data.priority
                found.notes = text
                audit.record_update(session, actor, found)
        case.assessment_notes = notes
        # The needs are part of the case: a copy opened before this change is now stale.
        case.updated_at = utcnow()
        audit.record_update(session, actor, case)


# --- the programme's state ----------------------------------------------------------------


def _measure_counts(session: Session, case_id: int) -> tuple[int, int]:
    states = list(session.scalars(select(Measure.state).where(Measure.case_id == case_id)))
    return len(states), sum(1 for s in states if s in OPEN_MEASURE_STATES)


def move_programme(
    session: Session,
    actor: Actor,
    case: Case,
    client: Client,
    target: ProgrammeState,
    day: date,
    reason: str | None = None,
) -> None:
    """Check and apply a change of state in the caller's transaction."""
    measures, open_measures = _measure_counts(session, case.id)
    check_programme_transition(
        case.state,
        target,
        measures=measures,
        open_measures=open_measures,
        client_removed=client.deregistered_on is not None,
    )
    case.state = target
    if target is ProgrammeState.APPROVED:
        case.approved_on = day
    if target in FINAL_PROGRAMME_STATES:
        case.closed_on = day
        case.close_reason = reason
    audit.record_update(session, actor, case)


def change_state(
    db: Database,
    actor: Actor,
    case_id: int,
    version: int,
    target: ProgrammeState,
    day: date,
    reason: str | None = None,
) -> None:
    """Approve, start, complete, close or stop the programme (``domain.programme`` rules);
    stopping needs a reason."""
    text = clean_text(reason)
    if target is ProgrammeState.STOPPED and not text:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Say why the programme is stopped."), "reason"
        )
    with db.transaction() as session:
        case, client = load_case(session, actor, case_id, version, edit=True)
        if day < case.opened_on:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The date is before the case was opened ({date})."),
                "day",
                date=case.opened_on.strftime("%d.%m.%Y"),
            )
        move_programme(session, actor, case, client, target, day, text)


def close_cases_on_removal(session: Session, actor: Actor, client: Client) -> list[int]:
    """Close every open case of a client just removed from the register, on the removal date
    (for the client's service, in its transaction). Returns the ids of the cases closed."""
    assert client.deregistered_on is not None
    closed = []
    for case in session.scalars(
        select(Case).where(Case.client_id == client.id, Case.state.in_(OPEN_PROGRAMME_STATES))
    ).all():
        case.state = ProgrammeState.CLOSED
        case.closed_on = max(client.deregistered_on, case.opened_on)
        case.close_reason = "Снят с учета службы пробации"  # the record's own Russian text
        audit.record_update(session, actor, case)
        closed.append(case.id)
    return closed


# --- the activity log ---------------------------------------------------------------------


@dataclass(frozen=True)
class EventData:
    kind: CaseEventKind
    happened_on: date
    text: str
    measure_id: int | None = None


def add_event(
    session: Session,
    actor: Actor,
    case: Case,
    kind: CaseEventKind,
    happened_on: date,
    text: str,
    **links: int | None,
) -> CaseEvent:
    """Append to the log in the caller's transaction (``measure_id``, ``agenda_item_id``,
    ``decision_id`` link the entry to what it is about)."""
    event = CaseEvent(
        case_id=case.id,
        kind=kind,
        happened_on=happened_on,
        text=text,
        updated_by=actor.login,
        **links,
    )
    session.add(event)
    audit.record_create(session, actor, event)
    return event


def log_event(
    db: Database, actor: Actor, case_id: int, data: EventData, *, today: date | None = None
) -> int:
    """Record a contact, visit, referral or note in the case's log; returns the entry's id.
    The log may be kept after the programme ends (a last visit, a follow-up call)."""
    today = today or date.today()
    text = clean_text(data.text)
    if not text:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Describe what happened."), "text")
    if data.happened_on > today:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The date {day} is in the future."),
            "happened_on",
            day=data.happened_on.strftime("%d.%m.%Y"),
        )
    check_lengths(CaseEvent, {"text": text})
    with db.transaction() as session:
        case, _ = load_case(session, actor, case_id, edit=True)
        if data.measure_id is not None:
            measure = session.get(Measure, data.measure_id)
            if measure is None or measure.case_id != case.id:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "The measure is not one of this case's."),
                    "measure_id",
                )
        return add_event(
            session, actor, case, data.kind, data.happened_on, text, measure_id=data.measure_id
        ).id
