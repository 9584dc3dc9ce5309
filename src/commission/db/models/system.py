"""Users, the audit trail, the working-day calendar, settings and attachments."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from commission.db.base import Base, UtcDateTime, Versioned, enum_column, utcnow
from commission.domain.enums import Language, Role
from commission.domain.workcalendar import DayKind


class User(Versioned, Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    full_name: Mapped[str] = mapped_column(String(200), nullable=False)
    role: Mapped[Role] = enum_column(Role, nullable=False)
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    district_id: Mapped[int | None] = mapped_column(ForeignKey("admin_units.id"))
    password_hash: Mapped[str] = mapped_column(String(200), nullable=False)
    failed_logins: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime())
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    ui_language: Mapped[Language] = enum_column(Language, nullable=False, default=Language.RU)
    last_login_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class UserCommission(Versioned, Base):
    """A commission a secretary, chair, member or administrator works for; a user serving
    more than one chooses at log-in. Probation officers work for a district instead."""

    __tablename__ = "user_commissions"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    commission_id: Mapped[int] = mapped_column(
        ForeignKey("commissions.id"), primary_key=True, index=True
    )


class AuditHead(Base):
    """The single row that serialises appends to the audit chain and remembers its end.

    Appending first updates this row, which takes the write lock on SQLite and a row lock on
    PostgreSQL, so two writers can never chain to the same predecessor. It also lets
    verification notice entries cut off the end of the chain.
    """

    __tablename__ = "audit_head"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    last_hash: Mapped[str] = mapped_column(String(64), nullable=False)


class AuditEntry(Base):
    __tablename__ = "audit_entries"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False, index=True)
    user_id: Mapped[int | None] = mapped_column(Integer)
    user_login: Mapped[str] = mapped_column(String(64), nullable=False)
    action: Mapped[str] = mapped_column(String(32), nullable=False)
    entity: Mapped[str] = mapped_column(String(64), nullable=False)
    entity_id: Mapped[str | None] = mapped_column(String(64))
    changes: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    # SHA-256 of the row as the entry left it (``db.audit_chain.row_digest``); hashed into the
    # chain, so a row edited behind the program no longer matches its entry.
    row_digest: Mapped[str | None] = mapped_column(String(64))


class CalendarDay(Versioned, Base):
    """An exception to the five-day week: a day off on a weekday or a working weekend day."""

    __tablename__ = "calendar_days"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[DayKind] = enum_column(DayKind, nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    source: Mapped[str] = mapped_column(String(100), nullable=False)


class Setting(Versioned, Base):
    """Shared settings kept in the database (per-PC settings live in the user's profile)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class AttachmentBlob(Base):
    """Stored content, keyed by its SHA-256 so the same file is kept once."""

    __tablename__ = "attachment_blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    content: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)


class Attachment(Base):
    __tablename__ = "attachments"
    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN meeting_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN decision_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN execution_report_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN case_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN measure_id IS NULL THEN 0 ELSE 1 END) = 1",
            name="one_owner",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(300), nullable=False)
    media_type: Mapped[str] = mapped_column(String(100), nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    sha256: Mapped[str] = mapped_column(ForeignKey("attachment_blobs.sha256"), nullable=False)
    added_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False, default=utcnow)
    added_by: Mapped[str] = mapped_column(String(64), nullable=False)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id"), index=True)
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id"), index=True)
    execution_report_id: Mapped[int | None] = mapped_column(
        ForeignKey("execution_reports.id"), index=True
    )
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    measure_id: Mapped[int | None] = mapped_column(ForeignKey("measures.id"), index=True)
    # A meeting's scan of its signed minutes: the finalised revision the signatures are under.
    minutes_revision_id: Mapped[int | None] = mapped_column(
        ForeignKey("minutes_revisions.id"), index=True
    )


class Phrase(Versioned, Base):
    """A standard phrase of the phrase book, in both languages.

    The built-in phrases live in the documents' translation files; a row with their ``key``
    is the administrator's edit of one, a row with a ``custom-…`` key a phrase of the office's
    own. Choosing a phrase in an editor fills the Russian and the Kazakh text at once.
    """

    __tablename__ = "phrases"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(60), nullable=False, unique=True)
    # The decision kind the phrase suits (a DecisionKind value), or None for any text.
    decision_kind: Mapped[str | None] = mapped_column(String(32))
    text_ru: Mapped[str] = mapped_column(Text, nullable=False)
    text_kk: Mapped[str] = mapped_column(Text, nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class NameForm(Versioned, Base):
    """A stored case form of a name or position that the declension library gets wrong."""

    __tablename__ = "name_forms"
    __table_args__ = (UniqueConstraint("nominative", "grammatical_case"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    nominative: Mapped[str] = mapped_column(String(300), nullable=False)
    # "gen", "dat", "acc", "ins" or "pre" (domain.declension.Case values).
    grammatical_case: Mapped[str] = mapped_column(String(8), nullable=False)
    form: Mapped[str] = mapped_column(String(300), nullable=False)
