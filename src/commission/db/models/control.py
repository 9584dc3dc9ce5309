"""Decisions and their control: assignees, control points, reports, extensions, letters."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from commission.db.base import Base, UtcDateTime, Versioned, enum_column
from commission.db.models.meetings import AgendaItem
from commission.db.models.organisation import Agency
from commission.domain.control import ComputedState
from commission.domain.deadlines import DeadlineKind, Period
from commission.domain.enums import (
    AssigneeRole,
    ControlPointState,
    ControlState,
    DecisionKind,
    ExecutionGrade,
    ExtensionState,
    LadderStep,
    ReportAssessment,
    ReportKind,
)


class Decision(Versioned, Base):
    __tablename__ = "decisions"
    __table_args__ = (
        UniqueConstraint("agenda_item_id", "position"),
        CheckConstraint(
            "votes_for >= 0 AND votes_against >= 0 AND votes_abstained >= 0", name="votes_nonneg"
        ),
        CheckConstraint("deadline_days IS NULL OR deadline_days > 0", name="days_positive"),
        CheckConstraint(
            "chair_side IS NULL OR chair_side IN ('for', 'against')", name="chair_side_values"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_items.id"), nullable=False, index=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    kind: Mapped[DecisionKind] = enum_column(DecisionKind, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    text_kk: Mapped[str | None] = mapped_column(Text)
    is_binding: Mapped[bool] = mapped_column(Boolean, nullable=False)
    # Deadline rule (see domain.deadlines.DeadlineRule); null kind = no term.
    deadline_kind: Mapped[DeadlineKind | None] = enum_column(DeadlineKind)
    deadline_date: Mapped[date | None] = mapped_column(Date)
    deadline_days: Mapped[int | None] = mapped_column(Integer)
    deadline_period: Mapped[Period | None] = enum_column(Period)
    deadline_day_of_month: Mapped[int | None] = mapped_column(Integer)
    deadline_until: Mapped[date | None] = mapped_column(Date)
    report_to_secretary: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    # Vote: null counts = no vote was taken (e.g. «принять к сведению» by consensus).
    votes_for: Mapped[int | None] = mapped_column(Integer)
    votes_against: Mapped[int | None] = mapped_column(Integer)
    votes_abstained: Mapped[int | None] = mapped_column(Integer)
    casting_vote_used: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # The result as computed when the vote was recorded: the minutes must keep saying what was
    # decided even if the commission's voting rule changes later.
    vote_adopted: Mapped[bool | None] = mapped_column(Boolean)
    chair_side: Mapped[str | None] = mapped_column(String(8))
    dissenters: Mapped[str | None] = mapped_column(Text)
    control_state: Mapped[ControlState] = enum_column(
        ControlState, nullable=False, default=ControlState.ON_CONTROL, index=True
    )
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    executed_on: Mapped[date | None] = mapped_column(Date)
    removed_on: Mapped[date | None] = mapped_column(Date)
    removed_by_decision_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id"))
    # What the chair typed when removing the decision from control herself. A removal by a
    # commission decision writes no note: the card says it from ``removed_by_decision_id`` in
    # the reader's language.
    removal_note: Mapped[str | None] = mapped_column(Text)
    # Kept by services.control_state from the control points in the same transaction, so that
    # registers of a hundred thousand decisions read an index instead of grouping every point:
    # the earliest due date of the open points, the due date the register shows and sorts by
    # (that one, else the decision's term), and the state shown when no date says "overdue"
    # or "due soon" (domain.control.undated_state).
    open_due: Mapped[date | None] = mapped_column(Date, index=True)
    shown_due: Mapped[date | None] = mapped_column(Date, index=True)
    undated_state: Mapped[ComputedState] = enum_column(
        ComputedState,
        nullable=False,
        default=ComputedState.ON_CONTROL,
        server_default=ComputedState.ON_CONTROL.value,
        index=True,
    )

    agenda_item: Mapped[AgendaItem] = relationship()
    assignees: Mapped[list[DecisionAssignee]] = relationship(
        back_populates="decision", cascade="all, delete-orphan"
    )
    control_points: Mapped[list[ControlPoint]] = relationship(
        back_populates="decision", order_by="ControlPoint.due_date", cascade="all, delete-orphan"
    )


class DecisionAssignee(Base):
    __tablename__ = "decision_assignees"

    decision_id: Mapped[int] = mapped_column(ForeignKey("decisions.id"), primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), primary_key=True, index=True)
    role: Mapped[AssigneeRole] = enum_column(AssigneeRole, nullable=False)
    contact_name: Mapped[str | None] = mapped_column(String(200))

    decision: Mapped[Decision] = relationship(back_populates="assignees")
    agency: Mapped[Agency] = relationship()


class ControlPoint(Versioned, Base):
    """One date by which a decision's executors must report (one per period if periodic)."""

    __tablename__ = "control_points"
    __table_args__ = (UniqueConstraint("decision_id", "original_due_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("decisions.id"), nullable=False, index=True)
    original_due_date: Mapped[date] = mapped_column(Date, nullable=False)
    due_date: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    state: Mapped[ControlPointState] = enum_column(
        ControlPointState, nullable=False, default=ControlPointState.OPEN
    )
    executed_on: Mapped[date | None] = mapped_column(Date)

    decision: Mapped[Decision] = relationship(back_populates="control_points")
    reports: Mapped[list[ExecutionReport]] = relationship(
        back_populates="control_point", order_by="ExecutionReport.received_on"
    )


class ExecutionReport(Versioned, Base):
    """Информация об исполнении from an agency, as registered by the secretary."""

    __tablename__ = "execution_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    control_point_id: Mapped[int] = mapped_column(
        ForeignKey("control_points.id"), nullable=False, index=True
    )
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), nullable=False)
    kind: Mapped[ReportKind] = enum_column(ReportKind, nullable=False, default=ReportKind.FINAL)
    received_on: Mapped[date] = mapped_column(Date, nullable=False)
    incoming_number: Mapped[str | None] = mapped_column(String(50))
    text: Mapped[str] = mapped_column(Text, nullable=False)
    assessment: Mapped[ReportAssessment] = enum_column(
        ReportAssessment, nullable=False, default=ReportAssessment.PENDING
    )
    # The reason for a grade below «executed», or for a return for rework.
    assessment_comment: Mapped[str | None] = mapped_column(Text)
    # Set when a final report is graded (accepted or, for a formal reply, returned).
    grade: Mapped[ExecutionGrade | None] = enum_column(ExecutionGrade)
    assessed_by: Mapped[str | None] = mapped_column(String(64))
    assessed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())

    control_point: Mapped[ControlPoint] = relationship(back_populates="reports")
    agency: Mapped[Agency] = relationship()


class Extension(Versioned, Base):
    """A request to move a control point's date, and the chair's answer; history is kept."""

    __tablename__ = "extensions"
    __table_args__ = (CheckConstraint("proposed_date > old_date", name="moves_forward"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    control_point_id: Mapped[int] = mapped_column(
        ForeignKey("control_points.id"), nullable=False, index=True
    )
    requested_by_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    requested_on: Mapped[date] = mapped_column(Date, nullable=False)
    old_date: Mapped[date] = mapped_column(Date, nullable=False)
    proposed_date: Mapped[date] = mapped_column(Date, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    state: Mapped[ExtensionState] = enum_column(
        ExtensionState, nullable=False, default=ExtensionState.REQUESTED
    )
    decided_by: Mapped[str | None] = mapped_column(String(64))
    decided_on: Mapped[date | None] = mapped_column(Date)
    decided_by_decision_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id"))


class OutgoingLetter(Versioned, Base):
    """The outgoing-letters register: the letters of the escalation ladder sent about
    decisions (reminders, letters to an agency's head, submissions to the akim)."""

    __tablename__ = "outgoing_letters"
    # Each commission keeps its own register, numbered from 1 every year.
    __table_args__ = (
        UniqueConstraint("commission_id", "year", "seq", name="uq_outgoing_letters_seq_in_year"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    commission_id: Mapped[int] = mapped_column(ForeignKey("commissions.id"), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    number: Mapped[str] = mapped_column(String(50), nullable=False)
    sent_on: Mapped[date] = mapped_column(Date, nullable=False)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), nullable=False)
    subject: Mapped[str] = mapped_column(Text, nullable=False)
    file_name: Mapped[str | None] = mapped_column(String(300))
    # The control points the letter asks about: printing it again, in either language, finds
    # the same letter and its number instead of registering a new one.
    items_key: Mapped[str | None] = mapped_column(String(500), index=True)
    kind: Mapped[LadderStep] = enum_column(
        LadderStep,
        nullable=False,
        default=LadderStep.REMINDER,
        server_default=LadderStep.REMINDER.value,
    )
    # The earlier letter a letter to the head or to the akim cites by number and date.
    cites_letter_id: Mapped[int | None] = mapped_column(ForeignKey("outgoing_letters.id"))
    signed_by: Mapped[str | None] = mapped_column(String(200))  # «А. Нурланова»


class ControlStep(Versioned, Base):
    """One rung of a decision's escalation ladder taken: the letter that was sent (numbered in
    the outgoing register) or the agenda item proposed. A reminder about several decisions is
    one letter with a step for each: that is how a letter is linked to its decisions."""

    __tablename__ = "control_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("decisions.id"), nullable=False, index=True)
    step: Mapped[LadderStep] = enum_column(LadderStep, nullable=False)
    taken_on: Mapped[date] = mapped_column(Date, nullable=False)
    letter_id: Mapped[int | None] = mapped_column(ForeignKey("outgoing_letters.id"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_items.id"))

    decision: Mapped[Decision] = relationship()
    letter: Mapped[OutgoingLetter | None] = relationship()
