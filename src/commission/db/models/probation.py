"""Probation clients and their social-support cases (individual programmes)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from commission.db.base import Base, Versioned, enum_column
from commission.db.models.organisation import AdminUnit, Agency
from commission.domain.enums import (
    CaseEventKind,
    ClientCategory,
    DeregistrationReason,
    MeasureState,
    NeedKind,
    ProgrammeState,
    ReleaseNoticeState,
)
from commission.domain.iin import Sex


class Client(Versioned, Base):
    """A person on the probation service's register. Everything here is personal data."""

    __tablename__ = "clients"
    __table_args__ = (
        CheckConstraint(
            "deregistered_on IS NULL OR registered_on IS NULL OR deregistered_on >= registered_on",
            name="register_dates_ordered",
        ),
        CheckConstraint(
            "sentence_end IS NULL OR sentence_start IS NULL OR sentence_end >= sentence_start",
            name="sentence_dates_ordered",
        ),
        # An officer's search reads his district's names in order and stops at the first page:
        # at a million clients the district's own range of the index, not a scan of all names.
        Index("ix_clients_district_id_search_name", "district_id", "search_name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    iin: Mapped[str] = mapped_column(String(12), nullable=False, unique=True)
    surname: Mapped[str] = mapped_column(String(100), nullable=False)
    given_name: Mapped[str] = mapped_column(String(100), nullable=False)
    patronymic: Mapped[str | None] = mapped_column(String(100))
    # Case-folded "surname given patronymic" so that search is case-insensitive for Cyrillic
    # and Kazakh letters on SQLite too, whose lower()/LIKE fold only ASCII.
    search_name: Mapped[str] = mapped_column(String(310), nullable=False, index=True)
    birth_date: Mapped[date] = mapped_column(Date, nullable=False)
    sex: Mapped[Sex] = enum_column(Sex, nullable=False)
    registered_address: Mapped[str | None] = mapped_column(Text)
    actual_address: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(50))
    district_id: Mapped[int] = mapped_column(
        ForeignKey("admin_units.id"), nullable=False, index=True
    )
    category: Mapped[ClientCategory] = enum_column(ClientCategory, nullable=False)
    articles: Mapped[str | None] = mapped_column(String(300))
    sentence_start: Mapped[date | None] = mapped_column(Date)
    sentence_end: Mapped[date | None] = mapped_column(Date)
    registered_on: Mapped[date | None] = mapped_column(Date)
    deregistered_on: Mapped[date | None] = mapped_column(Date)
    deregistration_reason: Mapped[DeregistrationReason | None] = enum_column(DeregistrationReason)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    consent_given: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    legal_basis: Mapped[str | None] = mapped_column(String(300))

    district: Mapped[AdminUnit] = relationship()


class Case(Versioned, Base):
    """A client's social-support case: the individual programme of social-legal assistance."""

    __tablename__ = "cases"
    __table_args__ = (UniqueConstraint("year", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), nullable=False, index=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    number: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    opened_on: Mapped[date] = mapped_column(Date, nullable=False)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    state: Mapped[ProgrammeState] = enum_column(
        ProgrammeState, nullable=False, default=ProgrammeState.DRAFT, index=True
    )
    approved_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    close_reason: Mapped[str | None] = mapped_column(Text)
    assessment_notes: Mapped[str | None] = mapped_column(Text)

    client: Mapped[Client] = relationship()
    needs: Mapped[list[Need]] = relationship(back_populates="case", cascade="all, delete-orphan")
    measures: Mapped[list[Measure]] = relationship(
        back_populates="case", order_by="Measure.deadline", cascade="all, delete-orphan"
    )


class Need(Versioned, Base):
    __tablename__ = "needs"
    __table_args__ = (UniqueConstraint("case_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), nullable=False)
    kind: Mapped[NeedKind] = enum_column(NeedKind, nullable=False)
    priority: Mapped[int] = mapped_column(Integer, nullable=False, default=2)
    notes: Mapped[str | None] = mapped_column(Text)

    case: Mapped[Case] = relationship(back_populates="needs")


class Measure(Versioned, Base):
    __tablename__ = "measures"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), nullable=False, index=True)
    need_kind: Mapped[NeedKind] = enum_column(NeedKind, nullable=False)
    action: Mapped[str] = mapped_column(Text, nullable=False)
    action_kk: Mapped[str | None] = mapped_column(Text)
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    deadline: Mapped[date | None] = mapped_column(Date, index=True)
    state: Mapped[MeasureState] = enum_column(
        MeasureState, nullable=False, default=MeasureState.ASSIGNED
    )
    outcome: Mapped[str | None] = mapped_column(Text)
    outcome_kk: Mapped[str | None] = mapped_column(Text)
    completed_on: Mapped[date | None] = mapped_column(Date)
    escalated_agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_items.id"))

    case: Mapped[Case] = relationship(back_populates="measures")
    agency: Mapped[Agency | None] = relationship()


class CaseEvent(Versioned, Base):
    """The case activity log: contacts, visits, referrals, reviews at meetings."""

    __tablename__ = "case_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), nullable=False, index=True)
    happened_on: Mapped[date] = mapped_column(Date, nullable=False)
    kind: Mapped[CaseEventKind] = enum_column(CaseEventKind, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    measure_id: Mapped[int | None] = mapped_column(ForeignKey("measures.id"))
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_items.id"))
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id"))


class ReleaseNotice(Versioned, Base):
    """A prison's notice of a coming release, which opens a draft case ("meeting at the gate")."""

    __tablename__ = "release_notices"

    id: Mapped[int] = mapped_column(primary_key=True)
    received_on: Mapped[date] = mapped_column(Date, nullable=False)
    institution: Mapped[str] = mapped_column(String(300), nullable=False)
    iin: Mapped[str | None] = mapped_column(String(12))
    full_name: Mapped[str] = mapped_column(String(300), nullable=False)
    expected_release: Mapped[date] = mapped_column(Date, nullable=False)
    chosen_residence: Mapped[str | None] = mapped_column(Text)
    district_id: Mapped[int | None] = mapped_column(ForeignKey("admin_units.id"))
    needs_text: Mapped[str | None] = mapped_column(Text)
    state: Mapped[ReleaseNoticeState] = enum_column(
        ReleaseNoticeState, nullable=False, default=ReleaseNoticeState.RECEIVED
    )
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))


class ClientTransfer(Versioned, Base):
    """A client handed to another district's probation service when he changes residence.

    The client's rows (card, cases and their history) move with him; this row is what the old
    district keeps: where and when he went, and ``trace``, the card and the cases' history as
    that district held them at the transfer (JSON), which it may read but not change. Personal
    data, like the card itself.
    """

    __tablename__ = "client_transfers"
    __table_args__ = (
        CheckConstraint("from_district_id <> to_district_id", name="to_another_district"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), nullable=False, index=True)
    from_district_id: Mapped[int] = mapped_column(
        ForeignKey("admin_units.id"), nullable=False, index=True
    )
    to_district_id: Mapped[int] = mapped_column(
        ForeignKey("admin_units.id"), nullable=False, index=True
    )
    transferred_on: Mapped[date] = mapped_column(Date, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    transferred_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    trace: Mapped[str] = mapped_column(Text, nullable=False)
