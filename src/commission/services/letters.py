"""Requests for execution information: one letter per agency about its items overdue or due
soon, numbered in the outgoing-letters register («12-17/45», the sequence per year).

A letter keeps its number however often and in whichever language it is printed again; what
makes «the same letter» is said in ``record_letters``.
"""

from __future__ import annotations

import contextlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from commission.db.engine import Database
from commission.db.models import (
    Agency,
    ControlPoint,
    ControlStep,
    Decision,
    DecisionAssignee,
    OutgoingLetter,
)
from commission.documents.letter import LetterContext, LetterItem
from commission.documents.minutes import Bilingual
from commission.domain import declension
from commission.domain.control import ComputedState
from commission.domain.enums import ControlPointState, LadderStep, MemberRole
from commission.domain.iin import Sex
from commission.domain.names import short_name, signature_name
from commission.domain.permissions import Permission
from commission.domain.workcalendar import WorkingCalendar
from commission.services import attendance, audit, name_forms, overview
from commission.services.common import get_or_fail
from commission.services.context import Actor
from commission.services.control_registers import DueItem, due_items
from commission.services.scope import acting_commission, acting_or_none, require_own

__all__ = [
    "LETTER_PREFIX",
    "REPLY_WORKING_DAYS",
    "LetterContext",
    "LetterItem",
    "letters_due",
    "record_letters",
]

LETTER_PREFIX = "12-17/"  # the nomenclature index of the secretariat's outgoing letters
REPLY_WORKING_DAYS = 4  # the agency is asked to answer within this many working days
LETTER_SUBJECT = "Запрос об исполнении решений комиссии"
# The register's subject column (kept in Russian as before; the screen shows the kind).
SUBJECTS = {
    LadderStep.REMINDER: LETTER_SUBJECT,
    LadderStep.HEAD_LETTER: "О ненадлежащем исполнении решений комиссии",
    LadderStep.AKIM: "Представление о ненадлежащем исполнении решений комиссии",
}
_DUE_STATES = (ComputedState.OVERDUE, ComputedState.DUE_SOON)


def letters_due(
    db: Database,
    actor: Actor,
    today: date,
    agency_id: int | None = None,
    overdue_only: bool = False,
) -> list[LetterContext]:
    """One letter per agency (lead or co-executor) with its items overdue or due soon,
    by the agency's name; not numbered yet (see ``record_letters``)."""
    actor.require(Permission.SEND_LETTERS)
    states = (ComputedState.OVERDUE,) if overdue_only else _DUE_STATES
    items = [i for i in due_items(db, actor, today) if i.state in states]
    if not items:
        return []
    by_id = {item.decision_id: item for item in items}
    with db.reading() as session:
        ctx = overview.control_context(session, today, acting_or_none(session, actor))
        reply_by = ctx.calendar.add_working_days(today, REPLY_WORKING_DAYS)
        sender = sender_of(session, actor, today)
        texts = decision_texts(session, list(by_id))
        points = open_points(session, list(by_id))
        forms = name_forms.forms_of(session)
        query = (
            select(DecisionAssignee.decision_id, Agency)
            .join(Agency, DecisionAssignee.agency_id == Agency.id)
            .where(DecisionAssignee.decision_id.in_(list(by_id)))
            .order_by(Agency.name_ru, Agency.id)
        )
        if agency_id is not None:
            query = query.where(DecisionAssignee.agency_id == agency_id)
        agencies: dict[int, Agency] = {}
        per_agency: dict[int, list[DueItem]] = defaultdict(list)
        for decision_id, agency in session.execute(query):
            agencies.setdefault(agency.id, agency)
            per_agency[agency.id].append(by_id[decision_id])
        letters = []
        for key, agency in agencies.items():
            own = sorted(per_agency[key], key=lambda i: (i.due_date, i.meeting_date, i.number))
            letters.append(
                LetterContext(
                    agency_id=key,
                    agency_name=Bilingual(agency.name_ru, agency.name_kk),
                    head_name=short_name(agency.head_name) or None,
                    head_position=Bilingual.of(agency.head_position, agency.head_position_kk),
                    head_sex=agency.head_sex or _guessed_sex(agency.head_name),
                    commission_name=sender.commission_name,
                    today=today,
                    reply_by=reply_by,
                    items=tuple(
                        _letter_item(i, texts.get(i.decision_id), points.get(i.decision_id))
                        for i in own
                    ),
                    secretary=sender.signature,
                    executor=sender.executor,
                    executor_phone=sender.phone,
                    name_forms=forms,
                )
            )
    return letters


@dataclass(frozen=True)
class Sender:
    commission_name: Bilingual
    signature: str | None  # «А. Нурланова», under «Секретарь комиссии»
    executor: str | None  # «Нурланова А. Е.», in «Исп.: …»
    phone: str | None


def sender_of(session: Session, actor: Actor, today: date) -> Sender:
    """The commission and its secretary, who signs the letters and is named as their
    executor; a logged-in user stands in as executor when the commission has no secretary."""
    commission = acting_or_none(session, actor)
    if commission is None:
        return Sender(Bilingual(""), None, _acting_executor(actor), None)
    name = Bilingual(
        commission.title_ru or commission.name_ru, commission.title_kk or commission.name_kk
    )
    members = attendance.members_on(session, commission.id, today)
    officer = next((m for m in members if m.role is MemberRole.SECRETARY), None)
    if officer is None:
        return Sender(name, None, _acting_executor(actor), None)
    return Sender(
        name,
        signature_name(officer.full_name),
        short_name(officer.full_name),
        (officer.phone or "").strip() or None,
    )


def chair_signature(session: Session, commission_id: int, today: date) -> str | None:
    """«С. Ахметов», under «Председатель комиссии»: who signs a letter to an agency's head
    and a submission to the akim."""
    members = attendance.members_on(session, commission_id, today)
    chair = next((m for m in members if m.role is MemberRole.CHAIR), None)
    return signature_name(chair.full_name) if chair is not None else None


def _acting_executor(actor: Actor) -> str | None:
    # The command line's actor is an operating-system login, not a name to print.
    return short_name(actor.full_name) or None if actor.user_id is not None else None


def _guessed_sex(full_name: str | None) -> Sex | None:
    return declension.guess_sex(full_name) if full_name else None


def decision_texts(session: Session, ids: list[int]) -> dict[int, Bilingual]:
    """Decisions' texts in both languages: a letter prints its own language's."""
    result: dict[int, Bilingual] = {}
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        query = select(Decision.id, Decision.text, Decision.text_kk).where(Decision.id.in_(part))
        for decision_id, text, text_kk in session.execute(query):
            result[decision_id] = Bilingual.of(text, text_kk)
    return result


def open_points(session: Session, ids: list[int]) -> dict[int, int]:
    """Per decision, the open control point a letter asks about: the earliest due."""
    result: dict[int, tuple[date, int]] = {}
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        query = select(ControlPoint.decision_id, ControlPoint.due_date, ControlPoint.id).where(
            ControlPoint.decision_id.in_(part), ControlPoint.state == ControlPointState.OPEN
        )
        for decision_id, due, point_id in session.execute(query):
            if decision_id not in result or (due, point_id) < result[decision_id]:
                result[decision_id] = (due, point_id)
    return {decision_id: point_id for decision_id, (_due, point_id) in result.items()}


def _letter_item(item: DueItem, text: Bilingual | None, point_id: int | None) -> LetterItem:
    return LetterItem(
        decision_id=item.decision_id,
        number=item.number,
        meeting_number=item.meeting_number,
        meeting_date=item.meeting_date,
        text=text or Bilingual(item.text),
        due_date=item.due_date,
        state=item.state,
        working_days=item.working_days,
        control_point_id=point_id,
    )


def record_letters(
    db: Database,
    actor: Actor,
    today: date,
    letters: list[LetterContext],
    write: Callable[[LetterContext], Path] | None = None,
) -> list[LetterContext]:
    """Enter the letters in the outgoing register (one transaction): each new one gets the
    next number of ``today``'s year, «12-17/<seq>»; one already there is printed again.

    What «the same letter» is, to a secretary: a letter to the same agency about the same
    control points, while the answer it asks for is not yet due (up to its reply-by date).
    Printing it again — in the other language, a second copy, a file lost — reprints that
    letter: its number, its date and its states as of that date, and registers nothing. A
    letter about a different set of points (a new overdue point, one executed since) is a new
    letter, and so is a reminder sent again once the reply-by date has passed.

    ``write`` saves one numbered letter and returns its file. It runs inside the transaction:
    if any letter cannot be written, the files already written are removed and nothing is
    entered, so the register never holds a number for a letter that does not exist.
    """
    actor.require(Permission.SEND_LETTERS)
    if not letters:
        return []
    numbered = []
    with db.transaction() as session:
        calendar = overview.control_context(session, today, None).calendar
        commission_id = acting_commission(session, actor).id
        _require_own_items(session, actor, letters)
        for letter in letters:
            sent = _same_letter(session, commission_id, letter, today, calendar)
            if sent is not None:
                numbered.append(_reprint(letter, sent, calendar))
                continue
            numbered.append(register_letter(session, actor, commission_id, letter, today))
        if write is not None:
            _write_all(numbered, write)
    return numbered


def register_letter(
    session: Session,
    actor: Actor,
    commission_id: int,
    letter: LetterContext,
    today: date,
    cites_letter_id: int | None = None,
) -> LetterContext:
    """Number ``letter`` in the outgoing register («12-17/<seq>», the next of ``today``'s
    year) and link it to each decision it concerns as a step of that decision's ladder."""
    last = session.scalar(
        select(func.coalesce(func.max(OutgoingLetter.seq), 0)).where(
            OutgoingLetter.commission_id == commission_id, OutgoingLetter.year == today.year
        )
    )
    seq = int(last or 0) + 1
    number = f"{LETTER_PREFIX}{seq}"
    row = OutgoingLetter(
        commission_id=commission_id,
        year=today.year,
        seq=seq,
        number=number,
        sent_on=today,
        agency_id=letter.agency_id,
        subject=SUBJECTS[letter.kind],
        items_key=letter.items_key,
        kind=letter.kind,
        cites_letter_id=cites_letter_id,
        signed_by=(letter.secretary if letter.kind is LadderStep.REMINDER else letter.signer),
        updated_by=actor.login,
    )
    session.add(row)
    session.flush()
    audit.record_create(session, actor, row)
    for decision_id in dict.fromkeys(item.decision_id for item in letter.items):
        add_step(session, actor, decision_id, letter.kind, today, letter_id=row.id)
    return replace(letter, number=number, letter_id=row.id, today=today)


def add_step(
    session: Session,
    actor: Actor,
    decision_id: int,
    step: LadderStep,
    today: date,
    *,
    letter_id: int | None = None,
    agenda_item_id: int | None = None,
) -> ControlStep:
    """Record a rung of the decision's ladder taken: its letter or its agenda item."""
    row = ControlStep(
        decision_id=decision_id,
        step=step,
        taken_on=today,
        letter_id=letter_id,
        agenda_item_id=agenda_item_id,
        updated_by=actor.login,
    )
    session.add(row)
    audit.record_create(session, actor, row)
    return row


def _require_own_items(session: Session, actor: Actor, letters: list[LetterContext]) -> None:
    """A letter asks about the acting commission's decisions only: the oblast does not send
    reminders numbered in its register about a district's decisions."""
    for letter in letters:
        for item in letter.items:
            require_own(session, actor, get_or_fail(session, Decision, item.decision_id))


def _same_letter(
    session: Session,
    commission_id: int,
    letter: LetterContext,
    today: date,
    calendar: WorkingCalendar,
) -> OutgoingLetter | None:
    """The registered letter that ``letter`` prints again, if any (see ``record_letters``)."""
    query = (
        select(OutgoingLetter)
        .where(
            OutgoingLetter.commission_id == commission_id,
            OutgoingLetter.agency_id == letter.agency_id,
            OutgoingLetter.items_key == letter.items_key,
            OutgoingLetter.sent_on <= today,
        )
        .order_by(OutgoingLetter.sent_on.desc(), OutgoingLetter.id.desc())
        .limit(1)
    )
    sent = session.scalar(query)
    if sent is None or today > calendar.add_working_days(sent.sent_on, REPLY_WORKING_DAYS):
        return None
    return sent


def _reprint(
    letter: LetterContext, sent: OutgoingLetter, calendar: WorkingCalendar
) -> LetterContext:
    """The letter as it was sent: its number and date, the items' states as of that date."""
    day = sent.sent_on
    items = []
    for item in letter.items:
        days = calendar.working_days_between(day, item.due_date)
        state = ComputedState.OVERDUE if item.due_date < day else ComputedState.DUE_SOON
        items.append(replace(item, working_days=days, state=state))
    return replace(
        letter,
        number=sent.number,
        letter_id=sent.id,
        today=day,
        reply_by=calendar.add_working_days(day, REPLY_WORKING_DAYS),
        items=tuple(items),
        reprinted=True,
    )


def _write_all(letters: list[LetterContext], write: Callable[[LetterContext], Path]) -> None:
    written: list[Path] = []
    try:
        for letter in letters:
            written.append(write(letter))
    except BaseException:
        for path in written:
            with contextlib.suppress(OSError):
                path.unlink()
        raise
