"""Who sat at a meeting: the members valid that day, marked present, absent or replaced;
invited guests; and the quorum that follows from it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, joinedload

from commission.db.engine import Database
from commission.db.models import Attendance, Commission, InvitedGuest, Meeting, Member
from commission.domain.enums import AttendanceStatus, MemberRole
from commission.domain.iin import Sex
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.permissions import Permission
from commission.domain.quorum import QuorumResult, quorum
from commission.services import audit
from commission.services.bilingual_text import cleaned_pair
from commission.services.common import check_lengths, clean_text
from commission.services.context import Actor
from commission.services.errors import InvalidInput
from commission.services.meetings import ensure_editable
from commission.services.scope import get_own, get_readable

# A substitute sits and votes in the absent member's place (the usual rule of such bodies).
SITTING = (AttendanceStatus.PRESENT, AttendanceStatus.REPLACED)
_ROLE_ORDER = {MemberRole.CHAIR: 0, MemberRole.DEPUTY_CHAIR: 1, MemberRole.SECRETARY: 2}


@dataclass(frozen=True)
class AttendanceRow:
    member_id: int
    full_name: str
    role: MemberRole
    position: str
    agency_name: str | None
    is_voting: bool
    status: AttendanceStatus | None  # None: not marked yet
    absence_reason: str | None
    substitute_name: str | None
    substitute_position: str | None
    version: int | None  # of the attendance mark; None when not marked
    absence_reason_kk: str | None = None
    substitute_position_kk: str | None = None
    substitute_sex: Sex | None = None
    # The member's position and agency in Kazakh, for the Kazakh interface (None: not stored).
    position_kk: str | None = None
    agency_name_kk: str | None = None


@dataclass(frozen=True)
class GuestRow:
    id: int
    full_name: str
    job_title: str | None
    version: int
    job_title_kk: str | None = None
    sex: Sex | None = None


@dataclass(frozen=True)
class AttendanceSheet:
    meeting_id: int
    rows: list[AttendanceRow]
    guests: list[GuestRow]
    quorum: QuorumResult


def members_on(session: Session, commission_id: int, day: date) -> list[Member]:
    """The composition valid on ``day``: chair, deputy, secretary, then members by seniority."""
    members = list(
        session.scalars(
            select(Member)
            .options(joinedload(Member.agency))
            .where(
                Member.commission_id == commission_id,
                Member.valid_from <= day,
                or_(Member.valid_to.is_(None), Member.valid_to >= day),
            )
        )
    )
    members.sort(key=lambda m: (_ROLE_ORDER.get(m.role, 3), m.valid_from, m.full_name, m.id))
    return members


def marks_of(session: Session, meeting_id: int) -> dict[int, Attendance]:
    rows = session.scalars(select(Attendance).where(Attendance.meeting_id == meeting_id))
    return {row.member_id: row for row in rows}


def meeting_quorum(session: Session, meeting: Meeting) -> QuorumResult:
    """The quorum by the commission's rule, counting only members valid on the meeting date.

    A mark left for someone whose term no longer covers the date (the date was moved) is
    ignored rather than deleted: moving the date back restores it.
    """
    commission = session.get_one(Commission, meeting.commission_id)
    members = members_on(session, meeting.commission_id, meeting.meeting_date)
    voting = [m for m in members if m.is_voting]
    marks = marks_of(session, meeting.id)
    present = sum(1 for m in voting if m.id in marks and marks[m.id].status in SITTING)
    return quorum(len(voting), present, commission.quorum_numerator, commission.quorum_denominator)


def _sheet(session: Session, meeting: Meeting) -> AttendanceSheet:
    marks = marks_of(session, meeting.id)
    rows = []
    for member in members_on(session, meeting.commission_id, meeting.meeting_date):
        mark = marks.get(member.id)
        rows.append(
            AttendanceRow(
                member_id=member.id,
                full_name=member.full_name,
                role=member.role,
                position=member.position_ru,
                agency_name=member.agency.name_ru if member.agency else None,
                is_voting=member.is_voting,
                status=mark.status if mark else None,
                absence_reason=mark.absence_reason if mark else None,
                substitute_name=mark.substitute_name if mark else None,
                substitute_position=mark.substitute_position if mark else None,
                version=mark.version if mark else None,
                absence_reason_kk=mark.absence_reason_kk if mark else None,
                substitute_position_kk=mark.substitute_position_kk if mark else None,
                substitute_sex=mark.substitute_sex if mark else None,
                position_kk=member.position_kk,
                agency_name_kk=member.agency.name_kk if member.agency else None,
            )
        )
    guests = [
        GuestRow(g.id, g.full_name, g.job_title, g.version, g.job_title_kk, g.sex)
        for g in meeting.guests
    ]
    return AttendanceSheet(meeting.id, rows, guests, meeting_quorum(session, meeting))


def attendance_sheet(db: Database, actor: Actor, meeting_id: int) -> AttendanceSheet:
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        return _sheet(session, get_readable(session, actor, Meeting, meeting_id))


def _editable_meeting(session: Session, actor: Actor, meeting_id: int) -> Meeting:
    meeting = get_own(session, actor, Meeting, meeting_id)
    ensure_editable(session, meeting)
    return meeting


def _valid_member(session: Session, meeting: Meeting, member_id: int) -> Member:
    for member in members_on(session, meeting.commission_id, meeting.meeting_date):
        if member.id == member_id:
            return member
    raise InvalidInput(
        QT_TRANSLATE_NOOP(
            "Errors", "This person is not a member of the commission on {date}; check the date."
        ),
        "member_id",
        date=meeting.meeting_date.strftime("%d.%m.%Y"),
    )


def mark(
    db: Database,
    actor: Actor,
    meeting_id: int,
    member_id: int,
    status: AttendanceStatus | None,
    absence_reason: str | None = None,
    substitute_name: str | None = None,
    substitute_position: str | None = None,
    *,
    absence_reason_kk: str | None = None,
    substitute_position_kk: str | None = None,
    substitute_sex: Sex | None = None,
) -> AttendanceSheet:
    """Mark one member; ``status=None`` clears the mark (a tick made by mistake)."""
    actor.require(Permission.EDIT_MEETINGS)
    reason, reason_kk = cleaned_pair(absence_reason, absence_reason_kk, multiline=False)
    substitute = clean_text(substitute_name, multiline=False)
    substitute_job, substitute_job_kk = cleaned_pair(
        substitute_position, substitute_position_kk, multiline=False
    )
    sex = substitute_sex
    if status is AttendanceStatus.REPLACED and not substitute:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Enter the name of the person replacing the member."),
            "substitute_name",
        )
    if status is not AttendanceStatus.REPLACED:
        # A stale substitute must not reach the minutes.
        substitute = substitute_job = substitute_job_kk = sex = None
    if status is AttendanceStatus.PRESENT:
        reason = reason_kk = None
    values: dict[str, object] = {
        "absence_reason": reason,
        "absence_reason_kk": reason_kk,
        "substitute_name": substitute,
        "substitute_position": substitute_job,
        "substitute_position_kk": substitute_job_kk,
        "substitute_sex": sex,
    }
    check_lengths(Attendance, values)
    with db.transaction() as session:
        meeting = _editable_meeting(session, actor, meeting_id)
        _valid_member(session, meeting, member_id)
        row = marks_of(session, meeting.id).get(member_id)
        if status is None:
            if row is not None:
                audit.record_delete(session, actor, row)
                session.flush()
        elif row is None:
            row = Attendance(
                meeting_id=meeting.id,
                member_id=member_id,
                status=status,
                updated_by=actor.login,
                **values,
            )
            session.add(row)
            audit.record_create(session, actor, row)
        else:
            row.status = status
            for name, value in values.items():
                setattr(row, name, value)
            audit.record_update(session, actor, row)
        return _sheet(session, meeting)


def mark_all_present(db: Database, actor: Actor, meeting_id: int) -> AttendanceSheet:
    """Tick every member not yet marked as present; marks already made are kept."""
    actor.require(Permission.EDIT_MEETINGS)
    with db.transaction() as session:
        meeting = _editable_meeting(session, actor, meeting_id)
        marks = marks_of(session, meeting.id)
        for member in members_on(session, meeting.commission_id, meeting.meeting_date):
            if member.id in marks:
                continue
            row = Attendance(
                meeting_id=meeting.id,
                member_id=member.id,
                status=AttendanceStatus.PRESENT,
                updated_by=actor.login,
            )
            session.add(row)
            audit.record_create(session, actor, row)
        return _sheet(session, meeting)


def add_guest(
    db: Database,
    actor: Actor,
    meeting_id: int,
    full_name: str,
    job_title: str | None,
    *,
    job_title_kk: str | None = None,
    sex: Sex | None = None,
) -> AttendanceSheet:
    actor.require(Permission.EDIT_MEETINGS)
    name = clean_text(full_name, multiline=False)
    job, job_kk = cleaned_pair(job_title, job_title_kk, multiline=False)
    if not name:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Enter the invited person's name."), "full_name"
        )
    check_lengths(InvitedGuest, {"full_name": name, "job_title": job, "job_title_kk": job_kk})
    with db.transaction() as session:
        meeting = _editable_meeting(session, actor, meeting_id)
        last = session.scalar(
            select(func.max(InvitedGuest.position)).where(InvitedGuest.meeting_id == meeting.id)
        )
        guest = InvitedGuest(
            meeting_id=meeting.id,
            position=int(last or 0) + 1,
            full_name=name,
            job_title=job,
            job_title_kk=job_kk,
            sex=sex,
            updated_by=actor.login,
        )
        session.add(guest)
        audit.record_create(session, actor, guest)
        session.expire(meeting, ["guests"])
        return _sheet(session, meeting)


def remove_guest(db: Database, actor: Actor, guest_id: int) -> AttendanceSheet:
    actor.require(Permission.EDIT_MEETINGS)
    with db.transaction() as session:
        guest = get_own(session, actor, InvitedGuest, guest_id)
        meeting = _editable_meeting(session, actor, guest.meeting_id)
        audit.record_delete(session, actor, guest)
        session.flush()
        session.expire(meeting, ["guests"])
        return _sheet(session, meeting)
