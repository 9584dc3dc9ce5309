"""What the commission records about reports heard and documents sent: the police chief's
quarterly figures and the extracts of the minutes sent to each agency."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from commission.db.base import Base, Versioned, enum_column
from commission.db.models.meetings import AgendaItem
from commission.domain.police_report import PoliceIndicator


class PoliceReport(Versioned, Base):
    """The figures of a police-report agenda item: one per item, for one quarter."""

    __tablename__ = "police_reports"
    __table_args__ = (
        CheckConstraint("quarter BETWEEN 1 AND 4", name="quarter_range"),
        UniqueConstraint("agenda_item_id", name="uq_police_reports_agenda_item_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_items.id"), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False, index=True)
    quarter: Mapped[int] = mapped_column(Integer, nullable=False)
    note: Mapped[str | None] = mapped_column(Text)
    note_kk: Mapped[str | None] = mapped_column(Text)

    agenda_item: Mapped[AgendaItem] = relationship()
    figures: Mapped[list[PoliceFigure]] = relationship(
        back_populates="report", order_by="PoliceFigure.id", cascade="all, delete-orphan"
    )


class PoliceFigure(Versioned, Base):
    """One indicator of a report: this quarter and the same quarter of last year."""

    __tablename__ = "police_figures"
    __table_args__ = (
        UniqueConstraint("police_report_id", "indicator", name="uq_police_figures_indicator"),
        CheckConstraint("current_value IS NULL OR current_value >= 0", name="current_positive"),
        CheckConstraint("last_year_value IS NULL OR last_year_value >= 0", name="last_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    police_report_id: Mapped[int] = mapped_column(
        ForeignKey("police_reports.id"), nullable=False, index=True
    )
    indicator: Mapped[PoliceIndicator] = enum_column(PoliceIndicator, nullable=False)
    current_value: Mapped[int | None] = mapped_column(Integer)
    last_year_value: Mapped[int | None] = mapped_column(Integer)

    report: Mapped[PoliceReport] = relationship(back_populates="figures")


class ExtractDispatch(Base):
    """An extract of the minutes sent to an agency: the day, who, and the revision it held.

    Written when the extract is saved or printed; the meeting's «extracts sent» follows from
    every agency the points address having one.
    """

    __tablename__ = "extract_dispatches"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), nullable=False, index=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), nullable=False)
    revision: Mapped[int] = mapped_column(Integer, nullable=False)
    sent_on: Mapped[date] = mapped_column(Date, nullable=False)
    sent_by: Mapped[str] = mapped_column(String(64), nullable=False)
