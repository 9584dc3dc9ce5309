"""The minutes: the read model every document is written from, finalising and amending.

Finalising stores the whole read model as JSON with the revision, so that signed minutes are
exported later exactly as they were signed, whatever happened to agencies' names or members'
positions since.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields, is_dataclass, replace
from datetime import date, datetime, time
from enum import Enum
from functools import cache
from types import NoneType, UnionType
from typing import Any, Union, cast, get_args, get_origin, get_type_hints

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from commission.db.base import utcnow
from commission.db.engine import Database
from commission.db.models import (
    Agency,
    AgendaItem,
    AgendaItemCase,
    Case,
    Client,
    Commission,
    ControlPoint,
    Decision,
    DecisionAssignee,
    Extension,
    Meeting,
    Member,
    MinutesRevision,
)
from commission.documents.minutes import (
    EMPTY,
    AbsentLine,
    AgencyRef,
    AgendaLine,
    Bilingual,
    CaseLine,
    DecisionLine,
    DecisionRef,
    DiscussionLine,
    MinutesContext,
    PersonLine,
    ProgressLine,
    VoteLine,
)
from commission.domain.enums import (
    AgendaItemKind,
    AssigneeRole,
    AttendanceStatus,
    AuditAction,
    ExtensionState,
    MeetingStatus,
    MemberRole,
    MinutesState,
)
from commission.domain.meeting_lifecycle import is_past
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.names import case_label, short_name, signature_name
from commission.domain.permissions import Permission
from commission.services import (
    agenda,
    attendance,
    audit,
    commission_names,
    name_forms,
    phrase_book,
    police_report,
)
from commission.services.common import clean_text
from commission.services.context import Actor
from commission.services.decisions import rule_of
from commission.services.errors import InvalidInput, NotFound
from commission.services.meetings import (
    PENDING_SNAPSHOT,
    MeetingView,
    latest_revision,
    meeting_view,
)
from commission.services.scope import get_own, get_readable

SNAPSHOT_FORMAT = 1


# --- finalising and amending ------------------------------------------------------------


@dataclass(frozen=True)
class RevisionView:
    revision: int
    reason: str | None  # why it was amended; None for the first
    created_at: datetime  # when it was finalised (opened, while still being amended)
    created_by: str
    is_final: bool  # False: the amendment is being made; no snapshot yet


def _pending(session: Session, meeting_id: int) -> MinutesRevision | None:
    return session.scalar(
        select(MinutesRevision).where(
            MinutesRevision.meeting_id == meeting_id,
            MinutesRevision.snapshot_json == PENDING_SNAPSHOT,
        )
    )


def _check_can_finalise(session: Session, meeting: Meeting) -> None:
    if meeting.minutes_state is MinutesState.FINAL:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The minutes are already final."), None)
    if meeting.status in (MeetingStatus.POSTPONED, MeetingStatus.CANCELLED):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The meeting was postponed or cancelled; it has no minutes to finalise."
            ),
            "status",
        )
    if meeting.meeting_date > date.today():
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The meeting of {date} has not taken place yet; its minutes cannot be final.",
            ),
            None,
            date=meeting.meeting_date.strftime("%d.%m.%Y"),
        )
    result = attendance.meeting_quorum(session, meeting)
    if not result.has_quorum:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The attendance shows {present} of {total} voting members present; at least "
                "{required} are needed for a quorum. Mark the attendance before finalising.",
            ),
            "attendance",
            present=result.present,
            total=result.total,
            required=result.required,
        )
    if not meeting.agenda_items:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The agenda is empty: add at least one item."), "agenda"
        )


def finalise(db: Database, actor: Actor, meeting_id: int, version: int) -> MeetingView:
    """Lock the record and keep its snapshot as the next revision of the minutes."""
    actor.require(Permission.EDIT_MEETINGS)
    with db.transaction() as session:
        meeting = get_own(session, actor, Meeting, meeting_id, version)
        _check_can_finalise(session, meeting)
        row = _pending(session, meeting.id)
        if row is None:
            row = MinutesRevision(
                meeting_id=meeting.id,
                revision=latest_revision(session, meeting.id) + 1,
                snapshot_json=PENDING_SNAPSHOT,
                created_by=actor.login,
            )
            session.add(row)
        meeting.minutes_state = MinutesState.FINAL
        if not is_past(meeting.status, MeetingStatus.MINUTES_DRAFTED):
            meeting.status = MeetingStatus.MINUTES_DRAFTED
        audit.record_update(session, actor, meeting)
        context = replace(
            build_context(session, meeting),
            revision=row.revision,
            amendment_reason=row.reason,
            audit_anchor=audit.head_anchor(session),  # the trail as it stood when signed
        )
        row.audit_anchor = context.audit_anchor
        row.snapshot_json = context_to_json(context)
        row.created_at = utcnow()
        row.created_by = actor.login
        session.flush()
        # The digest makes a later edit of the stored snapshot visible against the audit trail.
        audit.record(
            session,
            actor,
            AuditAction.CREATE,
            "minutes_revisions",
            row.id,
            {
                "meeting_id": meeting.id,
                "revision": row.revision,
                "sha256": hashlib.sha256(row.snapshot_json.encode("utf-8")).hexdigest(),
            },
        )
        return meeting_view(session, meeting)


def amend(db: Database, actor: Actor, meeting_id: int, version: int, reason: str) -> MeetingView:
    """Reopen final minutes for correction; finalising again makes the next revision."""
    actor.require(Permission.EDIT_MEETINGS)
    why = clean_text(reason)
    if not why:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Give the reason for amending the minutes."), "reason"
        )
    with db.transaction() as session:
        meeting = get_own(session, actor, Meeting, meeting_id, version)
        if meeting.minutes_state is not MinutesState.FINAL:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "Only final minutes are amended; these can be edited as they are."
                ),
                None,
            )
        meeting.minutes_state = MinutesState.AMENDED
        audit.record_update(session, actor, meeting)
        row = MinutesRevision(
            meeting_id=meeting.id,
            revision=latest_revision(session, meeting.id) + 1,
            reason=why,
            snapshot_json=PENDING_SNAPSHOT,
            created_by=actor.login,
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.UPDATE,
            "minutes_revisions",
            row.id,
            {"meeting_id": meeting.id, "revision": row.revision, "reason": why},
        )
        return meeting_view(session, meeting)


def revisions(db: Database, actor: Actor, meeting_id: int) -> list[RevisionView]:
    """The history of the minutes, first revision first."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        get_readable(session, actor, Meeting, meeting_id)
        rows = session.scalars(
            select(MinutesRevision)
            .where(MinutesRevision.meeting_id == meeting_id)
            .order_by(MinutesRevision.revision)
        )
        return [
            RevisionView(
                revision=r.revision,
                reason=r.reason,
                created_at=r.created_at,
                created_by=r.created_by,
                is_final=r.snapshot_json != PENDING_SNAPSHOT,
            )
            for r in rows
        ]


def minutes_context(
    db: Database, actor: Actor, meeting_id: int, revision: int | None = None
) -> MinutesContext:
    """What the documents print: a stored revision when asked for one, the latest revision
    while the minutes are final (what was signed), otherwise the record as it stands."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        meeting = get_readable(session, actor, Meeting, meeting_id)
        if revision is None and meeting.minutes_state is MinutesState.FINAL:
            # Final minutes with no snapshot (made outside finalise, e.g. the demo data) are
            # built from the record, which nothing can change while they are final.
            revision = latest_revision(session, meeting.id) or None
        if revision is not None:
            row = session.scalar(
                select(MinutesRevision).where(
                    MinutesRevision.meeting_id == meeting.id,
                    MinutesRevision.revision == revision,
                    MinutesRevision.snapshot_json != PENDING_SNAPSHOT,
                )
            )
            if row is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "These minutes have no final revision {revision}."),
                    revision=revision,
                )
            return context_from_json(row.snapshot_json)
        context = build_context(session, meeting)
        pending = _pending(session, meeting.id)
        if pending is not None:
            return replace(context, revision=pending.revision, amendment_reason=pending.reason)
        return replace(context, revision=latest_revision(session, meeting.id))


# --- the read model -----------------------------------------------------------------------


def person_line(full_name: str, position_ru: str | None, position_kk: str | None) -> PersonLine:
    return PersonLine(
        full_name=full_name,
        short_name=short_name(full_name),
        signature_name=signature_name(full_name),
        position=Bilingual(position_ru or "", position_kk or ""),
    )


def member_line(member: Member) -> PersonLine:
    line = person_line(member.full_name, member.position_ru, member.position_kk)
    return replace(line, role=member.role.value, sex=member.sex)


def agency_ref(agency: Agency, contact_name: str | None = None) -> AgencyRef:
    """The agency as a point names it; the person in brackets is the decision's contact, else
    the agency's head. A Kazakh document falls back to the full Kazakh name rather than to a
    Russian short one."""
    return AgencyRef(
        id=agency.id,
        name=Bilingual(agency.name_ru, agency.name_kk),
        short_name=Bilingual(
            agency.short_name_ru or agency.name_ru, agency.short_name_kk or agency.name_kk
        ),
        head_name=contact_name or short_name(agency.head_name) or None,
    )


def decision_refs(session: Session, ids: Sequence[int]) -> dict[int, DecisionRef]:
    """Points of earlier minutes, numbered as their minutes number them."""
    if not ids:
        return {}
    rows = session.execute(
        select(
            Decision.id,
            Decision.position,
            AgendaItem.position.label("item_position"),
            Meeting.number,
            Meeting.meeting_date,
        )
        .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
        .join(Meeting, AgendaItem.meeting_id == Meeting.id)
        .where(Decision.id.in_(ids))
    )
    return {
        r.id: DecisionRef(r.id, f"{r.item_position}.{r.position}", r.number, r.meeting_date)
        for r in rows
    }


def vote_of(decision: Decision) -> VoteLine | None:
    """The vote as recorded, with the result computed when it was recorded."""
    if decision.votes_for is None:
        return None
    votes_for = decision.votes_for
    against = decision.votes_against or 0
    return VoteLine(
        votes_for=votes_for,
        votes_against=against,
        votes_abstained=decision.votes_abstained or 0,
        adopted=bool(decision.vote_adopted),
        casting_vote_used=decision.casting_vote_used,
        dissenters=decision.dissenters,
    )


@dataclass(frozen=True)
class _Links:
    """What the decisions of one meeting did to earlier decisions."""

    removes: dict[int, list[DecisionRef]]
    extends: dict[int, list[tuple[DecisionRef, date]]]


def _links(session: Session, decision_ids: Sequence[int]) -> _Links:
    removed = session.execute(
        select(Decision.id, Decision.removed_by_decision_id).where(
            Decision.removed_by_decision_id.in_(decision_ids)
        )
    ).all()
    extended = session.execute(
        select(Extension.decided_by_decision_id, ControlPoint.decision_id, Extension.proposed_date)
        .join(ControlPoint, Extension.control_point_id == ControlPoint.id)
        .where(
            Extension.decided_by_decision_id.in_(decision_ids),
            Extension.state == ExtensionState.GRANTED,
        )
    ).all()
    refs = decision_refs(session, [r[0] for r in removed] + [r[1] for r in extended])

    def order(ref: DecisionRef) -> tuple[date, int, tuple[int, ...]]:
        return ref.meeting_date, ref.meeting_number, tuple(int(p) for p in ref.number.split("."))

    removes: dict[int, list[DecisionRef]] = defaultdict(list)
    # The queries' IN (...) filters make the "by" ids non-null.
    for removed_id, by_id in removed:
        removes[cast(int, by_id)].append(refs[removed_id])
    extends: dict[int, list[tuple[DecisionRef, date]]] = defaultdict(list)
    for by_id, extended_id, new_date in extended:
        extends[cast(int, by_id)].append((refs[extended_id], new_date))
    for values in removes.values():
        values.sort(key=order)
    for pairs in extends.values():
        pairs.sort(key=lambda pair: (order(pair[0]), pair[1]))
    return _Links(removes, extends)


def _decision_lines(session: Session, item_ids: Sequence[int]) -> dict[int, list[Decision]]:
    decisions = session.scalars(
        select(Decision)
        .where(Decision.agenda_item_id.in_(item_ids))
        .options(
            selectinload(Decision.assignees).joinedload(DecisionAssignee.agency),
            selectinload(Decision.control_points),
        )
        .order_by(Decision.agenda_item_id, Decision.position)
    )
    result: dict[int, list[Decision]] = defaultdict(list)
    for decision in decisions:
        result[decision.agenda_item_id].append(decision)
    return result


def _decision_line(decision: Decision, number: str, links: _Links) -> DecisionLine:
    lead = next((a for a in decision.assignees if a.role is AssigneeRole.LEAD), None)
    co_executors = sorted(
        (a for a in decision.assignees if a.role is AssigneeRole.CO_EXECUTOR),
        key=lambda a: a.agency_id,
    )
    # The terms as decided at the sitting: a later extension is history, not these minutes.
    due = sorted(p.original_due_date for p in decision.control_points)
    return DecisionLine(
        id=decision.id,
        number=number,
        kind=decision.kind,
        text=Bilingual.of(decision.text, decision.text_kk),
        is_binding=decision.is_binding,
        lead=agency_ref(lead.agency, lead.contact_name) if lead else None,
        co_executors=tuple(agency_ref(a.agency, a.contact_name) for a in co_executors),
        deadline=rule_of(decision),
        due_dates=tuple(due),
        report_to_secretary=decision.report_to_secretary,
        vote=vote_of(decision),
        removes=tuple(links.removes.get(decision.id, ())),
        extends=tuple(links.extends.get(decision.id, ())),
    )


def _case_lines(session: Session, item_ids: Sequence[int]) -> dict[int, list[CaseLine]]:
    # Only the name columns are read, and only to make initials: no IIN, no address.
    rows = session.execute(
        select(
            AgendaItemCase.agenda_item_id,
            Case.number,
            Client.surname,
            Client.given_name,
            Client.patronymic,
        )
        .join(Case, AgendaItemCase.case_id == Case.id)
        .join(Client, Case.client_id == Client.id)
        .where(AgendaItemCase.agenda_item_id.in_(item_ids))
        .order_by(Case.year, Case.seq)
    )
    result: dict[int, list[CaseLine]] = defaultdict(list)
    for item_id, number, surname, given_name, patronymic in rows:
        result[item_id].append(CaseLine(number, case_label(surname, given_name, patronymic)))
    return result


def _agenda(session: Session, meeting: Meeting) -> tuple[AgendaLine, ...]:
    items = list(
        session.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting.id)
            .options(selectinload(AgendaItem.discussion))
            .order_by(AgendaItem.position)
        )
    )
    ids = [item.id for item in items]
    decisions = _decision_lines(session, ids)
    links = _links(session, [d.id for ds in decisions.values() for d in ds])
    cases = _case_lines(session, ids)
    police = police_report.police_lines(session, ids)
    reviewed: tuple[ProgressLine, ...] = ()
    if any(item.kind is AgendaItemKind.PROGRESS_REVIEW for item in items):
        reviewed = tuple(agenda.progress_of(session, meeting))
    result = []
    # Numbered by order rather than by the stored position, so a gap can never reach paper.
    for number, item in enumerate(items, start=1):
        points = decisions.get(item.id, [])
        result.append(
            AgendaLine(
                number=number,
                kind=item.kind,
                title=Bilingual.of(item.title, item.title_kk),
                speakers=Bilingual.of(item.speakers, item.speakers_kk),
                heard_speaker=Bilingual.of(item.heard_speaker, item.heard_speaker_kk),
                heard_summary=Bilingual.of(item.heard_summary, item.heard_summary_kk),
                discussion=tuple(
                    DiscussionLine(
                        Bilingual.of(d.speaker, d.speaker_kk), Bilingual.of(d.summary, d.summary_kk)
                    )
                    for d in item.discussion
                ),
                decisions=tuple(
                    _decision_line(d, f"{number}.{index}", links)
                    for index, d in enumerate(points, start=1)
                ),
                cases=tuple(cases.get(item.id, ())),
                progress=reviewed if item.kind is AgendaItemKind.PROGRESS_REVIEW else (),
                police=police.get(item.id) if item.kind is AgendaItemKind.POLICE_REPORT else None,
            )
        )
    return tuple(result)


def _officer(members: Sequence[Member], chosen: Member | None, role: MemberRole) -> Member | None:
    """The chair (secretary) of the sitting: as chosen, else the one of the composition."""
    if chosen is not None:
        return chosen
    return next((m for m in members if m.role is role), None)


def build_context(session: Session, meeting: Meeting) -> MinutesContext:
    """The minutes of ``meeting`` as the database holds them now."""
    commission = session.get_one(Commission, meeting.commission_id)
    unit = commission.admin_unit
    members = attendance.members_on(session, meeting.commission_id, meeting.meeting_date)
    marks = attendance.marks_of(session, meeting.id)
    present: list[PersonLine] = []
    absent: list[AbsentLine] = []
    for member in members:
        mark = marks.get(member.id)
        if mark is not None and mark.status is AttendanceStatus.PRESENT:
            present.append(member_line(member))
            continue
        # A member nobody marked did not sit: the signed minutes must not say otherwise.
        absent.append(
            AbsentLine(
                person=member_line(member),
                reason=Bilingual.of(mark.absence_reason, mark.absence_reason_kk) if mark else EMPTY,
                substitute_name=mark.substitute_name if mark else None,
                substitute_position=Bilingual.of(
                    mark.substitute_position, mark.substitute_position_kk
                )
                if mark
                else EMPTY,
                substitute_sex=mark.substitute_sex if mark else None,
            )
        )
    chair = _officer(members, meeting.chair, MemberRole.CHAIR)
    secretary = _officer(members, meeting.secretary, MemberRole.SECRETARY)
    result = attendance.meeting_quorum(session, meeting)
    return MinutesContext(
        meeting_id=meeting.id,
        commission_id=meeting.commission_id,
        akimat=Bilingual(commission.akimat_ru, commission.akimat_kk),
        # The name valid on the meeting's day: a renamed commission's past minutes keep theirs.
        commission_name=commission_names.name_on(session, commission, meeting.meeting_date),
        town=Bilingual(unit.centre_ru or unit.name_ru, unit.centre_kk or unit.name_kk),
        number=meeting.number,
        meeting_date=meeting.meeting_date,
        start_time=meeting.start_time,
        venue=Bilingual.of(meeting.place, meeting.place_kk),
        kind=meeting.kind,
        format=meeting.format,
        chair=member_line(chair) if chair else None,
        secretary=member_line(secretary) if secretary else None,
        voting_members_total=result.total,
        voting_present=result.present,
        has_quorum=result.has_quorum,
        present=tuple(present),
        absent=tuple(absent),
        invited=tuple(
            replace(person_line(g.full_name, g.job_title, g.job_title_kk), sex=g.sex)
            for g in meeting.guests
        ),
        agenda=_agenda(session, meeting),
        control_assigned_to=Bilingual.of(
            meeting.control_assigned_to, meeting.control_assigned_to_kk
        ),
        minutes_state=meeting.minutes_state,
        name_forms=name_forms.stored(session),
        phrases=phrase_book.stored_phrases(session),
    )


# --- the snapshot as JSON -----------------------------------------------------------------


def _json_default(value: object) -> str:
    if isinstance(value, date | time):  # datetime is a date: none is in the context
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not part of the minutes' read model")


def context_to_json(context: MinutesContext) -> str:
    """The read model as JSON text; enumerations by value, dates and times in ISO form."""
    return json.dumps(
        {"format": SNAPSHOT_FORMAT, "context": asdict(context)},
        ensure_ascii=False,
        sort_keys=True,
        default=_json_default,
    )


@cache
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)


def _decode(kind: Any, value: Any) -> Any:
    """``value`` read from JSON, rebuilt as the type ``kind`` the read model declares."""
    origin = get_origin(kind)
    if origin in (Union, UnionType):
        if value is None:
            return None
        options = [a for a in get_args(kind) if a is not NoneType]
        return _decode(options[0], value)  # the read model's unions are all "X | None"
    if origin is tuple:
        args = get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], v) for v in value)
        return tuple(_decode(a, v) for a, v in zip(args, value, strict=True))
    if origin is list:
        return [_decode(get_args(kind)[0], v) for v in value]
    if origin is dict:
        key_type, value_type = get_args(kind)
        return {_decode(key_type, k): _decode(value_type, v) for k, v in value.items()}
    if kind is Bilingual and not isinstance(value, dict):
        # Snapshots signed before the record was bilingual hold one text (or none) here.
        return Bilingual(value or "")
    if is_dataclass(kind) and isinstance(kind, type):
        hints = _hints(kind)
        # A field added to the read model after the snapshot was stored keeps its default.
        values = {
            f.name: _decode(hints[f.name], value[f.name]) for f in fields(kind) if f.name in value
        }
        return kind(**values)
    if kind is date:
        return date.fromisoformat(value)
    if kind is time:
        return time.fromisoformat(value)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(value)
    if kind in (str, int, bool) and isinstance(value, kind):
        return value
    raise ValueError(f"cannot read {value!r} as {kind!r}")


def context_from_json(text: str) -> MinutesContext:
    """The read model stored by ``context_to_json``, equal to the one that was stored."""
    data = json.loads(text)
    if data.get("format") != SNAPSHOT_FORMAT:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "These minutes were saved by a newer version of the program; update it."
            ),
            None,
        )
    context = _decode(MinutesContext, data["context"])
    assert isinstance(context, MinutesContext)
    return context
