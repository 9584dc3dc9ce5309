"""Work plan, meetings, attendance, agenda and the record of the sitting."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from commission.db.base import Base, UtcDateTime, Versioned, enum_column, utcnow
from commission.db.models.organisation import Agency, Member
from commission.domain.enums import (
    AgendaItemKind,
    AttendanceStatus,
    MeetingFormat,
    MeetingKind,
    MeetingStatus,
    MinutesState,
    QuestionState,
    WorkPlanState,
)
from commission.domain.iin import Sex


class WorkPlanItem(Versioned, Base):
    __tablename__ = "work_plan_items"
    __table_args__ = (CheckConstraint("quarter BETWEEN 1 AND 4", name="quarter_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    commission_id: Mapped[int] = mapped_column(ForeignKey("commissions.id"), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False, index=True)
    quarter: Mapped[int] = mapped_column(Integer, nullable=False)
    question: Mapped[str] = mapped_column(Text, nullable=False)
    question_kk: Mapped[str | None] = mapped_column(Text)
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    speaker: Mapped[str | None] = mapped_column(String(300))
    speaker_kk: Mapped[str | None] = mapped_column(String(300))
    state: Mapped[WorkPlanState] = enum_column(
        WorkPlanState, nullable=False, default=WorkPlanState.PLANNED
    )
    # The required item (law, regulation) the question was planned for: the plan's proposal
    # of required items must not offer it again for the same quarter.
    required_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("required_items.id"), index=True
    )
    agency: Mapped[Agency | None] = relationship()


class Meeting(Versioned, Base):
    __tablename__ = "meetings"
    __table_args__ = (
        UniqueConstraint("commission_id", "year", "number", name="uq_meetings_number_in_year"),
        CheckConstraint("number > 0", name="number_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    commission_id: Mapped[int] = mapped_column(ForeignKey("commissions.id"), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    meeting_date: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    start_time: Mapped[time | None] = mapped_column(Time)
    place: Mapped[str | None] = mapped_column(String(300))
    place_kk: Mapped[str | None] = mapped_column(String(300))
    format: Mapped[MeetingFormat] = enum_column(
        MeetingFormat, nullable=False, default=MeetingFormat.IN_PERSON
    )
    kind: Mapped[MeetingKind] = enum_column(
        MeetingKind, nullable=False, default=MeetingKind.REGULAR
    )
    status: Mapped[MeetingStatus] = enum_column(
        MeetingStatus, nullable=False, default=MeetingStatus.PLANNED
    )
    chair_member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    secretary_member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    minutes_state: Mapped[MinutesState] = enum_column(
        MinutesState, nullable=False, default=MinutesState.DRAFT
    )
    control_assigned_to: Mapped[str | None] = mapped_column(Text)
    control_assigned_to_kk: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    # Why the chair recorded the signature without the scan of the signed minutes.
    signed_without_scan: Mapped[str | None] = mapped_column(Text)

    chair: Mapped[Member | None] = relationship(foreign_keys=[chair_member_id])
    secretary: Mapped[Member | None] = relationship(foreign_keys=[secretary_member_id])
    agenda_items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", order_by="AgendaItem.position", cascade="all, delete-orphan"
    )
    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    guests: Mapped[list[InvitedGuest]] = relationship(
        back_populates="meeting", order_by="InvitedGuest.position", cascade="all, delete-orphan"
    )


class MinutesRevision(Base):
    """A finalised or amended state of the minutes, kept so the history can be read."""

    __tablename__ = "minutes_revisions"
    __table_args__ = (UniqueConstraint("meeting_id", "revision"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), nullable=False)
    revision: Mapped[int] = mapped_column(Integer, nullable=False)
    reason: Mapped[str | None] = mapped_column(Text)
    snapshot_json: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64), nullable=False)
    # The audit chain's head when the revision was finalised («seq:hash12»): a printed page
    # then anchors the trail too.
    audit_anchor: Mapped[str | None] = mapped_column(String(80))


class Attendance(Versioned, Base):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), nullable=False)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), nullable=False)
    status: Mapped[AttendanceStatus] = enum_column(AttendanceStatus, nullable=False)
    absence_reason: Mapped[str | None] = mapped_column(String(300))
    absence_reason_kk: Mapped[str | None] = mapped_column(String(300))
    substitute_name: Mapped[str | None] = mapped_column(String(200))
    substitute_position: Mapped[str | None] = mapped_column(String(300))
    substitute_position_kk: Mapped[str | None] = mapped_column(String(300))
    substitute_sex: Mapped[Sex | None] = enum_column(Sex)

    meeting: Mapped[Meeting] = relationship(back_populates="attendance")
    member: Mapped[Member] = relationship()


class InvitedGuest(Versioned, Base):
    __tablename__ = "invited_guests"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    full_name: Mapped[str] = mapped_column(String(200), nullable=False)
    job_title: Mapped[str | None] = mapped_column(String(300))
    job_title_kk: Mapped[str | None] = mapped_column(String(300))
    # Chooses «сообщил» / «сообщила»; unknown (None) is guessed from the patronymic.
    sex: Mapped[Sex | None] = enum_column(Sex)

    meeting: Mapped[Meeting] = relationship(back_populates="guests")


class AgendaItem(Versioned, Base):
    __tablename__ = "agenda_items"
    __table_args__ = (CheckConstraint("position > 0", name="position_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    kind: Mapped[AgendaItemKind] = enum_column(AgendaItemKind, nullable=False)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    title_kk: Mapped[str | None] = mapped_column(Text)
    speakers: Mapped[str | None] = mapped_column(Text)
    speakers_kk: Mapped[str | None] = mapped_column(Text)
    heard_speaker: Mapped[str | None] = mapped_column(String(300))
    heard_speaker_kk: Mapped[str | None] = mapped_column(String(300))
    heard_summary: Mapped[str | None] = mapped_column(Text)
    heard_summary_kk: Mapped[str | None] = mapped_column(Text)
    materials_due: Mapped[date | None] = mapped_column(Date)
    work_plan_item_id: Mapped[int | None] = mapped_column(ForeignKey("work_plan_items.id"))

    meeting: Mapped[Meeting] = relationship(back_populates="agenda_items")
    discussion: Mapped[list[DiscussionEntry]] = relationship(
        back_populates="agenda_item",
        order_by="DiscussionEntry.position",
        cascade="all, delete-orphan",
    )


class DiscussionEntry(Versioned, Base):
    """One «ВЫСТУПИЛИ» entry: who spoke and, optionally, what was said."""

    __tablename__ = "discussion_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_items.id"), nullable=False, index=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    speaker: Mapped[str] = mapped_column(String(300), nullable=False)
    speaker_kk: Mapped[str | None] = mapped_column(String(300))
    summary: Mapped[str | None] = mapped_column(Text)
    summary_kk: Mapped[str | None] = mapped_column(Text)

    agenda_item: Mapped[AgendaItem] = relationship(back_populates="discussion")


class AgendaItemCase(Base):
    """A client's case examined under an agenda item (shown by initials and case number)."""

    __tablename__ = "agenda_item_cases"

    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_items.id"), primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    is_escalation: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class ProposedQuestion(Versioned, Base):
    """A question a district commission sends up to the oblast commission («предложено
    районами»): the oblast puts it on one of its meetings' agenda or declines it with a reason,
    and the district reads the answer here."""

    __tablename__ = "proposed_questions"

    id: Mapped[int] = mapped_column(primary_key=True)
    from_commission_id: Mapped[int] = mapped_column(
        ForeignKey("commissions.id"), nullable=False, index=True
    )
    to_commission_id: Mapped[int] = mapped_column(
        ForeignKey("commissions.id"), nullable=False, index=True
    )
    title: Mapped[str] = mapped_column(Text, nullable=False)
    title_kk: Mapped[str | None] = mapped_column(Text)
    justification: Mapped[str | None] = mapped_column(Text)
    # Where it comes from in the district: its decision, or else its agenda item.
    source_decision_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id"))
    source_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_items.id"))
    sent_on: Mapped[date] = mapped_column(Date, nullable=False)
    sent_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    state: Mapped[QuestionState] = enum_column(
        QuestionState, nullable=False, default=QuestionState.SENT
    )
    # The oblast's agenda item made of it, and the answer's day and reason.
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_items.id"))
    answered_on: Mapped[date | None] = mapped_column(Date)
    decline_reason: Mapped[str | None] = mapped_column(Text)
