"""Meetings: number within the year, date and place, chair of the sitting, lifecycle status.

The list of meetings is ``overview.list_meetings``; this module edits one meeting and holds
the rule every editing service obeys: final minutes are not changed until amended.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, time

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from commission.db.engine import Database
from commission.db.models import Attachment, Meeting, Member, MinutesRevision
from commission.domain.enums import MeetingFormat, MeetingKind, MeetingStatus, MinutesState
from commission.domain.meeting_lifecycle import InvalidTransition, check_transition
from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.domain.permissions import Permission
from commission.services import audit, escalation
from commission.services.bilingual_text import cleaned_pair
from commission.services.common import check_lengths, clean_text
from commission.services.composition import _commission as the_commission
from commission.services.context import Actor
from commission.services.errors import InvalidInput
from commission.services.scope import get_own, get_readable, is_readable, scope_ids


class MinutesLocked(UserError):
    """The minutes are final: the record is what was signed until someone amends it."""


@dataclass(frozen=True)
class MeetingData:
    meeting_date: date
    start_time: time | None = None
    place: str | None = None
    format: MeetingFormat = MeetingFormat.IN_PERSON
    kind: MeetingKind = MeetingKind.REGULAR
    chair_member_id: int | None = None  # None: the commission's chair on the meeting date
    secretary_member_id: int | None = None  # None: the commission's secretary on that date
    number: int | None = None  # None: the next free number in the meeting's year
    notes: str | None = None
    control_assigned_to: str | None = None
    place_kk: str | None = None
    control_assigned_to_kk: str | None = None


@dataclass(frozen=True)
class MeetingView:
    id: int
    year: int
    number: int
    meeting_date: date
    start_time: time | None
    place: str | None
    format: MeetingFormat
    kind: MeetingKind
    status: MeetingStatus
    minutes_state: MinutesState
    chair_member_id: int | None
    secretary_member_id: int | None
    control_assigned_to: str | None
    notes: str | None
    revision: int  # the latest finalised revision; 0 before the first finalising
    version: int
    place_kk: str | None = None
    control_assigned_to_kk: str | None = None


_EDITED_FIELDS = (
    "meeting_date",
    "start_time",
    "place",
    "format",
    "kind",
    "chair_member_id",
    "secretary_member_id",
    "notes",
    "control_assigned_to",
    "place_kk",
    "control_assigned_to_kk",
)


def ensure_editable(session: Session, meeting: Meeting) -> None:
    """Refuse any change to a meeting whose minutes are final (see ``minutes.amend``)."""
    del session  # kept in the signature: a later rule may need to read more than the row
    if meeting.minutes_state is MinutesState.FINAL:
        raise MinutesLocked(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The minutes of meeting No. {number} of {date} are final, so nothing in them "
                "can be changed. To correct them, amend the minutes and give the reason.",
            ),
            number=meeting.number,
            date=meeting.meeting_date.strftime("%d.%m.%Y"),
        )


# ``minutes.amend`` opens the next revision at once, to keep its reason until the minutes are
# finalised again; until then the row holds no snapshot.
PENDING_SNAPSHOT = ""


def latest_revision(session: Session, meeting_id: int) -> int:
    """The number of the latest finalised revision; 0 when the minutes were never final."""
    value = session.scalar(
        select(func.max(MinutesRevision.revision)).where(
            MinutesRevision.meeting_id == meeting_id,
            MinutesRevision.snapshot_json != PENDING_SNAPSHOT,
        )
    )
    return int(value or 0)


def meeting_view(session: Session, meeting: Meeting) -> MeetingView:
    return MeetingView(
        id=meeting.id,
        year=meeting.year,
        number=meeting.number,
        meeting_date=meeting.meeting_date,
        start_time=meeting.start_time,
        place=meeting.place,
        format=meeting.format,
        kind=meeting.kind,
        status=meeting.status,
        minutes_state=meeting.minutes_state,
        chair_member_id=meeting.chair_member_id,
        secretary_member_id=meeting.secretary_member_id,
        control_assigned_to=meeting.control_assigned_to,
        notes=meeting.notes,
        revision=latest_revision(session, meeting.id),
        version=meeting.version,
        place_kk=meeting.place_kk,
        control_assigned_to_kk=meeting.control_assigned_to_kk,
    )


def _next_number(session: Session, commission_id: int, year: int) -> int:
    highest = session.scalar(
        select(func.max(Meeting.number)).where(
            Meeting.commission_id == commission_id, Meeting.year == year
        )
    )
    return int(highest or 0) + 1


def next_number(db: Database, actor: Actor, year: int) -> int:
    """The number the next meeting of ``year`` gets unless the secretary types another."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        return _next_number(session, the_commission(session, actor).id, year)


def _cleaned(data: MeetingData) -> MeetingData:
    if data.number is not None and data.number <= 0:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The meeting number must be 1 or more."), "number"
        )
    place, place_kk = cleaned_pair(data.place, data.place_kk, multiline=False)
    control, control_kk = cleaned_pair(data.control_assigned_to, data.control_assigned_to_kk)
    cleaned = replace(
        data,
        place=place,
        place_kk=place_kk,
        notes=clean_text(data.notes),
        control_assigned_to=control,
        control_assigned_to_kk=control_kk,
    )
    check_lengths(Meeting, {"place": cleaned.place, "place_kk": cleaned.place_kk})
    return cleaned


def _duplicate(number: int, year: int, held_on: date | None) -> InvalidInput:
    if held_on is None:
        return InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Meeting No. {number} of {year} already exists; choose another number."
            ),
            "number",
            number=number,
            year=year,
        )
    return InvalidInput(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Meeting No. {number} of {year} already exists (dated {date}); choose another number.",
        ),
        "number",
        number=number,
        year=year,
        date=held_on.strftime("%d.%m.%Y"),
    )


def _check_number(session: Session, commission_id: int, year: int, number: int, own: int) -> None:
    clash = session.scalar(
        select(Meeting.meeting_date).where(
            Meeting.commission_id == commission_id,
            Meeting.year == year,
            Meeting.number == number,
            Meeting.id != own,
        )
    )
    if clash is not None:
        raise _duplicate(number, year, clash)


def _check_member(
    session: Session, commission_id: int, member_id: int | None, on: date, field: str
) -> None:
    """The chair and the secretary of a sitting are members of its commission on its date."""
    if member_id is None:
        return
    member = session.scalar(
        select(Member).where(
            Member.id == member_id,
            Member.commission_id == commission_id,
            Member.valid_from <= on,
            or_(Member.valid_to.is_(None), Member.valid_to >= on),
        )
    )
    if member is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The person chosen is not a member of the commission on {date}."
            ),
            field,
            date=on.strftime("%d.%m.%Y"),
        )


def _check_members(session: Session, commission_id: int, data: MeetingData) -> None:
    day = data.meeting_date
    _check_member(session, commission_id, data.chair_member_id, day, "chair_member_id")
    _check_member(session, commission_id, data.secretary_member_id, day, "secretary_member_id")


@contextmanager
def _number_race(meeting: Meeting) -> Iterator[None]:
    """A number taken by another user since our check fails the flush: say so plainly."""
    try:
        yield
    except IntegrityError as exc:
        text = str(exc.orig)
        # PostgreSQL names the constraint; SQLite lists its columns.
        if "uq_meetings_number_in_year" not in text and "meetings.number" not in text:
            raise
        raise _duplicate(meeting.number, meeting.year, None) from exc


def create_meeting(db: Database, actor: Actor, data: MeetingData) -> MeetingView:
    actor.require(Permission.EDIT_MEETINGS)
    data = _cleaned(data)
    with db.transaction() as session:
        commission = the_commission(session, actor)
        year = data.meeting_date.year
        number = data.number or _next_number(session, commission.id, year)
        _check_number(session, commission.id, year, number, 0)
        _check_members(session, commission.id, data)
        meeting = Meeting(
            commission_id=commission.id,
            year=year,
            number=number,
            updated_by=actor.login,
            **{name: getattr(data, name) for name in _EDITED_FIELDS},
        )
        session.add(meeting)
        with _number_race(meeting):
            session.flush()
        audit.record_create(session, actor, meeting)
        # Measures escalated while no meeting was planned are proposed on this one's agenda.
        escalation.place_waiting(session, actor, meeting)
        return meeting_view(session, meeting)


def update_meeting(
    db: Database, actor: Actor, meeting_id: int, version: int, data: MeetingData
) -> MeetingView:
    actor.require(Permission.EDIT_MEETINGS)
    data = _cleaned(data)
    with db.transaction() as session:
        meeting = get_own(session, actor, Meeting, meeting_id, version)
        ensure_editable(session, meeting)
        year = data.meeting_date.year
        if data.number is not None:
            number = data.number
        elif year == meeting.year:
            number = meeting.number
        else:  # moved to another year: the next number there, as a new meeting would get
            number = _next_number(session, meeting.commission_id, year)
        _check_number(session, meeting.commission_id, year, number, meeting.id)
        _check_members(session, meeting.commission_id, data)
        meeting.year = year
        meeting.number = number
        for name in _EDITED_FIELDS:
            setattr(meeting, name, getattr(data, name))
        with _number_race(meeting):
            audit.record_update(session, actor, meeting)  # flushes
        return meeting_view(session, meeting)


def get_meeting(db: Database, actor: Actor, meeting_id: int) -> MeetingView:
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        return meeting_view(session, get_readable(session, actor, Meeting, meeting_id))


def set_status(
    db: Database, actor: Actor, meeting_id: int, version: int, status: MeetingStatus
) -> MeetingView:
    """Move the meeting along its lifecycle (see ``domain.meeting_lifecycle``).

    Recording the chair's signature is the chair's own act, but the secretary usually records
    it for them from the signed paper: either permission will do for that one step.
    """
    if not (status is MeetingStatus.MINUTES_SIGNED and actor.can(Permission.SIGN_MINUTES)):
        actor.require(Permission.EDIT_MEETINGS)
    with db.transaction() as session:
        meeting = get_own(session, actor, Meeting, meeting_id, version)
        check_transition(
            meeting.status,
            status,
            minutes_final=meeting.minutes_state is MinutesState.FINAL,
            meeting_date=meeting.meeting_date,
            today=date.today(),
        )
        if status is MeetingStatus.MINUTES_SIGNED and not _scan_attached(session, meeting):
            raise ScanMissing(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Attach the scan of the signed minutes first. If it cannot be attached "
                    "now, the chair may record the signature without it, giving the reason.",
                )
            )
        if status is MeetingStatus.EXTRACTS_SENT:
            raise InvalidTransition(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The extracts are marked sent by themselves when the extract of every "
                    "agency the points address has been saved or printed.",
                )
            )
        meeting.status = status
        audit.record_update(session, actor, meeting)
        return meeting_view(session, meeting)


class ScanMissing(UserError):
    """«Подписан» needs the scan of the signed minutes (``services.signed_minutes``)."""


def latest_final_revision(session: Session, meeting_id: int) -> MinutesRevision | None:
    """The latest finalised revision: the one a paper signed now carries."""
    return session.scalar(
        select(MinutesRevision)
        .where(
            MinutesRevision.meeting_id == meeting_id,
            MinutesRevision.snapshot_json != PENDING_SNAPSHOT,
        )
        .order_by(MinutesRevision.revision.desc())
        .limit(1)
    )


def _scan_attached(session: Session, meeting: Meeting) -> bool:
    """The latest finalised revision has its signed copy's scan attached."""
    latest = latest_final_revision(session, meeting.id)
    if latest is None:
        return False
    found = session.scalar(
        select(Attachment.id).where(Attachment.minutes_revision_id == latest.id).limit(1)
    )
    return found is not None


def find_meeting(db: Database, actor: Actor, reference: str) -> MeetingView:
    """A meeting by what a secretary calls it, «3/2026» (number/year: of the acting
    commission, where the numbers run), or by its id (of a commission the actor reads)."""
    actor.require(Permission.VIEW_COMMISSION)
    text = reference.strip().replace("№", "").strip()
    with db.reading() as session:
        meeting: Meeting | None
        own = scope_ids(session, actor)
        if "/" in text:
            number, _, year = text.partition("/")
            if not (number.strip().isdigit() and year.strip().isdigit()):
                meeting = None
            else:
                meeting = session.scalar(
                    select(Meeting).where(
                        Meeting.commission_id.in_(own),
                        Meeting.number == int(number),
                        Meeting.year == int(year),
                    )
                )
        else:
            meeting = session.get(Meeting, int(text)) if text.isdigit() else None
            if meeting is not None and not is_readable(session, actor, meeting):
                meeting = None
        if meeting is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "There is no meeting «{reference}». Give it as number/year, e.g. 3/2026.",
                ),
                "meeting",
                reference=reference,
            )
        return meeting_view(session, meeting)
