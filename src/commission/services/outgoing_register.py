"""The outgoing-letters register as the secretary reads it, and any letter's document again.

A letter is not kept as a file: its document is made again from what the register keeps — the
agency, the decisions it concerns (its ladder steps), the control points it asked about, its
number and date, the letter it cites and who signed it — with the items' states as of the day
it was sent, so that it reads as it was sent, in either language.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from commission.db.engine import Database
from commission.db.models import (
    Agency,
    AgendaItem,
    ControlPoint,
    ControlStep,
    Decision,
    Meeting,
    OutgoingLetter,
)
from commission.documents.letter import LetterContext, LetterItem
from commission.documents.minutes import Bilingual
from commission.domain.control import ComputedState
from commission.domain.enums import ControlPointState, LadderStep
from commission.domain.names import short_name
from commission.domain.permissions import Permission
from commission.services import name_forms, overview
from commission.services.context import Actor
from commission.services.letters import (
    REPLY_WORKING_DAYS,
    chair_signature,
    decision_texts,
    sender_of,
)
from commission.services.scope import acting_or_none, get_readable

__all__ = ["OutgoingRow", "build_letter", "letter_document", "outgoing_letters"]


@dataclass(frozen=True)
class OutgoingRow:
    """One letter of the register.

    Attributes:
        decisions: the decisions it concerns, «3.1 (№ 2/2026)», in the order of the minutes.
        cites: the number of the earlier letter it cites, if any.
    """

    id: int
    number: str
    sent_on: date
    kind: LadderStep
    agency_id: int
    agency: Bilingual
    decisions: tuple[str, ...]
    signed_by: str | None
    cites: str | None


def outgoing_letters(
    db: Database,
    actor: Actor,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    agency_id: int | None = None,
    kinds: Collection[LadderStep] | None = None,
) -> list[OutgoingRow]:
    """The acting commission's letters, newest first, filtered by period, agency and kind."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        commission = acting_or_none(session, actor)
        if commission is None:
            return []
        query = (
            select(OutgoingLetter, Agency)
            .join(Agency, OutgoingLetter.agency_id == Agency.id)
            .where(OutgoingLetter.commission_id == commission.id)
            .order_by(OutgoingLetter.sent_on.desc(), OutgoingLetter.id.desc())
        )
        if date_from is not None:
            query = query.where(OutgoingLetter.sent_on >= date_from)
        if date_to is not None:
            query = query.where(OutgoingLetter.sent_on <= date_to)
        if agency_id is not None:
            query = query.where(OutgoingLetter.agency_id == agency_id)
        if kinds is not None:
            query = query.where(OutgoingLetter.kind.in_(list(kinds)))
        found = session.execute(query).all()
        ids = [letter.id for letter, _agency in found]
        decisions = _decision_labels(session, ids)
        cited = {letter.cites_letter_id for letter, _agency in found if letter.cites_letter_id}
        numbers: dict[int, str] = {}
        if cited:
            query_cited = select(OutgoingLetter.id, OutgoingLetter.number).where(
                OutgoingLetter.id.in_(cited)
            )
            numbers = {ident: number for ident, number in session.execute(query_cited)}
        return [
            OutgoingRow(
                id=letter.id,
                number=letter.number,
                sent_on=letter.sent_on,
                kind=letter.kind,
                agency_id=agency.id,
                agency=Bilingual.of(
                    agency.short_name_ru or agency.name_ru, agency.short_name_kk or agency.name_kk
                ),
                decisions=tuple(decisions.get(letter.id, ())),
                signed_by=letter.signed_by,
                cites=numbers.get(letter.cites_letter_id) if letter.cites_letter_id else None,
            )
            for letter, agency in found
        ]


def _decision_labels(session: Session, letter_ids: list[int]) -> dict[int, list[str]]:
    result: dict[int, list[str]] = {}
    for start in range(0, len(letter_ids), 500):
        part = letter_ids[start : start + 500]
        rows = session.execute(
            select(
                ControlStep.letter_id,
                AgendaItem.position,
                Decision.position,
                Meeting.number,
                Meeting.meeting_date,
            )
            .join(Decision, ControlStep.decision_id == Decision.id)
            .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
            .join(Meeting, AgendaItem.meeting_id == Meeting.id)
            .where(ControlStep.letter_id.in_(part))
            .order_by(Meeting.meeting_date, AgendaItem.position, Decision.position)
        )
        for letter_id, item, position, number, day in rows:
            assert letter_id is not None
            label = f"{item}.{position} (№ {number}/{day.year})"
            result.setdefault(letter_id, []).append(label)
    return result


def letter_document(db: Database, actor: Actor, letter_id: int) -> LetterContext:
    """The registered letter as it was sent, ready for its writer in either language."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        letter = get_readable(session, actor, OutgoingLetter, letter_id)
        agency = session.get_one(Agency, letter.agency_id)
        decision_ids = list(
            session.scalars(
                select(ControlStep.decision_id)
                .where(ControlStep.letter_id == letter.id)
                .order_by(ControlStep.id)
            )
        )
        cited = session.get(OutgoingLetter, letter.cites_letter_id or 0)
        context = build_letter(
            session,
            actor,
            agency,
            decision_ids,
            letter.sent_on,
            letter.kind,
            points=_points_of(letter.items_key),
            cites=(cited.number, cited.sent_on) if cited is not None else None,
        )
        reminder = letter.kind is LadderStep.REMINDER
        return replace(
            context,
            number=letter.number,
            letter_id=letter.id,
            # Who signed it then, not who holds the office today.
            signer=context.signer if reminder else letter.signed_by,
            secretary=(letter.signed_by or context.secretary) if reminder else context.secretary,
        )


def _points_of(items_key: str | None) -> set[int]:
    """The control points a letter's ``items_key`` names (none when it was hashed)."""
    if not items_key or items_key.startswith("sha256:"):
        return set()
    return {int(k) for k in items_key.split(",") if k.isdigit()}


def build_letter(
    session: Session,
    actor: Actor,
    agency: Agency,
    decision_ids: list[int],
    day: date,
    kind: LadderStep,
    *,
    points: Collection[int] = (),
    cites: tuple[str, date] | None = None,
) -> LetterContext:
    """A letter to ``agency`` of ``day`` about ``decisions``: each item asks about the point
    named in ``points``, else the decision's earliest open one, with its state on ``day``."""
    ctx = overview.control_context(session, day, acting_or_none(session, actor))
    calendar = ctx.calendar
    sender = sender_of(session, actor, day)
    commission = acting_or_none(session, actor)
    items = _items(session, decision_ids, day, set(points), calendar.working_days_between)
    return LetterContext(
        agency_id=agency.id,
        agency_name=Bilingual(agency.name_ru, agency.name_kk),
        head_name=short_name(agency.head_name) or None,
        head_position=Bilingual.of(agency.head_position, agency.head_position_kk),
        head_sex=agency.head_sex,
        commission_name=sender.commission_name,
        today=day,
        reply_by=calendar.add_working_days(day, REPLY_WORKING_DAYS),
        items=items,
        secretary=sender.signature,
        executor=sender.executor,
        executor_phone=sender.phone,
        name_forms=name_forms.forms_of(session),
        kind=kind,
        cites=cites,
        signer=chair_signature(session, commission.id, day) if commission is not None else None,
        akimat=(
            Bilingual(commission.akimat_ru, commission.akimat_kk)
            if commission is not None
            else Bilingual("")
        ),
    )


def _items(
    session: Session,
    decision_ids: list[int],
    day: date,
    points: set[int],
    between: Callable[[date, date], int],
) -> tuple[LetterItem, ...]:
    if not decision_ids:
        return ()
    texts = decision_texts(session, decision_ids)
    chosen: dict[int, ControlPoint] = {}
    for point in session.scalars(
        select(ControlPoint)
        .where(ControlPoint.decision_id.in_(decision_ids))
        .order_by(ControlPoint.due_date, ControlPoint.id)
    ):
        first_open = point.state is ControlPointState.OPEN and point.decision_id not in chosen
        if point.id in points or first_open:
            chosen[point.decision_id] = point
    rows = session.execute(
        select(Decision, AgendaItem.position, Meeting.number, Meeting.meeting_date)
        .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
        .join(Meeting, AgendaItem.meeting_id == Meeting.id)
        .where(Decision.id.in_(decision_ids))
        .order_by(Meeting.meeting_date, AgendaItem.position, Decision.position)
    ).all()
    items = []
    for decision, item_position, meeting_number, meeting_date in rows:
        chosen_point = chosen.get(decision.id)
        due = chosen_point.due_date if chosen_point is not None else decision.due_date or day
        state = ComputedState.OVERDUE if due < day else ComputedState.DUE_SOON
        items.append(
            LetterItem(
                decision_id=decision.id,
                number=f"{item_position}.{decision.position}",
                meeting_number=meeting_number,
                meeting_date=meeting_date,
                text=texts.get(decision.id) or Bilingual(decision.text),
                due_date=due,
                state=state,
                working_days=between(day, due),
                control_point_id=chosen_point.id if chosen_point is not None else None,
            )
        )
    return tuple(items)
