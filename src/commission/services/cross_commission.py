"""Questions a district commission sends up to the oblast commission.

A district's secretary sends a question (from one of the district's decisions or agenda items,
or typed anew) to the commission of the unit above (district → oblast). The oblast sees it
among the questions «proposed by the districts»; its secretary puts it on the agenda of one of
the oblast's meetings (the new item names the district commission as its speaker, and the
question keeps the link) or declines it with a reason. The district reads the answer on its
list of sent questions. Each side changes only its own end: the district writes the question,
the oblast the answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from commission.db.engine import Database
from commission.db.models import (
    AdminUnit,
    AgendaItem,
    Commission,
    Decision,
    Meeting,
    ProposedQuestion,
)
from commission.domain.enums import AgendaItemKind, Language, MinutesState, QuestionState
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.permissions import Permission
from commission.services import audit
from commission.services.bilingual_text import cleaned_pair, required_pair
from commission.services.common import check_lengths, check_version, clean_text
from commission.services.context import Actor
from commission.services.errors import InvalidInput, not_found
from commission.services.meetings import ensure_editable
from commission.services.scope import acting_commission

_TEXT_LIMIT = 4000
# The sources offered when a question is sent: the district's latest decisions.
_SOURCE_LIMIT = 200


@dataclass(frozen=True)
class QuestionData:
    title: str | None
    title_kk: str | None = None
    justification: str | None = None
    source_decision_id: int | None = None


@dataclass(frozen=True)
class QuestionView:
    id: int
    version: int
    from_commission: str
    to_commission: str
    title: str
    title_kk: str | None
    justification: str | None
    source: str | None  # «Заседание № 3 от 12.03.2026, решение 2.1»
    sent_on: date
    state: QuestionState
    meeting_id: int | None  # the oblast's meeting whose agenda took it
    meeting_number: int | None
    meeting_date: date | None
    answered_on: date | None
    decline_reason: str | None


@dataclass(frozen=True)
class MeetingChoice:
    """A meeting of the acting commission whose agenda may still take a question."""

    id: int
    number: int
    meeting_date: date


@dataclass(frozen=True)
class SourceChoice:
    """One of the district's decisions a question may come from."""

    decision_id: int
    label: str  # «№ 3 от 12.03.2026, 2.1: О профилактике …»
    title: str  # the agenda item's question, to start the sent question's title from
    title_kk: str | None


def _commission_name(commission: Commission, language: Language) -> str:
    if language is Language.KK:
        return commission.short_name_kk or commission.name_kk or commission.name_ru
    return commission.short_name_ru or commission.name_ru


def parent_commission(session: Session, commission: Commission) -> Commission | None:
    """The commission of the nearest unit above ``commission``'s (a district's: the oblast's)."""
    unit = session.get(AdminUnit, commission.admin_unit_id)
    seen: set[int] = set()
    while unit is not None and unit.parent_id is not None and unit.parent_id not in seen:
        seen.add(unit.id)
        above = session.scalar(
            select(Commission)
            .where(Commission.admin_unit_id == unit.parent_id)
            .order_by(Commission.id)
            .limit(1)
        )
        if above is not None:
            return above
        unit = session.get(AdminUnit, unit.parent_id)
    return None


def _decision_of(session: Session, commission_id: int, decision_id: int) -> Decision:
    """The decision if it is ``commission_id``'s; else «not found»."""
    row = session.execute(
        select(Decision, Meeting)
        .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
        .join(Meeting, AgendaItem.meeting_id == Meeting.id)
        .where(Decision.id == decision_id, Meeting.commission_id == commission_id)
    ).first()
    if row is None:
        raise not_found("decisions")
    return row[0]


def _source_label(session: Session, decision: Decision, meeting: Meeting) -> str:
    item = session.get_one(AgendaItem, decision.agenda_item_id)
    return (
        f"№ {meeting.number} — {meeting.meeting_date.strftime('%d.%m.%Y')}, "
        f"{item.position}.{decision.position}"
    )


def _views(session: Session, actor: Actor, rows: list[ProposedQuestion]) -> list[QuestionView]:
    commission_ids = {r.from_commission_id for r in rows} | {r.to_commission_id for r in rows}
    commissions = {
        c.id: c
        for c in session.scalars(select(Commission).where(Commission.id.in_(commission_ids)))
    }
    views = []
    for row in rows:
        source = None
        if row.source_decision_id is not None:
            decision = session.get_one(Decision, row.source_decision_id)
            item = session.get_one(AgendaItem, decision.agenda_item_id)
            source = _source_label(session, decision, session.get_one(Meeting, item.meeting_id))
        meeting = None
        if row.agenda_item_id is not None:
            item = session.get_one(AgendaItem, row.agenda_item_id)
            meeting = session.get_one(Meeting, item.meeting_id)
        views.append(
            QuestionView(
                id=row.id,
                version=row.version,
                from_commission=_commission_name(
                    commissions[row.from_commission_id], actor.language
                ),
                to_commission=_commission_name(commissions[row.to_commission_id], actor.language),
                title=row.title,
                title_kk=row.title_kk,
                justification=row.justification,
                source=source,
                sent_on=row.sent_on,
                state=row.state,
                meeting_id=meeting.id if meeting else None,
                meeting_number=meeting.number if meeting else None,
                meeting_date=meeting.meeting_date if meeting else None,
                answered_on=row.answered_on,
                decline_reason=row.decline_reason,
            )
        )
    return views


def _long_text(value: str | None, field: str) -> str | None:
    text = clean_text(value)
    if text and len(text) > _TEXT_LIMIT:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The text is too long: at most {limit} characters fit, {count} were entered.",
            ),
            field,
            limit=_TEXT_LIMIT,
            count=len(text),
        )
    return text


# --- the district's end -------------------------------------------------------------------


def source_choices(db: Database, actor: Actor) -> list[SourceChoice]:
    """The acting commission's decisions, newest meeting first, to send a question from."""
    actor.require(Permission.EDIT_MEETINGS)
    with db.reading() as session:
        own = acting_commission(session, actor)
        rows = session.execute(
            select(Decision, AgendaItem, Meeting)
            .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
            .join(Meeting, AgendaItem.meeting_id == Meeting.id)
            .where(Meeting.commission_id == own.id)
            .order_by(
                Meeting.meeting_date.desc(),
                Meeting.id.desc(),
                AgendaItem.position,
                Decision.position,
            )
            .limit(_SOURCE_LIMIT)
        ).all()
        choices = []
        for decision, item, meeting in rows:
            text = decision.text_kk if actor.language is Language.KK else decision.text
            text = (text or decision.text or decision.text_kk or "").replace("\n", " ")
            label = f"{_source_label(session, decision, meeting)}: {text[:80]}"
            choices.append(SourceChoice(decision.id, label, item.title, item.title_kk))
        return choices


def send_question(
    db: Database, actor: Actor, data: QuestionData, *, today: date | None = None
) -> QuestionView:
    """Send a question to the commission above the acting one; it waits there as proposed."""
    actor.require(Permission.EDIT_MEETINGS)
    today = today or date.today()
    title, title_kk = required_pair(
        data.title,
        data.title_kk,
        "title",
        QT_TRANSLATE_NOOP("Errors", "Enter the question to send."),
        multiline=False,
    )
    justification = _long_text(data.justification, "justification")
    check_lengths(ProposedQuestion, {"title": title, "title_kk": title_kk})
    with db.transaction() as session:
        own = acting_commission(session, actor)
        if data.source_decision_id is not None:
            _decision_of(session, own.id, data.source_decision_id)
        above = parent_commission(session, own)
        if above is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "There is no oblast commission above this commission to send the question to.",
                ),
                None,
            )
        question = ProposedQuestion(
            from_commission_id=own.id,
            to_commission_id=above.id,
            title=title or "",
            title_kk=title_kk,
            justification=justification,
            source_decision_id=data.source_decision_id,
            sent_on=today,
            sent_by=actor.user_id,
            state=QuestionState.SENT,
            updated_by=actor.login,
        )
        session.add(question)
        audit.record_create(session, actor, question)
        session.flush()
        return _views(session, actor, [question])[0]


def sent_questions(db: Database, actor: Actor) -> list[QuestionView]:
    """What the acting commission sent up, newest first, with the answers."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        own = acting_commission(session, actor)
        rows = session.scalars(
            select(ProposedQuestion)
            .where(ProposedQuestion.from_commission_id == own.id)
            .order_by(ProposedQuestion.sent_on.desc(), ProposedQuestion.id.desc())
        ).all()
        return _views(session, actor, list(rows))


# --- the oblast's end ---------------------------------------------------------------------


def proposed_questions(db: Database, actor: Actor) -> list[QuestionView]:
    """The questions the districts sent to the acting commission: waiting ones first."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        own = acting_commission(session, actor)
        rows = session.scalars(
            select(ProposedQuestion)
            .where(ProposedQuestion.to_commission_id == own.id)
            .order_by(ProposedQuestion.sent_on.desc(), ProposedQuestion.id.desc())
        ).all()
        waiting = [r for r in rows if r.state is QuestionState.SENT]
        answered = [r for r in rows if r.state is not QuestionState.SENT]
        return _views(session, actor, waiting + answered)


def agenda_meetings(db: Database, actor: Actor) -> list[MeetingChoice]:
    """The acting commission's meetings whose minutes are not final, latest first."""
    actor.require(Permission.EDIT_MEETINGS)
    with db.reading() as session:
        own = acting_commission(session, actor)
        rows = session.scalars(
            select(Meeting)
            .where(Meeting.commission_id == own.id, Meeting.minutes_state != MinutesState.FINAL)
            .order_by(Meeting.meeting_date.desc(), Meeting.id.desc())
        )
        return [MeetingChoice(m.id, m.number, m.meeting_date) for m in rows]


def _waiting_question(
    session: Session, actor: Actor, question_id: int, version: int
) -> ProposedQuestion:
    """A question sent to the acting commission, still unanswered; another commission's looks
    missing."""
    own = acting_commission(session, actor)
    question = session.get(ProposedQuestion, question_id)
    if question is None or question.to_commission_id != own.id:
        raise not_found("proposed_questions")
    check_version(question, version)
    if question.state is not QuestionState.SENT:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "This question has already been answered."), None
        )
    return question


def put_on_agenda(
    db: Database,
    actor: Actor,
    question_id: int,
    version: int,
    meeting_id: int,
    *,
    today: date | None = None,
) -> QuestionView:
    """Make the question the last item of the agenda of the acting commission's meeting."""
    actor.require(Permission.EDIT_MEETINGS)
    today = today or date.today()
    with db.transaction() as session:
        question = _waiting_question(session, actor, question_id, version)
        meeting = session.get(Meeting, meeting_id)
        if meeting is None or meeting.commission_id != question.to_commission_id:
            raise not_found("meetings")
        ensure_editable(session, meeting)
        sender = session.get_one(Commission, question.from_commission_id)
        last = session.scalar(
            select(func.max(AgendaItem.position)).where(AgendaItem.meeting_id == meeting.id)
        )
        speakers, speakers_kk = cleaned_pair(
            sender.short_name_ru or sender.name_ru, sender.short_name_kk or sender.name_kk
        )
        item = AgendaItem(
            meeting_id=meeting.id,
            position=int(last or 0) + 1,
            kind=AgendaItemKind.OTHER,
            title=question.title,
            title_kk=question.title_kk,
            speakers=speakers,
            speakers_kk=speakers_kk,
            updated_by=actor.login,
        )
        session.add(item)
        audit.record_create(session, actor, item)
        session.flush()
        question.state = QuestionState.ON_AGENDA
        question.agenda_item_id = item.id
        question.answered_on = today
        question.updated_by = actor.login
        audit.record_update(session, actor, question)
        session.flush()
        return _views(session, actor, [question])[0]


def decline_question(
    db: Database,
    actor: Actor,
    question_id: int,
    version: int,
    reason: str,
    *,
    today: date | None = None,
) -> QuestionView:
    """Decline the question; the district reads the reason."""
    actor.require(Permission.EDIT_MEETINGS)
    today = today or date.today()
    text = _long_text(reason, "decline_reason")
    if not text:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Say why the question is declined."), "decline_reason"
        )
    with db.transaction() as session:
        question = _waiting_question(session, actor, question_id, version)
        question.state = QuestionState.DECLINED
        question.decline_reason = text
        question.answered_on = today
        question.updated_by = actor.login
        audit.record_update(session, actor, question)
        session.flush()
        return _views(session, actor, [question])[0]
