"""The builder's working state: the rows later steps refer to and the shared base class."""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from enum import Enum, auto

from sqlalchemy.orm import Session

from commission.db.base import Versioned
from commission.db.models import (
    AdminUnit,
    Agency,
    AgendaItem,
    Case,
    Client,
    Commission,
    ControlPoint,
    Decision,
    Extension,
    Member,
    User,
)
from commission.domain.enums import ClientCategory, MeetingKind, ProgrammeState
from commission.domain.workcalendar import WorkingCalendar
from commission.services.context import Actor


class _Scenario(Enum):
    """What happens to a decision's control, forced so the dashboard always has each case."""

    ON_TIME = auto()
    LATE = auto()
    OVERDUE_REFUSED = auto()  # overdue today; the request for more time was refused
    EXTENDED = auto()  # extended by the next meeting's decision
    DUE_SOON = auto()
    REWORK = auto()  # the report was returned for rework
    INTERIM = auto()  # only an interim report so far
    PENDING_EXTENSION = auto()  # an extension request waits for the chair


class _Outcome(Enum):
    """What happened to one control point by today."""

    ON_TIME = auto()
    LATE = auto()
    OVERDUE = auto()
    INTERIM = auto()
    AWAITING_ASSESSMENT = auto()
    RETURNED = auto()
    NOTHING = auto()


@dataclass
class _Slot:
    """One meeting of the demo's year, before its rows exist."""

    day: date
    kind: MeetingKind
    year: int
    quarter: int
    number: int = 0
    held: bool = True


@dataclass
class _Adopted:
    """A decision with what later meetings need to cite it («п. 2.3 протокола № 4 от …»)."""

    decision: Decision
    label: str
    number: int
    meeting_day: date


@dataclass
class _Seat:
    member: Member
    agency: str


@dataclass
class _ClientDraft:
    client: Client
    category: ClientCategory
    case_opened: date | None
    forced_state: ProgrammeState | None = None


@dataclass
class _PendingExtension:
    extension: Extension
    point: ControlPoint
    decided_at_meeting: date | None = None  # granted by that meeting's «extend» decision


@dataclass
class _State:
    """Rows that later steps refer to."""

    agencies: dict[str, Agency] = field(default_factory=dict)
    seats: list[_Seat] = field(default_factory=list)
    users: dict[str, User] = field(default_factory=dict)
    drafts: list[_ClientDraft] = field(default_factory=list)
    cases: list[Case] = field(default_factory=list)
    case_items: dict[int, list[AgendaItem]] = field(default_factory=lambda: defaultdict(list))
    executed: list[_Adopted] = field(default_factory=list)
    extensions: list[_PendingExtension] = field(default_factory=list)
    extend_decisions: dict[date, Decision] = field(default_factory=dict)
    planned_social_item: AgendaItem | None = None


class _BuilderBase:
    """What every step of the builder shares: the session, the seeded generator, the state."""

    def __init__(
        self, session: Session, actor: Actor, rng: random.Random, today: date, password_hash: str
    ) -> None:
        self.session = session
        self.actor = actor
        self.rng = rng
        self.today = today
        self.password_hash = password_hash
        self.state = _State()
        self.calendar = WorkingCalendar()
        self.report_number = 0
        # Which plan topics fall in which quarter varies with the seed.
        self.topic_offset = rng.randint(0, 59)
        self.adopted: dict[int, _Adopted] = {}  # by id() of the Decision
        self.removal: tuple[Decision, list[_Adopted]] | None = None
        self.case_links: list[tuple[AgendaItem, Case]] = []

    # Set by the first steps and used by the later ones.
    oblast: AdminUnit
    district: AdminUnit
    commission: Commission
    change_day: date  # the day the composition changes (old member's last day)
    last_regular: _Slot  # the last regular meeting held before today

    def _flush(self) -> None:
        # Every row says who wrote it, like rows written by the services.
        for obj in self.session.new:
            if isinstance(obj, Versioned) and obj.updated_by is None:
                obj.updated_by = self.actor.login
        self.session.flush()
