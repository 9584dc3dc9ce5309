"""Enumerations of the domain model; their values are what the database stores.

Values are stable English identifiers (they are written to the database and to audit entries);
what a user reads comes from the translation files, keyed by these values.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMINISTRATOR = "administrator"
    SECRETARY = "secretary"
    PROBATION_OFFICER = "probation_officer"
    CHAIR = "chair"
    MEMBER = "member"


class Language(StrEnum):
    RU = "ru"
    KK = "kk"
    EN = "en"


class CommissionKind(StrEnum):
    MVK = "mvk"
    KSO = "kso"
    MERGED = "merged"


class AdminLevel(StrEnum):
    REPUBLIC = "republic"
    OBLAST = "oblast"
    CITY = "city"
    DISTRICT = "district"


class AgencyKind(StrEnum):
    POLICE = "police"
    PROBATION = "probation"
    PROSECUTOR = "prosecutor"
    EMPLOYMENT = "employment"
    SOCIAL_PROTECTION = "social_protection"
    HEALTH = "health"
    EDUCATION = "education"
    YOUTH = "youth"
    PUBLIC_SERVICE_CENTER = "public_service_center"
    HOUSING = "housing"
    AKIMAT = "akimat"
    NGO = "ngo"
    RELIGIOUS = "religious"
    OTHER = "other"


class MemberRole(StrEnum):
    CHAIR = "chair"
    DEPUTY_CHAIR = "deputy_chair"
    SECRETARY = "secretary"
    MEMBER = "member"


class WorkPlanState(StrEnum):
    PLANNED = "planned"
    ON_AGENDA = "on_agenda"
    CARRIED_OVER = "carried_over"
    DROPPED = "dropped"
    DONE = "done"


class QuestionState(StrEnum):
    """A question a district commission sent up to the oblast's: waiting, taken, declined."""

    SENT = "sent"
    ON_AGENDA = "on_agenda"
    DECLINED = "declined"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    AGENDA_APPROVED = "agenda_approved"
    HELD = "held"
    MINUTES_DRAFTED = "minutes_drafted"
    MINUTES_SIGNED = "minutes_signed"
    EXTRACTS_SENT = "extracts_sent"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


class MeetingFormat(StrEnum):
    IN_PERSON = "in_person"
    ONLINE = "online"
    MIXED = "mixed"


class MeetingKind(StrEnum):
    REGULAR = "regular"
    EXTRAORDINARY = "extraordinary"


class MinutesState(StrEnum):
    DRAFT = "draft"
    FINAL = "final"
    AMENDED = "amended"


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    REPLACED = "replaced"


class AgendaItemKind(StrEnum):
    CRIME_PREVENTION = "crime_prevention"
    SOCIAL_SUPPORT = "social_support"
    POLICE_REPORT = "police_report"
    PROGRESS_REVIEW = "progress_review"
    OTHER = "other"
    # Art. 72 p. 4 of Law No. 245-VIII: once every half-year, how early detection of and
    # support to persons and families in a difficult life situation (ТЖС) worked.
    DIFFICULT_SITUATION = "difficult_situation"


class RequiredPeriod(StrEnum):
    """How often the law or the regulation requires the commission to hear an item."""

    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    YEARLY = "yearly"


class DecisionKind(StrEnum):
    NOTE = "note"
    INSTRUCTION = "instruction"
    RECOMMENDATION = "recommendation"
    REMOVE_FROM_CONTROL = "remove_from_control"
    EXTEND = "extend"


class ControlState(StrEnum):
    """Stored control state of a decision; due-soon and overdue are computed from dates."""

    NOT_CONTROLLED = "not_controlled"
    ON_CONTROL = "on_control"
    IN_PROGRESS = "in_progress"
    REWORK = "rework"
    EXECUTED = "executed"
    REMOVED = "removed"
    EXTENDED = "extended"
    OVERDUE = "overdue"
    CANCELLED = "cancelled"


class ControlPointState(StrEnum):
    OPEN = "open"
    EXECUTED_ON_TIME = "executed_on_time"
    EXECUTED_LATE = "executed_late"
    CANCELLED = "cancelled"


class ReportKind(StrEnum):
    INTERIM = "interim"
    FINAL = "final"


class ReportAssessment(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    RETURNED = "returned"


class ExecutionGrade(StrEnum):
    """How well a final report shows the decision executed, as the secretary grades it."""

    EXECUTED = "executed"
    PARTIAL = "partial"  # executed in part: the point closes, the score counts half
    FORMAL = "formal"  # answered without doing: returned for rework, the point stays open
    NOT_EXECUTED = "not_executed"  # the answer says it was not done: the point stays open


class LadderStep(StrEnum):
    """The escalation ladder of a decision overdue or answered formally, in its order."""

    REMINDER = "reminder"  # a reminder letter to the agency's contact
    HEAD_LETTER = "head_letter"  # a letter to the agency's head citing the reminder
    AGENDA = "agenda"  # the question on the commission's next agenda
    AKIM = "akim"  # a submission to the akim


class ExtensionState(StrEnum):
    REQUESTED = "requested"
    GRANTED = "granted"
    REFUSED = "refused"


class AssigneeRole(StrEnum):
    LEAD = "lead"
    CO_EXECUTOR = "co_executor"


class ClientCategory(StrEnum):
    CONDITIONAL = "conditional"
    RESTRICTED_FREEDOM = "restricted_freedom"
    PAROLE = "parole"
    OTHER_NONCUSTODIAL = "other_noncustodial"
    DEFERRED = "deferred"
    RELEASED = "released"
    PRETRIAL = "pretrial"
    MINOR = "minor"


class DeregistrationReason(StrEnum):
    TERM_END = "term_end"
    SENTENCE_SERVED = "sentence_served"
    REVOKED = "revoked"
    EARLY_CANCELLATION = "early_cancellation"
    AMNESTY = "amnesty"
    MOVED = "moved"
    DEATH = "death"
    REFUSAL = "refusal"


class ProgrammeState(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    CLOSED = "closed"
    STOPPED = "stopped"


class NeedKind(StrEnum):
    EMPLOYMENT = "employment"
    HOUSING = "housing"
    DOCUMENTS = "documents"
    HEALTH = "health"
    ADDICTION = "addiction"
    EDUCATION = "education"
    PSYCHOLOGICAL = "psychological"
    LEGAL = "legal"
    BENEFITS = "benefits"
    FAMILY = "family"


class MeasureState(StrEnum):
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    PROVIDED = "provided"
    REFUSED = "refused"
    IMPOSSIBLE = "impossible"
    REDIRECTED = "redirected"
    ESCALATED = "escalated"


class CaseEventKind(StrEnum):
    CONTACT = "contact"
    VISIT = "visit"
    REFERRAL = "referral"
    REVIEW = "review"
    NOTE = "note"


class ReleaseNoticeState(StrEnum):
    RECEIVED = "received"
    CASE_OPENED = "case_opened"
    CANCELLED = "cancelled"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    VIEW = "view"
    EXPORT = "export"
    PRINT = "print"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOCKED = "locked"
