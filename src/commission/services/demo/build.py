"""Building the demo: the entry point, the refusal to touch data, counts and the audit trail."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from commission.db.base import Base
from commission.db.engine import Database
from commission.db.models import (
    AdminUnit,
    Agency,
    AgendaItem,
    AgendaItemCase,
    Attendance,
    Case,
    CaseEvent,
    Client,
    Commission,
    CommissionName,
    ControlPoint,
    ControlStep,
    Decision,
    DecisionAssignee,
    DiscussionEntry,
    ExecutionReport,
    Extension,
    ExtractDispatch,
    InvitedGuest,
    Measure,
    Meeting,
    Member,
    MinutesRevision,
    Need,
    OutgoingLetter,
    PoliceFigure,
    PoliceReport,
    ReleaseNotice,
    RequiredItem,
    User,
    UserCommission,
    WorkPlanItem,
)
from commission.domain.enums import AuditAction, MinutesState
from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.domain.permissions import Permission
from commission.services import audit
from commission.services.auth import hash_published_password
from commission.services.calendar import load_calendar, seed_years
from commission.services.context import Actor
from commission.services.demo.cases import _Cases
from commission.services.demo.clients import _Clients
from commission.services.demo.helpers import _at
from commission.services.demo.meetings import _Meetings
from commission.services.demo.specs import USERS
from commission.services.errors import InvalidInput
from commission.services.minutes import build_context, context_to_json

DEMO_PASSWORD = "demo-demo"
DEFAULT_CLIENTS = 300
MIN_CLIENTS = 10
MAX_CLIENTS = 20_000


class DatabaseNotEmpty(UserError):
    """The demo is only ever built into an empty database, never over real data."""


@dataclass(frozen=True)
class DemoSummary:
    seed: int
    today: date
    agencies: int
    members: int
    users: int
    work_plan_items: int
    meetings: int
    agenda_items: int
    decisions: int
    control_points: int
    execution_reports: int
    extensions: int
    clients: int
    cases: int
    measures: int
    case_events: int
    release_notices: int


def build_demo(
    db: Database,
    actor: Actor,
    seed: int = 1,
    today: date | None = None,
    clients: int = DEFAULT_CLIENTS,
    oblast: bool = False,
) -> DemoSummary:
    """Fill an empty, migrated database with the demo commission; see the package's notes.

    ``oblast``: an oblast's server instead, the oblast's commission and three districts'
    (``demo.oblast``); ``clients`` are the first district's, the others get a third each.
    """
    actor.require(Permission.MANAGE_USERS)
    if not MIN_CLIENTS <= clients <= MAX_CLIENTS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The demo needs from {low} to {high} clients."),
            "clients",
            low=MIN_CLIENTS,
            high=MAX_CLIENTS,
        )
    day = today or date.today()
    # argon2 is deliberately slow: hash the one demo password once for every account.
    password_hash = hash_published_password(DEMO_PASSWORD)
    with db.transaction() as session:
        _refuse_non_empty(session, db)
        builder = _Builder(session, actor, random.Random(seed), day, password_hash)
        builder.build(clients)
        accounts: list[User] = []
        if oblast:
            from commission.services.demo.oblast import build_oblast  # it builds on _Builder

            accounts = build_oblast(builder, seed, clients)
        counts = _count_rows(session)
        builder.record_audit(counts, seed, accounts)
    return DemoSummary(seed=seed, today=day, **counts)


def _refuse_non_empty(session: Session, db: Database) -> None:
    taken = session.scalar(
        select(func.count()).select_from(User).where(User.login.in_([spec.login for spec in USERS]))
    )
    if session.scalar(select(Commission.id).limit(1)) is not None or taken:
        raise DatabaseNotEmpty(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database {url} already holds data; the demo is built only into an empty "
                "database. Nothing was changed.",
            ),
            url=db.display_url,
        )


_COUNTED: dict[str, type[Base]] = {
    "agencies": Agency,
    "members": Member,
    "users": User,
    "work_plan_items": WorkPlanItem,
    "meetings": Meeting,
    "agenda_items": AgendaItem,
    "decisions": Decision,
    "control_points": ControlPoint,
    "execution_reports": ExecutionReport,
    "extensions": Extension,
    "clients": Client,
    "cases": Case,
    "measures": Measure,
    "case_events": CaseEvent,
    "release_notices": ReleaseNotice,
}


# Tables the demo fills beyond those counted in the summary; each gets its audit entry too.
_ALSO_AUDITED: tuple[type[Base], ...] = (
    AdminUnit,
    Commission,
    CommissionName,
    RequiredItem,
    Attendance,
    InvitedGuest,
    DiscussionEntry,
    AgendaItemCase,
    DecisionAssignee,
    Need,
    OutgoingLetter,
    ControlStep,
    UserCommission,
    PoliceReport,
    PoliceFigure,
    ExtractDispatch,
)


def _count_rows(session: Session) -> dict[str, int]:
    return {
        name: int(session.scalar(select(func.count()).select_from(model)) or 0)
        for name, model in _COUNTED.items()
    }


class _Builder(_Meetings, _Clients, _Cases):
    """All the steps, run in order by ``build``."""

    def build(self, clients: int) -> None:
        year = self.today.year
        seed_years(self.session, self.actor, [year - 1, year, year + 1])
        self.session.flush()
        self.calendar = load_calendar(self.session)
        self._organisation()
        self._flush()
        self._composition()
        self._users()
        self._flush()
        self._user_commissions()
        self._clients(clients)
        self._cases()
        slots = self._meeting_slots()
        plan = self._work_plan(slots)
        self._flush()
        self._meetings(slots, plan)
        self._escalation()
        self._review_events()
        self._release_notices()
        self._extensions()
        self._letters()
        self._flush()
        self._signed_revisions()
        self._flush()

    def _signed_revisions(self) -> None:
        """Final minutes come with their first revision, as finalising in the program makes."""
        finals = self.session.scalars(
            select(Meeting)
            .where(
                Meeting.minutes_state == MinutesState.FINAL,
                Meeting.commission_id == self.commission.id,
            )
            .order_by(Meeting.id)
        )
        for meeting in finals:
            context = replace(build_context(self.session, meeting), revision=1)
            self.session.add(
                MinutesRevision(
                    meeting_id=meeting.id,
                    revision=1,
                    snapshot_json=context_to_json(context),
                    created_at=_at(meeting.meeting_date, hour=12),
                    created_by="secretary",
                )
            )

    def record_audit(
        self, counts: dict[str, int], seed: int, more_accounts: list[User] | None = None
    ) -> None:
        """One CREATE per account, then one per table with its count, so the trail is whole."""
        for user in [*self.state.users.values(), *(more_accounts or [])]:
            audit.record_create(self.session, self.actor, user)
        for name, model in _COUNTED.items():
            if name == "users" or not counts[name]:
                continue
            table = model.__tablename__
            audit.record(
                self.session,
                self.actor,
                AuditAction.CREATE,
                table,
                None,
                {"demo_seed": seed, "demo_today": self.today.isoformat(), "rows": counts[name]},
            )
        for model in _ALSO_AUDITED:
            rows = int(self.session.scalar(select(func.count()).select_from(model)) or 0)
            if rows:
                audit.record(
                    self.session,
                    self.actor,
                    AuditAction.CREATE,
                    model.__tablename__,
                    None,
                    {"demo_seed": seed, "demo_today": self.today.isoformat(), "rows": rows},
                )
