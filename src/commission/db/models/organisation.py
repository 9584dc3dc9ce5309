"""The commission itself, the administrative units it serves, agencies and members."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, String, Text, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from commission.db.base import Base, Versioned, enum_column
from commission.domain.enums import AdminLevel, AgencyKind, CommissionKind, MemberRole
from commission.domain.iin import Sex
from commission.domain.workcalendar import DayOffRule


class AdminUnit(Versioned, Base):
    """Oblast, city or district (with its KATO code); clients and officers belong to one."""

    __tablename__ = "admin_units"

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("admin_units.id"))
    level: Mapped[AdminLevel] = enum_column(AdminLevel, nullable=False)
    name_ru: Mapped[str] = mapped_column(String(200), nullable=False)
    name_kk: Mapped[str] = mapped_column(String(200), nullable=False)
    kato_code: Mapped[str | None] = mapped_column(String(9), unique=True)
    centre_ru: Mapped[str | None] = mapped_column(String(100))
    centre_kk: Mapped[str | None] = mapped_column(String(100))

    parent: Mapped[AdminUnit | None] = relationship(remote_side=[id])


class Commission(Versioned, Base):
    __tablename__ = "commissions"
    __table_args__ = (
        CheckConstraint("quorum_numerator > 0 AND quorum_denominator > 0", name="quorum_positive"),
        CheckConstraint("due_soon_working_days >= 0", name="due_soon_nonnegative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[CommissionKind] = enum_column(CommissionKind, nullable=False)
    name_ru: Mapped[str] = mapped_column(Text, nullable=False)
    name_kk: Mapped[str] = mapped_column(Text, nullable=False)
    short_name_ru: Mapped[str | None] = mapped_column(String(200))
    short_name_kk: Mapped[str | None] = mapped_column(String(200))
    # The name as it stands in the minutes' title: after «заседания» in Russian (genitive,
    # «межведомственной комиссии …») and before «отырысының» in Kazakh. Grammar cannot be
    # derived from the name reliably, so the secretary writes it once.
    title_ru: Mapped[str | None] = mapped_column(Text)
    title_kk: Mapped[str | None] = mapped_column(Text)
    akimat_ru: Mapped[str] = mapped_column(String(300), nullable=False)
    akimat_kk: Mapped[str] = mapped_column(String(300), nullable=False)
    admin_unit_id: Mapped[int] = mapped_column(ForeignKey("admin_units.id"), nullable=False)
    act_type: Mapped[str | None] = mapped_column(String(100))
    act_number: Mapped[str | None] = mapped_column(String(50))
    act_date: Mapped[date | None] = mapped_column(Date)
    binding_by_default: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    # Quorum: strictly more than numerator/denominator of voting members (default: half).
    quorum_numerator: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    quorum_denominator: Mapped[int] = mapped_column(Integer, nullable=False, default=2)
    chair_casting_vote: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    # Simple majority of the voting members present (DOMAIN.md) or of those who voted.
    majority_of_present: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=True, server_default=true()
    )
    meetings_per_year: Mapped[int] = mapped_column(Integer, nullable=False, default=4)
    day_off_rule: Mapped[DayOffRule] = enum_column(
        DayOffRule, nullable=False, default=DayOffRule.NEXT
    )
    due_soon_working_days: Mapped[int] = mapped_column(Integer, nullable=False, default=5)
    # The akimat's own Word template (letterhead, margins, styles) for this commission's
    # documents, kept on the server so every computer of the office prints on the same blank;
    # its content is in ``attachment_blobs``. None: the template shipped with the program.
    template_file_name: Mapped[str | None] = mapped_column(String(300))
    template_sha256: Mapped[str | None] = mapped_column(ForeignKey("attachment_blobs.sha256"))

    admin_unit: Mapped[AdminUnit] = relationship()


class Agency(Versioned, Base):
    """A state body or organisation that receives the commission's instructions."""

    __tablename__ = "agencies"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[AgencyKind] = enum_column(AgencyKind, nullable=False)
    name_ru: Mapped[str] = mapped_column(String(300), nullable=False, unique=True)
    name_kk: Mapped[str] = mapped_column(String(300), nullable=False)
    short_name_ru: Mapped[str | None] = mapped_column(String(100))
    short_name_kk: Mapped[str | None] = mapped_column(String(100))
    bin: Mapped[str | None] = mapped_column(String(12), unique=True)
    head_name: Mapped[str | None] = mapped_column(String(200))
    head_position: Mapped[str | None] = mapped_column(String(200))
    head_position_kk: Mapped[str | None] = mapped_column(String(200))
    head_sex: Mapped[Sex | None] = enum_column(Sex)
    contact_person: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(50))
    email: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(300))
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    # The district or city an akimat governs: an oblast decision addressed to it is followed
    # by that district's commission too (``services.district_control``).
    admin_unit_id: Mapped[int | None] = mapped_column(ForeignKey("admin_units.id"), index=True)


class Member(Versioned, Base):
    """One person's place in the commission for a period (composition changes by decree)."""

    __tablename__ = "members"
    __table_args__ = (
        CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="dates_ordered"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    commission_id: Mapped[int] = mapped_column(
        ForeignKey("commissions.id"), nullable=False, index=True
    )
    full_name: Mapped[str] = mapped_column(String(200), nullable=False)
    position_ru: Mapped[str] = mapped_column(String(300), nullable=False)
    position_kk: Mapped[str | None] = mapped_column(String(300))
    sex: Mapped[Sex | None] = enum_column(Sex)
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    role: Mapped[MemberRole] = enum_column(MemberRole, nullable=False)
    is_voting: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    valid_from: Mapped[date] = mapped_column(Date, nullable=False)
    valid_to: Mapped[date | None] = mapped_column(Date)
    decree: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(50))

    agency: Mapped[Agency | None] = relationship()
