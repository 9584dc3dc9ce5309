"""What the commission is by law: its name and legal basis over time, and the items the law
and its regulation require it to hear periodically."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from commission.db.base import Base, Versioned, enum_column
from commission.domain.enums import AgendaItemKind, RequiredPeriod


class CommissionName(Versioned, Base):
    """The commission's name and the akim's decision behind it, valid from a date.

    A commission renamed under the 2025 law keeps its past minutes under the old name: a
    meeting's documents read the row valid on the meeting's date. ``valid_from`` is NULL for the
    first row (valid since the commission's records begin). ``commissions`` keeps a copy of the
    current row's values, which everything but a meeting's documents reads.
    """

    __tablename__ = "commission_names"
    __table_args__ = (UniqueConstraint("commission_id", "valid_from"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    commission_id: Mapped[int] = mapped_column(
        ForeignKey("commissions.id"), nullable=False, index=True
    )
    valid_from: Mapped[date | None] = mapped_column(Date)
    name_ru: Mapped[str] = mapped_column(Text, nullable=False)
    name_kk: Mapped[str] = mapped_column(Text, nullable=False)
    short_name_ru: Mapped[str | None] = mapped_column(String(200))
    short_name_kk: Mapped[str | None] = mapped_column(String(200))
    title_ru: Mapped[str | None] = mapped_column(Text)
    title_kk: Mapped[str | None] = mapped_column(Text)
    act_type: Mapped[str | None] = mapped_column(String(100))
    act_number: Mapped[str | None] = mapped_column(String(50))
    act_date: Mapped[date | None] = mapped_column(Date)
    # What the akim's decision did («образована комиссия, утверждены состав и положение»).
    act_text_ru: Mapped[str | None] = mapped_column(Text)
    act_text_kk: Mapped[str | None] = mapped_column(Text)


class RequiredItem(Versioned, Base):
    """An item the law or the commission's regulation requires it to hear every period."""

    __tablename__ = "required_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    commission_id: Mapped[int] = mapped_column(
        ForeignKey("commissions.id"), nullable=False, index=True
    )
    title_ru: Mapped[str] = mapped_column(Text, nullable=False)
    title_kk: Mapped[str] = mapped_column(Text, nullable=False)
    period: Mapped[RequiredPeriod] = enum_column(RequiredPeriod, nullable=False)
    agenda_kind: Mapped[AgendaItemKind] = enum_column(AgendaItemKind, nullable=False)
    legal_basis_ru: Mapped[str | None] = mapped_column(Text)
    legal_basis_kk: Mapped[str | None] = mapped_column(Text)
