"""Several commissions in one database: every service reads and changes its own commission's
records; the oblast reads its districts' but changes none of them.

An oblast with districts A and B under it, a commission for each of the three, each with a
member, a held meeting (an agenda item, a discussion entry, a guest, a decision on control with
its control point, an agency's report with a file, a requested extension), a plan question and a
letter, all made through the services by the commission's own secretary. Every public service
function of the commission's records (found by introspection, as ``test_permission_matrix``
does) is then called on the records of each commission by each actor, every call rolled back:

* a call on one record (read or write) must give what the actor's relation to its commission
  says: his own commission's record passes; a district's record read by the oblast passes and
  changing it is refused as another commission's (``ForeignRecord``, checked before the
  version); any other commission's record looks missing, word for word as a missing id does;
* a list holds only the acting commission's records, and the oblast's consolidated lists
  (``commission_ids``) hold its districts' too; a district naming another commission is refused;
* a creation lands in the acting commission.

A district does not read the oblast's records for now (decisions addressed to a district may
later be shown to it; that would be a new rule here).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from commission.db.models import (
    AdminUnit,
    Agency,
    AgendaItem,
    Attachment,
    Commission,
    ControlPoint,
    Decision,
    DiscussionEntry,
    ExecutionReport,
    Extension,
    InvitedGuest,
    Meeting,
    Member,
    OutgoingLetter,
    RequiredItem,
    WorkPlanItem,
)
from commission.domain.deadlines import DeadlineKind, DeadlineRule
from commission.domain.enums import (
    AdminLevel,
    AgencyKind,
    AgendaItemKind,
    AttendanceStatus,
    ClientCategory,
    CommissionKind,
    LadderStep,
    MeetingStatus,
    MemberRole,
    ReportKind,
    RequiredPeriod,
    Role,
    WorkPlanState,
)
from commission.domain.iin import Sex, make_iin
from commission.domain.messages import UserError
from commission.domain.permissions import PermissionDenied
from commission.services import (
    agenda,
    attendance,
    auth,
    cases,
    clients,
    composition,
    control,
    decisions,
    letters,
    meetings,
    police_report,
    required_items,
    workplan,
)
from commission.services.context import Actor
from commission.services.errors import NotFound, StaleCopy, not_found
from commission.services.overview import DecisionFilter
from commission.services.scope import (
    ChooseCommission,
    ForeignRecord,
    acting_commission,
    district_commission,
    readable_commission_ids,
)
from tests.conftest import PG_ENV, _drop_pg, _fresh_pg, make_admin, make_user
from tests.test_permission_matrix import RolledBack, service_functions

TODAY = date(2026, 3, 2)
HELD_ON = date(2026, 2, 10)
DUE = date(2026, 3, 4)  # two working days after TODAY: due soon, so a letter asks about it
LATER_YEAR = 2027  # only B has a meeting in it: the years list tells the commissions apart
COMMISSIONS = ("o", "a", "b")
MISSING = 987_654
MISSING_MESSAGE = str(not_found("x"))


# --- the world --------------------------------------------------------------------------


@dataclass
class Records:
    """One commission's records (ids and the versions a write needs)."""

    commission: int
    unit: int
    member: int = 0
    member_version: int = 0
    meeting: int = 0
    meeting_version: int = 0
    later_meeting: int | None = None
    item: int = 0
    item_version: int = 0
    entry: int = 0
    entry_version: int = 0
    guest: int = 0
    decision: int = 0
    decision_version: int = 0
    point: int = 0
    report: int = 0
    report_version: int = 0
    extension: int = 0
    extension_version: int = 0
    attachment: int = 0
    plan: int = 0
    plan_version: int = 0
    letter: int = 0
    letters: list[letters.LetterContext] | None = None
    case: int = 0  # a case of a district the commission examines
    required: int = 0
    required_version: int = 0


@dataclass(frozen=True)
class World:
    db: RolledBack
    records: dict[str, Records]
    actors: dict[str, Actor]
    agency: int

    def own(self, who: str) -> str:
        """The commission ``who`` works for («o», «a», «b»)."""
        return who.split("_")[1]


ACTORS = ("secretary_a", "chair_a", "member_a", "officer_a", "secretary_b", "chair_b",
          "secretary_o", "chair_o")  # fmt: skip


def _commission(session: Any, unit: AdminUnit, name: str) -> Commission:
    commission = Commission(
        kind=CommissionKind.MERGED,
        name_ru=f"Комиссия {name}",
        name_kk=f"{name} комиссиясы",
        short_name_ru=f"МВК {name}",
        short_name_kk=f"ВАК {name}",
        akimat_ru=f"Акимат {name}",
        akimat_kk=f"{name} әкімдігі",
        admin_unit=unit,
        updated_by="test",
    )
    session.add(commission)
    return commission


def _organisation(db: RolledBack) -> dict[str, Records]:
    with db.transaction() as session:
        oblast = AdminUnit(level=AdminLevel.OBLAST, name_ru="Акмолинская", name_kk="Ақмола")
        district_a = AdminUnit(
            level=AdminLevel.DISTRICT, name_ru="Косшы", name_kk="Қосшы", parent=oblast
        )
        district_b = AdminUnit(
            level=AdminLevel.DISTRICT, name_ru="Аршалы", name_kk="Аршалы", parent=oblast
        )
        session.add_all([oblast, district_a, district_b])
        units = {"o": oblast, "a": district_a, "b": district_b}
        made = {key: _commission(session, unit, unit.name_ru) for key, unit in units.items()}
        session.add(
            Agency(kind=AgencyKind.POLICE, name_ru="Отдел полиции", name_kk="Полиция бөлімі")
        )
        session.flush()
        return {key: Records(c.id, units[key].id) for key, c in made.items()}


def _actors(db: RolledBack, records: dict[str, Records]) -> dict[str, Actor]:
    admin = make_admin(db)
    roles = {"secretary": Role.SECRETARY, "chair": Role.CHAIR, "member": Role.MEMBER}
    actors: dict[str, Actor] = {}
    for who in ACTORS:
        role_name, key = who.split("_")
        if role_name == "officer":
            actors[who] = make_user(
                db, admin, who, Role.PROBATION_OFFICER, district_id=records[key].unit
            )
            continue
        commission = records[key].commission
        actor = make_user(db, admin, who, roles[role_name], commission_ids=(commission,))
        assert actor.commission_id == commission  # one commission: the log-in acts for it
        actors[who] = actor
    actors["officer_b"] = make_user(
        db, admin, "officer_b", Role.PROBATION_OFFICER, district_id=records["b"].unit
    )
    return actors


def _case(db: RolledBack, officer: Actor, district: int, serial: int) -> int:
    client = clients.create_client(
        db,
        officer,
        clients.ClientData(
            iin=make_iin(date(1990, 1, 2), Sex.MALE, serial),
            surname="Новиков",
            given_name="Пётр",
            district_id=district,
            category=ClientCategory.CONDITIONAL,
        ),
    )
    assert client.client_id is not None, client.warnings
    return cases.open_case(db, officer, client.client_id, date(2026, 1, 15))


def _records_of(db: RolledBack, secretary: Actor, own: Records, agency: int) -> None:
    """The commission's records, made by its secretary through the services."""
    member = composition.add_member(
        db,
        secretary,
        composition.MemberData(
            full_name="Председателев Пётр Петрович",
            position_ru="аким",
            role=MemberRole.CHAIR,
            valid_from=date(2026, 1, 1),
        ),
    )
    own.member = member.id
    meeting = meetings.create_meeting(db, secretary, meetings.MeetingData(meeting_date=HELD_ON))
    own.meeting = meeting.id
    item = agenda.add_item(
        db,
        secretary,
        meeting.id,
        agenda.AgendaItemData(kind=AgendaItemKind.OTHER, title="О профилактике"),
    )
    own.item = item.id
    agenda.add_discussion(db, secretary, item.id, "Докладов Д.", "Доложил.")
    attendance.add_guest(db, secretary, meeting.id, "Гостев Г. Г.", "юрист")
    attendance.mark_all_present(db, secretary, meeting.id)
    decision = decisions.add_decision(
        db,
        secretary,
        item.id,
        decisions.DecisionData(
            kind=decisions.DecisionKind.INSTRUCTION,
            text="Провести рейды.",
            lead_agency_id=agency,
            deadline=DeadlineRule(DeadlineKind.FIXED, fixed_date=DUE),
        ),
    )
    own.decision = decision.id
    current = meetings.get_meeting(db, secretary, meeting.id)
    meetings.set_status(db, secretary, meeting.id, current.version, MeetingStatus.HELD)
    own.letters = letters.record_letters(
        db, secretary, TODAY, letters.letters_due(db, secretary, TODAY)
    )
    with db.reading() as session:
        own.point = session.scalars(
            select(ControlPoint.id).where(ControlPoint.decision_id == decision.id)
        ).one()
    card = control.register_report(
        db,
        secretary,
        own.point,
        control.ReportData(agency, ReportKind.INTERIM, TODAY, "1", "Исполняется."),
        today=TODAY,
    )
    del card
    control.request_extension(
        db, secretary, own.point, agency, TODAY, date(2026, 6, 30), "Нужно время", today=TODAY
    )
    with db.reading() as session:
        own.report = session.scalars(
            select(ExecutionReport.id).where(ExecutionReport.control_point_id == own.point)
        ).one()
    own.attachment = control.attach_file(
        db,
        secretary,
        own.report,
        "отчёт.pdf",
        "application/pdf",
        f"%PDF-1.4 {own.commission}".encode(),
    ).id
    own.plan = workplan.add_plan_item(
        db, secretary, workplan.WorkPlanData(year=2026, quarter=4, question="О плане")
    ).id
    required = required_items.add_required_item(db, secretary, _required_data())
    own.required, own.required_version = required.id, required.version


def _versions(db: RolledBack, own: Records) -> None:
    with db.reading() as session:
        own.member_version = session.get_one(Member, own.member).version
        own.meeting_version = session.get_one(Meeting, own.meeting).version
        own.item_version = session.get_one(AgendaItem, own.item).version
        entry = session.scalars(
            select(DiscussionEntry).where(DiscussionEntry.agenda_item_id == own.item)
        ).one()
        own.entry, own.entry_version = entry.id, entry.version
        own.guest = session.scalars(
            select(InvitedGuest.id).where(InvitedGuest.meeting_id == own.meeting)
        ).one()
        own.decision_version = session.get_one(Decision, own.decision).version
        own.report_version = session.get_one(ExecutionReport, own.report).version
        extension = session.scalars(
            select(Extension).where(Extension.control_point_id == own.point)
        ).one()
        own.extension, own.extension_version = extension.id, extension.version
        own.plan_version = session.get_one(WorkPlanItem, own.plan).version
        own.letter = session.scalars(
            select(OutgoingLetter.id).where(OutgoingLetter.commission_id == own.commission)
        ).one()
        assert session.get_one(Attachment, own.attachment).execution_report_id == own.report


def _build(db: RolledBack) -> World:
    records = _organisation(db)
    actors = _actors(db, records)
    with db.reading() as session:
        agency = session.scalars(select(Agency.id)).one()
    for key in COMMISSIONS:
        _records_of(db, actors[f"secretary_{key}"], records[key], agency)
        _versions(db, records[key])
    records["b"].later_meeting = meetings.create_meeting(
        db, actors["secretary_b"], meetings.MeetingData(meeting_date=date(LATER_YEAR, 3, 3))
    ).id
    # The oblast examines the cases of its districts: it is given district A's.
    records["a"].case = records["o"].case = _case(db, actors["officer_a"], records["a"].unit, 11)
    records["b"].case = _case(db, actors["officer_b"], records["b"].unit, 12)
    return World(db, records, actors, agency)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def world(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    sqlite_template: Path,
    pg_template: str | None,
) -> Iterator[World]:
    folder = tmp_path_factory.mktemp("scope")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("COMMISSION_DATA_DIR", str(folder))
        patch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))
        if request.param == "sqlite":
            path = folder / "scope.sqlite3"
            shutil.copy(sqlite_template, path)
            db = RolledBack(f"sqlite:///{path}", folder / "checkpoints")
            yield _build(db)
            db.dispose()
            return
        if pg_template is None:
            pytest.skip(f"PostgreSQL not configured: set {PG_ENV}")
        url, name = _fresh_pg(pg_template)
        db = RolledBack(url, folder / "checkpoints")
        yield _build(db)
        db.dispose()
        _drop_pg(name)


# --- the table --------------------------------------------------------------------------

VIEW = "view"  # every role of the commission
MEETINGS = "meetings"  # the secretary (EDIT_MEETINGS, ASSESS_REPORTS, SEND_LETTERS)
COMMISSION = "commission"  # the secretary (EDIT_COMMISSION)
CHAIR = "chair"  # DECIDE_EXTENSIONS, REMOVE_FROM_CONTROL
SIGNING = "signing"  # SIGN_MINUTES or EDIT_MEETINGS: the chair signs, the secretary records it

_ROLE_OF = {
    VIEW: {Role.SECRETARY, Role.CHAIR, Role.MEMBER, Role.PROBATION_OFFICER},
    MEETINGS: {Role.SECRETARY},
    COMMISSION: {Role.SECRETARY},
    CHAIR: {Role.CHAIR},
    SIGNING: {Role.SECRETARY, Role.CHAIR},
}

Args = Callable[[Records, World], dict[str, Any]]
Ids = Callable[[Any], set[int]]


@dataclass(frozen=True)
class One:
    """A call on one record of a commission: a read passes where the record is readable, a
    write only on the actor's own commission's record."""

    who: str
    args: Args
    write: bool = False
    # The same call on an id that does not exist, when its refusal is not NotFound: a record
    # out of reach must give exactly that.
    missing: Args | None = None


@dataclass(frozen=True)
class Listing:
    """A list: ``ids`` picks the records of kind ``of`` out of the result; ``filtered``: the
    function takes ``commission_ids`` (the oblast's consolidated view)."""

    who: str
    args: Callable[[World], dict[str, Any]]
    of: str
    ids: Ids
    filtered: bool = False


@dataclass(frozen=True)
class Create:
    """A new record, which must belong to the acting commission."""

    who: str
    args: Callable[[World], dict[str, Any]]
    model: type[Any]


@dataclass(frozen=True)
class Runs:
    """No record of a commission in its arguments (the acting commission's own figures)."""

    who: str
    args: Callable[[World], dict[str, Any]]


Row = One | Listing | Create | Runs


def _meeting_data(day: date = date(2026, 11, 20)) -> meetings.MeetingData:
    return meetings.MeetingData(meeting_date=day)


def _item_data() -> agenda.AgendaItemData:
    return agenda.AgendaItemData(kind=AgendaItemKind.OTHER, title="О тестовом вопросе")


def _decision_data() -> decisions.DecisionData:
    return decisions.DecisionData(kind=decisions.DecisionKind.NOTE, text="Принять к сведению.")


def _plan_data() -> workplan.WorkPlanData:
    return workplan.WorkPlanData(year=2026, quarter=3, question="О тестовом вопросе")


def _required_data() -> required_items.RequiredItemData:
    return required_items.RequiredItemData(
        "Об итогах года", None, RequiredPeriod.YEARLY, AgendaItemKind.OTHER
    )


def _member_data() -> composition.MemberData:
    return composition.MemberData(
        full_name="Тестов Тест Тестович",
        position_ru="специалист",
        role=MemberRole.MEMBER,
        valid_from=date(2026, 1, 1),
    )


def _ids(attribute: str) -> Ids:
    return lambda result: {getattr(row, attribute) for row in result}


def _letter_ids(result: list[letters.LetterContext]) -> set[int]:
    return {item.decision_id for letter in result for item in letter.items}


def _plan_rows(result: Any) -> set[int]:
    return {row.item_id for row in result.rows}


def _case_ids(result: list[agenda.CaseLinkView]) -> set[int]:
    return {row.case_id for row in result}


TABLE: dict[str, Row] = {
    # meetings
    "meetings.create_meeting": Create(MEETINGS, lambda w: {"data": _meeting_data()}, Meeting),
    "meetings.find_meeting": One(
        VIEW,
        lambda r, w: {"reference": str(r.meeting)},
        missing=lambda r, w: {"reference": str(MISSING)},
    ),
    "meetings.get_meeting": One(VIEW, lambda r, w: {"meeting_id": r.meeting}),
    "meetings.next_number": Runs(VIEW, lambda w: {"year": 2026}),
    "meetings.set_status": One(
        MEETINGS,
        lambda r, w: {
            "meeting_id": r.meeting,
            "version": r.meeting_version,
            "status": MeetingStatus.MINUTES_DRAFTED,
        },
        write=True,
    ),
    "meetings.update_meeting": One(
        MEETINGS,
        lambda r, w: {
            "meeting_id": r.meeting,
            "version": r.meeting_version,
            "data": _meeting_data(HELD_ON),
        },
        write=True,
    ),
    # the agenda
    "agenda_discussion.add_discussion": One(
        MEETINGS, lambda r, w: {"item_id": r.item, "speaker": "Т. Т.", "summary": "Да."}, True
    ),
    "agenda.add_item": One(
        MEETINGS, lambda r, w: {"meeting_id": r.meeting, "data": _item_data()}, True
    ),
    "agenda.add_progress_review": One(MEETINGS, lambda r, w: {"meeting_id": r.meeting}, True),
    "agenda_cases.case_choices": Listing(MEETINGS, lambda w: {"search": ""}, "case", _case_ids),
    "agenda_cases.link_case": One(
        MEETINGS, lambda r, w: {"item_id": r.item, "case_id": r.case}, write=True
    ),
    "agenda_views.list_items": One(VIEW, lambda r, w: {"meeting_id": r.meeting}),
    "agenda.move_item": One(MEETINGS, lambda r, w: {"item_id": r.item, "new_position": 1}, True),
    "agenda_progress.progress_lines": One(VIEW, lambda r, w: {"meeting_id": r.meeting}),
    "agenda_discussion.remove_discussion": One(MEETINGS, lambda r, w: {"entry_id": r.entry}, True),
    "agenda.remove_item": One(MEETINGS, lambda r, w: {"item_id": r.item}, True),
    "agenda_cases.unlink_case": One(
        MEETINGS, lambda r, w: {"item_id": r.item, "case_id": r.case}, write=True
    ),
    "agenda_discussion.update_discussion": One(
        MEETINGS,
        lambda r, w: {
            "entry_id": r.entry,
            "version": r.entry_version,
            "speaker": "Т. Т.",
            "summary": "Да.",
        },
        write=True,
    ),
    "agenda.update_item": One(
        MEETINGS,
        lambda r, w: {"item_id": r.item, "version": r.item_version, "data": _item_data()},
        write=True,
    ),
    # attendance
    "attendance.add_guest": One(
        MEETINGS,
        lambda r, w: {"meeting_id": r.meeting, "full_name": "Гость Г.", "job_title": "юрист"},
        write=True,
    ),
    "attendance.attendance_sheet": One(VIEW, lambda r, w: {"meeting_id": r.meeting}),
    "attendance.mark": One(
        MEETINGS,
        lambda r, w: {
            "meeting_id": r.meeting,
            "member_id": r.member,
            "status": AttendanceStatus.ABSENT,
        },
        write=True,
    ),
    "attendance.mark_all_present": One(MEETINGS, lambda r, w: {"meeting_id": r.meeting}, True),
    "attendance.remove_guest": One(MEETINGS, lambda r, w: {"guest_id": r.guest}, True),
    # decisions and minutes
    "decisions.add_decision": One(
        MEETINGS, lambda r, w: {"item_id": r.item, "data": _decision_data()}, True
    ),
    "decisions_pickers.earlier_decisions": One(VIEW, lambda r, w: {"meeting_id": r.meeting}),
    "decisions.list_decisions": One(VIEW, lambda r, w: {"item_id": r.item}),
    "decisions.move_decision": One(
        MEETINGS, lambda r, w: {"decision_id": r.decision, "new_position": 1}, True
    ),
    "decisions.remove_decision": One(MEETINGS, lambda r, w: {"decision_id": r.decision}, True),
    "decisions.update_decision": One(
        MEETINGS,
        lambda r, w: {
            "decision_id": r.decision,
            "version": r.decision_version,
            "data": _decision_data(),
        },
        write=True,
    ),
    "minutes.amend": One(
        MEETINGS,
        lambda r, w: {"meeting_id": r.meeting, "version": r.meeting_version, "reason": "Ошибка"},
        write=True,
    ),
    "minutes.finalise": One(
        MEETINGS, lambda r, w: {"meeting_id": r.meeting, "version": r.meeting_version}, True
    ),
    "police_report.get_report": One(VIEW, lambda r, w: {"item_id": r.item}),
    "police_report.save_report": One(
        MEETINGS,
        lambda r, w: {
            "item_id": r.item,
            "version": 1,
            "data": police_report.PoliceReportData(year=2025, quarter=4),
        },
        write=True,
    ),
    "police_report.quarter_figures": Runs(VIEW, lambda w: {"year": 2025, "quarter": 4}),
    "signed_minutes.attach_scan": One(
        SIGNING,
        lambda r, w: {"meeting_id": r.meeting, "file_name": "p.pdf", "content": b"%PDF-1.4"},
        write=True,
    ),
    "signed_minutes.scans": One(VIEW, lambda r, w: {"meeting_id": r.meeting}),
    "signed_minutes.sign_without_scan": One(
        CHAIR,
        lambda r, w: {"meeting_id": r.meeting, "version": r.meeting_version, "reason": "Позже"},
        write=True,
    ),
    "extracts_sent.extracts_state": One(VIEW, lambda r, w: {"meeting_id": r.meeting}),
    "extracts_sent.record_sent": One(
        MEETINGS,
        lambda r, w: {"meeting_id": r.meeting, "agency_id": 1, "revision": 1},
        write=True,
    ),
    "minutes.minutes_context": One(VIEW, lambda r, w: {"meeting_id": r.meeting}),
    "minutes.revisions": One(VIEW, lambda r, w: {"meeting_id": r.meeting}),
    "completeness.meeting_completeness": One(
        VIEW, lambda r, w: {"meeting_id": r.meeting, "language": "ru"}
    ),
    "completeness.plan_completeness": Runs(VIEW, lambda w: {"year": 2026, "language": "ru"}),
    # the plan
    "workplan.add_plan_item": Create(MEETINGS, lambda w: {"data": _plan_data()}, WorkPlanItem),
    "workplan.get_plan_item": One(VIEW, lambda r, w: {"plan_item_id": r.plan}),
    "workplan.list_plan": Listing(VIEW, lambda w: {"year": 2026}, "plan", _ids("id"), True),
    "workplan.plan_context": Listing(
        VIEW, lambda w: {"year": 2026, "today": TODAY}, "plan", _plan_rows
    ),
    "workplan.put_on_agenda": One(
        MEETINGS, lambda r, w: {"plan_item_id": r.plan, "meeting_id": r.meeting}, True
    ),
    "workplan.remove_plan_item": One(
        MEETINGS, lambda r, w: {"plan_item_id": r.plan, "version": r.plan_version}, True
    ),
    "workplan.set_plan_state": One(
        MEETINGS,
        lambda r, w: {
            "plan_item_id": r.plan,
            "version": r.plan_version,
            "state": WorkPlanState.DONE,
        },
        write=True,
    ),
    "workplan.update_plan_item": One(
        MEETINGS,
        lambda r, w: {"plan_item_id": r.plan, "version": r.plan_version, "data": _plan_data()},
        write=True,
    ),
    # control of execution
    "control.assess_report": One(
        MEETINGS,
        lambda r, w: {
            "report_id": r.report,
            "version": r.report_version,
            "accept": True,
            "comment": None,
            "today": TODAY,
        },
        write=True,
    ),
    "control.attach_file": One(
        MEETINGS,
        lambda r, w: {
            "report_id": r.report,
            "file_name": "ещё.pdf",
            "media_type": "application/pdf",
            "content": b"%PDF-1.4 more",
        },
        write=True,
    ),
    "control.control_card": One(VIEW, lambda r, w: {"decision_id": r.decision, "today": TODAY}),
    "control.decide_extension": One(
        CHAIR,
        lambda r, w: {
            "extension_id": r.extension,
            "version": r.extension_version,
            "grant": True,
            "today": TODAY,
        },
        write=True,
    ),
    "control.register_report": One(
        MEETINGS,
        lambda r, w: {
            "control_point_id": r.point,
            "data": control.ReportData(w.agency, ReportKind.INTERIM, TODAY, "2", "Ещё."),
            "today": TODAY,
        },
        write=True,
    ),
    "control.remove_from_control": One(
        CHAIR,
        lambda r, w: {
            "decision_id": r.decision,
            "version": r.decision_version,
            "note": "Исполнено",
            "today": TODAY,
        },
        write=True,
    ),
    "control.request_extension": One(
        MEETINGS,
        lambda r, w: {
            "control_point_id": r.point,
            "agency_id": w.agency,
            "requested_on": TODAY,
            "proposed_date": date(2026, 7, 31),
            "reason": "Нужно время",
            "today": TODAY,
        },
        write=True,
    ),
    "attachments.open_attachment": One(VIEW, lambda r, w: {"attachment_id": r.attachment}),
    # registers and overviews
    "overview.decision_ids": Listing(
        VIEW, lambda w: {"filters": DecisionFilter(), "today": TODAY}, "decision", set
    ),
    "overview.decision_rows": Listing(
        VIEW,
        lambda w: {"ids": [r.decision for r in w.records.values()], "today": TODAY},
        "readable decision",
        _ids("id"),
    ),
    "overview.decision_state_counts": Listing(
        VIEW,
        lambda w: {"filters": DecisionFilter(), "today": TODAY},
        "decision count",
        lambda counts: set(range(sum(counts.values()))),
    ),
    "overview.list_meetings": Listing(
        VIEW, lambda w: {"year": 2026}, "meeting", _ids("id"), filtered=True
    ),
    "calendar_events.period": Listing(
        VIEW,
        lambda w: {"start": date(2026, 1, 1), "end": date(2026, 12, 31), "today": TODAY},
        "meeting",
        lambda found: {s.meeting_id for s in found.sittings},
    ),
    "overview.meeting_years": Listing(
        VIEW, lambda w: {}, "later year", lambda years: set(years) - {2026}, filtered=True
    ),
    "overview.meeting_choices": Listing(
        VIEW, lambda w: {"year": 2026}, "meeting", _ids("id"), filtered=True
    ),
    "overview.due_list": Listing(
        VIEW,
        lambda w: {"today": date(2027, 6, 1)},  # every term of the records has passed
        "decision",
        lambda due: {r.id for r in due.rows},
        filtered=True,
    ),
    "overview.dashboard": Listing(
        VIEW,
        lambda w: {"today": TODAY},
        "decision count",
        lambda d: set(range(sum(d.state_counts.values()))),
        filtered=True,
    ),
    "control_registers.register_rows": Listing(
        VIEW, lambda w: {"today": TODAY}, "decision", _ids("decision_id"), filtered=True
    ),
    "control_registers.register_stream": Listing(
        VIEW, lambda w: {"today": TODAY}, "decision", _ids("decision_id"), filtered=True
    ),
    "control_registers.due_items": Listing(
        VIEW, lambda w: {"today": TODAY}, "decision", _ids("decision_id"), filtered=True
    ),
    "control_registers.discipline": Listing(
        VIEW,
        lambda w: {"year": 2026, "today": TODAY},
        "decision count",
        lambda rows: set(range(sum(r.due for r in rows))),
        filtered=True,
    ),
    "letters.letters_due": Listing(MEETINGS, lambda w: {"today": TODAY}, "decision", _letter_ids),
    "ladder.ladder": One(VIEW, lambda r, w: {"decision_id": r.decision, "today": TODAY}),
    "ladder.take_step": One(
        MEETINGS,
        lambda r, w: {"decision_id": r.decision, "step": LadderStep.REMINDER, "today": TODAY},
        write=True,
    ),
    "outgoing_register.outgoing_letters": Runs(VIEW, lambda w: {}),
    "outgoing_register.letter_document": One(
        VIEW, lambda r, w: {"letter_id": r.letters[0].letter_id if r.letters else 0}
    ),
    "letters.record_letters": One(
        MEETINGS, lambda r, w: {"today": TODAY, "letters": r.letters}, write=True
    ),
    # the composition
    "composition.add_member": Create(COMMISSION, lambda w: {"data": _member_data()}, Member),
    "composition.get_member": One(VIEW, lambda r, w: {"member_id": r.member}),
    "composition.list_members": Listing(VIEW, lambda w: {}, "member", _ids("id"), filtered=True),
    "composition.replace_member": One(
        COMMISSION,
        lambda r, w: {
            "member_id": r.member,
            "version": r.member_version,
            "replacement": replace(_member_data(), valid_from=date(2026, 6, 1)),
        },
        write=True,
    ),
    "composition.update_member": One(
        COMMISSION,
        lambda r, w: {"member_id": r.member, "version": r.member_version, "data": _member_data()},
        write=True,
    ),
    "composition.get_commission": Listing(VIEW, lambda w: {}, "commission", lambda view: {view.id}),
    # what the law requires, and the commission's name over time
    "required_items.list_required_items": Listing(VIEW, lambda w: {}, "required item", _ids("id")),
    "required_items.get_required_item": One(VIEW, lambda r, w: {"required_item_id": r.required}),
    "required_items.add_required_item": Create(
        COMMISSION, lambda w: {"data": _required_data()}, RequiredItem
    ),
    "required_items.update_required_item": One(
        COMMISSION,
        lambda r, w: {
            "required_item_id": r.required,
            "version": r.required_version,
            "data": _required_data(),
        },
        write=True,
    ),
    "required_items.remove_required_item": One(
        COMMISSION,
        lambda r, w: {"required_item_id": r.required, "version": r.required_version},
        write=True,
    ),
    "plan_proposals.missing_required": Listing(
        VIEW, lambda w: {"year": 2026}, "required item", _ids("required_item_id")
    ),
    "plan_proposals.include_required": One(
        MEETINGS, lambda r, w: {"required_item_id": r.required, "year": 2026}, write=True
    ),
    "required_check.unheard_required": Runs(VIEW, lambda w: {"today": TODAY}),
    # The consolidated views' filter: the oblast's own and its districts', a district its own.
    "commission_choice.readable_commissions": Listing(
        VIEW, lambda w: {}, "readable commission", _ids("id")
    ),
    "escalation.waiting_escalations": Runs(VIEW, lambda w: {}),
    # The oblast prints a district's minutes on the district's blank; a district never reads
    # another's.
    "document_templates.commission_template": One(
        VIEW, lambda r, w: {"commission_id": r.commission}
    ),
    "document_templates.template_info": One(VIEW, lambda r, w: {"commission_id": r.commission}),
}

# Service functions outside the commission's records, with why.
SHARED_OR_PROBATION = {
    "agencies": "the agencies directory is shared by the oblast's commissions",
    "calendar": "one working calendar for the country",
    "calendar_updates": "one working calendar for the country",
    "name_forms": "name forms are shared",
    "phrase_book": "phrases are shared",
    "users": "accounts: the administrator's",
    "audit": "the trail: the administrator's",
    "audit_log": "the trail: the administrator's",
    "global_search": "the acting commission's meetings and decisions, the registers' own scope "
    "for clients (test_global_search)",
    "backup": "the whole database: the administrator's",
    "checkpoint_folder": "the audit checkpoints: the administrator's",
    "demo.build": "the administrator's demo",
    "demo.large": "the administrator's large demo",
    "clients": "probation: scoped by district (test_permission_matrix)",
    "client_import": "probation: scoped by district",
    "cases": "probation: scoped by district",
    "measures": "probation: scoped by district",
    "measure_import": "probation: scoped by district (test_measure_import)",
    "release_notices": "probation: scoped by district",
    "registers": "probation: scoped by district",
    "case_register": "probation: scoped by district",
    "probation_exports": "probation: scoped by district",
    "officer_home": "probation: scoped by district",
    "case_card": "probation: scoped by district",
    "case_reviews": "probation: the case's district decides who reads it",
    "completeness.programme_completeness": "probation: scoped by district",
    "escalation.escalate_measure": "probation; the meeting is the district's commission's",
    "composition.create_commission": "first-run set-up of the first commission",
    "composition.update_commission": "changes the acting commission only, by construction",
    "commission_names.rename_commission": "changes the acting commission only, by construction "
    "(test_required_items)",
    "commission_names.name_history": "the acting commission's own names (test_required_items)",
    "document_templates.set_template": "changes the acting commission only, by construction "
    "(test_document_templates)",
    "document_templates.clear_template": "changes the acting commission only, by construction",
    "composition.list_admin_units": "the oblast's units are shared",
    "composition.add_admin_unit": "arranging the server: the administrator's",
    "composition.add_commission": "arranging the server: the administrator's",
    "composition.list_commissions": "arranging the server: the administrator's",
    "commission_choice.my_commissions": "the user's own commissions, chosen at log-in "
    "(test_user_commissions)",
    "commission_choice.current_commission": "the acting commission itself",
    "commission_choice.choose_commission": "the user's own commissions (test_user_commissions)",
    "transfers": "probation: a client moves between districts (h12-transfer's tests)",
    "client_traces": "probation: scoped by district",
    "cross_commission": "between a commission and the one above it, each end its own "
    "(test_cross_commission)",
    "district_control": "an oblast decision's report for the district's own akimat "
    "(test_district_control)",
    "reports": "counts of the acting commission, or of the oblast's chosen ones summed; "
    "another commission's figures refused like a missing record (test_reports)",
}


def _outside(name: str) -> bool:
    return any(name == key or name.startswith(key + ".") for key in SHARED_OR_PROBATION)


def test_every_service_function_is_placed() -> None:
    functions = {name for name in service_functions() if not _outside(name)}
    assert sorted(functions - set(TABLE)) == [], "new service functions need a row in TABLE"
    assert sorted(set(TABLE) - functions) == [], "rows for functions that no longer exist"


# --- the calls --------------------------------------------------------------------------


def _outcome(call: Callable[[], object]) -> tuple[str, str, object]:
    """The code of what happened (as in ``test_permission_matrix``; «F»: another commission's
    record, read-only), the message, and the result."""
    try:
        result = call()
    except PermissionDenied as exc:
        return "D", str(exc), None
    except NotFound as exc:
        return "N", str(exc), None
    except ForeignRecord as exc:
        return "F", str(exc), None
    except StaleCopy as exc:
        return "S", str(exc), None
    except UserError as exc:  # a business rule of a record the caller may see
        return "+", f"{type(exc).__name__}: {exc}", None
    return "+", "", result


def _relation(world: World, who: str, key: str) -> str:
    own = world.own(who)
    if own == key:
        return "own"
    return "readable" if own == "o" else "foreign"


def _expected_one(world: World, row: One, who: str, key: str) -> str:
    if world.actors[who].role not in _ROLE_OF[row.who]:
        return "D"
    relation = _relation(world, who, key)
    if relation == "foreign":
        return "N"
    if row.write and relation == "readable":
        return "F"
    return "+"


def _call(world: World, name: str, actor: Actor, kwargs: dict[str, Any]) -> tuple[str, str, Any]:
    function = service_functions()[name]
    with world.db.call():
        return _outcome(lambda: function(world.db, actor, **kwargs))


CHECKED: list[tuple[str, str, str]] = []  # (function, actor, commission) calls compared


@pytest.mark.parametrize("name", sorted(n for n, r in TABLE.items() if isinstance(r, One)))
def test_one_record(world: World, name: str) -> None:
    row = TABLE[name]
    assert isinstance(row, One)
    problems = []
    for key in COMMISSIONS:
        kwargs = row.args(world.records[key], world)
        for who in ACTORS:
            expected = _expected_one(world, row, who, key)
            code, message, _ = _call(world, name, world.actors[who], kwargs)
            CHECKED.append((name, who, key))
            if expected == "N" and row.missing is not None:
                missing = _call(
                    world, name, world.actors[who], row.missing(world.records[key], world)
                )
                # The message names the reference typed; its wording must be the same.
                if (code, message.split("«")[0]) != (missing[0], missing[1].split("«")[0]):
                    problems.append(f"{who} on {key}'s: «{message}», a missing id «{missing[1]}»")
                continue
            if code != expected:
                problems.append(f"{who} on {key}'s: {code} «{message}», expected {expected}")
                continue
            if code == "N" and message != MISSING_MESSAGE:
                problems.append(f"{who} on {key}'s: «{message}» is not a missing id's")
            if code in ("N", "F") and "version" in kwargs:
                stale = {**kwargs, "version": kwargs["version"] + 7}
                again = _call(world, name, world.actors[who], stale)[:2]
                if again != (code, message):
                    problems.append(f"{who} on {key}'s: a stale copy gives {again}")
    assert problems == [], name


def _records_of_kind(world: World, of: str, keys: set[str]) -> set[int]:
    chosen = [world.records[k] for k in keys]
    if of == "meeting":
        return {r.meeting for r in chosen}
    if of == "decision":
        return {r.decision for r in chosen}
    if of == "plan":
        return {r.plan for r in chosen}
    if of == "member":
        return {r.member for r in chosen}
    if of == "required item":
        return {r.required for r in chosen}
    if of == "commission":
        return {r.commission for r in chosen}
    if of == "case":
        return {r.case for r in chosen}
    if of == "later year":
        return {LATER_YEAR} if "b" in keys else set()
    if of == "decision count":
        return set(range(len(chosen)))
    raise AssertionError(of)


def _readable(world: World, who: str) -> set[str]:
    own = world.own(who)
    return set(COMMISSIONS) if own == "o" else {own}


@pytest.mark.parametrize("name", sorted(n for n, r in TABLE.items() if isinstance(r, Listing)))
def test_lists(world: World, name: str) -> None:
    row = TABLE[name]
    assert isinstance(row, Listing)
    problems = []
    for who in ACTORS:
        actor = world.actors[who]
        allowed = actor.role in _ROLE_OF[row.who]
        code, message, result = _call(world, name, actor, row.args(world))
        CHECKED.append((name, who, "list"))
        if not allowed:
            if code != "D":
                problems.append(f"{who}: {code} «{message}», expected D")
            continue
        own = {world.own(who)}
        if row.of.startswith("readable "):
            own = _readable(world, who)
        if row.of == "case" and own == {"o"}:
            own = {"a", "b"}  # the oblast links the cases of its districts
        want = _records_of_kind(world, row.of.removeprefix("readable "), own)
        got = row.ids(result) if code == "+" and not message else None
        if got != want:
            problems.append(f"{who}: {got} ({code} «{message}»), expected {want}")
        if not row.filtered:
            continue
        everything = {**row.args(world), "commission_ids": [world.records[k].commission
                                                              for k in COMMISSIONS]}  # fmt: skip
        code, message, result = _call(world, name, actor, everything)
        CHECKED.append((name, who, "consolidated"))
        if world.own(who) == "o":
            want = _records_of_kind(world, row.of, set(COMMISSIONS))
            got = row.ids(result) if code == "+" else None
            if got != want:
                problems.append(f"{who}, all commissions: {got} ({code} «{message}»)")
        elif (code, message) != ("N", MISSING_MESSAGE):
            problems.append(f"{who}, all commissions: {code} «{message}», expected N")
    assert problems == [], name


@pytest.mark.parametrize("name", sorted(n for n, r in TABLE.items() if isinstance(r, Create)))
def test_creations_go_to_the_acting_commission(world: World, name: str) -> None:
    row = TABLE[name]
    assert isinstance(row, Create)
    function = service_functions()[name]
    for who in ACTORS:
        actor = world.actors[who]
        with world.db.call():
            code, message, view = _outcome(partial(function, world.db, actor, **row.args(world)))
            CHECKED.append((name, who, "create"))
            if actor.role not in _ROLE_OF[row.who]:
                assert code == "D", (who, code, message)
                continue
            assert (code, message) == ("+", ""), (who, message)
            with world.db.reading() as session:
                made = session.get_one(row.model, view.id)  # type: ignore[attr-defined]
                assert made.commission_id == world.records[world.own(who)].commission, who


@pytest.mark.parametrize("name", sorted(n for n, r in TABLE.items() if isinstance(r, Runs)))
def test_runs_for_the_acting_commission(world: World, name: str) -> None:
    row = TABLE[name]
    assert isinstance(row, Runs)
    for who in ACTORS:
        actor = world.actors[who]
        code, message, _ = _call(world, name, actor, row.args(world))
        CHECKED.append((name, who, "own"))
        expected = "+" if actor.role in _ROLE_OF[row.who] else "D"
        assert code == expected, (who, code, message)


def test_numbers_and_letters_run_per_commission(world: World) -> None:
    """Each commission numbered its first meeting 1 and its first letter «12-17/1»."""
    with world.db.reading() as session:
        for key in COMMISSIONS:
            own = world.records[key]
            assert session.get_one(Meeting, own.meeting).number == 1
            assert session.get_one(OutgoingLetter, own.letter).number == "12-17/1"


def test_a_district_is_told_why_it_may_not_change_a_record(world: World) -> None:
    """The oblast reading a district's meeting is told plainly that it is another's."""
    a = world.records["a"]
    code, message, _ = _call(
        world,
        "meetings.update_meeting",
        world.actors["secretary_o"],
        {"meeting_id": a.meeting, "version": a.meeting_version, "data": _meeting_data(HELD_ON)},
    )
    assert (code, message) == ("F", "Records of another commission can be read but not changed.")


def test_report_the_count(world: World) -> None:
    """Not a check: prints how many calls the tests above compared (run with -s)."""
    print(f"\nscope: {len(CHECKED)} calls compared, {len(TABLE)} functions")


def test_who_acts_for_which_commission(world: World) -> None:
    """An officer acts for his district's commission, or the one above a district that has
    none; the command line must name one when there are several; the oblast reads all three."""
    records = world.records
    with world.db.call():
        with world.db.transaction() as session:
            unit = AdminUnit(
                level=AdminLevel.DISTRICT,
                name_ru="Бурабай",
                name_kk="Бурабай",
                parent_id=records["o"].unit,
                updated_by="test",
            )
            session.add(unit)
            session.flush()
            without = unit.id
        officer_c = replace(world.actors["officer_a"], district_id=without)
        with world.db.reading() as session:
            assert acting_commission(session, officer_c).id == records["o"].commission
            assert acting_commission(session, world.actors["officer_a"]).id == (
                records["a"].commission
            )
            with pytest.raises(ChooseCommission):
                acting_commission(session, Actor.command_line())
            # Escalated measures go to the meeting of the commission examining the district.
            assert district_commission(session, records["b"].unit) == records["b"].commission
            assert district_commission(session, without) == records["o"].commission
            every = {records[k].commission for k in COMMISSIONS}
            assert readable_commission_ids(session, world.actors["secretary_o"]) == every
            assert readable_commission_ids(session, world.actors["chair_a"]) == {
                records["a"].commission
            }
