"""A meeting's agenda: items in order, what was heard and said, linked client cases, and the
standing item «О ходе исполнения решений» with the decisions it reviews.

Positions are 1..n without gaps: every insert, removal and move renumbers, and the decisions'
numbers («2.3») follow because they are built from the item's position when read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from commission.db.engine import Database
from commission.db.models import (
    Agency,
    AgendaItem,
    AgendaItemCase,
    Case,
    CaseEvent,
    Client,
    Commission,
    ControlPoint,
    Decision,
    DecisionAssignee,
    DiscussionEntry,
    Measure,
    Meeting,
    WorkPlanItem,
)
from commission.documents.minutes import AgencyRef, Bilingual, DecisionRef, ProgressLine
from commission.domain.control import FINAL_STATES, computed_state
from commission.domain.deadlines import DeadlineKind
from commission.domain.enums import (
    AgendaItemKind,
    AssigneeRole,
    AuditAction,
    ControlPointState,
    WorkPlanState,
)
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.names import case_label, short_name
from commission.domain.permissions import Permission
from commission.services import audit
from commission.services.bilingual_text import cleaned_pair, required_pair
from commission.services.calendar import load_calendar
from commission.services.common import check_lengths, get_or_fail
from commission.services.context import Actor
from commission.services.decisions import DecisionView, decision_views, delete_decision
from commission.services.errors import InvalidInput, not_found
from commission.services.meetings import ensure_editable
from commission.services.overview import ADOPTED_MEETING_STATUSES
from commission.services.registers import OPEN_CASE_STATES, search_key
from commission.services.scope import covered_districts, get_own, get_readable

# The record's own text (the secretary may edit it), so Russian like the rest of the record.
PROGRESS_REVIEW_TITLE = "О ходе исполнения решений, принятых на заседаниях комиссии"
CASE_CHOICES_LIMIT = 50


@dataclass(frozen=True)
class AgendaItemData:
    kind: AgendaItemKind
    title: str
    speakers: str | None = None  # «Докладчик: …» in the agenda
    heard_speaker: str | None = None  # «СЛУШАЛИ: …»
    heard_summary: str | None = None
    materials_due: date | None = None
    title_kk: str | None = None
    speakers_kk: str | None = None
    heard_speaker_kk: str | None = None
    heard_summary_kk: str | None = None


@dataclass(frozen=True)
class DiscussionView:
    id: int
    position: int
    speaker: str
    summary: str | None
    version: int
    speaker_kk: str | None = None
    summary_kk: str | None = None


@dataclass(frozen=True)
class CaseLinkView:
    """A client's case as the agenda shows it: number and initials, nothing else."""

    case_id: int
    case_number: str
    label: str  # «Б-ов Н. К.»


@dataclass(frozen=True)
class AgendaItemView:
    id: int
    meeting_id: int
    position: int
    kind: AgendaItemKind
    title: str
    speakers: str | None
    heard_speaker: str | None
    heard_summary: str | None
    materials_due: date | None
    work_plan_item_id: int | None
    discussion: list[DiscussionView]
    decisions: list[DecisionView]
    cases: list[CaseLinkView]
    version: int
    title_kk: str | None = None
    speakers_kk: str | None = None
    heard_speaker_kk: str | None = None
    heard_summary_kk: str | None = None


_ITEM_FIELDS = tuple(AgendaItemData.__dataclass_fields__)


# --- reading ------------------------------------------------------------------------------


def _case_links(session: Session, item_ids: Sequence[int]) -> dict[int, list[CaseLinkView]]:
    result: dict[int, list[CaseLinkView]] = {}
    rows = session.execute(
        select(
            AgendaItemCase.agenda_item_id,
            Case.id,
            Case.number,
            Client.surname,
            Client.given_name,
            Client.patronymic,
        )
        .join(Case, AgendaItemCase.case_id == Case.id)
        .join(Client, Case.client_id == Client.id)
        .where(AgendaItemCase.agenda_item_id.in_(item_ids))
        .order_by(Case.number)
    )
    for item_id, case_id, number, surname, given, patronymic in rows:
        label = case_label(surname, given, patronymic)
        result.setdefault(item_id, []).append(CaseLinkView(case_id, number, label))
    return result


def item_views(session: Session, items: Sequence[AgendaItem]) -> list[AgendaItemView]:
    """Views of ``items`` with their discussion, decisions and cases, in a few queries."""
    ids = [item.id for item in items]
    if not ids:
        return []
    session.flush()
    discussion: dict[int, list[DiscussionView]] = {}
    for entry in session.scalars(
        select(DiscussionEntry)
        .where(DiscussionEntry.agenda_item_id.in_(ids))
        .order_by(DiscussionEntry.position, DiscussionEntry.id)
    ):
        discussion.setdefault(entry.agenda_item_id, []).append(
            DiscussionView(
                entry.id,
                entry.position,
                entry.speaker,
                entry.summary,
                entry.version,
                speaker_kk=entry.speaker_kk,
                summary_kk=entry.summary_kk,
            )
        )
    decisions = decision_views(session, ids)
    cases = _case_links(session, ids)
    return [
        AgendaItemView(
            id=item.id,
            meeting_id=item.meeting_id,
            position=item.position,
            work_plan_item_id=item.work_plan_item_id,
            discussion=discussion.get(item.id, []),
            decisions=decisions.get(item.id, []),
            cases=cases.get(item.id, []),
            version=item.version,
            **{name: getattr(item, name) for name in _ITEM_FIELDS},
        )
        for item in items
    ]


def _items_of(session: Session, meeting_id: int) -> list[AgendaItem]:
    return list(
        session.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting_id)
            .order_by(AgendaItem.position, AgendaItem.id)
        )
    )


def _one_view(session: Session, item: AgendaItem) -> AgendaItemView:
    return item_views(session, [item])[0]


def list_items(db: Database, actor: Actor, meeting_id: int) -> list[AgendaItemView]:
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        get_readable(session, actor, Meeting, meeting_id)
        return item_views(session, _items_of(session, meeting_id))


# --- items --------------------------------------------------------------------------------


def _editable_meeting(session: Session, actor: Actor, meeting_id: int) -> Meeting:
    meeting = get_own(session, actor, Meeting, meeting_id)
    ensure_editable(session, meeting)
    return meeting


def _editable_item(
    session: Session, actor: Actor, item_id: int, version: int | None = None
) -> AgendaItem:
    item = get_own(session, actor, AgendaItem, item_id, version)
    ensure_editable(session, session.get_one(Meeting, item.meeting_id))
    return item


def _cleaned(data: AgendaItemData, meeting: Meeting) -> AgendaItemData:
    title, title_kk = required_pair(
        data.title,
        data.title_kk,
        "title",
        QT_TRANSLATE_NOOP("Errors", "Enter the question of the agenda item."),
        multiline=False,
    )
    if data.materials_due is not None and data.materials_due > meeting.meeting_date:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The materials are due on {due}, after the meeting of {date}; they are needed "
                "before it.",
            ),
            "materials_due",
            due=data.materials_due.strftime("%d.%m.%Y"),
            date=meeting.meeting_date.strftime("%d.%m.%Y"),
        )
    speakers, speakers_kk = cleaned_pair(data.speakers, data.speakers_kk)
    heard_speaker, heard_speaker_kk = cleaned_pair(
        data.heard_speaker, data.heard_speaker_kk, multiline=False
    )
    heard_summary, heard_summary_kk = cleaned_pair(data.heard_summary, data.heard_summary_kk)
    cleaned = replace(
        data,
        title=title,
        title_kk=title_kk,
        speakers=speakers,
        speakers_kk=speakers_kk,
        heard_speaker=heard_speaker,
        heard_speaker_kk=heard_speaker_kk,
        heard_summary=heard_summary,
        heard_summary_kk=heard_summary_kk,
    )
    check_lengths(AgendaItem, {name: getattr(cleaned, name) for name in _ITEM_FIELDS})
    return cleaned


def _check_one_review(session: Session, meeting_id: int, kind: AgendaItemKind, own: int) -> None:
    """One «progress on earlier decisions» item per meeting: it lists them all."""
    if kind is not AgendaItemKind.PROGRESS_REVIEW:
        return
    other = session.scalar(
        select(AgendaItem.position).where(
            AgendaItem.meeting_id == meeting_id,
            AgendaItem.kind == AgendaItemKind.PROGRESS_REVIEW,
            AgendaItem.id != own,
        )
    )
    if other is not None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Item {position} already reviews the progress on earlier decisions; a meeting "
                "has one such item.",
            ),
            "kind",
            position=other,
        )


def _renumber_items(session: Session, actor: Actor, ordered: Sequence[AgendaItem]) -> None:
    # No unique constraint on positions, so rows can take their new numbers one by one.
    for position, item in enumerate(ordered, start=1):
        if item.position != position:
            item.position = position
            audit.record_update(session, actor, item)


def add_item(db: Database, actor: Actor, meeting_id: int, data: AgendaItemData) -> AgendaItemView:
    """A new last item of the agenda."""
    actor.require(Permission.EDIT_MEETINGS)
    with db.transaction() as session:
        meeting = _editable_meeting(session, actor, meeting_id)
        data = _cleaned(data, meeting)
        _check_one_review(session, meeting.id, data.kind, 0)
        last = session.scalar(
            select(func.max(AgendaItem.position)).where(AgendaItem.meeting_id == meeting.id)
        )
        item = AgendaItem(
            meeting_id=meeting.id,
            position=int(last or 0) + 1,
            updated_by=actor.login,
            **{name: getattr(data, name) for name in _ITEM_FIELDS},
        )
        session.add(item)
        audit.record_create(session, actor, item)
        return _one_view(session, item)


def update_item(
    db: Database, actor: Actor, item_id: int, version: int, data: AgendaItemData
) -> AgendaItemView:
    actor.require(Permission.EDIT_MEETINGS)
    with db.transaction() as session:
        item = _editable_item(session, actor, item_id, version)
        data = _cleaned(data, session.get_one(Meeting, item.meeting_id))
        _check_one_review(session, item.meeting_id, data.kind, item.id)
        for name in _ITEM_FIELDS:
            setattr(item, name, getattr(data, name))
        audit.record_update(session, actor, item)
        return _one_view(session, item)


def _detach(session: Session, actor: Actor, item: AgendaItem) -> None:
    """Loosen what points at an item about to go: case records keep their history without
    it, and a work-plan question goes back to "planned" so it can be scheduled again."""
    for measure in session.scalars(
        select(Measure).where(Measure.escalated_agenda_item_id == item.id)
    ):
        measure.escalated_agenda_item_id = None
        audit.record_update(session, actor, measure)
    for event in session.scalars(select(CaseEvent).where(CaseEvent.agenda_item_id == item.id)):
        event.agenda_item_id = None
        audit.record_update(session, actor, event)
    if item.work_plan_item_id is not None:
        plan = session.get_one(WorkPlanItem, item.work_plan_item_id)
        if plan.state is WorkPlanState.ON_AGENDA:
            plan.state = WorkPlanState.PLANNED
            audit.record_update(session, actor, plan)


def remove_item(db: Database, actor: Actor, item_id: int) -> None:
    """Delete an item with its discussion, decisions and case links; later items move up."""
    actor.require(Permission.EDIT_MEETINGS)
    with db.transaction() as session:
        item = _editable_item(session, actor, item_id)
        meeting_id = item.meeting_id
        for decision in session.scalars(
            select(Decision)
            .where(Decision.agenda_item_id == item.id)
            .order_by(Decision.position.desc())
        ).all():
            delete_decision(session, actor, decision)
        for link in session.scalars(
            select(AgendaItemCase).where(AgendaItemCase.agenda_item_id == item.id)
        ).all():
            audit.record_delete(session, actor, link)
        for entry in list(item.discussion):
            audit.record_delete(session, actor, entry)  # audit first: it autoflushes
            item.discussion.remove(entry)
        _detach(session, actor, item)
        session.flush()
        audit.record_delete(session, actor, item)
        session.flush()
        _renumber_items(session, actor, _items_of(session, meeting_id))


def move_item(db: Database, actor: Actor, item_id: int, new_position: int) -> list[AgendaItemView]:
    """Put an item at ``new_position`` (clamped to the agenda); returns the whole agenda."""
    actor.require(Permission.EDIT_MEETINGS)
    with db.transaction() as session:
        item = _editable_item(session, actor, item_id)
        ordered = [i for i in _items_of(session, item.meeting_id) if i.id != item.id]
        index = min(max(new_position, 1), len(ordered) + 1) - 1
        ordered.insert(index, item)
        _renumber_items(session, actor, ordered)
        return item_views(session, ordered)


def add_progress_review(db: Database, actor: Actor, meeting_id: int) -> AgendaItemView:
    """The standing item «О ходе исполнения решений …» as item 1; the existing one if the
    agenda already has it (the button may be pressed twice)."""
    actor.require(Permission.EDIT_MEETINGS)
    with db.transaction() as session:
        meeting = _editable_meeting(session, actor, meeting_id)
        items = _items_of(session, meeting.id)
        existing = next((i for i in items if i.kind is AgendaItemKind.PROGRESS_REVIEW), None)
        if existing is not None:
            return _one_view(session, existing)
        # The secretary reports on execution in most commissions; the name is a suggestion.
        speaker = short_name(meeting.secretary.full_name) if meeting.secretary else None
        item = AgendaItem(
            meeting_id=meeting.id,
            position=1,
            kind=AgendaItemKind.PROGRESS_REVIEW,
            title=PROGRESS_REVIEW_TITLE,
            speakers=speaker or None,
            updated_by=actor.login,
        )
        _renumber_items(session, actor, [item, *items])
        session.add(item)
        audit.record_create(session, actor, item)
        return _one_view(session, item)


# --- progress on earlier decisions --------------------------------------------------------


def _previous_held(session: Session, meeting: Meeting) -> date | None:
    return session.scalar(
        select(func.max(Meeting.meeting_date)).where(
            Meeting.commission_id == meeting.commission_id,
            Meeting.status.in_(ADOPTED_MEETING_STATUSES),
            Meeting.meeting_date < meeting.meeting_date,
        )
    )


def _progress_candidates(
    session: Session, meeting: Meeting, since: date | None
) -> list[tuple[Decision, int, int, date]]:
    """Decisions of earlier held meetings that the review must mention: a term in the window
    (since, meeting date], an open term already past, or a permanent term still on control."""
    day = meeting.meeting_date
    in_window = ControlPoint.due_date <= day
    if since is not None:
        in_window = in_window & (ControlPoint.due_date > since)
    still_open = Decision.control_state.not_in(FINAL_STATES)
    overdue = (ControlPoint.state == ControlPointState.OPEN) & (ControlPoint.due_date < day)
    has_point = (
        select(ControlPoint.id)
        .where(ControlPoint.decision_id == Decision.id, in_window | (overdue & still_open))
        .exists()
    )
    permanent = (Decision.deadline_kind == DeadlineKind.PERMANENT) & still_open
    rows = session.execute(
        select(Decision, AgendaItem.position, Meeting.number, Meeting.meeting_date)
        .options(selectinload(Decision.control_points))
        .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
        .join(Meeting, AgendaItem.meeting_id == Meeting.id)
        .where(
            Meeting.commission_id == meeting.commission_id,
            Meeting.status.in_(ADOPTED_MEETING_STATUSES),
            Meeting.meeting_date < day,
            or_(has_point, permanent),
        )
        .order_by(Meeting.meeting_date, Meeting.number, AgendaItem.position, Decision.position)
    )
    return list(rows)


def _leads(session: Session, decision_ids: list[int]) -> dict[int, AgencyRef]:
    if not decision_ids:
        return {}
    rows = session.execute(
        select(DecisionAssignee.decision_id, DecisionAssignee.contact_name, Agency)
        .join(Agency, DecisionAssignee.agency_id == Agency.id)
        .where(
            DecisionAssignee.decision_id.in_(decision_ids),
            DecisionAssignee.role == AssigneeRole.LEAD,
        )
    )
    return {
        decision_id: AgencyRef(
            id=agency.id,
            name=Bilingual(agency.name_ru, agency.name_kk),
            short_name=Bilingual(
                agency.short_name_ru or agency.name_ru, agency.short_name_kk or agency.name_kk
            ),
            head_name=contact or short_name(agency.head_name) or None,
        )
        for decision_id, contact, agency in rows
    }


def progress_of(session: Session, meeting: Meeting) -> list[ProgressLine]:
    """The review lines of ``meeting``, states as of its date (also for the minutes)."""
    day = meeting.meeting_date
    since = _previous_held(session, meeting)
    rows = _progress_candidates(session, meeting, since)
    commission = session.get_one(Commission, meeting.commission_id)
    cal = load_calendar(session)
    leads = _leads(session, [r[0].id for r in rows])
    lines = []
    for decision, item_position, number, held_on in rows:
        points = decision.control_points
        open_dates = [p.due_date for p in points if p.state is ControlPointState.OPEN]
        relevant = [
            p for p in points if p.due_date <= day and (since is None or p.due_date > since)
        ]
        relevant_open = [p.due_date for p in relevant if p.state is ControlPointState.OPEN]
        overdue = [d for d in open_dates if d < day]
        due = min(overdue + relevant_open, default=None) or max(
            (p.due_date for p in relevant), default=None
        )
        state = computed_state(
            decision.control_state,
            decision.kind,
            open_dates,
            day,
            cal,
            commission.due_soon_working_days,
        )
        lines.append(
            ProgressLine(
                ref=DecisionRef(
                    decision.id, f"{item_position}.{decision.position}", number, held_on
                ),
                text=Bilingual.of(decision.text, decision.text_kk),
                lead=leads.get(decision.id),
                due_date=due,
                state=state.value,
            )
        )
    return lines


def progress_lines(db: Database, actor: Actor, meeting_id: int) -> list[ProgressLine]:
    """Every decision due since the previous held meeting (or overdue, or permanent), with
    its control state as of this meeting's date."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        return progress_of(session, get_readable(session, actor, Meeting, meeting_id))


# --- discussion («ВЫСТУПИЛИ») -------------------------------------------------------------


def _discussion_values(
    speaker: str | None, summary: str | None, speaker_kk: str | None, summary_kk: str | None
) -> dict[str, str | None]:
    """The entry's columns; who spoke may be typed in either language."""
    name, name_kk = required_pair(
        speaker,
        speaker_kk,
        "speaker",
        QT_TRANSLATE_NOOP("Errors", "Enter who spoke."),
        multiline=False,
    )
    text, text_kk = cleaned_pair(summary, summary_kk)
    values = {"speaker": name, "speaker_kk": name_kk, "summary": text, "summary_kk": text_kk}
    check_lengths(DiscussionEntry, values)
    return values


def add_discussion(
    db: Database,
    actor: Actor,
    item_id: int,
    speaker: str,
    summary: str | None = None,
    *,
    speaker_kk: str | None = None,
    summary_kk: str | None = None,
) -> AgendaItemView:
    actor.require(Permission.EDIT_MEETINGS)
    values = _discussion_values(speaker, summary, speaker_kk, summary_kk)
    with db.transaction() as session:
        item = _editable_item(session, actor, item_id)
        last = session.scalar(
            select(func.max(DiscussionEntry.position)).where(
                DiscussionEntry.agenda_item_id == item.id
            )
        )
        entry = DiscussionEntry(
            agenda_item_id=item.id,
            position=int(last or 0) + 1,
            updated_by=actor.login,
            **values,
        )
        session.add(entry)
        audit.record_create(session, actor, entry)
        return _one_view(session, item)


def update_discussion(
    db: Database,
    actor: Actor,
    entry_id: int,
    version: int,
    speaker: str,
    summary: str | None = None,
    *,
    speaker_kk: str | None = None,
    summary_kk: str | None = None,
) -> AgendaItemView:
    actor.require(Permission.EDIT_MEETINGS)
    values = _discussion_values(speaker, summary, speaker_kk, summary_kk)
    with db.transaction() as session:
        entry = get_own(session, actor, DiscussionEntry, entry_id, version)
        item = _editable_item(session, actor, entry.agenda_item_id)
        for name, value in values.items():
            setattr(entry, name, value)
        audit.record_update(session, actor, entry)
        return _one_view(session, item)


def remove_discussion(db: Database, actor: Actor, entry_id: int) -> AgendaItemView:
    actor.require(Permission.EDIT_MEETINGS)
    with db.transaction() as session:
        entry = get_own(session, actor, DiscussionEntry, entry_id)
        item = _editable_item(session, actor, entry.agenda_item_id)
        siblings = item.discussion  # loaded before the delete, which the audit autoflushes
        audit.record_delete(session, actor, entry)
        siblings.remove(entry)
        session.flush()
        for position, other in enumerate(item.discussion, start=1):
            if other.position != position:
                other.position = position
                audit.record_update(session, actor, other)
        return _one_view(session, item)


# --- client cases -------------------------------------------------------------------------


def link_case(db: Database, actor: Actor, item_id: int, case_id: int) -> AgendaItemView:
    """Examine a client's case under the item; linking it twice changes nothing."""
    actor.require(Permission.EDIT_MEETINGS)
    with db.transaction() as session:
        item = _editable_item(session, actor, item_id)
        case = get_or_fail(session, Case, case_id)
        covered = covered_districts(session, actor)
        if (
            covered is not None
            and session.get_one(Client, case.client_id).district_id not in covered
        ):
            raise not_found("cases")
        if session.get(AgendaItemCase, (item.id, case_id)) is None:
            link = AgendaItemCase(agenda_item_id=item.id, case_id=case_id, is_escalation=False)
            session.add(link)
            audit.record_create(session, actor, link)
        return _one_view(session, item)


def unlink_case(db: Database, actor: Actor, item_id: int, case_id: int) -> AgendaItemView:
    actor.require(Permission.EDIT_MEETINGS)
    with db.transaction() as session:
        item = _editable_item(session, actor, item_id)
        link = session.get(AgendaItemCase, (item.id, case_id))
        if link is not None:
            audit.record_delete(session, actor, link)
            session.flush()
        return _one_view(session, item)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def case_choices(db: Database, actor: Actor, search: str) -> list[CaseLinkView]:
    """Open cases to link, newest first: by case number, or by the start of the surname.

    The secretary links cases without seeing the register; what is shown is the number and
    initials only. Handing out a list is still recorded, as for every list of clients.
    """
    actor.require(Permission.EDIT_MEETINGS)
    text = " ".join(search.split())
    with db.transaction() as session:
        query = (
            select(Case.id, Case.number, Client.surname, Client.given_name, Client.patronymic)
            .join(Client, Case.client_id == Client.id)
            .where(Case.state.in_(OPEN_CASE_STATES))
            .order_by(Case.opened_on.desc(), Case.id.desc())
            .limit(CASE_CHOICES_LIMIT)
        )
        covered = covered_districts(session, actor)
        if covered is not None:
            query = query.where(Client.district_id.in_(covered))
        if text:
            # search_name is case-folded in Python, so a folded prefix matches on both engines.
            by_name = Client.search_name.like(f"{_escape_like(search_key(text))}%", escape="\\")
            by_number = Case.number.like(f"%{_escape_like(text)}%", escape="\\")
            query = query.where(or_(by_number, by_name))
        rows = session.execute(query).all()
        if rows:
            audit.record(
                session,
                actor,
                AuditAction.VIEW,
                "cases",
                None,
                {"list": len(rows), "search": bool(text), "purpose": "agenda"},
            )
        return [
            CaseLinkView(case_id, number, case_label(surname, given, patronymic))
            for case_id, number, surname, given, patronymic in rows
        ]
