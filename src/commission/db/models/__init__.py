"""All mapped tables; importing this module registers every one with ``Base.metadata``."""

from commission.db.models.control import (
    ControlPoint,
    Decision,
    DecisionAssignee,
    ExecutionReport,
    Extension,
    OutgoingLetter,
)
from commission.db.models.meetings import (
    AgendaItem,
    AgendaItemCase,
    Attendance,
    DiscussionEntry,
    InvitedGuest,
    Meeting,
    MinutesRevision,
    WorkPlanItem,
)
from commission.db.models.organisation import AdminUnit, Agency, Commission, Member
from commission.db.models.probation import (
    Case,
    CaseEvent,
    Client,
    Measure,
    Need,
    ReleaseNotice,
)
from commission.db.models.system import (
    Attachment,
    AttachmentBlob,
    AuditEntry,
    AuditHead,
    CalendarDay,
    Setting,
    User,
)

__all__ = [
    "AdminUnit",
    "Agency",
    "AgendaItem",
    "AgendaItemCase",
    "Attachment",
    "AttachmentBlob",
    "Attendance",
    "AuditEntry",
    "AuditHead",
    "CalendarDay",
    "Case",
    "CaseEvent",
    "Client",
    "Commission",
    "ControlPoint",
    "Decision",
    "DecisionAssignee",
    "DiscussionEntry",
    "ExecutionReport",
    "Extension",
    "InvitedGuest",
    "Measure",
    "Meeting",
    "Member",
    "MinutesRevision",
    "Need",
    "OutgoingLetter",
    "ReleaseNotice",
    "Setting",
    "User",
    "WorkPlanItem",
]
